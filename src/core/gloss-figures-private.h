#pragma once

#include <glib.h>

#include "gloss-figures.h"

G_BEGIN_DECLS

/* Shared by the parts of the figure scanner: gloss-figures.c (the API, what
 * follows a number, ranges), gloss-figures-digits.c, gloss-figures-english.c,
 * gloss-figures-chinese.c, and gloss-number-words.c (ICU's vocabulary and
 * spell-out parsing). */

typedef enum
{
  GLOSS_WORD_NONE,
  GLOSS_WORD_NUMBER,        /* zero … nineteen, twenty … ninety, hundred, thousand, million, … */
  GLOSS_WORD_ORDINAL,       /* first … tenth */
  GLOSS_WORD_MONTH,         /* january … december */
  GLOSS_WORD_MONTH_SHORT,   /* jan … dec */
} GlossWordClass;

typedef struct
{
  GlossWordClass word_class;
  double value;             /* 20 for twenty, 1e6 for million, 7 for july, 3 for third */
} GlossWordInfo;

/* @lower: an ASCII word in lower case, not NUL-terminated */
const GlossWordInfo *_gloss_number_word_lookup (const char *lower,
                                                gsize       length);

/* the characters of Chinese numerals: 零〇一二两三四五六七八九十百千万亿兆 */
gboolean             _gloss_is_chinese_numeral (gunichar c);

/* Parses the spelled-out number at the start of @utf8 with ICU's rule-based
 * number format for @language ("en" or "zh"). Sets @consumed to the code
 * points read and returns FALSE when nothing parses. Thread-safe; results
 * are remembered. */
gboolean             _gloss_spellout_parse     (const char *language,
                                                const char *utf8,
                                                double     *value,
                                                guint      *consumed);

/* The decimal and grouping separators of @language's digits (ICU's decimal
 * format symbols); English ones for NULL. */
void                 _gloss_number_separators  (const char *language,
                                                gunichar   *decimal,
                                                gunichar   *grouping);

/* A figure being read from one line of text: offsets are indexes into the
 * line's code points. */
typedef struct
{
  guint start;
  guint end;
  GlossFigureKind kind;
  GlossFigureFlags flags;
  double value;
  double value_end;
  double precision;
  int exponent;             /* of the scale word: 4 for 万, 9 for billion */
  const char *unit;
  gboolean bare;            /* nothing written after the number: "1" in "1—5月" */
} GlossRawFigure;

typedef struct
{
  const gunichar *text;     /* one line */
  guint length;
  gunichar decimal;
  gunichar grouping;
  GArray *figures;          /* GlossRawFigure */
} GlossScanner;

/* where a number came from, for the rules that depend on it */
typedef enum
{
  GLOSS_WRITTEN_DIGITS,
  GLOSS_WRITTEN_WORDS,
  GLOSS_WRITTEN_HAN,
} GlossWritten;

static inline gunichar
_gloss_scanner_at (const GlossScanner *s,
                   guint               i)
{
  return i < s->length ? s->text[i] : 0;
}

gboolean _gloss_is_latin       (gunichar c);
gboolean _gloss_is_blank       (gunichar c);
int      _gloss_digit_value    (gunichar c);
guint    _gloss_skip_blanks    (const GlossScanner *s,
                                guint               i);
/* only blanks between the start of the line and @i */
gboolean _gloss_at_line_start  (const GlossScanner *s,
                                guint               i);
/* @c is one of @chars (a U"" literal) */
gboolean _gloss_in_chars       (gunichar            c,
                                const gunichar     *chars);
/* TRUE when @literal (a U"" literal) stands at @i; *end past it */
gboolean _gloss_has_literal    (const GlossScanner *s,
                                guint               i,
                                const gunichar     *literal,
                                guint              *end);
/* TRUE when the ASCII @word (lower case; a space matches one or more blanks)
 * stands at @i, case-insensitively, and ends a word */
gboolean _gloss_has_word       (const GlossScanner *s,
                                guint               i,
                                const char         *word,
                                guint              *end);
/* the kind, unit and scale written after a number ending at @i; fills in
 * @figure and returns where the figure ends */
guint    _gloss_read_suffix    (GlossScanner   *s,
                                GlossRawFigure *figure,
                                guint           i,
                                GlossWritten    written);
/* pushes @figure after rounding its value to its precision */
void     _gloss_scanner_add    (GlossScanner   *s,
                                GlossRawFigure *figure);
/* pushes a figure of precision 1 and returns it, valid until the next push */
GlossRawFigure *_gloss_add_figure (GlossScanner     *s,
                                   guint             start,
                                   guint             end,
                                   GlossFigureKind   kind,
                                   GlossFigureFlags  flags,
                                   double            value,
                                   const char       *unit);
/* the precision of a spelled-out number: 1 below a thousand, else the power
 * of ten it is a multiple of (1e6 for three hundred million) */
double   _gloss_trailing_zeros_precision (double value);

/* A Chinese time of day written with the number from @start to @end
 * (digits or Han numerals): 10时, 上午10时30分, 下午3点, 三点半, 8点钟. Sets
 * @clock_end past the time, minutes included, and returns TRUE. */
gboolean _gloss_chinese_clock_at  (const GlossScanner *s,
                                   guint               start,
                                   guint               end,
                                   guint              *clock_end);

/* figures in digits at @i; returns where scanning goes on, past @i */
guint    _gloss_scan_digits       (GlossScanner *s,
                                   guint         i);

/* English number words, ordinals and months starting at @i (a word start);
 * returns where scanning goes on, past @i */
guint    _gloss_scan_english_word (GlossScanner *s,
                                   guint         i);
/* Chinese numerals and 第 前 百分之 首先 其次 at @i; returns past @i */
guint    _gloss_scan_han          (GlossScanner *s,
                                   guint         i);
/* reads a Chinese numeral (ICU) at @i: the value, its precision, and where
 * it ends; FALSE when there is none */
gboolean _gloss_read_han_number   (const GlossScanner *s,
                                   guint               i,
                                   gboolean            allow_leading_place,
                                   double             *value,
                                   double             *precision,
                                   guint              *end);
/* reads plain digits (no scale) at @i, as for 第3 or 前5个月 */
gboolean _gloss_read_plain_digits (const GlossScanner *s,
                                   guint               i,
                                   double             *value,
                                   guint              *end);

G_END_DECLS
