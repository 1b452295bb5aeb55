#include "config.h"

#include "gloss-claim-private.h"

static void
test_claim_new (void)
{
  const char *text = "Tian Yulong: By the end of June, 961,000 5G base stations had been built, "
                     "covering every city at prefecture level.";
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new (text, -1);
  const char *topics[] = { "5g", NULL };
  g_autoptr(GlossClaim) claim = NULL;
  g_autoptr(GDateTime) before = g_date_time_new_now_utc ();

  /* "961,000 5G base stations" */
  claim = gloss_claim_new (transcript, 33, 57, topics, NULL, "ana");
  g_assert_cmpstr (gloss_claim_get_quote (claim), ==, "961,000 5G base stations");
  /* at most GLOSS_CLAIM_CONTEXT_LENGTH before: the "T" is one too far */
  g_assert_cmpstr (gloss_claim_get_prefix (claim), ==, "ian Yulong: By the end of June, ");
  g_assert_cmpuint (g_utf8_strlen (gloss_claim_get_prefix (claim), -1), ==, GLOSS_CLAIM_CONTEXT_LENGTH);
  /* exactly GLOSS_CLAIM_CONTEXT_LENGTH after */
  g_assert_cmpstr (gloss_claim_get_suffix (claim), ==, " had been built, covering every ");
  g_assert_cmpuint (gloss_claim_get_start (claim), ==, 33);
  g_assert_cmpuint (gloss_claim_get_end (claim), ==, 57);
  g_assert_true (g_strv_equal (gloss_claim_get_topics (claim), topics));
  g_assert_true (gloss_claim_has_topic (claim, "5g"));
  g_assert_false (gloss_claim_has_topic (claim, "vaccines"));
  g_assert_cmpstr (gloss_claim_get_note (claim), ==, "");
  g_assert_cmpstr (gloss_claim_get_author (claim), ==, "ana");
  g_assert_true (g_uuid_string_is_valid (gloss_claim_get_id (claim)));
  g_assert_true (g_date_time_equal (gloss_claim_get_created (claim), gloss_claim_get_modified (claim)));
  g_assert_cmpint (g_date_time_compare (gloss_claim_get_created (claim), before), >=, 0);
  g_assert_cmpint (g_date_time_get_utc_offset (gloss_claim_get_created (claim)), ==, 0);
}

static void
test_claim_prefix_length (void)
{
  const char *text = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new (text, -1);
  g_autoptr(GlossClaim) claim = gloss_claim_new (transcript, 40, 41, NULL, "n", NULL);

  g_assert_cmpstr (gloss_claim_get_quote (claim), ==, "E");
  g_assert_cmpstr (gloss_claim_get_prefix (claim), ==, "89abcdefghijklmnopqrstuvwxyzABCD");
  g_assert_cmpstr (gloss_claim_get_suffix (claim), ==, "FGHIJKLMNOPQRSTUVWXYZ");
  g_assert_nonnull (gloss_claim_get_topics (claim));
  g_assert_null (gloss_claim_get_topics (claim)[0]);
  g_assert_cmpstr (gloss_claim_get_note (claim), ==, "n");
  g_assert_cmpstr (gloss_claim_get_author (claim), ==, "");
}

static void
test_claim_cjk (void)
{
  const char *text = "田玉龙：截至6月底，我国累计建成5G基站96.1万个，覆盖全国所有地级以上城市。"
                     "接种疫苗14亿剂次，绿色制造体系建设取得积极进展。";
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new (text, -1);
  g_autoptr(GlossClaim) claim = NULL;
  g_autofree char *expected_suffix = NULL;

  /* 5G基站96.1万个 */
  claim = gloss_claim_new (transcript, 16, 26, NULL, NULL, NULL);
  g_assert_cmpstr (gloss_claim_get_quote (claim), ==, "5G基站96.1万个");
  g_assert_cmpstr (gloss_claim_get_prefix (claim), ==, "田玉龙：截至6月底，我国累计建成");
  expected_suffix = g_utf8_substring (text, 26, 26 + GLOSS_CLAIM_CONTEXT_LENGTH);
  g_assert_cmpstr (gloss_claim_get_suffix (claim), ==, expected_suffix);
  g_assert_cmpuint (g_utf8_strlen (gloss_claim_get_suffix (claim), -1), ==, GLOSS_CLAIM_CONTEXT_LENGTH);
  g_assert_true (g_str_has_prefix (gloss_claim_get_suffix (claim), "，覆盖全国"));
}

static void
test_claim_at_edges (void)
{
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new ("疫苗", -1);
  g_autoptr(GlossClaim) claim = gloss_claim_new (transcript, 0, 2, NULL, NULL, NULL);

  g_assert_cmpstr (gloss_claim_get_quote (claim), ==, "疫苗");
  g_assert_cmpstr (gloss_claim_get_prefix (claim), ==, "");
  g_assert_cmpstr (gloss_claim_get_suffix (claim), ==, "");
}

static void
test_claim_empty_span (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GlossTranscript) transcript = gloss_transcript_new ("abc", -1);
      GlossClaim *claim = gloss_claim_new (transcript, 1, 1, NULL, NULL, NULL);

      g_assert_null (claim);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
}

static GlossClaim *
make (const char *id,
      guint       start,
      guint       end)
{
  return gloss_claim_new_full (id, start, end, "q", "", "", NULL, NULL, NULL, NULL, NULL);
}

static void
test_claim_compare (void)
{
  g_autoptr(GlossClaim) a = make ("b-id", 5, 10);
  g_autoptr(GlossClaim) b = make ("a-id", 5, 12);
  g_autoptr(GlossClaim) c = make ("a-id", 6, 7);
  g_autoptr(GlossClaim) d = make ("a-id", 5, 10);

  g_assert_cmpint (gloss_claim_compare (a, b), <, 0);
  g_assert_cmpint (gloss_claim_compare (b, a), >, 0);
  g_assert_cmpint (gloss_claim_compare (b, c), <, 0);
  /* same span: the id decides */
  g_assert_cmpint (gloss_claim_compare (d, a), <, 0);
  g_assert_cmpint (gloss_claim_compare (a, d), >, 0);
  g_assert_cmpint (gloss_claim_compare (a, a), ==, 0);
}

static void
test_claim_new_full (void)
{
  g_autoptr(GDateTime) created = g_date_time_new_utc (2021, 7, 16, 10, 0, 0);
  g_autoptr(GDateTime) modified = g_date_time_new_utc (2021, 7, 17, 9, 30, 0);
  const char *topics[] = { "5g", "vaccines", "5g", NULL };
  const char *unique[] = { "5g", "vaccines", NULL };
  g_autoptr(GlossClaim) claim = gloss_claim_new_full ("id-1", 3, 9, "quote", "pre", "suf", topics,
                                                      "note", "author", created, modified);

  g_assert_cmpstr (gloss_claim_get_id (claim), ==, "id-1");
  g_assert_cmpstr (gloss_claim_get_quote (claim), ==, "quote");
  g_assert_cmpstr (gloss_claim_get_prefix (claim), ==, "pre");
  g_assert_cmpstr (gloss_claim_get_suffix (claim), ==, "suf");
  /* a duplicate topic counts once */
  g_assert_true (g_strv_equal (gloss_claim_get_topics (claim), unique));
  g_assert_true (g_date_time_equal (gloss_claim_get_created (claim), created));
  g_assert_true (g_date_time_equal (gloss_claim_get_modified (claim), modified));
}

static void
test_claim_private_setters (void)
{
  g_autoptr(GDateTime) old = g_date_time_new_utc (2020, 1, 1, 0, 0, 0);
  g_autoptr(GlossClaim) claim = gloss_claim_new_full ("x", 0, 1, "a", "", "", NULL, NULL, NULL, old, old);
  const char *topics[] = { "green-manufacturing", NULL };

  _gloss_claim_set_topics (claim, topics);
  _gloss_claim_set_note (claim, "check against MIIT data");
  g_assert_true (g_strv_equal (gloss_claim_get_topics (claim), topics));
  g_assert_cmpstr (gloss_claim_get_note (claim), ==, "check against MIIT data");

  _gloss_claim_touch (claim);
  g_assert_cmpint (g_date_time_compare (gloss_claim_get_modified (claim), old), >, 0);
  g_assert_true (g_date_time_equal (gloss_claim_get_created (claim), old));

  _gloss_claim_set_topics (claim, NULL);
  g_assert_null (gloss_claim_get_topics (claim)[0]);
  _gloss_claim_set_note (claim, NULL);
  g_assert_cmpstr (gloss_claim_get_note (claim), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/claim/new", test_claim_new);
  g_test_add_func ("/claim/prefix-length", test_claim_prefix_length);
  g_test_add_func ("/claim/cjk", test_claim_cjk);
  g_test_add_func ("/claim/edges", test_claim_at_edges);
  g_test_add_func ("/claim/empty-span", test_claim_empty_span);
  g_test_add_func ("/claim/compare", test_claim_compare);
  g_test_add_func ("/claim/new-full", test_claim_new_full);
  g_test_add_func ("/claim/private-setters", test_claim_private_setters);

  return g_test_run ();
}
