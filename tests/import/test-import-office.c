#include "config.h"

#include <string.h>

#include "import-test-util.h"

/* Word (DOCX) and OpenDocument (ODT) documents: paragraphs, runs, bold
 * names, tracked changes. The fixtures come from
 * tests/data/transcripts/make-office-fixtures.py. */

static void
assert_briefing_turns (GlossTranscript *t)
{
  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "Harbour Works Briefing");
  g_assert_cmpstr (gloss_transcript_get_language (t), ==, "en-GB");
  g_assert_cmpint (gloss_transcript_get_turn (t, 0)->kind, ==, GLOSS_TURN_HEADER);
  import_test_assert_turn (t, 1, GLOSS_TURN_REMARKS, "Mira Castellanos-Oyelaran", NULL, -1,
                           "Mira Castellanos-Oyelaran: Good morning. We finished the north quay on time.");
  import_test_assert_turn (t, 2, GLOSS_TURN_QUESTION, "Tobias Engel", "Coastal Weekly", -1,
                           "Tobias Engel, Coastal Weekly: How much did the quay cost?");
  /* the deletion is gone, the insertion kept, the line break a line */
  import_test_assert_turn (t, 3, GLOSS_TURN_ANSWER, "Mira Castellanos-Oyelaran", NULL, 2,
                           "Mira Castellanos-Oyelaran:\nIt cost 48.6 million");
  g_assert_null (strstr (gloss_transcript_get_text (t), "forty"));
}

static void
test_docx (void)
{
  g_autoptr(GlossTranscript) t = import_test_fixture ("briefing.docx");
  const char *text = gloss_transcript_get_text (t);

  assert_briefing_turns (t);
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 4);
  /* a hyperlink's text stays; emphasis is no label; tables are read */
  g_assert_nonnull (strstr (text, "It cost 48.6 million, see the report.\n\nImportant the ferries keep running.\n\nTable cell text.\n"));
}

static void
test_odt (void)
{
  g_autoptr(GlossTranscript) t = import_test_fixture ("briefing.odt");
  const char *text = gloss_transcript_get_text (t);

  assert_briefing_turns (t);
  /* text:s, text:tab: one space; notes and annotations dropped */
  g_assert_nonnull (strstr (text, "We finished the north quay on time."));
  g_assert_null (strstr (text, "footnote"));
  g_assert_null (strstr (text, "check this"));
  /* a bold paragraph style marks the label too */
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 5);
  import_test_assert_turn (t, 4, GLOSS_TURN_ANSWER, "Zoë Ruiz", NULL, 2, "Zoë Ruiz:\n\nFerries keep running.");
}

/* the content says which: the names are swapped */
static void
test_detected_by_content (void)
{
  g_autoptr(GBytes) docx = import_test_fixture_bytes ("briefing.docx");
  g_autoptr(GBytes) odt = import_test_fixture_bytes ("briefing.odt");
  gsize length;
  const char *data;

  data = g_bytes_get_data (docx, &length);
  g_assert_cmpstr (gloss_import_format_get_id (gloss_import_format_detect (data, length, "briefing.odt")), ==, "docx");
  data = g_bytes_get_data (odt, &length);
  g_assert_cmpstr (gloss_import_format_get_id (gloss_import_format_detect (data, length, "briefing.docx")), ==, "odt");
  g_assert_cmpstr (gloss_import_format_get_id (gloss_import_format_for_mime_type ("application/vnd.oasis.opendocument.text")), ==, "odt");
}

/* a document made here, with Word's structure around the paragraphs */
static void
test_docx_structure (void)
{
  static const char document[] =
    "<?xml version=\"1.0\"?>"
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
    "<w:p><w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr><w:t>ann lee:</w:t></w:r><w:r><w:t xml:space=\"preserve\"> we open </w:t></w:r>"
    "<w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>at nine.</w:t></w:r></w:p>"
    "<w:sdt><w:sdtContent><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>tom</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\"> reed:</w:t></w:r>"
    "<w:r><w:t xml:space=\"preserve\"> why</w:t></w:r><w:moveFrom><w:r><w:t>moved away</w:t></w:r></w:moveFrom>"
    "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>?</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    "<w:p><w:r><w:rPr><w:b w:val=\"false\"/></w:rPr><w:t>not bold:</w:t></w:r><w:r><w:t xml:space=\"preserve\"> text</w:t></w:r></w:p>"
    "</w:body></w:document>";
  ImportTestZip *zip = import_test_zip_new (FALSE);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GlossTranscript) t = NULL;
  gsize length;
  const char *data;

  import_test_zip_add (zip, "[Content_Types].xml", "<Types/>", -1);
  import_test_zip_add (zip, "word/document.xml", document, -1);
  bytes = import_test_zip_finish (zip);
  data = g_bytes_get_data (bytes, &length);
  t = import_test_data (data, length, "made.docx");
  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "made");
  import_test_assert_turn (t, 0, GLOSS_TURN_REMARKS, "ann lee", NULL, -1, "ann lee: we open at nine.");
  import_test_assert_turn (t, 1, GLOSS_TURN_QUESTION, "tom reed", "tom reed", -1, "tom reed: why?\n\nnot bold: text");
  g_assert_null (strstr (gloss_transcript_get_text (t), "moved away"));
  g_assert_null (strstr (gloss_transcript_get_text (t), "PAGE"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/office/docx", test_docx);
  g_test_add_func ("/import/office/odt", test_odt);
  g_test_add_func ("/import/office/detected-by-content", test_detected_by_content);
  g_test_add_func ("/import/office/docx-structure", test_docx_structure);

  return g_test_run ();
}
