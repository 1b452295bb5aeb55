#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cli-test-util.h"
#include "gloss-import-format.h"
#include "gloss-project-file.h"

/* `gloss-cli revise`, run as a user runs it: exit status, the JSON report,
 * and the project file rewritten (or not, with --dry-run). */


static char *
sample_text (void)
{
  const char *dir = g_getenv ("GLOSS_SAMPLE_DIR");
  g_autofree char *path = g_build_filename (dir != NULL ? dir : SOURCE_DATADIR, "sample-briefing.txt", NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static const char * const quotes[] = {
  "48,200 5G base stations in service",
  "Gigabit broadband now reaches 2.3 million homes",
  "3.6 million doses of influenza vaccine",
  "lower emissions can go together",
};

/* a project on the sample with a claim on each of quotes; their ids in @ids */
static void
write_project (const char *path,
               char      **ids)
{
  g_autofree char *text = sample_text ();
  g_autoptr(GlossTranscript) transcript = gloss_import_data (text, strlen (text), "sample-briefing.txt",
                                                             NULL, NULL, NULL);
  g_autoptr(GlossProject) project = gloss_project_new (transcript);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (quotes); i++)
    {
      const char *p = strstr (gloss_transcript_get_text (transcript), quotes[i]);
      guint start = gloss_transcript_byte_to_offset (transcript, p - gloss_transcript_get_text (transcript));
      g_autoptr(GlossClaim) claim = gloss_claim_new (transcript, start, start + g_utf8_strlen (quotes[i], -1),
                                                     NULL, "note", NULL);

      ids[i] = g_strdup (gloss_claim_get_id (claim));
      gloss_project_add_claim (project, claim);
    }
  g_assert_true (gloss_project_file_save (project, file, &error));
  g_assert_no_error (error);
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static JsonObject *
claim_by_id (JsonArray  *claims,
             const char *id)
{
  for (guint i = 0; i < json_array_get_length (claims); i++)
    {
      JsonObject *claim = json_array_get_object_element (claims, i);

      if (g_strcmp0 (json_object_get_string_member (claim, "id"), id) == 0)
        return claim;
    }
  g_assert_not_reached ();
}

static void
test_revise_json (void)
{
  g_autofree char *project = cli_test_tmp_path ("revise.gloss");
  g_autofree char *revised_path = cli_test_tmp_path ("revised.txt");
  g_autofree char *text = sample_text ();
  g_autofree char *step = NULL;
  g_autofree char *revised = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(CliResult) dry = { 0, };
  g_auto(CliResult) real = { 0, };
  g_auto(CliResult) again = { 0, };
  char *ids[G_N_ELEMENTS (quotes)] = { NULL, };
  JsonObject *root, *claim;
  JsonArray *claims;

  write_project (project, ids);
  step = test_util_replace_once (text, " Gigabit broadband now reaches 2.3 million homes.", "");
  revised = test_util_replace_once (step, "3.6 million doses of influenza", "3.7 million doses of influenza");
  g_assert_true (g_file_set_contents (revised_path, revised, -1, NULL));
  before = read_file (project);

  cli_test_run (&dry, "revise", "--json", "--dry-run", "revise.gloss", "revised.txt", NULL);
  g_test_message ("%s%s", dry.out, dry.err);
  g_assert_cmpint (dry.status, ==, 1);
  after = read_file (project);
  g_assert_cmpstr (after, ==, before);

  json_parser_load_from_data (parser, dry.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "exact"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (root, "moved"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (root, "fuzzy"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (root, "orphaned"), ==, 1);
  claims = json_object_get_array_member (root, "claims");
  g_assert_cmpuint (json_array_get_length (claims), ==, 4);

  claim = claim_by_id (claims, ids[0]);
  g_assert_cmpstr (json_object_get_string_member (claim, "status"), ==, "exact");
  g_assert_cmpfloat (json_object_get_double_member (claim, "score"), ==, 1.0);
  {
    const char *p = strstr (revised, quotes[0]);
    gint64 start = g_utf8_pointer_to_offset (revised, p);

    g_assert_cmpint (json_object_get_int_member (claim, "start"), ==, start);
    g_assert_cmpint (json_object_get_int_member (claim, "end"), ==, start + (gint64) strlen (quotes[0]));
  }
  claim = claim_by_id (claims, ids[1]);
  g_assert_cmpstr (json_object_get_string_member (claim, "status"), ==, "orphaned");
  g_assert_false (json_object_has_member (claim, "start"));
  g_assert_false (json_object_has_member (claim, "end"));
  claim = claim_by_id (claims, ids[2]);
  g_assert_cmpstr (json_object_get_string_member (claim, "status"), ==, "fuzzy");
  g_assert_cmpfloat (json_object_get_double_member (claim, "score"), <, 1.0);
  g_assert_cmpfloat (json_object_get_double_member (claim, "score"), >=, 0.75);

  /* for real: the file changes, the orphan is in it, and the summary says so */
  cli_test_run (&real, "revise", "revise.gloss", "revised.txt", NULL);
  g_assert_cmpint (real.status, ==, 1);
  g_assert_nonnull (strstr (real.out, "2 exact, 0 moved, 1 changed, 1 orphaned"));
  g_assert_nonnull (strstr (real.out, "Gigabit broadband"));
  g_free (after);
  after = read_file (project);
  g_assert_cmpstr (after, !=, before);
  g_assert_nonnull (strstr (after, "\"orphaned\": true"));
  g_assert_nonnull (strstr (after, "\"previous_quote\": \"3.6 million doses of influenza vaccine\""));
  g_assert_nonnull (strstr (after, "3.7 million doses"));

  /* the same text again: the orphan stays one, so the status stays 1 */
  cli_test_run (&again, "revise", "--json", "revise.gloss", "revised.txt", NULL);
  g_assert_cmpint (again.status, ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_free (ids[i]);
}

static void
test_revise_all_placed (void)
{
  g_autofree char *project = cli_test_tmp_path ("placed.gloss");
  g_autofree char *revised_path = cli_test_tmp_path ("placed.txt");
  g_autofree char *text = sample_text ();
  g_autofree char *revised = g_strconcat ("Corrected on April 19.\n\n", text, NULL);
  g_auto(CliResult) result = { 0, };
  char *ids[G_N_ELEMENTS (quotes)] = { NULL, };

  write_project (project, ids);
  g_assert_true (g_file_set_contents (revised_path, revised, -1, NULL));
  cli_test_run (&result, "revise", "placed.gloss", "placed.txt", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "4 exact, 0 moved, 0 changed, 0 orphaned"));

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_free (ids[i]);
}

/* the project's own text edited by hand: validate says how to recover,
 * revise --reanchor does, and the file is valid afterwards */
static void
test_revise_reanchor (void)
{
  g_autofree char *project = cli_test_tmp_path ("hand.gloss");
  g_autofree char *text = sample_text ();
  g_autofree char *step = NULL;
  g_autofree char *edited_text = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *edited = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GlossTranscript) normalized = NULL;
  g_auto(CliResult) before = { 0, };
  g_auto(CliResult) fixed = { 0, };
  g_auto(CliResult) after = { 0, };
  g_auto(CliResult) usage = { 0, };
  char *ids[G_N_ELEMENTS (quotes)] = { NULL, };
  JsonObject *transcript;

  write_project (project, ids);
  step = test_util_replace_once (text, " Gigabit broadband now reaches 2.3 million homes.", "");
  edited_text = g_strconcat ("Corrected by hand.\n\n", step, NULL);
  normalized = gloss_import_data (edited_text, strlen (edited_text), "hand.txt", NULL, NULL, NULL);
  contents = read_file (project);
  g_assert_true (json_parser_load_from_data (parser, contents, -1, NULL));
  transcript = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "transcript");
  json_object_set_string_member (transcript, "text", gloss_transcript_get_text (normalized));
  json_generator_set_root (generator, json_parser_get_root (parser));
  edited = json_generator_to_data (generator, NULL);
  g_assert_true (g_file_set_contents (project, edited, -1, NULL));

  cli_test_run (&before, "validate", "hand.gloss", NULL);
  g_assert_cmpint (before.status, ==, 1);
  g_assert_nonnull (strstr (before.err, "gloss-cli revise --reanchor hand.gloss"));

  cli_test_run (&fixed, "revise", "--reanchor", "hand.gloss", NULL);
  g_test_message ("%s%s", fixed.out, fixed.err);
  g_assert_cmpint (fixed.status, ==, 1);
  g_assert_nonnull (strstr (fixed.out, "3 exact, 0 moved, 0 changed, 1 orphaned"));

  cli_test_run (&after, "validate", "hand.gloss", NULL);
  g_assert_cmpint (after.status, ==, 0);

  cli_test_run (&usage, "revise", "--reanchor", "hand.gloss", "revised.txt", NULL);
  g_assert_cmpint (usage.status, ==, 2);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_free (ids[i]);
}

static void
test_revise_usage (void)
{
  g_auto(CliResult) none = { 0, };
  g_auto(CliResult) one = { 0, };
  g_auto(CliResult) three = { 0, };
  g_auto(CliResult) option = { 0, };
  g_auto(CliResult) missing = { 0, };

  cli_test_run (&none, "revise", NULL);
  g_assert_cmpint (none.status, ==, 2);
  g_assert_nonnull (strstr (none.err, "no project"));
  cli_test_run (&one, "revise", "a.gloss", NULL);
  g_assert_cmpint (one.status, ==, 2);
  g_assert_nonnull (strstr (one.err, "no revised text"));
  cli_test_run (&three, "revise", "a.gloss", "b.txt", "c.txt", NULL);
  g_assert_cmpint (three.status, ==, 2);
  cli_test_run (&option, "revise", "--frobnicate", "a.gloss", "b.txt", NULL);
  g_assert_cmpint (option.status, ==, 2);
  /* a file that is not there is not a usage error */
  cli_test_run (&missing, "revise", "missing.gloss", "b.txt", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "missing.gloss"));
}

int
main (int    argc,
      char **argv)
{
  cli_test_init (&argc, &argv, "cli-revise");

  g_test_add_func ("/cli/revise/json", test_revise_json);
  g_test_add_func ("/cli/revise/all-placed", test_revise_all_placed);
  g_test_add_func ("/cli/revise/usage", test_revise_usage);
  g_test_add_func ("/cli/revise/reanchor", test_revise_reanchor);

  return cli_test_finish ();
}
