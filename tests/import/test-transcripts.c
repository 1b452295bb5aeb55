#include "config.h"

#include <string.h>

#include "gloss-text-normalize.h"
#include "import-test-util.h"

/* The transcripts people really have (issue 16): interviews from
 * transcription services, hard-wrapped meetings, briefings pasted without
 * line breaks, rush transcripts with unidentified askers. */

static guint
count_speaker (GlossTranscript *t,
               const char      *speaker)
{
  guint n = 0;

  for (guint i = 0; i < gloss_transcript_get_n_turns (t); i++)
    n += g_strcmp0 (gloss_transcript_get_turn (t, i)->speaker, speaker) == 0;
  return n;
}

static void
assert_kinds (GlossTranscript     *t,
              const GlossTurnKind *kinds,
              guint                n)
{
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, n);
  for (guint i = 0; i < n; i++)
    if (gloss_transcript_get_turn (t, i)->kind != kinds[i])
      g_error ("turn %u is %s, expected %s", i,
               gloss_turn_kind_to_string (gloss_transcript_get_turn (t, i)->kind),
               gloss_turn_kind_to_string (kinds[i]));
}

/* the number of line breaks in a turn that are not paragraph breaks */
static guint
count_single_breaks (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n' && p[1] != '\n' && (p == text || p[-1] != '\n'))
      n++;
  return n;
}

#define Q GLOSS_TURN_QUESTION
#define A GLOSS_TURN_ANSWER
#define R GLOSS_TURN_REMARKS
#define H GLOSS_TURN_HEADER
#define F GLOSS_TURN_FOOTER

/* ------------------------------------------------------------ interviews */

static void
test_interview_coded (void)
{
  g_autoptr(GlossTranscript) t = import_test_fixture ("interview-coded.txt");
  static const GlossTurnKind kinds[] = { Q, A, Q, A, A, Q, A, Q, A, A, R };
  static const gint64 times[] = { 2000, 9000, 21000, 27000, 41000, 46000, 48000, 65000, 69000, 73000, 75000 };
  g_autofree char *second = NULL;

  import_test_assert_spans (t);
  /* no header: the title is the file's name, never a speaker's words */
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "interview-coded");
  assert_kinds (t, kinds, G_N_ELEMENTS (kinds));

  /* every speaker keeps their own turns, pseudonyms included */
  g_assert_cmpuint (count_speaker (t, "Interviewer"), ==, 5);
  g_assert_cmpuint (count_speaker (t, "teacher-4"), ==, 3);
  g_assert_cmpuint (count_speaker (t, "teacher-7"), ==, 3);
  import_test_assert_turn (t, 0, Q, "Interviewer", NULL, -1, "Interviewer (00:00:02):\nThanks");
  import_test_assert_turn (t, 1, A, "teacher-4", NULL, 0, "teacher-4 (00:00:09):\nEleven years");
  import_test_assert_turn (t, 4, A, "teacher-7", NULL, 2, "teacher-7 (00:00:41):\nCan I add");
  import_test_assert_turn (t, 5, Q, "Interviewer", NULL, -1, "Interviewer (00:00:46):\nPlease, go ahead.");
  import_test_assert_turn (t, 9, A, "teacher-7", NULL, 7, NULL);
  /* thanks at the end ask nothing */
  import_test_assert_turn (t, 10, R, "Interviewer", NULL, -1, "Interviewer (00:01:15):\nThank you both.");

  /* the time of each turn, from its label */
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    g_assert_cmpint (gloss_transcript_get_turn (t, i)->time, ==, times[i]);

  /* an answer of two paragraphs stays one turn of two paragraphs */
  second = import_test_turn_text (t, 3);
  g_assert_true (g_str_has_suffix (second, "most of the marking moved to the evenings.\n\n"
                                           "The second term was better, because the department "
                                           "agreed to share the marking of the mock exams."));
}

/* "[00:00:05] Name:" with the padding of a transcription service, a code
 * for the interviewee, an interviewer known only by asking */
static void
test_interview_padded (void)
{
  g_autoptr(GlossTranscript) t = import_test_string (
    "[00:00:05] Dana Whitfield:        So, first question. How did the pilot start?\n"
    "[00:00:12] P3:      It started with two classes in 2022.\n"
    "[00:00:31] Dana Whitfield:\tAnd now?\n"
    "[00:00:35] P3:    Now every class in the school takes part.\n");
  static const GlossTurnKind kinds[] = { Q, A, Q, A };

  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "test");
  assert_kinds (t, kinds, G_N_ELEMENTS (kinds));
  /* the padding became one space */
  import_test_assert_turn (t, 0, Q, "Dana Whitfield", NULL, -1, "[00:00:05] Dana Whitfield: So, first question.");
  import_test_assert_turn (t, 1, A, "P3", NULL, 0, "[00:00:12] P3: It started");
  import_test_assert_turn (t, 2, Q, "Dana Whitfield", NULL, -1, "[00:00:31] Dana Whitfield: And now?");
  import_test_assert_turn (t, 3, A, "P3", NULL, 2, NULL);
  g_assert_cmpint (gloss_transcript_get_turn (t, 2)->time, ==, 31000);
}

/* "Speaker 1  0:03" on a line of its own, as Otter exports it */
static void
test_interview_name_then_time (void)
{
  g_autoptr(GlossTranscript) t = import_test_string (
    "Speaker 1  0:03\n"
    "Thanks for joining. What does your team do?\n"
    "\n"
    "Speaker 12  0:09\n"
    "We maintain the tram network.\n"
    "\n"
    "Speaker 1  0:15\n"
    "How many people work there?\n"
    "\n"
    "Speaker 12  1:02:18\n"
    "Forty-one, including the night crew.\n");
  static const GlossTurnKind kinds[] = { Q, A, Q, A };

  import_test_assert_spans (t);
  assert_kinds (t, kinds, G_N_ELEMENTS (kinds));
  import_test_assert_turn (t, 0, Q, "Speaker 1", NULL, -1, "Speaker 1  0:03\nThanks");
  import_test_assert_turn (t, 1, A, "Speaker 12", NULL, 0, NULL);
  import_test_assert_turn (t, 3, A, "Speaker 12", NULL, 2, NULL);
  g_assert_cmpint (gloss_transcript_get_turn (t, 0)->time, ==, 3000);
  g_assert_cmpint (gloss_transcript_get_turn (t, 3)->time, ==, (62 * 60 + 18) * 1000);
}

/* "00:01:23 Name" on a line of its own */
static void
test_interview_time_then_name (void)
{
  g_autoptr(GlossTranscript) t = import_test_string (
    "00:01:23 Participant 2\n"
    "I think the new rota helped.\n"
    "\n"
    "00:01:31 Interviewer\n"
    "Why do you say so?\n"
    "\n"
    "00:01:35 Participant 2\n"
    "Because the handovers are shorter.\n");
  static const GlossTurnKind kinds[] = { R, Q, A };

  import_test_assert_spans (t);
  assert_kinds (t, kinds, G_N_ELEMENTS (kinds));
  import_test_assert_turn (t, 0, R, "Participant 2", NULL, -1, "00:01:23 Participant 2\nI think");
  import_test_assert_turn (t, 1, Q, "Interviewer", NULL, -1, NULL);
  import_test_assert_turn (t, 2, A, "Participant 2", NULL, 1, NULL);
  g_assert_cmpint (gloss_transcript_get_turn (t, 1)->time, ==, 91000);
}

/* labels of transcription services that are no speakers: times of day */
static void
test_clock_times_are_no_speakers (void)
{
  g_autoptr(GlossTranscript) t = import_test_string (
    "Council meeting\n"
    "10:30 a.m.\n"
    "\n"
    "Ann Lee: We start.\n"
    "\n"
    "Ann Lee: We end.\n"
    "\n"
    "11:45 a.m.\n");

  g_assert_cmpuint (count_speaker (t, "a.m."), ==, 0);
  import_test_assert_turn (t, 0, H, NULL, NULL, -1, "Council meeting\n10:30 a.m.");
  g_assert_cmpuint (count_speaker (t, "Ann Lee"), ==, 2);
}

/* ------------------------------------------------------------ wrapped */

static void
test_meeting_wrapped (void)
{
  g_autoptr(GlossTranscript) t = import_test_fixture ("meeting-wrapped.txt");
  static const GlossTurnKind kinds[] = { H, R, R, R, Q, A, Q, A };
  const char *text = gloss_transcript_get_text (t);
  g_autofree char *opening = NULL;
  g_autofree char *header = NULL;

  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==,
                   "Riverside Town Council: public meeting on the harbour dredging plan");
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2024-03-04");
  g_assert_cmpstr (gloss_transcript_get_place (t), ==, "Riverside");
  g_assert_cmpuint (gloss_transcript_get_n_participants (t), ==, 3);
  g_assert_cmpstr (gloss_transcript_get_role (t, "Tomas Berg"), ==, "harbour engineer");

  assert_kinds (t, kinds, G_N_ELEMENTS (kinds));
  import_test_assert_turn (t, 1, R, "Ruth Alvarez", NULL, -1, "RUTH ALVAREZ: Good evening");
  import_test_assert_turn (t, 2, R, "Tomas Berg", NULL, -1, "TOMAS BERG: Thank you");
  import_test_assert_turn (t, 3, R, "Lena Fischer", NULL, -1, "LENA FISCHER: Written comments");
  import_test_assert_turn (t, 4, Q, "RESIDENT", NULL, -1, "RESIDENT: My name is Omar Haddad");
  import_test_assert_turn (t, 5, A, "Tomas Berg", NULL, 4, NULL);
  import_test_assert_turn (t, 7, A, "Ruth Alvarez", NULL, 6, NULL);

  /* paragraphs read as paragraphs: two, and no line broken inside them */
  opening = import_test_turn_text (t, 1);
  g_assert_cmpuint (count_single_breaks (opening), ==, 0);
  g_assert_nonnull (strstr (opening, "take questions from the floor.\n\nThe meeting is recorded, and the "
                                     "minutes will be published on the council's website within ten "
                                     "working days."));
  /* a quote across a former line break is one run of text */
  g_assert_nonnull (strstr (text, "at low tide the fishing boats can no longer reach the fuel pier"));
  g_assert_nonnull (strstr (text, "in the meantime?\n\nTOMAS BERG"));

  /* real line structure stays: the header, a list and its wrapped item,
   * an address, verse */
  header = import_test_turn_text (t, 0);
  g_assert_cmpstr (header, ==,
                   "Riverside Town Council: public meeting on the harbour dredging plan\n"
                   "Riverside, 4 March 2024\n"
                   "\n"
                   "Present:\n"
                   "- Ruth Alvarez, mayor of Riverside\n"
                   "- Tomas Berg, harbour engineer\n"
                   "- Lena Fischer, town clerk");
  g_assert_nonnull (strstr (text, "instead of being shipped out to sea.\n"
                                  "The work has three stages:\n"
                                  "1. Surveying the silt in April and May.\n"
                                  "2. Dredging the inner basin from June to September, with a pause of two "
                                  "weeks for the regatta in August.\n"
                                  "3. Restoring the quay walls before winter.\n"));
  g_assert_nonnull (strstr (text, "at this address:\n\nTown Hall\n12 Quay Street\nRiverside RV1 2AB\n"));
  g_assert_nonnull (strstr (text, "\n    The tide comes in, the tide goes out,\n"
                                  "    and boats will wait for it;\n"
                                  "    the harbour keeps what ships forget\n"
                                  "    and gives it back in time.\n\nThank you all for coming."));
  g_assert_null (strstr (text, " \n"));
}

/* ragged text that only looks wrapped in places is left as it is */
static void
test_ragged_lines_are_kept (void)
{
  static const char text[] =
    "Notes\n"
    "\n"
    "Ann Lee: These are the points we agreed on today, one per line:\n"
    "the ferry runs every hour\n"
    "the bridge opens in June\n"
    "the market moves to the square for the summer months\n"
    "the budget is published online\n"
    "the next meeting is in two weeks\n";
  g_autoptr(GlossTranscript) t = import_test_string (text);

  g_assert_cmpstr (gloss_transcript_get_text (t), ==, text);
}

/* Hard-wrapping the real corpus and importing it gives the text and the
 * turns of the corpus itself. */
static void
test_corpus_wrapped (void)
{
  g_autofree char *path = import_test_corpus_path ();
  g_autofree char *contents = NULL;
  g_autoptr(GString) wrapped = NULL;
  g_autoptr(GlossTranscript) original = NULL;
  g_autoptr(GlossTranscript) t = NULL;
  g_auto(GStrv) lines = NULL;

  if (path == NULL)
    {
      g_test_skip ("corpus not found (GLOSS_CORPUS_DIR)");
      return;
    }
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  original = import_test_path (path);

  /* greedy wrapping at 78 columns, line by line */
  wrapped = g_string_new (NULL);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (lines[i], " ", -1);
      guint column = 0;

      for (guint w = 0; words[w] != NULL; w++)
        {
          guint len = g_utf8_strlen (words[w], -1);

          if (column > 0 && column + 1 + len > 78)
            {
              g_string_append_c (wrapped, '\n');
              column = 0;
            }
          else if (w > 0)
            {
              g_string_append_c (wrapped, ' ');
              column++;
            }
          g_string_append (wrapped, words[w]);
          column += len;
        }
      if (lines[i + 1] != NULL)
        g_string_append_c (wrapped, '\n');
    }

  t = import_test_data (wrapped->str, wrapped->len, "wrapped.txt");
  g_assert_cmpstr (gloss_transcript_get_text (t), ==, gloss_transcript_get_text (original));
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, gloss_transcript_get_title (original));
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, gloss_transcript_get_n_turns (original));
  for (guint i = 0; i < gloss_transcript_get_n_turns (t); i++)
    {
      const GlossTurn *a = gloss_transcript_get_turn (t, i);
      const GlossTurn *b = gloss_transcript_get_turn (original, i);

      g_assert_cmpuint (a->start, ==, b->start);
      g_assert_cmpuint (a->end, ==, b->end);
      g_assert_cmpint (a->kind, ==, b->kind);
      g_assert_cmpstr (a->speaker, ==, b->speaker);
      g_assert_cmpstr (a->outlet, ==, b->outlet);
      g_assert_cmpint (a->answers, ==, b->answers);
    }
}

/* ------------------------------------------------------------ one line */

static void
test_briefing_one_line (void)
{
  g_autoptr(GlossTranscript) t = import_test_fixture ("briefing-one-line.txt");
  static const GlossTurnKind kinds[] = { H, R, R, R, Q, A, Q, A, Q, A, R, Q, A, R };
  g_autofree char *header = NULL;

  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "Press briefing on the spring flood response");
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2024-04-18");
  g_assert_cmpstr (gloss_transcript_get_place (t), ==, "Harbourton");
  g_assert_cmpuint (gloss_transcript_get_n_participants (t), ==, 2);
  g_assert_cmpstr (gloss_transcript_get_role (t, "Marco Ruiz"), ==, "director of the Harbourton emergency office");

  assert_kinds (t, kinds, G_N_ELEMENTS (kinds));
  header = import_test_turn_text (t, 0);
  g_assert_cmpstr (header, ==,
                   "Press briefing on the spring flood response Harbourton | 10 a.m. April 18, 2024\n"
                   "Helen Vance, spokesperson of the Harbourton city government\n"
                   "Marco Ruiz, director of the Harbourton emergency office");
  /* the first label follows the header with no sentence end before it */
  import_test_assert_turn (t, 1, R, "Helen Vance", NULL, -1, "Helen Vance: Good morning");
  import_test_assert_turn (t, 2, R, "Marco Ruiz", NULL, -1, "Marco Ruiz: Thank you. Between");
  import_test_assert_turn (t, 4, Q, "Harbourton Daily", "Harbourton Daily", -1, NULL);
  import_test_assert_turn (t, 6, Q, "Coast Radio", "Coast Radio", -1, NULL);
  /* one word that asks is an outlet too */
  import_test_assert_turn (t, 8, Q, "Reuters", "Reuters", -1, "Reuters: How much");
  import_test_assert_turn (t, 9, A, "Marco Ruiz", NULL, 8, NULL);
  import_test_assert_turn (t, 13, R, "Helen Vance", NULL, -1, "Helen Vance: Thank you all.");

  /* each turn is one paragraph */
  for (guint i = 1; i < gloss_transcript_get_n_turns (t); i++)
    {
      g_autofree char *body = import_test_turn_text (t, i);

      g_assert_null (strchr (body, '\n'));
    }
}

static void
test_briefing_one_line_chinese (void)
{
  g_autoptr(GString) text = g_string_new ("港口防汛新闻发布会 2024年4月18日 "
                                          "主持人：各位记者，上午好。今天请应急管理办公室李明主任介绍防汛情况。"
                                          "李明：谢谢主持人。本周河水上涨了3.4米，我们转移了1250名居民，开放了四个安置点。");
  const char *outlets[] = { "新华社记者", "人民日报记者", "中国日报记者", "港口晚报记者", "经济日报记者",
                            "光明日报记者", "南方周末记者", "财新网记者" };
  g_autoptr(GlossTranscript) t = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (outlets); i++)
    g_string_append_printf (text, "主持人：下面请%s提问。%s：请问第%u个安置点什么时候关闭？"
                            "李明：第%u个安置点将在本周末关闭，居民可以陆续回家，城市将继续为受灾家庭提供补助。",
                            outlets[i], outlets[i], i + 1, i + 1);
  g_string_append (text, "主持人：谢谢大家。今天的发布会到此结束。");

  /* long enough to be a pasted page, not a paragraph */
  g_assert_cmpuint (text->len, >, 2000);
  t = import_test_data (text->str, text->len, "发布会.txt");
  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_language (t), ==, "zh");
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2024-04-18");
  /* header, moderator, Li Ming, then per outlet the moderator, the question, the answer */
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 3 + 3 * G_N_ELEMENTS (outlets) + 1);
  import_test_assert_turn (t, 1, R, "主持人", NULL, -1, "主持人：各位记者");
  import_test_assert_turn (t, 2, R, "李明", NULL, -1, "李明：谢谢主持人。");
  for (guint i = 0; i < G_N_ELEMENTS (outlets); i++)
    {
      g_autofree char *outlet = g_strndup (outlets[i], strlen (outlets[i]) - strlen ("记者"));

      import_test_assert_turn (t, 4 + 3 * i, Q, outlets[i], outlet, -1, outlets[i]);
      import_test_assert_turn (t, 5 + 3 * i, A, "李明", NULL, 4 + 3 * i, "李明：第");
    }
}

/* A megabyte on one line, made of our own turns: every turn is found, the
 * title stays short, and no line reaches the view longer than
 * GLOSS_TEXT_MAX_LINE_CHARS characters. */
static void
test_one_line_megabyte (void)
{
  static const char * const outlets[] = { "Harbourton Daily", "Coast Radio", "Valley News Network", "Reuters" };
  g_autoptr(GString) text = g_string_new ("Press briefing on the harbour budget Harbourton | 10 a.m. May 6, 2024 "
                                          "Helen Vance, spokesperson of the city Marco Ruiz, director of the port ");
  g_autoptr(GlossTranscript) t = NULL;
  guint n_questions = 0;

  g_string_append (text, "Helen Vance: Good morning. Director Ruiz will present the budget. "
                        "Marco Ruiz: The budget for the new berths is 48 million euros over four years. ");
  while (text->len < 1024 * 1024)
    {
      const char *outlet = outlets[n_questions % G_N_ELEMENTS (outlets)];

      g_string_append_printf (text, "Helen Vance: Next question, please. %s: How much will berth %u cost, "
                              "and when will it open? Marco Ruiz: ", outlet, n_questions + 1);
      for (guint s = 0; s < 3 + n_questions % 40; s++)
        g_string_append_printf (text, "Berth %u will cost %u.%u million euros, and the work will take %u "
                                "months from the day the contract is signed. ", n_questions + 1,
                                3 + s % 7, s % 10, 6 + s % 12);
      n_questions++;
    }
  g_string_append (text, "Helen Vance: Thank you all.");

  t = import_test_data (text->str, text->len, "budget.txt");
  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "Press briefing on the harbour budget");
  g_assert_cmpuint (import_test_count_kind (t, GLOSS_TURN_QUESTION), ==, n_questions);
  g_assert_cmpuint (import_test_count_kind (t, GLOSS_TURN_ANSWER), ==, n_questions);
  g_assert_cmpuint (count_speaker (t, "Helen Vance"), ==, n_questions + 2);
  g_assert_cmpuint (count_speaker (t, "Reuters"), ==, n_questions / 4);
  for (guint i = 0; i < gloss_transcript_get_n_turns (t); i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (t, i);

      if (turn->kind == GLOSS_TURN_ANSWER)
        {
          g_assert_cmpstr (turn->speaker, ==, "Marco Ruiz");
          g_assert_cmpint (turn->answers, ==, (int) i - 1);
        }
    }
  g_assert_cmpuint (import_test_longest_line (t), <=, GLOSS_TEXT_MAX_LINE_CHARS);
}

/* a megabyte of prose with no label at all: paragraphs at sentence ends */
static void
test_one_line_prose (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GlossTranscript) t = NULL;
  g_auto(GStrv) paragraphs = NULL;
  guint n = 0;

  while (text->len < 1024 * 1024)
    g_string_append_printf (text, "The harbour handled %u containers in week %u, and Mr. Berg expects more. ",
                            1000 + n * 7, n), n++;

  t = import_test_data (text->str, text->len, "pasted.txt");
  import_test_assert_spans (t);
  /* running text is no heading: the file names the transcript */
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "pasted");
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 1);
  import_test_assert_turn (t, 0, R, NULL, NULL, -1, "The harbour handled 1000 containers");
  g_assert_cmpuint (import_test_longest_line (t), <=, GLOSS_TEXT_SPLIT_CHARS);

  /* every paragraph ends a sentence, and no sentence breaks after "Mr." */
  paragraphs = g_strsplit (gloss_transcript_get_text (t), "\n\n", -1);
  g_assert_cmpuint (g_strv_length (paragraphs), >, 400);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_assert_true (g_str_has_suffix (paragraphs[i], "expects more."));
      g_assert_true (g_str_has_prefix (paragraphs[i], "The harbour handled"));
    }
}

/* The real corpus with every line break replaced by a space. */
static void
test_corpus_one_line (void)
{
  g_autofree char *path = import_test_corpus_path ();
  g_autofree char *contents = NULL;
  g_autoptr(GString) one_line = g_string_new (NULL);
  g_autoptr(GlossTranscript) original = NULL;
  g_autoptr(GlossTranscript) t = NULL;
  const char *officials[] = { "Shou Xiaoli", "Tian Yulong", "Huang Libin", "Zhao Zhiguo" };
  guint questions = 0;

  if (path == NULL)
    {
      g_test_skip ("corpus not found (GLOSS_CORPUS_DIR)");
      return;
    }
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  original = import_test_path (path);
  for (const char *p = contents; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (one_line->len > 0 && one_line->str[one_line->len - 1] != ' ')
            g_string_append_c (one_line, ' ');
        }
      else
        g_string_append_c (one_line, *p);
    }

  t = import_test_data (one_line->str, one_line->len, "pasted.txt");
  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, gloss_transcript_get_title (original));
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2021-07-16");
  g_assert_cmpstr (gloss_transcript_get_place (t), ==, "Beijing");
  g_assert_cmpuint (gloss_transcript_get_n_participants (t), ==, 4);
  g_assert_cmpint (gloss_transcript_get_turn (t, 0)->kind, ==, GLOSS_TURN_HEADER);
  g_assert_cmpuint (import_test_count_kind (t, GLOSS_TURN_FOOTER), ==, 1);

  /* every official speaks as often as in the corpus */
  for (guint i = 0; i < G_N_ELEMENTS (officials); i++)
    g_assert_cmpuint (count_speaker (t, officials[i]), ==, count_speaker (original, officials[i]));

  /* the outlets' questions, each answered by an official; the two
   * questions without an outlet line cannot be told apart from the
   * moderator's words without paragraphs, and stay in her turns */
  for (guint i = 0; i < gloss_transcript_get_n_turns (t); i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (t, i);

      if (turn->kind != GLOSS_TURN_QUESTION)
        continue;
      questions++;
      g_assert_nonnull (turn->outlet);
      g_assert_cmpint (gloss_transcript_get_turn (t, i + 1)->answers, ==, (int) i);
    }
  g_assert_cmpuint (questions, ==, 8);
  g_assert_cmpuint (import_test_longest_line (t), <=, GLOSS_TEXT_MAX_LINE_CHARS);
}

/* ---------------------------------------------------------------- rush */

static void
test_rush_unidentified (void)
{
  g_autoptr(GlossTranscript) t = import_test_fixture ("rush-unidentified.txt");
  static const GlossTurnKind kinds[] = { H, R, R, R, R, Q, A, Q, A, Q, A, Q, A, Q, A, A, F };
  g_autofree char *footer = NULL;

  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "OFFICE OF THE MAYOR OF HARBOURTON");
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2024-05-02");
  assert_kinds (t, kinds, G_N_ELEMENTS (kinds));

  /* the announcer before anyone spoke asks nothing */
  import_test_assert_turn (t, 1, R, "VOICE", NULL, -1, "VOICE: Ladies and gentlemen");
  import_test_assert_turn (t, 2, R, "MS. HARTLEY", NULL, -1, "MS. HARTLEY: Good afternoon");
  import_test_assert_turn (t, 4, R, "MS. HARTLEY", NULL, -1, "MS. HARTLEY: Okay, let's take questions.");
  /* askers nobody named ask, and the officials answer them */
  import_test_assert_turn (t, 5, Q, "UNIDENTIFIED MALE", NULL, -1, NULL);
  import_test_assert_turn (t, 6, A, "MR. MARSH", NULL, 5, NULL);
  /* no question mark, but the official's answer follows */
  import_test_assert_turn (t, 7, Q, "UNIDENTIFIED FEMALE", NULL, -1, "UNIDENTIFIED FEMALE: A follow-up");
  import_test_assert_turn (t, 9, Q, "REPORTER", NULL, -1, NULL);
  import_test_assert_turn (t, 10, A, "MS. HARTLEY", NULL, 9, NULL);
  import_test_assert_turn (t, 11, Q, "AUDIENCE MEMBER", NULL, -1, NULL);
  /* "Q" and a tab of spaces: a question, by nobody named */
  import_test_assert_turn (t, 13, Q, NULL, NULL, -1, "Q And the fares?");
  import_test_assert_turn (t, 14, A, "MR. MARSH", NULL, 13, NULL);
  /* officials speaking in a row share the question, so the closing words
   * count as an answer (the convention of the corpus) */
  import_test_assert_turn (t, 15, A, "MS. HARTLEY", NULL, 13, "MS. HARTLEY: Thank you, everyone.");
  footer = import_test_turn_text (t, 16);
  g_assert_cmpstr (footer, ==, "END\n\n1:31 P.M.");

  /* nobody unidentified is a participant */
  g_assert_null (gloss_transcript_get_role (t, "UNIDENTIFIED MALE"));
  g_assert_null (gloss_transcript_get_role (t, "REPORTER"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/transcripts/interview/coded", test_interview_coded);
  g_test_add_func ("/transcripts/interview/padded", test_interview_padded);
  g_test_add_func ("/transcripts/interview/name-then-time", test_interview_name_then_time);
  g_test_add_func ("/transcripts/interview/time-then-name", test_interview_time_then_name);
  g_test_add_func ("/transcripts/interview/clock-times", test_clock_times_are_no_speakers);
  g_test_add_func ("/transcripts/wrapped/meeting", test_meeting_wrapped);
  g_test_add_func ("/transcripts/wrapped/ragged", test_ragged_lines_are_kept);
  g_test_add_func ("/transcripts/wrapped/corpus", test_corpus_wrapped);
  g_test_add_func ("/transcripts/one-line/briefing", test_briefing_one_line);
  g_test_add_func ("/transcripts/one-line/chinese", test_briefing_one_line_chinese);
  g_test_add_func ("/transcripts/one-line/megabyte", test_one_line_megabyte);
  g_test_add_func ("/transcripts/one-line/prose", test_one_line_prose);
  g_test_add_func ("/transcripts/one-line/corpus", test_corpus_one_line);
  g_test_add_func ("/transcripts/rush/unidentified", test_rush_unidentified);

  return g_test_run ();
}
