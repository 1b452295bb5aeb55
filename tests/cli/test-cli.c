#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cli-test-util.h"
#include "gloss-export-format.h"
#include "gloss-import-format.h"
#include "gloss-project.h"
#include "gloss-project-file.h"

/* Runs the gloss-cli executable as a user would and checks what they see:
 * exit status, standard output, standard error and the files written. */


static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);

  return contents;
}

static JsonNode *
parse_json (const char *data,
            gssize      length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, data, length, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

static const char *
corpus_path (void)
{
  static char *path;
  const char *dir = g_getenv ("GLOSS_CORPUS_DIR");
  g_autoptr(GDir) d = NULL;
  const char *name;

  if (path != NULL)
    return path;
  if (dir == NULL || (d = g_dir_open (dir, 0, NULL)) == NULL)
    return NULL;
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      {
        path = g_build_filename (dir, name, NULL);
        break;
      }

  return path;
}

static char *
sample_path (void)
{
  const char *dir = g_getenv ("GLOSS_SAMPLE_DIR");

  return g_build_filename (dir != NULL ? dir : SOURCE_DATADIR, "sample-briefing.txt", NULL);
}

static void
assert_usage_error (CliResult     *result,
                    const char *mention)
{
  if (result->status != 2)
    g_test_message ("stderr: %s", result->err);
  g_assert_cmpint (result->status, ==, 2);
  g_assert_cmpstr (result->out, ==, "");
  g_assert_nonnull (strstr (result->err, "--help"));
  if (mention != NULL)
    g_assert_nonnull (strstr (result->err, mention));
}

static void
assert_success (CliResult *result)
{
  if (result->status != 0)
    g_test_message ("stderr: %s", result->err);
  g_assert_cmpint (result->status, ==, 0);
}

/* ---- help and usage ---- */

static void
test_help_global (void)
{
  const char *names[] = { "import", "validate", "stats", "fmt", "export", "help" };
  g_auto(CliResult) help = { 0 };
  g_auto(CliResult) help_command = { 0 };
  g_auto(CliResult) version = { 0 };

  cli_test_run (&help, "--help", NULL);
  assert_success (&help);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_assert_nonnull (strstr (help.out, names[i]));
  g_assert_nonnull (strstr (help.out, "--version"));
  g_assert_cmpstr (help.err, ==, "");

  cli_test_run (&help_command, "help", NULL);
  assert_success (&help_command);
  g_assert_cmpstr (help_command.out, ==, help.out);

  cli_test_run (&version, "--version", NULL);
  assert_success (&version);
  g_assert_nonnull (strstr (version.out, PACKAGE_VERSION));
}

static void
test_help_commands (void)
{
  const struct { const char *command; const char *options[8]; } cases[] = {
    { "import", { "--output", "--title", "--language", "--force", "--format", "--encoding", "TRANSCRIPT", NULL } },
    { "validate", { "--verbose", "PROJECT", NULL } },
    { "stats", { "--json", "PROJECT", NULL } },
    { "fmt", { "--check", "PROJECT", NULL } },
    { "export", { "--format", "--output", "--topic", "--speaker", "--no-bom", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(CliResult) help = { 0 };
      g_auto(CliResult) help_command = { 0 };
      g_auto(CliResult) short_help = { 0 };
      g_autofree char *usage = g_strdup_printf ("gloss-cli %s", cases[i].command);

      cli_test_run (&help, cases[i].command, "--help", NULL);
      assert_success (&help);
      g_assert_cmpstr (help.err, ==, "");
      g_assert_nonnull (strstr (help.out, usage));
      g_assert_nonnull (strstr (help.out, "--help"));
      for (guint j = 0; cases[i].options[j] != NULL; j++)
        {
          if (strstr (help.out, cases[i].options[j]) == NULL)
            g_test_message ("%s --help lacks %s:\n%s", cases[i].command,
                            cases[i].options[j], help.out);
          g_assert_nonnull (strstr (help.out, cases[i].options[j]));
        }

      cli_test_run (&help_command, "help", cases[i].command, NULL);
      assert_success (&help_command);
      g_assert_cmpstr (help_command.out, ==, help.out);

      cli_test_run (&short_help, cases[i].command, "-h", NULL);
      assert_success (&short_help);
      g_assert_cmpstr (short_help.out, ==, help.out);
    }
}

static void
test_usage_errors (void)
{
  const struct { const char *args[8]; const char *mention; } cases[] = {
    { { NULL }, "command" },
    { { "frobnicate", NULL }, "frobnicate" },
    { { "stat", "x.gloss", NULL }, "stats" },
    { { "--bogus", NULL }, "--bogus" },
    { { "help", "frobnicate", NULL }, "frobnicate" },
    { { "import", NULL }, "transcript" },
    { { "import", "a.txt", NULL }, "-o" },
    { { "import", "a.txt", "b.txt", "-o", "x.gloss", NULL }, "b.txt" },
    { { "import", "a.txt", "-o", "x.gloss", "--language", "not a tag", NULL }, "not a tag" },
    { { "import", "a.txt", "-o", NULL }, "-o" },
    { { "import", "a.txt", "-o", "x.gloss", "--format", "pdf", NULL }, "pdf" },
    { { "import", "a.txt", "-o", "x.gloss", "--encoding", "", NULL }, "encoding" },
    { { "validate", NULL }, NULL },
    { { "validate", "--bogus", "x.gloss", NULL }, "--bogus" },
    { { "stats", NULL }, NULL },
    { { "stats", "x.gloss", "y.gloss", NULL }, "y.gloss" },
    { { "stats", "--nope", "x.gloss", NULL }, "--nope" },
    { { "fmt", NULL }, NULL },
    { { "export", NULL }, NULL },
    { { "export", "x.gloss", NULL }, "--format" },
    { { "export", "x.gloss", "--format", "docx", NULL }, "docx" },
    { { "suggest", NULL }, NULL },
    { { "suggest", "x.gloss", "y.gloss", NULL }, "y.gloss" },
    { { "export", "x.gloss", "-o", "out.xyz", NULL }, "--format" },
    { { "export", "x.gloss", "--format", "csv", "-o", "x.gloss", NULL }, "x.gloss" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(CliResult) result = { 0 };
      g_autofree char *joined = g_strjoinv (" ", (char **) cases[i].args);

      g_test_message ("gloss-cli %s", joined);
      cli_test_run_argv (&result, cases[i].args);
      assert_usage_error (&result, cases[i].mention);
    }
}

/* ---- import, validate, stats on real transcripts ---- */

static JsonObject *
find_by_member (JsonArray  *array,
                const char *member,
                const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      JsonNode *node = json_object_get_member (object, member);

      if (value == NULL && JSON_NODE_HOLDS_NULL (node))
        return object;
      if (value != NULL && JSON_NODE_HOLDS_VALUE (node) &&
          g_strcmp0 (json_node_get_string (node), value) == 0)
        return object;
    }

  return NULL;
}

static JsonNode *
stats_json (const char *project)
{
  g_auto(CliResult) result = { 0 };
  JsonNode *root;
  JsonObject *object;
  JsonObject *by_kind;
  JsonObject *totals;
  gint64 sum = 0;

  cli_test_run (&result, "stats", "--json", project, NULL);
  assert_success (&result);
  root = parse_json (result.out, -1);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  object = json_node_get_object (root);

  /* the documented keys are all there, and consistent */
  by_kind = json_object_get_object_member (object, "turns_by_kind");
  totals = json_object_get_object_member (object, "totals");
  g_assert_nonnull (by_kind);
  g_assert_nonnull (totals);
  g_assert_nonnull (json_object_get_array_member (object, "speakers"));
  g_assert_nonnull (json_object_get_array_member (object, "questions_by_outlet"));
  g_assert_nonnull (json_object_get_array_member (object, "claims_by_topic"));
  for (GlossTurnKind kind = 0; kind <= GLOSS_TURN_KIND_LAST; kind++)
    sum += json_object_get_int_member (by_kind, gloss_turn_kind_to_string (kind));
  g_assert_cmpint (sum, ==, json_object_get_int_member (totals, "turns"));
  g_assert_cmpint (json_object_get_int_member (by_kind, "question"), ==,
                   json_object_get_int_member (totals, "questions"));

  return root;
}

static void
test_import_sample (void)
{
  g_autofree char *sample = sample_path ();
  g_autofree char *output = cli_test_tmp_path ("sample.gloss");
  g_auto(CliResult) import = { 0 };
  g_auto(CliResult) validate = { 0 };
  g_auto(CliResult) verbose = { 0 };
  g_auto(CliResult) stats = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *totals;

  if (!g_file_test (sample, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the sample transcript is not there yet");
      return;
    }

  cli_test_run (&import, "import", sample, "-o", "sample.gloss", NULL);
  assert_success (&import);
  g_assert_cmpstr (import.out, ==, "");
  g_assert_true (g_file_test (output, G_FILE_TEST_IS_REGULAR));

  cli_test_run (&validate, "validate", "sample.gloss", NULL);
  assert_success (&validate);
  g_assert_cmpstr (validate.out, ==, "");
  g_assert_cmpstr (validate.err, ==, "");

  cli_test_run (&verbose, "validate", "--verbose", "sample.gloss", NULL);
  assert_success (&verbose);
  g_assert_true (g_str_has_prefix (verbose.out, "sample.gloss"));
  g_assert_cmpint (strchr (verbose.out, '\n') - verbose.out + 1, ==,
                   strlen (verbose.out));

  cli_test_run (&stats, "stats", "sample.gloss", NULL);
  assert_success (&stats);
  g_assert_nonnull (strstr (stats.out, "Turns by kind"));

  root = stats_json ("sample.gloss");
  totals = json_object_get_object_member (json_node_get_object (root), "totals");
  g_assert_cmpint (json_object_get_int_member (totals, "topics"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (totals, "claims"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (totals, "questions"), >, 0);
  g_assert_cmpint (json_object_get_int_member (totals, "speakers"), >=, 2);
  /* the sample has one question that names no outlet */
  g_assert_nonnull (find_by_member (json_object_get_array_member (json_node_get_object (root),
                                                                  "questions_by_outlet"),
                                    "outlet", NULL));
}

/* CSV records: the exporter ends each with CRLF, and quotes and notes of
 * suggested claims hold no line break */
static guint
count_lines (const char *csv)
{
  guint n = 0;

  for (const char *p = strstr (csv, "\r\n"); p != NULL; p = strstr (p + 2, "\r\n"))
    n++;

  return n;
}

/* suggest --json, then --apply: the claims it adds are what stats and
 * export --status count */
static void
test_suggest_apply (void)
{
  const char *corpus = corpus_path ();
  g_auto(CliResult) import = { 0 };
  g_auto(CliResult) suggest = { 0 };
  g_auto(CliResult) apply = { 0 };
  g_auto(CliResult) unchecked = { 0 };
  g_auto(CliResult) verified = { 0 };
  g_auto(CliResult) bogus = { 0 };
  g_autoptr(JsonNode) list = NULL;
  g_autoptr(JsonNode) stats = NULL;
  JsonArray *items;
  JsonObject *matrix, *totals, *by_status;
  guint n, in_matrix = 0, in_topics = 0;

  if (!g_file_test (corpus, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the corpus is not there");
      return;
    }

  cli_test_run (&import, "import", corpus, "-o", "suggest.gloss", NULL);
  assert_success (&import);
  cli_test_run (&suggest, "suggest", "suggest.gloss", "--json", "--topic", "vaccines", NULL);
  assert_success (&suggest);
  list = parse_json (suggest.out, -1);
  items = json_node_get_array (list);
  n = json_array_get_length (items);
  g_assert_cmpuint (n, >, 5);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      JsonArray *topics = json_object_get_array_member (item, "topics");

      g_assert_cmpint (json_object_get_int_member (item, "start"), <, json_object_get_int_member (item, "end"));
      g_assert_cmpuint (json_array_get_length (topics), ==, 1);
      g_assert_cmpstr (json_array_get_string_element (topics, 0), ==, "vaccines");
      g_assert_nonnull (json_object_get_string_member (item, "keyword"));
    }

  cli_test_run (&apply, "suggest", "suggest.gloss", "--apply", NULL);
  assert_success (&apply);
  stats = stats_json ("suggest.gloss");
  totals = json_object_get_object_member (json_node_get_object (stats), "totals");
  by_status = json_object_get_object_member (json_node_get_object (stats), "claims_by_status");
  g_assert_cmpint (json_object_get_int_member (totals, "claims"), >, n);
  g_assert_cmpint (json_object_get_int_member (by_status, "unchecked"), ==,
                   json_object_get_int_member (totals, "claims"));
  matrix = json_object_get_object_member (json_node_get_object (stats), "topic_speaker");
  g_assert_true (json_object_has_member (matrix, "vaccines"));
  /* each claim has one speaker: the matrix adds up to the claims per topic */
  {
    JsonArray *by_topic = json_object_get_array_member (json_node_get_object (stats), "claims_by_topic");

    for (guint i = 0; i < json_array_get_length (by_topic); i++)
      {
        JsonObject *topic = json_array_get_object_element (by_topic, i);
        JsonObject *row = json_object_get_object_member (matrix, json_object_get_string_member (topic, "id"));
        g_autoptr(GList) speakers = json_object_get_members (row);

        in_topics += json_object_get_int_member (topic, "claims");
        for (GList *l = speakers; l != NULL; l = l->next)
          in_matrix += json_object_get_int_member (row, l->data);
      }
    g_assert_cmpuint (in_matrix, ==, in_topics);
  }

  cli_test_run (&unchecked, "export", "suggest.gloss", "--format", "csv", "--status", "unchecked,false", NULL);
  assert_success (&unchecked);
  g_assert_cmpuint (count_lines (unchecked.out), ==, json_object_get_int_member (totals, "claims") + 1);
  cli_test_run (&verified, "export", "suggest.gloss", "--format", "csv", "--status", "verified", NULL);
  assert_success (&verified);
  g_assert_cmpuint (count_lines (verified.out), ==, 1);
  cli_test_run (&bogus, "export", "suggest.gloss", "--format", "csv", "--status", "checked", NULL);
  assert_usage_error (&bogus, "checked");
}

static const char * const corpus_officials[] = {
  "Shou Xiaoli", "Tian Yulong", "Huang Libin", "Zhao Zhiguo",
};
static const char * const corpus_outlets[] = {
  "China National Radio", "China Daily", "Hong Kong Commercial Daily", "Cover News",
  "Red Star News", "The Paper", "People's Posts and Telecommunications News",
  "The Poster News APP",
};

static void
test_import_corpus (void)
{
  const char *corpus = corpus_path ();
  g_autofree char *output = cli_test_tmp_path ("corpus.gloss");
  g_auto(CliResult) import = { 0 };
  g_auto(CliResult) validate = { 0 };
  g_auto(CliResult) stats = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;
  JsonArray *speakers;
  JsonArray *outlets;
  JsonObject *unlabelled;

  if (corpus == NULL)
    {
      g_test_skip ("GLOSS_CORPUS_DIR holds no transcript");
      return;
    }

  cli_test_run (&import, "import", corpus, "-o", output, "--title", "MIIT briefing",
       "--language", "en", NULL);
  assert_success (&import);

  cli_test_run (&validate, "validate", output, NULL);
  assert_success (&validate);
  g_assert_cmpstr (validate.out, ==, "");
  g_assert_cmpstr (validate.err, ==, "");

  cli_test_run (&stats, "stats", "corpus.gloss", NULL);
  assert_success (&stats);
  g_test_message ("%s", stats.out);
  for (guint i = 0; i < G_N_ELEMENTS (corpus_officials); i++)
    g_assert_nonnull (strstr (stats.out, corpus_officials[i]));
  for (guint i = 0; i < G_N_ELEMENTS (corpus_outlets); i++)
    g_assert_nonnull (strstr (stats.out, corpus_outlets[i]));
  g_assert_nonnull (strstr (stats.out, "(no outlet)"));
  g_assert_nonnull (strstr (stats.out, "Green manufacturing"));

  root = stats_json ("corpus.gloss");
  object = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (object, "title"), ==, "MIIT briefing");
  g_assert_cmpstr (json_object_get_string_member (object, "language"), ==, "en");
  g_assert_cmpstr (json_object_get_string_member (object, "file"), ==, "corpus.gloss");

  speakers = json_object_get_array_member (object, "speakers");
  for (guint i = 0; i < G_N_ELEMENTS (corpus_officials); i++)
    {
      JsonObject *speaker = find_by_member (speakers, "name", corpus_officials[i]);

      g_assert_nonnull (speaker);
      g_assert_cmpint (json_object_get_int_member (speaker, "turns"), >=, 1);
      g_assert_cmpint (json_object_get_int_member (speaker, "claims"), ==, 0);
    }

  outlets = json_object_get_array_member (object, "questions_by_outlet");
  for (guint i = 0; i < G_N_ELEMENTS (corpus_outlets); i++)
    {
      JsonObject *outlet = find_by_member (outlets, "outlet", corpus_outlets[i]);

      g_assert_nonnull (outlet);
      g_assert_cmpint (json_object_get_int_member (outlet, "questions"), ==, 1);
    }
  unlabelled = find_by_member (outlets, "outlet", NULL);
  g_assert_nonnull (unlabelled);
  g_assert_cmpint (json_object_get_int_member (unlabelled, "questions"), ==, 2);
  /* one speaker rule everywhere: the officials, each outlet for its
   * question, and one entry for the questions that name nobody */
  g_assert_cmpint (json_array_get_length (speakers), ==,
                   G_N_ELEMENTS (corpus_officials) + G_N_ELEMENTS (corpus_outlets) + 1);
  g_assert_nonnull (find_by_member (speakers, "name", "Unidentified questioner"));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (object, "totals"),
                                               "questions"), ==, 10);

  g_assert_cmpint (json_array_get_length (json_object_get_array_member (object,
                                                                         "claims_by_topic")),
                   ==, 3);
}

/* issue 17, item 5: a claim in every turn, and the speakers' claim counts
 * add up to the number of claims */
static void
test_stats_every_claim (void)
{
  const char *corpus = corpus_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (corpus);
  g_autoptr(GlossTranscript) transcript = gloss_import_file (file, NULL, NULL, &error);
  g_autoptr(GlossProject) project = NULL;
  g_autofree char *output = cli_test_tmp_path ("every-turn.gloss");
  g_autoptr(GFile) out = g_file_new_for_path (output);
  g_autoptr(JsonNode) root = NULL;
  JsonArray *speakers;
  gint64 sum = 0;
  guint n = 0;

  g_assert_no_error (error);
  project = gloss_project_new (transcript);
  for (guint i = 0; i < gloss_transcript_get_n_turns (transcript); i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (transcript, i);
      const char *topics[] = { "5g", NULL };
      g_autoptr(GlossClaim) claim = NULL;

      if (turn->end - turn->start < 2)
        continue;
      claim = gloss_claim_new (transcript, turn->start, turn->start + 1, topics, NULL, NULL);
      gloss_project_add_claim (project, claim);
      n++;
    }
  g_assert_true (gloss_project_file_save (project, out, &error));
  g_assert_no_error (error);

  root = stats_json ("every-turn.gloss");
  speakers = json_object_get_array_member (json_node_get_object (root), "speakers");
  for (guint i = 0; i < json_array_get_length (speakers); i++)
    sum += json_object_get_int_member (json_array_get_object_element (speakers, i), "claims");
  sum += json_object_get_int_member (json_node_get_object (root), "claims_without_speaker");
  g_assert_cmpint (sum, ==, n);
  g_assert_cmpint (json_object_get_int_member (find_by_member (speakers, "name", "Unidentified questioner"),
                                               "claims"), ==, 2);
}

static void
test_import_overwrite (void)
{
  const char *corpus = corpus_path ();
  g_autofree char *output = cli_test_tmp_path ("precious.gloss");
  g_autofree char *after = NULL;
  g_auto(CliResult) refused = { 0 };
  g_auto(CliResult) forced = { 0 };
  g_auto(CliResult) missing = { 0 };
  g_auto(CliResult) validate = { 0 };
  g_autoptr(GError) error = NULL;

  if (corpus == NULL)
    {
      g_test_skip ("GLOSS_CORPUS_DIR holds no transcript");
      return;
    }

  g_file_set_contents (output, "precious", -1, &error);
  g_assert_no_error (error);

  cli_test_run (&refused, "import", corpus, "-o", "precious.gloss", NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_true (g_str_has_prefix (refused.err, "precious.gloss"));
  g_assert_nonnull (strstr (refused.err, "--force"));
  after = read_file (output, NULL);
  g_assert_cmpstr (after, ==, "precious");

  cli_test_run (&forced, "import", corpus, "-o", "precious.gloss", "--force", NULL);
  assert_success (&forced);
  cli_test_run (&validate, "validate", "precious.gloss", NULL);
  assert_success (&validate);

  cli_test_run (&missing, "import", "no-such-transcript.txt", "-o", "new.gloss", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_true (g_str_has_prefix (missing.err, "no-such-transcript.txt"));
  {
    g_autofree char *never_written = cli_test_tmp_path ("new.gloss");

    g_assert_false (g_file_test (never_written, G_FILE_TEST_EXISTS));
  }
}

/* Import errors name the file as the user typed it, folder included. */
static void
test_import_errors (void)
{
  g_autofree char *folder = cli_test_tmp_path ("in");
  g_autofree char *bad = g_build_filename (folder, "bad.txt", NULL);
  g_autofree char *empty = g_build_filename (folder, "empty.txt", NULL);
  g_autofree char *never_written = g_build_filename (folder, "out.gloss", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(CliResult) invalid = { 0 };
  g_auto(CliResult) blank = { 0 };
  g_auto(CliResult) is_folder = { 0 };

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_file_set_contents (bad, "Anna Berg:\n\nCaf\xe9 talk.\n", -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (empty, "", 0, &error);
  g_assert_no_error (error);

  cli_test_run (&invalid, "import", "in/bad.txt", "-o", "in/out.gloss", NULL);
  g_assert_cmpint (invalid.status, ==, 1);
  g_assert_true (g_str_has_prefix (invalid.err, "in/bad.txt: "));
  g_assert_nonnull (strstr (invalid.err, "15"));

  cli_test_run (&blank, "import", "in/empty.txt", "-o", "in/out.gloss", NULL);
  g_assert_cmpint (blank.status, ==, 1);
  g_assert_true (g_str_has_prefix (blank.err, "in/empty.txt: "));

  cli_test_run (&is_folder, "import", "in", "-o", "in/out.gloss", NULL);
  g_assert_cmpint (is_folder.status, ==, 1);
  g_assert_true (g_str_has_prefix (is_folder.err, "in: "));

  g_assert_false (g_file_test (never_written, G_FILE_TEST_EXISTS));
  g_remove (bad);
  g_remove (empty);
  g_rmdir (folder);
}

static char *
fixture_path (const char *name)
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");

  return g_build_filename (srcdir != NULL ? srcdir : SOURCE_DATADIR "/../tests", "data",
                           "transcripts", name, NULL);
}

/* Every structured format imports by its content and name, and the
 * project holds its speakers (and, for subtitles, the media times). */
static void
test_import_formats (void)
{
  static const struct { const char *name; const char *speaker; gboolean timed; } cases[] = {
    { "briefing.md", "Mira Castellanos-Oyelaran", FALSE },
    { "briefing.html", "Mira Castellanos-Oyelaran", FALSE },
    { "briefing.docx", "Mira Castellanos-Oyelaran", FALSE },
    { "briefing.odt", "Mira Castellanos-Oyelaran", FALSE },
    { "meeting.srt", "DANA WHITFIELD", TRUE },
    { "meeting.vtt", "Dana Whitfield", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *source = fixture_path (cases[i].name);
      g_autofree char *copy = cli_test_tmp_path (cases[i].name);
      g_autofree char *output_name = g_strconcat (cases[i].name, ".gloss", NULL);
      g_autofree char *output = cli_test_tmp_path (output_name);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GlossProject) project = NULL;
      g_auto(CliResult) import = { 0 };
      g_auto(CliResult) validate = { 0 };
      GlossTranscript *transcript;
      const GlossTurn *turn;
      gsize length;

      contents = read_file (source, &length);
      g_file_set_contents (copy, contents, length, &error);
      g_assert_no_error (error);

      cli_test_run (&import, "import", cases[i].name, "-o", output_name, NULL);
      assert_success (&import);
      cli_test_run (&validate, "validate", output_name, NULL);
      assert_success (&validate);

      g_free (contents);
      contents = read_file (output, &length);
      project = gloss_project_file_load_data (contents, length, output_name, &error);
      g_assert_no_error (error);
      transcript = gloss_project_get_transcript (project);
      g_assert_cmpstr (gloss_transcript_get_source (transcript), ==, cases[i].name);
      turn = gloss_transcript_get_turn (transcript, cases[i].timed ? 0 : 1);
      g_assert_cmpstr (turn->speaker, ==, cases[i].speaker);
      g_assert_cmpint (turn->end_time >= 0, ==, cases[i].timed);
      g_remove (copy);
      g_remove (output);
    }
}

/* gloss-cli export --format qdpx, then import of the .qdpx: the same claims */
static void
test_qdpx_round_trip (void)
{
  g_autofree char *source = fixture_path ("qualcoder.qdpx");
  g_autofree char *copy = cli_test_tmp_path ("qualcoder.qdpx");
  g_autofree char *contents = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossProject) a = NULL;
  g_autoptr(GlossProject) b = NULL;
  g_auto(CliResult) import = { 0 };
  g_auto(CliResult) export = { 0 };
  g_auto(CliResult) again = { 0 };
  gsize length, la, lb;

  contents = read_file (source, &length);
  g_file_set_contents (copy, contents, length, &error);
  g_assert_no_error (error);

  cli_test_run (&import, "import", "qualcoder.qdpx", "-o", "qc.gloss", "--force", NULL);
  assert_success (&import);
  cli_test_run (&export, "export", "--format", "qdpx", "qc.gloss", "-o", "qc-out.qdpx", NULL);
  assert_success (&export);
  cli_test_run (&again, "import", "qc-out.qdpx", "-o", "qc-back.gloss", "--force", NULL);
  assert_success (&again);

  {
    g_autofree char *qc = cli_test_tmp_path ("qc.gloss");
    g_autofree char *qc_back = cli_test_tmp_path ("qc-back.gloss");

    first = read_file (qc, &la);
    second = read_file (qc_back, &lb);
  }
  a = gloss_project_file_load_data (first, la, "qc.gloss", &error);
  g_assert_no_error (error);
  b = gloss_project_file_load_data (second, lb, "qc-back.gloss", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gloss_project_get_n_claims (a), ==, 3);
  g_assert_cmpuint (gloss_project_get_n_claims (b), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      GlossClaim *ca = gloss_project_get_claim (a, i);
      GlossClaim *cb = gloss_project_get_claim (b, i);

      g_assert_cmpstr (gloss_claim_get_id (ca), ==, gloss_claim_get_id (cb));
      g_assert_cmpstr (gloss_claim_get_quote (ca), ==, gloss_claim_get_quote (cb));
      g_assert_cmpstr (gloss_claim_get_note (ca), ==, gloss_claim_get_note (cb));
      g_assert_cmpuint (gloss_claim_get_start (ca), ==, gloss_claim_get_start (cb));
    }
  g_remove (copy);
}

/* gloss-cli topics export | import: a codebook carries the topics over */
static void
test_topics_codebook (void)
{
  g_autofree char *source = fixture_path ("qualcoder.qdpx");
  g_autofree char *copy = cli_test_tmp_path ("codes.qdpx");
  g_autofree char *contents = NULL;
  g_autofree char *target = NULL;
  g_autofree char *target_path = cli_test_tmp_path ("target.gloss");
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_auto(CliResult) import = { 0 };
  g_auto(CliResult) plain = { 0 };
  g_auto(CliResult) export = { 0 };
  g_auto(CliResult) add = { 0 };
  g_auto(CliResult) again = { 0 };
  g_auto(CliResult) bad = { 0 };
  gsize length;

  contents = read_file (source, &length);
  g_file_set_contents (copy, contents, length, &error);
  g_assert_no_error (error);
  cli_test_run (&import, "import", "codes.qdpx", "-o", "codes.gloss", "--force", NULL);
  assert_success (&import);
  cli_test_run (&export, "topics", "export", "codes.gloss", "-o", "codes.qdc", NULL);
  assert_success (&export);

  /* a project with the three default topics gains the three codes */
  {
    g_autofree char *plain_path = cli_test_tmp_path ("plain.txt");

    g_file_set_contents (plain_path, "Ann Lee: We open at nine.\n", -1, &error);
  }
  g_assert_no_error (error);
  cli_test_run (&plain, "import", "plain.txt", "-o", "target.gloss", "--force", NULL);
  assert_success (&plain);
  cli_test_run (&add, "topics", "import", "target.gloss", "codes.qdc", "--verbose", NULL);
  assert_success (&add);
  g_assert_nonnull (strstr (add.out, "3"));
  /* twice: nothing more */
  cli_test_run (&again, "topics", "import", "target.gloss", "codes.qdc", NULL);
  assert_success (&again);
  target = read_file (target_path, &length);
  project = gloss_project_file_load_data (target, length, "target.gloss", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gloss_project_get_n_topics (project), ==, 6);
  g_assert_cmpstr (gloss_topic_get_name (gloss_project_get_topic (project, 4)), ==, "Infrastructure / Pipes");

  cli_test_run (&bad, "topics", "import", "target.gloss", "plain.txt", NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_true (g_str_has_prefix (bad.err, "plain.txt: "));
  g_remove (copy);
}

/* a damaged archive: the error names the file and says what is wrong */
static void
test_import_damaged_docx (void)
{
  g_autofree char *source = fixture_path ("briefing.docx");
  g_autofree char *copy = cli_test_tmp_path ("cut.docx");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(CliResult) import = { 0 };
  gsize length;

  contents = read_file (source, &length);
  g_file_set_contents (copy, contents, length / 2, &error);
  g_assert_no_error (error);
  cli_test_run (&import, "import", "cut.docx", "-o", "cut.gloss", NULL);
  g_assert_cmpint (import.status, ==, 1);
  g_assert_true (g_str_has_prefix (import.err, "cut.docx: "));
  g_assert_nonnull (strstr (import.err, "damaged or cut short"));
  g_assert_false (g_file_test ("cut.gloss", G_FILE_TEST_EXISTS));
  g_remove (copy);
}

/* A Windows-1252 transcript: the error names the encoding and the option
 * that reads it, and the option does. */
static void
test_import_encoding (void)
{
  g_autofree char *latin = cli_test_tmp_path ("latin.txt");
  g_autofree char *output = cli_test_tmp_path ("latin.gloss");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_auto(CliResult) refused = { 0 };
  g_auto(CliResult) wrong = { 0 };
  g_auto(CliResult) imported = { 0 };
  g_auto(CliResult) as_text = { 0 };
  JsonObject *transcript;

  g_file_set_contents (latin, "R\xe9union du conseil\n\nAnna Berg:\n\nCaf\xe9 et cr\xe8me.\n", -1, &error);
  g_assert_no_error (error);

  cli_test_run (&refused, "import", "latin.txt", "-o", "latin.gloss", NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_true (g_str_has_prefix (refused.err, "latin.txt: "));
  g_assert_nonnull (strstr (refused.err, "Windows-1252"));
  g_assert_nonnull (strstr (refused.err, "--encoding WINDOWS-1252"));
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));

  cli_test_run (&wrong, "import", "latin.txt", "-o", "latin.gloss", "--encoding", "NO-SUCH-CODE", NULL);
  g_assert_cmpint (wrong.status, ==, 1);
  g_assert_nonnull (strstr (wrong.err, "NO-SUCH-CODE"));

  cli_test_run (&imported, "import", "latin.txt", "-o", "latin.gloss", "--encoding", "WINDOWS-1252", NULL);
  assert_success (&imported);
  contents = read_file (output, NULL);
  root = parse_json (contents, -1);
  transcript = json_object_get_object_member (json_node_get_object (root), "transcript");
  g_assert_cmpstr (json_object_get_string_member (transcript, "title"), ==, "Réunion du conseil");
  g_assert_nonnull (strstr (json_object_get_string_member (transcript, "text"), "Café et crème."));

  cli_test_run (&as_text, "import", "latin.txt", "-o", "latin.gloss", "--force",
       "--encoding", "ISO-8859-1", "--format", "text", NULL);
  assert_success (&as_text);

  g_remove (latin);
  g_remove (output);
}

/* ---- a project of our own, with claims ---- */

static const char fixture_text[] =
  "Briefing on masts, doses and factories\n"
  "\n"
  "Anna Berg:\n"
  "\n"
  "The network now has 961 new 5G masts, \"up 12%\" on last year.\n"
  "\n"
  "Daily Planet:\n"
  "\n"
  "Will vaccines reach rural clinics, and when?\n"
  "\n"
  "李伟:\n"
  "\n"
  "疫苗 will reach every clinic by May; 5G links help, too.\n"
  "\n"
  "Anna Berg:\n"
  "\n"
  "Green factories cut emissions by 8%.\n";

typedef struct
{
  const char *quote;
  const char *topics[3];
  const char *note;
  char *id;
} FixtureClaim;

static FixtureClaim fixture_claims[] = {
  { "961 new 5G masts", { "5g", NULL }, "He said \"soon\", twice", NULL },
  { "疫苗 will reach every clinic by May", { "vaccines", NULL }, "<b>check</b>", NULL },
  { "5G links help", { "5g", "green", NULL }, "", NULL },
  { "Green factories cut emissions by 8%", { "green", NULL }, "=SUM(A1)", NULL },
};

static guint
offset_of (const char *needle,
           guint       nth)
{
  const char *p = fixture_text;

  for (guint i = 0; i <= nth; i++)
    {
      p = strstr (i == 0 ? p : p + 1, needle);
      g_assert_nonnull (p);
    }

  return g_utf8_pointer_to_offset (fixture_text, p);
}

/* writes fixture.gloss into the temporary folder */
static void
make_fixture (void)
{
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new (fixture_text, -1);
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = cli_test_tmp_path ("fixture.gloss");
  guint length = g_utf8_strlen (fixture_text, -1);
  guint anna1 = offset_of ("Anna Berg:", 0);
  guint planet = offset_of ("Daily Planet:", 0);
  guint li = offset_of ("李伟:", 0);
  guint anna2 = offset_of ("Anna Berg:", 1);
  const struct { const char *id, *name, *color; } topics[] = {
    { "5g", "5G", "#e66100" },
    { "vaccines", "Vaccines", "#e01b24" },
    { "green", "Green manufacturing", "#2ec27e" },
  };

  gloss_transcript_set_title (transcript, "Briefing on masts, doses and factories");
  gloss_transcript_set_language (transcript, "en");
  gloss_transcript_set_source (transcript, "fixture.txt");
  gloss_transcript_add_participant (transcript, "Anna Berg", "spokesperson");
  gloss_transcript_add_participant (transcript, "李伟", "director");
  g_assert_cmpuint (gloss_transcript_add_turn (transcript, GLOSS_TURN_HEADER, 0, anna1,
                                               NULL, NULL, -1), ==, 0);
  g_assert_cmpuint (gloss_transcript_add_turn (transcript, GLOSS_TURN_REMARKS, anna1, planet,
                                               "Anna Berg", NULL, -1), ==, 1);
  g_assert_cmpuint (gloss_transcript_add_turn (transcript, GLOSS_TURN_QUESTION, planet, li,
                                               NULL, "Daily Planet", -1), ==, 2);
  g_assert_cmpuint (gloss_transcript_add_turn (transcript, GLOSS_TURN_ANSWER, li, anna2,
                                               "李伟", NULL, 2), ==, 3);
  g_assert_cmpuint (gloss_transcript_add_turn (transcript, GLOSS_TURN_ANSWER, anna2, length,
                                               "Anna Berg", NULL, 2), ==, 4);

  project = gloss_project_new_blank (transcript);
  for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
    {
      g_autoptr(GlossTopic) topic = gloss_topic_new (topics[i].id, topics[i].name,
                                                     topics[i].color);

      gloss_project_insert_topic (project, topic, i);
    }

  for (guint i = 0; i < G_N_ELEMENTS (fixture_claims); i++)
    {
      guint start = offset_of (fixture_claims[i].quote, 0);
      guint end = start + g_utf8_strlen (fixture_claims[i].quote, -1);
      g_autoptr(GlossClaim) claim = gloss_claim_new (transcript, start, end,
                                                     fixture_claims[i].topics,
                                                     fixture_claims[i].note, "tester");

      g_free (fixture_claims[i].id);
      fixture_claims[i].id = g_strdup (gloss_claim_get_id (claim));
      gloss_project_add_claim (project, claim);
    }

  file = g_file_new_for_path (path);
  gloss_project_file_save (project, file, &error);
  g_assert_no_error (error);
}

/* which fixture claims (as a bit set) an export mentions */
static guint
claims_in (const char *text)
{
  guint set = 0;

  for (guint i = 0; i < G_N_ELEMENTS (fixture_claims); i++)
    if (strstr (text, fixture_claims[i].id) != NULL)
      set |= 1u << i;

  return set;
}

/* the help lists every format of the registry, and --format takes each */
static void
test_export_help_formats (void)
{
  const GlossExportFormat * const *formats = gloss_export_formats ();
  g_auto(CliResult) help = { 0 };
  g_auto(CliResult) unknown = { 0 };

  cli_test_run (&help, "export", "--help", NULL);
  assert_success (&help);
  cli_test_run (&unknown, "export", "fixture.gloss", "--format", "nope", NULL);
  assert_usage_error (&unknown, "nope");

  for (guint i = 0; formats[i] != NULL; i++)
    {
      const char *id = gloss_export_format_get_id (formats[i]);
      g_autofree char *line = g_strdup_printf ("(.%s)", gloss_export_format_get_extension (formats[i]));

      g_assert_nonnull (strstr (help.out, id));
      g_assert_nonnull (strstr (help.out, gloss_export_format_get_label (formats[i])));
      g_assert_nonnull (strstr (help.out, line));
      g_assert_nonnull (strstr (unknown.err, id));
    }
}

static void
test_export_formats (void)
{
  const GlossExportFormat * const *formats = gloss_export_formats ();

  for (guint i = 0; formats[i] != NULL; i++)
    {
      g_auto(CliResult) to_stdout = { 0 };
      g_auto(CliResult) to_file = { 0 };
      const char *format = gloss_export_format_get_id (formats[i]);
      g_autofree char *name = g_strdup_printf ("export-%s.out", format);
      g_autofree char *path = cli_test_tmp_path (name);
      g_autofree char *contents = NULL;
      gsize length = 0;
      gsize out_length = 0;
      const char *out;

      cli_test_run (&to_stdout, "export", "fixture.gloss", "--format", format, NULL);
      assert_success (&to_stdout);
      g_assert_cmpstr (to_stdout.err, ==, "");
      out = g_bytes_get_data (to_stdout.out_bytes, &out_length);
      g_assert_cmpuint (out_length, >, 0);

      cli_test_run (&to_file, "export", "fixture.gloss", "--format", format, "-o", name, NULL);
      assert_success (&to_file);
      g_assert_cmpstr (to_file.out, ==, "");
      contents = read_file (path, &length);
      g_assert_cmpmem (contents, length, out, out_length);

      if (g_str_equal (format, "csv"))
        {
          g_auto(CliResult) no_bom = { 0 };

          g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
          cli_test_run (&no_bom, "export", "fixture.gloss", "--format", "csv", "--no-bom", NULL);
          assert_success (&no_bom);
          g_assert_false (g_str_has_prefix (no_bom.out, "\xEF\xBB\xBF"));
          g_assert_cmpuint (g_bytes_get_size (no_bom.out_bytes), ==, length - 3);
          g_assert_cmpuint (claims_in (contents), ==, 0xf);
        }
      else if (g_str_equal (format, "json") || g_str_equal (format, "w3c"))
        {
          g_autoptr(JsonNode) root = parse_json (contents, length);

          g_assert_true (JSON_NODE_HOLDS_OBJECT (root) || JSON_NODE_HOLDS_ARRAY (root));
          g_assert_cmpuint (claims_in (contents), ==, 0xf);
        }
      else if (g_str_equal (format, "html"))
        {
          g_assert_nonnull (strstr (contents, "<html"));
          /* the note's markup is escaped, never passed through */
          g_assert_null (strstr (contents, "<b>check</b>"));
        }
      else if (!gloss_export_format_is_text (gloss_export_format_lookup (format)))
        {
          /* an archive (QDPX, XLSX): read back by its own tests */
          g_assert_cmpuint (length, >, 4);
          g_assert_cmpmem (contents, 4, "PK\3\4", 4);
        }
      else
        {
          g_assert_nonnull (strstr (contents, "961 new 5G masts"));
        }
    }
}

static void
test_export_extension (void)
{
  g_autofree char *path = cli_test_tmp_path ("claims.json");
  g_autofree char *contents = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_auto(CliResult) result = { 0 };
  gsize length;

  cli_test_run (&result, "export", "fixture.gloss", "-o", "claims.json", NULL);
  assert_success (&result);
  contents = read_file (path, &length);
  root = parse_json (contents, length);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
}

static void
test_export_filters (void)
{
  const struct { const char *args[8]; guint expected; } cases[] = {
    { { NULL }, 0xf },
    { { "--topic", "5g", NULL }, 0x5 },
    { { "--topic", "5g", "--topic", "vaccines", NULL }, 0x7 },
    { { "--topic", "Green manufacturing", NULL }, 0xc },
    { { "--speaker", "李伟", NULL }, 0x6 },
    { { "--speaker", "anna berg", NULL }, 0x9 },
    { { "--topic", "5g", "--speaker", "李伟", NULL }, 0x4 },
    { { "--topic", "vaccines", "--speaker", "Anna Berg", NULL }, 0x0 },
    { { "--topic", "green", "--speaker", "Anna Berg", "--speaker", "李伟", NULL }, 0xc },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *fixed[] = { "export", "fixture.gloss", "--format", "json" };
      g_autoptr(GPtrArray) args = g_ptr_array_new ();
      g_auto(CliResult) result = { 0 };
      g_autofree char *joined = g_strjoinv (" ", (char **) cases[i].args);
      g_autoptr(JsonNode) root = NULL;

      for (guint j = 0; j < G_N_ELEMENTS (fixed); j++)
        g_ptr_array_add (args, (gpointer) fixed[j]);
      for (guint j = 0; cases[i].args[j] != NULL; j++)
        g_ptr_array_add (args, (gpointer) cases[i].args[j]);
      g_ptr_array_add (args, NULL);

      g_test_message ("export %s", joined);
      cli_test_run_argv (&result, (const char * const *) args->pdata);
      assert_success (&result);
      root = parse_json (result.out, -1);
      g_assert_cmphex (claims_in (result.out), ==, cases[i].expected);
    }
}

static void
test_export_unknown (void)
{
  g_auto(CliResult) topic = { 0 };
  g_auto(CliResult) speaker = { 0 };
  g_auto(CliResult) missing = { 0 };

  cli_test_run (&topic, "export", "fixture.gloss", "--format", "csv", "--topic", "5g",
       "--topic", "nuclear", NULL);
  assert_usage_error (&topic, "nuclear");
  g_assert_nonnull (strstr (topic.err, "5g, vaccines, green"));

  cli_test_run (&speaker, "export", "fixture.gloss", "--format", "csv", "--speaker", "Nobody", NULL);
  assert_usage_error (&speaker, "Nobody");
  g_assert_nonnull (strstr (speaker.err, "Anna Berg"));

  cli_test_run (&missing, "export", "missing.gloss", "--format", "csv", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_true (g_str_has_prefix (missing.err, "missing.gloss"));
}

static gboolean
is_count (const char *token)
{
  for (const char *p = token; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;

  return token[0] != '\0';
}

/* The counts of the human-readable table line up, CJK names (two cells
 * wide) included: rows with one count end in one column, rows with two
 * (speakers: turns and claims) in another. */
static void
test_stats_alignment (void)
{
  g_auto(CliResult) result = { 0 };
  g_auto(GStrv) lines = NULL;
  int column[3] = { -1, -1, -1 };
  gboolean in_speakers = FALSE;
  guint n_speaker_rows = 0;

  cli_test_run (&result, "stats", "fixture.gloss", NULL);
  assert_success (&result);
  g_test_message ("%s", result.out);
  g_assert_nonnull (strstr (result.out, "李伟"));
  g_assert_nonnull (strstr (result.out, "Daily Planet"));

  lines = g_strsplit (result.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      g_auto(GStrv) words = g_strsplit (line, " ", -1);
      g_autoptr(GPtrArray) tokens = g_ptr_array_new ();
      guint n_counts = 0;
      int width = 0;

      if (g_str_has_prefix (line, "Speakers"))
        in_speakers = TRUE;
      else if (line[0] != ' ')
        in_speakers = FALSE;
      if (line[0] != ' ')
        continue;

      for (guint j = 0; words[j] != NULL; j++)
        if (words[j][0] != '\0')
          g_ptr_array_add (tokens, words[j]);
      while (n_counts < 2 && n_counts < tokens->len &&
             is_count (g_ptr_array_index (tokens, tokens->len - 1 - n_counts)))
        n_counts++;
      g_assert_cmpuint (n_counts, >, 0);

      for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
        width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
      if (column[n_counts] < 0)
        column[n_counts] = width;
      g_assert_cmpint (width, ==, column[n_counts]);

      if (in_speakers)
        {
          const char *turns = g_ptr_array_index (tokens, tokens->len - 2);
          const char *claims = g_ptr_array_index (tokens, tokens->len - 1);

          g_assert_cmpuint (n_counts, ==, 2);
          n_speaker_rows++;
          if (g_str_has_prefix (line, "  李伟"))
            {
              g_assert_cmpstr (turns, ==, "1");
              g_assert_cmpstr (claims, ==, "2");
            }
          else if (g_str_has_prefix (line, "  Daily Planet"))
            {
              /* an outlet speaks its question */
              g_assert_cmpstr (turns, ==, "1");
              g_assert_cmpstr (claims, ==, "0");
            }
          else if (g_str_has_prefix (line, "  (no speaker"))
            {
              g_assert_cmpstr (turns, ==, "1");
              g_assert_cmpstr (claims, ==, "0");
            }
          else
            {
              g_assert_true (g_str_has_prefix (line, "  Anna Berg"));
              g_assert_cmpstr (turns, ==, "2");
              g_assert_cmpstr (claims, ==, "2");
            }
        }
    }
  g_assert_cmpuint (n_speaker_rows, ==, 4);
  g_assert_cmpint (column[1], >, 0);
  g_assert_cmpint (column[2], >, column[1]);
}

/* ---- fmt ---- */

static void
test_fmt (void)
{
  g_autofree char *fixture = cli_test_tmp_path ("fixture.gloss");
  g_autofree char *canonical = NULL;
  g_autofree char *mangled = NULL;
  g_autofree char *path = cli_test_tmp_path ("mangled.gloss");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *unchanged = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_auto(CliResult) check_dirty = { 0 };
  g_auto(CliResult) check_clean = { 0 };
  g_auto(CliResult) fmt1 = { 0 };
  g_auto(CliResult) fmt2 = { 0 };
  g_auto(CliResult) check_canonical = { 0 };
  g_auto(CliResult) validate = { 0 };
  gsize length;

  canonical = read_file (fixture, &length);

  cli_test_run (&check_canonical, "fmt", "--check", "fixture.gloss", NULL);
  assert_success (&check_canonical);
  g_assert_cmpstr (check_canonical.err, ==, "");

  /* the same project, minified: valid but not canonical */
  root = parse_json (canonical, length);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, FALSE);
  mangled = json_generator_to_data (generator, NULL);
  g_assert_cmpstr (mangled, !=, canonical);
  g_file_set_contents (path, mangled, -1, &error);
  g_assert_no_error (error);

  cli_test_run (&check_dirty, "fmt", "--check", "mangled.gloss", NULL);
  g_assert_cmpint (check_dirty.status, ==, 1);
  g_assert_true (g_str_has_prefix (check_dirty.err, "mangled.gloss"));
  unchanged = read_file (path, NULL);
  g_assert_cmpstr (unchanged, ==, mangled);

  cli_test_run (&fmt1, "fmt", "mangled.gloss", NULL);
  assert_success (&fmt1);
  first = read_file (path, NULL);
  g_assert_cmpstr (first, ==, canonical);

  cli_test_run (&fmt2, "fmt", "mangled.gloss", NULL);
  assert_success (&fmt2);
  second = read_file (path, NULL);
  g_assert_cmpstr (second, ==, first);

  cli_test_run (&check_clean, "fmt", "--check", "mangled.gloss", NULL);
  assert_success (&check_clean);

  cli_test_run (&validate, "validate", "mangled.gloss", NULL);
  assert_success (&validate);
}

/* ---- broken files ---- */

static void
test_validate_broken (void)
{
  g_autofree char *fixture = cli_test_tmp_path ("fixture.gloss");
  g_autofree char *canonical = NULL;
  gsize length;
  const struct { const char *name; const char *contents; } files[] = {
    { "not-json.gloss", "this is not JSON\n" },
    { "array.gloss", "[]\n" },
    { "future.gloss", "{ \"format\": \"gloss-project\", \"version\": 99 }\n" },
    { "empty.gloss", "" },
  };

  canonical = read_file (fixture, &length);

  for (guint i = 0; i < G_N_ELEMENTS (files) + 2; i++)
    {
      g_auto(CliResult) relative = { 0 };
      g_auto(CliResult) absolute = { 0 };
      g_auto(CliResult) fmt = { 0 };
      g_auto(CliResult) stats = { 0 };
      g_autoptr(GError) error = NULL;
      g_autofree char *path = NULL;
      const char *name;

      if (i < G_N_ELEMENTS (files))
        {
          name = files[i].name;
          path = cli_test_tmp_path (name);
          g_file_set_contents (path, files[i].contents, -1, &error);
        }
      else if (i == G_N_ELEMENTS (files))
        {
          /* cut in the middle: a save that did not finish */
          name = "truncated.gloss";
          path = cli_test_tmp_path (name);
          g_file_set_contents (path, canonical, length / 2, &error);
        }
      else
        {
          name = "no-such-project.gloss";
          path = cli_test_tmp_path (name);
        }
      g_assert_no_error (error);

      cli_test_run (&relative, "validate", name, NULL);
      g_test_message ("%s: %s", name, relative.err);
      g_assert_cmpint (relative.status, ==, 1);
      g_assert_cmpstr (relative.out, ==, "");
      g_assert_true (g_str_has_prefix (relative.err, name));
      g_assert_true (g_str_has_suffix (relative.err, "\n"));

      cli_test_run (&absolute, "validate", path, NULL);
      g_assert_cmpint (absolute.status, ==, 1);
      g_assert_true (g_str_has_prefix (absolute.err, path));

      cli_test_run (&stats, "stats", name, NULL);
      g_assert_cmpint (stats.status, ==, 1);
      g_assert_true (g_str_has_prefix (stats.err, name));

      cli_test_run (&fmt, "fmt", name, NULL);
      g_assert_cmpint (fmt.status, ==, 1);
      g_assert_true (g_str_has_prefix (fmt.err, name));
      if (i < G_N_ELEMENTS (files))
        {
          g_autofree char *after = read_file (path, NULL);

          g_assert_cmpstr (after, ==, files[i].contents);
        }
    }
}

static void
test_validate_several (void)
{
  g_autofree char *bad = cli_test_tmp_path ("bad.gloss");
  g_autoptr(GError) error = NULL;
  g_auto(CliResult) result = { 0 };
  g_auto(CliResult) good = { 0 };

  g_file_set_contents (bad, "{", -1, &error);
  g_assert_no_error (error);

  cli_test_run (&result, "validate", "fixture.gloss", "bad.gloss", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_true (g_str_has_prefix (result.err, "bad.gloss"));
  g_assert_null (strstr (result.err, "fixture.gloss"));

  cli_test_run (&good, "validate", "--verbose", "fixture.gloss", "fixture.gloss", NULL);
  assert_success (&good);
  g_assert_nonnull (strstr (good.out, "4 claims"));
}

/* "--" ends the options, so a file may begin with a dash */
static void
test_double_dash (void)
{
  g_autofree char *fixture = cli_test_tmp_path ("fixture.gloss");
  g_autofree char *contents = NULL;
  g_autofree char *dashed = cli_test_tmp_path ("-dashed.gloss");
  g_autoptr(GError) error = NULL;
  g_auto(CliResult) result = { 0 };
  g_auto(CliResult) without = { 0 };
  gsize length;

  contents = read_file (fixture, &length);
  g_file_set_contents (dashed, contents, length, &error);
  g_assert_no_error (error);

  cli_test_run (&result, "validate", "--verbose", "--", "-dashed.gloss", NULL);
  assert_success (&result);
  g_assert_true (g_str_has_prefix (result.out, "-dashed.gloss"));

  cli_test_run (&without, "validate", "-dashed.gloss", NULL);
  assert_usage_error (&without, NULL);
}

int
main (int    argc,
      char **argv)
{
  int status;

  cli_test_init (&argc, &argv, "cli");
  /* a project of our own with claims, read (never written) by the tests */
  make_fixture ();

  g_test_add_func ("/cli/help/global", test_help_global);
  g_test_add_func ("/cli/help/commands", test_help_commands);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/import/sample", test_import_sample);
  g_test_add_func ("/cli/import/corpus", test_import_corpus);
  g_test_add_func ("/cli/import/overwrite", test_import_overwrite);
  g_test_add_func ("/cli/stats/every-claim", test_stats_every_claim);
  g_test_add_func ("/cli/import/errors", test_import_errors);
  g_test_add_func ("/cli/import/encoding", test_import_encoding);
  g_test_add_func ("/cli/import/formats", test_import_formats);
  g_test_add_func ("/cli/import/damaged-docx", test_import_damaged_docx);
  g_test_add_func ("/cli/qdpx/round-trip", test_qdpx_round_trip);
  g_test_add_func ("/cli/topics/codebook", test_topics_codebook);
  g_test_add_func ("/cli/export/formats", test_export_formats);
  g_test_add_func ("/cli/export/help-formats", test_export_help_formats);
  g_test_add_func ("/cli/export/extension", test_export_extension);
  g_test_add_func ("/cli/export/filters", test_export_filters);
  g_test_add_func ("/cli/export/unknown", test_export_unknown);
  g_test_add_func ("/cli/stats/alignment", test_stats_alignment);
  g_test_add_func ("/cli/fmt", test_fmt);
  g_test_add_func ("/cli/suggest/apply", test_suggest_apply);
  g_test_add_func ("/cli/validate/broken", test_validate_broken);
  g_test_add_func ("/cli/validate/several", test_validate_several);
  g_test_add_func ("/cli/double-dash", test_double_dash);

  status = cli_test_finish ();
  for (guint i = 0; i < G_N_ELEMENTS (fixture_claims); i++)
    g_free (fixture_claims[i].id);

  return status;
}
