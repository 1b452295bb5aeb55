/* Paragraphs of a briefing written twice, in English and in a faithful
 * Chinese, with the same figures each language's way (bench-figures,
 * bench-review). */

#include "config.h"

#include "bench-bilingual.h"

static const char * const english_months[] = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December",
};
static const char * const english_counts[] = {
  "", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
  "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
};
static const char * const chinese_counts[] = {
  "", "", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
  "十五", "十六", "十七", "十八", "十九",
};

/* One placeholder, written both ways. */
static void
expand (GString    *en,
        GString    *zh,
        char        placeholder,
        GRand      *rand)
{
  int a = g_rand_int_range (rand, 100, 1000);
  int b = g_rand_int_range (rand, 11, 100);
  int month = g_rand_int_range (rand, 1, 13);

  switch (placeholder)
    {
    case 'N':  /* 961,000 / 96.1万 */
      g_string_append_printf (en, "%d,000", a);
      if (a % 10 == 0)
        g_string_append_printf (zh, "%d万", a / 10);
      else
        g_string_append_printf (zh, "%d.%d万", a / 10, a % 10);
      break;
    case 'n':  /* 748 */
      g_string_append_printf (en, "%d", a);
      g_string_append_printf (zh, "%d", a);
      break;
    case 'M':  /* 365 million / 3.65亿 */
      g_string_append_printf (en, "%d million", a);
      g_string_append_printf (zh, "%d.%02d亿", a / 100, a % 100);
      break;
    case 'B':  /* 1.4 billion / 14亿 */
      g_string_append_printf (en, "%d.%d billion", b / 10, b % 10);
      g_string_append_printf (zh, "%d亿", b);
      break;
    case 'P':  /* 15.9% */
      g_string_append_printf (en, "%d.%d%%", b / 3, b % 10);
      g_string_append_printf (zh, "%d.%d%%", b / 3, b % 10);
      break;
    case 'X':  /* 2.1 times / 2.1倍 */
      g_string_append_printf (en, "%d.%d times", b / 20 + 1, b % 10);
      g_string_append_printf (zh, "%d.%d倍", b / 20 + 1, b % 10);
      break;
    case 'Q':  /* 1.2 percentage points / 1.2个百分点 */
      g_string_append_printf (en, "%d.%d percentage points", b / 30, b % 10);
      g_string_append_printf (zh, "%d.%d个百分点", b / 30, b % 10);
      break;
    case 'Y':
      g_string_append_printf (en, "%d", 2015 + a % 10);
      g_string_append_printf (zh, "%d年", 2015 + a % 10);
      break;
    case 'O':  /* July / 7月 */
      g_string_append (en, english_months[month - 1]);
      g_string_append_printf (zh, "%d月", month);
      break;
    case 'D':  /* July 16 / 7月16日 */
      g_string_append_printf (en, "%s %d", english_months[month - 1], b % 28 + 1);
      g_string_append_printf (zh, "%d月%d日", month, b % 28 + 1);
      break;
    case 'R':  /* the first five months / 1—5月 */
      g_string_append_printf (en, "the first %s months", english_counts[a % 10 + 2]);
      g_string_append_printf (zh, "1—%d月", a % 10 + 2);
      break;
    case 'W':  /* seven / 七 */
      g_string_append (en, english_counts[a % 18 + 2]);
      g_string_append (zh, chinese_counts[a % 18 + 2]);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* English and Chinese, the same paragraph: {X} in English is a placeholder,
 * {1} in Chinese the value of the English text's first placeholder */
static const char * const templates[][2] = {
  { "In the first half of {Y}, the added value of industrial enterprises above designated size grew by {P} year on year, and {W} provinces reported growth above {P}.",
    "{1}上半年，规模以上工业增加值同比增长{2}，{3}个省份增速超过{4}。" },
  { "By the end of {O}, {N} 5G base stations had been built, and 5G terminal connections reached {M}.",
    "截至{1}底，累计建成5G基站{2}个，5G终端连接数达到{3}户。" },
  { "In {R}, software revenue totaled {B} yuan, up {P}, and profits rose {P}.",
    "{1}，软件业务收入{2}元，同比增长{3}，利润增长{4}。" },
  { "Exports of integrated circuits were {X} those of {Y}, and their share rose {Q}.",
    "集成电路出口额是{2}的{1}，占比提高{3}。" },
  { "First, we will implement the 14th Five-Year Plan (2021-2025) for the information and communications industry, with {N} new jobs.",
    "一是落实好信息通信行业“十四五”规划，新增就业岗位{1}个。" },
  { "Second, COVID-19 vaccine producers delivered {B} doses, and the hotline 12381 answered {n} calls on {D}.",
    "二是新冠疫苗生产企业供应疫苗{1}剂，12381热线在{3}接听电话{2}个。" },
  { "The ministry inspected {W} app stores and removed {n} apps within {W} days; one of the stores was fined.",
    "工信部检查了{1}家应用商店，在{3}天内下架应用{2}款，其中一家被罚款。" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (templates) == BENCH_BILINGUAL_N_TEMPLATES);

void
bench_bilingual_append (GString *out_en,
                        GString *out_zh,
                        guint    index,
                        GRand   *rand)
{
  g_autoptr(GPtrArray) zh_values = g_ptr_array_new_with_free_func (g_free);

  for (const char *p = templates[index][0]; *p != '\0'; p++)
    if (p[0] == '{' && p[2] == '}')
      {
        GString *value_zh = g_string_new (NULL);

        expand (out_en, value_zh, p[1], rand);
        g_ptr_array_add (zh_values, g_string_free (value_zh, FALSE));
        p += 2;
      }
    else
      g_string_append_c (out_en, *p);

  for (const char *p = templates[index][1]; *p != '\0'; p++)
    if (p[0] == '{' && p[2] == '}')
      {
        guint k = p[1] - '1';

        g_assert_cmpuint (k, <, zh_values->len);
        g_string_append (out_zh, g_ptr_array_index (zh_values, k));
        p += 2;
      }
    else
      g_string_append_c (out_zh, *p);
}
