/* "Suggest Claims": sentences with a topic's keywords or pattern, never
 * one a claim covers or the user rejected; accepting and rejecting undo. */

#include "config.h"

#include <string.h>

#include "gloss-import-format.h"
#include "gloss-project-file.h"
#include "gloss-suggest.h"

static const char english[] =
  "Briefing\n"
  "Moderator:\n"
  "We built 961,000 5G base stations. Vaccines were given to many. "
  "The evergreen policy stays. Factories cut carbon by 10%. Nothing else happened.\n"
  "Footer: vaccine photo credits\n";

static GlossProject *
make_english (void)
{
  g_autoptr(GlossTranscript) text = gloss_transcript_new (english, -1);
  const char *body = strstr (english, "We built");
  guint start = g_utf8_pointer_to_offset (english, body);
  guint footer = g_utf8_pointer_to_offset (english, strstr (english, "Footer:"));

  gloss_transcript_add_turn (text, GLOSS_TURN_HEADER, 0, start, NULL, NULL, -1);
  gloss_transcript_add_turn (text, GLOSS_TURN_REMARKS, start, footer, "Moderator", NULL, -1);
  gloss_transcript_add_turn (text, GLOSS_TURN_FOOTER, footer, g_utf8_strlen (english, -1), NULL, NULL, -1);

  return gloss_project_new (text);
}

static char *
describe (GPtrArray *suggestions)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < suggestions->len; i++)
    {
      const GlossSuggestion *suggestion = g_ptr_array_index (suggestions, i);
      g_autofree char *topics = g_strjoinv (",", suggestion->topics);

      g_string_append_printf (s, "%s[%s:%s]\n", suggestion->sentence, topics, suggestion->keyword);
    }

  return g_string_free (s, FALSE);
}

static void
test_suggest_keywords (void)
{
  g_autoptr(GlossProject) project = make_english ();
  g_autoptr(GPtrArray) suggestions = gloss_suggest (project, NULL);
  g_autofree char *got = describe (suggestions);

  /* a plural matches, "evergreen" is no "green", header and footer are not
   * searched */
  g_assert_cmpstr (got, ==,
                   "We built 961,000 5G base stations.[5g:5G]\n"
                   "Vaccines were given to many.[vaccines:vaccine]\n"
                   "Factories cut carbon by 10%.[green-manufacturing:carbon]\n");

  g_clear_pointer (&suggestions, g_ptr_array_unref);
  suggestions = gloss_suggest (project, "vaccines");
  g_clear_pointer (&got, g_free);
  got = describe (suggestions);
  g_assert_cmpstr (got, ==, "Vaccines were given to many.[vaccines:vaccine]\n");
}

static void
test_suggest_regex_claims_rejected (void)
{
  g_autoptr(GlossProject) project = make_english ();
  g_autoptr(GlossHistory) history = gloss_history_new (project);
  GlossTopic *green = gloss_project_lookup_topic (project, "green-manufacturing");
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autofree char *got = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (gloss_topic_regex_is_valid ("ever(green", &error));
  g_assert_error (error, G_REGEX_ERROR, G_REGEX_ERROR_UNMATCHED_PARENTHESIS);
  gloss_history_set_topic_regex (history, green, "ever\\w+");
  g_assert_cmpstr (gloss_history_get_undo_label (history), ==, "Change pattern");

  suggestions = gloss_suggest (project, "green-manufacturing");
  got = describe (suggestions);
  g_assert_cmpstr (got, ==,
                   "The evergreen policy stays.[green-manufacturing:evergreen]\n"
                   "Factories cut carbon by 10%.[green-manufacturing:carbon]\n");

  /* accepted: a claim with the topic, unchecked; its sentence is no longer suggested */
  g_ptr_array_remove_index (suggestions, 1);
  claims = gloss_suggest_accept (history, suggestions);
  g_assert_cmpuint (claims->len, ==, 1);
  g_assert_cmpstr (gloss_claim_get_quote (g_ptr_array_index (claims, 0)), ==, "The evergreen policy stays.");
  g_assert_cmpint (gloss_claim_get_status (g_ptr_array_index (claims, 0)), ==, GLOSS_CLAIM_STATUS_UNCHECKED);
  g_assert_true (gloss_claim_has_topic (g_ptr_array_index (claims, 0), "green-manufacturing"));
  g_assert_cmpstr (gloss_history_get_undo_label (history), ==, "Accept suggestion");

  /* rejected: remembered, undoable */
  gloss_history_reject_suggestion (history, "Factories cut carbon by 10%.");
  g_clear_pointer (&suggestions, g_ptr_array_unref);
  suggestions = gloss_suggest (project, "green-manufacturing");
  g_assert_cmpuint (suggestions->len, ==, 0);

  g_assert_true (gloss_history_undo (history));
  g_assert_false (gloss_project_is_rejected (project, "Factories cut carbon by 10%."));
  g_assert_true (gloss_history_undo (history));
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 0);
  g_assert_true (gloss_history_undo (history));
  g_assert_cmpstr (gloss_topic_get_regex (green), ==, "");
  g_assert_true (gloss_history_redo (history));
  g_assert_cmpstr (gloss_topic_get_regex (green), ==, "ever\\w+");
}

/* the pattern and the rejections travel with the project file */
static void
test_suggest_saved (void)
{
  g_autoptr(GlossProject) project = make_english ();
  g_autoptr(GlossProject) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *data;
  gsize size;

  gloss_project_set_topic_regex (project, gloss_project_lookup_topic (project, "5g"), "\\bG\\d\\b");
  gloss_project_add_rejected (project, "Vaccines were given to many.");
  bytes = gloss_project_file_to_bytes (project);
  data = g_bytes_get_data (bytes, &size);
  g_assert_nonnull (strstr (data, "      \"regex\": \"\\\\bG\\\\d\\\\b\"\n"));
  g_assert_nonnull (strstr (data, "  \"rejected_suggestions\": [\n    \"Vaccines were given to many.\"\n  ]\n}\n"));

  loaded = gloss_project_file_load_data (data, size, "saved.gloss", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gloss_topic_get_regex (gloss_project_lookup_topic (loaded, "5g")), ==, "\\bG\\d\\b");
  g_assert_true (gloss_project_is_rejected (loaded, "Vaccines were given to many."));
  g_assert_cmpuint (gloss_project_get_rejected (loaded)->len, ==, 1);
}

/* Chinese has no spaces: the default keywords find the sentences anyway */
static void
test_suggest_chinese (void)
{
  const char *zh = "田玉龙：\n目前已建成5G基站96.1万个。新冠疫苗年产能达到50亿剂。"
                   "我们将推进绿色制造，力争实现碳达峰。今天天气很好。\n";
  g_autoptr(GlossTranscript) text = gloss_transcript_new (zh, -1);
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autofree char *got = NULL;

  gloss_transcript_set_language (text, "zh");
  gloss_transcript_add_turn (text, GLOSS_TURN_REMARKS, 0, g_utf8_strlen (zh, -1), "田玉龙", NULL, -1);
  project = gloss_project_new (text);
  suggestions = gloss_suggest (project, NULL);
  got = describe (suggestions);
  g_assert_cmpstr (got, ==,
                   "目前已建成5G基站96.1万个。[5g:5G]\n"
                   "新冠疫苗年产能达到50亿剂。[vaccines:疫苗]\n"
                   "我们将推进绿色制造，力争实现碳达峰。[green-manufacturing:绿色制造]\n");
}

/* precision on the real briefing: every suggestion holds what it says
 * matched, that is a keyword of each of its topics (or the pattern), and
 * covers no claim */
static void
test_suggest_corpus (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("GLOSS_CORPUS_DIR") != NULL
                                            ? g_getenv ("GLOSS_CORPUS_DIR") : ".",
                                            "scio-2021-07-16-miit.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GlossTranscript) text = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GlossHistory) history = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  guint per_topic[3] = { 0 };

  if (!g_file_query_exists (file, NULL))
    {
      g_test_skip ("the corpus is not there");
      return;
    }

  text = gloss_import_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  project = gloss_project_new (text);
  history = gloss_history_new (project);
  suggestions = gloss_suggest (project, NULL);
  g_assert_cmpuint (suggestions->len, >=, 20);

  for (guint i = 0; i < suggestions->len; i++)
    {
      const GlossSuggestion *suggestion = g_ptr_array_index (suggestions, i);
      g_autofree char *slice = gloss_transcript_dup_slice (text, suggestion->start, suggestion->end);
      g_autofree char *folded = g_utf8_casefold (slice, -1);

      g_assert_cmpstr (slice, ==, suggestion->sentence);
      for (guint t = 0; suggestion->topics[t] != NULL; t++)
        {
          GlossTopic *topic = gloss_project_lookup_topic (project, suggestion->topics[t]);
          const char * const *keywords = gloss_topic_get_keywords (topic);
          gboolean found = FALSE;

          for (guint k = 0; keywords[k] != NULL && !found; k++)
            {
              g_autofree char *keyword = g_utf8_casefold (keywords[k], -1);

              found = strstr (folded, keyword) != NULL;
            }
          g_assert_true (found);
          per_topic[gloss_project_get_topic_position (project, topic)]++;
        }
    }
  /* the briefing talks of all three */
  for (guint t = 0; t < G_N_ELEMENTS (per_topic); t++)
    g_assert_cmpuint (per_topic[t], >, 0);

  /* accepted, they are claims, and nothing is suggested twice */
  claims = gloss_suggest_accept (history, suggestions);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, suggestions->len);
  again = gloss_suggest (project, NULL);
  g_assert_cmpuint (again->len, ==, 0);
  g_assert_cmpstr (gloss_history_get_undo_label (history), ==, "Accept suggestions");
  gloss_history_undo (history);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/suggest/keywords", test_suggest_keywords);
  g_test_add_func ("/suggest/regex-claims-rejected", test_suggest_regex_claims_rejected);
  g_test_add_func ("/suggest/saved", test_suggest_saved);
  g_test_add_func ("/suggest/chinese", test_suggest_chinese);
  g_test_add_func ("/suggest/corpus", test_suggest_corpus);

  return g_test_run ();
}
