/* gloss-cli merge, run as a user (and git) runs it: exit status, messages,
 * the files written, and a real `git merge` with Gloss as the driver. */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cli-test-util.h"
#include "gloss-project.h"
#include "gloss-project-file.h"


/* runs @argv in @dir with a clean git environment */
static void
spawn (CliResult             *result,
       const char         *dir,
       const char * const *argv)
{
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  env = g_environ_setenv (env, "HOME", cli_test_tmp_dir (), TRUE);
  env = g_environ_setenv (env, "GIT_CONFIG_NOSYSTEM", "1", TRUE);
  env = g_environ_setenv (env, "GIT_AUTHOR_NAME", "Test", TRUE);
  env = g_environ_setenv (env, "GIT_AUTHOR_EMAIL", "test@example.org", TRUE);
  env = g_environ_setenv (env, "GIT_COMMITTER_NAME", "Test", TRUE);
  env = g_environ_setenv (env, "GIT_COMMITTER_EMAIL", "test@example.org", TRUE);
  g_spawn_sync (dir, (char **) argv, env, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &result->out, &result->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  result->status = WEXITSTATUS (wait_status);
}

static void
save (GlossProject *project,
      const char   *file_path)
{
  g_autoptr(GFile) file = g_file_new_for_path (file_path);
  g_autoptr(GError) error = NULL;

  g_assert_true (gloss_project_file_save (project, file, &error));
  g_assert_no_error (error);
}

static GlossProject *
load (const char *file_path)
{
  g_autoptr(GFile) file = g_file_new_for_path (file_path);
  g_autoptr(GError) error = NULL;
  GlossProject *project = gloss_project_file_load (file, &error);

  g_assert_no_error (error);
  return project;
}

static void
set_note (GlossProject *project,
          const char   *id,
          const char   *note)
{
  gloss_project_set_claim_note (project, gloss_project_lookup_claim (project, id), note);
}

static void
test_merge_cli (void)
{
  g_autoptr(GlossProject) a = test_util_team_project (FALSE);
  g_autoptr(GlossProject) b = test_util_team_project (FALSE);
  g_autoptr(GlossProject) merged = NULL;
  g_autoptr(GlossTopic) money = gloss_topic_new ("money", "Money", "#2ec27e");
  g_autofree char *a_path = cli_test_tmp_path ("ann-a.gloss"), *b_path = cli_test_tmp_path ("ann-b.gloss");
  g_autofree char *out1 = cli_test_tmp_path ("merged1.gloss"), *out2 = cli_test_tmp_path ("merged2.gloss");
  g_autofree char *bytes1 = NULL, *bytes2 = NULL;
  g_auto(CliResult) r1 = { 0, }, r2 = { 0, };

  /* b: a different colour for "dam", a note on c2 (so two c2s) */
  gloss_project_set_topic_color (b, gloss_project_lookup_topic (b, "dam"), "#000000");
  gloss_project_insert_topic (b, money, 2);
  set_note (b, "c2", "expensive");
  save (a, a_path);
  save (b, b_path);

  cli_test_run (&r1, "merge", "ann-a.gloss", "ann-b.gloss", "-o", "merged1.gloss", NULL);
  g_assert_cmpint (r1.status, ==, 0);
  /* a sorts first (fewer topics), so b's colour is the one reported */
  g_assert_nonnull (strstr (r1.err, "gloss-cli merge: ann-b.gloss: topic “Dam” has the colour #000000, "
                                    "ann-a.gloss gives it #3584e4; #3584e4 is kept"));
  cli_test_run (&r2, "merge", "ann-b.gloss", "ann-a.gloss", "-o", "merged2.gloss", NULL);
  g_assert_cmpint (r2.status, ==, 0);

  g_assert_true (g_file_get_contents (out1, &bytes1, NULL, NULL));
  g_assert_true (g_file_get_contents (out2, &bytes2, NULL, NULL));
  g_assert_cmpstr (bytes1, ==, bytes2);

  merged = load (out1);
  g_assert_cmpuint (gloss_project_get_n_topics (merged), ==, 3);
  /* c1 once, c2 twice (one with the note) */
  g_assert_cmpuint (gloss_project_get_n_claims (merged), ==, 3);
}

static void
test_merge_cli_errors (void)
{
  g_autoptr(GlossTranscript) other_text = gloss_transcript_new ("Header line\nAna: We built the wall.\n", -1);
  g_autoptr(GlossProject) other = gloss_project_new_blank (other_text);
  g_autoptr(GlossProject) a = test_util_team_project (FALSE);
  g_autofree char *a_path = cli_test_tmp_path ("err-a.gloss"), *other_path = cli_test_tmp_path ("err-other.gloss");
  g_autofree char *out = cli_test_tmp_path ("err-out.gloss");
  g_auto(CliResult) differs = { 0, }, one = { 0, }, no_output = { 0, }, base_args = { 0, };

  save (a, a_path);
  save (other, other_path);

  cli_test_run (&differs, "merge", "err-a.gloss", "err-other.gloss", "-o", "err-out.gloss", NULL);
  g_assert_cmpint (differs.status, ==, 1);
  g_assert_nonnull (strstr (differs.err, "err-other.gloss: its transcript differs from err-a.gloss’s "
                                         "at line 2, column 19 (character 30)"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  cli_test_run (&one, "merge", "err-a.gloss", "-o", "err-out.gloss", NULL);
  g_assert_cmpint (one.status, ==, 2);
  cli_test_run (&no_output, "merge", "err-a.gloss", "err-a.gloss", NULL);
  g_assert_cmpint (no_output.status, ==, 2);
  g_assert_nonnull (strstr (no_output.err, "-o OUT.gloss"));
  cli_test_run (&base_args, "merge", "--base", "err-a.gloss", "err-a.gloss", NULL);
  g_assert_cmpint (base_args.status, ==, 2);
}

static void
test_merge_cli_three_way (void)
{
  g_autoptr(GlossProject) base = test_util_team_project (FALSE);
  g_autoptr(GlossProject) ours = test_util_team_project (FALSE);
  g_autoptr(GlossProject) theirs = test_util_team_project (FALSE);
  g_autoptr(GlossProject) merged = NULL;
  g_autofree char *base_path = cli_test_tmp_path ("3-base.gloss"), *ours_path = cli_test_tmp_path ("3-ours.gloss");
  g_autofree char *theirs_path = cli_test_tmp_path ("3-theirs.gloss");
  g_auto(CliResult) clean = { 0, }, conflict = { 0, };

  set_note (ours, "c1", "ours");
  set_note (theirs, "c2", "theirs");
  save (base, base_path);
  save (ours, ours_path);
  save (theirs, theirs_path);

  cli_test_run (&clean, "merge", "--base", "3-base.gloss", "3-ours.gloss", "3-theirs.gloss", NULL);
  g_assert_cmpint (clean.status, ==, 0);
  merged = load (ours_path);
  g_assert_cmpstr (gloss_claim_get_note (gloss_project_lookup_claim (merged, "c1")), ==, "ours");
  g_assert_cmpstr (gloss_claim_get_note (gloss_project_lookup_claim (merged, "c2")), ==, "theirs");
  g_clear_object (&merged);

  /* now both edit c1 */
  save (ours, ours_path);
  set_note (theirs, "c1", "not ours");
  save (theirs, theirs_path);
  cli_test_run (&conflict, "merge", "--base", "3-base.gloss", "3-ours.gloss", "3-theirs.gloss", NULL);
  g_assert_cmpint (conflict.status, ==, 1);
  g_assert_nonnull (strstr (conflict.err, "1 claim was edited differently on both sides"));
  merged = load (ours_path);
  g_assert_nonnull (gloss_claim_get_conflict (gloss_project_lookup_claim (merged, "c1")));
  g_assert_cmpstr (gloss_claim_get_note (gloss_claim_get_conflict (gloss_project_lookup_claim (merged, "c1"))),
                   ==, "not ours");
}

/* git passes an empty %O for a file both branches added */
static void
test_merge_cli_no_base (void)
{
  g_autoptr(GlossProject) ours = test_util_team_project (FALSE);
  g_autoptr(GlossProject) theirs = test_util_team_project (FALSE);
  g_autoptr(GlossProject) merged = NULL;
  g_autofree char *base_path = cli_test_tmp_path ("nb-base.gloss"), *ours_path = cli_test_tmp_path ("nb-ours.gloss");
  g_autofree char *theirs_path = cli_test_tmp_path ("nb-theirs.gloss");
  g_auto(CliResult) result = { 0, };

  set_note (theirs, "c2", "theirs");
  g_assert_true (g_file_set_contents (base_path, "", 0, NULL));
  save (ours, ours_path);
  save (theirs, theirs_path);

  /* c1 the same on both sides: once; c2 added twice, differently: a conflict */
  cli_test_run (&result, "merge", "--base", "nb-base.gloss", "nb-ours.gloss", "nb-theirs.gloss", NULL);
  g_assert_cmpint (result.status, ==, 1);
  merged = load (ours_path);
  g_assert_cmpuint (gloss_project_get_n_claims (merged), ==, 2);
  g_assert_null (gloss_claim_get_conflict (gloss_project_lookup_claim (merged, "c1")));
  g_assert_cmpstr (gloss_claim_get_note (gloss_claim_get_conflict (gloss_project_lookup_claim (merged, "c2"))),
                   ==, "theirs");
}

static void
git (const char *repo,
     int         expected_status,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(CliResult) result = { 0, };
  va_list args;

  g_ptr_array_add (argv, "git");
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  spawn (&result, repo, (const char * const *) argv->pdata);
  if (result.status != expected_status)
    g_test_message ("git %s: %s%s", first, result.out, result.err);
  g_assert_cmpint (result.status, ==, expected_status);
}

/* a repository with the driver enabled the way the README says, a base
 * commit, and a branch "theirs" where @theirs_note is put on @theirs_id */
static char *
git_repo (const char *name,
          const char *theirs_id,
          const char *theirs_note,
          const char *ours_id,
          const char *ours_note)
{
  char *repo = cli_test_tmp_path (name);
  g_autofree char *file = g_build_filename (repo, "briefing.gloss", NULL);
  g_autofree char *attributes = g_build_filename (repo, ".gitattributes", NULL);
  g_autofree char *driver = g_strdup_printf ("%s merge --base %%O %%A %%B", cli_test_cli_path ());
  g_autoptr(GlossProject) project = test_util_team_project (FALSE);

  g_assert_cmpint (g_mkdir_with_parents (repo, 0700), ==, 0);
  git (repo, 0, "init", "-q", "-b", "main", NULL);
  g_assert_true (g_file_set_contents (attributes, "*.gloss merge=gloss\n", -1, NULL));
  git (repo, 0, "config", "merge.gloss.driver", driver, NULL);
  save (project, file);
  git (repo, 0, "add", ".", NULL);
  git (repo, 0, "commit", "-q", "-m", "base", NULL);

  git (repo, 0, "checkout", "-q", "-b", "theirs", NULL);
  set_note (project, theirs_id, theirs_note);
  save (project, file);
  git (repo, 0, "commit", "-q", "-a", "-m", "theirs", NULL);

  git (repo, 0, "checkout", "-q", "main", NULL);
  g_clear_object (&project);
  project = test_util_team_project (FALSE);
  set_note (project, ours_id, ours_note);
  save (project, file);
  git (repo, 0, "commit", "-q", "-a", "-m", "ours", NULL);

  return repo;
}

static void
test_git_merge_clean (void)
{
  g_autofree char *repo = NULL;
  g_autofree char *file = NULL;
  g_autoptr(GlossProject) merged = NULL;
  g_autofree char *git_path = g_find_program_in_path ("git");

  if (git_path == NULL)
    {
      g_test_skip ("git is not installed");
      return;
    }

  repo = git_repo ("repo-clean", "c2", "theirs", "c1", "ours");
  git (repo, 0, "merge", "-q", "--no-edit", "theirs", NULL);

  file = g_build_filename (repo, "briefing.gloss", NULL);
  merged = load (file);
  g_assert_cmpstr (gloss_claim_get_note (gloss_project_lookup_claim (merged, "c1")), ==, "ours");
  g_assert_cmpstr (gloss_claim_get_note (gloss_project_lookup_claim (merged, "c2")), ==, "theirs");
  g_assert_null (gloss_claim_get_conflict (gloss_project_lookup_claim (merged, "c1")));
}

static void
test_git_merge_conflict (void)
{
  g_autofree char *repo = NULL;
  g_autofree char *file = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GlossProject) merged = NULL;
  g_autofree char *git_path = g_find_program_in_path ("git");
  g_auto(CliResult) status = { 0, };
  const char *argv[] = { git_path, "status", "--porcelain", NULL };
  GlossClaim *claim;

  if (git_path == NULL)
    {
      g_test_skip ("git is not installed");
      return;
    }

  repo = git_repo ("repo-conflict", "c1", "theirs", "c1", "ours");
  /* git reports the conflict: the driver exited with 1 */
  git (repo, 1, "merge", "-q", "--no-edit", "theirs", NULL);
  spawn (&status, repo, argv);
  g_assert_nonnull (strstr (status.out, "UU briefing.gloss"));

  /* no conflict markers: a valid project that keeps both versions */
  file = g_build_filename (repo, "briefing.gloss", NULL);
  g_assert_true (g_file_get_contents (file, &contents, NULL, NULL));
  g_assert_null (strstr (contents, "<<<<<<<"));
  merged = load (file);
  claim = gloss_project_lookup_claim (merged, "c1");
  g_assert_cmpstr (gloss_claim_get_note (claim), ==, "ours");
  g_assert_cmpstr (gloss_claim_get_note (gloss_claim_get_conflict (claim)), ==, "theirs");
}

static GlossProject *
krippendorff_annotator (const guint *spans,
                        guint        n_spans)
{
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new ("abcdefghij", -1);
  GlossProject *project = gloss_project_new_blank (transcript);
  g_autoptr(GlossTopic) x = gloss_topic_new ("x", "X", NULL);
  g_autoptr(GlossTopic) unused = gloss_topic_new ("unused", "Unused", NULL);
  const char *topics[] = { "x", NULL };

  gloss_project_insert_topic (project, x, 0);
  gloss_project_insert_topic (project, unused, 1);
  for (guint i = 0; i < n_spans; i++)
    {
      g_autoptr(GlossClaim) claim = gloss_claim_new (transcript, spans[2 * i], spans[2 * i + 1],
                                                     topics, "", "");

      gloss_project_add_claim (project, claim);
    }
  return project;
}

/* the figures of Krippendorff's binary example (worked out in
 * tests/test-agreement.c): observed .6, κ .091, α .095 */
static void
test_agreement_cli (void)
{
  const guint a_spans[] = { 1, 2, 8, 9 }, b_spans[] = { 0, 3, 5, 6 };
  g_autoptr(GlossProject) a = krippendorff_annotator (a_spans, 2);
  g_autoptr(GlossProject) b = krippendorff_annotator (b_spans, 2);
  g_autofree char *a_path = cli_test_tmp_path ("k-a.gloss"), *b_path = cli_test_tmp_path ("k-b.gloss");
  g_auto(CliResult) text = { 0, }, json = { 0, }, topic = { 0, }, unknown = { 0, }, one = { 0, };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *x, *unused;

  save (a, a_path);
  save (b, b_path);

  cli_test_run (&text, "agreement", "k-a.gloss", "k-b.gloss", NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "2 annotators, on 10 code points of spoken turns"));
  g_assert_nonnull (strstr (text.out, "Cohen’s κ"));
  g_assert_nonnull (strstr (text.out, "0.600"));
  g_assert_nonnull (strstr (text.out, "0.091"));
  g_assert_nonnull (strstr (text.out, "0.095"));
  g_assert_nonnull (strstr (text.out, "—"));

  cli_test_run (&json, "agreement", "--json", "k-a.gloss", "k-b.gloss", NULL);
  g_assert_cmpint (json.status, ==, 0);
  json_parser_load_from_data (parser, json.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "annotators"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (root, "kappa"), ==, "cohen");
  x = json_array_get_object_element (json_object_get_array_member (root, "topics"), 0);
  g_assert_cmpstr (json_object_get_string_member (x, "id"), ==, "x");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (x, "observed"), 0.6, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (x, "kappa"), 0.04 / 0.44, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (x, "alpha"), 1 - 76.0 / 84.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (x, "f1"), 0, 1e-9);
  /* total agreement on "out": κ undefined is null */
  unused = json_array_get_object_element (json_object_get_array_member (root, "topics"), 1);
  g_assert_true (json_object_get_null_member (unused, "kappa"));
  g_assert_true (json_object_get_null_member (unused, "alpha"));
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (unused, "observed"), 1, 1e-9);
  g_assert_true (json_object_has_member (root, "overall"));

  cli_test_run (&topic, "agreement", "--topic", "x", "k-a.gloss", "k-b.gloss", NULL);
  g_assert_cmpint (topic.status, ==, 0);
  g_assert_null (strstr (topic.out, "Unused"));

  cli_test_run (&unknown, "agreement", "--topic", "nope", "k-a.gloss", "k-b.gloss", NULL);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_nonnull (strstr (unknown.err, "“nope”"));

  cli_test_run (&one, "agreement", "k-a.gloss", NULL);
  g_assert_cmpint (one.status, ==, 2);
}

int
main (int    argc,
      char **argv)
{
  cli_test_init (&argc, &argv, "cli-merge");

  g_test_add_func ("/cli/merge/n-way", test_merge_cli);
  g_test_add_func ("/cli/merge/errors", test_merge_cli_errors);
  g_test_add_func ("/cli/merge/three-way", test_merge_cli_three_way);
  g_test_add_func ("/cli/merge/no-base", test_merge_cli_no_base);
  g_test_add_func ("/cli/merge/git-clean", test_git_merge_clean);
  g_test_add_func ("/cli/merge/git-conflict", test_git_merge_conflict);
  g_test_add_func ("/cli/agreement", test_agreement_cli);

  return cli_test_finish ();
}
