#include "config.h"

#include <string.h>

#include "gloss-turn-detect.h"
#include "import-test-util.h"

/* Turn detection on the conventions of press briefings: every format's
 * text goes through it. */

static void
test_name_line (void)
{
  g_autoptr(GlossTranscript) t = import_test_fixture ("name-line.txt");

  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "Briefing on port traffic and clean shipping");
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2023-10-09");
  g_assert_cmpstr (gloss_transcript_get_place (t), ==, "Lisbon");
  g_assert_cmpstr (gloss_transcript_get_language (t), ==, "en");
  g_assert_cmpstr (gloss_transcript_get_source (t), ==, "name-line.txt");

  /* the list is given twice but counts once */
  g_assert_cmpuint (gloss_transcript_get_n_participants (t), ==, 3);
  g_assert_cmpstr (gloss_transcript_get_role (t, "Rui Tavares"), ==, "president of the Harbour Authority");
  g_assert_cmpstr (gloss_transcript_get_role (t, "Carla Souza"), ==, "press officer of the Harbour Authority");

  import_test_assert_turn (t, 0, GLOSS_TURN_HEADER, NULL, NULL, -1, "Briefing on port traffic");
  import_test_assert_turn (t, 1, GLOSS_TURN_REMARKS, "Carla Souza", NULL, -1, "Carla Souza:\n\nGood afternoon");
  /* "This year we will focus on three areas:" is prose, not a label */
  import_test_assert_turn (t, 2, GLOSS_TURN_REMARKS, "Rui Tavares", NULL, -1, "Rui Tavares:");
  {
    g_autofree char *text = import_test_turn_text (t, 2);

    g_assert_true (g_str_has_suffix (text, "by 20 minutes."));
  }
  import_test_assert_turn (t, 3, GLOSS_TURN_REMARKS, "Carla Souza", NULL, -1, "Carla Souza:\n\nThe floor is open");
  import_test_assert_turn (t, 4, GLOSS_TURN_QUESTION, "Reuters", "Reuters", -1, "Reuters:");
  import_test_assert_turn (t, 5, GLOSS_TURN_ANSWER, "Rui Tavares", NULL, 4, NULL);
  import_test_assert_turn (t, 6, GLOSS_TURN_ANSWER, "Joana Meireles", NULL, 4, NULL);
  import_test_assert_turn (t, 7, GLOSS_TURN_QUESTION, "Phoenix TV", "Phoenix TV", -1, NULL);
  import_test_assert_turn (t, 8, GLOSS_TURN_ANSWER, "Joana Meireles", NULL, 7, NULL);
  import_test_assert_turn (t, 9, GLOSS_TURN_QUESTION, "CCTV", "CCTV", -1, NULL);
  import_test_assert_turn (t, 10, GLOSS_TURN_ANSWER, "Rui Tavares", NULL, 9, NULL);
  import_test_assert_turn (t, 11, GLOSS_TURN_ANSWER, "Joana Meireles", NULL, 9, NULL);
  import_test_assert_turn (t, 12, GLOSS_TURN_REMARKS, "Carla Souza", NULL, -1, NULL);
  import_test_assert_turn (t, 13, GLOSS_TURN_FOOTER, NULL, NULL, -1, "Translator: Ana Lima");
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 14);
}

static void
test_name_line_chinese (void)
{
  g_autoptr(GlossTranscript) t = import_test_fixture ("name-line-zh.txt");

  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "港口绿色发展新闻发布会");
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2023-05-12");
  g_assert_cmpstr (gloss_transcript_get_place (t), ==, "北京");
  g_assert_cmpstr (gloss_transcript_get_language (t), ==, "zh");
  g_assert_cmpuint (gloss_transcript_get_n_participants (t), ==, 3);
  g_assert_cmpstr (gloss_transcript_get_role (t, "林海涛"), ==, "交通运输部新闻发言人、水运局局长");

  import_test_assert_turn (t, 0, GLOSS_TURN_HEADER, NULL, NULL, -1, "港口绿色发展新闻发布会");
  import_test_assert_turn (t, 1, GLOSS_TURN_REMARKS, "主持人", NULL, -1, "主持人：");
  /* "今年我们主要做好以下几方面工作：" is prose ending in a colon */
  import_test_assert_turn (t, 2, GLOSS_TURN_REMARKS, "林海涛", NULL, -1, "林海涛：");
  import_test_assert_turn (t, 3, GLOSS_TURN_REMARKS, "主持人", NULL, -1, NULL);
  import_test_assert_turn (t, 4, GLOSS_TURN_QUESTION, "中国日报记者", "中国日报", -1, "中国日报记者：");
  import_test_assert_turn (t, 5, GLOSS_TURN_ANSWER, "林海涛", NULL, 4, NULL);
  import_test_assert_turn (t, 6, GLOSS_TURN_ANSWER, "周晓梅", NULL, 4, NULL);
  import_test_assert_turn (t, 7, GLOSS_TURN_QUESTION, "记者", NULL, -1, "记者：");
  import_test_assert_turn (t, 8, GLOSS_TURN_ANSWER, "周晓梅", NULL, 7, NULL);
  import_test_assert_turn (t, 9, GLOSS_TURN_REMARKS, "主持人", NULL, -1, NULL);
  import_test_assert_turn (t, 10, GLOSS_TURN_FOOTER, NULL, NULL, -1, "翻译：");
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 11);
}

static void
test_name_title (void)
{
  g_autoptr(GlossTranscript) t = import_test_fixture ("name-title.txt");

  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2022-03-03");
  g_assert_cmpstr (gloss_transcript_get_place (t), ==, "Riverton");
  /* officials' titles become their roles; askers' are their outlets */
  g_assert_cmpstr (gloss_transcript_get_role (t, "ANNA BERG"), ==, "MINISTER OF HEALTH");
  g_assert_cmpstr (gloss_transcript_get_role (t, "PAUL OKAFOR"), ==, "DIRECTOR OF THE WATER AGENCY");
  g_assert_null (gloss_transcript_get_role (t, "TOM REED"));

  import_test_assert_turn (t, 1, GLOSS_TURN_REMARKS, "ANNA BERG", NULL, -1, "ANNA BERG, MINISTER OF HEALTH: Good");
  import_test_assert_turn (t, 2, GLOSS_TURN_REMARKS, "PAUL OKAFOR", NULL, -1, "PAUL OKAFOR,");
  import_test_assert_turn (t, 3, GLOSS_TURN_QUESTION, "TOM REED", "DAILY HERALD", -1, "TOM REED,");
  /* short forms, and "Note:" inside an answer is no label */
  import_test_assert_turn (t, 4, GLOSS_TURN_ANSWER, "ANNA BERG", NULL, 3, "BERG: ");
  import_test_assert_turn (t, 5, GLOSS_TURN_ANSWER, "PAUL OKAFOR", NULL, 3, "OKAFOR: By Friday");
  import_test_assert_turn (t, 6, GLOSS_TURN_QUESTION, "LENA FISCHER", "RADIO NORD", -1, NULL);
  import_test_assert_turn (t, 7, GLOSS_TURN_ANSWER, "ANNA BERG", NULL, 6, "BERG: About");
  import_test_assert_turn (t, 8, GLOSS_TURN_FOOTER, NULL, NULL, -1, "Translator: Jane Doe");
}

static void
test_honorific (void)
{
  g_autoptr(GlossTranscript) t = import_test_fixture ("honorific.txt");

  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2023-05-04");
  g_assert_cmpstr (gloss_transcript_get_place (t), ==, "Washington");

  import_test_assert_turn (t, 1, GLOSS_TURN_REMARKS, "MR. SMITH", NULL, -1, "MR. SMITH: Good afternoon");
  import_test_assert_turn (t, 2, GLOSS_TURN_QUESTION, NULL, NULL, -1, "QUESTION: Thanks");
  /* the spokesperson who opened also answers: he is no moderator */
  import_test_assert_turn (t, 3, GLOSS_TURN_ANSWER, "MR. SMITH", NULL, 2, "MR. SMITH: About");
  import_test_assert_turn (t, 4, GLOSS_TURN_ANSWER, "DR. LEE", NULL, 2, "DR. LEE:");
  import_test_assert_turn (t, 5, GLOSS_TURN_QUESTION, NULL, NULL, -1, NULL);
  /* "MR SMITH" without the period is the same speaker */
  import_test_assert_turn (t, 6, GLOSS_TURN_ANSWER, "MR. SMITH", NULL, 5, "MR SMITH:");
  import_test_assert_turn (t, 7, GLOSS_TURN_ANSWER, "MS. GARCIA", NULL, 5, NULL);
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 8);
}

static void
test_q_a (void)
{
  g_autoptr(GlossTranscript) t = import_test_fixture ("q-a.txt");

  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "Interview with the Minister of Energy");
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2021-07-16");
  g_assert_null (gloss_transcript_get_place (t));

  import_test_assert_turn (t, 0, GLOSS_TURN_HEADER, NULL, NULL, -1, NULL);
  import_test_assert_turn (t, 1, GLOSS_TURN_QUESTION, NULL, NULL, -1, "Q: Minister");
  import_test_assert_turn (t, 2, GLOSS_TURN_ANSWER, NULL, NULL, 1, "A: They fell");
  {
    /* the answer's second paragraph belongs to it */
    g_autofree char *text = import_test_turn_text (t, 2);

    g_assert_true (g_str_has_suffix (text, "two coal plants."));
  }
  /* an outlet named in the label */
  import_test_assert_turn (t, 3, GLOSS_TURN_QUESTION, NULL, "Reuters", -1, "Q (Reuters):");
  import_test_assert_turn (t, 4, GLOSS_TURN_ANSWER, NULL, NULL, 3, "A: Yes.");
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 5);
}

static void
test_question_answer (void)
{
  g_autoptr(GlossTranscript) t = import_test_fixture ("question-answer.txt");

  import_test_assert_spans (t);
  /* a colon in the title does not make it a turn */
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "Transcript: town hall on rural broadband");
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2021-07-16");
  import_test_assert_turn (t, 1, GLOSS_TURN_QUESTION, NULL, NULL, -1, "QUESTION: When");
  import_test_assert_turn (t, 2, GLOSS_TURN_ANSWER, NULL, NULL, 1, "ANSWER: The first");
  import_test_assert_turn (t, 3, GLOSS_TURN_QUESTION, NULL, NULL, -1, "QUESTION: What");
  import_test_assert_turn (t, 4, GLOSS_TURN_ANSWER, NULL, NULL, 3, "ANSWER: Connection");
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 5);
}

static void
test_short_names (void)
{
  g_autoptr(GlossTranscript) caps = import_test_fixture ("short-names-caps.txt");
  g_autoptr(GlossTranscript) line = import_test_fixture ("short-names-line.txt");

  import_test_assert_spans (caps);
  import_test_assert_turn (caps, 1, GLOSS_TURN_REMARKS, "ANNA BERG", NULL, -1, "ANNA BERG:");
  import_test_assert_turn (caps, 2, GLOSS_TURN_REMARKS, "LARS HOLM", NULL, -1, "LARS HOLM:");
  import_test_assert_turn (caps, 3, GLOSS_TURN_QUESTION, "NORDIC WIRE", "NORDIC WIRE", -1, NULL);
  import_test_assert_turn (caps, 4, GLOSS_TURN_ANSWER, "ANNA BERG", NULL, 3, "BERG:");
  import_test_assert_turn (caps, 5, GLOSS_TURN_ANSWER, "LARS HOLM", NULL, 3, "HOLM:");

  import_test_assert_spans (line);
  import_test_assert_turn (line, 1, GLOSS_TURN_REMARKS, "Guo Ming", NULL, -1, "Guo Ming:");
  import_test_assert_turn (line, 2, GLOSS_TURN_REMARKS, "Wei Lan", NULL, -1, "Wei Lan:");
  import_test_assert_turn (line, 3, GLOSS_TURN_QUESTION, "Sichuan Daily", "Sichuan Daily", -1, NULL);
  import_test_assert_turn (line, 4, GLOSS_TURN_ANSWER, "Wei Lan", NULL, 3, "Wei:");
  import_test_assert_turn (line, 5, GLOSS_TURN_REMARKS, "Guo Ming", NULL, -1, "Guo:");
}

static void
test_inline_labels (void)
{
  g_autoptr(GlossTranscript) t = import_test_string (
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

  import_test_assert_spans (t);
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 9);
  /* "Second: ..." is prose inside the turn */
  import_test_assert_turn (t, 2, GLOSS_TURN_REMARKS, "Marc Weber", NULL, -1, "Marc Weber: Train");
  import_test_assert_turn (t, 3, GLOSS_TURN_QUESTION, "Swiss Radio", "Swiss Radio", -1, "Swiss Radio: When");
  import_test_assert_turn (t, 4, GLOSS_TURN_ANSWER, "Marc Weber", NULL, 3, "Weber: In December.");
  import_test_assert_turn (t, 5, GLOSS_TURN_QUESTION, "Reuters", "Reuters", -1, "Reuters: And");
  import_test_assert_turn (t, 6, GLOSS_TURN_ANSWER, "Marc Weber", NULL, 5, NULL);
  import_test_assert_turn (t, 7, GLOSS_TURN_QUESTION, "China Daily reporter", "China Daily", -1, NULL);
  import_test_assert_turn (t, 8, GLOSS_TURN_ANSWER, "Marc Weber", NULL, 7, NULL);
}

static void
test_cjk_spaced_participants (void)
{
  g_autoptr(GlossTranscript) t = import_test_string (
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

  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2022-02-01");
  g_assert_cmpuint (gloss_transcript_get_n_participants (t), ==, 2);
  g_assert_cmpstr (gloss_transcript_get_role (t, "田明"), ==, "交通运输部新闻发言人");
  g_assert_cmpstr (gloss_transcript_get_role (t, "赵丽"), ==, "信息通信管理局局长");
  import_test_assert_turn (t, 2, GLOSS_TURN_QUESTION, "新华社记者", "新华社", -1, NULL);
  import_test_assert_turn (t, 3, GLOSS_TURN_ANSWER, "赵丽", NULL, 2, NULL);
}

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
      g_autoptr(GlossTranscript) t = import_test_string (cases[i].text);

      g_assert_cmpstr (gloss_transcript_get_date (t), ==, cases[i].date);
      g_assert_cmpstr (gloss_transcript_get_place (t), ==, cases[i].place);
    }
}

static void
test_prose_colons (void)
{
  g_autoptr(GlossTranscript) t = import_test_string (
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

  import_test_assert_spans (t);
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 3);
  import_test_assert_turn (t, 1, GLOSS_TURN_REMARKS, "Ann Lee", NULL, -1, "Ann Lee:\n\nWe will");
  import_test_assert_turn (t, 2, GLOSS_TURN_REMARKS, "Ann Lee", NULL, -1, "Ann Lee: One more");
}

static void
test_no_labels (void)
{
  g_autoptr(GlossTranscript) t = import_test_string ("A speech\nMay 4, 2023\n\nGood evening.\n\nThank you.\n");

  import_test_assert_spans (t);
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 2);
  import_test_assert_turn (t, 0, GLOSS_TURN_HEADER, NULL, NULL, -1, "A speech\nMay 4, 2023");
  import_test_assert_turn (t, 1, GLOSS_TURN_REMARKS, NULL, NULL, -1, "Good evening.");
}

/* A space before a full-width comma once cut the role in the middle of the
 * comma's bytes (found by fuzz_importer). */
static void
test_participant_space_before_fullwidth_comma (void)
{
  g_autoptr(GlossTranscript) t = import_test_string ("简报\n\n王 芳 ，发言人\n\n王 芳：\n\n大家好。\n");
  const char *role;

  import_test_assert_spans (t);
  g_assert_cmpuint (gloss_transcript_get_n_participants (t), >=, 1);
  role = gloss_transcript_get_participant (t, 0)->role;
  g_assert_true (g_utf8_validate (role, -1, NULL));
  g_assert_cmpstr (role, ==, "发言人");
}

static void
test_sample (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GlossTranscript) t = NULL;
  g_autoptr(GHashTable) outlets = g_hash_table_new (g_str_hash, g_str_equal);
  guint unlabelled = 0;

  path = import_test_sample_path ();
  t = import_test_path (path);

  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2024-04-18");
  g_assert_cmpstr (gloss_transcript_get_place (t), ==, "Harbourton");
  g_assert_cmpuint (gloss_transcript_get_n_participants (t), ==, 4);
  import_test_assert_turn (t, 1, GLOSS_TURN_REMARKS, "Helen Achterberg", NULL, -1, "Helen Achterberg:");

  for (guint i = 0; i < gloss_transcript_get_n_turns (t); i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (t, i);

      if (turn->kind == GLOSS_TURN_QUESTION && turn->outlet != NULL)
        g_hash_table_add (outlets, turn->outlet);
      if (turn->kind == GLOSS_TURN_QUESTION && turn->outlet == NULL)
        {
          g_autofree char *text = import_test_turn_text (t, i);
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
  g_assert_cmpuint (import_test_count_kind (t, GLOSS_TURN_FOOTER), ==, 1);
}

static GlossTranscript *
import_corpus (void)
{
  g_autofree char *path = import_test_corpus_path ();

  return path != NULL ? import_test_path (path) : NULL;
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

  import_test_assert_spans (t);
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
    g_autofree char *header = import_test_turn_text (t, 0);

    g_assert_cmpint (gloss_transcript_get_turn (t, 0)->kind, ==, GLOSS_TURN_HEADER);
    g_assert_nonnull (strstr (header, "\nRead in Chinese\n"));
  }

  /* the moderator opens and closes; Tian gives the opening remarks */
  import_test_assert_turn (t, 1, GLOSS_TURN_REMARKS, "Shou Xiaoli", NULL, -1, "Shou Xiaoli:\n\n");
  import_test_assert_turn (t, 2, GLOSS_TURN_REMARKS, "Tian Yulong", NULL, -1, "Tian Yulong:\n\n");
  import_test_assert_turn (t, n - 2, GLOSS_TURN_REMARKS, "Shou Xiaoli", NULL, -1, "Shou Xiaoli:\n\n");

  for (guint i = 1; i < n - 1; i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (t, i);
      g_autofree char *body = import_test_turn_text (t, i);

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
                g_autofree char *prev_text = import_test_turn_text (t, i - 1);

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
                        g_autofree char *answer = import_test_turn_text (t, j);

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
    g_autofree char *body = import_test_turn_text (t, n - 1);
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

  path = import_test_sample_path ();
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  big = g_string_sized_new (5 * 1024 * 1024 + length);
  while (big->len < 5 * 1024 * 1024)
    g_string_append_len (big, contents, length);

  start = g_get_monotonic_time ();
  t = gloss_import_data (big->str, big->len, "big.txt", NULL, NULL, &error);
  elapsed = g_get_monotonic_time () - start;

  g_assert_no_error (error);
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), >, 5000);
  g_test_minimized_result (elapsed / 1e6, "imported %" G_GSIZE_FORMAT " bytes into %u turns in %.3f s",
                           big->len, gloss_transcript_get_n_turns (t), elapsed / 1e6);
}

/* --------------------------------------------------------------- hints */

/* What a format knows: speaker names set in bold with no colon, media
 * times per paragraph, a title from its metadata. */
static void
test_structure_hints (void)
{
  static const char text[] =
    "Ann Lee Good morning. We open the consultation today.\n"
    "\n"
    "Tom Reed When does it close?\n"
    "\n"
    "Ann Lee On the first of June.\n"
    "\n"
    "Tom Reed: And where are the results published?\n";
  g_autoptr(GlossImportSource) source = gloss_import_source_new (g_strdup (text), strlen (text));
  g_autoptr(GlossTranscript) t = NULL;
  const char *tom = strstr (text, "Tom Reed");
  const char *ann = strstr (tom, "Ann Lee");
  const char *q = strstr (text, "Tom Reed:");

  source->title = g_strdup ("Consultation, day one");
  gloss_import_source_add_hint (source, 0, strlen ("Ann Lee"), 0);
  gloss_import_source_add_hint (source, tom - text, strlen ("Tom Reed"), 12500);
  gloss_import_source_add_hint (source, ann - text, strlen ("Ann Lee "), 15000);
  /* a time alone, on a line the text already labels */
  gloss_import_source_add_hint (source, q - text, 0, 21000);

  t = gloss_turn_detect (source, "day-one.docx");
  import_test_dump_turns (t);
  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "Consultation, day one");
  g_assert_cmpstr (gloss_transcript_get_source (t), ==, "day-one.docx");
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 4);
  import_test_assert_turn (t, 0, GLOSS_TURN_REMARKS, "Ann Lee", NULL, -1, "Ann Lee Good morning.");
  import_test_assert_turn (t, 1, GLOSS_TURN_QUESTION, "Tom Reed", "Tom Reed", -1, NULL);
  import_test_assert_turn (t, 2, GLOSS_TURN_ANSWER, "Ann Lee", NULL, 1, NULL);
  import_test_assert_turn (t, 3, GLOSS_TURN_QUESTION, "Tom Reed", "Tom Reed", -1, "Tom Reed: And where");
  g_assert_cmpint (gloss_transcript_get_turn (t, 0)->time, ==, 0);
  g_assert_cmpint (gloss_transcript_get_turn (t, 1)->time, ==, 12500);
  g_assert_cmpint (gloss_transcript_get_turn (t, 2)->time, ==, 15000);
  g_assert_cmpint (gloss_transcript_get_turn (t, 3)->time, ==, 21000);
}

/* without hints, the same text has no labels at all */
static void
test_no_hints (void)
{
  g_autoptr(GlossTranscript) t = import_test_string ("Ann Lee Good morning.\n\nTom Reed When does it close?\n");

  for (guint i = 0; i < gloss_transcript_get_n_turns (t); i++)
    {
      g_assert_null (gloss_transcript_get_turn (t, i)->speaker);
      g_assert_cmpint (gloss_transcript_get_turn (t, i)->time, ==, -1);
    }
}

/* an unlabelled question has neither speaker nor outlet: the speaker rule
 * names it, not the importer (issue 17, item 5) */
static void
test_unlabelled_question_has_no_speaker (void)
{
  g_autoptr(GlossTranscript) t = import_test_string (
    "Briefing\n"
    "\n"
    "Ann Lee, spokesperson\n"
    "Tom Reed, director of the port\n"
    "Ute Kern, head of planning\n"
    "\n"
    "Ann Lee:\n"
    "\n"
    "Welcome.\n"
    "\n"
    "Tom Reed:\n"
    "\n"
    "The port grew by 4%.\n"
    "\n"
    "Ann Lee:\n"
    "\n"
    "The floor is open for questions.\n"
    "\n"
    "\n"
    "When will the new berth open?\n"
    "\n"
    "Ute Kern:\n"
    "\n"
    "In June.\n");

  import_test_assert_spans (t);
  import_test_assert_turn (t, 3, GLOSS_TURN_REMARKS, "Ann Lee", NULL, -1, "Ann Lee:\n\nThe floor is open");
  import_test_assert_turn (t, 4, GLOSS_TURN_QUESTION, NULL, NULL, -1, "When will the new berth open?");
  import_test_assert_turn (t, 5, GLOSS_TURN_ANSWER, "Ute Kern", NULL, 4, NULL);
}

/* A first line shaped like a label the rest of the text never confirms
 * (found by fuzz_importer: it crashed) is a heading. */
static void
test_unconfirmed_first_label (void)
{
  g_autoptr(GlossTranscript) t = import_test_string ("Speaker 1  0:03\nWhat does your team do?\n\n"
                                                     "teacher-4 (1:02:03.5):\nBecause.\n");

  import_test_assert_spans (t);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "Speaker 1  0:03");
  for (guint i = 0; i < gloss_transcript_get_n_turns (t); i++)
    g_assert_null (gloss_transcript_get_turn (t, i)->speaker);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/turn-detect/convention/name-line", test_name_line);
  g_test_add_func ("/turn-detect/convention/name-line-chinese", test_name_line_chinese);
  g_test_add_func ("/turn-detect/convention/name-title", test_name_title);
  g_test_add_func ("/turn-detect/convention/honorific", test_honorific);
  g_test_add_func ("/turn-detect/convention/q-a", test_q_a);
  g_test_add_func ("/turn-detect/convention/question-answer", test_question_answer);
  g_test_add_func ("/turn-detect/convention/short-names", test_short_names);
  g_test_add_func ("/turn-detect/convention/inline-labels", test_inline_labels);
  g_test_add_func ("/turn-detect/convention/cjk-spaced-participants", test_cjk_spaced_participants);
  g_test_add_func ("/turn-detect/header/dates", test_dates);
  g_test_add_func ("/turn-detect/prose-colons", test_prose_colons);
  g_test_add_func ("/turn-detect/no-labels", test_no_labels);
  g_test_add_func ("/turn-detect/participant-fullwidth-comma", test_participant_space_before_fullwidth_comma);
  g_test_add_func ("/turn-detect/unconfirmed-first-label", test_unconfirmed_first_label);
  g_test_add_func ("/turn-detect/hints", test_structure_hints);
  g_test_add_func ("/turn-detect/no-hints", test_no_hints);
  g_test_add_func ("/turn-detect/unlabelled-question", test_unlabelled_question_has_no_speaker);
  g_test_add_func ("/turn-detect/sample", test_sample);
  g_test_add_func ("/turn-detect/corpus", test_corpus);
  /* a figure, not a verdict: targets are checked by tests/bench */
  if (g_test_perf ())
    g_test_add_func ("/turn-detect/speed", test_speed);

  return g_test_run ();
}
