#include "config.h"

#include <string.h>

#include "import-test-util.h"

/* Markdown (cmark): the heading is the title, marks disappear, bold names
 * at a paragraph's start are speakers. */

static void
test_briefing (void)
{
  g_autoptr(GlossTranscript) t = import_test_fixture ("briefing.md");
  const char *text = gloss_transcript_get_text (t);

  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "Harbour Works Briefing");
  /* no Markdown marks survive */
  g_assert_null (strstr (text, "**"));
  g_assert_null (strstr (text, "_north_"));
  g_assert_null (strstr (text, "https://"));
  g_assert_null (strstr (text, "`"));
  g_assert_null (strstr (text, "<div>"));
  g_assert_null (strstr (text, "raw html"));
  g_assert_nonnull (strstr (text, "We finished the north quay on time, and the dredging starts in May."));
  /* list items and quotes are paragraphs of their own */
  g_assert_nonnull (strstr (text, "\n\nThe first berth opens in June.\n\nThe second berth opens in September.\n\n"
                                  "Ferries keep running throughout.\n\n"));

  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 6);
  g_assert_cmpint (gloss_transcript_get_turn (t, 0)->kind, ==, GLOSS_TURN_HEADER);
  import_test_assert_turn (t, 1, GLOSS_TURN_REMARKS, "Mira Castellanos-Oyelaran", NULL, -1, "Mira Castellanos-Oyelaran: Good morning.");
  import_test_assert_turn (t, 2, GLOSS_TURN_QUESTION, "Tobias Engel", "Coastal Weekly", -1, NULL);
  import_test_assert_turn (t, 3, GLOSS_TURN_ANSWER, "Mira Castellanos-Oyelaran", NULL, 2, NULL);
  import_test_assert_turn (t, 4, GLOSS_TURN_QUESTION, "Tobias Engel", "Coastal Weekly", -1, NULL);
  /* a hard line break after the label */
  import_test_assert_turn (t, 5, GLOSS_TURN_ANSWER, "Mira Castellanos-Oyelaran", NULL, 4, "Mira Castellanos-Oyelaran:\nAbout two months.");
}

/* a bold run is a label only when it ends in a colon: emphasis is not */
static void
test_bold_is_not_always_a_label (void)
{
  static const char md[] =
    "**lena ferro:** we open at nine.\n\n"
    "**Important** the doors close at six.\n\n"
    "**lena ferro**: thank you.\n";
  g_autoptr(GlossTranscript) t = import_test_data (md, strlen (md), "notes.md");

  import_test_assert_spans (t);
  /* a lower-case name no plain-text rule would take */
  import_test_assert_turn (t, 0, GLOSS_TURN_REMARKS, "lena ferro", NULL, -1, "lena ferro: we open at nine.\n\nImportant the doors");
  import_test_assert_turn (t, 1, GLOSS_TURN_REMARKS, "lena ferro", NULL, -1, "lena ferro: thank you.");
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 2);
}

/* by name: the same bytes in a .txt keep their marks */
static void
test_chosen_by_extension (void)
{
  static const char md[] = "# Title\n\n**Ann:** Hello.\n";
  g_autoptr(GlossTranscript) as_md = import_test_data (md, strlen (md), "a.md");
  g_autoptr(GlossTranscript) as_txt = import_test_data (md, strlen (md), "a.txt");

  g_assert_null (strstr (gloss_transcript_get_text (as_md), "**"));
  g_assert_nonnull (strstr (gloss_transcript_get_text (as_txt), "**"));
  g_assert_cmpstr (gloss_import_format_get_id (gloss_import_format_detect (md, strlen (md), "a.markdown")), ==, "markdown");
  g_assert_cmpstr (gloss_import_format_get_id (gloss_import_format_for_mime_type ("text/markdown")), ==, "markdown");
}

static void
test_deep_nesting (void)
{
  g_autoptr(GString) md = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossTranscript) t = NULL;

  for (guint i = 0; i < 5000; i++)
    g_string_append_c (md, '>');
  g_string_append (md, " deep\n");
  t = gloss_import_data (md->str, md->len, "deep.md", NULL, NULL, &error);
  g_assert_null (t);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, "deep.md: "));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/markdown/briefing", test_briefing);
  g_test_add_func ("/import/markdown/bold-is-not-always-a-label", test_bold_is_not_always_a_label);
  g_test_add_func ("/import/markdown/chosen-by-extension", test_chosen_by_extension);
  g_test_add_func ("/import/markdown/deep-nesting", test_deep_nesting);

  return g_test_run ();
}
