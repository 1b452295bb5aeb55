/* English number words (seven, twenty-one, a hundred, two million, parsed
 * by ICU), list ordinals (First, Secondly), months and dates (July 16),
 * month ranges (the first five months) and fractions (two-thirds). */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gloss-figures-private.h"

typedef enum
{
  CATEGORY_ZERO,
  CATEGORY_UNIT,      /* one … nine */
  CATEGORY_TEEN,      /* ten … nineteen */
  CATEGORY_TENS,      /* twenty … ninety */
  CATEGORY_HUNDRED,
  CATEGORY_BIG,       /* thousand, million, … */
} Category;

typedef struct
{
  guint start;
  guint end;
  double value;
  Category category;
} Token;

#define MAX_TOKENS 12

static Category
category_of (double value)
{
  if (value == 0)
    return CATEGORY_ZERO;
  if (value < 10)
    return CATEGORY_UNIT;
  if (value < 20)
    return CATEGORY_TEEN;
  if (value < 100)
    return CATEGORY_TENS;
  return value == 100 ? CATEGORY_HUNDRED : CATEGORY_BIG;
}

/* how English numbers continue: twenty-one, five hundred and six, two million three hundred */
static gboolean
may_follow (Category before,
            Category after)
{
  switch (before)
    {
    case CATEGORY_TENS:
      return after == CATEGORY_UNIT || after == CATEGORY_HUNDRED || after == CATEGORY_BIG;
    case CATEGORY_UNIT:
    case CATEGORY_TEEN:
      return after == CATEGORY_HUNDRED || after == CATEGORY_BIG;
    case CATEGORY_HUNDRED:
      return after == CATEGORY_UNIT || after == CATEGORY_TEEN || after == CATEGORY_TENS || after == CATEGORY_BIG;
    case CATEGORY_BIG:
      return after == CATEGORY_UNIT || after == CATEGORY_TEEN || after == CATEGORY_TENS;
    case CATEGORY_ZERO:
    default:
      return FALSE;
    }
}

static guint
ascii_word_end (const GlossScanner *s,
                guint               i)
{
  while (i < s->length && s->text[i] < 0x80 && g_ascii_isalpha (s->text[i]))
    i++;
  return i;
}

static const GlossWordInfo *
lookup_at (const GlossScanner *s,
           guint               i,
           guint               end)
{
  char lower[16];

  if (end <= i || end - i >= sizeof lower)
    return NULL;
  for (guint n = i; n < end; n++)
    lower[n - i] = g_ascii_tolower (s->text[n]);
  return _gloss_number_word_lookup (lower, end - i);
}

static gboolean
at_clause_start (const GlossScanner *s,
                 guint               i)
{
  while (i > 0 && _gloss_is_blank (s->text[i - 1]))
    i--;
  return i == 0 || _gloss_in_chars (s->text[i - 1], U".!?:;\"'(“‘（—–。；：？！");
}

static gboolean
previous_word_is_one_of (const GlossScanner *s,
                         guint               i,
                         const char * const *list)
{
  guint end = i;
  guint start;

  while (end > 0 && _gloss_is_blank (s->text[end - 1]))
    end--;
  if (end == i)
    return FALSE;
  for (start = end; start > 0 && s->text[start - 1] < 0x80 && g_ascii_isalpha (s->text[start - 1]); start--)
    ;
  for (guint n = 0; list[n] != NULL; n++)
    if (strlen (list[n]) == end - start)
      {
        gboolean same = TRUE;

        for (guint k = start; k < end && same; k++)
          same = g_ascii_tolower (s->text[k]) == list[n][k - start];
        if (same)
          return TRUE;
      }
  return FALSE;
}

/* the first five months; the first 5 months; the first three quarters:
 * where it ends, 0 if it is not */
static guint
scan_first_months (GlossScanner *s,
                   guint         word_end,
                   double       *months)
{
  guint k = _gloss_skip_blanks (s, word_end);
  guint number_end = k;
  guint end;

  if (k == word_end)
    return 0;
  if (!_gloss_read_plain_digits (s, k, months, &number_end))
    {
      const GlossWordInfo *info;

      number_end = ascii_word_end (s, k);
      info = lookup_at (s, k, number_end);
      if (info == NULL || info->word_class != GLOSS_WORD_NUMBER)
        return 0;
      *months = info->value;
    }
  /* the first three quarters are the first nine months (前三季度) */
  if (*months >= 2 && *months <= 4 && _gloss_has_word (s, number_end, " quarters", &end))
    {
      *months *= 3;
      return end;
    }
  if (*months < 2 || *months > 12 || !_gloss_has_word (s, number_end, " months", &end))
    return 0;
  return end;
}

static guint
scan_ordinal_word (GlossScanner *s,
                   guint         i,
                   guint         w,
                   double        value,
                   gboolean      adverb)
{
  double months;
  guint end;

  if (value == 1 && !adverb && (end = scan_first_months (s, w, &months)) > 0)
    {
      _gloss_add_figure (s, i, end, GLOSS_FIGURE_MONTH_RANGE, 0, 1, "month")->value_end = months;
      return end;
    }
  /* the Fifth Plenary Session (五中全会) */
  if (!adverb && _gloss_has_word (s, w, " plenary session", NULL))
    {
      _gloss_add_figure (s, i, w, GLOSS_FIGURE_ORDINAL, 0, value, "");
      return w;
    }
  /* First, … Secondly, … First of all, … */
  if (g_ascii_isupper (s->text[i]) && at_clause_start (s, i)
      && (_gloss_in_chars (_gloss_scanner_at (s, w), U",:")
          || (!adverb && (_gloss_has_word (s, w, " of all", NULL) || _gloss_has_word (s, w, " and foremost", NULL)))))
    _gloss_add_figure (s, i, w, GLOSS_FIGURE_ORDINAL, GLOSS_FIGURE_FLAG_LIST, value, "");
  return w;
}

static gboolean
may_is_month (const GlossScanner *s,
              guint               i,
              guint               w)
{
  static const char * const before[] = {
    "in", "since", "from", "until", "till", "through", "to", "of", "and", "early", "late", "mid",
    "end", "by", "last", "next", "this", "during", "before", "after", NULL
  };
  guint k = _gloss_skip_blanks (s, w);
  double number;
  guint end;

  if (k > w && _gloss_read_plain_digits (s, k, &number, &end) && end - k == 4)
    return TRUE;
  if (i > 0 && _gloss_in_chars (s->text[i - 1], U"-–—"))
    return TRUE;
  if (_gloss_in_chars (_gloss_scanner_at (s, w), U"-–—") || _gloss_has_word (s, w, " to", NULL))
    return TRUE;
  return previous_word_is_one_of (s, i, before);
}

static guint
scan_month (GlossScanner        *s,
            guint                i,
            guint                w,
            const GlossWordInfo *info)
{
  guint k = w;
  double day;
  guint day_end;

  if (!g_ascii_isupper (s->text[i]))
    return w;
  if (info->word_class == GLOSS_WORD_MONTH_SHORT && _gloss_scanner_at (s, k) == '.')
    k++;
  if (_gloss_is_blank (_gloss_scanner_at (s, k))
      && _gloss_read_plain_digits (s, _gloss_skip_blanks (s, k), &day, &day_end)
      && day_end - _gloss_skip_blanks (s, k) <= 2 && day >= 1 && day <= 31
      && !_gloss_in_chars (_gloss_scanner_at (s, day_end), U"%％"))
    {
      guint suffix_end = ascii_word_end (s, day_end);

      if (suffix_end == day_end + 2)
        {
          char a = g_ascii_tolower (s->text[day_end]), b = g_ascii_tolower (s->text[day_end + 1]);

          if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h'))
            day_end = suffix_end;
        }
      if (!_gloss_is_latin (_gloss_scanner_at (s, day_end)))
        {
          _gloss_add_figure (s, i, day_end, GLOSS_FIGURE_DATE, 0, info->value * 100 + day, "date");
          return day_end;
        }
    }
  if (info->word_class == GLOSS_WORD_MONTH_SHORT)
    return w;
  /* "May I ask…" is no month */
  if (info->value == 5 && !may_is_month (s, i, w))
    return w;
  _gloss_add_figure (s, i, w, GLOSS_FIGURE_MONTH, 0, info->value, "month");
  return w;
}

/* two-thirds, three quarters of, one third of */
static gboolean
read_fraction (const GlossScanner *s,
               guint               i,
               double             *denominator,
               guint              *end)
{
  gboolean hyphen = _gloss_scanner_at (s, i) == '-';
  guint k = hyphen ? i + 1 : _gloss_skip_blanks (s, i);
  guint w;
  gboolean plural = FALSE;
  const GlossWordInfo *info;

  if (!hyphen && k == i)
    return FALSE;
  w = ascii_word_end (s, k);
  if (w - k == 7 || w - k == 8)
    {
      if (!_gloss_has_word (s, k, "quarter", NULL) && !_gloss_has_word (s, k, "quarters", NULL))
        return FALSE;
      *denominator = 4;
      plural = w - k == 8;
    }
  else
    {
      info = lookup_at (s, k, w);
      if (info == NULL && w > k + 2 && g_ascii_tolower (s->text[w - 1]) == 's')
        {
          info = lookup_at (s, k, w - 1);
          plural = TRUE;
        }
      if (info == NULL || info->word_class != GLOSS_WORD_ORDINAL || info->value < 3)
        return FALSE;
      *denominator = info->value;
    }
  /* "three second-tier cities", "the fifth-generation": no fraction */
  if (!hyphen && !plural && !_gloss_has_word (s, w, " of", NULL))
    return FALSE;
  *end = w;
  return TRUE;
}

static guint
scan_number_words (GlossScanner *s,
                   guint         i,
                   guint         w,
                   double        value,
                   gboolean      article)
{
  Token tokens[MAX_TOKENS];
  guint n = 1;
  guint end;
  double denominator;
  GlossRawFigure figure = { 0 };

  figure.start = i;
  if (article && read_fraction (s, w, &denominator, &figure.end) && _gloss_scanner_at (s, w) != '-')
    {
      /* a third of */
      figure.kind = GLOSS_FIGURE_NUMBER;
      figure.value = figure.value_end = 1 / denominator;
      figure.unit = "";
      _gloss_scanner_add (s, &figure);
      return figure.end;
    }
  tokens[0] = (Token) { i, w, article ? 1 : value, article ? CATEGORY_UNIT : category_of (value) };
  if (tokens[0].category == CATEGORY_HUNDRED || tokens[0].category == CATEGORY_BIG)
    return w;                                       /* hundreds of, thousands */

  while (n < MAX_TOKENS)
    {
      const Token *last = &tokens[n - 1];
      gboolean hyphen = _gloss_scanner_at (s, last->end) == '-';
      guint next = last->end + 1;
      guint after_and;
      guint next_end;
      const GlossWordInfo *info;
      Category category;

      if (!hyphen)
        {
          if (!_gloss_is_blank (_gloss_scanner_at (s, last->end)))
            break;
          next = _gloss_skip_blanks (s, last->end);
          if ((last->category == CATEGORY_HUNDRED || last->category == CATEGORY_BIG)
              && _gloss_has_word (s, next, "and", &after_and) && _gloss_is_blank (_gloss_scanner_at (s, after_and)))
            next = _gloss_skip_blanks (s, after_and);
        }
      next_end = ascii_word_end (s, next);
      info = lookup_at (s, next, next_end);
      if (info == NULL || info->word_class != GLOSS_WORD_NUMBER)
        break;
      category = category_of (info->value);
      if (!may_follow (last->category, category) || (hyphen && category != CATEGORY_UNIT)
          || (article && n == 1 && category != CATEGORY_HUNDRED && category != CATEGORY_BIG))
        break;
      tokens[n++] = (Token) { next, next_end, info->value, category };
    }
  if (article && n == 1)
    return w;
  end = tokens[n - 1].end;

  if (n > 1)
    {
      GString *spelled = g_string_new (NULL);
      double parsed;
      guint consumed;

      for (guint t = 0; t < n; t++)
        {
          if (t > 0)
            g_string_append_c (spelled, tokens[t - 1].category == CATEGORY_TENS
                                      && tokens[t].category == CATEGORY_UNIT ? '-' : ' ');
          if (t == 0 && article)
            g_string_append (spelled, "one");
          else
            for (guint k = tokens[t].start; k < tokens[t].end; k++)
              g_string_append_c (spelled, g_ascii_tolower (s->text[k]));
        }
      if (_gloss_spellout_parse ("en", spelled->str, &parsed, &consumed) && consumed == spelled->len)
        value = parsed;
      else
        {
          value = tokens[0].value;
          end = tokens[0].end;
        }
      g_string_free (spelled, TRUE);
    }

  if (value == 5 && end == tokens[0].end
      && (_gloss_has_word (s, end, "-year plan", NULL) || _gloss_has_word (s, end, "-year plans", NULL)))
    return end;                                     /* a Five-Year Plan by name */

  if (read_fraction (s, end, &denominator, &figure.end))
    {
      figure.kind = GLOSS_FIGURE_NUMBER;
      figure.value = figure.value_end = value / denominator;
      figure.precision = 0;
      figure.unit = "";
      _gloss_scanner_add (s, &figure);
      return figure.end;
    }

  figure.value = value;
  figure.precision = _gloss_trailing_zeros_precision (value);
  figure.end = _gloss_read_suffix (s, &figure, end, GLOSS_WRITTEN_WORDS);
  /* "one of the", "a", zero: they count only before a scale, %, times */
  if (value <= 1 && figure.bare)
    return figure.end;
  _gloss_scanner_add (s, &figure);
  return figure.end;
}

guint
_gloss_scan_english_word (GlossScanner *s,
                          guint         i)
{
  guint w = ascii_word_end (s, i);
  const GlossWordInfo *info;

  if (w == i)
    return i + 1;
  if (_gloss_is_latin (_gloss_scanner_at (s, w)))
    {
      while (_gloss_is_latin (_gloss_scanner_at (s, w)))
        w++;
      return w;
    }
  info = lookup_at (s, i, w);
  if (info == NULL)
    {
      guint length = w - i;

      if (length <= 2 && g_ascii_tolower (s->text[i]) == 'a'
          && (length == 1 || g_ascii_tolower (s->text[i + 1]) == 'n'))
        return scan_number_words (s, i, w, 1, TRUE);
      if (length > 4 && g_ascii_tolower (s->text[w - 2]) == 'l' && g_ascii_tolower (s->text[w - 1]) == 'y'
          && (info = lookup_at (s, i, w - 2)) != NULL && info->word_class == GLOSS_WORD_ORDINAL)
        return scan_ordinal_word (s, i, w, info->value, TRUE);
      return w;
    }
  switch (info->word_class)
    {
    case GLOSS_WORD_NUMBER:
      return scan_number_words (s, i, w, info->value, FALSE);
    case GLOSS_WORD_ORDINAL:
      return scan_ordinal_word (s, i, w, info->value, FALSE);
    case GLOSS_WORD_MONTH:
    case GLOSS_WORD_MONTH_SHORT:
      return scan_month (s, i, w, info);
    case GLOSS_WORD_NONE:
    default:
      return w;
    }
}
