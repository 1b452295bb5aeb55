#include "config.h"

#include <string.h>

#include "gloss-sentences.h"

/* the sentences as text, joined with " | " */
static char *
split (const char *text,
       const char *language)
{
  g_autoptr(GArray) sentences = gloss_sentences_split (text, -1, 0, language);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < sentences->len; i++)
    {
      const GlossSentence *s = &g_array_index (sentences, GlossSentence, i);
      g_autofree char *sentence = g_utf8_substring (text, s->start, s->end);

      g_assert_cmpuint (s->start, <, s->end);
      if (i > 0)
        g_assert_cmpuint (s->start, >=, g_array_index (sentences, GlossSentence, i - 1).end);
      g_string_append_printf (out, "%s%s", i > 0 ? " | " : "", sentence);
    }
  return g_string_free (out, FALSE);
}

static void
test_sentences_english (void)
{
  static const struct {
    const char *text;
    const char *sentences;
  } cases[] = {
    { "Mr. Smith met Dr. Li at 10 a.m. on July 16. He said: \"It grew 15.9%.\" Did it? Yes!",
      "Mr. Smith met Dr. Li at 10 a.m. on July 16. | He said: \"It grew 15.9%.\" | Did it? | Yes!" },
    { "Prof. Wang and Ms. Zhou spoke. Then the U.S. delegation left.",
      "Prof. Wang and Ms. Zhou spoke. | Then the U.S. delegation left." },
    { "Output rose 3.5 percent. Exports fell.", "Output rose 3.5 percent. | Exports fell." },
    { "What next?! We wait...  Then we act.", "What next?! | We wait... | Then we act." },
    { "No full stop at the end", "No full stop at the end" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *sentences = split (cases[i].text, "en");

      g_assert_cmpstr (sentences, ==, cases[i].sentences);
    }
}

static void
test_sentences_chinese (void)
{
  g_autofree char *plain = split ("上半年，工业增加值同比增长15.9%。这是好消息！对吗？", "zh");
  g_autofree char *quoted = split ("对吗？“我们将继续努力。”他说。", "zh");
  g_autofree char *dots = split ("截至6月底，累计建成5G基站96.1万个……下一步怎么办？", "zh");

  g_assert_cmpstr (plain, ==, "上半年，工业增加值同比增长15.9%。 | 这是好消息！ | 对吗？");
  /* an opening quotation mark opens the next sentence, not the last one */
  g_assert_cmpstr (quoted, ==, "对吗？ | “我们将继续努力。” | 他说。");
  g_assert_cmpstr (dots, ==, "截至6月底，累计建成5G基站96.1万个……下一步怎么办？");
}

static void
test_sentences_mixed (void)
{
  g_autofree char *mixed = split ("The ministry said 5G grew. 工信部表示，5G发展迅速。Next, the Q&A.", NULL);

  g_assert_cmpstr (mixed, ==, "The ministry said 5G grew. | 工信部表示，5G发展迅速。 | Next, the Q&A.");
}

static void
test_sentences_lines (void)
{
  g_autofree char *lines = split ("Tian Yulong:\nThank you\n\n  Next question.  \r\nSure", "en");

  /* a line break always ends a sentence; whitespace around is trimmed */
  g_assert_cmpstr (lines, ==, "Tian Yulong: | Thank you | Next question. | Sure");
}

static void
test_sentences_offsets (void)
{
  /* 😀 and 𠀀 are one code point each, four bytes and two UTF-16 units */
  const char *text = "😀 a. 𠀀 b.  𠀀𠀀 c！";
  g_autoptr(GArray) sentences = gloss_sentences_split (text, -1, 0, "en");
  g_autoptr(GArray) based = gloss_sentences_split (text, -1, 1000, "en");
  g_autoptr(GArray) prefix = gloss_sentences_split (text, strlen ("😀 a. 𠀀"), 0, "en");
  static const GlossSentence expected[] = { { 0, 4 }, { 5, 9 }, { 11, 16 } };

  g_assert_cmpuint (sentences->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpuint (g_array_index (sentences, GlossSentence, i).start, ==, expected[i].start);
      g_assert_cmpuint (g_array_index (sentences, GlossSentence, i).end, ==, expected[i].end);
      g_assert_cmpuint (g_array_index (based, GlossSentence, i).start, ==, 1000 + expected[i].start);
      g_assert_cmpuint (g_array_index (based, GlossSentence, i).end, ==, 1000 + expected[i].end);
    }
  g_assert_cmpuint (prefix->len, ==, 2);
  g_assert_cmpuint (g_array_index (prefix, GlossSentence, 1).start, ==, 5);
  g_assert_cmpuint (g_array_index (prefix, GlossSentence, 1).end, ==, 6);
}

static void
test_sentences_empty (void)
{
  g_autoptr(GArray) empty = gloss_sentences_split ("", -1, 0, "en");
  g_autoptr(GArray) null = gloss_sentences_split (NULL, 0, 0, NULL);
  g_autoptr(GArray) blank = gloss_sentences_split (" \n\t\u3000\n ", -1, 0, "zh");

  g_assert_cmpuint (empty->len, ==, 0);
  g_assert_cmpuint (null->len, ==, 0);
  g_assert_cmpuint (blank->len, ==, 0);
}

static void
test_sentences_invalid_utf8 (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GArray) sentences = gloss_sentences_split ("One.\xc3 Two.", -1, 0, NULL);

      g_assert_null (sentences);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*g_utf8_validate*");
}

/* the real transcript: every sentence is non-empty, trimmed, in order, and
 * the speaker lines stand alone */
static void
test_sentences_corpus (void)
{
  const char *dir = g_getenv ("GLOSS_CORPUS_DIR");
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GArray) sentences = NULL;
  guint end = 0;
  gboolean speaker_alone = FALSE;

  if (dir == NULL)
    {
      g_test_skip ("GLOSS_CORPUS_DIR is not set");
      return;
    }
  path = g_build_filename (dir, "scio-2021-07-16-miit.txt", NULL);
  if (!g_file_get_contents (path, &contents, NULL, NULL))
    {
      g_test_skip ("the corpus transcript is not there");
      return;
    }
  sentences = gloss_sentences_split (contents, -1, 0, "en");
  g_assert_cmpuint (sentences->len, >, 200);
  for (guint i = 0; i < sentences->len; i++)
    {
      const GlossSentence *s = &g_array_index (sentences, GlossSentence, i);
      g_autofree char *text = g_utf8_substring (contents, s->start, s->end);

      g_assert_cmpuint (s->start, >=, end);
      g_assert_false (g_unichar_isspace (g_utf8_get_char (text)));
      g_assert_false (g_unichar_isspace (g_utf8_get_char (g_utf8_find_prev_char (text, text + strlen (text)))));
      speaker_alone = speaker_alone || strcmp (text, "Tian Yulong:") == 0;
      end = s->end;
    }
  g_assert_true (speaker_alone);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sentences/english", test_sentences_english);
  g_test_add_func ("/sentences/chinese", test_sentences_chinese);
  g_test_add_func ("/sentences/mixed", test_sentences_mixed);
  g_test_add_func ("/sentences/lines", test_sentences_lines);
  g_test_add_func ("/sentences/offsets", test_sentences_offsets);
  g_test_add_func ("/sentences/empty", test_sentences_empty);
  g_test_add_func ("/sentences/invalid-utf8", test_sentences_invalid_utf8);
  g_test_add_func ("/sentences/corpus", test_sentences_corpus);

  return g_test_run ();
}
