#include "config.h"

#include "gloss-claim-query.h"
#include "gloss-history.h"

typedef struct
{
  GlossTranscript *text;
  GlossProject *project;
  GlossClaim *vaccines;   /* Li Wei, "Vaccination" quote */
  GlossClaim *both;       /* Daily News, 5G and vaccines, a note */
  GlossClaim *untagged;   /* Li Wei, no topic */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  const char *text = "Vaccination rose. Is 5G faster? Yes, much faster.";
  const char *vaccines[] = { "vaccines", NULL };
  const char *both[] = { "5g", "vaccines", NULL };

  fixture->text = gloss_transcript_new (text, -1);
  gloss_transcript_add_turn (fixture->text, GLOSS_TURN_REMARKS, 0, 17, "Li Wei", NULL, -1);
  gloss_transcript_add_turn (fixture->text, GLOSS_TURN_QUESTION, 18, 31, NULL, "Daily News", -1);
  gloss_transcript_add_turn (fixture->text, GLOSS_TURN_ANSWER, 32, 49, "Li Wei", NULL, 1);
  fixture->project = gloss_project_new (fixture->text);
  fixture->vaccines = gloss_claim_new (fixture->text, 0, 17, vaccines, NULL, NULL);
  fixture->both = gloss_claim_new (fixture->text, 18, 31, both, "Señal rápida", NULL);
  fixture->untagged = gloss_claim_new (fixture->text, 37, 48, NULL, NULL, NULL);
  gloss_project_add_claim (fixture->project, fixture->vaccines);
  gloss_project_add_claim (fixture->project, fixture->both);
  gloss_project_add_claim (fixture->project, fixture->untagged);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->vaccines);
  g_clear_object (&fixture->both);
  g_clear_object (&fixture->untagged);
  g_clear_object (&fixture->project);
  g_clear_object (&fixture->text);
}

/* the claims the query lets through, as "v", "b", "u" */
static char *
matches (Fixture         *fixture,
         GlossClaimQuery *query)
{
  g_autoptr(GListModel) found = gloss_claim_query_filter (query, fixture->project);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(GlossClaim) claim = g_list_model_get_item (found, i);

      g_string_append (s, claim == fixture->vaccines ? "v" : claim == fixture->both ? "b" : "u");
    }

  return g_string_free (s, FALSE);
}

#define assert_matches(fixture, query, expected) \
  G_STMT_START { \
    g_autofree char *got = matches (fixture, query); \
    g_assert_cmpstr (got, ==, expected); \
  } G_STMT_END

static void
test_query_parts (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GlossClaimQuery) query = gloss_claim_query_new ();
  const char *vaccines[] = { "vaccines", NULL };
  const char *any_topic[] = { "5g", "green-manufacturing", NULL };
  const char *li_wei[] = { "Li Wei", NULL };
  const char *outlet[] = { "Daily News", NULL };

  g_assert_true (gloss_claim_query_is_empty (query));
  assert_matches (fixture, query, "vbu");

  gloss_claim_query_set_topics (query, vaccines);
  assert_matches (fixture, query, "vb");
  gloss_claim_query_set_topics (query, any_topic);
  assert_matches (fixture, query, "b");

  gloss_claim_query_set_topics (query, NULL);
  gloss_claim_query_set_speakers (query, li_wei);
  assert_matches (fixture, query, "vu");
  /* a question is the outlet's, as everywhere else */
  gloss_claim_query_set_speakers (query, outlet);
  assert_matches (fixture, query, "b");

  gloss_claim_query_set_speakers (query, li_wei);
  gloss_claim_query_set_topics (query, vaccines);
  assert_matches (fixture, query, "v");
  g_assert_false (gloss_claim_query_is_empty (query));
}

static void
test_query_text (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GlossClaimQuery) query = gloss_claim_query_new ();
  g_autoptr(GlossHistory) history = gloss_history_new (fixture->project);

  /* case and accents do not matter, in the quote or the note */
  gloss_claim_query_set_text (query, "VACCINATION");
  assert_matches (fixture, query, "v");
  gloss_claim_query_set_text (query, "senal rapida");
  assert_matches (fixture, query, "b");
  gloss_claim_query_set_text (query, "faster");
  assert_matches (fixture, query, "bu");

  /* a changed note is searched at once, not its cached old text */
  gloss_history_set_claim_note (history, fixture->untagged, "Velocidad");
  gloss_claim_query_set_text (query, "velocidad");
  assert_matches (fixture, query, "u");
  gloss_history_undo (history);
  assert_matches (fixture, query, "");

  gloss_claim_query_set_text (query, "");
  assert_matches (fixture, query, "vbu");
}

static void
test_query_status (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GlossClaimQuery) query = gloss_claim_query_new ();
  g_autoptr(GlossHistory) history = gloss_history_new (fixture->project);
  const char *vaccines[] = { "vaccines", NULL };
  guint statuses;

  gloss_history_set_claim_status (history, fixture->vaccines, GLOSS_CLAIM_STATUS_VERIFIED);
  gloss_history_set_claim_status (history, fixture->both, GLOSS_CLAIM_STATUS_FALSE);

  gloss_claim_query_set_statuses (query, 1u << GLOSS_CLAIM_STATUS_VERIFIED);
  g_assert_false (gloss_claim_query_is_empty (query));
  assert_matches (fixture, query, "v");
  /* unchecked is a status like the others: the untagged claim has it */
  g_assert_true (gloss_claim_query_parse_statuses ("unchecked, false", &statuses));
  gloss_claim_query_set_statuses (query, statuses);
  assert_matches (fixture, query, "bu");
  gloss_claim_query_set_topics (query, vaccines);
  assert_matches (fixture, query, "b");

  /* a status set by undo is filtered as it is now */
  gloss_claim_query_set_statuses (query, 1u << GLOSS_CLAIM_STATUS_FALSE);
  assert_matches (fixture, query, "b");
  gloss_history_undo (history);
  assert_matches (fixture, query, "");

  g_assert_false (gloss_claim_query_parse_statuses ("verified,checked", &statuses));
  g_assert_cmpuint (statuses, ==, 0);
  g_assert_false (gloss_claim_query_parse_statuses ("Verified", &statuses));
  gloss_claim_query_set_statuses (query, 0);
  gloss_claim_query_set_topics (query, NULL);
  g_assert_true (gloss_claim_query_is_empty (query));
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* where the search is in a claim's words, for the sidebar to mark: the
 * same rule as the filter, and a notification when the key changes */
static void
test_query_text_matches (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GlossClaimQuery) query = gloss_claim_query_new ();
  g_autoptr(GArray) none = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autoptr(GArray) note = NULL;
  guint notified = 0;

  g_signal_connect (query, "notify::text-key", G_CALLBACK (count_notify_cb), &notified);
  none = gloss_claim_query_text_matches (query, gloss_claim_get_quote (fixture->both));
  g_assert_cmpuint (none->len, ==, 0);

  gloss_claim_query_set_text (query, "FASTER");
  g_assert_cmpuint (notified, ==, 1);
  /* the same key again (other case): nothing to redraw */
  gloss_claim_query_set_text (query, "faster");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (gloss_claim_query_matches_text (query, fixture->both));
  spans = gloss_claim_query_text_matches (query, gloss_claim_get_quote (fixture->both));
  g_assert_cmpuint (spans->len, ==, 1);
  g_assert_cmpuint (g_array_index (spans, GlossTextSpan, 0).start, ==, 6);
  g_assert_cmpuint (g_array_index (spans, GlossTextSpan, 0).end, ==, 12);

  gloss_claim_query_set_text (query, "rapida");
  g_assert_cmpuint (notified, ==, 2);
  note = gloss_claim_query_text_matches (query, gloss_claim_get_note (fixture->both));
  g_assert_cmpuint (note->len, ==, 1);
  g_assert_cmpuint (g_array_index (note, GlossTextSpan, 0).start, ==, 6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/claim-query/parts", Fixture, NULL, fixture_set_up, test_query_parts, fixture_tear_down);
  g_test_add ("/claim-query/text", Fixture, NULL, fixture_set_up, test_query_text, fixture_tear_down);
  g_test_add ("/claim-query/status", Fixture, NULL, fixture_set_up, test_query_status, fixture_tear_down);
  g_test_add ("/claim-query/text-matches", Fixture, NULL, fixture_set_up, test_query_text_matches, fixture_tear_down);

  return g_test_run ();
}
