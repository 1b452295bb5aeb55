#include "config.h"

#include <string.h>

#include "gloss-anchor.h"
#include "test-util.h"

static const char briefing[] =
  "Briefing on industry and communications in the first half of the year\n"
  "Riverton | 10 a.m. July 16, 2024\n"
  "\n"
  "Kwame Mensah:\n"
  "\n"
  "Good morning. Welcome to today's press conference. We have invited three officials to brief "
  "you on the first half of the year.\n"
  "\n"
  "Mara Lindqvist:\n"
  "\n"
  "By the end of June, 961,000 5G base stations had been built, covering every city at "
  "prefecture level. The goverment will continue to support rural broadband.\n"
  "\n"
  "Industrial output grew by 6.3 percent in the first half of the year. Exports of machinery  "
  "rose faster than  those of any other sector.\n"
  "\n"
  "Energy use per unit of output fell by 2.4 percent, and sixty green factories were "
  "certified. Small firms received 1.2 billion yuan in tax relief.\n"
  "\n"
  "Daily Courier:\n"
  "\n"
  "Is every city at prefecture level covered, and how many base stations were built in rural "
  "areas?\n"
  "\n"
  "Aiko Tanabe:\n"
  "\n"
  "In rural areas the figure is smaller: of the 961,000 5G base stations, about a quarter serve "
  "villages. We will publish the rural data in August. The rural share rose to 28 percent "
  "this year. Coverage of remote schools is complete.\n"
  "\n"
  "Kwame Mensah:\n"
  "\n"
  "Thank you. We will publish the rural data in August. That is all for today.\n";

static const char editors_note[] = "Editor's note: this transcript was corrected on July 18, 2024.\n\n";

static const char moved_paragraph[] =
  "Energy use per unit of output fell by 2.4 percent, and sixty green factories were "
  "certified. Small firms received 1.2 billion yuan in tax relief.\n\n";

/* code-point offset of the @nth occurrence (from 0) of @needle in @text */
static guint
find_offset (const char *text,
             const char *needle,
             guint       nth)
{
  const char *p = text;

  for (;;)
    {
      p = strstr (p, needle);
      g_assert_nonnull (p);
      if (nth-- == 0)
        break;
      p++;
    }

  return g_utf8_pointer_to_offset (text, p);
}

static void
replace_once (GString    *s,
              const char *old,
              const char *replacement)
{
  const char *p = strstr (s->str, old);
  gsize at;

  g_assert_nonnull (p);
  g_assert_null (strstr (p + 1, old));
  at = p - s->str;
  g_string_erase (s, at, strlen (old));
  g_string_insert (s, at, replacement);
}

static GlossClaim *
claim_on (GlossTranscript *transcript,
          const char      *needle,
          guint            nth)
{
  guint start = find_offset (gloss_transcript_get_text (transcript), needle, nth);

  return gloss_claim_new (transcript, start, start + g_utf8_strlen (needle, -1), NULL, NULL, NULL);
}

/* the result for claim @i is @status over the @nth occurrence of @expected */
static void
assert_placed (GArray           *results,
               guint             i,
               GlossAnchorStatus status,
               GlossTranscript  *new_text,
               const char       *expected,
               guint             nth)
{
  GlossAnchorResult *r = &g_array_index (results, GlossAnchorResult, i);
  guint start = find_offset (gloss_transcript_get_text (new_text), expected, nth);
  g_autofree char *quote = NULL;

  g_test_message ("claim %u: %s [%u, %u) %.3f", i, gloss_anchor_status_to_string (r->status),
                  r->start, r->end, r->score);
  g_assert_cmpstr (gloss_anchor_status_to_string (r->status), ==, gloss_anchor_status_to_string (status));
  g_assert_cmpuint (r->start, ==, start);
  g_assert_cmpuint (r->end, ==, start + g_utf8_strlen (expected, -1));
  quote = gloss_transcript_dup_slice (new_text, r->start, r->end);
  g_assert_cmpstr (quote, ==, expected);
  if (status == GLOSS_ANCHOR_EXACT || status == GLOSS_ANCHOR_MOVED)
    g_assert_cmpfloat (r->score, ==, 1.0);
  else
    {
      g_assert_cmpfloat (r->score, >=, GLOSS_ANCHOR_DEFAULT_THRESHOLD);
      g_assert_cmpfloat (r->score, <, 1.0);
    }
}

static void
assert_orphan (GArray *results,
               guint   i)
{
  GlossAnchorResult *r = &g_array_index (results, GlossAnchorResult, i);

  g_test_message ("claim %u: %s [%u, %u) %.3f", i, gloss_anchor_status_to_string (r->status),
                  r->start, r->end, r->score);
  g_assert_cmpstr (gloss_anchor_status_to_string (r->status), ==, "orphaned");
  g_assert_cmpuint (r->start, ==, r->end);
  g_assert_cmpfloat (r->score, ==, 0.0);
}

static char *
revise_briefing (void)
{
  GString *s = g_string_new (briefing);
  g_autofree char *moved_before_host = g_strconcat (moved_paragraph, "Kwame Mensah:\n\nThank you.", NULL);

  g_string_prepend (s, editors_note);
  /* the energy paragraph goes after the answer, before the host's last turn */
  replace_once (s, moved_paragraph, "");
  replace_once (s, "Kwame Mensah:\n\nThank you.", moved_before_host);
  replace_once (s, "961,000 5G base stations had been built", "962,000 5G base stations had been built");
  replace_once (s, "The goverment will", "The government will");
  replace_once (s, "machinery  rose faster than  those", "machinery rose faster than those");
  replace_once (s, "We will publish the rural data in August. The rural share rose to 28 percent "
                   "this year. ", "");

  return g_string_free (s, FALSE);
}

static void
test_anchor_revision (void)
{
  g_autoptr(GlossTranscript) old_text = gloss_transcript_new (briefing, -1);
  g_autofree char *revised = revise_briefing ();
  g_autoptr(GlossTranscript) new_text = gloss_transcript_new (revised, -1);
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) results = NULL;
  guint counts[GLOSS_ANCHOR_STATUS_LAST + 1];

  g_assert_true (g_str_has_suffix (revised, "Kwame Mensah:\n\nThank you. We will publish the rural data "
                                            "in August. That is all for today.\n"));

  g_ptr_array_add (claims, claim_on (old_text, "Good morning.", 0));
  g_ptr_array_add (claims, claim_on (old_text, "961,000 5G base stations had been built", 0));
  g_ptr_array_add (claims, claim_on (old_text, "every city at prefecture level", 0));
  g_ptr_array_add (claims, claim_on (old_text, "The goverment will continue to support rural broadband.", 0));
  g_ptr_array_add (claims, claim_on (old_text, "Industrial output grew by 6.3 percent", 0));
  g_ptr_array_add (claims, claim_on (old_text, "Exports of machinery  rose faster than  those of any other sector", 0));
  g_ptr_array_add (claims, claim_on (old_text, "Energy use per unit of output fell by 2.4 percent", 0));
  g_ptr_array_add (claims, claim_on (old_text, "Small firms received 1.2 billion yuan in tax relief.", 0));
  g_ptr_array_add (claims, claim_on (old_text, "every city at prefecture level", 1));
  g_ptr_array_add (claims, claim_on (old_text, "961,000 5G base stations", 1));
  g_ptr_array_add (claims, claim_on (old_text, "We will publish the rural data in August.", 0));
  g_ptr_array_add (claims, claim_on (old_text, "The rural share rose to 28 percent", 0));
  g_ptr_array_add (claims, claim_on (old_text, "Coverage of remote schools is complete.", 0));
  g_ptr_array_add (claims, claim_on (old_text, "We will publish the rural data in August.", 1));

  results = gloss_anchor_claims (old_text, new_text, claims);
  g_assert_cmpuint (results->len, ==, claims->len);

  assert_placed (results, 0, GLOSS_ANCHOR_EXACT, new_text, "Good morning.", 0);
  /* the corrected figure: the span is the new figure and the same words, no more */
  assert_placed (results, 1, GLOSS_ANCHOR_FUZZY, new_text, "962,000 5G base stations had been built", 0);
  /* a repeated phrase: each claim keeps its own occurrence */
  assert_placed (results, 2, GLOSS_ANCHOR_EXACT, new_text, "every city at prefecture level", 0);
  assert_placed (results, 8, GLOSS_ANCHOR_EXACT, new_text, "every city at prefecture level", 1);
  /* the fixed word */
  assert_placed (results, 3, GLOSS_ANCHOR_FUZZY, new_text,
                 "The government will continue to support rural broadband.", 0);
  assert_placed (results, 4, GLOSS_ANCHOR_EXACT, new_text, "Industrial output grew by 6.3 percent", 0);
  /* trimmed spaces */
  assert_placed (results, 5, GLOSS_ANCHOR_FUZZY, new_text,
                 "Exports of machinery rose faster than those of any other sector", 0);
  /* the moved paragraph */
  assert_placed (results, 6, GLOSS_ANCHOR_MOVED, new_text, "Energy use per unit of output fell by 2.4 percent", 0);
  assert_placed (results, 7, GLOSS_ANCHOR_MOVED, new_text, "Small firms received 1.2 billion yuan in tax relief.", 0);
  /* the unchanged second "961,000 5G base stations", not the first one's place */
  assert_placed (results, 9, GLOSS_ANCHOR_EXACT, new_text, "961,000 5G base stations", 0);
  /* deleted sentences; the same sentence left at the end is the host's, not this claim's */
  assert_orphan (results, 10);
  assert_orphan (results, 11);
  assert_placed (results, 12, GLOSS_ANCHOR_EXACT, new_text, "Coverage of remote schools is complete.", 0);
  assert_placed (results, 13, GLOSS_ANCHOR_EXACT, new_text, "We will publish the rural data in August.", 0);

  gloss_anchor_count (results, counts);
  g_assert_cmpuint (counts[GLOSS_ANCHOR_EXACT], ==, 7);
  g_assert_cmpuint (counts[GLOSS_ANCHOR_MOVED], ==, 2);
  g_assert_cmpuint (counts[GLOSS_ANCHOR_FUZZY], ==, 3);
  g_assert_cmpuint (counts[GLOSS_ANCHOR_ORPHANED], ==, 2);
}

static const char chinese[] =
  "国务院新闻办公室新闻发布会\n"
  "\n"
  "田玉龙：\n"
  "\n"
  "截至6月底，我国累计建成5G基站96.1万个，覆盖全国所有地级以上城市。工业增加值同比增长15.9%。\n"
  "\n"
  "我们将继续推进绿色制造体系建设。今年还将新建绿色工厂200家。中小企业减税降费1200亿元。\n"
  "\n"
  "记者：\n"
  "\n"
  "请问农村地区的5G建设进展如何？\n"
  "\n"
  "赵志国：\n"
  "\n"
  "在已建成的5G基站96.1万个中，约有四分之一服务乡村。谢谢。\n";

static void
test_anchor_chinese (void)
{
  g_autoptr(GlossTranscript) old_text = gloss_transcript_new (chinese, -1);
  g_autoptr(GlossTranscript) new_text = NULL;
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) results = NULL;
  GString *s = g_string_new (chinese);
  const char *paragraph = "我们将继续推进绿色制造体系建设。今年还将新建绿色工厂200家。中小企业减税降费1200亿元。\n\n";
  g_autofree char *revised = NULL;

  g_string_prepend (s, "（本文于7月18日更正）\n\n");
  replace_once (s, "96.1万个，覆盖", "96.2万个，覆盖");
  replace_once (s, paragraph, "");
  g_string_append (s, "\n我们将继续推进绿色制造体系建设。中小企业减税降费1200亿元。\n");
  revised = g_string_free (s, FALSE);
  new_text = gloss_transcript_new (revised, -1);

  g_ptr_array_add (claims, claim_on (old_text, "5G基站96.1万个", 0));
  g_ptr_array_add (claims, claim_on (old_text, "工业增加值同比增长15.9%", 0));
  g_ptr_array_add (claims, claim_on (old_text, "我们将继续推进绿色制造体系建设", 0));
  g_ptr_array_add (claims, claim_on (old_text, "今年还将新建绿色工厂200家", 0));
  g_ptr_array_add (claims, claim_on (old_text, "中小企业减税降费1200亿元", 0));
  g_ptr_array_add (claims, claim_on (old_text, "5G基站96.1万个", 1));

  results = gloss_anchor_claims (old_text, new_text, claims);

  assert_placed (results, 0, GLOSS_ANCHOR_FUZZY, new_text, "5G基站96.2万个", 0);
  assert_placed (results, 1, GLOSS_ANCHOR_EXACT, new_text, "工业增加值同比增长15.9%", 0);
  assert_placed (results, 2, GLOSS_ANCHOR_MOVED, new_text, "我们将继续推进绿色制造体系建设", 0);
  assert_orphan (results, 3);
  assert_placed (results, 4, GLOSS_ANCHOR_MOVED, new_text, "中小企业减税降费1200亿元", 0);
  assert_placed (results, 5, GLOSS_ANCHOR_EXACT, new_text, "5G基站96.1万个", 0);
}

static void
test_anchor_rewritten (void)
{
  g_autoptr(GlossTranscript) old_text = gloss_transcript_new (briefing, -1);
  g_autoptr(GlossTranscript) new_text = NULL;
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) results = NULL;
  GString *s = g_string_new (briefing);
  g_autofree char *revised = NULL;

  /* rewritten where it stands: unrelated text of about the same length */
  replace_once (s, "Coverage of remote schools is complete.",
                "Every mountain school now has a fibre link.");
  /* a short quote changed entirely */
  replace_once (s, "by 2.4 percent", "by 3.1 percent");
  /* moved and edited: the sentence goes to the end, one word changes */
  replace_once (s, "Industrial output grew by 6.3 percent in the first half of the year. ", "");
  g_string_append (s, "\nIndustrial output grew by 6.3 percent in the first half of this year.\n");
  revised = g_string_free (s, FALSE);
  new_text = gloss_transcript_new (revised, -1);

  g_ptr_array_add (claims, claim_on (old_text, "Coverage of remote schools is complete.", 0));
  g_ptr_array_add (claims, claim_on (old_text, "2.4", 0));
  g_ptr_array_add (claims, claim_on (old_text, "grew by 6.3 percent in the first half of the year", 0));

  results = gloss_anchor_claims (old_text, new_text, claims);
  assert_orphan (results, 0);
  assert_orphan (results, 1);
  assert_placed (results, 2, GLOSS_ANCHOR_FUZZY, new_text,
                 "grew by 6.3 percent in the first half of this year", 0);
}

static void
test_anchor_repeated_moved (void)
{
  const char *old_paragraph =
    "In the north the rural share of new lines rose sharply this spring. "
    "In the south the rural share of new lines fell slightly over the winter.\n\n";
  const char *new_paragraph =
    "In the far north the rural share of new lines rose sharply this spring. "
    "In the south the rural share of new lines fell a little over the winter.\n\n";
  g_autofree char *old_string = g_strconcat (briefing, "\n", old_paragraph, "Closing remarks.\n", NULL);
  g_autoptr(GlossTranscript) old_text = gloss_transcript_new (old_string, -1);
  g_autoptr(GlossTranscript) new_text = NULL;
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) results = NULL;
  GString *s = g_string_new (old_string);
  g_autofree char *revised = NULL;
  g_autofree char *moved = g_strconcat (new_paragraph, "Kwame Mensah:\n\nThank you.", NULL);

  /* the paragraph moves up and every sentence of it changes a little:
   * nothing pairs the blocks, the search has to find both quotes, and
   * the context tells the two identical ones apart */
  replace_once (s, old_paragraph, "");
  replace_once (s, "Kwame Mensah:\n\nThank you.", moved);
  revised = g_string_free (s, FALSE);
  new_text = gloss_transcript_new (revised, -1);

  g_ptr_array_add (claims, claim_on (old_text, "the rural share of new lines", 1));
  g_ptr_array_add (claims, claim_on (old_text, "the rural share of new lines", 0));

  results = gloss_anchor_claims (old_text, new_text, claims);
  assert_placed (results, 0, GLOSS_ANCHOR_MOVED, new_text, "the rural share of new lines", 1);
  assert_placed (results, 1, GLOSS_ANCHOR_MOVED, new_text, "the rural share of new lines", 0);
}

static void
test_anchor_without_old_text (void)
{
  g_autoptr(GlossTranscript) old_text = gloss_transcript_new (briefing, -1);
  g_autoptr(GlossTranscript) new_text = NULL;
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) results = NULL;
  g_autofree char *revised = revise_briefing ();

  /* a project whose text was edited by hand: only the claims are left of the old text */
  new_text = gloss_transcript_new (revised, -1);
  g_ptr_array_add (claims, claim_on (old_text, "Good morning.", 0));
  g_ptr_array_add (claims, claim_on (old_text, "961,000 5G base stations had been built", 0));
  g_ptr_array_add (claims, claim_on (old_text, "every city at prefecture level", 0));
  g_ptr_array_add (claims, claim_on (old_text, "Energy use per unit of output fell by 2.4 percent", 0));
  g_ptr_array_add (claims, claim_on (old_text, "every city at prefecture level", 1));
  g_ptr_array_add (claims, claim_on (old_text, "The rural share rose to 28 percent", 0));
  g_ptr_array_add (claims, claim_on (old_text, "Coverage of remote schools is complete.", 0));

  results = gloss_anchor_claims_full (NULL, new_text, NULL, claims, GLOSS_ANCHOR_DEFAULT_THRESHOLD);
  assert_placed (results, 0, GLOSS_ANCHOR_EXACT, new_text, "Good morning.", 0);
  assert_placed (results, 1, GLOSS_ANCHOR_FUZZY, new_text, "962,000 5G base stations had been built", 0);
  assert_placed (results, 2, GLOSS_ANCHOR_EXACT, new_text, "every city at prefecture level", 0);
  assert_placed (results, 3, GLOSS_ANCHOR_MOVED, new_text, "Energy use per unit of output fell by 2.4 percent", 0);
  assert_placed (results, 4, GLOSS_ANCHOR_EXACT, new_text, "every city at prefecture level", 1);
  assert_orphan (results, 5);
  assert_placed (results, 6, GLOSS_ANCHOR_EXACT, new_text, "Coverage of remote schools is complete.", 0);
}

static void
test_anchor_relocate (void)
{
  g_autoptr(GlossTranscript) old_text = gloss_transcript_new (briefing, -1);
  g_autofree char *revised = revise_briefing ();
  g_autoptr(GlossTranscript) new_text = gloss_transcript_new (revised, -1);
  const char *topics[] = { "5g", "rural", NULL };
  guint start = find_offset (briefing, "961,000 5G base stations had been built", 0);
  g_autoptr(GlossClaim) claim = gloss_claim_new (old_text, start, start + 39, topics,
                                                 "check the figure", "ana");
  g_autoptr(GlossClaim) orphan = claim_on (old_text, "The rural share rose to 28 percent", 0);
  g_autoptr(GPtrArray) claims = g_ptr_array_new ();
  g_autoptr(GArray) results = NULL;
  g_autoptr(GlossClaim) placed = NULL;
  g_autofree char *quote = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  GlossAnchorStatus status;

  g_ptr_array_add (claims, claim);
  g_ptr_array_add (claims, orphan);
  results = gloss_anchor_claims (old_text, new_text, claims);
  placed = gloss_anchor_relocate_claim (claim, new_text, &g_array_index (results, GlossAnchorResult, 0));

  g_assert_nonnull (placed);
  g_assert_cmpstr (gloss_claim_get_id (placed), ==, gloss_claim_get_id (claim));
  g_assert_true (g_strv_equal (gloss_claim_get_topics (placed), topics));
  g_assert_cmpstr (gloss_claim_get_note (placed), ==, "check the figure");
  g_assert_cmpstr (gloss_claim_get_author (placed), ==, "ana");
  g_assert_true (g_date_time_equal (gloss_claim_get_created (placed), gloss_claim_get_created (claim)));
  g_assert_cmpstr (gloss_claim_get_quote (placed), ==, "962,000 5G base stations had been built");
  g_assert_cmpstr (gloss_claim_get_prefix (placed), ==, "Lindqvist:\n\nBy the end of June, ");
  g_assert_cmpstr (gloss_claim_get_suffix (placed), ==, ", covering every city at prefect");
  g_assert_null (gloss_anchor_relocate_claim (orphan, new_text, &g_array_index (results, GlossAnchorResult, 1)));

  /* the same selector gloss_claim_new takes */
  gloss_claim_context_from_text (old_text, start, start + 39, &quote, &prefix, &suffix);
  g_assert_cmpstr (quote, ==, gloss_claim_get_quote (claim));
  g_assert_cmpstr (prefix, ==, gloss_claim_get_prefix (claim));
  g_assert_cmpstr (suffix, ==, gloss_claim_get_suffix (claim));

  for (guint i = 0; i <= GLOSS_ANCHOR_STATUS_LAST; i++)
    {
      g_assert_true (gloss_anchor_status_from_string (gloss_anchor_status_to_string (i), &status));
      g_assert_cmpuint (status, ==, i);
    }
  g_assert_false (gloss_anchor_status_from_string ("lost", &status));
  g_assert_false (gloss_anchor_status_from_string (NULL, &status));
}

static void
test_anchor_odd_claims (void)
{
  g_autoptr(GlossTranscript) old_text = gloss_transcript_new (briefing, -1);
  g_autoptr(GlossTranscript) empty = gloss_transcript_new ("", 0);
  g_autoptr(GlossTranscript) new_text = gloss_transcript_new ("Good morning. Nothing else is left.\n", -1);
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) results = NULL;
  g_autoptr(GArray) on_empty = NULL;
  g_autoptr(GArray) from_empty = NULL;
  g_autoptr(GArray) none = NULL;
  g_autoptr(GPtrArray) no_claims = g_ptr_array_new ();

  /* what a hand-edited file may hold: offsets past the end, a quote that
   * is not the text there, an empty quote */
  g_ptr_array_add (claims, gloss_claim_new_full (NULL, 90000, 90010, "Good morning.", "", "", NULL,
                                                 NULL, NULL, NULL, NULL));
  g_ptr_array_add (claims, gloss_claim_new_full (NULL, 10, 20, "not in any text", "x", "y", NULL,
                                                 NULL, NULL, NULL, NULL));
  g_ptr_array_add (claims, gloss_claim_new_full (NULL, 5, 5, "", "", "", NULL, NULL, NULL, NULL, NULL));
  g_ptr_array_add (claims, claim_on (old_text, "Good morning.", 0));

  results = gloss_anchor_claims (old_text, new_text, claims);
  g_assert_cmpuint (results->len, ==, 4);
  for (guint i = 0; i < results->len; i++)
    {
      GlossAnchorResult *r = &g_array_index (results, GlossAnchorResult, i);

      g_assert_cmpuint (r->start, <=, r->end);
      g_assert_cmpuint (r->end, <=, gloss_transcript_get_length (new_text));
    }
  /* its offsets say nothing: the quote is found by search (its empty
   * context fits the start of the new text better than the old context
   * of the text kept there does) */
  assert_placed (results, 0, GLOSS_ANCHOR_MOVED, new_text, "Good morning.", 0);
  assert_orphan (results, 1);
  g_assert_cmpstr (gloss_anchor_status_to_string (g_array_index (results, GlossAnchorResult, 2).status),
                   ==, "exact");
  assert_placed (results, 3, GLOSS_ANCHOR_EXACT, new_text, "Good morning.", 0);

  on_empty = gloss_anchor_claims (old_text, empty, claims);
  assert_orphan (on_empty, 0);
  assert_orphan (on_empty, 1);
  assert_orphan (on_empty, 3);
  from_empty = gloss_anchor_claims_full (empty, new_text, NULL, claims, 0.9);
  assert_orphan (from_empty, 1);
  none = gloss_anchor_claims (old_text, new_text, no_claims);
  g_assert_cmpuint (none->len, ==, 0);
}

static const char * const vocabulary[] = {
  "industry", "output", "growth", "network", "base station", "vaccine", "dose", "the", "the",
  "of", "and", "in", "5G", "961,000", "12.5%", "naïve", "rural", "broadband", "percent",
};

static GString *
random_briefing (guint n_sentences)
{
  GString *s = g_string_new ("Host:\n\n");

  for (guint i = 0; i < n_sentences; i++)
    {
      guint n_words = g_test_rand_int_range (4, 16);

      for (guint w = 0; w < n_words; w++)
        {
          const char *word = vocabulary[g_test_rand_int_range (0, G_N_ELEMENTS (vocabulary))];

          if (w == 0)
            g_string_append_c (s, g_ascii_toupper (word[0]));
          g_string_append (s, w == 0 ? word + 1 : word);
          g_string_append_c (s, w + 1 < n_words ? ' ' : '.');
        }
      g_string_append (s, g_test_rand_int_range (0, 5) == 0 ? "\n\n" : " ");
    }

  return s;
}

static void
test_anchor_another_text (void)
{
  static const char * const characters[] = { "工", "业", "增", "长", "基", "站", "疫", "苗", "绿", "色", "。", "，" };
  g_autoptr(GString) old_string = random_briefing (3000);
  g_autoptr(GString) new_string = g_string_new (NULL);
  g_autoptr(GlossTranscript) old_text = NULL;
  g_autoptr(GlossTranscript) new_text = NULL;
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) results = NULL;
  g_autoptr(GArray) searched = NULL;
  guint counts[GLOSS_ANCHOR_STATUS_LAST + 1];
  guint length;

  /* the wrong file: every claim an orphan, none put anywhere */
  while (new_string->len < old_string->len)
    {
      g_string_append (new_string, characters[g_test_rand_int_range (0, G_N_ELEMENTS (characters))]);
      if (g_test_rand_int_range (0, 60) == 0)
        g_string_append (new_string, "\n\n");
    }
  old_text = gloss_transcript_new (old_string->str, old_string->len);
  new_text = gloss_transcript_new (new_string->str, new_string->len);
  length = gloss_transcript_get_length (old_text);
  for (guint i = 0; i < 1000; i++)
    {
      guint start = g_test_rand_int_range (0, length - 200);

      g_ptr_array_add (claims, gloss_claim_new (old_text, start, start + g_test_rand_int_range (5, 200),
                                                NULL, NULL, NULL));
    }

  results = gloss_anchor_claims (old_text, new_text, claims);
  gloss_anchor_count (results, counts);
  g_assert_cmpuint (counts[GLOSS_ANCHOR_ORPHANED], ==, claims->len);
  searched = gloss_anchor_claims_full (NULL, new_text, NULL, claims, GLOSS_ANCHOR_DEFAULT_THRESHOLD);
  gloss_anchor_count (searched, counts);
  g_assert_cmpuint (counts[GLOSS_ANCHOR_ORPHANED], ==, claims->len);
}

typedef struct
{
  guint start;
  guint end;
} Span;

/* a word start at or after @offset, a word end at or after it */
static guint
word_edge (const char *text,
           guint       offset,
           gboolean    start)
{
  const char *p = g_utf8_offset_to_pointer (text, offset);

  while (*p != '\0' && (start ? g_unichar_isspace (g_utf8_get_char (p)) : !g_unichar_isspace (g_utf8_get_char (p))))
    {
      p = g_utf8_next_char (p);
      offset++;
    }

  return offset;
}

static void
test_anchor_edits_away_from_claims (void)
{
  for (guint round = 0; round < 25; round++)
    {
      g_autoptr(GString) text = random_briefing (80);
      g_autoptr(GlossTranscript) old_text = gloss_transcript_new (text->str, text->len);
      g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
      g_autoptr(GlossTranscript) new_text = NULL;
      g_autoptr(GArray) results = NULL;
      guint length = gloss_transcript_get_length (old_text);

      for (guint i = 0; i < 30; i++)
        {
          Span span;

          span.start = word_edge (text->str, g_test_rand_int_range (0, length - 130), TRUE);
          span.end = word_edge (text->str, span.start + g_test_rand_int_range (3, 120), FALSE);
          g_ptr_array_add (claims, gloss_claim_new (old_text, span.start, span.end, NULL, NULL, NULL));
          g_array_append_val (spans, span);
        }

      for (guint edit = 0; edit < 20; edit++)
        {
          guint now = g_utf8_strlen (text->str, text->len);
          guint pos = g_test_rand_int_range (0, now + 1);
          guint cut = g_test_rand_int_range (0, 30);
          int kind = g_test_rand_int_range (0, 3);
          const char *insert = kind == 1 ? "" : vocabulary[g_test_rand_int_range (0, G_N_ELEMENTS (vocabulary))];
          gboolean clear = TRUE;
          gsize byte_pos, byte_end;
          gint64 delta;

          cut = kind == 0 ? 0 : MIN (cut, now - pos);
          /* two characters away from every claim */
          for (guint i = 0; i < spans->len && clear; i++)
            {
              Span *span = &g_array_index (spans, Span, i);

              clear = pos + cut + 2 <= span->start || pos >= span->end + 2;
            }
          if (!clear)
            continue;

          byte_pos = g_utf8_offset_to_pointer (text->str, pos) - text->str;
          byte_end = g_utf8_offset_to_pointer (text->str, pos + cut) - text->str;
          g_string_erase (text, byte_pos, byte_end - byte_pos);
          g_string_insert (text, byte_pos, insert);
          delta = (gint64) g_utf8_strlen (insert, -1) - cut;
          for (guint i = 0; i < spans->len; i++)
            {
              Span *span = &g_array_index (spans, Span, i);

              if (span->start >= pos + cut)
                {
                  span->start += delta;
                  span->end += delta;
                }
            }
        }

      new_text = gloss_transcript_new (text->str, text->len);
      results = gloss_anchor_claims (old_text, new_text, claims);
      for (guint i = 0; i < spans->len; i++)
        {
          GlossAnchorResult *r = &g_array_index (results, GlossAnchorResult, i);
          Span *span = &g_array_index (spans, Span, i);

          if (r->status != GLOSS_ANCHOR_EXACT || r->start != span->start || r->end != span->end)
            {
              GlossClaim *claim = g_ptr_array_index (claims, i);
              guint from = span->start > 40 ? span->start - 40 : 0;
              g_autofree char *around = gloss_transcript_dup_slice (new_text, from,
                                                                    MIN (span->end + 40, gloss_transcript_get_length (new_text)));
              guint old_from = gloss_claim_get_start (claim) > 40 ? gloss_claim_get_start (claim) - 40 : 0;
              g_autofree char *old_around = gloss_transcript_dup_slice (old_text, old_from,
                                                                        MIN (gloss_claim_get_end (claim) + 40, gloss_transcript_get_length (old_text)));

              g_file_set_contents ("/tmp/anchor-old.txt", gloss_transcript_get_text (old_text), -1, NULL);
              g_file_set_contents ("/tmp/anchor-new.txt", gloss_transcript_get_text (new_text), -1, NULL);
              g_test_message ("claim %u \"%s\" expected [%u, %u), got %s [%u, %u)\nold: \"%s\"\nnew: \"%s\"",
                              i, gloss_claim_get_quote (claim), span->start, span->end,
                              gloss_anchor_status_to_string (r->status), r->start, r->end, old_around, around);
            }
          g_assert_cmpstr (gloss_anchor_status_to_string (r->status), ==, "exact");
          g_assert_cmpuint (r->start, ==, span->start);
          g_assert_cmpuint (r->end, ==, span->end);
        }
    }
}

typedef struct
{
  guint start;
  guint end;
  const char *text;
} Edit;

/* @offset of the old text in the new one, edits being sorted and apart from it */
static guint
shift_offset (GArray *edits,
              guint   offset)
{
  gint64 shift = 0;

  for (guint i = 0; i < edits->len; i++)
    {
      Edit *edit = &g_array_index (edits, Edit, i);

      if (edit->end <= offset && !(edit->start == edit->end && edit->start == offset && offset == 0))
        shift += (gint64) g_utf8_strlen (edit->text, -1) - (edit->end - edit->start);
    }

  return offset + shift;
}

static char *
apply_edits (const char *text,
             GArray     *edits)
{
  GString *s = g_string_new (NULL);
  guint at = 0;

  for (guint i = 0; i < edits->len; i++)
    {
      Edit *edit = &g_array_index (edits, Edit, i);
      const char *from = g_utf8_offset_to_pointer (text, at);

      g_string_append_len (s, from, g_utf8_offset_to_pointer (text, edit->start) - from);
      g_string_append (s, edit->text);
      at = edit->end;
    }
  g_string_append (s, g_utf8_offset_to_pointer (text, at));

  return g_string_free (s, FALSE);
}

static int
compare_edit (gconstpointer a,
              gconstpointer b)
{
  const Edit *x = a;
  const Edit *y = b;

  return (x->start > y->start) - (x->start < y->start);
}

/* a claim on the first sentence of @line (which starts at code point
 * @line_start), ending before its full stop */
static Span
first_sentence (const char *line,
                guint       line_start)
{
  const char *stop = strstr (line, ". ");
  Span span;

  g_assert_nonnull (stop);
  span.start = line_start;
  span.end = line_start + g_utf8_pointer_to_offset (line, stop);
  return span;
}

static void
test_anchor_corpus (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("GLOSS_CORPUS_DIR") != NULL
                                            ? g_getenv ("GLOSS_CORPUS_DIR") : ".",
                                            "scio-2021-07-16-miit.txt", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GlossTranscript) old_text = NULL;
  g_autoptr(GlossTranscript) new_text = NULL;
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) edits = g_array_new (FALSE, FALSE, sizeof (Edit));
  g_autoptr(GArray) results = NULL;
  g_autofree char *revised = NULL;
  g_autofree char *moved_line = NULL;
  g_autofree char *spaced = NULL;
  guint long_lines[8];
  guint line_starts[8];
  guint n_long = 0;
  guint offset = 0;
  Span figure, deleted, moved, whitespace, kept[4];
  guint digit_at = 0;
  guint old_length;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    {
      g_test_skip ("the corpus is not there");
      return;
    }

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL && n_long < G_N_ELEMENTS (long_lines); i++)
    {
      /* long paragraphs whose first sentence is followed by more; the
       * second one's first sentence has a figure in it */
      const char *stop = strstr (lines[i], ". ");
      const char *digit = strpbrk (lines[i], "0123456789");

      if (strlen (lines[i]) >= 300 && stop != NULL && g_utf8_pointer_to_offset (lines[i], stop) > 40
          && (n_long != 1 || (digit != NULL && digit < stop)))
        {
          long_lines[n_long] = i;
          line_starts[n_long++] = offset;
        }
      offset += g_utf8_strlen (lines[i], -1) + 1;
    }
  g_assert_cmpuint (n_long, ==, G_N_ELEMENTS (long_lines));

  old_text = gloss_transcript_new (contents, -1);
  old_length = gloss_transcript_get_length (old_text);

  /* a figure corrected inside the first sentence of the second long paragraph */
  figure = first_sentence (lines[long_lines[1]], line_starts[1]);
  digit_at = line_starts[1] + g_utf8_pointer_to_offset (lines[long_lines[1]],
                                                        strpbrk (lines[long_lines[1]], "0123456789"));
  {
    char *p = strpbrk (lines[long_lines[1]], "0123456789");
    static char replaced[2];

    replaced[0] = *p == '9' ? '0' : *p + 1;
    g_array_append_val (edits, ((Edit) { digit_at, digit_at + 1, replaced }));
  }
  /* the first sentence of the fourth one deleted, with the space after it */
  deleted = first_sentence (lines[long_lines[3]], line_starts[3]);
  g_array_append_val (edits, ((Edit) { deleted.start, deleted.end + 2, "" }));
  /* the sixth one moved to the end */
  moved = first_sentence (lines[long_lines[5]], line_starts[5]);
  moved.start += 10;
  moved.start = word_edge (contents, moved.start, FALSE) + 1;
  moved_line = g_strconcat ("\n", lines[long_lines[5]], "\n", NULL);
  g_array_append_val (edits, ((Edit) { line_starts[5], line_starts[5] + g_utf8_strlen (lines[long_lines[5]], -1) + 1, "" }));
  g_array_append_val (edits, ((Edit) { old_length, old_length, moved_line }));
  /* a space in the first sentence of the seventh doubled */
  whitespace = first_sentence (lines[long_lines[6]], line_starts[6]);
  {
    guint space = word_edge (contents, whitespace.start, FALSE);

    g_array_append_val (edits, ((Edit) { space, space + 1, "  " }));
  }
  /* an editor's note on top */
  g_array_append_val (edits, ((Edit) { 0, 0, "Editor's note: corrected on 18 July 2021.\n\n" }));
  g_array_sort (edits, compare_edit);

  kept[0] = first_sentence (lines[long_lines[0]], line_starts[0]);
  kept[1] = first_sentence (lines[long_lines[2]], line_starts[2]);
  kept[2] = first_sentence (lines[long_lines[4]], line_starts[4]);
  kept[3] = first_sentence (lines[long_lines[7]], line_starts[7]);

  revised = apply_edits (contents, edits);
  new_text = gloss_transcript_new (revised, -1);

  g_ptr_array_add (claims, gloss_claim_new (old_text, kept[0].start, kept[0].end, NULL, NULL, NULL));
  g_ptr_array_add (claims, gloss_claim_new (old_text, figure.start, figure.end, NULL, NULL, NULL));
  g_ptr_array_add (claims, gloss_claim_new (old_text, kept[1].start, kept[1].end, NULL, NULL, NULL));
  g_ptr_array_add (claims, gloss_claim_new (old_text, deleted.start, deleted.end, NULL, NULL, NULL));
  g_ptr_array_add (claims, gloss_claim_new (old_text, kept[2].start, kept[2].end, NULL, NULL, NULL));
  g_ptr_array_add (claims, gloss_claim_new (old_text, moved.start, moved.end, NULL, NULL, NULL));
  g_ptr_array_add (claims, gloss_claim_new (old_text, whitespace.start, whitespace.end, NULL, NULL, NULL));
  g_ptr_array_add (claims, gloss_claim_new (old_text, kept[3].start, kept[3].end, NULL, NULL, NULL));

  results = gloss_anchor_claims (old_text, new_text, claims);

  for (guint i = 0; i < claims->len; i++)
    {
      GlossAnchorResult *r = &g_array_index (results, GlossAnchorResult, i);
      GlossClaim *claim = g_ptr_array_index (claims, i);
      guint start = gloss_claim_get_start (claim);
      guint end = gloss_claim_get_end (claim);
      GlossAnchorStatus status = GLOSS_ANCHOR_EXACT;
      guint expected_start = shift_offset (edits, start);
      guint expected_end = shift_offset (edits, end);

      if (start == deleted.start)
        status = GLOSS_ANCHOR_ORPHANED;
      else if (start == moved.start)
        {
          status = GLOSS_ANCHOR_MOVED;
          /* where the moved line went, at the end */
          expected_start = shift_offset (edits, old_length) - g_utf8_strlen (moved_line, -1) + 1
                           + (moved.start - line_starts[5]);
          expected_end = expected_start + (end - start);
        }
      else if (start == figure.start)
        {
          status = GLOSS_ANCHOR_FUZZY;
          expected_end = shift_offset (edits, digit_at) + (end - digit_at);
        }
      else if (start == whitespace.start)
        {
          status = GLOSS_ANCHOR_FUZZY;
          expected_end = shift_offset (edits, end);
        }

      g_test_message ("corpus claim %u: %s [%u, %u) %.3f", i, gloss_anchor_status_to_string (r->status),
                      r->start, r->end, r->score);
      g_assert_cmpstr (gloss_anchor_status_to_string (r->status), ==, gloss_anchor_status_to_string (status));
      if (status == GLOSS_ANCHOR_ORPHANED)
        continue;
      g_assert_cmpuint (r->start, ==, expected_start);
      g_assert_cmpuint (r->end, ==, expected_end);
    }
  spaced = gloss_transcript_dup_slice (new_text, g_array_index (results, GlossAnchorResult, 6).start,
                                       g_array_index (results, GlossAnchorResult, 6).end);
  g_assert_nonnull (strstr (spaced, "  "));
}

int
main (int   argc,
      char *argv[])
{
  test_util_init_seeded (&argc, &argv, "R02S5eed0000a11c1a1b5eed0000c0ffee01");

  g_test_add_func ("/anchor/revision", test_anchor_revision);
  g_test_add_func ("/anchor/chinese", test_anchor_chinese);
  g_test_add_func ("/anchor/rewritten", test_anchor_rewritten);
  g_test_add_func ("/anchor/repeated-moved", test_anchor_repeated_moved);
  g_test_add_func ("/anchor/without-old-text", test_anchor_without_old_text);
  g_test_add_func ("/anchor/relocate", test_anchor_relocate);
  g_test_add_func ("/anchor/odd-claims", test_anchor_odd_claims);
  g_test_add_func ("/anchor/another-text", test_anchor_another_text);
  g_test_add_func ("/anchor/edits-away-from-claims", test_anchor_edits_away_from_claims);
  g_test_add_func ("/anchor/corpus", test_anchor_corpus);

  return g_test_run ();
}
