#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "test-util.h"
#include "gloss-project-file.h"
#include "project-compare.h"

#define BAD_NAME "bad.gloss"

static char *
sample_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "projects", "sample.gloss", NULL);
}

static char *
read_sample (gsize *length)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

/* the sample is a version 1 file, as Gloss 0.1 wrote it: saved again, only
 * its version line changes */
static char *
sample_as_v2 (const char *sample,
              gsize      *length)
{
  GString *s = g_string_new (sample);

  g_assert_cmpuint (g_string_replace (s, "\n  \"version\": 1,\n", "\n  \"version\": 2,\n", 0), ==, 1);
  *length = s->len;
  return g_string_free (s, FALSE);
}

static void
assert_bytes_equal_string (GBytes     *bytes,
                           const char *expected,
                           gsize       expected_length)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (length != expected_length || memcmp (data, expected, length) != 0)
    {
      g_autofree char *got = g_strndup (data, length);

      g_test_message ("expected:\n%s\ngot:\n%s", expected, got);
      g_assert_cmpmem (data, length, expected, expected_length);
    }
}

/* a project built through the model, with CJK text, overlapping claims,
 * several topics and notes full of characters that need escaping */
static GlossProject *
build_project (void)
{
  const char *text =
    "Press briefing\n"
    "Tian Yulong:\n"
    "We built 961,000 5G base stations. 低碳 \"green\" factories grew.\n"
    "Xinhua:\n"
    "疫苗接种进展如何？\n"
    "Tian Yulong:\n"
    "Two billion doses\twere given.\n";
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new (text, -1);
  g_autoptr(GlossTopic) extra = NULL;
  GlossProject *project;
  const char *keywords[] = { "quote \"q\"", "back\\slash", "多边", NULL };
  const char *five_g[] = { "5g", NULL };
  const char *both[] = { "green-manufacturing", "5g", NULL };
  const char *vaccines[] = { "vaccines", "world", NULL };
  guint length = gloss_transcript_get_length (transcript);
  GlossClaim *claims[4];

  gloss_transcript_set_title (transcript, "Press briefing");
  gloss_transcript_set_date (transcript, "2021-07-16");
  gloss_transcript_set_language (transcript, "en");
  gloss_transcript_add_participant (transcript, "Tian Yulong", "MIIT spokesperson");
  gloss_transcript_add_participant (transcript, "记者", NULL);
  gloss_transcript_add_turn (transcript, GLOSS_TURN_HEADER, 0, 15, NULL, NULL, -1);
  gloss_transcript_add_turn (transcript, GLOSS_TURN_REMARKS, 15, 90, "Tian Yulong", NULL, -1);
  gloss_transcript_add_turn (transcript, GLOSS_TURN_QUESTION, 90, 108, "记者", "Xinhua", -1);
  gloss_transcript_add_turn (transcript, GLOSS_TURN_ANSWER, 108, length, "Tian Yulong", NULL, 2);

  project = gloss_project_new (transcript);
  extra = gloss_topic_new ("world", "World \"affairs\"", "#C01C28");
  gloss_topic_set_keywords (extra, keywords);
  gloss_project_insert_topic (project, extra, 3);

  /* overlapping: [37, 61) and [46, 70); one CJK; one at the very end */
  claims[0] = gloss_claim_new (transcript, 46, 70, both, "line one\nline \"two\"\t\x01 end", "anna");
  claims[1] = gloss_claim_new (transcript, 37, 61, five_g, NULL, NULL);
  claims[2] = gloss_claim_new (transcript, 98, 102, vaccines, "疫苗", "李");
  claims[3] = gloss_claim_new (transcript, length - 6, length, vaccines, "", "");
  for (guint i = 0; i < G_N_ELEMENTS (claims); i++)
    {
      gloss_project_add_claim (project, claims[i]);
      g_object_unref (claims[i]);
    }

  return project;
}

static void
test_round_trip (void)
{
  g_autofree char *dir = test_util_make_tmp_dir ("project-file");
  g_autofree char *path = g_build_filename (dir, "round-trip.gloss", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GlossProject) project = build_project ();
  g_autoptr(GlossProject) loaded = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *on_disk = NULL;
  gsize on_disk_length;

  first = gloss_project_file_to_bytes (project);

  g_assert_true (gloss_project_file_save (project, file, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &on_disk, &on_disk_length, &error);
  g_assert_no_error (error);
  assert_bytes_equal_string (first, on_disk, on_disk_length);

  loaded = gloss_project_file_load (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  assert_projects_equal (project, loaded);

  second = gloss_project_file_to_bytes (loaded);
  g_assert_true (g_bytes_equal (first, second));

  g_unlink (path);
  g_rmdir (dir);
}

/* the fixture was written in the canonical form of version 1: loading and
 * writing it again gives the same bytes but for the version, whatever order
 * it was in */
static void
test_canonical_fixture (void)
{
  g_autofree char *sample = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize length, expected_length;

  sample = read_sample (&length);
  expected = sample_as_v2 (sample, &expected_length);
  project = gloss_project_file_load_data (sample, length, "sample.gloss", &error);
  g_assert_no_error (error);
  bytes = gloss_project_file_to_bytes (project);
  assert_bytes_equal_string (bytes, expected, expected_length);
}

static void
test_canonical_from_messy (void)
{
  g_autofree char *sample = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *messy = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GList) claims = NULL;
  JsonObject *root;
  JsonArray *reversed;
  gsize length, messy_length, expected_length;

  sample = read_sample (&length);
  json_parser_load_from_data (parser, sample, (gssize) length, &error);
  g_assert_no_error (error);

  /* claims in reverse order, "format" last, everything on one line */
  root = json_node_get_object (json_parser_get_root (parser));
  claims = json_array_get_elements (json_object_get_array_member (root, "claims"));
  reversed = json_array_new ();
  for (GList *l = g_list_last (claims); l != NULL; l = l->prev)
    json_array_add_element (reversed, json_node_copy (l->data));
  json_object_set_array_member (root, "claims", reversed);
  json_object_remove_member (root, "format");
  json_object_set_string_member (root, "format", "gloss-project");
  json_generator_set_root (generator, json_parser_get_root (parser));
  messy = json_generator_to_data (generator, &messy_length);
  g_assert_null (strchr (messy, '\n'));

  project = gloss_project_file_load_data (messy, messy_length, "messy.gloss", &error);
  g_assert_no_error (error);
  bytes = gloss_project_file_to_bytes (project);
  expected = sample_as_v2 (sample, &expected_length);
  assert_bytes_equal_string (bytes, expected, expected_length);
}

static void
test_canonical_layout (void)
{
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new ("Ab\ncd", -1);
  g_autoptr(GlossProject) project = gloss_project_new_blank (transcript);
  g_autoptr(GlossTopic) topic = gloss_topic_new ("t", "T", "#000000");
  g_autoptr(GDateTime) created = g_date_time_new_utc (2021, 7, 16, 9, 30, 0.5);
  g_autoptr(GDateTime) modified = g_date_time_new_utc (2021, 7, 16, 9, 31, 0);
  g_autoptr(GlossClaim) claim = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *topics[] = { "t", NULL };
  const char *expected =
    "{\n"
    "  \"format\": \"gloss-project\",\n"
    "  \"version\": 2,\n"
    "  \"transcript\": {\n"
    "    \"text\": \"Ab\\ncd\",\n"
    "    \"turns\": [],\n"
    "    \"participants\": []\n"
    "  },\n"
    "  \"topics\": [\n"
    "    {\n"
    "      \"id\": \"t\",\n"
    "      \"name\": \"T\",\n"
    "      \"color\": \"#000000\",\n"
    "      \"key\": \"1\",\n"
    "      \"keywords\": []\n"
    "    }\n"
    "  ],\n"
    "  \"claims\": [\n"
    "    {\n"
    "      \"id\": \"c\",\n"
    "      \"start\": 1,\n"
    "      \"end\": 4,\n"
    "      \"quote\": \"b\\nc\",\n"
    "      \"prefix\": \"A\",\n"
    "      \"suffix\": \"d\",\n"
    "      \"topics\": [\n"
    "        \"t\"\n"
    "      ],\n"
    "      \"note\": \"\",\n"
    "      \"author\": \"\",\n"
    "      \"created\": \"2021-07-16T09:30:00.500000Z\",\n"
    "      \"modified\": \"2021-07-16T09:31:00Z\"\n"
    "    }\n"
    "  ]\n"
    "}\n";

  gloss_project_insert_topic (project, topic, 0);
  claim = gloss_claim_new_full ("c", 1, 4, "b\nc", "A", "d", topics, NULL, NULL, created, modified);
  gloss_project_add_claim (project, claim);

  bytes = gloss_project_file_to_bytes (project);
  assert_bytes_equal_string (bytes, expected, strlen (expected));
}

static void
test_load_values (void)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossProject) project = gloss_project_file_load (file, &error);
  GlossTranscript *transcript;
  const GlossTurn *turn;
  GlossClaim *claim;

  g_assert_no_error (error);
  transcript = gloss_project_get_transcript (project);
  g_assert_cmpstr (gloss_transcript_get_title (transcript), ==, "Briefing on industry");
  g_assert_cmpstr (gloss_transcript_get_place (transcript), ==, "Beijing");
  g_assert_cmpstr (gloss_transcript_get_role (transcript, "Tian Yulong"), ==, "MIIT spokesperson");
  g_assert_cmpuint (gloss_transcript_get_n_turns (transcript), ==, 5);
  turn = gloss_transcript_get_turn (transcript, 2);
  g_assert_cmpint (turn->kind, ==, GLOSS_TURN_QUESTION);
  g_assert_cmpstr (turn->outlet, ==, "China Daily");
  turn = gloss_transcript_get_turn (transcript, 3);
  g_assert_cmpint (turn->kind, ==, GLOSS_TURN_ANSWER);
  g_assert_cmpint (turn->answers, ==, 2);
  g_assert_null (gloss_transcript_get_turn (transcript, 0)->speaker);

  g_assert_cmpuint (gloss_project_get_n_topics (project), ==, 3);
  g_assert_cmpstr (gloss_topic_get_key (gloss_project_get_topic (project, 1)), ==, "2");

  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 4);
  claim = gloss_project_lookup_claim (project, "c-vaccine");
  g_assert_nonnull (claim);
  g_assert_cmpstr (gloss_claim_get_quote (claim), ==, "疫苗接种");
  g_assert_cmpuint (gloss_claim_get_start (claim), ==, 121);
  claim = gloss_project_lookup_claim (project, "c-5g");
  g_assert_cmpstr (gloss_claim_get_note (claim), ==, "Check \"961,000\"\nagainst MIIT.");
  g_assert_cmpint (g_date_time_get_microsecond (gloss_claim_get_modified (claim)), ==, 250000);
}

/* optional members may be left out; prefix and suffix come from the text */
static void
test_load_minimal (void)
{
  const char *minimal =
    "{\"format\": \"gloss-project\", \"version\": 1,"
    " \"transcript\": {\"text\": \"0123456789\"},"
    " \"topics\": [{\"id\": \"a\", \"name\": \"A\", \"color\": \"#ABCDEF\"}],"
    " \"claims\": [{\"id\": \"x\", \"start\": 2, \"end\": 4, \"quote\": \"23\","
    " \"topics\": [\"a\"], \"created\": \"2021-07-16T09:30:00+08:00\","
    " \"modified\": \"2021-07-16T09:30:00Z\", \"future\": {\"nested\": [1]}}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossProject) project = NULL;
  GlossClaim *claim;

  project = gloss_project_file_load_data (minimal, strlen (minimal), "min.gloss", &error);
  g_assert_no_error (error);
  claim = gloss_project_get_claim (project, 0);
  g_assert_cmpstr (gloss_claim_get_prefix (claim), ==, "01");
  g_assert_cmpstr (gloss_claim_get_suffix (claim), ==, "456789");
  g_assert_cmpstr (gloss_claim_get_note (claim), ==, "");
  g_assert_cmpint (g_date_time_get_hour (gloss_claim_get_created (claim)), ==, 9);
  g_assert_cmpuint (gloss_transcript_get_n_turns (gloss_project_get_transcript (project)), ==, 0);
}

typedef struct
{
  const char *name;
  const char *find;     /* NULL: .replace is the whole input */
  const char *replace;
  GlossProjectFileError code;
  const char *fragment; /* must appear in the message, after the file name */
} ErrorCase;

#define E(code) GLOSS_PROJECT_FILE_ERROR_##code

static const ErrorCase error_cases[] = {
  /* not JSON */
  { "empty", NULL, "", E (TRUNCATED), "the file is empty" },
  { "truncated", NULL, "{\"format\": \"gloss-project\",\n  \"version\": 1,\n  \"transcript\": ", E (TRUNCATED), "the file ends early (line 3, column 17): it is probably truncated" },
  { "truncated-in-note", NULL, "{\"format\": \"gloss-project\", \"version\": 2,\n\"claims\": [{\"start\": 4, \"note\": \"cut sh", E (TRUNCATED), "ends early, in claims[0].note (line 2, column 40)" },
  { "trailing-comma", "\"kind\": \"header\"", "\"kind\": \"header\",", E (SYNTAX), "line 15, column 25: not valid JSON" },
  { "single-quotes", NULL, "{'format': 'gloss-project'}", E (SYNTAX), "line 1, column 2" },
  { "nan", "\"start\": 43", "\"start\": NaN", E (SYNTAX), "claims[0].start (line 88, column 16)" },
  /* json-glib quotes the string cut inside 文: the message must stay UTF-8 */
  { "syntax-message-utf8", NULL, "{\"\":\"onotifyse erseParse error: \xe6\x96\x87\" \"\xe6\x96\x87\"}", E (SYNTAX), "not valid JSON" },
  { "octal", "\"start\": 43", "\"start\": 043", E (SYNTAX), "claims[0].start (line 88, column 16): a number with a leading zero" },
  /* the root, format and version */
  { "root-array", NULL, "[1, 2]", E (NOT_PROJECT), "the top level is an array" },
  { "no-format", "\"format\": \"gloss-project\",", "", E (NOT_PROJECT), "no “format” member" },
  { "wrong-format", "\"format\": \"gloss-project\"", "\"format\": \"other\"", E (NOT_PROJECT), "format is “other”" },
  { "newer-version", "\"version\": 1", "\"version\": 3", E (VERSION), "version 3 is newer than this Gloss supports (2)" },
  { "version-0", "\"version\": 1", "\"version\": 0", E (VERSION), "version 0 is not a known version" },
  { "version-string", "\"version\": 1", "\"version\": \"1\"", E (VERSION), "version: expected an integer, not a string" },
  /* members and types */
  { "no-transcript", "\"transcript\": {", "\"transcript-x\": {", E (SCHEMA), "transcript: missing" },
  { "text-number", "\"text\": \"Briefing", "\"text\": 5, \"x\": \"Briefing", E (SCHEMA), "transcript.text: expected a string, not a number" },
  { "start-string", "\"start\": 51", "\"start\": \"51\"", E (SCHEMA), "claims[1].start: expected an integer, not a string" },
  { "start-fraction", "\"start\": 43", "\"start\": 43.5", E (SCHEMA), "claims[0].start: expected an integer, not a number" },
  { "start-negative", "\"start\": 43", "\"start\": -43", E (RANGE), "claims[0].start: -43 is negative" },
  { "end-infinite", "\"end\": 67", "\"end\": 1e400", E (SCHEMA), "claims[0].end: expected an integer" },
  { "end-huge", "\"end\": 67", "\"end\": 99999999999999999999", E (RANGE), "claims[0].end (line 89, column 14): 99999999999999999999 is too large" },
  { "end-above-uint", "\"end\": 67", "\"end\": 5000000000", E (RANGE), "claims[0].end: 5000000000 is too large" },
  { "no-quote", "\"quote\": \"961,000 5G base stations\",", "", E (SCHEMA), "claims[0].quote: missing" },
  { "topics-string", "\"topics\": [\n        \"5g\"\n      ],", "\"topics\": \"5g\",", E (SCHEMA), "claims[0].topics: expected an array, not a string" },
  { "claim-number", "\"claims\": [\n", "\"claims\": [\n17, ", E (SCHEMA), "claims[0]: expected an object, not a number" },
  { "no-participant-name", "\"name\": \"记者\"", "\"nom\": \"记者\"", E (SCHEMA), "transcript.participants[2].name: missing" },
  { "empty-topic-id", "\"id\": \"vaccines\"", "\"id\": \"\"", E (SCHEMA), "topics[1].id: must not be empty" },
  { "bad-key", "\"key\": \"2\"", "\"key\": \"x\"", E (SCHEMA), "topics[1].key: “x” is not a shortcut key" },
  { "bad-kind", "\"kind\": \"header\"", "\"kind\": \"preamble\"", E (SCHEMA), "transcript.turns[0].kind: unknown kind “preamble”" },
  /* colours and dates */
  { "bad-colour", "\"color\": \"#9141ac\"", "\"color\": \"#9141ag\"", E (SCHEMA), "topics[1].color: “#9141ag” is not a colour" },
  { "colour-number", "\"color\": \"#9141ac\"", "\"color\": 9141", E (SCHEMA), "topics[1].color: expected a string, not a number" },
  { "bad-date", "\"date\": \"2021-07-16\"", "\"date\": \"2021-02-30\"", E (SCHEMA), "transcript.date: “2021-02-30” is not a date" },
  { "bad-created", "\"created\": \"2021-07-16T09:30:00Z\"", "\"created\": \"yesterday\"", E (SCHEMA), "claims[0].created: “yesterday” is not a date and time" },
  { "created-no-zone", "\"created\": \"2021-07-16T09:30:00Z\"", "\"created\": \"2021-07-16T09:30:00\"", E (SCHEMA), "claims[0].created" },
  /* offsets */
  { "end-past-text", "\"end\": 67", "\"end\": 500", E (RANGE), "claims[0].end: 500 is past the end of the text (213 characters)" },
  { "empty-span", "\"end\": 67", "\"end\": 43", E (RANGE), "claims[0]: start 43 is not before end 43" },
  { "reversed-span", "\"end\": 67", "\"end\": 40", E (RANGE), "claims[0]: start 43 is not before end 40" },
  { "turn-overlap", "\"start\": 105", "\"start\": 100", E (RANGE), "transcript.turns[2]: starts at 100, before the previous turn ends (105)" },
  { "turn-out-of-order", "\"start\": 192", "\"start\": 10", E (RANGE), "transcript.turns[4]: starts at 10" },
  { "turn-past-text", "\"end\": 213", "\"end\": 214", E (RANGE), "transcript.turns[4].end: 214 is past the end of the text" },
  { "answers-later", "\"answers\": 2", "\"answers\": 3", E (RANGE), "transcript.turns[3].answers: 3 is not an earlier turn" },
  /* quotes */
  { "quote-differs", "\"quote\": \"961,000", "\"quote\": \"961,001", E (QUOTE), "claims[0].quote: “961,001 5G base stations” differs from the text at 43–67 (“961,000 5G base stations”)" },
  { "cjk-quote-differs", "\"quote\": \"疫苗接种\"", "\"quote\": \"疫苗接\"", E (QUOTE), "claims[2].quote" },
  { "prefix-differs", "\"prefix\": \" industry", "\"prefix\": \" Industry", E (QUOTE), "claims[0].prefix: “ Industry Tian Yulong: By June, ” is not the text before offset 43" },
  { "suffix-differs", "\"suffix\": \" had been", "\"suffix\": \" has been", E (QUOTE), "claims[0].suffix: “ has been built, covering every ” is not the text after offset 67" },
  { "suffix-too-long", "\"suffix\": \" grew by \\\"12%\\\" this year.\\nPhoto:\"", "\"suffix\": \" grew by \\\"12%\\\" this year.\\nPhoto: /5 Tian Yulong and more\"", E (QUOTE), "claims[3].suffix" },
  /* topics and ids */
  { "unknown-topic", "\"5g\",\n        \"green-manufacturing\"", "\"5g\",\n        \"nope\"", E (UNKNOWN_TOPIC), "claims[1].topics[1]: unknown topic “nope”" },
  { "topic-twice", "\"5g\",\n        \"green-manufacturing\"", "\"5g\",\n        \"5g\"", E (DUPLICATE_ID), "claims[1].topics[1]: topic “5g” is listed twice" },
  { "duplicate-claim", "\"id\": \"c-5g-city\"", "\"id\": \"c-5g\"", E (DUPLICATE_ID), "claims[1].id: “c-5g” is already the id of claims[0]" },
  { "duplicate-topic", "\"id\": \"vaccines\"", "\"id\": \"5g\"", E (DUPLICATE_ID), "topics[1].id: “5g” is already the id of topics[0]" },
  /* encoding */
  { "escaped-nul", "\"text\": \"Briefing", "\"text\": \"Brief\\u0000ing", E (INVALID_UTF8), "transcript.text (line 10, column 19): a NUL character" },
  { "lone-surrogate", "\"text\": \"Briefing", "\"text\": \"Brief\\ud800ing", E (INVALID_UTF8), "transcript.text (line 10, column 19): a lone UTF-16 surrogate" },
  { "lone-low-surrogate", "\"text\": \"Briefing", "\"text\": \"Brief\\udc00ing", E (INVALID_UTF8), "transcript.text (line 10, column 19)" },
  /* json-glib would take these octal and unknown escapes */
  { "octal-escape", "\"text\": \"Briefing", "\"text\": \"Brief\\377ing", E (SYNTAX), "transcript.text (line 10, column 19): “\\3” is not a valid escape" },
  { "nul-escape", "\"text\": \"Briefing", "\"text\": \"Brief\\0ing", E (SYNTAX), "transcript.text (line 10, column 19)" },
  { "unknown-escape", "\"place\": \"Beijing\"", "\"place\": \"Bei\\qjing\"", E (SYNTAX), "transcript.place (line 7, column 18): “\\q” is not a valid escape" },
  { "short-u-escape", "\"text\": \"Briefing", "\"text\": \"Brief\\u12ing", E (SYNTAX), "transcript.text (line 10, column 19)" },
  { "invalid-utf8", "\"place\": \"Beijing\"", "\"place\": \"Bei\xff\xfejing\"", E (INVALID_UTF8), "invalid UTF-8 at byte offset 145" },
  { "nul-byte", "\"place\": \"Beijing\"", "\"place\": \"Bei", E (INVALID_UTF8), "a NUL byte at byte offset 145" },
  /* depth */
  { "too-deep", "\"note\": \"\"", "\"note\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", E (TOO_DEEP), "nested deeper than 64 levels" },
};

#undef E

static GBytes *
make_case_input (const ErrorCase *c)
{
  g_autofree char *sample = NULL;
  GString *s;
  const char *at;
  gsize length;

  if (c->find == NULL)
    return g_bytes_new (c->replace, strlen (c->replace));

  sample = read_sample (&length);
  at = strstr (sample, c->find);
  /* a patch that does not apply would test the valid sample */
  g_assert_nonnull (at);
  s = g_string_new_len (sample, (gssize) length);
  g_string_erase (s, at - sample, (gssize) strlen (c->find));
  g_string_insert (s, at - sample, c->replace);

  if (strcmp (c->name, "nul-byte") == 0)
    {
      /* "Bei" NUL "jing" */
      g_string_insert_len (s, (at - sample) + (gssize) strlen (c->replace), "\0jing\"", 6);
    }

  return g_string_free_to_bytes (s);
}

static void
test_error_case (gconstpointer data)
{
  const ErrorCase *c = data;
  g_autoptr(GBytes) input = make_case_input (c);
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossProject) project = NULL;
  const char *bytes;
  gsize length;

  bytes = g_bytes_get_data (input, &length);
  project = gloss_project_file_load_data (bytes, length, BAD_NAME, &error);
  g_assert_null (project);
  g_test_message ("%s", error != NULL ? error->message : "(no error)");
  g_assert_error (error, GLOSS_PROJECT_FILE_ERROR, (int) c->code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (!g_str_has_prefix (error->message, BAD_NAME ": "))
    g_error ("message does not begin with the file name: %s", error->message);
  if (strstr (error->message + strlen (BAD_NAME), c->fragment) == NULL)
    g_error ("message lacks “%s”: %s", c->fragment, error->message);
}

/* every error case starts from the valid sample, so the patch is what fails */
static void
test_sample_is_valid (void)
{
  g_autofree char *sample = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossProject) project = NULL;
  gsize length;

  sample = read_sample (&length);
  project = gloss_project_file_load_data (sample, length, "sample.gloss", &error);
  g_assert_no_error (error);
  g_assert_nonnull (project);
}

static void
test_deep_nesting (void)
{
  const char openers[] = { '[', '{' };

  for (guint k = 0; k < G_N_ELEMENTS (openers); k++)
    {
      gsize n = 100000;
      g_autofree char *deep = g_malloc (n * 6);
      g_autoptr(GError) error = NULL;
      g_autoptr(GlossProject) project = NULL;
      gsize length = 0;

      for (gsize i = 0; i < n; i++)
        {
          if (openers[k] == '{')
            {
              memcpy (deep + length, "{\"a\":", 5);
              length += 5;
            }
          else
            deep[length++] = '[';
        }

      project = gloss_project_file_load_data (deep, length, BAD_NAME, &error);

      g_assert_null (project);
      g_assert_error (error, GLOSS_PROJECT_FILE_ERROR, GLOSS_PROJECT_FILE_ERROR_TOO_DEEP);
      g_assert_true (g_str_has_prefix (error->message, BAD_NAME ": line 1, column "));
    }
}

static void
test_not_regular (void)
{
  g_autofree char *dir = test_util_make_tmp_dir ("project-file");
  g_autofree char *sub = g_build_filename (dir, "folder.gloss", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (sub);
  g_autoptr(GFile) zero = g_file_new_for_path ("/dev/zero");
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossProject) project = NULL;

  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  project = gloss_project_file_load (folder, &error);
  g_assert_null (project);
  g_assert_error (error, GLOSS_PROJECT_FILE_ERROR, GLOSS_PROJECT_FILE_ERROR_NOT_REGULAR);
  g_assert_true (g_str_has_prefix (error->message, sub));
  g_assert_nonnull (strstr (error->message, "folder"));
  g_clear_error (&error);

  project = gloss_project_file_load (zero, &error);
  g_assert_null (project);
  g_assert_error (error, GLOSS_PROJECT_FILE_ERROR, GLOSS_PROJECT_FILE_ERROR_NOT_REGULAR);
  g_assert_true (g_str_has_prefix (error->message, "/dev/zero: "));

  g_rmdir (sub);
  g_rmdir (dir);
}

/* a sparse file over the limit is refused by its size, without reading */
static void
test_too_large (void)
{
  g_autofree char *dir = test_util_make_tmp_dir ("project-file");
  g_autofree char *path = g_build_filename (dir, "huge.gloss", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossProject) project = NULL;
  int fd;

  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) GLOSS_PROJECT_FILE_MAX_SIZE + 1), ==, 0);
  close (fd);

  project = gloss_project_file_load (file, &error);
  g_assert_null (project);
  g_assert_error (error, GLOSS_PROJECT_FILE_ERROR, GLOSS_PROJECT_FILE_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (strstr (error->message, "too large"));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/gloss/none.gloss");
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossProject) project = gloss_project_file_load (file, &error);

  g_assert_null (project);
  g_assert_error (error, GLOSS_PROJECT_FILE_ERROR, GLOSS_PROJECT_FILE_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/gloss/none.gloss: "));
}

/* a failed save leaves the project as it was: its file and modified flag */
static void
test_save_failure_keeps_state (void)
{
  g_autofree char *dir = test_util_make_tmp_dir ("project-file");
  g_autofree char *sub = g_build_filename (dir, "folder.gloss", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (sub);
  g_autoptr(GlossProject) project = build_project ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  g_assert_false (gloss_project_file_save (project, folder, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_true (g_str_has_prefix (error->message, sub));

  g_rmdir (sub);
  g_rmdir (dir);
}

/* a snapshot keeps what the project was when it was taken, whatever is
 * edited, freed or removed afterwards */
static void
test_snapshot_before_edit (void)
{
  g_autoptr(GlossProject) project = build_project ();
  g_autoptr(GlossProjectSnapshot) snapshot = NULL;
  g_autoptr(GBytes) before = gloss_project_file_to_bytes (project);
  g_autoptr(GBytes) from_snapshot = NULL;
  g_autoptr(GBytes) after = NULL;
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  const char *world_only[] = { "world", NULL };
  const char *keywords[] = { "new", NULL };
  GlossClaim *claim;

  snapshot = gloss_project_snapshot_new (project);

  claim = gloss_project_get_claim (project, 0);
  gloss_project_set_claim_note (project, claim, "a different note");
  gloss_project_set_claim_topics (project, claim, world_only);
  /* the project holds the only other reference: the claim would be freed */
  gloss_project_remove_claim (project, gloss_project_get_claim (project, 1));
  gloss_project_set_topic_name (project, gloss_project_get_topic (project, 0), "Renamed");
  gloss_project_set_topic_color (project, gloss_project_get_topic (project, 0), "#000000");
  gloss_project_set_topic_keywords (project, gloss_project_get_topic (project, 3), keywords);
  gloss_project_remove_topic (project, gloss_project_get_topic (project, 1));
  gloss_transcript_set_title (transcript, "Another title");
  gloss_transcript_set_language (transcript, NULL);
  /* moving gives a claim new words and frees the old ones */
  claim = gloss_project_get_claim (project, gloss_project_get_n_claims (project) - 1);
  gloss_project_move_claim (project, claim, 2, 9, FALSE);
  gloss_project_move_claim (project, gloss_project_get_claim (project, 1), 20, 30, TRUE);

  from_snapshot = gloss_project_snapshot_to_bytes (snapshot);
  g_assert_true (g_bytes_equal (from_snapshot, before));
  after = gloss_project_file_to_bytes (project);
  g_assert_false (g_bytes_equal (after, before));
  g_assert_nonnull (strstr (g_bytes_get_data (after, NULL), "a different note"));
}

typedef struct
{
  GlossProjectSnapshot *snapshot;
  GBytes               *expected;
  guint                 matches;
} SnapshotThread;

static gpointer
serialize_thread (gpointer data)
{
  SnapshotThread *state = data;

  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(GBytes) bytes = gloss_project_snapshot_to_bytes (state->snapshot);

      if (g_bytes_equal (bytes, state->expected))
        state->matches++;
    }

  return NULL;
}

/* serializing in another thread while this one edits and moves every
 * claim (under ASan a read of a freed note, topic list or quote would be
 * reported) */
static void
test_snapshot_thread (void)
{
  g_autoptr(GlossProject) project = build_project ();
  g_autoptr(GlossProjectSnapshot) snapshot = gloss_project_snapshot_new (project);
  g_autoptr(GBytes) expected = gloss_project_file_to_bytes (project);
  SnapshotThread state = { snapshot, expected, 0 };
  const char *five_g[] = { "5g", NULL };
  const char *world[] = { "world", "vaccines", NULL };
  GThread *thread;

  thread = g_thread_new ("serialize", serialize_thread, &state);
  for (guint i = 0; i < 2000; i++)
    {
      GlossClaim *claim = gloss_project_get_claim (project, i % gloss_project_get_n_claims (project));
      g_autofree char *note = g_strdup_printf ("edit %u", i);

      gloss_project_set_claim_note (project, claim, note);
      gloss_project_set_claim_topics (project, claim, i % 2 == 0 ? five_g : world);
      gloss_project_move_claim (project, claim, 1 + i % 50, 10 + i % 50, i % 3 == 0);
    }
  while (gloss_project_get_n_claims (project) > 0)
    gloss_project_remove_claim (project, gloss_project_get_claim (project, 0));
  g_thread_join (thread);

  g_assert_cmpuint (state.matches, ==, 20);
}

/* snapshot + write is the only writer: the same bytes, taken twice */
static void
test_snapshot_same_bytes (void)
{
  g_autoptr(GlossProject) project = build_project ();
  g_autoptr(GlossProjectSnapshot) snapshot = gloss_project_snapshot_new (project);
  g_autoptr(GBytes) first = gloss_project_snapshot_to_bytes (snapshot);
  g_autoptr(GBytes) second = gloss_project_snapshot_to_bytes (snapshot);
  g_autoptr(GBytes) direct = gloss_project_file_to_bytes (project);
  g_assert_true (g_bytes_equal (first, direct));
  g_assert_true (g_bytes_equal (second, direct));

}

/* 5 MB of text and 50,000 claims: loading and saving against json-glib's
 * bare parse and parse+generate of the same file */
static void
test_performance (void)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GlossTranscript) transcript = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GlossProject) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *topic_ids[][2] = { { "5g", NULL }, { "vaccines", NULL }, { "green-manufacturing", NULL } };
  const char *data;
  gsize size;
  guint length;
  double t_bare, t_generate, t_load, t_save, t_snapshot;
  gint64 begin;

  while (text->len < 5 * 1000 * 1000)
    g_string_append (text, "The ministry said 961,000 5G base stations were built; 低碳 manufacturing grew.\n");
  transcript = gloss_transcript_new (text->str, (gssize) text->len);
  g_string_free (text, TRUE);
  length = gloss_transcript_get_length (transcript);
  project = gloss_project_new (transcript);
  for (guint i = 0; i < 50000; i++)
    {
      guint start = (guint) ((guint64) i * (length - 100) / 50000);
      g_autoptr(GlossClaim) claim =
        gloss_claim_new (transcript, start, start + 20 + i % 60, topic_ids[i % 3], "a note", "anna");

      gloss_project_add_claim (project, claim);
    }

  begin = g_get_monotonic_time ();
  bytes = gloss_project_file_to_bytes (project);
  t_save = (g_get_monotonic_time () - begin) / 1e6;
  data = g_bytes_get_data (bytes, &size);

  /* what a draft costs the main thread (the rest runs in a worker) */
  t_snapshot = G_MAXDOUBLE;
  for (guint run = 0; run < 3; run++)
    {
      g_autoptr(GlossProjectSnapshot) snapshot = NULL;

      begin = g_get_monotonic_time ();
      snapshot = gloss_project_snapshot_new (project);
      t_snapshot = MIN (t_snapshot, (g_get_monotonic_time () - begin) / 1e6);
    }
  g_test_minimized_result (t_snapshot, "snapshot of 50,000 claims %.1f ms (whole serialization %.1f ms)",
                           t_snapshot * 1000, t_save * 1000);

  /* the load baseline is the bare parse (without freeing the tree), the
   * save baseline parse + generate + free; each figure is the best of
   * three runs, taken in turn */
  t_bare = t_generate = t_load = G_MAXDOUBLE;
  for (guint run = 0; run < 3; run++)
    {
      JsonParser *parser = json_parser_new_immutable ();
      JsonParser *parser2 = json_parser_new_immutable ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autofree char *out = NULL;

      begin = g_get_monotonic_time ();
      g_assert_true (json_parser_load_from_data (parser, data, (gssize) size, NULL));
      t_bare = MIN (t_bare, (g_get_monotonic_time () - begin) / 1e6);
      g_object_unref (parser);

      begin = g_get_monotonic_time ();
      g_assert_true (json_parser_load_from_data (parser2, data, (gssize) size, NULL));
      json_generator_set_pretty (generator, TRUE);
      json_generator_set_root (generator, json_parser_get_root (parser2));
      out = json_generator_to_data (generator, NULL);
      g_object_unref (parser2);
      t_generate = MIN (t_generate, (g_get_monotonic_time () - begin) / 1e6);

      g_clear_object (&loaded);
      begin = g_get_monotonic_time ();
      loaded = gloss_project_file_load_data (data, size, "big.gloss", &error);
      t_load = MIN (t_load, (g_get_monotonic_time () - begin) / 1e6);
      g_assert_no_error (error);
      g_assert_cmpuint (gloss_project_get_n_claims (loaded), ==, 50000);
    }

  g_test_minimized_result (t_load, "load %.3f s (json-glib parse %.3f s, ratio %.2f), %.1f MB",
                           t_load, t_bare, t_load / t_bare, size / 1e6);
  g_test_minimized_result (t_save, "save %.3f s (json-glib parse+generate %.3f s, ratio %.2f)",
                           t_save, t_generate, t_save / t_generate);
  g_assert_cmpfloat (t_load, <, 1.5 * t_bare + 0.05);
  g_assert_cmpfloat (t_save, <, 1.5 * t_generate + 0.05);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/project-file/round-trip", test_round_trip);
  g_test_add_func ("/project-file/canonical/fixture", test_canonical_fixture);
  g_test_add_func ("/project-file/canonical/from-messy", test_canonical_from_messy);
  g_test_add_func ("/project-file/canonical/layout", test_canonical_layout);
  g_test_add_func ("/project-file/load/values", test_load_values);
  g_test_add_func ("/project-file/load/minimal", test_load_minimal);
  g_test_add_func ("/project-file/load/sample-is-valid", test_sample_is_valid);
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/project-file/error/", error_cases[i].name, NULL);

      g_test_add_data_func (path, &error_cases[i], test_error_case);
    }
  g_test_add_func ("/project-file/error/deep-nesting", test_deep_nesting);
  g_test_add_func ("/project-file/error/not-regular", test_not_regular);
  g_test_add_func ("/project-file/error/too-large", test_too_large);
  g_test_add_func ("/project-file/error/missing-file", test_missing_file);
  g_test_add_func ("/project-file/save/failure-keeps-state", test_save_failure_keeps_state);
  g_test_add_func ("/project-file/snapshot/before-edit", test_snapshot_before_edit);
  g_test_add_func ("/project-file/snapshot/thread", test_snapshot_thread);
  g_test_add_func ("/project-file/snapshot/same-bytes", test_snapshot_same_bytes);
  if (g_test_perf ())
    g_test_add_func ("/project-file/performance", test_performance);

  return g_test_run ();
}
