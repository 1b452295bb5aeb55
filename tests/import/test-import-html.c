#include "config.h"

#include <string.h>

#include "import-test-util.h"

/* HTML (libxml2): the article's text, without the page around it; bold
 * names at a paragraph's start are speakers. */

static void
test_briefing (void)
{
  g_autoptr(GlossTranscript) t = import_test_fixture ("briefing.html");
  const char *text = gloss_transcript_get_text (t);

  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "Harbour Works Briefing");
  g_assert_cmpstr (gloss_transcript_get_language (t), ==, "en-GB");
  /* the page's chrome is gone */
  for (guint i = 0; i < 8; i++)
    {
      static const char * const chrome[] = {
        "tracking", "color", "Press room", "News", "Search", "ferry timetable", "Privacy", "<",
      };
      if (strstr (text, chrome[i]) != NULL)
        g_error ("“%s” was imported:\n%s", chrome[i], text);
    }
  /* entities and <br> */
  g_assert_nonnull (strstr (text, "Port Authority, 12 March 2024"));
  g_assert_nonnull (strstr (text, "on time & the dredging starts in May."));
  g_assert_nonnull (strstr (text, "Mira Castellanos-Oyelaran:\nIt cost €48.6 million."));
  g_assert_nonnull (strstr (text, "\n\nThe first berth opens in June.\n\nThe second in September.\n"));

  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 4);
  g_assert_cmpint (gloss_transcript_get_turn (t, 0)->kind, ==, GLOSS_TURN_HEADER);
  import_test_assert_turn (t, 1, GLOSS_TURN_REMARKS, "Mira Castellanos-Oyelaran", NULL, -1, "Mira Castellanos-Oyelaran: Good morning.");
  import_test_assert_turn (t, 2, GLOSS_TURN_QUESTION, "Tobias Engel", "Coastal Weekly", -1, "Tobias Engel, Coastal Weekly: How much");
  import_test_assert_turn (t, 3, GLOSS_TURN_ANSWER, "Mira Castellanos-Oyelaran", NULL, 2, NULL);
}

/* without an article, the body less its chrome; <title> is the title */
static void
test_plain_page (void)
{
  static const char html[] =
    "<html><head><title>Day one</title></head><body>"
    "<header>Site name</header>"
    "<div><b>ann lee:</b> we open at nine.</div>"
    "<div><b>tom reed:</b> <i>when</i> do you close?</div>"
    "<footer>Contact</footer></body></html>";
  g_autoptr(GlossTranscript) t = import_test_data (html, strlen (html), "day.html");

  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "Day one");
  g_assert_null (strstr (gloss_transcript_get_text (t), "Site name"));
  g_assert_null (strstr (gloss_transcript_get_text (t), "Contact"));
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 2);
  import_test_assert_turn (t, 0, GLOSS_TURN_REMARKS, "ann lee", NULL, -1, "ann lee: we open at nine.");
  import_test_assert_turn (t, 1, GLOSS_TURN_QUESTION, "tom reed", "tom reed", -1, "tom reed: when do you close?");
}

/* the content, not the name, says HTML; and a page in Windows-1252 says so */
static void
test_sniffed_and_charset (void)
{
  static const char html[] =
    "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"></head>"
    "<body><p><strong>Zo\xeb Ruiz:</strong> We laid 1,250 km of pipe.</p></body></html>";
  g_autoptr(GlossTranscript) t = import_test_data (html, strlen (html), "page");

  g_assert_cmpstr (gloss_import_format_get_id (gloss_import_format_detect (html, strlen (html), "page.txt")), ==, "html");
  import_test_assert_turn (t, 0, GLOSS_TURN_REMARKS, "Zo\xc3\xab Ruiz", NULL, -1, "Zo\xc3\xab Ruiz: We laid");
}

static void
test_deep_nesting (void)
{
  g_autoptr(GString) html = g_string_new ("<html><body>");
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossTranscript) t = NULL;

  for (guint i = 0; i < 20000; i++)
    g_string_append (html, "<span>");
  g_string_append (html, "deep</body></html>");
  t = gloss_import_data (html->str, html->len, "deep.html", NULL, NULL, &error);
  g_assert_null (t);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, "deep.html: "));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/html/briefing", test_briefing);
  g_test_add_func ("/import/html/plain-page", test_plain_page);
  g_test_add_func ("/import/html/sniffed-and-charset", test_sniffed_and_charset);
  g_test_add_func ("/import/html/deep-nesting", test_deep_nesting);

  return g_test_run ();
}
