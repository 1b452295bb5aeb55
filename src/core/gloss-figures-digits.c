/* Figures written in digits: 961,000, 3.65, ５, 14th, 5bn, 2021-07-16; and
 * what is not one: 5G, COVID-19, 12381, 010, 10:30, 3 p.m., 1.2.3. */

#include "config.h"

#include <math.h>
#include <string.h>

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

/* Chinese measure words: after a number of five digits or more they say it
 * counts something (12381家), where a bare one is a code or a hotline (12381) */
static const gunichar han_measure_words[] =
  U"个家项人名位件条款种批次台部辆座所户吨天周场起宗例只架艘张套份篇本期轮届处颗枚亩";

/* units written glued to digits that still leave a figure: 20GB, 100MW */
static const char * const glued_units[] = {
  "km", "kg", "kw", "kwh", "mw", "mwh", "gw", "gwh", "twh", "mb", "gb", "tb",
  "mhz", "ghz", "mbps", "gbps", "nm", "mm", "cm", "ha",
};

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

/* a currency written before the number, unless the figure before took it
 * as its own: "5 RMB 6" */
static const char *
free_currency_before (const GlossScanner *s,
                      guint               i,
                      guint              *start)
{
  guint previous_end = s->figures->len > 0
                       ? g_array_index (s->figures, GlossRawFigure, s->figures->len - 1).end
                       : 0;
  guint found;
  const char *currency = currency_before (s, i, &found);

  if (currency == NULL || found < previous_end)
    return NULL;
  *start = found;
  return currency;
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

/* 3 p.m., 10 a.m., 9am: a time of day follows the digits at @j */
static gboolean
clock_suffix_at (const GlossScanner *s,
                 guint               j)
{
  guint k = _gloss_skip_blanks (s, j);
  gunichar c = g_unichar_tolower (_gloss_scanner_at (s, k));

  if (c != 'a' && c != 'p')
    return FALSE;
  k++;
  if (_gloss_scanner_at (s, k) == '.')
    k++;
  if (g_unichar_tolower (_gloss_scanner_at (s, k)) != 'm')
    return FALSE;
  k++;
  if (_gloss_scanner_at (s, k) == '.')
    return TRUE;
  return !_gloss_is_latin (_gloss_scanner_at (s, k));
}

guint
_gloss_scan_digits (GlossScanner *s,
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
  if (d.fraction_digits == 0 && d.int_digits <= 2 && clock_suffix_at (s, j))
    return skip_token (s, i);                       /* 3 p.m. */
  if (d.fraction_digits == 0 && d.int_digits <= 2 && _gloss_chinese_clock_at (s, i, j, &j))
    return j;                                       /* 上午10时30分 */
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
  figure.precision = pow (10, -(int) d.fraction_digits);

  if (_gloss_is_latin (after))
    {
      guint w = j;
      char lower[8];
      gboolean unit = FALSE;

      while (_gloss_is_latin (_gloss_scanner_at (s, w)) && w - j < sizeof lower - 1)
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
              figure.value *= pow (10, figure.exponent);
              figure.precision *= pow (10, figure.exponent);
            }
          figure.end = w;
          if (!points && (currency = free_currency_before (s, i, &currency_start)) != NULL)
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
  if (figure.kind == GLOSS_FIGURE_NUMBER && (currency = free_currency_before (s, i, &currency_start)) != NULL)
    {
      figure.unit = currency;
      figure.start = currency_start;
      figure.bare = FALSE;
    }

  if (figure.kind == GLOSS_FIGURE_NUMBER && figure.exponent == 0 && d.fraction_digits == 0 && !d.grouped)
    {
      if (d.int_digits == 4 && !_gloss_has_literal (s, j, U"年代", NULL)
          && _gloss_has_literal (s, j, U"年", &figure.end))
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
  _gloss_scanner_add (s, &figure);
  return MAX (figure.end, j);
}
