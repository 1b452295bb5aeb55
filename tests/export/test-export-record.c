#include "config.h"

#include <string.h>

#include "export-test-util.h"
#include "gloss-claim-query.h"
#include "gloss-export-record.h"

static const GlossExportRecord *
find_record (const GlossExportRecords *records,
             const char               *id)
{
  for (guint i = 0; i < records->records->len; i++)
    {
      const GlossExportRecord *record = g_ptr_array_index (records->records, i);

      if (g_str_equal (gloss_claim_get_id (record->claim), id))
        return record;
    }

  g_assert_not_reached ();
  return NULL;
}

/* Whatever the sidebar shows for a claim (gloss_speaker_of_claim for the
 * rows and the sort, the claim query for the speaker filter), the export
 * says too. */
static void
assert_same_speaker_as_sidebar (GlossProject            *project,
                                const GlossExportRecord *record)
{
  GlossSpeaker who;
  g_autoptr(GlossClaimQuery) query = gloss_claim_query_new ();

  gloss_speaker_of_claim (project, record->claim, &who);
  g_assert_cmpint (record->speaker.turn, ==, who.turn);
  g_assert_cmpstr (record->speaker.speaker, ==, who.speaker);
  g_assert_cmpstr (record->speaker.role, ==, who.role);
  g_assert_cmpint (record->speaker.question, ==, who.question);
  g_assert_cmpstr (record->speaker.asked_by, ==, who.asked_by);

  if (who.speaker != NULL)
    {
      const char *speakers[] = { who.speaker, NULL };

      gloss_claim_query_set_speakers (query, speakers);
      g_assert_true (gloss_claim_query_matches_speaker (query, project, record->claim));
    }
}

static void
test_records_order_and_topics (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossExportRecords) records = gloss_export_records_new (project, NULL, &error);
  const GlossExportRecord *two_topics;

  g_assert_no_error (error);
  g_assert_cmpuint (records->records->len, ==, N_FIXTURE_CLAIMS);
  g_assert_cmpuint (records->topics->len, ==, 4);
  for (guint i = 0; i < records->records->len; i++)
    {
      const GlossExportRecord *record = g_ptr_array_index (records->records, i);

      g_assert_true (record->claim == gloss_project_get_claim (project, i));
      g_assert_true (record->text == gloss_project_get_transcript (project));
      g_assert_true (record->located);
      assert_same_speaker_as_sidebar (project, record);
    }

  /* topics in the project's order, not the claim's */
  two_topics = find_record (records, fixture_claims[1].id);
  {
    g_autofree char *names = gloss_export_record_join_topic_names (two_topics, "; ");

    g_assert_cmpstr (names, ==, "5G; Green <manufacturing> & industry");
  }
  g_assert_cmpuint (gloss_export_record_get_turn_number (two_topics), ==, 4);
  g_assert_cmpstr (gloss_export_record_get_speaker_kind (two_topics), ==, "answer");
  g_assert_cmpstr (two_topics->speaker.asked_by, ==, "Daily Ledger & <Co>");
}

/* A question without an outlet line is nobody's; a claim in an answer to
 * it has no asker; a question with an outlet is the outlet's. */
static void
test_question_speakers (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  const char *vaccine_question = "Is the vaccine rate above 60%?";
  guint start = find_offset (fixture_text, vaccine_question);
  g_autoptr(GlossClaim) unlabelled = gloss_claim_new (transcript, start,
                                                      start + g_utf8_strlen (vaccine_question, -1),
                                                      NULL, NULL, NULL);
  g_autoptr(GlossExportRecords) records = NULL;
  const GlossExportRecord *record;
  g_autofree char *json = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *claims;

  gloss_project_add_claim (project, unlabelled);
  records = gloss_export_records_new (project, NULL, NULL);

  record = find_record (records, gloss_claim_get_id (unlabelled));
  assert_same_speaker_as_sidebar (project, record);
  /* issue 17, item 5: every claim has a speaker, an unlabelled question too */
  g_assert_cmpstr (record->speaker.speaker, ==, gloss_speaker_unidentified ());
  g_assert_cmpint (record->speaker.kind, ==, GLOSS_TURN_QUESTION);

  /* "一共接种了十亿剂疫苗" answers that question */
  record = find_record (records, fixture_claims[6].id);
  assert_same_speaker_as_sidebar (project, record);
  g_assert_cmpstr (record->speaker.speaker, ==, "Dr. Ada Lin");
  g_assert_cmpstr (record->speaker.asked_by, ==, gloss_speaker_unidentified ());
  g_assert_nonnull (gloss_export_record_get_question (record));

  /* "=SUM(A1) of them" is in the outlet's question */
  record = find_record (records, fixture_claims[4].id);
  assert_same_speaker_as_sidebar (project, record);
  g_assert_cmpstr (record->speaker.speaker, ==, "Daily Ledger & <Co>");
  g_assert_null (record->speaker.role);
  g_assert_null (record->speaker.asked_by);

  /* the JSON says the same */
  json = export_string (project, NULL, "json", 0, NULL);
  root = parse_json (json);
  claims = json_object_get_array_member (json_node_get_object (root), "claims");
  for (guint i = 0; i < json_array_get_length (claims); i++)
    {
      JsonObject *object = json_array_get_object_element (claims, i);
      GlossClaim *claim = gloss_project_lookup_claim (project,
                                                      json_object_get_string_member (object, "id"));
      GlossSpeaker who;

      gloss_speaker_of_claim (project, claim, &who);
      g_assert_cmpstr (nullable_string (object, "speaker"), ==, who.speaker);
      g_assert_cmpstr (nullable_string (object, "asked_by"), ==, who.asked_by);
    }
}

/* An empty speaker name is nobody, so a question with one is its outlet's,
 * as the sidebar has it; the exporter once said "". */
static void
test_empty_speaker_name (void)
{
  static const char text[] = "Evening Post:\nWill prices rise? Prices will not rise.";
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new (text, -1);
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GlossClaim) question = NULL;
  g_autoptr(GlossClaim) answer = NULL;
  g_autoptr(GlossExportRecords) records = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  gloss_transcript_add_turn (transcript, GLOSS_TURN_QUESTION, 0, 31, "", "Evening Post", -1);
  gloss_transcript_add_turn (transcript, GLOSS_TURN_ANSWER, 32, 53, "", NULL, 0);
  project = gloss_project_new_blank (transcript);
  question = gloss_claim_new (transcript, 14, 31, NULL, NULL, NULL);
  answer = gloss_claim_new (transcript, 32, 53, NULL, NULL, NULL);
  gloss_project_add_claim (project, question);
  gloss_project_add_claim (project, answer);

  records = gloss_export_records_new (project, NULL, NULL);
  for (guint i = 0; i < records->records->len; i++)
    assert_same_speaker_as_sidebar (project, g_ptr_array_index (records->records, i));

  csv = export_string (project, NULL, "csv", GLOSS_EXPORT_FLAGS_NO_BOM, NULL);
  rows = parse_csv (csv, strlen (csv), FALSE);
  g_assert_cmpuint (rows->len, ==, 3);
  /* speaker, speaker_kind, asked_by */
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 1))[2], ==, "Evening Post");
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 1))[3], ==, "question");
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 2))[2], ==, "");
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 2))[4], ==, "Evening Post");
}

/* A claim on the original has its turn, speaker, role, asker and context
 * from the original. */
static void
test_original_records (void)
{
  g_autoptr(GlossProject) project = make_bilingual_fixture ();
  GlossTranscript *original = gloss_project_get_original (project);
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossExportRecords) records = gloss_export_records_new (project, NULL, &error);
  const GlossExportRecord *answer;
  const GlossExportRecord *question;
  const GlossExportRecord *last;
  g_auto(GlossExportContext) context = { 0 };
  g_autofree char *excerpt = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (records->records->len, ==, N_FIXTURE_CLAIMS + 3);

  answer = find_record (records, ORIGINAL_ANSWER_ID);
  question = find_record (records, ORIGINAL_QUESTION_ID);
  assert_same_speaker_as_sidebar (project, answer);
  assert_same_speaker_as_sidebar (project, question);

  g_assert_true (answer->text == original);
  g_assert_cmpint (answer->role, ==, GLOSS_TEXT_ORIGINAL);
  g_assert_cmpuint (gloss_export_record_get_turn_number (answer), ==, 4);
  g_assert_cmpstr (answer->speaker.speaker, ==, "林博士");
  g_assert_cmpstr (answer->speaker.role, ==, "网络与卫生部长");
  g_assert_cmpstr (answer->speaker.asked_by, ==, "每日账簿");
  excerpt = gloss_export_record_dup_question_excerpt (answer);
  g_assert_cmpstr (excerpt, ==, "到底有多少个基站？");
  g_assert_true (gloss_export_record_get_context (answer, &context));
  g_assert_cmpstr (context.before, ==, "我们已经建成");
  g_assert_cmpstr (context.quote, ==, "96.1万个5G基站");
  g_assert_cmpstr (context.after, ==, "，覆盖每一座城市。");

  g_assert_cmpstr (question->speaker.speaker, ==, "每日账簿");
  g_assert_cmpstr (gloss_export_record_get_speaker_kind (question), ==, "question");

  /* the transcript's claims first, then the original's */
  last = g_ptr_array_index (records->records, records->records->len - 1);
  g_assert_true (last == answer);
}

static void
test_orphan_record (void)
{
  g_autoptr(GlossProject) project = make_bilingual_fixture ();
  g_autoptr(GlossExportRecords) records = gloss_export_records_new (project, NULL, NULL);
  const GlossExportRecord *orphan = find_record (records, ORPHAN_ID);
  g_auto(GlossExportContext) context = { 0 };

  g_assert_false (orphan->located);
  g_assert_cmpint (orphan->speaker.turn, ==, -1);
  g_assert_null (orphan->speaker.speaker);
  g_assert_null (gloss_export_record_get_turn (orphan));
  g_assert_cmpuint (gloss_export_record_get_turn_number (orphan), ==, 0);
  g_assert_null (gloss_export_record_get_speaker_kind (orphan));
  g_assert_null (gloss_export_record_dup_question_excerpt (orphan));
  g_assert_false (gloss_export_record_get_context (orphan, &context));
  g_assert_null (context.quote);
  g_assert_cmpstr (gloss_claim_get_quote (orphan->claim), ==, "Good morning.");
}

/* an orphan's span is only its place: it is never checked against the text */
static void
test_errors (void)
{
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new ("Short text.", -1);
  g_autoptr(GlossProject) project = gloss_project_new_blank (transcript);
  g_autoptr(GlossClaim) claim = gloss_claim_new_full ("on-original", 0, 5, "Short", "", "",
                                                      NULL, "", "", NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossExportRecords) records = NULL;
  g_autoptr(GlossTranscript) original = gloss_transcript_new ("短。", -1);

  /* a claim on an original the project lacks */
  gloss_claim_set_text_role (claim, GLOSS_TEXT_ORIGINAL);
  gloss_project_add_claim (project, claim);
  records = gloss_export_records_new (project, NULL, &error);
  g_assert_null (records);
  g_assert_error (error, GLOSS_EXPORT_ERROR, GLOSS_EXPORT_ERROR_INVALID_CLAIM);
  g_assert_nonnull (strstr (error->message, "on-original"));
  g_assert_nonnull (strstr (error->message, "original"));
  g_clear_error (&error);

  /* a span past the end of the original */
  gloss_project_remove_claim (project, claim);
  gloss_project_set_original (project, original);
  gloss_project_add_claim (project, claim);
  records = gloss_export_records_new (project, NULL, &error);
  g_assert_null (records);
  g_assert_error (error, GLOSS_EXPORT_ERROR, GLOSS_EXPORT_ERROR_INVALID_CLAIM);
  g_assert_nonnull (strstr (error->message, "original text has only 2 characters"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/record/order-and-topics", test_records_order_and_topics);
  g_test_add_func ("/export/record/question-speakers", test_question_speakers);
  g_test_add_func ("/export/record/empty-speaker-name", test_empty_speaker_name);
  g_test_add_func ("/export/record/original", test_original_records);
  g_test_add_func ("/export/record/orphan", test_orphan_record);
  g_test_add_func ("/export/record/errors", test_errors);

  return g_test_run ();
}
