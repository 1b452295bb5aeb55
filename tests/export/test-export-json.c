#include "config.h"

#include <string.h>

#include "export-test-util.h"

static void
test_json_parse (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  g_autofree char *json = export_string (project, NULL, "json", 0, NULL);
  g_autoptr(JsonNode) root = parse_json (json);
  JsonObject *object = json_node_get_object (root);
  JsonObject *meta;
  JsonArray *topics;
  JsonArray *claims;

  g_assert_cmpstr (json_object_get_string_member (object, "format"), ==, "gloss-claims");
  g_assert_cmpint (json_object_get_int_member (object, "version"), ==, 1);

  meta = json_object_get_object_member (object, "project");
  g_assert_cmpstr (json_object_get_string_member (meta, "title"), ==,
                   "Press Briefing on Networks & Health");
  g_assert_cmpstr (json_object_get_string_member (meta, "date"), ==, "2021-07-16");
  g_assert_cmpstr (json_object_get_string_member (meta, "source"), ==, "briefing <draft>.txt");

  topics = json_object_get_array_member (object, "topics");
  g_assert_cmpuint (json_array_get_length (topics), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (topics, 1), "name"),
                   ==, "Vaccines, \"jabs\"");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (topics, 2), "color"),
                   ==, "#e66100");

  claims = json_object_get_array_member (object, "claims");
  g_assert_cmpuint (json_array_get_length (claims), ==, G_N_ELEMENTS (fixture_claims));

  for (guint i = 0; i < json_array_get_length (claims); i++)
    {
      JsonObject *record = json_array_get_object_element (claims, i);
      const char *id = json_object_get_string_member (record, "id");
      const FixtureClaim *fc = lookup_fixture_claim (id);
      GlossClaim *claim = gloss_project_get_claim (project, i);
      int turn = gloss_transcript_find_turn (transcript, gloss_claim_get_start (claim));
      JsonArray *ids = json_object_get_array_member (record, "topics");
      JsonArray *names = json_object_get_array_member (record, "topic_names");
      g_autofree char *created = format_utc (fc->created);
      guint n_topics = g_strv_length ((char **) fc->topics);

      g_assert_cmpstr (id, ==, gloss_claim_get_id (claim));
      g_assert_cmpstr (json_object_get_string_member (record, "quote"), ==, fc->quote);
      g_assert_cmpstr (json_object_get_string_member (record, "note"), ==, fc->note);
      g_assert_cmpstr (json_object_get_string_member (record, "author"), ==, fc->author);
      g_assert_cmpstr (json_object_get_string_member (record, "created"), ==, created);
      g_assert_cmpint (json_object_get_int_member (record, "start"), ==, gloss_claim_get_start (claim));
      g_assert_cmpint (json_object_get_int_member (record, "end"), ==, gloss_claim_get_end (claim));
      g_assert_cmpint (json_object_get_int_member (record, "turn"), ==, turn + 1);
      g_assert_nonnull (nullable_string (record, "speaker"));
      g_assert_nonnull (nullable_string (record, "speaker_kind"));
      nullable_string (record, "asked_by");
      nullable_string (record, "modified");

      g_assert_cmpuint (json_array_get_length (ids), ==, n_topics);
      g_assert_cmpuint (json_array_get_length (names), ==, n_topics);
      for (guint t = 0; t < n_topics; t++)
        {
          const char *topic_id = json_array_get_string_element (ids, t);
          GlossTopic *topic = gloss_project_lookup_topic (project, topic_id);

          g_assert_true (gloss_claim_has_topic (claim, topic_id));
          g_assert_cmpstr (json_array_get_string_element (names, t), ==,
                           gloss_topic_get_name (topic));
        }
    }

  /* an answer knows who asked; a question has no asker of its own */
  {
    JsonObject *question = json_array_get_object_element (claims, 0);
    JsonObject *answer = json_array_get_object_element (claims, 2);

    g_assert_cmpstr (nullable_string (question, "speaker_kind"), ==, "question");
    g_assert_null (nullable_string (question, "asked_by"));
    g_assert_cmpstr (nullable_string (answer, "asked_by"), ==, "Daily Ledger & <Co>");
    g_assert_cmpstr (nullable_string (answer, "speaker"), ==, "Dr. Ada Lin");
  }
}

static JsonObject *
find_claim (JsonArray  *claims,
            const char *id)
{
  for (guint i = 0; i < json_array_get_length (claims); i++)
    {
      JsonObject *object = json_array_get_object_element (claims, i);

      if (g_str_equal (json_object_get_string_member (object, "id"), id))
        return object;
    }

  g_assert_not_reached ();
  return NULL;
}

static void
test_json_original_and_orphan (void)
{
  g_autoptr(GlossProject) project = make_bilingual_fixture ();
  GlossTranscript *original = gloss_project_get_original (project);
  g_autofree char *json = export_string (project, NULL, "json", 0, NULL);
  g_autoptr(JsonNode) root = parse_json (json);
  JsonObject *object = json_node_get_object (root);
  JsonObject *meta = json_object_get_object_member (object, "original");
  JsonArray *claims = json_object_get_array_member (object, "claims");
  JsonObject *answer = find_claim (claims, ORIGINAL_ANSWER_ID);
  JsonObject *question = find_claim (claims, ORIGINAL_QUESTION_ID);
  JsonObject *orphan = find_claim (claims, ORPHAN_ID);
  guint start, end;
  g_autofree char *slice = NULL;

  g_assert_cmpuint (json_array_get_length (claims), ==, N_FIXTURE_CLAIMS + 3);
  g_assert_cmpstr (json_object_get_string_member (meta, "language"), ==, "zh");
  g_assert_cmpstr (json_object_get_string_member (meta, "title"), ==, "网络与卫生新闻发布会");

  /* "text" only on the original's claims, "orphaned" only on orphans */
  for (guint i = 0; i < json_array_get_length (claims); i++)
    {
      JsonObject *claim = json_array_get_object_element (claims, i);
      const char *id = json_object_get_string_member (claim, "id");
      gboolean on_original = g_str_equal (id, ORIGINAL_ANSWER_ID) ||
                             g_str_equal (id, ORIGINAL_QUESTION_ID);

      g_assert_cmpint (json_object_has_member (claim, "text"), ==, on_original);
      g_assert_cmpint (json_object_has_member (claim, "orphaned"), ==, g_str_equal (id, ORPHAN_ID));
    }

  g_assert_cmpstr (json_object_get_string_member (answer, "text"), ==, "original");
  start = json_object_get_int_member (answer, "start");
  end = json_object_get_int_member (answer, "end");
  slice = gloss_transcript_dup_slice (original, start, end);
  g_assert_cmpstr (slice, ==, "96.1万个5G基站");
  g_assert_cmpstr (json_object_get_string_member (answer, "quote"), ==, slice);
  g_assert_cmpint (json_object_get_int_member (answer, "turn"), ==, 4);
  g_assert_cmpstr (nullable_string (answer, "speaker"), ==, "林博士");
  g_assert_cmpstr (nullable_string (answer, "speaker_kind"), ==, "answer");
  g_assert_cmpstr (nullable_string (answer, "asked_by"), ==, "每日账簿");
  g_assert_cmpstr (nullable_string (question, "speaker"), ==, "每日账簿");

  g_assert_true (json_object_get_boolean_member (orphan, "orphaned"));
  g_assert_cmpstr (json_object_get_string_member (orphan, "quote"), ==, "Good morning.");
  g_assert_cmpstr (json_object_get_string_member (orphan, "note"), ==, "kept after the revision");
  g_assert_true (json_object_get_null_member (orphan, "start"));
  g_assert_true (json_object_get_null_member (orphan, "end"));
  g_assert_true (json_object_get_null_member (orphan, "turn"));
  g_assert_null (nullable_string (orphan, "speaker"));
  g_assert_null (nullable_string (orphan, "speaker_kind"));
  g_assert_null (nullable_string (orphan, "asked_by"));
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (orphan, "topics"), 0),
                   ==, "vaccines");

  /* a project without an original says nothing of one */
  {
    g_autoptr(GlossProject) plain = make_fixture ();
    g_autofree char *plain_json = export_string (plain, NULL, "json", 0, NULL);
    g_autoptr(JsonNode) plain_root = parse_json (plain_json);

    g_assert_false (json_object_has_member (json_node_get_object (plain_root), "original"));
  }
}

/* a conflicting claim carries the other version; no other claim has a
 * "conflict" member */
static void
test_json_conflict (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  GlossClaim *claim = add_fixture_conflict (project);
  g_autofree char *json = export_string (project, NULL, "json", 0, NULL);
  g_autoptr(JsonNode) root = parse_json (json);
  JsonArray *claims = json_object_get_array_member (json_node_get_object (root), "claims");
  JsonObject *ours = find_claim (claims, gloss_claim_get_id (claim));
  JsonObject *theirs;

  for (guint i = 0; i < json_array_get_length (claims); i++)
    {
      JsonObject *object = json_array_get_object_element (claims, i);

      g_assert_cmpint (json_object_has_member (object, "conflict"), ==, object == ours);
    }
  theirs = json_object_get_object_member (ours, "conflict");
  g_assert_cmpstr (json_object_get_string_member (ours, "note"), ==, fixture_claims[0].note);
  g_assert_cmpstr (json_object_get_string_member (theirs, "note"), ==, "their reading,\nline two");
  g_assert_cmpstr (json_object_get_string_member (theirs, "author"), ==, "Tom Reed");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (theirs, "topics"), 0),
                   ==, "industry");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (theirs, "topic_names"), 0),
                   ==, "Green <manufacturing> & industry");
  g_assert_cmpint (json_object_get_int_member (theirs, "start"), ==, gloss_claim_get_start (claim));
  g_assert_cmpint (json_object_get_int_member (theirs, "end"), ==, gloss_claim_get_end (claim));
  g_assert_cmpstr (json_object_get_string_member (theirs, "quote"), ==, gloss_claim_get_quote (claim));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/json/parse", test_json_parse);
  g_test_add_func ("/export/json/original-and-orphan", test_json_original_and_orphan);
  g_test_add_func ("/export/json/conflict", test_json_conflict);

  return g_test_run ();
}
