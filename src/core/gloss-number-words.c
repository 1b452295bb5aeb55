/* The ICU side of the figure extractor: the vocabulary of number words,
 * ordinals, month names and Chinese numerals comes from ICU's own formats,
 * so the scanner looks for exactly what ICU's rule-based number format can
 * parse, and the parsing of spelled-out numbers is ICU's. */

#include "config.h"

#include <math.h>
#include <string.h>

#include <unicode/udat.h>
#include <unicode/unum.h>
#include <unicode/ustring.h>

#include "gloss-figures-private.h"

/* RBNF parsing costs tens of microseconds; a text repeats a small set of
 * number words, so results are remembered, up to this many per language */
#define MEMO_LIMIT 4096
#define SEPARATORS_LIMIT 64

#define HAN_FIRST 0x3000
#define HAN_LAST  0x9fff

typedef struct
{
  double value;
  guint consumed;
} ParseResult;

typedef struct
{
  gunichar decimal;
  gunichar grouping;
} Separators;

static GHashTable *words;        /* lower-case word → GlossWordInfo */
static guint32 han_numerals[(HAN_LAST - HAN_FIRST + 1) / 32 + 1];

static GMutex icu_lock;
static UNumberFormat *spellout_en;
static UNumberFormat *spellout_zh;
static GHashTable *memo_en;
static GHashTable *memo_zh;
static GHashTable *separators;

static char *
format_utf8 (UNumberFormat *format,
             double         value)
{
  UChar buffer[128];
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = unum_formatDouble (format, value, buffer, G_N_ELEMENTS (buffer), NULL, &status);
  char utf8[512];

  if (U_FAILURE (status))
    return NULL;
  u_strToUTF8 (utf8, sizeof utf8, NULL, buffer, length, &status);
  if (U_FAILURE (status))
    return NULL;
  return g_strdup (utf8);
}

static void
add_word (const char     *word,
          GlossWordClass  word_class,
          double          value)
{
  GlossWordInfo *info;
  char *lower;

  if (word == NULL || *word == '\0')
    return;
  lower = g_ascii_strdown (word, -1);
  if (g_hash_table_contains (words, lower))
    {
      g_free (lower);
      return;
    }
  info = g_new (GlossWordInfo, 1);
  info->word_class = word_class;
  info->value = value;
  g_hash_table_insert (words, lower, info);
}

static void
add_last_word (UNumberFormat  *format,
               double          value,
               GlossWordClass  word_class)
{
  g_autofree char *text = format_utf8 (format, value);
  const char *last;

  if (text == NULL)
    return;
  last = strrchr (text, ' ');
  add_word (last != NULL ? last + 1 : text, word_class, value);
}

static void
add_han_numerals (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= HAN_FIRST && c <= HAN_LAST)
        han_numerals[(c - HAN_FIRST) / 32] |= 1u << ((c - HAN_FIRST) % 32);
    }
}

static void
add_english_words (void)
{
  static const UChar ordinal_rules[] = u"%spellout-ordinal";
  UErrorCode status = U_ZERO_ERROR;
  UNumberFormat *spellout = unum_open (UNUM_SPELLOUT, NULL, 0, "en", NULL, &status);
  UNumberFormat *ordinal = NULL;
  UDateFormat *dates = NULL;

  if (U_FAILURE (status))
    {
      g_debug ("ICU has no English spell-out rules: %s", u_errorName (status));
      return;
    }
  for (int v = 0; v < 20; v++)
    add_last_word (spellout, v, GLOSS_WORD_NUMBER);
  for (int v = 20; v < 100; v += 10)
    add_last_word (spellout, v, GLOSS_WORD_NUMBER);
  for (double v = 100; v <= 1e12; v *= (v < 1000 ? 10 : 1000))
    add_last_word (spellout, v, GLOSS_WORD_NUMBER);

  ordinal = unum_clone (spellout, &status);
  unum_setTextAttribute (ordinal, UNUM_DEFAULT_RULESET, ordinal_rules, -1, &status);
  if (U_SUCCESS (status))
    for (int v = 1; v <= 10; v++)
      add_last_word (ordinal, v, GLOSS_WORD_ORDINAL);
  unum_close (ordinal);
  unum_close (spellout);

  status = U_ZERO_ERROR;
  dates = udat_open (UDAT_NONE, UDAT_NONE, "en", NULL, 0, NULL, 0, &status);
  if (U_FAILURE (status))
    return;
  for (int short_names = 0; short_names < 2; short_names++)
    for (int month = 0; month < 12; month++)
      {
        UChar name[64];
        char utf8[256];
        int32_t length;

        status = U_ZERO_ERROR;
        length = udat_getSymbols (dates, short_names ? UDAT_SHORT_MONTHS : UDAT_MONTHS,
                                  month, name, G_N_ELEMENTS (name), &status);
        u_strToUTF8 (utf8, sizeof utf8, NULL, name, length, &status);
        if (U_SUCCESS (status))
          add_word (utf8, short_names ? GLOSS_WORD_MONTH_SHORT : GLOSS_WORD_MONTH, month + 1);
      }
  udat_close (dates);
}

static void
add_chinese_numerals (void)
{
  static const double values[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000, 1e4, 1e8, 1e12 };
  UErrorCode status = U_ZERO_ERROR;
  UNumberFormat *spellout = unum_open (UNUM_SPELLOUT, NULL, 0, "zh", NULL, &status);

  if (U_SUCCESS (status))
    for (guint i = 0; i < G_N_ELEMENTS (values); i++)
      {
        g_autofree char *text = format_utf8 (spellout, values[i]);

        add_han_numerals (text);
      }
  else
    g_debug ("ICU has no Chinese spell-out rules: %s", u_errorName (status));
  unum_close (spellout);

  /* ICU parses 零 (a zero inside a number) and 两 (two, before a measure or
   * a place word) but never writes them, so formatting cannot find them */
  add_han_numerals ("零两");
}

static void
ensure_vocabulary (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      add_english_words ();
      add_chinese_numerals ();
      g_once_init_leave (&initialized, 1);
    }
}

const GlossWordInfo *
_gloss_number_word_lookup (const char *lower,
                           gsize       length)
{
  char key[16];

  if (length == 0 || length >= sizeof key)
    return NULL;
  ensure_vocabulary ();
  memcpy (key, lower, length);
  key[length] = '\0';
  return g_hash_table_lookup (words, key);
}

gboolean
_gloss_is_chinese_numeral (gunichar c)
{
  if (c < HAN_FIRST || c > HAN_LAST)
    return FALSE;
  ensure_vocabulary ();
  return (han_numerals[(c - HAN_FIRST) / 32] & (1u << ((c - HAN_FIRST) % 32))) != 0;
}

static gboolean
parse_locked (UNumberFormat **format,
              const char     *locale,
              const char     *utf8,
              ParseResult    *result)
{
  UChar buffer[256];
  int32_t length;
  int32_t position = 0;
  UErrorCode status = U_ZERO_ERROR;
  double value;

  if (*format == NULL)
    {
      *format = unum_open (UNUM_SPELLOUT, NULL, 0, locale, NULL, &status);
      if (U_FAILURE (status))
        {
          g_clear_pointer (format, unum_close);
          return FALSE;
        }
    }

  u_strFromUTF8 (buffer, G_N_ELEMENTS (buffer), &length, utf8, -1, &status);
  if (U_FAILURE (status) || status == U_STRING_NOT_TERMINATED_WARNING)
    return FALSE;
  value = unum_parseDouble (*format, buffer, length, &position, &status);
  if (U_FAILURE (status) || position <= 0)
    return FALSE;
  result->value = value;
  result->consumed = u_countChar32 (buffer, position);
  return TRUE;
}

gboolean
_gloss_spellout_parse (const char *language,
                       const char *utf8,
                       double     *value,
                       guint      *consumed)
{
  gboolean chinese = g_strcmp0 (language, "zh") == 0;
  GHashTable **memo = chinese ? &memo_zh : &memo_en;
  ParseResult result = { 0, 0 };
  ParseResult *known;

  g_return_val_if_fail (utf8 != NULL, FALSE);

  g_mutex_lock (&icu_lock);
  if (*memo == NULL)
    *memo = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  known = g_hash_table_lookup (*memo, utf8);
  if (known != NULL)
    result = *known;
  else
    {
      if (!parse_locked (chinese ? &spellout_zh : &spellout_en, chinese ? "zh" : "en", utf8, &result))
        result.consumed = 0;
      if (g_hash_table_size (*memo) >= MEMO_LIMIT)
        g_hash_table_remove_all (*memo);
      g_hash_table_insert (*memo, g_strdup (utf8), g_memdup2 (&result, sizeof result));
    }
  g_mutex_unlock (&icu_lock);

  *value = result.value;
  *consumed = result.consumed;
  return result.consumed > 0;
}

static gunichar
first_char32 (const UChar *symbol,
              int32_t      length,
              gunichar     fallback)
{
  UChar32 c;

  if (length <= 0)
    return fallback;
  U16_GET (symbol, 0, 0, length, c);
  return c > 0 ? (gunichar) c : fallback;
}

void
_gloss_number_separators (const char *language,
                          gunichar   *decimal,
                          gunichar   *grouping)
{
  const char *key = language != NULL && *language != '\0' ? language : "en";
  Separators *known;
  Separators found = { '.', ',' };

  g_mutex_lock (&icu_lock);
  if (separators == NULL)
    separators = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  known = g_hash_table_lookup (separators, key);
  if (known != NULL)
    found = *known;
  else
    {
      UErrorCode status = U_ZERO_ERROR;
      UNumberFormat *format = unum_open (UNUM_DECIMAL, NULL, 0, key, NULL, &status);

      if (U_SUCCESS (status))
        {
          UChar symbol[8];
          int32_t length;

          length = unum_getSymbol (format, UNUM_DECIMAL_SEPARATOR_SYMBOL, symbol, G_N_ELEMENTS (symbol), &status);
          found.decimal = U_SUCCESS (status) ? first_char32 (symbol, length, '.') : '.';
          status = U_ZERO_ERROR;
          length = unum_getSymbol (format, UNUM_GROUPING_SEPARATOR_SYMBOL, symbol, G_N_ELEMENTS (symbol), &status);
          found.grouping = U_SUCCESS (status) ? first_char32 (symbol, length, ',') : ',';
          if (found.grouping == found.decimal)
            found.grouping = found.decimal == '.' ? ',' : '.';
        }
      unum_close (format);
      if (g_hash_table_size (separators) >= SEPARATORS_LIMIT)
        g_hash_table_remove_all (separators);
      g_hash_table_insert (separators, g_strdup (key), g_memdup2 (&found, sizeof found));
    }
  g_mutex_unlock (&icu_lock);

  *decimal = found.decimal;
  *grouping = found.grouping;
}

/* The scanners of spelled-out numbers */

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
#define MAX_HAN_RUN 48

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

static double
trailing_zeros_precision (double value)
{
  double precision = 1;

  if (value < 1000 || value != floor (value))
    return 1;
  while (precision < 1e15 && fmod (value, precision * 10) == 0)
    precision *= 10;
  return precision;
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

static void
add_figure (GlossScanner    *s,
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
}

/* the first five months; the first 5 months */
static guint
scan_first_months (GlossScanner *s,
                   guint         word_end)
{
  guint k = _gloss_skip_blanks (s, word_end);
  guint number_end = k;
  double months = 0;
  guint end;

  if (k == word_end)
    return 0;
  if (!_gloss_read_plain_digits (s, k, &months, &number_end))
    {
      const GlossWordInfo *info;

      number_end = ascii_word_end (s, k);
      info = lookup_at (s, k, number_end);
      if (info == NULL || info->word_class != GLOSS_WORD_NUMBER)
        return 0;
      months = info->value;
    }
  if (months < 2 || months > 12 || !_gloss_has_word (s, number_end, " months", &end))
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
  guint end;

  if (value == 1 && !adverb && (end = scan_first_months (s, w)) > 0)
    {
      guint months_start = _gloss_skip_blanks (s, w);
      double months;
      guint number_end;

      if (!_gloss_read_plain_digits (s, months_start, &months, &number_end))
        months = lookup_at (s, months_start, ascii_word_end (s, months_start))->value;
      add_figure (s, i, end, GLOSS_FIGURE_MONTH_RANGE, 0, 1, "month");
      g_array_index (s->figures, GlossRawFigure, s->figures->len - 1).value_end = months;
      return end;
    }
  /* First, … Secondly, … First of all, … */
  if (g_ascii_isupper (s->text[i]) && at_clause_start (s, i)
      && (_gloss_in_chars (_gloss_scanner_at (s, w), U",:")
          || (!adverb && (_gloss_has_word (s, w, " of all", NULL) || _gloss_has_word (s, w, " and foremost", NULL)))))
    add_figure (s, i, w, GLOSS_FIGURE_ORDINAL, GLOSS_FIGURE_FLAG_LIST, value, "");
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
          add_figure (s, i, day_end, GLOSS_FIGURE_DATE, 0, info->value * 100 + day, "date");
          return day_end;
        }
    }
  if (info->word_class == GLOSS_WORD_MONTH_SHORT)
    return w;
  /* "May I ask…" is no month */
  if (info->value == 5 && !may_is_month (s, i, w))
    return w;
  add_figure (s, i, w, GLOSS_FIGURE_MONTH, 0, info->value, "month");
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

  figure.start = i;
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
  figure.precision = trailing_zeros_precision (value);
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
      *precision = point > 0 ? pow (10, -(double) (*end - point - 1)) : trailing_zeros_precision (parsed);
    }
  return TRUE;
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
  add_figure (s, i, end, GLOSS_FIGURE_ORDINAL, flags, value, unit);
  return end;
}

/* 前5个月, 前五个月 */
static guint
scan_han_first_months (GlossScanner *s,
                       guint         i)
{
  double months;
  guint end;

  if (!_gloss_read_plain_digits (s, i + 1, &months, &end)
      && !_gloss_read_han_number (s, i + 1, FALSE, &months, NULL, &end))
    return i + 1;
  if (months < 2 || months > 12 || months != floor (months)
      || !(_gloss_has_literal (s, end, U"个月", &end) || _gloss_has_literal (s, end, U"月", &end)))
    return i + 1;
  add_figure (s, i, end, GLOSS_FIGURE_MONTH_RANGE, 0, 1, "month");
  g_array_index (s->figures, GlossRawFigure, s->figures->len - 1).value_end = months;
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
      || _gloss_has_literal (s, i, U"两岸", NULL) || _gloss_has_literal (s, i, U"三农", NULL))
    return j;                                       /* 十分 (very), 两岸 (cross-Strait), 三农 */
  if (length == 3 && first == 0x5341 && !is_place (s->text[i + 1]) && s->text[i + 2] == 0x4e94)
    {
      double ordinal;
      guint ordinal_end;

      /* 十四五: the 14th Five-Year Plan */
      if (_gloss_read_han_number (s, i, FALSE, &ordinal, NULL, &ordinal_end) && ordinal > 10 && ordinal < 20)
        {
          add_figure (s, i, j, GLOSS_FIGURE_ORDINAL, 0, ordinal, "five-year-plan");
          return j;
        }
    }
  if (!positional && length >= 2 && !has_point)
    {
      /* 二〇二一年; other strings of digits are idioms: 一一, 七八个 */
      if (length == 4 && _gloss_scanner_at (s, j) == 0x5e74
          && _gloss_read_han_number (s, i, FALSE, &value, NULL, &end) && end == j)
        add_figure (s, i, j + 1, GLOSS_FIGURE_YEAR, 0, value, "year");
      return j;
    }
  if (_gloss_has_literal (s, j, U"季度", NULL))
    return j;                                       /* 二季度: the second quarter */
  if (length == 1 && first == 0x4e94 && _gloss_has_literal (s, j, U"年规划", NULL))
    return j;                                       /* a Five-Year Plan by name */
  if (!_gloss_read_han_number (s, i, FALSE, &value, &precision, &end))
    return j;

  /* 一是 二是; 一、 and （一） opening a line */
  if (length == 1 && value >= 1 && value <= 10
      && (_gloss_scanner_at (s, end) == 0x662f
          || (_gloss_scanner_at (s, end) == 0x3001 && _gloss_at_line_start (s, i))
          || (i > 0 && s->text[i - 1] == 0xff08 && _gloss_scanner_at (s, end) == 0xff09
              && _gloss_at_line_start (s, i - 1))))
    {
      add_figure (s, i, end, GLOSS_FIGURE_ORDINAL, GLOSS_FIGURE_FLAG_LIST, value, "");
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
          add_figure (s, i, i + 2, GLOSS_FIGURE_ORDINAL, GLOSS_FIGURE_FLAG_LIST, c == 0x9996 ? 1 : 2, "");
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
