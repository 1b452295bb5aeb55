#include "config.h"

#include <math.h>
#include <string.h>

#include "gloss-figures.h"

#define NUMBER   GLOSS_FIGURE_NUMBER
#define PERCENT  GLOSS_FIGURE_PERCENT
#define POINTS   GLOSS_FIGURE_PERCENT_POINTS
#define MULTIPLE GLOSS_FIGURE_MULTIPLE
#define YEAR     GLOSS_FIGURE_YEAR
#define MONTH    GLOSS_FIGURE_MONTH
#define DATE     GLOSS_FIGURE_DATE
#define MONTHS   GLOSS_FIGURE_MONTH_RANGE
#define ORDINAL  GLOSS_FIGURE_ORDINAL

static void
assert_value (double value,
              double expected)
{
  g_assert_cmpfloat_with_epsilon (value, expected, 1e-9 * MAX (1.0, fabs (expected)));
}

/* the code-point span of @needle's first occurrence in @haystack */
static void
span_of (const char *haystack,
         const char *needle,
         guint      *start,
         guint      *end)
{
  const char *found = strstr (haystack, needle);

  g_assert_nonnull (found);
  *start = g_utf8_pointer_to_offset (haystack, found);
  *end = *start + g_utf8_strlen (needle, -1);
}

static GPtrArray *
extract (const char *text,
         const char *language)
{
  return gloss_figures_extract (text, -1, 0, language);
}

static void
test_figures_normalise (void)
{
  static const struct {
    const char *language;
    const char *text;
    GlossFigureKind kind;
    double value;
    double value_end;  /* 0: the same as value */
    const char *unit;
    const char *written;
  } cases[] = {
    { "en", "961,000 base stations", NUMBER, 961000, 0, "", "961,000" },
    { "en", "as many as 1,362 enterprises", NUMBER, 1362, 0, "", "1,362" },
    { "en", "with 12,381 complaints", NUMBER, 12381, 0, "", "12,381" },
    { "en", "an index of 3.65 today", NUMBER, 3.65, 0, "", "3.65" },
    { "en", "1.4 billion doses", NUMBER, 1.4e9, 0, "", "1.4 billion" },
    { "en", "reached 365 million users", NUMBER, 3.65e8, 0, "", "365 million" },
    { "en", "13.62 million households", NUMBER, 1.362e7, 0, "", "13.62 million" },
    { "en", "two million visitors", NUMBER, 2e6, 0, "", "two million" },
    { "en", "an increase of 30% overall", PERCENT, 30, 0, "%", "30%" },
    { "en", "30 per cent of them", PERCENT, 30, 0, "%", "30 per cent" },
    { "en", "output rose 15.9 percent", PERCENT, 15.9, 0, "%", "15.9 percent" },
    { "en", "down 0.6 percentage points", POINTS, 0.6, 0, "pp", "0.6 percentage points" },
    { "en", "up one percentage point", POINTS, 1, 0, "pp", "one percentage point" },
    { "en", "exports grew 2.1 times over", MULTIPLE, 2.1, 0, "x", "2.1 times" },
    { "en", "a 3-fold rise", MULTIPLE, 3, 0, "x", "3-fold" },
    { "en", "within seven days", NUMBER, 7, 0, "", "seven" },
    { "en", "in five provinces", NUMBER, 5, 0, "", "five" },
    { "en", "twenty-one cities", NUMBER, 21, 0, "", "twenty-one" },
    { "en", "a hundred schools", NUMBER, 100, 0, "", "a hundred" },
    { "en", "three hundred and twenty projects", NUMBER, 320, 0, "", "three hundred and twenty" },
    { "en", "about two-thirds of firms", NUMBER, 2.0 / 3, 0, "", "two-thirds" },
    { "en", "growth of 10-15% a year", PERCENT, 10, 15, "%", "10-15%" },
    { "en", "sales of $40 million", NUMBER, 4e7, 0, "USD", "$40 million" },
    { "en", "3.2 billion yuan in revenue", NUMBER, 3.2e9, 0, "CNY", "3.2 billion yuan" },
    { "en", "in 2021 alone", YEAR, 2021, 0, "year", "2021" },
    { "en", "since July the output", MONTH, 7, 0, "month", "July" },
    { "en", "in May the output", MONTH, 5, 0, "month", "May" },
    { "en", "on July 16 the office", DATE, 716, 0, "date", "July 16" },
    { "en", "on 16 July the office", DATE, 716, 0, "date", "16 July" },
    { "en", "in the first five months", MONTHS, 1, 5, "month", "first five months" },
    { "en", "from January to May", MONTHS, 1, 5, "month", "January to May" },
    { "en", "the 14th Five-Year Plan period", ORDINAL, 14, 0, "five-year-plan", "14th Five-Year Plan" },
    { "en", "the 19th Central Committee", ORDINAL, 19, 0, "", "19th" },
    { "zh", "建成96.1万个基站", NUMBER, 961000, 0, "", "96.1万" },
    { "zh", "连接数达3.65亿户", NUMBER, 3.65e8, 0, "", "3.65亿" },
    { "zh", "用户1362万人", NUMBER, 1.362e7, 0, "", "1362万" },
    { "zh", "接种14亿剂", NUMBER, 1.4e9, 0, "", "14亿" },
    { "zh", "收入3.65万亿元", NUMBER, 3.65e12, 0, "CNY", "3.65万亿元" },
    { "zh", "投资4000万美元", NUMBER, 4e7, 0, "USD", "4000万美元" },
    { "zh", "惠及100多万人", NUMBER, 1e6, 0, "", "100多万" },
    { "zh", "共有12381家", NUMBER, 12381, 0, "", "12381" },
    { "zh", "产量５亿吨", NUMBER, 5e8, 0, "", "５亿" },
    { "zh", "增长30%左右", PERCENT, 30, 0, "%", "30%" },
    { "zh", "增长３０％左右", PERCENT, 30, 0, "%", "３０％" },
    { "zh", "占百分之三十", PERCENT, 30, 0, "%", "百分之三十" },
    { "zh", "达到百分之百", PERCENT, 100, 0, "%", "百分之百" },
    { "zh", "提高2个百分点", POINTS, 2, 0, "pp", "2个百分点" },
    { "zh", "回落零点六个百分点", POINTS, 0.6, 0, "pp", "零点六个百分点" },
    { "zh", "是去年的2.1倍", MULTIPLE, 2.1, 0, "x", "2.1倍" },
    { "zh", "增长一倍", MULTIPLE, 1, 0, "x", "一倍" },
    { "zh", "十九届中央委员会", NUMBER, 19, 0, "", "十九" },
    { "zh", "七家企业", NUMBER, 7, 0, "", "七" },
    { "zh", "两年平均", NUMBER, 2, 0, "", "两" },
    { "zh", "三千名工人", NUMBER, 3000, 0, "", "三千" },
    { "zh", "三分之二的企业", NUMBER, 2.0 / 3, 0, "", "三分之二" },
    { "zh", "“十四五”期间", ORDINAL, 14, 0, "five-year-plan", "十四五" },
    { "zh", "第十四个五年规划纲要", ORDINAL, 14, 0, "five-year-plan", "第十四个五年规划" },
    { "zh", "第十九届", ORDINAL, 19, 0, "", "第十九" },
    { "zh", "2021年底", YEAR, 2021, 0, "year", "2021年" },
    { "zh", "二〇二一年底", YEAR, 2021, 0, "year", "二〇二一年" },
    { "zh", "自7月份起", MONTH, 7, 0, "month", "7月" },
    { "zh", "自七月起", MONTH, 7, 0, "month", "七月" },
    { "zh", "于7月16日召开", DATE, 716, 0, "date", "7月16日" },
    { "zh", "1—5月，全国", MONTHS, 1, 5, "month", "1—5月" },
    { "zh", "前五个月累计", MONTHS, 1, 5, "month", "前五个月" },
    { "en", "in the first three quarters, output", MONTHS, 1, 9, "month", "first three quarters" },
    { "zh", "前三季度，全国", MONTHS, 1, 9, "month", "前三季度" },
    { "en", "the Fifth Plenary Session of", ORDINAL, 5, 0, "", "Fifth" },
    { "zh", "党的五中全会精神", ORDINAL, 5, 0, "", "五" },
    { "zh", "下午3点前新增5家企业", NUMBER, 5, 0, "", "5" },
    { "zh", "上午十时发布了三点意见", NUMBER, 3, 0, "", "三" },
    { "zh", "运行24小时", NUMBER, 24, 0, "", "24" },
    { "de", "1.362 Betriebe", NUMBER, 1362, 0, "", "1.362" },
    { "de", "ein Wert von 3,65 heute", NUMBER, 3.65, 0, "", "3,65" },
  };

  g_assert_cmpuint (G_N_ELEMENTS (cases), >=, 50);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) figures = extract (cases[i].text, cases[i].language);
      const GlossFigure *figure;
      guint start, end;

      g_test_message ("%s", cases[i].text);
      g_assert_cmpuint (figures->len, ==, 1);
      figure = g_ptr_array_index (figures, 0);
      span_of (cases[i].text, cases[i].written, &start, &end);
      g_assert_cmpstr (figure->text, ==, cases[i].written);
      g_assert_cmpuint (figure->start, ==, start);
      g_assert_cmpuint (figure->end, ==, end);
      g_assert_cmpstr (gloss_figure_kind_to_string (figure->kind), ==, gloss_figure_kind_to_string (cases[i].kind));
      assert_value (figure->value, cases[i].value);
      assert_value (figure->value_end, cases[i].value_end != 0 ? cases[i].value_end : cases[i].value);
      g_assert_cmpstr (figure->unit, ==, cases[i].unit);
      g_assert_cmpint (figure->flags, ==, 0);
    }
}

/* dates and years written together give the same figures in both languages */
static void
test_figures_dates (void)
{
  g_autoptr(GPtrArray) en = extract ("on July 16, 2021, in Beijing", "en");
  g_autoptr(GPtrArray) zh = extract ("2021年7月16日在北京", "zh");
  g_autoptr(GPtrArray) iso = extract ("dated 2021-07-16", NULL);
  g_autoptr(GPtrArray) findings = gloss_figures_compare (en, zh);

  g_assert_cmpuint (en->len, ==, 2);
  g_assert_cmpuint (zh->len, ==, 2);
  g_assert_cmpuint (iso->len, ==, 2);
  g_assert_cmpuint (findings->len, ==, 2);
  for (guint i = 0; i < findings->len; i++)
    g_assert_cmpint (((GlossFigureFinding *) g_ptr_array_index (findings, i))->status, ==, GLOSS_FIGURE_MATCH);
  g_assert_cmpint (((GlossFigure *) g_ptr_array_index (iso, 0))->kind, ==, YEAR);
  g_assert_cmpint (((GlossFigure *) g_ptr_array_index (iso, 1))->kind, ==, DATE);
  assert_value (((GlossFigure *) g_ptr_array_index (iso, 1))->value, 716);
}

static void
test_figures_noise (void)
{
  static const char * const texts[] = {
    "961 5G base stations", "5G基站", "4G and 5G", "COVID-19 vaccines", "新冠COVID-19疫苗",
    "the G20 summit", "H1N1 and CO2", "call the hotline 12381", "拨打12381热线", "dial 010-12345678",
    "call 400-810-8888", "at 10:30", "version 1.2.3", "7/16", "the No. 1 document", "No.1",
    "one of the largest", "a plan", "once a year", "no one knows", "zero tolerance",
    "the Five-Year Plan", "五年规划", "May I ask a question?", "the first half", "hundreds of firms",
    "十分重要", "千万不要", "万一出现", "一些企业", "进一步加强", "统一大市场", "零容忍", "两岸关系",
    "三农问题", "二季度", "七八个", "一一对应", "百姓", "at 3 p.m. today", "from 10am", "At 9 A.M.",
    "供需两端", "上午10时", "下午3点", "今天下午三点举行", "上午十时三十分", "晚上8点半", "10时30分开始",
    "凌晨2点钟", "下午3点15分", "十点三十分", "9时许", "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) figures = extract (texts[i], NULL);

      g_test_message ("%s", texts[i]);
      if (strcmp (texts[i], "961 5G base stations") == 0)
        {
          g_assert_cmpuint (figures->len, ==, 1);
          g_assert_cmpstr (((GlossFigure *) g_ptr_array_index (figures, 0))->text, ==, "961");
        }
      else
        g_assert_cmpuint (figures->len, ==, 0);
    }
}

static void
test_figures_list_ordinals (void)
{
  static const struct {
    const char *text;
    double value;
  } cases[] = {
    { "First, we will improve the network.", 1 },
    { "Second, we will support enterprises.", 2 },
    { "Firstly, the plan.", 1 },
    { "First of all, thank you.", 1 },
    { "They said. Third: the rules.", 3 },
    { "一是加强网络建设", 1 },
    { "二是支持企业发展", 2 },
    { "第一，加快建设", 1 },
    { "第二季度", 2 },
    { "首先，感谢大家", 1 },
    { "其次，要看到", 2 },
    { "1. Introduction", 1 },
    { "(2) Scope", 2 },
    { "三、主要任务", 3 },
    { "（四）保障措施", 4 },
  };
  g_autoptr(GPtrArray) none = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) figures = extract (cases[i].text, NULL);
      g_autoptr(GPtrArray) findings = gloss_figures_compare (figures, none);
      g_autoptr(GPtrArray) reverse = gloss_figures_compare (none, figures);
      const GlossFigure *figure;

      g_test_message ("%s", cases[i].text);
      g_assert_cmpuint (figures->len, ==, 1);
      figure = g_ptr_array_index (figures, 0);
      g_assert_cmpint (figure->kind, ==, ORDINAL);
      g_assert_true (figure->flags & GLOSS_FIGURE_FLAG_LIST);
      assert_value (figure->value, cases[i].value);
      g_assert_cmpuint (findings->len, ==, 0);
      g_assert_cmpuint (reverse->len, ==, 0);
    }

  /* mid-sentence "first" and "second" are prose, not markers */
  {
    g_autoptr(GPtrArray) figures = extract ("He came first, and the second round follows.", "en");

    g_assert_cmpuint (figures->len, ==, 0);
  }
}

static GlossFigureFinding *
finding_at (GPtrArray *findings,
            guint      index)
{
  g_assert_cmpuint (index, <, findings->len);
  return g_ptr_array_index (findings, index);
}

/* compares one English and one Chinese passage; the findings' statuses, in order */
static char *
review (const char *translation,
        const char *original)
{
  g_autoptr(GPtrArray) t = extract (translation, "en");
  g_autoptr(GPtrArray) o = extract (original, "zh");
  g_autoptr(GPtrArray) findings = gloss_figures_compare (t, o);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      const GlossFigureFinding *f = finding_at (findings, i);

      g_assert_true (f->translation == NULL || f->translation == g_ptr_array_index (t, f->translation_index));
      g_assert_true (f->original == NULL || f->original == g_ptr_array_index (o, f->original_index));
      g_assert_cmpint (f->translation == NULL, ==, f->translation_index < 0);
      g_assert_cmpint (f->original == NULL, ==, f->original_index < 0);
      g_string_append_printf (out, "%s%s %s|%s", i > 0 ? "; " : "", gloss_figure_finding_status_to_string (f->status),
                              f->translation != NULL ? f->translation->text : "-",
                              f->original != NULL ? f->original->text : "-");
    }
  return g_string_free (out, FALSE);
}

static void
test_figures_compare_pairs (void)
{
  static const struct {
    const char *translation;
    const char *original;
    const char *findings;
  } cases[] = {
    /* the corpus's own figures, as the Chinese original writes them */
    { "961,000 5G base stations", "5G基站96.1万个", "match 961,000|96.1万" },
    { "1.4 billion doses", "14亿剂", "match 1.4 billion|14亿" },
    { "2.1 times that of last year", "是去年的2.1倍", "match 2.1 times|2.1倍" },
    { "reached 365 million", "达到3.65亿", "match 365 million|3.65亿" },
    { "30 per cent of them", "其中百分之三十", "match 30 per cent|百分之三十" },
    { "rose 1.2 percentage points", "提高1.2个百分点", "match 1.2 percentage points|1.2个百分点" },
    { "In the first five months", "1—5月", "match first five months|1—5月" },
    { "In the first three quarters", "前三季度", "match first three quarters|前三季度" },
    { "the Fifth Plenary Session", "五中全会", "match Fifth|五" },
    { "the 14th Five-Year Plan (2021-2025)", "“十四五”规划", "match 14th Five-Year Plan|十四五" },
    { "the 14th Five-Year Plan (2021-2025)", "“十四五”规划（2021—2025年）",
      "match 14th Five-Year Plan|十四五; match 2021-2025|2021—2025年" },
    /* planted wrong figures */
    { "962,000 5G base stations", "5G基站96.1万个", "mismatch 962,000|96.1万" },
    { "1.5 billion doses", "14亿剂", "mismatch 1.5 billion|14亿" },
    { "2.2 times that of last year", "是去年的2.1倍", "mismatch 2.2 times|2.1倍" },
    { "grew 19.5%", "增长15.9%", "mismatch 19.5%|15.9%" },
    { "grew 1.2%", "提高1.2个百分点", "mismatch 1.2%|1.2个百分点" },
    { "the plan (2021-2025)", "规划（2021—2026年）", "mismatch 2021-2025|2021—2026年" },
    /* a figure on one side only */
    { "In 2019, 961,000 stations", "建成96.1万个", "missing-in-original 2019|-; match 961,000|96.1万" },
    { "961,000 stations", "2019年建成96.1万个", "missing-in-translation -|2019年; match 961,000|96.1万" },
    { "961,000 stations", "建成96.1万个，同比增长30%", "match 961,000|96.1万; missing-in-translation -|30%" },
    { "seven enterprises", "", "missing-in-original seven|-" },
    /* translators reorder; equal figures still match */
    { "7% and 15.9%", "15.9%和7%", "match 7%|7%; match 15.9%|15.9%" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *findings = review (cases[i].translation, cases[i].original);

      g_assert_cmpstr (findings, ==, cases[i].findings);
    }
}

/* among equal figures the nearest by position pairs; the leftover is missing */
static void
test_figures_compare_order (void)
{
  g_autoptr(GPtrArray) t = extract ("5% first, then 5% again", "en");
  g_autoptr(GPtrArray) o = extract ("5%，6%，5%", "zh");
  g_autoptr(GPtrArray) findings = gloss_figures_compare (t, o);

  g_assert_cmpuint (findings->len, ==, 3);
  g_assert_cmpint (finding_at (findings, 0)->translation_index, ==, 0);
  g_assert_cmpint (finding_at (findings, 0)->original_index, ==, 0);
  g_assert_cmpint (finding_at (findings, 1)->status, ==, GLOSS_FIGURE_MISSING_IN_TRANSLATION);
  g_assert_cmpint (finding_at (findings, 1)->original_index, ==, 1);
  g_assert_cmpint (finding_at (findings, 1)->translation_index, ==, -1);
  g_assert_null (finding_at (findings, 1)->translation);
  g_assert_cmpint (finding_at (findings, 2)->translation_index, ==, 1);
  g_assert_cmpint (finding_at (findings, 2)->original_index, ==, 2);

  /* the leftovers pair in order */
  {
    g_autofree char *out = review ("up 15%, then 2.1 times, then 8%", "增长16%，然后2.2倍，然后9%");

    g_assert_cmpstr (out, ==, "mismatch 15%|16%; mismatch 2.1 times|2.2倍; mismatch 8%|9%");
  }
}

static void
test_figures_compare_empty (void)
{
  g_autoptr(GPtrArray) t = extract ("30% and 2021", "en");
  g_autoptr(GPtrArray) both_empty = gloss_figures_compare (NULL, NULL);
  g_autoptr(GPtrArray) no_original = gloss_figures_compare (t, NULL);

  g_assert_cmpuint (both_empty->len, ==, 0);
  g_assert_cmpuint (no_original->len, ==, 2);
  for (guint i = 0; i < no_original->len; i++)
    {
      g_assert_cmpint (finding_at (no_original, i)->status, ==, GLOSS_FIGURE_MISSING_IN_ORIGINAL);
      g_assert_null (finding_at (no_original, i)->original);
    }
}

static gboolean
equal_texts (const char *a,
             const char *b)
{
  g_autoptr(GPtrArray) x = extract (a, NULL);
  g_autoptr(GPtrArray) y = extract (b, NULL);

  g_assert_cmpuint (x->len, ==, 1);
  g_assert_cmpuint (y->len, ==, 1);
  g_assert_cmpint (gloss_figure_equal (g_ptr_array_index (x, 0), g_ptr_array_index (y, 0)), ==,
                   gloss_figure_equal (g_ptr_array_index (y, 0), g_ptr_array_index (x, 0)));
  return gloss_figure_equal (g_ptr_array_index (x, 0), g_ptr_array_index (y, 0));
}

static void
test_figures_equal (void)
{
  /* as translators round */
  g_assert_true (equal_texts ("1.4 billion", "14.2亿"));
  g_assert_true (equal_texts ("15.9%", "15.87%"));
  g_assert_true (equal_texts ("13.62 million", "1362.3万"));
  g_assert_true (equal_texts ("961,000", "96.1万"));
  g_assert_true (equal_texts ("3.2 billion", "32亿元"));
  g_assert_true (equal_texts ("the 19th", "十九届"));
  g_assert_true (equal_texts ("in 2021", "2021年"));
  g_assert_true (equal_texts ("in July", "7月"));
  g_assert_true (equal_texts ("the plan (2021-2025)", "（2021—2025年）"));
  /* and as they do not */
  g_assert_false (equal_texts ("500 million", "5.4亿"));
  g_assert_false (equal_texts ("400,000", "40.3万"));
  g_assert_false (equal_texts ("3.2 billion dollars", "32亿元"));
  g_assert_false (equal_texts ("30%", "30个百分点"));
  g_assert_false (equal_texts ("2.1 times", "2.1"));
  g_assert_false (equal_texts ("in July", "7月16日"));
  g_assert_false (equal_texts ("(2021-2025)", "（2021—2026年）"));
  g_assert_false (equal_texts ("in the first five months", "1—6月"));
}

/* A briefing paragraph of our own, in the corpus's style, and a faithful
 * Chinese original */
static const char faithful_en[] =
  "In the first half of the year, the added value of industrial enterprises above designated size "
  "grew by 15.9% year on year, with a two-year average growth of 7%. First, manufacturing held "
  "steady: its added value rose 16.7%, and high-tech manufacturing grew 22.6%. By the end of June, "
  "961,000 5G base stations had been built, and 5G terminal connections reached 365 million. In the "
  "first five months, software revenue totaled 3.65 trillion yuan, up 21.7%, and exports of "
  "integrated circuits were 2.1 times those of 2019. Second, we will implement the 14th Five-Year "
  "Plan (2021-2025) for the industry, support seven enterprises in five provinces, and keep the "
  "COVID-19 hotline 12381 open from July 16. The share of the digital economy rose 1.2 percentage "
  "points, and 1.4 billion doses have been given.";

static const char faithful_zh[] =
  "上半年，规模以上工业增加值同比增长15.9%，两年平均增长7%。一是制造业保持稳定：制造业增加值增长"
  "16.7%，高技术制造业增长22.6%。截至6月底，累计建成5G基站96.1万个，5G终端连接数达到3.65亿户。"
  "1—5月，软件业务收入3.65万亿元，同比增长21.7%，集成电路出口额是2019年的2.1倍。二是落实好行业"
  "“十四五”规划，支持五个省的七家企业，自7月16日起继续开通12381疫情热线。数字经济占比提高1.2个"
  "百分点，累计接种疫苗14亿剂。";

static void
count_findings (const char *translation,
                const char *original,
                guint       counts[GLOSS_FIGURE_FINDING_STATUS_LAST + 1],
                GString    *other)
{
  g_autoptr(GPtrArray) t = extract (translation, "en");
  g_autoptr(GPtrArray) o = extract (original, "zh");
  g_autoptr(GPtrArray) findings = gloss_figures_compare (t, o);

  for (guint i = 0; i < findings->len; i++)
    {
      const GlossFigureFinding *f = finding_at (findings, i);

      counts[f->status]++;
      if (f->status != GLOSS_FIGURE_MATCH)
        g_string_append_printf (other, "%s %s|%s; ", gloss_figure_finding_status_to_string (f->status),
                                f->translation != NULL ? f->translation->text : "-",
                                f->original != NULL ? f->original->text : "-");
    }
}

static void
test_figures_faithful_pair (void)
{
  guint counts[GLOSS_FIGURE_FINDING_STATUS_LAST + 1] = { 0 };
  g_autoptr(GString) other = g_string_new (NULL);

  count_findings (faithful_en, faithful_zh, counts, other);
  g_assert_cmpstr (other->str, ==, "");
  g_assert_cmpuint (counts[GLOSS_FIGURE_MATCH], ==, 19);
}

static char *
replace (const char *text,
         const char *from,
         const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, 2);

  g_assert_nonnull (parts[1]);
  return g_strjoin (to, parts[0], parts[1], NULL);
}

static void
test_figures_planted_pair (void)
{
  g_autofree char *en1 = replace (faithful_en, "22.6%", "26.2%");
  g_autofree char *en2 = replace (en1, ", up 21.7%", "");
  g_autofree char *en3 = replace (en2, "seven enterprises", "seven enterprises and 40 parks");
  guint counts[GLOSS_FIGURE_FINDING_STATUS_LAST + 1] = { 0 };
  g_autoptr(GString) other = g_string_new (NULL);

  count_findings (en3, faithful_zh, counts, other);
  g_assert_cmpstr (other->str, ==,
                   "mismatch 26.2%|22.6%; missing-in-translation -|21.7%; missing-in-original 40|-; ");
  g_assert_cmpuint (counts[GLOSS_FIGURE_MATCH], ==, 17);
}

static void
test_figures_offsets (void)
{
  g_autoptr(GPtrArray) based = gloss_figures_extract ("30% and 40%", -1, 100, "en");
  g_autoptr(GPtrArray) lines = extract ("a\r\n30%\n\n40%", "en");
  g_autoptr(GPtrArray) astral = extract ("😀 30% 𠀀40%", NULL);
  g_autoptr(GPtrArray) sliced = gloss_figures_extract ("30% and 40%", 3, 0, "en");
  g_autoptr(GPtrArray) empty = gloss_figures_extract (NULL, 0, 0, NULL);
  const GlossFigure *f;

  f = g_ptr_array_index (based, 1);
  g_assert_cmpuint (f->start, ==, 108);
  g_assert_cmpuint (f->end, ==, 111);

  f = g_ptr_array_index (lines, 0);
  g_assert_cmpuint (f->start, ==, 3);
  f = g_ptr_array_index (lines, 1);
  g_assert_cmpuint (f->start, ==, 8);

  f = g_ptr_array_index (astral, 0);
  g_assert_cmpuint (f->start, ==, 2);
  f = g_ptr_array_index (astral, 1);
  g_assert_cmpuint (f->start, ==, 7);
  g_assert_cmpuint (f->end, ==, 10);
  g_assert_cmpstr (f->text, ==, "40%");

  g_assert_cmpuint (sliced->len, ==, 1);
  g_assert_cmpuint (empty->len, ==, 0);

  /* a currency between two numbers belongs to one of them: figures never overlap */
  {
    g_autoptr(GPtrArray) shared = extract ("5 RMB 6", "en");

    g_assert_cmpuint (shared->len, ==, 2);
    g_assert_cmpstr (((GlossFigure *) g_ptr_array_index (shared, 0))->text, ==, "5 RMB");
    g_assert_cmpstr (((GlossFigure *) g_ptr_array_index (shared, 0))->unit, ==, "CNY");
    g_assert_cmpstr (((GlossFigure *) g_ptr_array_index (shared, 1))->text, ==, "6");
    g_assert_cmpuint (((GlossFigure *) g_ptr_array_index (shared, 1))->start, >=,
                      ((GlossFigure *) g_ptr_array_index (shared, 0))->end);
  }
}

static void
test_figures_copy (void)
{
  g_autoptr(GPtrArray) figures = extract ("3.65亿", "zh");
  g_autoptr(GlossFigure) copy = gloss_figure_copy (g_ptr_array_index (figures, 0));

  g_assert_cmpstr (copy->text, ==, "3.65亿");
  g_assert_true (copy->text != ((GlossFigure *) g_ptr_array_index (figures, 0))->text);
  g_assert_true (gloss_figure_equal (copy, g_ptr_array_index (figures, 0)));
}

static void
test_figures_status_strings (void)
{
  static const char * const names[] = { "match", "mismatch", "missing-in-translation", "missing-in-original" };

  for (GlossFigureFindingStatus s = 0; s <= GLOSS_FIGURE_FINDING_STATUS_LAST; s++)
    {
      GlossFigureFindingStatus back;

      g_assert_cmpstr (gloss_figure_finding_status_to_string (s), ==, names[s]);
      g_assert_true (gloss_figure_finding_status_from_string (names[s], &back));
      g_assert_cmpint (back, ==, s);
    }
  {
    GlossFigureFindingStatus back = GLOSS_FIGURE_MATCH;

    g_assert_false (gloss_figure_finding_status_from_string ("missing", &back));
    g_assert_false (gloss_figure_finding_status_from_string (NULL, &back));
  }
}

static void
test_figures_invalid_utf8 (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GPtrArray) figures = gloss_figures_extract ("30\xff%", -1, 0, NULL);

      g_assert_null (figures);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*g_utf8_validate*");
}

static gpointer
extract_many_cb (gpointer data)
{
  guint total = 0;

  for (guint i = 0; i < 50; i++)
    {
      g_autoptr(GPtrArray) figures = extract (faithful_zh, "zh");
      g_autoptr(GPtrArray) words = extract (faithful_en, "en");

      total += figures->len + words->len;
    }
  return GUINT_TO_POINTER (total);
}

/* ICU's formats are shared behind a lock: threads get the same figures */
static void
test_figures_threads (void)
{
  GThread *threads[4];
  g_autoptr(GPtrArray) zh = extract (faithful_zh, "zh");
  g_autoptr(GPtrArray) en = extract (faithful_en, "en");

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("extract", extract_many_cb, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[i])), ==, 50 * (zh->len + en->len));
}

static gboolean
has_figure (GPtrArray  *figures,
            const char *text,
            GlossFigureFlags flags)
{
  for (guint i = 0; i < figures->len; i++)
    {
      const GlossFigure *f = g_ptr_array_index (figures, i);

      if (strcmp (f->text, text) == 0 && f->flags == flags)
        return TRUE;
    }
  return FALSE;
}

/* The real transcript (read, never copied): its figures are found, its
 * identifiers are not */
static void
test_figures_corpus (void)
{
  const char *dir = g_getenv ("GLOSS_CORPUS_DIR");
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) figures = NULL;

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
  figures = extract (contents, "en");

  g_assert_cmpuint (figures->len, >, 100);
  g_assert_true (has_figure (figures, "961,000", 0));
  g_assert_true (has_figure (figures, "1.4 billion", 0));
  g_assert_true (has_figure (figures, "2.1 times", 0));
  g_assert_true (has_figure (figures, "365 million", 0));
  g_assert_true (has_figure (figures, "13.62 million", 0));
  g_assert_true (has_figure (figures, "2021-2025", GLOSS_FIGURE_FLAG_PARENTHETICAL));
  g_assert_true (has_figure (figures, "First", GLOSS_FIGURE_FLAG_LIST));
  for (guint i = 0; i < figures->len; i++)
    {
      const GlossFigure *f = g_ptr_array_index (figures, i);

      g_assert_null (strstr (f->text, "5G"));
      g_assert_null (strstr (f->text, "COVID"));
      g_assert_cmpstr (f->text, !=, "12381");
      g_assert_cmpstr (f->text, !=, "19");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/figures/normalise", test_figures_normalise);
  g_test_add_func ("/figures/dates", test_figures_dates);
  g_test_add_func ("/figures/noise", test_figures_noise);
  g_test_add_func ("/figures/list-ordinals", test_figures_list_ordinals);
  g_test_add_func ("/figures/compare-pairs", test_figures_compare_pairs);
  g_test_add_func ("/figures/compare-order", test_figures_compare_order);
  g_test_add_func ("/figures/compare-empty", test_figures_compare_empty);
  g_test_add_func ("/figures/equal", test_figures_equal);
  g_test_add_func ("/figures/faithful-pair", test_figures_faithful_pair);
  g_test_add_func ("/figures/planted-pair", test_figures_planted_pair);
  g_test_add_func ("/figures/offsets", test_figures_offsets);
  g_test_add_func ("/figures/copy", test_figures_copy);
  g_test_add_func ("/figures/status-strings", test_figures_status_strings);
  g_test_add_func ("/figures/invalid-utf8", test_figures_invalid_utf8);
  g_test_add_func ("/figures/threads", test_figures_threads);
  g_test_add_func ("/figures/corpus", test_figures_corpus);

  return g_test_run ();
}
