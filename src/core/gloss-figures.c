/* Figures in a text, English or Chinese: the scanner over digits, the words
 * written after a number, and the extraction API. Spelled-out numbers are
 * read in gloss-number-words.c; comparing is in gloss-figures-compare.c. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gloss-figures.h"
#include "gloss-figures-private.h"

/* more digits than a double holds exactly is not a figure anyone states */
#define MAX_DIGITS 18

typedef struct
{
  guint start;
  guint end;
  char digits[MAX_DIGITS + 2];  /* ASCII, with '.' for the decimal separator */
  guint int_digits;
  guint fraction_digits;
  gboolean grouped;
} Digits;

static const struct
{
  const gunichar *suffix;
  const char *unit;
} han_currencies[] = {
  { U"美元", "USD" }, { U"欧元", "EUR" }, { U"英镑", "GBP" }, { U"日元", "JPY" },
  { U"港元", "HKD" }, { U"港币", "HKD" }, { U"元", "CNY" },
};

static const struct
{
  const char *suffix;
  const char *unit;
} english_currencies[] = {
  { " us dollars", "USD" }, { " u.s. dollars", "USD" }, { " dollars", "USD" },
  { " yuan", "CNY" }, { " rmb", "CNY" }, { " renminbi", "CNY" },
  { " euros", "EUR" }, { " pounds", "GBP" }, { " yen", "JPY" },
};

/* Chinese measure words: after a number of five digits or more they say it
 * counts something (12381家), where a bare one is a code or a hotline (12381) */
static const gunichar han_measure_words[] =
  U"个家项人名位件条款种批次台部辆座所户吨天周场起宗例只架艘张套份篇本期轮届处颗枚亩";

/* units written glued to digits that still leave a figure: 20GB, 100MW */
static const char * const glued_units[] = {
  "km", "kg", "kw", "kwh", "mw", "mwh", "gw", "gwh", "twh", "mb", "gb", "tb",
  "mhz", "ghz", "mbps", "gbps", "nm", "mm", "cm", "ha",
};

const char *
gloss_figure_kind_to_string (GlossFigureKind kind)
{
  static const char * const names[] = {
    "number", "percent", "percent-points", "multiple", "year", "month", "date",
    "month-range", "ordinal",
  };

  g_return_val_if_fail (kind <= GLOSS_FIGURE_KIND_LAST, NULL);
  return names[kind];
}

GlossFigure *
gloss_figure_copy (const GlossFigure *figure)
{
  GlossFigure *copy;

  g_return_val_if_fail (figure != NULL, NULL);

  copy = g_memdup2 (figure, sizeof *figure);
  copy->text = g_strdup (figure->text);
  return copy;
}

void
gloss_figure_free (GlossFigure *figure)
{
  if (figure == NULL)
    return;
  g_free (figure->text);
  g_free (figure);
}

gboolean
_gloss_is_latin (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalpha (c);
  return c < 0x250 && g_unichar_isalpha (c);
}

gboolean
_gloss_is_blank (gunichar c)
{
  return c == ' ' || c == '\t' || c == 0xa0 || c == 0x2009 || c == 0x202f;
}

int
_gloss_digit_value (gunichar c)
{
  if (c < 0x80)
    return c >= '0' && c <= '9' ? (int) (c - '0') : -1;
  return g_unichar_digit_value (c);
}

guint
_gloss_skip_blanks (const GlossScanner *s,
                    guint               i)
{
  while (i < s->length && _gloss_is_blank (s->text[i]))
    i++;
  return i;
}

gboolean
_gloss_has_literal (const GlossScanner *s,
                    guint               i,
                    const gunichar     *literal,
                    guint              *end)
{
  for (; *literal != 0; literal++, i++)
    if (i >= s->length || s->text[i] != *literal)
      return FALSE;
  if (end != NULL)
    *end = i;
  return TRUE;
}

gboolean
_gloss_has_word (const GlossScanner *s,
                 guint               i,
                 const char         *word,
                 guint              *end)
{
  for (const char *p = word; *p != '\0'; p++)
    {
      if (*p == ' ')
        {
          if (!_gloss_is_blank (_gloss_scanner_at (s, i)))
            return FALSE;
          i = _gloss_skip_blanks (s, i);
          continue;
        }
      if (i >= s->length || s->text[i] >= 0x80 || g_ascii_tolower (s->text[i]) != *p)
        return FALSE;
      i++;
    }
  if (_gloss_is_latin (_gloss_scanner_at (s, i)))
    return FALSE;
  if (end != NULL)
    *end = i;
  return TRUE;
}

static gboolean
is_digit_at (const GlossScanner *s,
             guint               i)
{
  return _gloss_digit_value (_gloss_scanner_at (s, i)) >= 0;
}

static gboolean
is_decimal_at (const GlossScanner *s,
               guint               i)
{
  gunichar c = _gloss_scanner_at (s, i);

  if (c != s->decimal && !(s->decimal == '.' && c == 0xff0e))
    return FALSE;
  return is_digit_at (s, i + 1);
}

static gboolean
is_grouping (const GlossScanner *s,
             gunichar            c)
{
  if (c == s->grouping)
    return TRUE;
  /* a language that groups with a space groups with any of its forms */
  return _gloss_is_blank (s->grouping) && s->grouping != ' ' && c != ' ' && _gloss_is_blank (c);
}

static gboolean
read_digits (const GlossScanner *s,
             guint               i,
             Digits             *d)
{
  guint n = 0;
  guint j = i;

  memset (d, 0, sizeof *d);
  d->start = i;
  for (; is_digit_at (s, j); j++, d->int_digits++)
    if (n < MAX_DIGITS)
      d->digits[n++] = '0' + _gloss_digit_value (s->text[j]);

  /* grouping needs a first group of one to three digits and groups of
   * exactly three: "1,2 and 3" is a list, not 12 */
  if (d->int_digits <= 3)
    while (is_grouping (s, _gloss_scanner_at (s, j))
           && is_digit_at (s, j + 1) && is_digit_at (s, j + 2) && is_digit_at (s, j + 3)
           && !is_digit_at (s, j + 4))
      {
        for (guint k = j + 1; k <= j + 3; k++)
          if (n < MAX_DIGITS)
            d->digits[n++] = '0' + _gloss_digit_value (s->text[k]);
        d->int_digits += 3;
        d->grouped = TRUE;
        j += 4;
      }

  if (is_decimal_at (s, j))
    {
      if (n < MAX_DIGITS)
        d->digits[n++] = '.';
      for (j++; is_digit_at (s, j); j++, d->fraction_digits++)
        if (n < MAX_DIGITS)
          d->digits[n++] = '0' + _gloss_digit_value (s->text[j]);
    }
  d->digits[n] = '\0';
  d->end = j;
  return d->int_digits + d->fraction_digits <= MAX_DIGITS;
}

/* an identifier, a code or a time: letters or digits joined by - . _ / : */
static guint
skip_token (const GlossScanner *s,
            guint               i)
{
  guint j = i + 1;

  while (j < s->length)
    {
      gunichar c = s->text[j];

      if (_gloss_is_latin (c) || _gloss_digit_value (c) >= 0)
        j++;
      else if (c != 0 && c < 0x80 && strchr ("-._/:", (int) c) != NULL
               && (_gloss_is_latin (_gloss_scanner_at (s, j + 1)) || is_digit_at (s, j + 1)))
        j += 2;
      else
        break;
    }
  return j;
}

/* the Latin word that ends right before @i (no blanks between), or before
 * the blanks before @i */
static gboolean
word_before_is (const GlossScanner *s,
                guint               i,
                gboolean            blanks,
                const char         *word)
{
  gsize length = strlen (word);
  guint k = i;

  if (blanks)
    {
      while (k > 0 && _gloss_is_blank (s->text[k - 1]))
        k--;
      if (k == i)
        return FALSE;
    }
  if (k < length)
    return FALSE;
  for (gsize n = 0; n < length; n++)
    if (s->text[k - length + n] != (gunichar) word[n])
      return FALSE;
  return k == length || !_gloss_is_latin (s->text[k - length - 1]);
}

static const char *
currency_before (const GlossScanner *s,
                 guint               i,
                 guint              *start)
{
  gunichar c = i > 0 ? s->text[i - 1] : 0;
  static const char * const codes[] = { "RMB", "CNY", "USD", "EUR" };
  guint k;

  switch (c)
    {
    case '$':
      *start = i >= 3 && s->text[i - 3] == 'U' && s->text[i - 2] == 'S' ? i - 3 : i - 1;
      return "USD";
    case 0x20ac:
      *start = i - 1;
      return "EUR";
    case 0xa3:
      *start = i - 1;
      return "GBP";
    case 0xa5:
    case 0xffe5:
      *start = i - 1;
      return "CNY";
    default:
      break;
    }
  if (!_gloss_is_latin (c) && !_gloss_is_blank (c) && c != 0x5e01)
    return NULL;
  for (k = i; k > 0 && _gloss_is_blank (s->text[k - 1]); k--)
    ;
  if (k == 0 || !_gloss_in_chars (s->text[k - 1], U"BYDR"))
    k = 0;
  for (guint n = 0; k > 0 && n < G_N_ELEMENTS (codes); n++)
    for (int blanks = 0; blanks < 2; blanks++)
      if (word_before_is (s, i, blanks, codes[n]))
        {
          *start = k - 3;
          return strcmp (codes[n], "RMB") == 0 ? "CNY" : codes[n];
        }
  if (i >= 3 && _gloss_has_literal (s, i - 3, U"人民币", NULL))
    {
      *start = i - 3;
      return "CNY";
    }
  return NULL;
}

static gboolean
identifier_before (const GlossScanner *s,
                   guint               i)
{
  gunichar before = i > 0 ? s->text[i - 1] : 0;
  gunichar two_before = i > 1 ? s->text[i - 2] : 0;
  guint ignored;

  if (currency_before (s, i, &ignored) != NULL)
    return FALSE;
  if (_gloss_is_latin (before))
    return TRUE;                                    /* G20, H1N1, CO2 */
  if ((before == '-' || before == '.') && _gloss_is_latin (two_before))
    return TRUE;                                    /* COVID-19, No.1 */
  if (before != 0 && before < 0x80 && strchr ("_/\\@#=&", (int) before) != NULL)
    return TRUE;
  return _gloss_is_blank (before)
         && (word_before_is (s, i, TRUE, "No") || word_before_is (s, i, TRUE, "No.")
             || word_before_is (s, i, TRUE, "no."));
}

gboolean
_gloss_at_line_start (const GlossScanner *s,
                      guint               i)
{
  while (i > 0 && _gloss_is_blank (s->text[i - 1]))
    i--;
  return i == 0;
}

gboolean
_gloss_in_chars (gunichar        c,
                 const gunichar *chars)
{
  for (; *chars != 0; chars++)
    if (*chars == c)
      return c != 0;
  return FALSE;
}

static double
exp10i (int exponent)
{
  return pow (10, exponent);
}

void
_gloss_scanner_add (GlossScanner   *s,
                    GlossRawFigure *figure)
{
  double precision = figure->precision;

  /* 96.1 × 1e4 is 960999.9999999999 in binary: round to what was written */
  if (precision > 0 && precision < 1)
    {
      double inverse = nearbyint (1 / precision);

      figure->value = nearbyint (figure->value * inverse) / inverse;
      figure->value_end = nearbyint (figure->value_end * inverse) / inverse;
    }
  else if (precision >= 1)
    {
      figure->value = nearbyint (figure->value / precision) * precision;
      figure->value_end = nearbyint (figure->value_end / precision) * precision;
    }
  g_array_append_val (s->figures, *figure);
}

static guint
read_scale (const GlossScanner *s,
            guint               i,
            GlossWritten        written,
            int                *exponent)
{
  guint j = i;

  for (;;)
    {
      gunichar c = _gloss_scanner_at (s, j);
      gunichar next = _gloss_scanner_at (s, j + 1);
      int e;

      switch (c)
        {
        case 0x767e: e = 2; break;   /* 百 */
        case 0x5343: e = 3; break;   /* 千 */
        case 0x4e07: e = 4; break;   /* 万 */
        case 0x4ebf: e = 8; break;   /* 亿 */
        case 0x5146: e = 12; break;  /* 兆 */
        default: e = 0; break;
        }
      /* 百分点, 千分之, 千米 (km), 千克 (kg), 千瓦 (kW) are no scale */
      if (e == 0 || next == 0x5206 || (e == 3 && _gloss_in_chars (next, U"米克瓦")))
        break;
      *exponent += e;
      j++;
    }
  if (j == i && written == GLOSS_WRITTEN_DIGITS)
    {
      guint k = _gloss_skip_blanks (s, i);
      guint w = k;

      while (w < s->length && s->text[w] < 0x80 && g_ascii_isalpha (s->text[w]))
        w++;
      if (k > i && w > k)
        {
          char lower[16];
          const GlossWordInfo *info;

          for (guint n = 0; n < w - k && n < sizeof lower; n++)
            lower[n] = g_ascii_tolower (s->text[k + n]);
          info = _gloss_number_word_lookup (lower, w - k);
          if (info != NULL && info->word_class == GLOSS_WORD_NUMBER && info->value >= 1000)
            {
              *exponent += (int) nearbyint (log10 (info->value));
              j = w;
            }
        }
    }
  return j;
}

static const char *
read_currency_after (const GlossScanner *s,
                     guint               i,
                     guint              *end)
{
  gunichar c = _gloss_scanner_at (s, i);

  if (!_gloss_is_blank (c) && c < 0x3000)
    return NULL;
  for (guint n = 0; n < G_N_ELEMENTS (han_currencies); n++)
    if (_gloss_has_literal (s, i, han_currencies[n].suffix, end))
      return han_currencies[n].unit;
  for (guint n = 0; n < G_N_ELEMENTS (english_currencies); n++)
    if (_gloss_has_word (s, i, english_currencies[n].suffix, end))
      return english_currencies[n].unit;
  return NULL;
}

static gboolean
read_english_month (const GlossScanner *s,
                    guint               i,
                    int                *month,
                    guint              *end)
{
  char lower[16];
  guint w = i;
  const GlossWordInfo *info;

  if (!g_ascii_isupper (_gloss_scanner_at (s, i)))
    return FALSE;
  while (w < s->length && s->text[w] < 0x80 && g_ascii_isalpha (s->text[w]) && w - i < sizeof lower)
    {
      lower[w - i] = g_ascii_tolower (s->text[w]);
      w++;
    }
  info = _gloss_number_word_lookup (lower, w - i);
  if (info == NULL || (info->word_class != GLOSS_WORD_MONTH && info->word_class != GLOSS_WORD_MONTH_SHORT))
    return FALSE;
  if (info->word_class == GLOSS_WORD_MONTH_SHORT && _gloss_scanner_at (s, w) == '.')
    w++;
  *month = (int) info->value;
  *end = w;
  return TRUE;
}

static gboolean
read_kind (const GlossScanner *s,
           guint               k,
           GlossWritten        written,
           GlossRawFigure     *figure,
           guint              *end)
{
  gunichar c = _gloss_scanner_at (s, k);

  /* what follows a number is a blank and an English word, a sign, or Chinese */
  if (!_gloss_is_blank (c) && c != '-' && c != '%' && c != 0x2030 && c != 0xff05 && c < 0x3000)
    return FALSE;
  if (c == '%' || c == 0xff05)
    {
      figure->kind = GLOSS_FIGURE_PERCENT;
      *end = k + 1;
    }
  else if (_gloss_scanner_at (s, k) == 0x2030)  /* ‰ */
    {
      figure->kind = GLOSS_FIGURE_PERCENT;
      figure->value /= 10;
      figure->precision /= 10;
      *end = k + 1;
    }
  else if (_gloss_has_literal (s, k, U"个百分点", end) || _gloss_has_literal (s, k, U"百分点", end)
           || _gloss_has_word (s, k, " percentage points", end) || _gloss_has_word (s, k, " percentage point", end)
           || _gloss_has_word (s, k, " pp", end) || _gloss_has_word (s, k, " ppt", end))
    figure->kind = GLOSS_FIGURE_PERCENT_POINTS;
  else if (_gloss_has_word (s, k, " per cent", end) || _gloss_has_word (s, k, " percent", end)
           || _gloss_has_word (s, k, " pct", end) || _gloss_has_word (s, k, " %", end))
    figure->kind = GLOSS_FIGURE_PERCENT;
  else if (_gloss_has_literal (s, k, U"倍", end)
           || _gloss_has_word (s, k, "-fold", end) || _gloss_has_word (s, k, " fold", end))
    figure->kind = GLOSS_FIGURE_MULTIPLE;
  else if (_gloss_has_word (s, k, " times", end))
    /* "2.1 times" multiplies; "three times" is how often (三次) */
    figure->kind = written == GLOSS_WRITTEN_WORDS ? GLOSS_FIGURE_NUMBER : GLOSS_FIGURE_MULTIPLE;
  else
    return FALSE;

  if (figure->kind == GLOSS_FIGURE_PERCENT)
    figure->unit = "%";
  else if (figure->kind == GLOSS_FIGURE_PERCENT_POINTS)
    figure->unit = "pp";
  else if (figure->kind == GLOSS_FIGURE_MULTIPLE)
    figure->unit = "x";
  return TRUE;
}

/* 7月, 7月16日, 七月; 16 July */
static gboolean
read_calendar (const GlossScanner *s,
               guint               i,
               GlossWritten        written,
               GlossRawFigure     *figure,
               guint              *end)
{
  double value = figure->value;
  double day;
  guint day_end;
  int month;

  if (value != floor (value) || value < 1)
    return FALSE;
  if (value <= 12 && _gloss_has_literal (s, i, U"月", end))
    {
      figure->kind = GLOSS_FIGURE_MONTH;
      figure->unit = "month";
      if ((_gloss_read_plain_digits (s, *end, &day, &day_end)
           || _gloss_read_han_number (s, *end, FALSE, &day, NULL, &day_end))
          && day >= 1 && day <= 31 && day == floor (day)
          && (_gloss_has_literal (s, day_end, U"日", end) || _gloss_has_literal (s, day_end, U"号", end)))
        {
          figure->kind = GLOSS_FIGURE_DATE;
          figure->unit = "date";
          figure->value = value * 100 + day;
        }
      return TRUE;
    }
  if (written == GLOSS_WRITTEN_DIGITS && value <= 31 && _gloss_is_blank (_gloss_scanner_at (s, i))
      && read_english_month (s, _gloss_skip_blanks (s, i), &month, end))
    {
      figure->kind = GLOSS_FIGURE_DATE;
      figure->unit = "date";
      figure->value = month * 100 + value;
      return TRUE;
    }
  return FALSE;
}

guint
_gloss_read_suffix (GlossScanner   *s,
                    GlossRawFigure *figure,
                    guint           i,
                    GlossWritten    written)
{
  guint scale_end = i;
  guint k;
  guint end;
  int exponent = 0;
  const char *unit;

  figure->kind = GLOSS_FIGURE_NUMBER;
  figure->unit = "";
  figure->exponent = 0;
  figure->bare = FALSE;

  /* 100多万: more than a million; 1.2万余: more than 12,000 */
  if (written != GLOSS_WRITTEN_WORDS)
    {
      k = _gloss_in_chars (_gloss_scanner_at (s, i), U"多余") ? i + 1 : i;
      end = read_scale (s, k, written, &exponent);
      if (exponent != 0)
        {
          scale_end = end;
          figure->exponent = exponent;
          figure->value *= exp10i (exponent);
          figure->precision *= exp10i (exponent);
        }
    }
  k = _gloss_in_chars (_gloss_scanner_at (s, scale_end), U"多余") ? scale_end + 1 : scale_end;

  if (!read_kind (s, k, written, figure, &end)
      && !(k == i && read_calendar (s, i, written, figure, &end)))
    {
      if ((unit = read_currency_after (s, k, &end)) != NULL)
        figure->unit = unit;
      else
        {
          end = scale_end;
          figure->bare = exponent == 0;
        }
    }
  figure->value_end = figure->value;
  return end;
}

gboolean
_gloss_read_plain_digits (const GlossScanner *s,
                          guint               i,
                          double             *value,
                          guint              *end)
{
  Digits d;

  if (!is_digit_at (s, i) || !read_digits (s, i, &d) || d.fraction_digits > 0 || d.grouped)
    return FALSE;
  *value = g_ascii_strtod (d.digits, NULL);
  *end = d.end;
  return TRUE;
}

static gboolean
han_measure_word_at (const GlossScanner *s,
                     guint               i)
{
  if (_gloss_in_chars (_gloss_scanner_at (s, i), U"多余"))
    i++;
  return _gloss_in_chars (_gloss_scanner_at (s, i), han_measure_words);
}

/* 1. 2) 3、 (4) at the start of a line */
static gboolean
is_list_marker (const GlossScanner *s,
                const Digits       *d)
{
  gunichar before = d->start > 0 ? s->text[d->start - 1] : 0;
  gunichar after = _gloss_scanner_at (s, d->end);
  gboolean bracketed = before == '(' || before == 0xff08;

  if (d->int_digits > 2 || d->fraction_digits > 0 || d->grouped)
    return FALSE;
  if (!_gloss_at_line_start (s, bracketed ? d->start - 1 : d->start))
    return FALSE;
  if (bracketed)
    return after == ')' || after == 0xff09;
  return _gloss_in_chars (after, U".)、．）") && !is_digit_at (s, d->end + 1);
}

static guint
scan_iso_date (GlossScanner *s,
               const Digits *year,
               guint         i)
{
  double month, day;
  guint month_end, day_end;
  GlossRawFigure figure = { 0 };

  if (!_gloss_read_plain_digits (s, i, &month, &month_end) || month_end - i > 2
      || _gloss_scanner_at (s, month_end) != '-'
      || !_gloss_read_plain_digits (s, month_end + 1, &day, &day_end) || day_end - month_end - 1 > 2
      || month < 1 || month > 12 || day < 1 || day > 31 || year->int_digits != 4 || year->fraction_digits > 0)
    return 0;

  figure.start = year->start;
  figure.end = year->end;
  figure.kind = GLOSS_FIGURE_YEAR;
  figure.value = figure.value_end = g_ascii_strtod (year->digits, NULL);
  figure.precision = 1;
  figure.unit = "year";
  _gloss_scanner_add (s, &figure);

  figure.start = i;
  figure.end = day_end;
  figure.kind = GLOSS_FIGURE_DATE;
  figure.value = figure.value_end = month * 100 + day;
  figure.unit = "date";
  _gloss_scanner_add (s, &figure);
  return day_end;
}

static guint
scan_digits (GlossScanner *s,
             guint         i)
{
  GlossRawFigure figure = { 0 };
  Digits d;
  guint j;
  gunichar after;
  const char *currency;
  guint currency_start = i;

  if (identifier_before (s, i) || !read_digits (s, i, &d))
    return skip_token (s, i);
  if (d.int_digits > 1 && d.digits[0] == '0')
    return skip_token (s, i);                       /* 010, 007 */
  j = d.end;
  after = _gloss_scanner_at (s, j);

  if (is_list_marker (s, &d))
    {
      figure.start = i;
      figure.end = j;
      figure.kind = GLOSS_FIGURE_ORDINAL;
      figure.flags = GLOSS_FIGURE_FLAG_LIST;
      figure.value = figure.value_end = g_ascii_strtod (d.digits, NULL);
      figure.precision = 1;
      figure.unit = "";
      _gloss_scanner_add (s, &figure);
      return j;
    }
  if ((after == ':' || after == '/' || after == '.' || after == s->decimal) && is_digit_at (s, j + 1))
    return skip_token (s, i);                       /* 10:30, 7/16, 1.2.3 */
  if (after == '-' && is_digit_at (s, j + 1))
    {
      guint groups = 1;
      guint k = j;
      guint date_end = scan_iso_date (s, &d, j + 1);

      if (date_end > 0)
        return date_end;
      while (_gloss_scanner_at (s, k) == '-' && is_digit_at (s, k + 1))
        {
          for (k++; is_digit_at (s, k); k++)
            ;
          groups++;
        }
      if (groups > 2)
        return k;                                   /* 400-810-8888 */
    }

  figure.start = i;
  figure.value = g_ascii_strtod (d.digits, NULL);
  figure.precision = exp10i (-(int) d.fraction_digits);

  if (_gloss_is_latin (after))
    {
      guint w = j;
      char lower[8];
      gboolean unit = FALSE;

      while (_gloss_is_latin (_gloss_scanner_at (s, w)) && w - j < sizeof lower)
        {
          lower[w - j] = g_ascii_tolower (s->text[w]);
          w++;
        }
      if (_gloss_is_latin (_gloss_scanner_at (s, w)))
        return skip_token (s, i);
      lower[w - j] = '\0';
      if (strcmp (lower, "st") == 0 || strcmp (lower, "nd") == 0 || strcmp (lower, "rd") == 0
          || strcmp (lower, "th") == 0)
        {
          figure.kind = GLOSS_FIGURE_ORDINAL;
          figure.unit = "";
          if (_gloss_has_word (s, w, " five-year plan", &figure.end)
              || _gloss_has_word (s, w, " five year plan", &figure.end))
            figure.unit = "five-year-plan";
          else
            figure.end = w;
          figure.value_end = figure.value;
          _gloss_scanner_add (s, &figure);
          return figure.end;
        }
      if (strcmp (lower, "x") == 0)
        {
          figure.kind = GLOSS_FIGURE_MULTIPLE;
          figure.unit = "x";
          figure.end = w;
          figure.value_end = figure.value;
          _gloss_scanner_add (s, &figure);
          return w;
        }
      if (strcmp (lower, "bn") == 0 || strcmp (lower, "tn") == 0 || strcmp (lower, "pp") == 0)
        {
          gboolean points = lower[0] == 'p';

          figure.kind = points ? GLOSS_FIGURE_PERCENT_POINTS : GLOSS_FIGURE_NUMBER;
          figure.unit = points ? "pp" : "";
          if (!points)
            {
              figure.exponent = lower[0] == 'b' ? 9 : 12;
              figure.value *= exp10i (figure.exponent);
              figure.precision *= exp10i (figure.exponent);
            }
          figure.end = w;
          if (!points && (currency = currency_before (s, i, &currency_start)) != NULL)
            {
              figure.unit = currency;
              figure.start = currency_start;
            }
          figure.value_end = figure.value;
          _gloss_scanner_add (s, &figure);
          return w;
        }
      for (guint n = 0; n < G_N_ELEMENTS (glued_units); n++)
        unit = unit || strcmp (lower, glued_units[n]) == 0;
      if (!unit)
        return skip_token (s, i);                   /* 5G, 3D, 10am */
      figure.kind = GLOSS_FIGURE_NUMBER;
      figure.unit = "";
      figure.end = w;
      figure.value_end = figure.value;
      _gloss_scanner_add (s, &figure);
      return w;
    }

  figure.end = _gloss_read_suffix (s, &figure, j, GLOSS_WRITTEN_DIGITS);

  if (figure.kind == GLOSS_FIGURE_NUMBER && figure.exponent == 0 && d.fraction_digits == 0 && !d.grouped)
    {
      if (d.int_digits == 4 && _gloss_has_literal (s, j, U"年", &figure.end) && !_gloss_has_literal (s, j, U"年代", NULL))
        {
          figure.kind = GLOSS_FIGURE_YEAR;
          figure.unit = "year";
          figure.bare = FALSE;
        }
      else if (figure.bare && d.int_digits == 4 && figure.value >= 1800 && figure.value <= 2199)
        {
          figure.kind = GLOSS_FIGURE_YEAR;
          figure.unit = "year";
        }
      else if (d.int_digits >= 5 && figure.bare && !han_measure_word_at (s, j))
        return skip_token (s, i);                   /* 12381, a hotline */
    }

  if (figure.kind == GLOSS_FIGURE_NUMBER && (currency = currency_before (s, i, &currency_start)) != NULL)
    {
      figure.unit = currency;
      figure.start = currency_start;
      figure.bare = FALSE;
    }
  _gloss_scanner_add (s, &figure);
  return MAX (figure.end, j);
}

static gboolean
is_range_separator (const GlossScanner   *s,
                    const GlossRawFigure *a,
                    const GlossRawFigure *b,
                    gboolean              words)
{
  guint i = _gloss_skip_blanks (s, a->end);
  guint end;

  if (_gloss_in_chars (_gloss_scanner_at (s, i), U"-–—~～－至到"))
    {
      i++;
      if (_gloss_scanner_at (s, i) == 0x2014)      /* —— */
        i++;
    }
  else if (words && (_gloss_has_word (s, i, "to", &end) || _gloss_has_word (s, i, "through", &end)))
    i = end;
  else
    return FALSE;
  return _gloss_skip_blanks (s, i) == b->start;
}

/* 2021-2025, 1—5月, 10-15%, 3-5万, January to May */
static void
merge_ranges (GlossScanner *s)
{
  GArray *figures = s->figures;

  for (guint n = 0; n + 1 < figures->len; n++)
    {
      GlossRawFigure *a = &g_array_index (figures, GlossRawFigure, n);
      GlossRawFigure *b = &g_array_index (figures, GlossRawFigure, n + 1);
      gboolean calendar = (a->kind == GLOSS_FIGURE_MONTH || a->kind == GLOSS_FIGURE_YEAR) && a->kind == b->kind;
      gboolean adopt = a->bare && a->kind == GLOSS_FIGURE_NUMBER && b->kind != GLOSS_FIGURE_YEAR
                       && b->kind != GLOSS_FIGURE_DATE && b->kind != GLOSS_FIGURE_ORDINAL;
      double start = a->value * (adopt ? exp10i (b->exponent) : 1);

      if (a->flags != 0 || b->flags != 0 || a->value != a->value_end || b->value != b->value_end)
        continue;
      if (!(adopt || (a->kind == b->kind && strcmp (a->unit, b->unit) == 0 && a->kind != GLOSS_FIGURE_DATE
                      && a->kind != GLOSS_FIGURE_ORDINAL)))
        continue;
      if (b->value <= start || !is_range_separator (s, a, b, calendar))
        continue;
      a->kind = b->kind == GLOSS_FIGURE_MONTH ? GLOSS_FIGURE_MONTH_RANGE : b->kind;
      a->unit = b->unit;
      a->value = start;
      a->value_end = b->value;
      a->precision = MAX (a->precision * (adopt ? exp10i (b->exponent) : 1), b->precision);
      a->end = b->end;
      a->bare = FALSE;
      g_array_remove_index (figures, n + 1);
    }
}

static void
flag_parenthetical_years (GlossScanner *s)
{
  for (guint n = 0; n < s->figures->len; n++)
    {
      GlossRawFigure *figure = &g_array_index (s->figures, GlossRawFigure, n);
      guint before = figure->start;
      guint after = _gloss_skip_blanks (s, figure->end);

      if (figure->kind != GLOSS_FIGURE_YEAR)
        continue;
      while (before > 0 && _gloss_is_blank (s->text[before - 1]))
        before--;
      if (before > 0 && _gloss_in_chars (s->text[before - 1], U"(（") && _gloss_in_chars (_gloss_scanner_at (s, after), U")）"))
        figure->flags |= GLOSS_FIGURE_FLAG_PARENTHETICAL;
    }
}

static void
scan_line (GlossScanner *s)
{
  guint i = 0;

  while (i < s->length)
    {
      gunichar c = s->text[i];

      if (_gloss_digit_value (c) >= 0)
        i = scan_digits (s, i);
      else if (_gloss_is_latin (c))
        {
          if (i > 0 && (_gloss_is_latin (s->text[i - 1]) || is_digit_at (s, i - 1)))
            i++;
          else
            i = _gloss_scan_english_word (s, i);
        }
      else if (c >= 0x3000 && c <= 0x9fff)
        i = _gloss_scan_han (s, i);
      else
        i++;
    }
  merge_ranges (s);
  flag_parenthetical_years (s);
}

static void
emit_line (const GlossScanner *s,
           const char         *line,
           const guint        *byte_offsets,
           guint               base,
           GPtrArray          *out)
{
  for (guint n = 0; n < s->figures->len; n++)
    {
      const GlossRawFigure *raw = &g_array_index (s->figures, GlossRawFigure, n);
      GlossFigure *figure = g_new0 (GlossFigure, 1);

      figure->start = base + raw->start;
      figure->end = base + raw->end;
      figure->kind = raw->kind;
      figure->flags = raw->flags;
      figure->value = raw->value;
      figure->value_end = raw->value_end;
      figure->precision = raw->precision;
      figure->unit = raw->unit;
      figure->text = g_strndup (line + byte_offsets[raw->start], byte_offsets[raw->end] - byte_offsets[raw->start]);
      g_ptr_array_add (out, figure);
    }
}

/* @p points at a character of valid UTF-8 */
static inline gunichar
decode_utf8 (const char **p)
{
  const guchar *s = (const guchar *) *p;

  if (s[0] < 0x80)
    {
      *p += 1;
      return s[0];
    }
  if (s[0] < 0xe0)
    {
      *p += 2;
      return ((s[0] & 0x1f) << 6) | (s[1] & 0x3f);
    }
  if (s[0] < 0xf0)
    {
      *p += 3;
      return ((s[0] & 0x0f) << 12) | ((s[1] & 0x3f) << 6) | (s[2] & 0x3f);
    }
  *p += 4;
  return ((s[0] & 0x07) << 18) | ((s[1] & 0x3f) << 12) | ((s[2] & 0x3f) << 6) | (s[3] & 0x3f);
}

GPtrArray *
gloss_figures_extract (const char *text,
                       gssize      length,
                       guint       base,
                       const char *language)
{
  GPtrArray *out;
  GlossScanner scanner = { 0 };
  g_autoptr(GArray) chars = g_array_new (FALSE, FALSE, sizeof (gunichar));
  g_autoptr(GArray) byte_offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  const char *p;
  const char *end;
  guint offset = base;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (length < 0)
    length = strlen (text);
  g_return_val_if_fail (g_utf8_validate_len (text, length, NULL), NULL);

  out = g_ptr_array_new_with_free_func ((GDestroyNotify) gloss_figure_free);
  _gloss_number_separators (language, &scanner.decimal, &scanner.grouping);
  scanner.figures = g_array_new (FALSE, FALSE, sizeof (GlossRawFigure));

  /* a figure never spans lines: one line at a time keeps the buffers small */
  for (p = text, end = text + length; p < end;)
    {
      const char *line = p;
      const char *line_end = memchr (p, '\n', end - p);
      guint line_chars = 0;
      gunichar *buffer;
      guint *bytes;

      if (line_end == NULL)
        line_end = end;
      /* a line has at most as many characters as bytes */
      g_array_set_size (chars, line_end - line);
      g_array_set_size (byte_offsets, line_end - line + 1);
      buffer = (gunichar *) chars->data;
      bytes = (guint *) byte_offsets->data;
      while (p < line_end)
        {
          bytes[line_chars] = p - line;
          buffer[line_chars++] = decode_utf8 (&p);
        }
      bytes[line_chars] = p - line;

      scanner.text = buffer;
      scanner.length = line_chars;
      g_array_set_size (scanner.figures, 0);
      if (line_chars > 0)
        scan_line (&scanner);
      emit_line (&scanner, line, bytes, offset, out);

      offset += line_chars;
      if (p < end)
        {
          p++;
          offset++;
        }
    }
  g_array_unref (scanner.figures);
  return out;
}
