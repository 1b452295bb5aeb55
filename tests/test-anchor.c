#include "config.h"

#include <string.h>

#include "gloss-anchor.h"

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
assert_placed (GArray            *results,
               guint              i,
               GlossAnchorStatus  status,
               GlossTranscript   *new_text,
               const char        *expected,
               guint              nth)
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/anchor/revision", test_anchor_revision);

  return g_test_run ();
}
