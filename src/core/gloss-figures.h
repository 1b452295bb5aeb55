#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a figure states. The comments give examples in English and Chinese. */
typedef enum
{
  GLOSS_FIGURE_NUMBER,          /* 961,000  96.1万  1.4 billion  seven  十九; unit "" or a currency */
  GLOSS_FIGURE_PERCENT,         /* 30%  30 per cent  百分之三十  30％ */
  GLOSS_FIGURE_PERCENT_POINTS,  /* 1.2 percentage points  1.2个百分点 */
  GLOSS_FIGURE_MULTIPLE,        /* 2.1 times  2.1-fold  2.1倍 */
  GLOSS_FIGURE_YEAR,            /* 2021  2021年; a range (2021-2025) has value_end > value */
  GLOSS_FIGURE_MONTH,           /* July  7月: value 1–12 */
  GLOSS_FIGURE_DATE,            /* July 16  16 July  7月16日: value month × 100 + day (716) */
  GLOSS_FIGURE_MONTH_RANGE,     /* the first five months  1—5月  January to May: value 1, value_end 5;
                                 * the first three quarters  前三季度: 1 to 9 */
  GLOSS_FIGURE_ORDINAL,         /* 19th  第十九; 14th Five-Year Plan  十四五 (unit "five-year-plan");
                                 * the Fifth Plenary Session  五中全会 */
} GlossFigureKind;

#define GLOSS_FIGURE_KIND_LAST GLOSS_FIGURE_ORDINAL

typedef enum
{
  GLOSS_FIGURE_FLAG_NONE          = 0,
  /* a list marker: "First," "Secondly," 一是 首先 第一 "1." "(2)"; kind ORDINAL,
   * never compared */
  GLOSS_FIGURE_FLAG_LIST          = 1 << 0,
  /* a year or year range alone in brackets, "(2021-2025)", which translators
   * add; compared when the other side has it, never reported as missing */
  GLOSS_FIGURE_FLAG_PARENTHETICAL = 1 << 1,
} GlossFigureFlags;

typedef struct
{
  /* code points, half-open, counted from the start of the text given to
   * gloss_figures_extract() plus its @base */
  guint start;
  guint end;
  GlossFigureKind kind;
  GlossFigureFlags flags;
  double value;
  double value_end;       /* the end of a range; equal to value otherwise */
  /* the place value of the last digit written, scale included: 1 for 961,000,
   * 1000 for 96.1万, 1e8 for 1.4 billion, 0.1 for 15.9%; 0 when exact (a
   * fraction); gloss_figure_equal() forgives half of it */
  double precision;
  /* a static string, never freed: "" (a plain number), "%", "pp", "x",
   * "year", "month", "date", "five-year-plan", or an ISO 4217 currency
   * ("CNY", "USD", "EUR", "GBP", "JPY", "HKD") for an amount of money */
  const char *unit;
  char *text;             /* the figure as written */
} GlossFigure;

const char  *gloss_figure_kind_to_string (GlossFigureKind kind);

GlossFigure *gloss_figure_copy           (const GlossFigure *figure);
void         gloss_figure_free           (GlossFigure       *figure);

/* Every figure in @text, English or Chinese, in text order, as a GPtrArray of
 * GlossFigure that frees its elements. @text must be valid UTF-8; @length in
 * bytes, or -1 when NUL-terminated. @base is added to every offset, so a
 * caller extracting from a slice of a larger text passes the slice's start
 * and gets offsets into the larger text.
 *
 * @language ("en", "zh", "de", …, or NULL for English conventions) decides
 * only the decimal and grouping separators of digits (from ICU: "1.362" is
 * 1362 in German); both scripts are recognised in any text, so a figure is
 * read by its own script.
 *
 * Not figures, and never returned: identifiers with digits (5G, G20,
 * COVID-19, H1N1), codes and numbers of five digits or more written without
 * a grouping separator and not followed by a unit (the hotline 12381), digits
 * with a leading zero (010), times (10:30, 3 p.m.), versions (1.2.3), slashed and
 * hyphen-chained digit groups (7/16, 400-810-8888), "No. 1"; the words "a",
 * "one", 一 and "zero", 零 alone (they count only before a scale, a percent
 * sign, "times" or a month: "one million", 一倍, 一月); idioms such as 十分
 * (very), 两岸, 三农, numerals that start with 百 千 万 亿 (千万 = must, 万一 =
 * if), repeated digits without a place word (一一, 七八), and a Five-Year Plan
 * named without its ordinal. */
GPtrArray   *gloss_figures_extract       (const char *text,
                                          gssize      length,
                                          guint       base,
                                          const char *language);

/* The figures a claim states: those of @text (NUL-terminated) without list
 * markers, which order a speech but state nothing. */
GPtrArray   *gloss_figures_extract_stated (const char *text,
                                           const char *language);
/* The same figures as written, joined by @separator; "" for none. */
char        *gloss_figures_join_stated   (const char *text,
                                          const char *language,
                                          const char *separator);

/* The same figure as a translator writes it: same kind (a number, a year and
 * an ordinal of equal value are equal: 十九届 and 19th), same unit for
 * percentages, multiples and dates (an amount with a currency equals one
 * without: 32亿元 and 3.2 billion), and values that agree to the precision of
 * the less precise one: 96.1万 = 961,000, 1.4 billion = 14亿,
 * 3.65亿 = 365 million, 14.2亿 ≈ 1.4 billion, but 500 million ≠ 5.4亿.
 * Flags are not compared. */
gboolean     gloss_figure_equal          (const GlossFigure *a,
                                          const GlossFigure *b);

typedef enum
{
  GLOSS_FIGURE_MATCH,
  GLOSS_FIGURE_MISMATCH,
  GLOSS_FIGURE_MISSING_IN_TRANSLATION,
  GLOSS_FIGURE_MISSING_IN_ORIGINAL,
} GlossFigureFindingStatus;

#define GLOSS_FIGURE_FINDING_STATUS_LAST GLOSS_FIGURE_MISSING_IN_ORIGINAL

typedef struct
{
  GlossFigureFindingStatus status;
  /* indexes into the arrays given to gloss_figures_compare(), -1 for the
   * side a missing figure lacks; the pointers borrow from those arrays
   * (NULL for that side), so keep them alive as long as the finding */
  int translation_index;
  int original_index;
  const GlossFigure *translation;
  const GlossFigure *original;
} GlossFigureFinding;

/* "match", "mismatch", "missing-in-translation", "missing-in-original" */
const char  *gloss_figure_finding_status_to_string   (GlossFigureFindingStatus  status);
gboolean     gloss_figure_finding_status_from_string (const char               *str,
                                                      GlossFigureFindingStatus *status);

/* Compares the figures of an aligned pair of passages (a paragraph or turn
 * and its original), as extracted by gloss_figures_extract(); either array
 * may be NULL or empty. Returns a GPtrArray of GlossFigureFinding (freeing
 * its elements), in reading order. List markers are left out. Equal figures
 * are matched first wherever they stand (translators reorder); among equal
 * candidates the one at the nearest relative position wins. The figures left
 * over are paired in order, within compatible kinds (numbers and ordinals,
 * years, percentages and percentage points, multiples, months and dates), as
 * mismatches; the rest are missing on one side, except parenthetical years,
 * which are dropped when the other side has none to pair with. */
GPtrArray   *gloss_figures_compare       (GPtrArray *translation_figures,
                                          GPtrArray *original_figures);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlossFigure, gloss_figure_free)

G_END_DECLS
