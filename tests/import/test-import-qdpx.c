#include "config.h"

#include <string.h>

#include "import-test-util.h"
#include "gloss-export-format.h"
#include "gloss-project.h"

/* REFI-QDA projects: one written the way QualCoder writes them, and
 * Gloss's own export read back. */

static GlossProject *
import_project (GBytes     *bytes,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  GlossProject *project = gloss_import_project_data (data, length, name, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);
  return project;
}

static void
assert_claim (GlossProject *project,
              guint         index,
              const char   *quote,
              const char   *topics,
              const char   *note)
{
  GlossClaim *claim = gloss_project_get_claim (project, index);
  GlossTranscript *t = gloss_project_get_transcript (project);
  g_autofree char *slice = gloss_transcript_dup_slice (t, gloss_claim_get_start (claim), gloss_claim_get_end (claim));
  g_autofree char *joined = g_strjoinv (",", (char **) gloss_claim_get_topics (claim));

  g_assert_cmpstr (slice, ==, quote);
  g_assert_cmpstr (gloss_claim_get_quote (claim), ==, quote);
  g_assert_cmpstr (joined, ==, topics);
  g_assert_cmpstr (gloss_claim_get_note (claim), ==, note);
}

static void
test_qualcoder (void)
{
  g_autoptr(GBytes) bytes = import_test_fixture_bytes ("qualcoder.qdpx");
  g_autoptr(GlossProject) project = import_project (bytes, "qualcoder.qdpx");
  GlossTranscript *t = gloss_project_get_transcript (project);
  GlossClaim *claim;
  g_autofree char *created = NULL;

  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "Harbour interviews");
  /* CRLF became LF: the offsets followed */
  g_assert_null (strchr (gloss_transcript_get_text (t), '\r'));
  import_test_assert_turn (t, 1, GLOSS_TURN_REMARKS, "Zoë Ruiz", NULL, -1, "Zoë Ruiz: Good morning.");

  /* nested codes are flattened; colours kept, "#F00" widened */
  g_assert_cmpuint (gloss_project_get_n_topics (project), ==, 3);
  g_assert_cmpstr (gloss_topic_get_name (gloss_project_get_topic (project, 1)), ==, "Infrastructure / Pipes");
  g_assert_cmpstr (gloss_topic_get_color (gloss_project_get_topic (project, 1)), ==, "#2ec27e");
  g_assert_cmpstr (gloss_topic_get_color (gloss_project_get_topic (project, 2)), ==, "#ff0000");

  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 3);
  assert_claim (project, 0, "1,250 km of pipe", "infrastructure-pipes", "");
  /* a braced, upper-case GUID still finds its code */
  assert_claim (project, 1, "How much did it cost?", "money", "");
  assert_claim (project, 2, "48.6 million, as the café owners know", "money,infrastructure", "check the café");
  claim = gloss_project_get_claim (project, 2);
  g_assert_cmpstr (gloss_claim_get_id (claim), ==, "77777777-7777-4777-8777-777777777700");
  g_assert_cmpstr (gloss_claim_get_author (claim), ==, "mira");
  created = g_date_time_format_iso8601 (gloss_claim_get_created (claim));
  g_assert_cmpstr (created, ==, "2024-03-12T09:30:00Z");
}

/* Gloss -> QDPX -> Gloss keeps the text, the topics and every claim */
static void
test_round_trip (void)
{
  g_autoptr(GBytes) source = import_test_fixture_bytes ("briefing.docx");
  g_autoptr(GlossProject) project = import_project (source, "briefing.docx");
  GlossTranscript *t = gloss_project_get_transcript (project);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) qdpx = NULL;
  g_autoptr(GlossProject) back = NULL;
  const char *quotes[] = { "north quay", "How much did the quay cost?", "48.6 million", "Table cell text." };

  for (guint i = 0; i < G_N_ELEMENTS (quotes); i++)
    {
      const char *text = gloss_transcript_get_text (t);
      guint start = gloss_transcript_byte_to_offset (t, strstr (text, quotes[i]) - text);
      const char *topics[] = { gloss_topic_get_id (gloss_project_get_topic (project, i % 3)), NULL };
      g_autoptr(GlossClaim) claim = gloss_claim_new (t, start, start + g_utf8_strlen (quotes[i], -1),
                                                     topics, i == 2 ? "a note with <xml> & \"quotes\"" : NULL,
                                                     i == 1 ? "Mira" : NULL);

      gloss_project_add_claim (project, claim);
    }

  qdpx = gloss_export (project, NULL, gloss_export_format_lookup ("qdpx"), 0, &error);
  g_assert_no_error (error);
  back = import_project (qdpx, "briefing.qdpx");

  g_assert_cmpstr (gloss_transcript_get_text (gloss_project_get_transcript (back)), ==, gloss_transcript_get_text (t));
  g_assert_cmpstr (gloss_transcript_get_title (gloss_project_get_transcript (back)), ==, gloss_transcript_get_title (t));
  g_assert_cmpuint (gloss_project_get_n_topics (back), ==, gloss_project_get_n_topics (project));
  for (guint i = 0; i < gloss_project_get_n_topics (project); i++)
    {
      GlossTopic *a = gloss_project_get_topic (project, i);
      GlossTopic *b = gloss_project_get_topic (back, i);

      g_assert_cmpstr (gloss_topic_get_name (a), ==, gloss_topic_get_name (b));
      g_assert_cmpstr (gloss_topic_get_color (a), ==, gloss_topic_get_color (b));
    }
  g_assert_cmpuint (gloss_project_get_n_claims (back), ==, gloss_project_get_n_claims (project));
  for (guint i = 0; i < gloss_project_get_n_claims (project); i++)
    {
      GlossClaim *a = gloss_project_get_claim (project, i);
      GlossClaim *b = gloss_project_get_claim (back, i);
      g_autofree char *ca = g_date_time_format_iso8601 (gloss_claim_get_created (a));
      g_autofree char *cb = g_date_time_format_iso8601 (gloss_claim_get_created (b));
      GlossTopic *ta = gloss_project_lookup_topic (project, gloss_claim_get_topics (a)[0]);
      GlossTopic *tb = gloss_project_lookup_topic (back, gloss_claim_get_topics (b)[0]);

      g_assert_cmpstr (gloss_claim_get_id (a), ==, gloss_claim_get_id (b));
      g_assert_cmpuint (gloss_claim_get_start (a), ==, gloss_claim_get_start (b));
      g_assert_cmpuint (gloss_claim_get_end (a), ==, gloss_claim_get_end (b));
      g_assert_cmpstr (gloss_claim_get_quote (a), ==, gloss_claim_get_quote (b));
      g_assert_cmpstr (gloss_claim_get_note (a), ==, gloss_claim_get_note (b));
      g_assert_cmpstr (gloss_claim_get_author (a), ==, gloss_claim_get_author (b));
      g_assert_cmpstr (gloss_topic_get_name (ta), ==, gloss_topic_get_name (tb));
      g_assert_cmpstr (ca, ==, cb);
    }
}

/* as a transcript, a QDPX is its text */
static void
test_as_transcript (void)
{
  g_autoptr(GBytes) bytes = import_test_fixture_bytes ("qualcoder.qdpx");
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autoptr(GlossTranscript) t = import_test_data (data, length, "project.zip");

  g_assert_cmpstr (gloss_import_format_get_id (gloss_import_format_detect (data, length, "x.docx")), ==, "qdpx");
  g_assert_nonnull (strstr (gloss_transcript_get_text (t), "48.6 million"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/qdpx/qualcoder", test_qualcoder);
  g_test_add_func ("/import/qdpx/round-trip", test_round_trip);
  g_test_add_func ("/import/qdpx/as-transcript", test_as_transcript);

  return g_test_run ();
}
