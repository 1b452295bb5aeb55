#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cli-test-util.h"
#include "gloss-project-file.h"

/* gloss-cli original and gloss-cli review, run as a user runs them. */


static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "review", name, NULL);
}

/* a fresh project of the English briefing (or @name) in the temporary folder */
static char *
new_project (const char *name,
             const char *project)
{
  g_autofree char *source = data_path (name);
  g_auto(CliResult) result = { 0 };
  char *path = g_build_filename (cli_test_tmp_dir (), project, NULL);

  cli_test_run (&result, "import", source, "-o", path, "--force", NULL);
  g_assert_cmpint (result.status, ==, 0);
  return path;
}

static GlossProject *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GlossProject *project = gloss_project_file_load (file, &error);

  g_assert_no_error (error);
  return project;
}

static void
test_original (void)
{
  g_autofree char *project = new_project ("briefing-en.txt", "original.gloss");
  g_autofree char *zh = data_path ("briefing-zh.txt");
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GlossProject) loaded = NULL;
  g_auto(CliResult) add = { 0 };
  g_auto(CliResult) again = { 0 };
  g_auto(CliResult) forced = { 0 };
  g_auto(CliResult) verbose = { 0 };

  cli_test_run (&add, "original", project, zh, NULL);
  g_assert_cmpint (add.status, ==, 0);
  g_assert_cmpstr (add.out, ==, "");
  g_assert_cmpstr (add.err, ==, "");

  loaded = load (project);
  g_assert_nonnull (gloss_project_get_original (loaded));
  g_assert_cmpstr (gloss_transcript_get_language (gloss_project_get_original (loaded)), ==, "zh");
  g_assert_cmpstr (gloss_transcript_get_source (gloss_project_get_original (loaded)), ==, "briefing-zh.txt");
  g_assert_cmpuint (gloss_alignment_get_n_turn_pairs (gloss_project_get_alignment (loaded)), ==, 11);

  /* an original is never replaced by accident */
  g_file_get_contents (project, &before, NULL, NULL);
  cli_test_run (&again, "original", project, zh, NULL);
  g_assert_cmpint (again.status, ==, 1);
  g_assert_nonnull (strstr (again.err, "--force"));
  g_assert_nonnull (strstr (again.err, "original.gloss"));
  g_file_get_contents (project, &after, NULL, NULL);
  g_assert_cmpstr (before, ==, after);

  cli_test_run (&forced, "original", "--force", "--language", "zh-Hans", project, zh, NULL);
  g_assert_cmpint (forced.status, ==, 0);
  g_clear_object (&loaded);
  loaded = load (project);
  g_assert_cmpstr (gloss_transcript_get_language (gloss_project_get_original (loaded)), ==, "zh-Hans");

  cli_test_run (&verbose, "original", "-f", "-v", project, zh, NULL);
  g_assert_cmpint (verbose.status, ==, 0);
  g_assert_nonnull (strstr (verbose.out, "11 aligned pairs"));
}

static void
test_original_errors (void)
{
  g_autofree char *project = new_project ("briefing-en.txt", "errors.gloss");
  g_autofree char *zh = data_path ("briefing-zh.txt");
  g_auto(CliResult) none = { 0 };
  g_auto(CliResult) one = { 0 };
  g_auto(CliResult) three = { 0 };
  g_auto(CliResult) tag = { 0 };
  g_auto(CliResult) missing = { 0 };
  g_auto(CliResult) not_project = { 0 };

  cli_test_run (&none, "original", NULL);
  g_assert_cmpint (none.status, ==, 2);
  cli_test_run (&one, "original", project, NULL);
  g_assert_cmpint (one.status, ==, 2);
  g_assert_nonnull (strstr (one.err, "--help"));
  cli_test_run (&three, "original", project, zh, zh, NULL);
  g_assert_cmpint (three.status, ==, 2);
  cli_test_run (&tag, "original", "--language", "not a tag", project, zh, NULL);
  g_assert_cmpint (tag.status, ==, 2);
  g_assert_nonnull (strstr (tag.err, "not a tag"));

  cli_test_run (&missing, "original", project, "no-such-original.txt", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_true (g_str_has_prefix (missing.err, "no-such-original.txt"));

  cli_test_run (&not_project, "original", zh, zh, NULL);
  g_assert_cmpint (not_project.status, ==, 1);
}

static JsonObject *
find_finding (JsonArray  *findings,
              const char *translation)
{
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonObject *finding = json_array_get_object_element (findings, i);
      JsonNode *side = json_object_get_member (finding, "translation");

      if (!JSON_NODE_HOLDS_NULL (side) &&
          g_strcmp0 (json_object_get_string_member (json_node_get_object (side), "text"), translation) == 0)
        return finding;
    }
  return NULL;
}

static void
test_review_json (void)
{
  g_autofree char *project = new_project ("briefing-en.txt", "review.gloss");
  g_autofree char *zh = data_path ("briefing-zh.txt");
  g_auto(CliResult) add = { 0 };
  g_auto(CliResult) review = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *finding, *side;
  JsonArray *pairs, *findings;
  guint problems = 0;

  cli_test_run (&add, "original", project, zh, NULL);
  g_assert_cmpint (add.status, ==, 0);
  cli_test_run (&review, "review", "--json", project, NULL);
  /* findings: exit 1 */
  g_assert_cmpint (review.status, ==, 1);
  g_assert_cmpstr (review.err, ==, "");

  json_parser_load_from_data (parser, review.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  pairs = json_object_get_array_member (root, "pairs");
  g_assert_cmpuint (json_array_get_length (pairs), ==, 11);
  /* the hand-off only the translation has */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_array_get_object_element (pairs, 6),
                                                                        "original")), ==, 0);
  g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (json_array_get_object_element (pairs, 7),
                                                                            "translation"), 0), ==, 7);
  g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (json_array_get_object_element (pairs, 7),
                                                                            "original"), 0), ==, 6);

  findings = json_object_get_array_member (root, "findings");
  finding = find_finding (findings, "961,000");
  g_assert_nonnull (finding);
  g_assert_cmpstr (json_object_get_string_member (finding, "status"), ==, "match");
  g_assert_cmpint (json_object_get_int_member (finding, "translation_turn"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (finding, "original_turn"), ==, 2);
  side = json_object_get_object_member (finding, "translation");
  g_assert_cmpint (json_object_get_int_member (side, "value"), ==, 961000);
  g_assert_cmpstr (json_object_get_string_member (side, "unit"), ==, "");
  g_assert_cmpint (json_object_get_int_member (side, "end") - json_object_get_int_member (side, "start"), ==, 7);
  side = json_object_get_object_member (finding, "original");
  g_assert_cmpstr (json_object_get_string_member (side, "text"), ==, "96.1万");
  g_assert_cmpint (json_object_get_int_member (side, "value"), ==, 961000);

  finding = find_finding (findings, "12.7%");
  g_assert_cmpstr (json_object_get_string_member (finding, "status"), ==, "mismatch");
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (finding, "original"), "value"),
                     ==, 11.7);

  finding = find_finding (findings, "31");
  g_assert_cmpstr (json_object_get_string_member (finding, "status"), ==, "missing-in-original");
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (finding, "original")));
  g_assert_cmpint (json_object_get_int_member (finding, "original_turn"), ==, 7);

  for (guint i = 0; i < json_array_get_length (findings); i++)
    if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (findings, i), "status"), "match") != 0)
      problems++;
  g_assert_cmpuint (problems, ==, 4);
}

static void
test_review_text_and_exports (void)
{
  g_autofree char *project = new_project ("briefing-en.txt", "text.gloss");
  g_autofree char *faithful = new_project ("faithful-en.txt", "faithful.gloss");
  g_autofree char *zh = data_path ("briefing-zh.txt");
  g_autofree char *faithful_zh = data_path ("faithful-zh.txt");
  g_autofree char *html_path = g_build_filename (cli_test_tmp_dir (), "review.html", NULL);
  g_autofree char *csv_path = g_build_filename (cli_test_tmp_dir (), "review.csv", NULL);
  g_autofree char *html = NULL, *csv = NULL;
  g_auto(CliResult) add = { 0 };
  g_auto(CliResult) add_faithful = { 0 };
  g_auto(CliResult) text = { 0 };
  g_auto(CliResult) clean = { 0 };
  g_auto(CliResult) no_original = { 0 };
  g_auto(CliResult) usage = { 0 };
  g_auto(CliResult) help = { 0 };

  cli_test_run (&no_original, "review", project, NULL);
  g_assert_cmpint (no_original.status, ==, 1);
  g_assert_nonnull (strstr (no_original.err, "gloss-cli original"));

  cli_test_run (&add, "original", project, zh, NULL);
  g_assert_cmpint (add.status, ==, 0);
  cli_test_run (&text, "review", "--html", "review.html", "--csv", "review.csv", project, NULL);
  g_assert_cmpint (text.status, ==, 1);
  g_assert_nonnull (strstr (text.out, "11 aligned pairs"));
  g_assert_nonnull (strstr (text.out, "mismatch"));
  g_assert_nonnull (strstr (text.out, "“12.7%”"));
  g_assert_nonnull (strstr (text.out, "6 ↔ —"));

  g_assert_true (g_file_get_contents (html_path, &html, NULL, NULL));
  g_assert_nonnull (strstr (html, "<html lang=\"en\">"));
  g_assert_nonnull (strstr (html, ">11.7%</a>"));
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbfstatus,pair,"));

  /* every figure matches: exit 0 */
  cli_test_run (&add_faithful, "original", faithful, faithful_zh, NULL);
  g_assert_cmpint (add_faithful.status, ==, 0);
  cli_test_run (&clean, "review", faithful, NULL);
  g_assert_cmpint (clean.status, ==, 0);

  cli_test_run (&usage, "review", project, project, NULL);
  g_assert_cmpint (usage.status, ==, 2);
  g_assert_cmpstr (usage.out, ==, "");

  cli_test_run (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "original"));
  g_assert_nonnull (strstr (help.out, "review"));
}

int
main (int    argc,
      char **argv)
{
  cli_test_init (&argc, &argv, "cli-review");

  g_test_add_func ("/cli/original/add", test_original);
  g_test_add_func ("/cli/original/errors", test_original_errors);
  g_test_add_func ("/cli/review/json", test_review_json);
  g_test_add_func ("/cli/review/text-and-exports", test_review_text_and_exports);

  return cli_test_finish ();
}
