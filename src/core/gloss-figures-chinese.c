/* Chinese numerals (十九, 三千, 两, 零点六, parsed by ICU, with 万 and 亿
 * after them), 第 ordinals, 十四五, 百分之, 前五个月, 三分之二, and the list
 * words 一是, 首先, 其次; clock times (上午10时, 下午三点) are not figures. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gloss-figures-private.h"

#define MAX_HAN_RUN 48

static gboolean
is_place (gunichar c)
{
  return _gloss_in_chars (c, U"十百千万亿兆");
}

static guint
han_run_end (const GlossScanner *s,
             guint               i)
{
  guint j = i;

  while (j - i < MAX_HAN_RUN)
    {
      gunichar c = _gloss_scanner_at (s, j);

      if (_gloss_is_chinese_numeral (c))
        j++;
      else if (c == 0x70b9 && j > i && _gloss_is_chinese_numeral (_gloss_scanner_at (s, j + 1)))
        j++;                                        /* 点: 零点六 */
      else
        break;
    }
  return j;
}

gboolean
_gloss_read_han_number (const GlossScanner *s,
                        guint               i,
                        gboolean            allow_leading_place,
                        double             *value,
                        double             *precision,
                        guint              *end)
{
  guint j = han_run_end (s, i);
  GString *run;
  gboolean prefixed;
  double parsed;
  guint consumed;
  guint point = 0;

  if (j == i)
    return FALSE;
  prefixed = _gloss_in_chars (s->text[i], U"百千万亿兆");
  if (prefixed && !allow_leading_place)
    return FALSE;
  run = g_string_new (prefixed ? "一" : NULL);    /* 百分之百: a hundred per cent */
  for (guint k = i; k < j; k++)
    g_string_append_unichar (run, s->text[k]);
  if (!_gloss_spellout_parse ("zh", run->str, &parsed, &consumed) || consumed <= (prefixed ? 1u : 0u))
    {
      g_string_free (run, TRUE);
      return FALSE;
    }
  g_string_free (run, TRUE);
  *end = i + consumed - (prefixed ? 1 : 0);
  *value = parsed;
  if (precision != NULL)
    {
      for (guint k = i; k < *end; k++)
        if (s->text[k] == 0x70b9)
          point = k;
      *precision = point > 0 ? pow (10, -(double) (*end - point - 1)) : _gloss_trailing_zeros_precision (parsed);
    }
  return TRUE;
}

static gboolean
day_period_before (const GlossScanner *s,
                   guint               i)
{
  static const gunichar * const periods[] = {
    U"上午", U"下午", U"中午", U"晚上", U"早上", U"凌晨", U"傍晚", U"早晨", U"夜间", U"晚间", U"夜里", U"今晚",
  };

  for (guint k = 0; k < G_N_ELEMENTS (periods); k++)
    if (i >= 2 && _gloss_has_literal (s, i - 2, periods[k], NULL))
      return TRUE;
  return FALSE;
}

/* the minutes after 时 or 点 at @i: 30分, 三十分, 半, 钟, 许; returns where
 * the time ends */
static guint
clock_minutes_end (const GlossScanner *s,
                   guint               i)
{
  guint j = i;
  gunichar c = _gloss_scanner_at (s, j);

  if (c == 0x534a || c == 0x949f || c == 0x8bb8)    /* 半, 钟, 许 */
    return j + 1;
  while (g_unichar_isdigit (_gloss_scanner_at (s, j)) || _gloss_is_chinese_numeral (_gloss_scanner_at (s, j)))
    j++;
  if (j > i && _gloss_scanner_at (s, j) == 0x5206)  /* 分 */
    return j + 1;
  return i;
}

gboolean
_gloss_chinese_clock_at (const GlossScanner *s,
                         guint               start,
                         guint               end,
                         guint              *clock_end)
{
  gunichar after = _gloss_scanner_at (s, end);
  guint point = 0;

  g_return_val_if_fail (start < end, FALSE);

  /* 十点三十分: the run of Han numerals read 点 as a decimal point */
  for (guint k = start; k < end; k++)
    if (s->text[k] == 0x70b9)
      point = k;
  if (point > 0)
    {
      if (clock_minutes_end (s, point + 1) == point + 1 || after != 0x5206)
        return FALSE;
      *clock_end = end + 1;
      return TRUE;
    }
  /* 10时 is always a time (hours are 小时); 3点 only with a time of day
   * around it, since 三点意见 are three points */
  if (after == 0x65f6)
    {
      guint minutes = clock_minutes_end (s, end + 1);

      if (minutes == end + 1 && _gloss_scanner_at (s, end + 1) == 0x671f)
        return FALSE;                               /* 时期: a period */
      *clock_end = minutes;
      return TRUE;
    }
  if (after == 0x70b9)
    {
      guint minutes = clock_minutes_end (s, end + 1);

      if (minutes == end + 1 && !day_period_before (s, start))
        return FALSE;
      *clock_end = minutes;
      return TRUE;
    }
  return FALSE;
}

/* 第十九, 第3, 第十四个五年规划; 第一 and 第二 are list words, as first and second are */
static guint
scan_han_ordinal (GlossScanner *s,
                  guint         i)
{
  double value;
  guint end;
  gboolean han = FALSE;
  GlossFigureFlags flags = 0;
  const char *unit = "";

  if (!_gloss_read_plain_digits (s, i + 1, &value, &end))
    {
      if (!_gloss_read_han_number (s, i + 1, FALSE, &value, NULL, &end))
        return i + 1;
      han = TRUE;
    }
  if (_gloss_has_literal (s, end, U"个五年规划", &end))
    unit = "five-year-plan";
  else if ((han && value <= 10) || _gloss_in_chars (_gloss_scanner_at (s, end), U"，、：,:；;是"))
    flags = GLOSS_FIGURE_FLAG_LIST;
  _gloss_add_figure (s, i, end, GLOSS_FIGURE_ORDINAL, flags, value, unit);
  return end;
}

/* 前5个月, 前五个月; 前三季度 (the first nine months) */
static guint
scan_han_first_months (GlossScanner *s,
                       guint         i)
{
  double months;
  guint end;

  if (!_gloss_read_plain_digits (s, i + 1, &months, &end)
      && !_gloss_read_han_number (s, i + 1, FALSE, &months, NULL, &end))
    return i + 1;
  if (months >= 2 && months <= 4 && months == floor (months)
      && _gloss_has_literal (s, end, U"季度", &end))
    months *= 3;
  else if (months < 2 || months > 12 || months != floor (months)
           || !(_gloss_has_literal (s, end, U"个月", &end) || _gloss_has_literal (s, end, U"月", &end)))
    return i + 1;
  _gloss_add_figure (s, i, end, GLOSS_FIGURE_MONTH_RANGE, 0, 1, "month")->value_end = months;
  return end;
}

/* 百分之三十, 千分之五 */
static guint
scan_han_percent (GlossScanner *s,
                  guint         i)
{
  GlossRawFigure figure = { 0 };
  double value, precision = 1;
  guint end;

  if (!_gloss_read_plain_digits (s, i + 3, &value, &end)
      && !_gloss_read_han_number (s, i + 3, TRUE, &value, &precision, &end))
    return i + 1;
  if (s->text[i] == 0x5343)
    value /= 10, precision /= 10;
  figure.start = i;
  figure.end = end;
  figure.kind = GLOSS_FIGURE_PERCENT;
  figure.value = figure.value_end = value;
  figure.precision = precision;
  figure.unit = "%";
  _gloss_scanner_add (s, &figure);
  return end;
}

static guint
scan_han_numeral (GlossScanner *s,
                  guint         i)
{
  guint j = han_run_end (s, i);
  guint length = j - i;
  gunichar first = s->text[i];
  gboolean positional = FALSE;
  gboolean has_point = FALSE;
  GlossRawFigure figure = { 0 };
  double value, precision, denominator_value;
  guint end;

  for (guint k = i; k < j; k++)
    {
      positional = positional || is_place (s->text[k]);
      has_point = has_point || s->text[k] == 0x70b9;
    }

  /* 百姓, 千万 (must), 万一 (if): a numeral starts with a digit or 十 */
  if (is_place (first) && first != 0x5341)
    return j;
  if ((length == 1 && first == 0x5341 && _gloss_scanner_at (s, j) == 0x5206 && _gloss_scanner_at (s, j + 1) != 0x4e4b)
      || _gloss_has_literal (s, i, U"两岸", NULL) || _gloss_has_literal (s, i, U"三农", NULL)
      || _gloss_has_literal (s, i, U"两端", NULL))
    return j;                                       /* 十分 (very), 两岸 (cross-Strait), 三农, 供需两端 */
  if (length == 1 && _gloss_has_literal (s, j, U"中全会", NULL)
      && _gloss_read_han_number (s, i, FALSE, &value, NULL, &end))
    {
      /* 五中全会: the Fifth Plenary Session */
      _gloss_add_figure (s, i, j, GLOSS_FIGURE_ORDINAL, 0, value, "");
      return j;
    }
  if (length == 3 && first == 0x5341 && !is_place (s->text[i + 1]) && s->text[i + 2] == 0x4e94)
    {
      double ordinal;
      guint ordinal_end;

      /* 十四五: the 14th Five-Year Plan */
      if (_gloss_read_han_number (s, i, FALSE, &ordinal, NULL, &ordinal_end) && ordinal > 10 && ordinal < 20)
        {
          _gloss_add_figure (s, i, j, GLOSS_FIGURE_ORDINAL, 0, ordinal, "five-year-plan");
          return j;
        }
    }
  if (!positional && length >= 2 && !has_point)
    {
      /* 二〇二一年; other strings of digits are idioms: 一一, 七八个 */
      if (length == 4 && _gloss_scanner_at (s, j) == 0x5e74
          && _gloss_read_han_number (s, i, FALSE, &value, NULL, &end) && end == j)
        _gloss_add_figure (s, i, j + 1, GLOSS_FIGURE_YEAR, 0, value, "year");
      return j;
    }
  if (_gloss_has_literal (s, j, U"季度", NULL))
    return j;                                       /* 二季度: the second quarter */
  if (length == 1 && first == 0x4e94 && _gloss_has_literal (s, j, U"年规划", NULL))
    return j;                                       /* a Five-Year Plan by name */
  if (!_gloss_read_han_number (s, i, FALSE, &value, &precision, &end))
    return j;
  if (_gloss_chinese_clock_at (s, i, j, &end))
    return end;                                     /* 下午三点 */

  /* 一是 二是; 一、 and （一） opening a line */
  if (length == 1 && value >= 1 && value <= 10
      && (_gloss_scanner_at (s, end) == 0x662f
          || (_gloss_scanner_at (s, end) == 0x3001 && _gloss_at_line_start (s, i))
          || (i > 0 && s->text[i - 1] == 0xff08 && _gloss_scanner_at (s, end) == 0xff09
              && _gloss_at_line_start (s, i - 1))))
    {
      _gloss_add_figure (s, i, end, GLOSS_FIGURE_ORDINAL, GLOSS_FIGURE_FLAG_LIST, value, "");
      return end;
    }

  figure.start = i;
  /* 三分之二 */
  if (_gloss_has_literal (s, end, U"分之", &figure.end)
      && (_gloss_read_plain_digits (s, figure.end, &denominator_value, &figure.end)
          || _gloss_read_han_number (s, figure.end, FALSE, &denominator_value, NULL, &figure.end))
      && value > 0)
    {
      figure.kind = GLOSS_FIGURE_NUMBER;
      figure.value = figure.value_end = denominator_value / value;
      figure.precision = 0;
      figure.unit = "";
      _gloss_scanner_add (s, &figure);
      return figure.end;
    }

  figure.value = value;
  figure.precision = precision;
  figure.end = _gloss_read_suffix (s, &figure, end, GLOSS_WRITTEN_HAN);
  /* 一 and 零 alone are words (一些, 统一, 零容忍): they count only before a
   * scale, 倍, 个百分点 or 月 */
  if (figure.value <= 1 && figure.kind == GLOSS_FIGURE_NUMBER)
    return figure.end;
  _gloss_scanner_add (s, &figure);
  return figure.end;
}

guint
_gloss_scan_han (GlossScanner *s,
                 guint         i)
{
  gunichar c = s->text[i];

  switch (c)
    {
    case 0x7b2c:  /* 第 */
      return scan_han_ordinal (s, i);
    case 0x524d:  /* 前 */
      return scan_han_first_months (s, i);
    case 0x9996:  /* 首先 */
    case 0x5176:  /* 其次 */
      if (_gloss_has_literal (s, i, U"首先", NULL) || _gloss_has_literal (s, i, U"其次", NULL))
        {
          _gloss_add_figure (s, i, i + 2, GLOSS_FIGURE_ORDINAL, GLOSS_FIGURE_FLAG_LIST, c == 0x9996 ? 1 : 2, "");
          return i + 2;
        }
      return i + 1;
    case 0x767e:  /* 百分之 */
    case 0x5343:  /* 千分之 */
      if (_gloss_has_literal (s, i + 1, U"分之", NULL))
        return scan_han_percent (s, i);
      break;
    default:
      break;
    }
  if (!_gloss_is_chinese_numeral (c))
    return i + 1;
  return scan_han_numeral (s, i);
}
