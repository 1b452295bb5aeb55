/* The ICU side of the figure extractor: the vocabulary of number words,
 * ordinals, month names and Chinese numerals comes from ICU's own formats,
 * so the scanner looks for exactly what ICU's rule-based number format can
 * parse, and the parsing of spelled-out numbers is ICU's. */

#include "config.h"

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
