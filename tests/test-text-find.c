/* Find in a text: case- and accent-insensitive, Chinese, spans in code
 * points of the original text, every match in order. */
#include "config.h"

#include <string.h>

#include "gloss-text-find.h"

/* the matches as "start-end start-end" */
static char *
spans_of (const char *text,
          const char *query)
{
  g_autoptr(GArray) spans = gloss_text_find (text, -1, query);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      GlossTextSpan *span = &g_array_index (spans, GlossTextSpan, i);

      g_string_append_printf (out, "%s%u-%u", i > 0 ? " " : "", span->start, span->end);
    }

  return g_string_free (out, FALSE);
}

/* the text each match covers, joined with | */
static char *
words_of (const char *text,
          const char *query)
{
  g_autoptr(GArray) spans = gloss_text_find (text, -1, query);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < spans->len; i++)
    {
      GlossTextSpan *span = &g_array_index (spans, GlossTextSpan, i);
      const char *s = g_utf8_offset_to_pointer (text, span->start);
      const char *e = g_utf8_offset_to_pointer (text, span->end);

      if (i > 0)
        g_string_append_c (out, '|');
      g_string_append_len (out, s, e - s);
    }

  return g_string_free (out, FALSE);
}

#define assert_spans(text, query, expected)            \
  G_STMT_START {                                       \
    g_autofree char *got_ = spans_of (text, query);    \
    g_assert_cmpstr (got_, ==, expected);              \
  } G_STMT_END

#define assert_words(text, query, expected)            \
  G_STMT_START {                                       \
    g_autofree char *got_ = words_of (text, query);    \
    g_assert_cmpstr (got_, ==, expected);              \
  } G_STMT_END

static void
test_case (void)
{
  assert_spans ("The plan, the Plan, THE PLAN.", "plan", "4-8 14-18 24-28");
  assert_words ("The plan, the Plan, THE PLAN.", "PLAN", "plan|Plan|PLAN");
  assert_spans ("nothing here", "plan", "");
  /* in order and not overlapping */
  assert_spans ("aaaa", "aa", "0-2 2-4");
}

static void
test_accents (void)
{
  /* either side may carry the accents; offsets count code points */
  assert_words ("La vacunación empieza. VACUNACION.", "vacunacion", "vacunación|VACUNACION");
  assert_words ("La vacunacion empieza.", "Vacunación", "vacunacion");
  assert_spans ("Ça été", "ete", "3-6");
  /* a decomposed accent stays with its letter */
  assert_words ("cafe\xcc\x81 noir", "cafe", "cafe\xcc\x81");
  /* a character folding to several is one match; fullwidth letters fold */
  assert_words ("Straße strasse", "strasse", "Straße|strasse");
  assert_words ("\xef\xbc\xa1\xef\xbc\xa2\xef\xbc\xa3 abc", "abc", "\xef\xbc\xa1\xef\xbc\xa2\xef\xbc\xa3|abc");
}

static void
test_chinese (void)
{
  const char *text = "工业和信息化部：我们已建成5G基站96.1万个。5G基站数量位居全球第一。";

  assert_words (text, "5g基站", "5G基站|5G基站");
  assert_spans (text, "基站", "15-17 26-28");
  assert_spans (text, "信息化", "3-6");
}

static void
test_empty (void)
{
  assert_spans ("some text", "", "");
  /* a query of marks alone folds to nothing */
  assert_spans ("some text", "\xcc\x81", "");
  assert_spans ("", "a", "");
}

static void
test_finder_reuse (void)
{
  const char *text = "Ports and portals: the port authority reports.";
  g_autoptr(GlossTextFinder) finder = gloss_text_finder_new (text, -1);
  g_autoptr(GArray) ports = gloss_text_finder_find (finder, "port");
  g_autoptr(GArray) none = gloss_text_finder_find (finder, "harbour");
  g_autoptr(GArray) the = gloss_text_finder_find (finder, "the");

  g_assert_cmpuint (gloss_text_finder_get_length (finder), ==, g_utf8_strlen (text, -1));
  g_assert_cmpuint (ports->len, ==, 4);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (the->len, ==, 1);
  g_assert_cmpuint (g_array_index (ports, GlossTextSpan, 3).start, ==, 40);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-find/case", test_case);
  g_test_add_func ("/text-find/accents", test_accents);
  g_test_add_func ("/text-find/chinese", test_chinese);
  g_test_add_func ("/text-find/empty", test_empty);
  g_test_add_func ("/text-find/finder-reuse", test_finder_reuse);

  return g_test_run ();
}
