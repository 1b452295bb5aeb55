/* Figures in a text, English or Chinese: the extraction API, the scanner's
 * shared helpers, what is written after a number (scale, percent, times,
 * month, currency) and the ranges and brackets around figures. The kinds of
 * writing are read in gloss-figures-digits.c, gloss-figures-english.c and
 * gloss-figures-chinese.c (ICU's vocabulary in gloss-number-words.c);
 * comparing is in gloss-figures-compare.c. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gloss-figures.h"
#include "gloss-figures-private.h"

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

double
_gloss_trailing_zeros_precision (double value)
{
  double precision = 1;

  if (value < 1000 || value != floor (value))
    return 1;
  while (precision < 1e15 && fmod (value, precision * 10) == 0)
    precision *= 10;
  return precision;
}

GlossRawFigure *
_gloss_add_figure (GlossScanner    *s,
                   guint            start,
                   guint            end,
                   GlossFigureKind  kind,
                   GlossFigureFlags flags,
                   double           value,
                   const char      *unit)
{
  GlossRawFigure figure = { 0 };

  figure.start = start;
  figure.end = end;
  figure.kind = kind;
  figure.flags = flags;
  figure.value = figure.value_end = value;
  figure.precision = 1;
  figure.unit = unit;
  _gloss_scanner_add (s, &figure);
  return &g_array_index (s->figures, GlossRawFigure, s->figures->len - 1);
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
  else if (c == 0x2030)  /* ‰ */
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
        i = _gloss_scan_digits (s, i);
      else if (_gloss_is_latin (c))
        {
          if (i > 0 && (_gloss_is_latin (s->text[i - 1]) || _gloss_digit_value (s->text[i - 1]) >= 0))
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

GPtrArray *
gloss_figures_extract_stated (const char *text,
                              const char *language)
{
  GPtrArray *figures;

  g_return_val_if_fail (text != NULL, NULL);

  figures = gloss_figures_extract (text, -1, 0, language);
  for (guint i = figures->len; i > 0; i--)
    {
      const GlossFigure *figure = g_ptr_array_index (figures, i - 1);

      if (figure->flags & GLOSS_FIGURE_FLAG_LIST)
        g_ptr_array_remove_index (figures, i - 1);
    }

  return figures;
}

char *
gloss_figures_join_stated (const char *text,
                           const char *language,
                           const char *separator)
{
  g_autoptr(GPtrArray) figures = NULL;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (separator != NULL, NULL);

  figures = gloss_figures_extract_stated (text, language);
  for (guint i = 0; i < figures->len; i++)
    {
      const GlossFigure *figure = g_ptr_array_index (figures, i);

      if (i > 0)
        g_string_append (out, separator);
      g_string_append (out, figure->text);
    }

  return g_string_free (out, FALSE);
}
