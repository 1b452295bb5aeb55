#include "config.h"

#include <string.h>

#include "import-test-util.h"
#include "gloss-import-container.h"

/* Hostile documents for the structured formats (Markdown, HTML, DOCX,
 * ODT): each is refused quickly, with an error that begins with the
 * file's name and says what is wrong, and nothing is fetched or
 * expanded. (Plain text and project files: tests/test-hostile.c.) */

#define MAX_CASE_USEC (2 * G_USEC_PER_SEC)

#define W_OPEN "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
#define W_CLOSE "</w:body></w:document>"
#define ODT_OPEN "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" " \
  "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
#define ODT_CLOSE "</office:text></office:body></office:document-content>"

#define LAUGHS \
  "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [\n" \
  " <!ENTITY lol \"lol\">\n" \
  " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n" \
  " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n" \
  " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n" \
  " <!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n" \
  "]>\n" W_OPEN "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>" W_CLOSE

#define EXTERNAL \
  "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n" \
  W_OPEN "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>" W_CLOSE

#define EXTERNAL_DTD \
  "<?xml version=\"1.0\"?>\n<!DOCTYPE office:document-content SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n" \
  ODT_OPEN "<text:p>x</text:p>" ODT_CLOSE

static GBytes *
docx_stored (const char *document,
             gboolean    store)
{
  ImportTestZip *zip = import_test_zip_new (store);

  import_test_zip_add (zip, "[Content_Types].xml", "<Types/>", -1);
  import_test_zip_add (zip, "word/document.xml", document, -1);
  return import_test_zip_finish (zip);
}

static GBytes *
docx_with (const char *document)
{
  return docx_stored (document, FALSE);
}

static GBytes *
odt_with (const char *content)
{
  ImportTestZip *zip = import_test_zip_new (FALSE);

  import_test_zip_add (zip, "mimetype", "application/vnd.oasis.opendocument.text", -1);
  import_test_zip_add (zip, "content.xml", content, -1);
  return import_test_zip_finish (zip);
}

static GBytes *
nested (const char *open,
        const char *element,
        guint       depth,
        const char *close)
{
  g_autoptr(GString) s = g_string_new (open);

  for (guint i = 0; i < depth; i++)
    g_string_append_printf (s, "<%s>", element);
  g_string_append (s, "x");
  for (guint i = 0; i < depth; i++)
    g_string_append_printf (s, "</%s>", element);
  g_string_append (s, close);
  return g_string_free_to_bytes (g_steal_pointer (&s));
}

static GBytes *make_docx_laughs (void) { return docx_with (LAUGHS); }
static GBytes *make_docx_external (void) { return docx_with (EXTERNAL); }
static GBytes *make_odt_external_dtd (void) { return odt_with (EXTERNAL_DTD); }
static GBytes *make_docx_malformed (void) { return docx_with ("<?xml version=\"1.0\"?>\n" W_OPEN "<w:p><w:r><w:t>cut"); }
static GBytes *make_odt_malformed (void) { return odt_with (ODT_OPEN "<text:p>a</text:h>" ODT_CLOSE); }
static GBytes *make_docx_not_wordml (void) { return docx_with ("<html><body/></html>"); }
static GBytes *make_odt_spreadsheet (void)
{
  return odt_with ("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">"
                   "<office:body><office:spreadsheet/></office:body></office:document-content>");
}

static GBytes *
make_docx_deep (void)
{
  g_autoptr(GBytes) xml = nested (W_OPEN "<w:p>", "w:ins", 200, "</w:p>" W_CLOSE);

  return docx_with (g_bytes_get_data (xml, NULL));
}

static GBytes *
make_docx_very_deep (void)
{
  g_autoptr(GBytes) xml = nested (W_OPEN "<w:p>", "w:ins", 100000, "</w:p>" W_CLOSE);

  /* stored: compressed, it would be refused as a bomb first */
  return docx_stored (g_bytes_get_data (xml, NULL), TRUE);
}

static GBytes *
make_odt_deep (void)
{
  g_autoptr(GBytes) xml = nested (ODT_OPEN "<text:p>", "text:span", 300, "</text:p>" ODT_CLOSE);

  return odt_with (g_bytes_get_data (xml, NULL));
}

static GBytes *
make_docx_missing_part (void)
{
  ImportTestZip *zip = import_test_zip_new (FALSE);

  import_test_zip_add (zip, "word/styles.xml", "<w:styles/>", -1);
  return import_test_zip_finish (zip);
}

static GBytes *
make_odt_missing_part (void)
{
  ImportTestZip *zip = import_test_zip_new (FALSE);

  import_test_zip_add (zip, "mimetype", "application/vnd.oasis.opendocument.text", -1);
  import_test_zip_add (zip, "styles.xml", "<x/>", -1);
  return import_test_zip_finish (zip);
}

/* 200 MB of spaces inside a document: compresses to about 200 KB */
static GBytes *
make_docx_bomb (void)
{
  gsize size = (gsize) 200 * 1024 * 1024;
  g_autofree char *filler = g_malloc (size + 1);
  g_autoptr(GString) head = g_string_new (W_OPEN "<w:p><w:r><w:t>");
  ImportTestZip *zip = import_test_zip_new (FALSE);

  memcpy (filler, head->str, head->len);
  memset (filler + head->len, ' ', size - head->len);
  filler[size] = '\0';
  import_test_zip_add (zip, "word/document.xml", filler, size);
  return import_test_zip_finish (zip);
}

/* stored, so the ratio is 1: the entry's own size is the limit */
static GBytes *
make_odt_huge_entry (void)
{
  gsize size = GLOSS_ZIP_MAX_ENTRY_SIZE + 1;
  g_autofree char *filler = g_malloc (size);
  ImportTestZip *zip = import_test_zip_new (TRUE);

  memset (filler, ' ', size);
  import_test_zip_add (zip, "mimetype", "application/vnd.oasis.opendocument.text", -1);
  import_test_zip_add (zip, "content.xml", filler, size);
  return import_test_zip_finish (zip);
}

static GBytes *
make_docx_many_entries (void)
{
  ImportTestZip *zip = import_test_zip_new (TRUE);

  import_test_zip_add (zip, "[Content_Types].xml", "<Types/>", -1);
  for (guint i = 0; i < 10001; i++)
    {
      char name[32];

      g_snprintf (name, sizeof name, "word/media/%u", i);
      import_test_zip_add (zip, name, "", 0);
    }
  return import_test_zip_finish (zip);
}

static GBytes *
make_docx_truncated (void)
{
  g_autoptr(GBytes) whole = import_test_fixture_bytes ("briefing.docx");

  return g_bytes_new_from_bytes (whole, 0, g_bytes_get_size (whole) * 2 / 3);
}

static GBytes *
make_odt_garbage_after_signature (void)
{
  static const char bytes[] = "PK\3\4mimetypeapplication/vnd.oasis.opendocument.text\xff\xfe\x01 not a zip at all";

  return g_bytes_new_static (bytes, sizeof bytes - 1);
}

static GBytes *
make_markdown_deep (void)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "> ");
  g_string_append (s, "x\n");
  return g_string_free_to_bytes (g_steal_pointer (&s));
}

static GBytes *
make_html_deep (void)
{
  return nested ("<!DOCTYPE html><html><body>", "div", 100000, "</body></html>");
}

static GBytes *
static_bytes (const char *s)
{
  return g_bytes_new_static (s, strlen (s));
}

static GBytes *
make_srt_many_cues (void)
{
  g_autoptr(GString) s = g_string_new (NULL);

  /* 200,000 cues of one speaker */
  for (guint i = 0; i < 200000; i++)
    g_string_append_printf (s, "%u\n00:00:%02u,000 --> 00:00:%02u,500\nANN: go on\n\n", i + 1, i % 60, i % 60);
  return g_string_free_to_bytes (g_steal_pointer (&s));
}

static GBytes *make_srt_bad_timing (void) { return static_bytes ("1\n00:00:01,000 -> 00:00:02,000\nHi\n"); }
static GBytes *make_srt_huge_hours (void) { return static_bytes ("1\n999999999999:00:01,000 --> 999999999999:00:02,000\nHi\n"); }
static GBytes *make_vtt_header_only (void) { return static_bytes ("WEBVTT\n\nNOTE nothing else\n"); }

#define QDE_OPEN "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\">"
#define QDE_SOURCE(selections) \
  "<Sources><TextSource guid=\"a2b94468-80a5-412f-92d6-e900d97b55a6\" plainTextPath=\"internal://t.txt\">" \
  selections "</TextSource></Sources></Project>"

static GBytes *
qdpx_with (const char *qde,
           const char *text)
{
  ImportTestZip *zip = import_test_zip_new (FALSE);

  if (qde != NULL)
    import_test_zip_add (zip, "project.qde", qde, -1);
  if (text != NULL)
    import_test_zip_add (zip, "Sources/t.txt", text, -1);
  return import_test_zip_finish (zip);
}

static GBytes *make_qdpx_no_project (void) { return qdpx_with (NULL, "Ann: hi\n"); }
static GBytes *make_qdpx_entities (void)
{
  return qdpx_with ("<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" QDE_OPEN "&x;</Project>", "x");
}
static GBytes *make_qdpx_wrong_root (void) { return qdpx_with ("<Project name=\"no namespace\"/>", "x"); }
static GBytes *make_qdpx_no_text (void) { return qdpx_with (QDE_OPEN "<Sources/></Project>", "x"); }
static GBytes *make_qdpx_missing_text (void) { return qdpx_with (QDE_OPEN QDE_SOURCE (""), NULL); }
static GBytes *
make_qdpx_bad_positions (void)
{
  return qdpx_with (QDE_OPEN "\n" QDE_SOURCE ("<PlainTextSelection guid=\"b2b94468-80a5-412f-92d6-e900d97b55a6\" startPosition=\"9\" endPosition=\"3\"/>"),
                    "Ann: hello there\n");
}
static GBytes *
make_qdpx_deep_codes (void)
{
  g_autoptr(GString) s = g_string_new (QDE_OPEN "<CodeBook><Codes>");

  for (guint i = 0; i < 200; i++)
    g_string_append_printf (s, "<Code guid=\"%08x-0000-4000-8000-000000000000\" name=\"c%u\" isCodable=\"true\">", i, i);
  for (guint i = 0; i < 200; i++)
    g_string_append (s, "</Code>");
  g_string_append (s, "</Codes></CodeBook>" QDE_SOURCE (""));
  return qdpx_with (s->str, "Ann: hi\n");
}
static GBytes *
make_qdpx_bomb (void)
{
  gsize size = (gsize) 100 * 1024 * 1024;
  g_autofree char *text = g_malloc (size + 1);

  memset (text, 'a', size);
  text[size] = '\0';
  return qdpx_with (QDE_OPEN QDE_SOURCE (""), text);
}

typedef struct
{
  const char *name;
  const char *file_name;
  GBytes *(*make_bytes) (void);
  int code;
  const char *substring;
} HostileCase;

#define I(code) GLOSS_IMPORT_ERROR_ ## code

static const HostileCase cases[] = {
  { "docx/billion-laughs", "laughs.docx", make_docx_laughs, I (UNSAFE), "word/document.xml declares a document type" },
  { "docx/external-entity", "xxe.docx", make_docx_external, I (UNSAFE), "does not load" },
  { "odt/external-dtd", "dtd.odt", make_odt_external_dtd, I (UNSAFE), "content.xml declares a document type" },
  { "docx/malformed-xml", "cut.docx", make_docx_malformed, I (MALFORMED), "word/document.xml is not well-formed XML (line 2" },
  { "odt/malformed-xml", "mismatch.odt", make_odt_malformed, I (MALFORMED), "content.xml is not well-formed XML (line 1" },
  { "docx/not-wordml", "page.docx", make_docx_not_wordml, I (MALFORMED), "not a WordprocessingML document" },
  { "odt/spreadsheet", "sheet.odt", make_odt_spreadsheet, I (MALFORMED), "no text document" },
  { "docx/deep-nesting", "deep.docx", make_docx_deep, I (MALFORMED), "word/document.xml nests elements deeper than 128 levels" },
  { "docx/very-deep-nesting", "deeper.docx", make_docx_very_deep, I (MALFORMED), "deeper than 128 levels" },
  { "odt/deep-nesting", "deep.odt", make_odt_deep, I (MALFORMED), "content.xml nests elements deeper than 128 levels" },
  { "docx/missing-document", "styles.docx", make_docx_missing_part, I (MALFORMED), "the archive has no word/document.xml" },
  { "odt/missing-content", "styles.odt", make_odt_missing_part, I (MALFORMED), "the archive has no content.xml" },
  { "docx/decompression-bomb", "bomb.docx", make_docx_bomb, I (UNSAFE), "times the archive’s size" },
  { "odt/huge-entry", "huge.odt", make_odt_huge_entry, I (UNSAFE), "expands to more than 64 MB" },
  { "docx/many-entries", "many.docx", make_docx_many_entries, I (UNSAFE), "more than 10000 files" },
  { "docx/truncated", "cut-short.docx", make_docx_truncated, I (MALFORMED), "damaged or cut short" },
  { "odt/garbage-after-signature", "garbage.odt", make_odt_garbage_after_signature, I (MALFORMED), "not a readable ZIP archive" },
  { "markdown/deep-nesting", "deep.md", make_markdown_deep, I (MALFORMED), "deeper than 64 levels" },
  { "qdpx/no-project", "none.qdpx", make_qdpx_no_project, I (MALFORMED), "the archive has no project.qde" },
  { "qdpx/entities", "xxe.qdpx", make_qdpx_entities, I (UNSAFE), "project.qde declares a document type" },
  { "qdpx/wrong-root", "root.qdpx", make_qdpx_wrong_root, I (MALFORMED), "not a QDA-XML project" },
  { "qdpx/no-text-source", "empty.qdpx", make_qdpx_no_text, I (MALFORMED), "no text source" },
  { "qdpx/missing-text", "lost.qdpx", make_qdpx_missing_text, I (MALFORMED), "internal://t.txt) is not in the archive" },
  { "qdpx/bad-positions", "positions.qdpx", make_qdpx_bad_positions, I (MALFORMED), "project.qde, line 2: a selection needs positions" },
  { "qdpx/deep-codes", "deep.qdpx", make_qdpx_deep_codes, I (MALFORMED), "deeper than 128 levels" },
  { "qdpx/decompression-bomb", "bomb.qdpx", make_qdpx_bomb, I (UNSAFE), "decompression bomb" },
  { "srt/bad-timing", "arrow.srt", make_srt_bad_timing, I (MALFORMED), "line 1: expected a cue’s times" },
  { "srt/huge-hours", "hours.srt", make_srt_huge_hours, I (MALFORMED), "line 1: expected a cue’s times" },
  { "webvtt/header-only", "empty.vtt", make_vtt_header_only, I (EMPTY), "no cue with text" },
  { "html/deep-nesting", "deep.html", make_html_deep, I (MALFORMED), "deeper than" },
};

static void
test_case (gconstpointer data)
{
  const HostileCase *c = data;
  g_autoptr(GBytes) bytes = c->make_bytes ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossTranscript) t = NULL;
  g_autofree char *prefix = g_strconcat (c->file_name, ": ", NULL);
  gint64 begin, elapsed;
  gsize length;
  const char *input = g_bytes_get_data (bytes, &length);

  begin = g_get_monotonic_time ();
  t = gloss_import_data (input, length, c->file_name, NULL, NULL, &error);
  elapsed = g_get_monotonic_time () - begin;

  if (t != NULL)
    g_error ("%s was accepted:\n%s", c->name, gloss_transcript_get_text (t));
  if (g_test_verbose ())
    g_test_message ("%s: %s", c->name, error->message);
  g_assert_error (error, GLOSS_IMPORT_ERROR, c->code);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("message does not begin with “%s”: %s", prefix, error->message);
  if (strstr (error->message, c->substring) == NULL)
    g_error ("message lacks “%s”: %s", c->substring, error->message);
  if (g_getenv ("GLOSS_TEST_SLOW") == NULL)
    g_assert_cmpint (elapsed, <, MAX_CASE_USEC);
}

/* an HTML page's DOCTYPE cannot pull a file in: the HTML parser has no
 * external entities at all */
static void
test_html_entity_stays_out (void)
{
  static const char html[] =
    "<!DOCTYPE html [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>"
    "<html><body><p><b>Ann:</b> before &xxe; after</p></body></html>";
  g_autoptr(GlossTranscript) t = import_test_data (html, strlen (html), "xxe.html");

  g_assert_null (strstr (gloss_transcript_get_text (t), "root:"));
  g_assert_nonnull (strstr (gloss_transcript_get_text (t), "before"));
}

/* many cues of one speaker are one turn, read in linear time */
static void
test_srt_many_cues (void)
{
  g_autoptr(GBytes) bytes = make_srt_many_cues ();
  g_autoptr(GlossTranscript) t = NULL;
  gint64 begin = g_get_monotonic_time ();
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  t = import_test_data (data, length, "long.srt");
  if (g_getenv ("GLOSS_TEST_SLOW") == NULL)
    g_assert_cmpint (g_get_monotonic_time () - begin, <, MAX_CASE_USEC);
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 1);
  g_assert_cmpstr (gloss_transcript_get_turn (t, 0)->speaker, ==, "ANN");
  g_assert_cmpint (gloss_transcript_get_turn (t, 0)->end_time, ==, 59500);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strconcat ("/import/hostile/", cases[i].name, NULL);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/import/hostile/html-entity-stays-out", test_html_entity_stays_out);
  g_test_add_func ("/import/hostile/srt-many-cues", test_srt_many_cues);

  return g_test_run ();
}
