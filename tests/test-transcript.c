#include "config.h"

#include <string.h>

#include "gloss-transcript.h"

/* A text mixing 1-, 2-, 3- and 4-byte characters, long enough to cross
 * many index boundaries. */
static char *
make_mixed_text (guint n_chars)
{
  static const char * const pieces[] = { "a", "é", "中", "😀", "\n", "文", "z" };
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n_chars; i++)
    g_string_append (s, pieces[(i * 7 + i / 3) % G_N_ELEMENTS (pieces)]);

  return g_string_free (s, FALSE);
}

static void
test_transcript_offsets (void)
{
  g_autofree char *text = make_mixed_text (5000);
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new (text, -1);
  const char *p = text;

  g_assert_cmpuint (gloss_transcript_get_length (transcript), ==, 5000);
  g_assert_cmpuint (gloss_transcript_get_length (transcript), ==, g_utf8_strlen (text, -1));
  g_assert_cmpuint (gloss_transcript_get_text_size (transcript), ==, strlen (text));
  g_assert_cmpstr (gloss_transcript_get_text (transcript), ==, text);

  /* every offset, including both sides of each index boundary, against a plain walk */
  for (guint i = 0; i <= 5000; i++)
    {
      const char *q = gloss_transcript_offset_to_pointer (transcript, i);

      g_assert_cmpint (q - gloss_transcript_get_text (transcript), ==, p - text);
      g_assert_cmpuint (gloss_transcript_byte_to_offset (transcript, p - text), ==, i);
      if (i < 5000)
        p = g_utf8_next_char (p);
    }
}

static void
test_transcript_cjk (void)
{
  const char *text = "各位记者朋友，大家上午好。5G基站96.1万个。";
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new (text, -1);
  g_autofree char *slice = NULL;

  g_assert_cmpuint (gloss_transcript_get_length (transcript), ==, 24);
  slice = gloss_transcript_dup_slice (transcript, 13, 23);
  g_assert_cmpstr (slice, ==, "5G基站96.1万个");
  g_assert_cmpstr (gloss_transcript_offset_to_pointer (transcript, 23), ==, "。");
  g_assert_cmpstr (gloss_transcript_offset_to_pointer (transcript, 24), ==, "");
}

static void
test_transcript_slices (void)
{
  g_autofree char *text = make_mixed_text (1000);
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new (text, -1);
  guint bounds[][2] = { { 0, 0 }, { 0, 1 }, { 255, 257 }, { 100, 900 }, { 0, 1000 }, { 1000, 1000 }, { 511, 512 } };

  for (guint i = 0; i < G_N_ELEMENTS (bounds); i++)
    {
      g_autofree char *slice = gloss_transcript_dup_slice (transcript, bounds[i][0], bounds[i][1]);
      g_autofree char *expected = g_utf8_substring (text, bounds[i][0], bounds[i][1]);

      g_assert_cmpstr (slice, ==, expected);
      g_assert_cmpuint (g_utf8_strlen (slice, -1), ==, bounds[i][1] - bounds[i][0]);
    }
}

static void
test_transcript_length_limit (void)
{
  /* with an explicit length the text need not be NUL-terminated there */
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new ("中文abc", 6);

  g_assert_cmpuint (gloss_transcript_get_length (transcript), ==, 2);
  g_assert_cmpstr (gloss_transcript_get_text (transcript), ==, "中文");

  g_clear_object (&transcript);
  transcript = gloss_transcript_new ("", -1);
  g_assert_cmpuint (gloss_transcript_get_length (transcript), ==, 0);
  g_assert_cmpint (gloss_transcript_find_turn (transcript, 0), ==, -1);
}

static void
test_transcript_invalid (void)
{
  if (g_test_subprocess ())
    {
      GlossTranscript *transcript = gloss_transcript_new ("ab\xff", -1);

      g_assert_null (transcript);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*g_utf8_validate_len*");
}

static void
test_transcript_turns (void)
{
  g_autoptr(GlossTranscript) transcript = NULL;
  GString *text = g_string_new (NULL);
  guint starts[50];
  const GlossTurn *turn;

  for (guint i = 0; i < 50; i++)
    {
      starts[i] = g_utf8_strlen (text->str, -1);
      g_string_append_printf (text, "Speaker %u：発言 %u\n", i, i);
    }
  transcript = gloss_transcript_new (text->str, -1);
  g_string_free (text, TRUE);

  for (guint i = 0; i < 50; i++)
    {
      /* leave the first character of each line outside every turn */
      guint end = i + 1 < 50 ? starts[i + 1] : gloss_transcript_get_length (transcript);
      GlossTurnKind kind = i == 0 ? GLOSS_TURN_HEADER : (i % 2 ? GLOSS_TURN_QUESTION : GLOSS_TURN_ANSWER);
      g_autofree char *speaker = g_strdup_printf ("Speaker %u", i);

      g_assert_cmpuint (gloss_transcript_add_turn (transcript, kind, starts[i] + 1, end,
                                                   i == 0 ? NULL : speaker,
                                                   kind == GLOSS_TURN_QUESTION ? "Outlet" : NULL,
                                                   kind == GLOSS_TURN_ANSWER ? (int) i - 1 : -1),
                        ==, i);
    }

  g_assert_cmpuint (gloss_transcript_get_n_turns (transcript), ==, 50);
  for (guint i = 0; i < 50; i++)
    {
      g_assert_cmpint (gloss_transcript_find_turn (transcript, starts[i]), ==, -1);
      g_assert_cmpint (gloss_transcript_find_turn (transcript, starts[i] + 1), ==, i);
      g_assert_cmpint (gloss_transcript_find_turn (transcript, starts[i] + 5), ==, i);
    }
  g_assert_cmpint (gloss_transcript_find_turn (transcript, gloss_transcript_get_length (transcript)), ==, -1);
  g_assert_cmpint (gloss_transcript_find_turn (transcript, G_MAXUINT), ==, -1);

  turn = gloss_transcript_get_turn (transcript, 0);
  g_assert_cmpint (turn->kind, ==, GLOSS_TURN_HEADER);
  g_assert_null (turn->speaker);
  turn = gloss_transcript_get_turn (transcript, 4);
  g_assert_cmpint (turn->kind, ==, GLOSS_TURN_ANSWER);
  g_assert_cmpstr (turn->speaker, ==, "Speaker 4");
  g_assert_cmpint (turn->answers, ==, 3);
  g_assert_null (turn->outlet);
  turn = gloss_transcript_get_turn (transcript, 3);
  g_assert_cmpstr (turn->outlet, ==, "Outlet");
  g_assert_cmpint (turn->answers, ==, -1);
}

static void
test_transcript_turn_overlap (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GlossTranscript) transcript = gloss_transcript_new ("abcdefghij", -1);

      gloss_transcript_add_turn (transcript, GLOSS_TURN_REMARKS, 0, 5, "A", NULL, -1);
      gloss_transcript_add_turn (transcript, GLOSS_TURN_REMARKS, 4, 8, "B", NULL, -1);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
}

static void
test_transcript_kinds (void)
{
  static const char * const names[] = { "header", "remarks", "question", "answer", "footer" };
  GlossTurnKind kind;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_assert_cmpstr (gloss_turn_kind_to_string ((GlossTurnKind) i), ==, names[i]);
      g_assert_true (gloss_turn_kind_from_string (names[i], &kind));
      g_assert_cmpint (kind, ==, i);
    }
  g_assert_false (gloss_turn_kind_from_string ("Remarks", &kind));
  g_assert_false (gloss_turn_kind_from_string ("", &kind));
  g_assert_false (gloss_turn_kind_from_string (NULL, &kind));
}

static void
test_transcript_participants (void)
{
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new ("text", -1);
  const GlossParticipant *participant;

  gloss_transcript_add_participant (transcript, "Anna Berg", "Minister of Health");
  gloss_transcript_add_participant (transcript, "Li Wei", NULL);
  /* a list given twice counts once, and a later role fills a gap */
  gloss_transcript_add_participant (transcript, "Anna Berg", "Someone else");
  gloss_transcript_add_participant (transcript, "Li Wei", "Spokesperson");

  g_assert_cmpuint (gloss_transcript_get_n_participants (transcript), ==, 2);
  participant = gloss_transcript_get_participant (transcript, 0);
  g_assert_cmpstr (participant->name, ==, "Anna Berg");
  g_assert_cmpstr (participant->role, ==, "Minister of Health");
  g_assert_cmpstr (gloss_transcript_get_role (transcript, "Li Wei"), ==, "Spokesperson");
  g_assert_null (gloss_transcript_get_role (transcript, "Nobody"));
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_transcript_metadata (void)
{
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new ("text", -1);
  guint count = 0;

  g_signal_connect (transcript, "notify::title", G_CALLBACK (notify_count_cb), &count);

  g_assert_null (gloss_transcript_get_title (transcript));
  gloss_transcript_set_title (transcript, "Briefing");
  gloss_transcript_set_title (transcript, "Briefing");
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpstr (gloss_transcript_get_title (transcript), ==, "Briefing");

  gloss_transcript_set_date (transcript, "2021-07-16");
  gloss_transcript_set_place (transcript, "Beijing");
  gloss_transcript_set_language (transcript, "zh");
  gloss_transcript_set_source (transcript, "briefing.txt");
  g_assert_cmpstr (gloss_transcript_get_date (transcript), ==, "2021-07-16");
  g_assert_cmpstr (gloss_transcript_get_place (transcript), ==, "Beijing");
  g_assert_cmpstr (gloss_transcript_get_language (transcript), ==, "zh");
  g_assert_cmpstr (gloss_transcript_get_source (transcript), ==, "briefing.txt");

  gloss_transcript_set_title (transcript, NULL);
  g_assert_null (gloss_transcript_get_title (transcript));
  g_assert_cmpuint (count, ==, 2);

  g_assert_true (gloss_date_is_valid ("2021-07-16"));
  g_assert_true (gloss_date_is_valid ("2024-02-29"));
  g_assert_false (gloss_date_is_valid ("2021-02-29"));
  g_assert_false (gloss_date_is_valid ("2021-13-01"));
  g_assert_false (gloss_date_is_valid ("2021-7-16"));
  g_assert_false (gloss_date_is_valid ("July 16"));
  g_assert_false (gloss_date_is_valid (NULL));
}

static void
test_transcript_large (void)
{
  /* 5 MB of mostly CJK text: random access must not scan from the start */
  g_autofree char *text = make_mixed_text (2 * 1024 * 1024);
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new (text, -1);
  guint length = gloss_transcript_get_length (transcript);
  gint64 begin = g_get_monotonic_time ();
  gsize sum = 0;

  for (guint i = 0; i < 200000; i++)
    sum += gloss_transcript_offset_to_pointer (transcript, (guint) (((guint64) i * 7919) % length)) - text;
  g_assert_cmpuint (sum, >, 0);

  if (g_test_perf ())
    g_test_minimized_result ((g_get_monotonic_time () - begin) / 1e6, "200000 lookups: %.3f s",
                             (g_get_monotonic_time () - begin) / 1e6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/transcript/offsets", test_transcript_offsets);
  g_test_add_func ("/transcript/cjk", test_transcript_cjk);
  g_test_add_func ("/transcript/slices", test_transcript_slices);
  g_test_add_func ("/transcript/length-limit", test_transcript_length_limit);
  g_test_add_func ("/transcript/invalid-utf8", test_transcript_invalid);
  g_test_add_func ("/transcript/turns", test_transcript_turns);
  g_test_add_func ("/transcript/turn-overlap", test_transcript_turn_overlap);
  g_test_add_func ("/transcript/kinds", test_transcript_kinds);
  g_test_add_func ("/transcript/participants", test_transcript_participants);
  g_test_add_func ("/transcript/metadata", test_transcript_metadata);
  g_test_add_func ("/transcript/large", test_transcript_large);

  return g_test_run ();
}
