#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "gloss-importer.h"

/* ------------------------------------------------------------- helpers */

static void
dump_turns (GlossTranscript *transcript)
{
  if (!g_test_verbose ())
    return;

  for (guint i = 0; i < gloss_transcript_get_n_turns (transcript); i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (transcript, i);
      g_autofree char *head = gloss_transcript_dup_slice (transcript, turn->start,
                                                          MIN (turn->end, turn->start + 48));

      g_strdelimit (head, "\n", '/');
      g_test_message ("%2u %-8s %-26s %-26s %3d [%u,%u) %s", i,
                      gloss_turn_kind_to_string (turn->kind),
                      turn->speaker ? turn->speaker : "-",
                      turn->outlet ? turn->outlet : "-",
                      turn->answers, turn->start, turn->end, head);
    }
}

static GlossTranscript *
import_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GlossTranscript *transcript;

  transcript = gloss_importer_import_file (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (transcript);
  dump_turns (transcript);

  return transcript;
}

/* meson sets G_TEST_SRCDIR; a test run by hand finds the tree via config.h */
static char *
fixture_path (const char *name)
{
  if (g_getenv ("G_TEST_SRCDIR") != NULL)
    return g_test_build_filename (G_TEST_DIST, "data", "transcripts", name, NULL);
  return g_build_filename (SOURCE_DATADIR, "..", "tests", "data", "transcripts", name, NULL);
}

static char *
sample_path (void)
{
  const char *dir = g_getenv ("GLOSS_SAMPLE_DIR");

  return g_build_filename (dir != NULL ? dir : SOURCE_DATADIR, "sample-briefing.txt", NULL);
}

static GlossTranscript *
import_fixture (const char *name)
{
  g_autofree char *path = fixture_path (name);

  return import_path (path);
}

static GlossTranscript *
import_string (const char *text)
{
  g_autoptr(GError) error = NULL;
  GlossTranscript *transcript;

  transcript = gloss_importer_import_data (text, strlen (text), "test.txt", &error);
  g_assert_no_error (error);
  g_assert_nonnull (transcript);
  dump_turns (transcript);

  return transcript;
}

static char *
turn_text (GlossTranscript *transcript,
           guint            index)
{
  const GlossTurn *turn = gloss_transcript_get_turn (transcript, index);

  return gloss_transcript_dup_slice (transcript, turn->start, turn->end);
}

static void
assert_turn (GlossTranscript *transcript,
             guint            index,
             GlossTurnKind    kind,
             const char      *speaker,
             const char      *outlet,
             int              answers,
             const char      *prefix)
{
  const GlossTurn *turn;
  g_autofree char *text = NULL;

  g_assert_cmpuint (index, <, gloss_transcript_get_n_turns (transcript));
  turn = gloss_transcript_get_turn (transcript, index);
  text = turn_text (transcript, index);

  g_assert_cmpstr (gloss_turn_kind_to_string (turn->kind), ==, gloss_turn_kind_to_string (kind));
  g_assert_cmpstr (turn->speaker, ==, speaker);
  g_assert_cmpstr (turn->outlet, ==, outlet);
  g_assert_cmpint (turn->answers, ==, answers);
  if (prefix != NULL && !g_str_has_prefix (text, prefix))
    g_error ("turn %u starts with \"%.40s\", expected \"%s\"", index, text, prefix);
}

/* Invariants every import must keep: turns in order, not overlapping, each
 * starting and ending on non-blank text, every non-blank character from the
 * first speaker turn to the footer inside some turn, the header first and
 * the footer last. */
static void
assert_spans (GlossTranscript *transcript)
{
  const char *text = gloss_transcript_get_text (transcript);
  guint n = gloss_transcript_get_n_turns (transcript);
  guint length = gloss_transcript_get_length (transcript);
  guint prev_end = 0;

  g_assert_cmpuint (n, >, 0);

  for (guint i = 0; i < n; i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (transcript, i);
      const char *start = gloss_transcript_offset_to_pointer (transcript, turn->start);
      const char *end = gloss_transcript_offset_to_pointer (transcript, turn->end);
      const char *last = g_utf8_find_prev_char (text, end);

      g_assert_cmpuint (turn->start, <, turn->end);
      g_assert_cmpuint (turn->end, <=, length);
      g_assert_cmpuint (turn->start, >=, prev_end);
      g_assert_false (g_unichar_isspace (g_utf8_get_char (start)));
      g_assert_nonnull (last);
      g_assert_false (g_unichar_isspace (g_utf8_get_char (last)));

      if (turn->kind == GLOSS_TURN_HEADER)
        g_assert_cmpuint (i, ==, 0);
      if (turn->kind == GLOSS_TURN_FOOTER)
        g_assert_cmpuint (i, ==, n - 1);
      if (turn->kind == GLOSS_TURN_HEADER || turn->kind == GLOSS_TURN_FOOTER)
        {
          g_assert_null (turn->speaker);
          g_assert_null (turn->outlet);
        }
      if (turn->kind == GLOSS_TURN_ANSWER)
        {
          g_assert_cmpint (turn->answers, >=, 0);
          g_assert_cmpint (turn->answers, <, (int) i);
          g_assert_cmpint (gloss_transcript_get_turn (transcript, turn->answers)->kind, ==,
                           GLOSS_TURN_QUESTION);
        }
      else
        g_assert_cmpint (turn->answers, ==, -1);

      /* only blank text between turns */
      if (i > 0)
        {
          const char *gap = gloss_transcript_offset_to_pointer (transcript, prev_end);

          for (const char *p = gap; p < start; p = g_utf8_next_char (p))
            g_assert_true (g_unichar_isspace (g_utf8_get_char (p)));
        }
      prev_end = turn->end;
    }
}

static guint
count_kind (GlossTranscript *transcript,
            GlossTurnKind    kind)
{
  guint count = 0;

  for (guint i = 0; i < gloss_transcript_get_n_turns (transcript); i++)
    if (gloss_transcript_get_turn (transcript, i)->kind == kind)
      count++;
  return count;
}

/* --------------------------------------------------------- conventions */

static void
test_name_line (void)
{
  g_autoptr(GlossTranscript) t = import_fixture ("name-line.txt");

  assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "Briefing on port traffic and clean shipping");
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2023-10-09");
  g_assert_cmpstr (gloss_transcript_get_place (t), ==, "Lisbon");
  g_assert_cmpstr (gloss_transcript_get_language (t), ==, "en");
  g_assert_cmpstr (gloss_transcript_get_source (t), ==, "name-line.txt");

  /* the list is given twice but counts once */
  g_assert_cmpuint (gloss_transcript_get_n_participants (t), ==, 3);
  g_assert_cmpstr (gloss_transcript_get_role (t, "Rui Tavares"), ==, "president of the Harbour Authority");
  g_assert_cmpstr (gloss_transcript_get_role (t, "Carla Souza"), ==, "press officer of the Harbour Authority");

  assert_turn (t, 0, GLOSS_TURN_HEADER, NULL, NULL, -1, "Briefing on port traffic");
  assert_turn (t, 1, GLOSS_TURN_REMARKS, "Carla Souza", NULL, -1, "Carla Souza:\n\nGood afternoon");
  /* "This year we will focus on three areas:" is prose, not a label */
  assert_turn (t, 2, GLOSS_TURN_REMARKS, "Rui Tavares", NULL, -1, "Rui Tavares:");
  {
    g_autofree char *text = turn_text (t, 2);

    g_assert_true (g_str_has_suffix (text, "by 20 minutes."));
  }
  assert_turn (t, 3, GLOSS_TURN_REMARKS, "Carla Souza", NULL, -1, "Carla Souza:\n\nThe floor is open");
  assert_turn (t, 4, GLOSS_TURN_QUESTION, "Reuters", "Reuters", -1, "Reuters:");
  assert_turn (t, 5, GLOSS_TURN_ANSWER, "Rui Tavares", NULL, 4, NULL);
  assert_turn (t, 6, GLOSS_TURN_ANSWER, "Joana Meireles", NULL, 4, NULL);
  assert_turn (t, 7, GLOSS_TURN_QUESTION, "Phoenix TV", "Phoenix TV", -1, NULL);
  assert_turn (t, 8, GLOSS_TURN_ANSWER, "Joana Meireles", NULL, 7, NULL);
  assert_turn (t, 9, GLOSS_TURN_QUESTION, "CCTV", "CCTV", -1, NULL);
  assert_turn (t, 10, GLOSS_TURN_ANSWER, "Rui Tavares", NULL, 9, NULL);
  assert_turn (t, 11, GLOSS_TURN_ANSWER, "Joana Meireles", NULL, 9, NULL);
  assert_turn (t, 12, GLOSS_TURN_REMARKS, "Carla Souza", NULL, -1, NULL);
  assert_turn (t, 13, GLOSS_TURN_FOOTER, NULL, NULL, -1, "Translator: Ana Lima");
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 14);
}

static void
test_name_line_chinese (void)
{
  g_autoptr(GlossTranscript) t = import_fixture ("name-line-zh.txt");

  assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "港口绿色发展新闻发布会");
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2023-05-12");
  g_assert_cmpstr (gloss_transcript_get_place (t), ==, "北京");
  g_assert_cmpstr (gloss_transcript_get_language (t), ==, "zh");
  g_assert_cmpuint (gloss_transcript_get_n_participants (t), ==, 3);
  g_assert_cmpstr (gloss_transcript_get_role (t, "林海涛"), ==, "交通运输部新闻发言人、水运局局长");

  assert_turn (t, 0, GLOSS_TURN_HEADER, NULL, NULL, -1, "港口绿色发展新闻发布会");
  assert_turn (t, 1, GLOSS_TURN_REMARKS, "主持人", NULL, -1, "主持人：");
  /* "今年我们主要做好以下几方面工作：" is prose ending in a colon */
  assert_turn (t, 2, GLOSS_TURN_REMARKS, "林海涛", NULL, -1, "林海涛：");
  assert_turn (t, 3, GLOSS_TURN_REMARKS, "主持人", NULL, -1, NULL);
  assert_turn (t, 4, GLOSS_TURN_QUESTION, "中国日报记者", "中国日报", -1, "中国日报记者：");
  assert_turn (t, 5, GLOSS_TURN_ANSWER, "林海涛", NULL, 4, NULL);
  assert_turn (t, 6, GLOSS_TURN_ANSWER, "周晓梅", NULL, 4, NULL);
  assert_turn (t, 7, GLOSS_TURN_QUESTION, "记者", NULL, -1, "记者：");
  assert_turn (t, 8, GLOSS_TURN_ANSWER, "周晓梅", NULL, 7, NULL);
  assert_turn (t, 9, GLOSS_TURN_REMARKS, "主持人", NULL, -1, NULL);
  assert_turn (t, 10, GLOSS_TURN_FOOTER, NULL, NULL, -1, "翻译：");
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 11);
}

static void
test_name_title (void)
{
  g_autoptr(GlossTranscript) t = import_fixture ("name-title.txt");

  assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2022-03-03");
  g_assert_cmpstr (gloss_transcript_get_place (t), ==, "Riverton");
  /* officials' titles become their roles; askers' are their outlets */
  g_assert_cmpstr (gloss_transcript_get_role (t, "ANNA BERG"), ==, "MINISTER OF HEALTH");
  g_assert_cmpstr (gloss_transcript_get_role (t, "PAUL OKAFOR"), ==, "DIRECTOR OF THE WATER AGENCY");
  g_assert_null (gloss_transcript_get_role (t, "TOM REED"));

  assert_turn (t, 1, GLOSS_TURN_REMARKS, "ANNA BERG", NULL, -1, "ANNA BERG, MINISTER OF HEALTH: Good");
  assert_turn (t, 2, GLOSS_TURN_REMARKS, "PAUL OKAFOR", NULL, -1, "PAUL OKAFOR,");
  assert_turn (t, 3, GLOSS_TURN_QUESTION, "TOM REED", "DAILY HERALD", -1, "TOM REED,");
  /* short forms, and "Note:" inside an answer is no label */
  assert_turn (t, 4, GLOSS_TURN_ANSWER, "ANNA BERG", NULL, 3, "BERG: ");
  assert_turn (t, 5, GLOSS_TURN_ANSWER, "PAUL OKAFOR", NULL, 3, "OKAFOR: By Friday");
  assert_turn (t, 6, GLOSS_TURN_QUESTION, "LENA FISCHER", "RADIO NORD", -1, NULL);
  assert_turn (t, 7, GLOSS_TURN_ANSWER, "ANNA BERG", NULL, 6, "BERG: About");
  assert_turn (t, 8, GLOSS_TURN_FOOTER, NULL, NULL, -1, "Translator: Jane Doe");
}

static void
test_honorific (void)
{
  g_autoptr(GlossTranscript) t = import_fixture ("honorific.txt");

  assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2023-05-04");
  g_assert_cmpstr (gloss_transcript_get_place (t), ==, "Washington");

  assert_turn (t, 1, GLOSS_TURN_REMARKS, "MR. SMITH", NULL, -1, "MR. SMITH: Good afternoon");
  assert_turn (t, 2, GLOSS_TURN_QUESTION, NULL, NULL, -1, "QUESTION: Thanks");
  /* the spokesperson who opened also answers: he is no moderator */
  assert_turn (t, 3, GLOSS_TURN_ANSWER, "MR. SMITH", NULL, 2, "MR. SMITH: About");
  assert_turn (t, 4, GLOSS_TURN_ANSWER, "DR. LEE", NULL, 2, "DR. LEE:");
  assert_turn (t, 5, GLOSS_TURN_QUESTION, NULL, NULL, -1, NULL);
  /* "MR SMITH" without the period is the same speaker */
  assert_turn (t, 6, GLOSS_TURN_ANSWER, "MR. SMITH", NULL, 5, "MR SMITH:");
  assert_turn (t, 7, GLOSS_TURN_ANSWER, "MS. GARCIA", NULL, 5, NULL);
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 8);
}

static void
test_q_a (void)
{
  g_autoptr(GlossTranscript) t = import_fixture ("q-a.txt");

  assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "Interview with the Minister of Energy");
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2021-07-16");
  g_assert_null (gloss_transcript_get_place (t));

  assert_turn (t, 0, GLOSS_TURN_HEADER, NULL, NULL, -1, NULL);
  assert_turn (t, 1, GLOSS_TURN_QUESTION, NULL, NULL, -1, "Q: Minister");
  assert_turn (t, 2, GLOSS_TURN_ANSWER, NULL, NULL, 1, "A: They fell");
  {
    /* the answer's second paragraph belongs to it */
    g_autofree char *text = turn_text (t, 2);

    g_assert_true (g_str_has_suffix (text, "two coal plants."));
  }
  /* an outlet named in the label */
  assert_turn (t, 3, GLOSS_TURN_QUESTION, NULL, "Reuters", -1, "Q (Reuters):");
  assert_turn (t, 4, GLOSS_TURN_ANSWER, NULL, NULL, 3, "A: Yes.");
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 5);
}

static void
test_question_answer (void)
{
  g_autoptr(GlossTranscript) t = import_fixture ("question-answer.txt");

  assert_spans (t);
  /* a colon in the title does not make it a turn */
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "Transcript: town hall on rural broadband");
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2021-07-16");
  assert_turn (t, 1, GLOSS_TURN_QUESTION, NULL, NULL, -1, "QUESTION: When");
  assert_turn (t, 2, GLOSS_TURN_ANSWER, NULL, NULL, 1, "ANSWER: The first");
  assert_turn (t, 3, GLOSS_TURN_QUESTION, NULL, NULL, -1, "QUESTION: What");
  assert_turn (t, 4, GLOSS_TURN_ANSWER, NULL, NULL, 3, "ANSWER: Connection");
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 5);
}

static void
test_short_names (void)
{
  g_autoptr(GlossTranscript) caps = import_fixture ("short-names-caps.txt");
  g_autoptr(GlossTranscript) line = import_fixture ("short-names-line.txt");

  assert_spans (caps);
  assert_turn (caps, 1, GLOSS_TURN_REMARKS, "ANNA BERG", NULL, -1, "ANNA BERG:");
  assert_turn (caps, 2, GLOSS_TURN_REMARKS, "LARS HOLM", NULL, -1, "LARS HOLM:");
  assert_turn (caps, 3, GLOSS_TURN_QUESTION, "NORDIC WIRE", "NORDIC WIRE", -1, NULL);
  assert_turn (caps, 4, GLOSS_TURN_ANSWER, "ANNA BERG", NULL, 3, "BERG:");
  assert_turn (caps, 5, GLOSS_TURN_ANSWER, "LARS HOLM", NULL, 3, "HOLM:");

  assert_spans (line);
  assert_turn (line, 1, GLOSS_TURN_REMARKS, "Guo Ming", NULL, -1, "Guo Ming:");
  assert_turn (line, 2, GLOSS_TURN_REMARKS, "Wei Lan", NULL, -1, "Wei Lan:");
  assert_turn (line, 3, GLOSS_TURN_QUESTION, "Sichuan Daily", "Sichuan Daily", -1, NULL);
  assert_turn (line, 4, GLOSS_TURN_ANSWER, "Wei Lan", NULL, 3, "Wei:");
  assert_turn (line, 5, GLOSS_TURN_REMARKS, "Guo Ming", NULL, -1, "Guo:");
}

static void
test_inline_labels (void)
{
  g_autoptr(GlossTranscript) t = import_string (
    "Briefing on trains\n"
    "Bern | 10 a.m. 1 February 2022\n"
    "\n"
    "Eva Roth, spokesperson of the council\n"
    "\n"
    "Marc Weber, head of the transport office\n"
    "\n"
    "Eva Roth: Welcome. Mr. Weber has the figures.\n"
    "\n"
    "Marc Weber: Train ridership rose by 12%.\n"
    "\n"
    "Second: we will add night trains.\n"
    "\n"
    "Swiss Radio: When will the night trains return?\n"
    "\n"
    "Weber: In December.\n"
    "\n"
    "Reuters: And the price?\n"
    "\n"
    "Marc Weber: Unchanged.\n"
    "\n"
    "China Daily reporter: Will there be trains to Milan? Thank you.\n"
    "\n"
    "Marc Weber: Yes, from June.\n");

  assert_spans (t);
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 9);
  /* "Second: ..." is prose inside the turn */
  assert_turn (t, 2, GLOSS_TURN_REMARKS, "Marc Weber", NULL, -1, "Marc Weber: Train");
  assert_turn (t, 3, GLOSS_TURN_QUESTION, "Swiss Radio", "Swiss Radio", -1, "Swiss Radio: When");
  assert_turn (t, 4, GLOSS_TURN_ANSWER, "Marc Weber", NULL, 3, "Weber: In December.");
  assert_turn (t, 5, GLOSS_TURN_QUESTION, "Reuters", "Reuters", -1, "Reuters: And");
  assert_turn (t, 6, GLOSS_TURN_ANSWER, "Marc Weber", NULL, 5, NULL);
  assert_turn (t, 7, GLOSS_TURN_QUESTION, "China Daily reporter", "China Daily", -1, NULL);
  assert_turn (t, 8, GLOSS_TURN_ANSWER, "Marc Weber", NULL, 7, NULL);
}

static void
test_cjk_spaced_participants (void)
{
  g_autoptr(GlossTranscript) t = import_string (
    "交通发布会\n"
    "2022年2月1日\n"
    "\n"
    "田明 交通运输部新闻发言人\n"
    "赵丽\u3000信息通信管理局局长\n"
    "\n"
    "田明：\n"
    "\n"
    "大家好。\n"
    "\n"
    "新华社记者：\n"
    "\n"
    "请问5G基站有多少？\n"
    "\n"
    "赵丽：\n"
    "\n"
    "96.1万个。\n");

  assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2022-02-01");
  g_assert_cmpuint (gloss_transcript_get_n_participants (t), ==, 2);
  g_assert_cmpstr (gloss_transcript_get_role (t, "田明"), ==, "交通运输部新闻发言人");
  g_assert_cmpstr (gloss_transcript_get_role (t, "赵丽"), ==, "信息通信管理局局长");
  assert_turn (t, 2, GLOSS_TURN_QUESTION, "新华社记者", "新华社", -1, NULL);
  assert_turn (t, 3, GLOSS_TURN_ANSWER, "赵丽", NULL, 2, NULL);
}

/* -------------------------------------------------------- line endings */

static void
assert_line_endings_fixture (GlossTranscript *t)
{
  const char *text = gloss_transcript_get_text (t);

  assert_spans (t);
  g_assert_null (strchr (text, '\r'));
  g_assert_false (g_str_has_prefix (text, "\xEF\xBB\xBF"));
  g_assert_true (g_str_has_prefix (text, "Briefing with "));
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2022-02-01");
  g_assert_cmpstr (gloss_transcript_get_place (t), ==, "Bern");
  g_assert_cmpuint (gloss_transcript_get_n_participants (t), ==, 2);
  assert_turn (t, 1, GLOSS_TURN_REMARKS, "Eva Roth", NULL, -1, "Eva Roth:\n\nWelcome.");
  assert_turn (t, 2, GLOSS_TURN_REMARKS, "Marc Weber", NULL, -1, "Marc Weber:\n\nTrain");
  assert_turn (t, 3, GLOSS_TURN_QUESTION, "Swiss Radio", "Swiss Radio", -1, NULL);
  assert_turn (t, 4, GLOSS_TURN_ANSWER, "Marc Weber", NULL, 3, "Marc Weber:\n\nIn December.");
}

static void
test_bom_crlf (void)
{
  g_autoptr(GlossTranscript) t = import_fixture ("bom-crlf.txt");

  assert_line_endings_fixture (t);
}

static void
test_cr_only (void)
{
  g_autoptr(GlossTranscript) t = import_fixture ("cr-only.txt");

  assert_line_endings_fixture (t);
}

static void
test_mixed_line_endings (void)
{
  g_autoptr(GlossTranscript) t = import_string ("Title\r\nline two\rline three\n\r\nend");

  g_assert_cmpstr (gloss_transcript_get_text (t), ==, "Title\nline two\nline three\n\nend");
}

/* -------------------------------------------------------------- errors */

static void
test_invalid_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossTranscript) t = NULL;
  g_autoptr(GString) data = g_string_new ("Briefing\n\n");

  for (guint i = 0; data->len < 1234; i++)
    g_string_append (data, "Some text. ");
  g_string_truncate (data, 1234);
  g_string_append (data, "caf\xC3");   /* a truncated sequence at byte 1237 */
  g_string_append (data, "(more)");

  t = gloss_importer_import_data (data->str, data->len, "/some/dir/briefing.txt", &error);
  g_assert_null (t);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_INVALID_UTF8);
  g_assert_true (g_str_has_prefix (error->message, "briefing.txt: "));
  g_assert_nonnull (strstr (error->message, "1237"));
  g_clear_error (&error);

  /* offsets count the original bytes, a byte-order mark included */
  t = gloss_importer_import_data ("\xEF\xBB\xBF" "ab\xFF", 6, "bom.txt", &error);
  g_assert_null (t);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_INVALID_UTF8);
  g_assert_cmpstr (error->message, ==, "bom.txt: invalid UTF-8 at byte 5");
  g_clear_error (&error);

  /* an overlong encoding of '/' */
  t = gloss_importer_import_data ("x\xC0\xAF", 3, "overlong.txt", &error);
  g_assert_null (t);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_INVALID_UTF8);
  g_assert_nonnull (strstr (error->message, "byte 1"));
}

static void
test_nul (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossTranscript) t = NULL;
  static const char data[] = "Title\nSpeaker:\n\nHello\0world\n";

  t = gloss_importer_import_data (data, sizeof data - 1, "nul.txt", &error);
  g_assert_null (t);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_NUL);
  g_assert_true (g_str_has_prefix (error->message, "nul.txt: "));
  g_assert_nonnull (strstr (error->message, "byte 21"));
}

static void
test_empty (void)
{
  const struct { const char *data; gsize len; } cases[] = {
    { "", 0 },
    { "\xEF\xBB\xBF", 3 },
    { "  \n\r\n\t \r", 8 },
    { "\xC2\xA0\n\xE3\x80\x80\n", 7 },   /* no-break and ideographic spaces */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GlossTranscript) t = NULL;

      t = gloss_importer_import_data (cases[i].data, cases[i].len, "empty.txt", &error);
      g_assert_null (t);
      g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_EMPTY);
      g_assert_true (g_str_has_prefix (error->message, "empty.txt: "));
    }
}

static void
test_directory (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gloss-importer-XXXXXX", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GlossTranscript) t = NULL;

  t = gloss_importer_import_file (file, &error);
  g_assert_null (t);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_NOT_REGULAR);
  g_assert_true (g_str_has_prefix (error->message, dir));
  g_rmdir (dir);
}

static void
test_device (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/zero");
  g_autoptr(GlossTranscript) t = NULL;

  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/zero");
      return;
    }
  /* never read: /dev/zero would never end */
  t = gloss_importer_import_file (file, &error);
  g_assert_null (t);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_NOT_REGULAR);
  g_assert_true (g_str_has_prefix (error->message, "/dev/zero"));
}

static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gloss-importer-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GlossTranscript) t = NULL;
  int fd;

  /* a sparse file: large to stat, cheap to make, refused before reading */
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  if (ftruncate (fd, (off_t) GLOSS_IMPORT_MAX_SIZE + 1) != 0)
    {
      close (fd);
      g_unlink (path);
      g_rmdir (dir);
      g_test_skip ("cannot make a sparse file here");
      return;
    }
  close (fd);

  t = gloss_importer_import_file (file, &error);
  g_assert_null (t);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, path));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/gloss/briefing.txt");
  g_autoptr(GlossTranscript) t = NULL;

  t = gloss_importer_import_file (file, &error);
  g_assert_null (t);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/gloss/briefing.txt"));
}

/* ------------------------------------------------------- header, prose */

static void
test_dates (void)
{
  const struct { const char *text; const char *date; const char *place; } cases[] = {
    { "T\nBeijing | 10 a.m. July 16, 2021\n", "2021-07-16", "Beijing" },
    { "T\nJuly 16, 2021\n", "2021-07-16", NULL },
    { "T\n16 July 2021\n", "2021-07-16", NULL },
    { "T\nGeneva, 3 Sept. 2022\n", "2022-09-03", "Geneva" },
    { "T\n2021-07-16\n", "2021-07-16", NULL },
    { "T\n北京 | 2021年7月16日\n", "2021-07-16", "北京" },
    { "T\nFebruary 30, 2021\n", NULL, NULL },
    { "Briefing of March 2, 2020\nno date here\n", "2020-03-02", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GlossTranscript) t = import_string (cases[i].text);

      g_assert_cmpstr (gloss_transcript_get_date (t), ==, cases[i].date);
      g_assert_cmpstr (gloss_transcript_get_place (t), ==, cases[i].place);
    }
}

static void
test_prose_colons (void)
{
  g_autoptr(GlossTranscript) t = import_string (
    "Briefing\n"
    "\n"
    "Ann Lee, chair of the board\n"
    "\n"
    "Ann Lee:\n"
    "\n"
    "We will focus on the following areas:\n"
    "\n"
    "Next, we will do the following:\n"
    "\n"
    "First: cheaper tickets. The meeting starts at 10:30 and the site is https://example.org.\n"
    "\n"
    "He said: this is the plan.\n"
    "\n"
    "Ann Lee: One more thing.\n");

  assert_spans (t);
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 3);
  assert_turn (t, 1, GLOSS_TURN_REMARKS, "Ann Lee", NULL, -1, "Ann Lee:\n\nWe will");
  assert_turn (t, 2, GLOSS_TURN_REMARKS, "Ann Lee", NULL, -1, "Ann Lee: One more");
}

static void
test_no_labels (void)
{
  g_autoptr(GlossTranscript) t = import_string ("A speech\nMay 4, 2023\n\nGood evening.\n\nThank you.\n");

  assert_spans (t);
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 2);
  assert_turn (t, 0, GLOSS_TURN_HEADER, NULL, NULL, -1, "A speech\nMay 4, 2023");
  assert_turn (t, 1, GLOSS_TURN_REMARKS, NULL, NULL, -1, "Good evening.");
}

/* A space before a full-width comma once cut the role in the middle of the
 * comma's bytes (found by fuzz_importer). */
static void
test_participant_space_before_fullwidth_comma (void)
{
  g_autoptr(GlossTranscript) t = import_string ("简报\n\n王 芳 ，发言人\n\n王 芳：\n\n大家好。\n");
  const char *role;

  assert_spans (t);
  g_assert_cmpuint (gloss_transcript_get_n_participants (t), >=, 1);
  role = gloss_transcript_get_participant (t, 0)->role;
  g_assert_true (g_utf8_validate (role, -1, NULL));
  g_assert_cmpstr (role, ==, "发言人");
}

/* -------------------------------------------------------------- sample */

static void
test_sample (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GlossTranscript) t = NULL;
  g_autoptr(GHashTable) outlets = g_hash_table_new (g_str_hash, g_str_equal);
  guint unlabelled = 0;

  path = sample_path ();
  t = import_path (path);

  assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2024-04-18");
  g_assert_cmpstr (gloss_transcript_get_place (t), ==, "Harbourton");
  g_assert_cmpuint (gloss_transcript_get_n_participants (t), ==, 4);
  assert_turn (t, 1, GLOSS_TURN_REMARKS, "Helen Achterberg", NULL, -1, "Helen Achterberg:");

  for (guint i = 0; i < gloss_transcript_get_n_turns (t); i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (t, i);

      if (turn->kind == GLOSS_TURN_QUESTION && turn->outlet != NULL)
        g_hash_table_add (outlets, turn->outlet);
      if (turn->kind == GLOSS_TURN_QUESTION && turn->outlet == NULL)
        {
          g_autofree char *text = turn_text (t, i);
          const GlossTurn *answer = gloss_transcript_get_turn (t, i + 1);

          unlabelled++;
          g_assert_true (g_str_has_prefix (text, "Some of our listeners"));
          g_assert_cmpint (answer->kind, ==, GLOSS_TURN_ANSWER);
          g_assert_cmpint (answer->answers, ==, (int) i);
          g_assert_cmpstr (answer->speaker, ==, "Ines Castellano");
          /* the official's turn before it ends where the question begins */
          g_assert_cmpstr (gloss_transcript_get_turn (t, i - 1)->speaker, ==, "Tomas Okonkwo");
        }
      if (turn->kind == GLOSS_TURN_ANSWER)
        g_assert_nonnull (gloss_transcript_get_role (t, turn->speaker));
    }
  g_assert_cmpuint (unlabelled, ==, 1);
  g_assert_cmpuint (g_hash_table_size (outlets), ==, 5);
  g_assert_true (g_hash_table_contains (outlets, "Harbourton Daily"));
  g_assert_true (g_hash_table_contains (outlets, "Riverland Science Weekly"));
  g_assert_cmpuint (count_kind (t, GLOSS_TURN_FOOTER), ==, 1);
}

/* -------------------------------------------------------------- corpus */

static GlossTranscript *
import_corpus (void)
{
  const char *dir = g_getenv ("GLOSS_CORPUS_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return NULL;
  path = g_build_filename (dir, "scio-2021-07-16-miit.txt", NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  return import_path (path);
}

static gboolean
is_official (const char *name)
{
  return g_strcmp0 (name, "Tian Yulong") == 0 ||
         g_strcmp0 (name, "Huang Libin") == 0 ||
         g_strcmp0 (name, "Zhao Zhiguo") == 0;
}

static void
test_corpus (void)
{
  g_autoptr(GlossTranscript) t = import_corpus ();
  g_autoptr(GHashTable) speakers = g_hash_table_new (g_str_hash, g_str_equal);
  const char *text;
  guint n, questions = 0, unlabelled = 0, labelled = 0;
  const GlossTurn *footer;
  int moderator_opened = -1;

  if (t == NULL)
    {
      g_test_skip ("corpus not found (GLOSS_CORPUS_DIR)");
      return;
    }

  assert_spans (t);
  text = gloss_transcript_get_text (t);
  n = gloss_transcript_get_n_turns (t);

  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2021-07-16");
  g_assert_cmpstr (gloss_transcript_get_place (t), ==, "Beijing");
  g_assert_cmpstr (gloss_transcript_get_language (t), ==, "en");
  g_assert_true (g_str_has_prefix (text, gloss_transcript_get_title (t)));

  /* four participants although the list is printed twice */
  g_assert_cmpuint (gloss_transcript_get_n_participants (t), ==, 4);
  g_assert_nonnull (gloss_transcript_get_role (t, "Shou Xiaoli"));
  g_assert_nonnull (gloss_transcript_get_role (t, "Tian Yulong"));
  g_assert_nonnull (gloss_transcript_get_role (t, "Huang Libin"));
  g_assert_nonnull (gloss_transcript_get_role (t, "Zhao Zhiguo"));

  /* the header holds the lists and the "Read in" line */
  {
    g_autofree char *header = turn_text (t, 0);

    g_assert_cmpint (gloss_transcript_get_turn (t, 0)->kind, ==, GLOSS_TURN_HEADER);
    g_assert_nonnull (strstr (header, "\nRead in Chinese\n"));
  }

  /* the moderator opens and closes; Tian gives the opening remarks */
  assert_turn (t, 1, GLOSS_TURN_REMARKS, "Shou Xiaoli", NULL, -1, "Shou Xiaoli:\n\n");
  assert_turn (t, 2, GLOSS_TURN_REMARKS, "Tian Yulong", NULL, -1, "Tian Yulong:\n\n");
  assert_turn (t, n - 2, GLOSS_TURN_REMARKS, "Shou Xiaoli", NULL, -1, "Shou Xiaoli:\n\n");

  for (guint i = 1; i < n - 1; i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (t, i);
      g_autofree char *body = turn_text (t, i);

      if (turn->speaker != NULL)
        g_hash_table_add (speakers, turn->speaker);

      switch (turn->kind)
        {
        case GLOSS_TURN_QUESTION:
          {
            const GlossTurn *next = gloss_transcript_get_turn (t, i + 1);

            questions++;
            g_assert_nonnull (strchr (body, '?'));
            /* every question is answered by an official */
            g_assert_cmpint (next->kind, ==, GLOSS_TURN_ANSWER);
            g_assert_cmpint (next->answers, ==, (int) i);
            g_assert_true (is_official (next->speaker));

            if (turn->outlet == NULL)
              {
                const GlossTurn *prev = gloss_transcript_get_turn (t, i - 1);
                g_autofree char *prev_text = turn_text (t, i - 1);

                unlabelled++;
                g_assert_null (turn->speaker);
                if (unlabelled == 1)
                  {
                    /* the first follows the moderator opening the floor */
                    g_assert_cmpstr (prev->speaker, ==, "Shou Xiaoli");
                    g_assert_nonnull (strstr (prev_text, "identify your news outlets"));
                    g_assert_null (strchr (prev_text, '?'));
                    moderator_opened = (int) i - 1;
                  }
                else
                  {
                    /* the second comes before the data-security answer */
                    guint j = i + 1;
                    gboolean data_security = FALSE;

                    g_assert_cmpstr (prev->speaker, ==, "Zhao Zhiguo");
                    g_assert_null (strchr (prev_text, '?'));
                    for (; j < n && gloss_transcript_get_turn (t, j)->answers == (int) i; j++)
                      {
                        g_autofree char *answer = turn_text (t, j);

                        if (g_strcmp0 (gloss_transcript_get_turn (t, j)->speaker, "Zhao Zhiguo") == 0 &&
                            strstr (answer, "data security") != NULL)
                          data_security = TRUE;
                      }
                    g_assert_true (data_security);
                  }
              }
            else
              {
                g_autofree char *label = g_strconcat (turn->outlet, ":\n", NULL);

                labelled++;
                g_assert_cmpstr (turn->speaker, ==, turn->outlet);
                g_assert_true (g_str_has_prefix (body, label));
                g_assert_null (gloss_transcript_get_role (t, turn->outlet));
              }
          }
          break;

        case GLOSS_TURN_ANSWER:
          g_assert_true (is_official (turn->speaker));
          /* several officials answering in a row share the question */
          g_assert_cmpint (gloss_transcript_get_turn (t, turn->answers)->kind, ==, GLOSS_TURN_QUESTION);
          for (guint j = turn->answers + 1; j < i; j++)
            g_assert_cmpint (gloss_transcript_get_turn (t, j)->kind, !=, GLOSS_TURN_QUESTION);
          break;

        case GLOSS_TURN_REMARKS:
          g_assert_true (g_strcmp0 (turn->speaker, "Shou Xiaoli") == 0 || questions == 0);
          break;

        case GLOSS_TURN_HEADER:
        case GLOSS_TURN_FOOTER:
        default:
          g_assert_not_reached ();
        }
    }

  g_assert_cmpint (moderator_opened, >, 0);
  g_assert_cmpuint (unlabelled, ==, 2);
  g_assert_cmpuint (labelled, ==, 8);
  g_assert_cmpuint (questions, ==, 10);
  g_assert_true (g_hash_table_contains (speakers, "China Daily"));
  g_assert_true (g_hash_table_contains (speakers, "The Poster News APP"));
  g_assert_true (g_hash_table_contains (speakers, "People's Posts and Telecommunications News"));
  g_assert_cmpuint (g_hash_table_size (speakers), ==, 4 + 8);

  /* the footer: credits and captions, outside every other turn */
  footer = gloss_transcript_get_turn (t, n - 1);
  g_assert_cmpint (footer->kind, ==, GLOSS_TURN_FOOTER);
  {
    g_autofree char *body = turn_text (t, n - 1);
    const char *credit = strstr (text, "Translated and edited by");

    g_assert_true (g_str_has_prefix (body, "Translated and edited by"));
    g_assert_nonnull (strstr (body, "Group photo"));
    for (const char *p = gloss_transcript_offset_to_pointer (t, footer->end); *p; p++)
      g_assert_true (g_ascii_isspace (*p));
    g_assert_cmpint (gloss_transcript_find_turn (t, footer->start), ==, (int) n - 1);
    g_assert_cmpuint (gloss_transcript_byte_to_offset (t, credit - text), ==, footer->start);
    for (guint i = 0; i < n - 1; i++)
      g_assert_cmpuint (gloss_transcript_get_turn (t, i)->end, <, footer->start);
  }
}

/* --------------------------------------------------------------- speed */

static void
test_speed (void)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GString) big = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossTranscript) t = NULL;
  gsize length;
  gint64 start, elapsed;

  path = sample_path ();
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  big = g_string_sized_new (5 * 1024 * 1024 + length);
  while (big->len < 5 * 1024 * 1024)
    g_string_append_len (big, contents, length);

  start = g_get_monotonic_time ();
  t = gloss_importer_import_data (big->str, big->len, "big.txt", &error);
  elapsed = g_get_monotonic_time () - start;

  g_assert_no_error (error);
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), >, 5000);
  g_test_minimized_result (elapsed / 1e6, "imported %" G_GSIZE_FORMAT " bytes into %u turns in %.3f s",
                           big->len, gloss_transcript_get_n_turns (t), elapsed / 1e6);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/importer/convention/name-line", test_name_line);
  g_test_add_func ("/importer/convention/name-line-chinese", test_name_line_chinese);
  g_test_add_func ("/importer/convention/name-title", test_name_title);
  g_test_add_func ("/importer/convention/honorific", test_honorific);
  g_test_add_func ("/importer/convention/q-a", test_q_a);
  g_test_add_func ("/importer/convention/question-answer", test_question_answer);
  g_test_add_func ("/importer/convention/short-names", test_short_names);
  g_test_add_func ("/importer/convention/inline-labels", test_inline_labels);
  g_test_add_func ("/importer/convention/cjk-spaced-participants", test_cjk_spaced_participants);
  g_test_add_func ("/importer/text/bom-crlf", test_bom_crlf);
  g_test_add_func ("/importer/text/cr-only", test_cr_only);
  g_test_add_func ("/importer/text/mixed-line-endings", test_mixed_line_endings);
  g_test_add_func ("/importer/error/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/importer/error/nul", test_nul);
  g_test_add_func ("/importer/error/empty", test_empty);
  g_test_add_func ("/importer/error/directory", test_directory);
  g_test_add_func ("/importer/error/device", test_device);
  g_test_add_func ("/importer/error/too-large", test_too_large);
  g_test_add_func ("/importer/error/missing-file", test_missing_file);
  g_test_add_func ("/importer/header/dates", test_dates);
  g_test_add_func ("/importer/prose-colons", test_prose_colons);
  g_test_add_func ("/importer/no-labels", test_no_labels);
  g_test_add_func ("/importer/participant-fullwidth-comma", test_participant_space_before_fullwidth_comma);
  g_test_add_func ("/importer/sample", test_sample);
  g_test_add_func ("/importer/corpus", test_corpus);
  /* a figure, not a verdict: targets are checked by tests/bench */
  if (g_test_perf ())
    g_test_add_func ("/importer/speed", test_speed);

  return g_test_run ();
}
