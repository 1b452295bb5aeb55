#include "config.h"

#include <string.h>

#include "gloss-diff.h"
#include "test-util.h"

/* Every stretch between hunks must be the same text on both sides, the
 * hunks in order on both sides, and the map must follow the unchanged
 * text. Returns the number of unchanged code points. */
static guint
check_script (const char *old_text,
              const char *new_text,
              GlossDiff  *diff)
{
  g_autofree gunichar *x = NULL;
  g_autofree gunichar *y = NULL;
  glong n = 0, m = 0;
  guint old_pos = 0, new_pos = 0;
  guint unchanged = 0;

  x = g_utf8_to_ucs4_fast (old_text, -1, &n);
  y = g_utf8_to_ucs4_fast (new_text, -1, &m);
  g_assert_cmpuint (gloss_diff_get_old_length (diff), ==, n);
  g_assert_cmpuint (gloss_diff_get_new_length (diff), ==, m);

  for (guint i = 0; i <= gloss_diff_get_n_hunks (diff); i++)
    {
      GlossDiffHunk end = { n, n, m, m };
      const GlossDiffHunk *hunk = i < gloss_diff_get_n_hunks (diff) ? gloss_diff_get_hunk (diff, i) : &end;

      g_assert_cmpuint (hunk->old_start, >=, old_pos);
      g_assert_cmpuint (hunk->new_start, >=, new_pos);
      g_assert_cmpuint (hunk->old_start - old_pos, ==, hunk->new_start - new_pos);
      for (guint k = 0; k < hunk->old_start - old_pos; k++)
        {
          g_assert_cmpuint (x[old_pos + k], ==, y[new_pos + k]);
          g_assert_cmpuint (gloss_diff_map (diff, old_pos + k, GLOSS_DIFF_GRAVITY_START), ==, new_pos + k);
          g_assert_cmpuint (gloss_diff_map (diff, old_pos + k + 1, GLOSS_DIFF_GRAVITY_END), ==, new_pos + k + 1);
          g_assert_cmpuint (gloss_diff_map_back (diff, new_pos + k, GLOSS_DIFF_GRAVITY_START), ==, old_pos + k);
        }
      unchanged += hunk->old_start - old_pos;
      if (i < gloss_diff_get_n_hunks (diff))
        {
          g_assert_true (hunk->old_end > hunk->old_start || hunk->new_end > hunk->new_start);
          g_assert_cmpuint (hunk->old_end, >=, hunk->old_start);
          g_assert_cmpuint (hunk->new_end, >=, hunk->new_start);
        }
      old_pos = hunk->old_end;
      new_pos = hunk->new_end;
    }
  g_assert_cmpuint (old_pos, ==, n);
  g_assert_cmpuint (new_pos, ==, m);
  g_assert_cmpuint (gloss_diff_count_unchanged (diff, 0, n), ==, unchanged);

  return unchanged;
}

static GlossDiff *
diff_strings (const char *old_text,
              const char *new_text)
{
  GlossDiff *diff = gloss_diff_new (old_text, -1, new_text, -1);

  check_script (old_text, new_text, diff);
  return diff;
}

static void
assert_hunk (GlossDiff *diff,
             guint      index,
             guint      old_start,
             guint      old_end,
             guint      new_start,
             guint      new_end)
{
  const GlossDiffHunk *hunk;

  g_assert_cmpuint (index, <, gloss_diff_get_n_hunks (diff));
  hunk = gloss_diff_get_hunk (diff, index);
  g_assert_cmpuint (hunk->old_start, ==, old_start);
  g_assert_cmpuint (hunk->old_end, ==, old_end);
  g_assert_cmpuint (hunk->new_start, ==, new_start);
  g_assert_cmpuint (hunk->new_end, ==, new_end);
}

static void
test_diff_equal (void)
{
  const char *text = "Tian Yulong:\n\nBy the end of June, 961,000 5G base stations had been built.\n";
  g_autoptr(GlossDiff) diff = diff_strings (text, text);
  g_autoptr(GlossDiff) empty = diff_strings ("", "");

  g_assert_cmpuint (gloss_diff_get_n_hunks (diff), ==, 0);
  g_assert_cmpuint (gloss_diff_get_n_moves (diff), ==, 0);
  for (guint i = 0; i <= strlen (text); i++)
    {
      g_assert_cmpuint (gloss_diff_map (diff, i, GLOSS_DIFF_GRAVITY_START), ==, i);
      g_assert_cmpuint (gloss_diff_map (diff, i, GLOSS_DIFF_GRAVITY_END), ==, i);
    }
  g_assert_true (gloss_diff_new_span_is_unchanged (diff, 3, 40));

  g_assert_cmpuint (gloss_diff_get_n_hunks (empty), ==, 0);
  g_assert_cmpuint (gloss_diff_map (empty, 0, GLOSS_DIFF_GRAVITY_START), ==, 0);
}

static void
test_diff_insert_at_top (void)
{
  const char *old_text = "Host:\n\nGood morning.\n";
  const char *new_text = "Editor's note: corrected on 18 July.\n\nHost:\n\nGood morning.\n";
  g_autoptr(GlossDiff) diff = diff_strings (old_text, new_text);
  guint note = strlen ("Editor's note: corrected on 18 July.\n\n");

  g_assert_cmpuint (gloss_diff_get_n_hunks (diff), ==, 1);
  assert_hunk (diff, 0, 0, 0, 0, note);
  /* a span starting at 0 does not take in the note; one ending at 0 stays before it */
  g_assert_cmpuint (gloss_diff_map (diff, 0, GLOSS_DIFF_GRAVITY_START), ==, note);
  g_assert_cmpuint (gloss_diff_map (diff, 0, GLOSS_DIFF_GRAVITY_END), ==, 0);
  g_assert_cmpuint (gloss_diff_map (diff, 7, GLOSS_DIFF_GRAVITY_START), ==, note + 7);
  g_assert_cmpuint (gloss_diff_map (diff, strlen (old_text), GLOSS_DIFF_GRAVITY_END), ==, strlen (new_text));
  g_assert_cmpuint (gloss_diff_map_back (diff, 3, GLOSS_DIFF_GRAVITY_START), ==, 0);
  g_assert_false (gloss_diff_new_span_is_unchanged (diff, 0, note + 2));
  g_assert_true (gloss_diff_new_span_is_unchanged (diff, note, note + 5));
}

static void
test_diff_figure (void)
{
  const char *old_text = "By the end of June, 961,000 5G base stations had been built.";
  const char *new_text = "By the end of June, 962,000 5G base stations had been built.";
  g_autoptr(GlossDiff) diff = diff_strings (old_text, new_text);

  /* one character, not the whole token */
  g_assert_cmpuint (gloss_diff_get_n_hunks (diff), ==, 1);
  assert_hunk (diff, 0, 22, 23, 22, 23);
  /* "961,000 5G base stations" */
  g_assert_cmpuint (gloss_diff_map (diff, 20, GLOSS_DIFF_GRAVITY_START), ==, 20);
  g_assert_cmpuint (gloss_diff_map (diff, 44, GLOSS_DIFF_GRAVITY_END), ==, 44);
  /* the start of a span on the replaced digit goes to the new digit, its end after it */
  g_assert_cmpuint (gloss_diff_map (diff, 22, GLOSS_DIFF_GRAVITY_START), ==, 22);
  g_assert_cmpuint (gloss_diff_map (diff, 23, GLOSS_DIFF_GRAVITY_END), ==, 23);
  g_assert_cmpuint (gloss_diff_count_unchanged (diff, 20, 44), ==, 23);
}

static void
test_diff_word_replaced (void)
{
  const char *old_text = "The ministry approved 12 new plants this year.";
  const char *new_text = "The ministry rejected 12 new plants this year.";
  g_autoptr(GlossDiff) diff = diff_strings (old_text, new_text);
  guint start = gloss_diff_map (diff, 13, GLOSS_DIFF_GRAVITY_START);
  guint end = gloss_diff_map (diff, 21, GLOSS_DIFF_GRAVITY_END);

  /* the replaced word maps onto its replacement */
  g_assert_cmpuint (start, ==, 13);
  g_assert_cmpuint (end, ==, 21);
}

static void
test_diff_cjk (void)
{
  const char *old_text = "田玉龙：截至6月底，我国累计建成5G基站96.1万个。接种疫苗14亿剂次。";
  const char *new_text = "田玉龙：截至6月底，我国累计建成5G基站96.2万个。接种疫苗14亿剂次。";
  g_autoptr(GlossDiff) diff = diff_strings (old_text, new_text);

  /* code points, not bytes: "1" of 96.1 is code point 23 */
  g_assert_cmpuint (gloss_diff_get_n_hunks (diff), ==, 1);
  assert_hunk (diff, 0, 23, 24, 23, 24);
}

static void
test_diff_delete_sentence (void)
{
  const char *old_text = "First, output grew. Second, exports fell by 3 percent. Third, prices were stable.\n";
  const char *new_text = "First, output grew. Third, prices were stable.\n";
  g_autoptr(GlossDiff) diff = diff_strings (old_text, new_text);
  guint deleted = strlen ("Second, exports fell by 3 percent. ");

  g_assert_cmpuint (gloss_diff_get_n_hunks (diff), ==, 1);
  assert_hunk (diff, 0, 20, 20 + deleted, 20, 20);
  /* a span inside the deleted sentence collapses where it was */
  g_assert_cmpuint (gloss_diff_map (diff, 28, GLOSS_DIFF_GRAVITY_START), ==, 20);
  g_assert_cmpuint (gloss_diff_map (diff, 40, GLOSS_DIFF_GRAVITY_END), ==, 20);
  g_assert_cmpuint (gloss_diff_count_unchanged (diff, 20, 20 + deleted), ==, 0);
}

static void
test_diff_moved_paragraph (void)
{
  const char *a = "The floor is now open for questions from the press.\n\n";
  const char *b = "Industrial output grew by 6.3 percent in the first half of the year.\n\n";
  const char *c = "Broadband now reaches every village with more than twenty households.\n\n";
  const char *d = "Thank you. That is all for today.\n";
  g_autofree char *old_text = g_strconcat (a, b, c, d, NULL);
  g_autofree char *new_text = g_strconcat (a, c, b, d, NULL);
  g_autoptr(GlossDiff) diff = diff_strings (old_text, new_text);
  guint old_b = strlen (a);
  guint old_c = old_b + strlen (b);
  guint new_c = strlen (a);
  guint new_b = new_c + strlen (c);
  const GlossDiffHunk *move;
  guint moved_from, moved_to, offset, target;

  g_assert_cmpuint (gloss_diff_get_n_moves (diff), ==, 1);
  move = gloss_diff_get_move (diff, 0);
  /* one of the two paragraphs moved over the other; the diff keeps the other in place */
  if (move->old_start == old_b)
    {
      moved_from = old_b;
      moved_to = new_b;
      /* the paragraph's line; its blank line may stay behind in the diff */
      g_assert_cmpuint (move->old_end, >=, old_b + strlen (b) - 1);
    }
  else
    {
      moved_from = old_c;
      moved_to = new_c;
      g_assert_cmpuint (move->old_start, ==, old_c);
      g_assert_cmpuint (move->old_end, >=, old_c + strlen (c) - 1);
    }
  g_assert_cmpuint (move->new_start, ==, moved_to);

  offset = moved_from + 11;
  target = gloss_diff_map_moved (diff, offset, GLOSS_DIFF_GRAVITY_START);
  g_assert_cmpuint (target, ==, moved_to + 11);
  g_assert_cmpuint (gloss_diff_map_moved (diff, offset + 20, GLOSS_DIFF_GRAVITY_END), ==, moved_to + 31);
  g_assert_cmpuint (gloss_diff_map_moved (diff, 3, GLOSS_DIFF_GRAVITY_START), ==, G_MAXUINT);
  g_assert_cmpuint (gloss_diff_map_moved (diff, 0, GLOSS_DIFF_GRAVITY_END), ==, G_MAXUINT);
}

static void
test_diff_moved_and_edited (void)
{
  const char *a = "The floor is now open for questions from the press and the public.\n\n";
  const char *b1 = "Industrial output grew by 6.3 percent in the first half of the year. ";
  const char *b2 = "Exports of machinery rose faster than those of any other sector.\n\n";
  const char *b2_edited = "Exports of machinery rose faster than those of any other sectors.\n\n";
  const char *c = "Broadband now reaches every village with more than twenty households. ";
  const char *c2 = "Rural schools were connected to fibre at the same time as clinics.\n\n";
  const char *d = "Thank you. That is all for today.\n";
  g_autofree char *old_text = g_strconcat (a, b1, b2, c, c2, d, NULL);
  g_autofree char *new_text = g_strconcat (a, c, c2, b1, b2_edited, d, NULL);
  g_autoptr(GlossDiff) diff = diff_strings (old_text, new_text);
  guint old_b2 = strlen (a) + strlen (b1);
  guint new_b2 = strlen (a) + strlen (c) + strlen (c2) + strlen (b1);
  gboolean b_moved = gloss_diff_map_moved (diff, strlen (a), GLOSS_DIFF_GRAVITY_START) != G_MAXUINT;

  g_assert_cmpuint (gloss_diff_get_n_moves (diff), ==, 1);
  if (b_moved)
    {
      /* the edited sentence moved with its neighbour: "sector" → "sectors" */
      g_assert_cmpuint (gloss_diff_map_moved (diff, old_b2, GLOSS_DIFF_GRAVITY_START), ==, new_b2);
      /* the "s" is inserted right after "sector": outside a span ending there */
      g_assert_cmpuint (gloss_diff_map_moved (diff, old_b2 + 63, GLOSS_DIFF_GRAVITY_END), ==, new_b2 + 63);
      g_assert_cmpuint (gloss_diff_map_moved (diff, old_b2 + 63, GLOSS_DIFF_GRAVITY_START), ==, new_b2 + 64);
    }
  else
    g_assert_cmpuint (gloss_diff_map_moved (diff, strlen (a) + strlen (b1) + strlen (b2),
                                            GLOSS_DIFF_GRAVITY_START),
                      ==, strlen (a));
}

/* the longest common subsequence of two code-point strings, by the book */
static guint
lcs_by_table (const gunichar *x,
              guint           n,
              const gunichar *y,
              guint           m)
{
  g_autofree guint *row = g_new0 (guint, (n + 1) * (m + 1));

  for (guint i = 1; i <= n; i++)
    for (guint j = 1; j <= m; j++)
      {
        guint *cell = &row[i * (m + 1) + j];

        if (x[i - 1] == y[j - 1])
          *cell = row[(i - 1) * (m + 1) + j - 1] + 1;
        else
          *cell = MAX (row[(i - 1) * (m + 1) + j], row[i * (m + 1) + j - 1]);
      }

  return row[n * (m + 1) + m];
}

static char *
random_letters (guint       length,
                const char *alphabet)
{
  char *s = g_new (char, length + 1);
  guint n = strlen (alphabet);

  for (guint i = 0; i < length; i++)
    s[i] = alphabet[g_test_rand_int_range (0, n)];
  s[length] = '\0';
  return s;
}

static void
test_diff_shortest (void)
{
  /* one word each: the diff goes down to code points and must be shortest */
  for (guint round = 0; round < 400; round++)
    {
      g_autofree char *x = random_letters (g_test_rand_int_range (0, 60), "abc");
      g_autofree char *y = random_letters (g_test_rand_int_range (0, 60), "abc");
      g_autoptr(GlossDiff) diff = gloss_diff_new (x, -1, y, -1);
      g_autofree gunichar *xv = g_utf8_to_ucs4_fast (x, -1, NULL);
      g_autofree gunichar *yv = g_utf8_to_ucs4_fast (y, -1, NULL);
      guint lcs = lcs_by_table (xv, strlen (x), yv, strlen (y));

      g_assert_cmpuint (check_script (x, y, diff), ==, lcs);
      g_assert_cmpuint (gloss_diff_distance (xv, strlen (x), yv, strlen (y), G_MAXUINT - 1),
                        ==, strlen (x) + strlen (y) - 2 * lcs);
    }
}

static void
test_diff_distance (void)
{
  const gunichar a[] = { 'k', 'i', 't', 't', 'e', 'n' };
  const gunichar b[] = { 's', 'i', 't', 't', 'i', 'n', 'g' };

  /* k→s and e→i are two each, plus g */
  g_assert_cmpuint (gloss_diff_distance (a, 6, b, 7, 100), ==, 5);
  g_assert_cmpuint (gloss_diff_distance (a, 6, b, 7, 3), ==, 4);
  g_assert_cmpuint (gloss_diff_distance (a, 0, b, 7, 100), ==, 7);
  g_assert_cmpuint (gloss_diff_distance (a, 6, a, 6, 0), ==, 0);

  g_assert_cmpfloat (gloss_diff_similarity ("", -1, "", -1, 0.5), ==, 1.0);
  g_assert_cmpfloat (gloss_diff_similarity ("abc", -1, "xyz", -1, 0.0), ==, 0.0);
  g_assert_cmpfloat_with_epsilon (gloss_diff_similarity ("961,000 base stations", -1,
                                                         "962,000 base stations", -1, 0.5),
                                  40.0 / 42.0, 1e-9);
  /* code points, not bytes: one changed digit of eight */
  g_assert_cmpfloat_with_epsilon (gloss_diff_similarity ("基站96.1万个", -1, "基站96.2万个", -1, 0.5),
                                  14.0 / 16.0, 1e-9);
  /* below the floor the answer only says so */
  g_assert_cmpfloat (gloss_diff_similarity ("the rural school", -1, "a digital network", -1, 0.9), <, 0.9);
}

static const char * const words[] = {
  "industry", "output", "growth", "network", "base", "station", "vaccine", "dose",
  "the", "the", "the", "of", "and", "in", "5G", "961,000", "12.5%", "naïve", "基站", "疫苗",
};

static GString *
random_text (guint n_words)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      g_string_append (s, words[g_test_rand_int_range (0, G_N_ELEMENTS (words))]);
      switch (g_test_rand_int_range (0, 20))
        {
        case 0:
          g_string_append (s, ". ");
          break;
        case 1:
          g_string_append (s, ".\n\n");
          break;
        case 2:
          g_string_append (s, "。");
          break;
        default:
          g_string_append_c (s, ' ');
        }
    }

  return s;
}

/* a character boundary near @pos */
static gsize
boundary (GString *s,
          gsize    pos)
{
  while (pos > 0 && pos < s->len && (s->str[pos] & 0xC0) == 0x80)
    pos--;
  return pos;
}

static void
edit_randomly (GString *s,
               guint    n_edits)
{
  for (guint i = 0; i < n_edits; i++)
    {
      gsize pos = boundary (s, g_test_rand_int_range (0, s->len + 1));
      gsize length = g_test_rand_int_range (0, 40);
      gsize end = boundary (s, MIN (s->len, pos + length));

      switch (g_test_rand_int_range (0, 3))
        {
        case 0:
          g_string_insert (s, pos, words[g_test_rand_int_range (0, G_N_ELEMENTS (words))]);
          break;
        case 1:
          g_string_erase (s, pos, end - pos);
          break;
        default:
          g_string_erase (s, pos, end - pos);
          g_string_insert (s, pos, "revised ");
        }
    }
}

static void
test_diff_random_edits (void)
{
  for (guint round = 0; round < 60; round++)
    {
      g_autoptr(GString) old_text = random_text (g_test_rand_int_range (0, 400));
      g_autoptr(GString) new_text = g_string_new (old_text->str);
      g_autoptr(GlossDiff) diff = NULL;

      edit_randomly (new_text, g_test_rand_int_range (0, 12));
      diff = gloss_diff_new (old_text->str, old_text->len, new_text->str, new_text->len);
      check_script (old_text->str, new_text->str, diff);
    }
}

static void
test_diff_large_scattered (void)
{
  g_autoptr(GString) old_text = random_text (200000);
  g_autoptr(GString) new_text = g_string_new (old_text->str);
  g_autoptr(GlossDiff) diff = NULL;
  gint64 begin;
  guint unchanged;
  glong old_length = g_utf8_strlen (old_text->str, -1);

  edit_randomly (new_text, 200);
  begin = g_get_monotonic_time ();
  diff = gloss_diff_new (old_text->str, old_text->len, new_text->str, new_text->len);
  g_test_message ("%.1f MB, 200 edits: %.3f s, %u hunks", old_text->len / 1e6,
                  (g_get_monotonic_time () - begin) / 1e6, gloss_diff_get_n_hunks (diff));
  unchanged = check_script (old_text->str, new_text->str, diff);
  /* 200 edits of at most 40 characters: no more than that may be lost */
  g_assert_cmpuint (unchanged, >=, old_length - 200 * 40);
}

static void
test_diff_unrelated (void)
{
  g_autoptr(GString) old_text = random_text (60000);
  g_autoptr(GString) new_text = random_text (60000);
  g_autoptr(GlossDiff) diff = NULL;
  g_autofree char *long_line_a = random_letters (200000, "abcdefgh");
  g_autofree char *long_line_b = random_letters (200000, "abcdefgh");
  g_autoptr(GlossDiff) long_diff = NULL;
  gint64 begin = g_get_monotonic_time ();

  /* nothing in common but the vocabulary: the cost cap must keep this
   * from being quadratic, and the script still right */
  diff = gloss_diff_new (old_text->str, old_text->len, new_text->str, new_text->len);
  check_script (old_text->str, new_text->str, diff);
  long_diff = gloss_diff_new (long_line_a, -1, long_line_b, -1);
  check_script (long_line_a, long_line_b, long_diff);
  g_test_message ("unrelated texts: %.3f s", (g_get_monotonic_time () - begin) / 1e6);
}

int
main (int   argc,
      char *argv[])
{
  test_util_init_seeded (&argc, &argv, "R02S5eed0000d1ff0000a11c1a1b0000cafe");

  g_test_add_func ("/diff/equal", test_diff_equal);
  g_test_add_func ("/diff/insert-at-top", test_diff_insert_at_top);
  g_test_add_func ("/diff/figure", test_diff_figure);
  g_test_add_func ("/diff/word-replaced", test_diff_word_replaced);
  g_test_add_func ("/diff/cjk", test_diff_cjk);
  g_test_add_func ("/diff/delete-sentence", test_diff_delete_sentence);
  g_test_add_func ("/diff/moved-paragraph", test_diff_moved_paragraph);
  g_test_add_func ("/diff/moved-and-edited", test_diff_moved_and_edited);
  g_test_add_func ("/diff/shortest", test_diff_shortest);
  g_test_add_func ("/diff/distance", test_diff_distance);
  g_test_add_func ("/diff/random-edits", test_diff_random_edits);
  g_test_add_func ("/diff/large-scattered", test_diff_large_scattered);
  g_test_add_func ("/diff/unrelated", test_diff_unrelated);

  return g_test_run ();
}
