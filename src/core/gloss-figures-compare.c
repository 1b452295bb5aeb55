/* Equality of figures and the findings of an aligned pair of passages. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gloss-figures.h"

typedef struct
{
  const GlossFigure *figure;
  int index;                 /* in the caller's array */
  double position;           /* relative, 0–1, among the side's compared figures */
  gboolean used;
} Item;

typedef struct
{
  GPtrArray *figures;        /* the caller's */
  GArray *items;             /* Item, in text order */
} Side;

static const char * const status_names[] = {
  "match", "mismatch", "missing-in-translation", "missing-in-original",
};

const char *
gloss_figure_finding_status_to_string (GlossFigureFindingStatus status)
{
  g_return_val_if_fail (status <= GLOSS_FIGURE_FINDING_STATUS_LAST, NULL);
  return status_names[status];
}

gboolean
gloss_figure_finding_status_from_string (const char               *str,
                                         GlossFigureFindingStatus *status)
{
  g_return_val_if_fail (status != NULL, FALSE);

  for (guint n = 0; str != NULL && n < G_N_ELEMENTS (status_names); n++)
    if (strcmp (str, status_names[n]) == 0)
      {
        *status = n;
        return TRUE;
      }
  return FALSE;
}

/* kinds whose figures can be equal: a year or an ordinal read as a number */
static int
equality_family (GlossFigureKind kind)
{
  switch (kind)
    {
    case GLOSS_FIGURE_NUMBER:
    case GLOSS_FIGURE_YEAR:
    case GLOSS_FIGURE_ORDINAL:
      return 0;
    case GLOSS_FIGURE_PERCENT:
    case GLOSS_FIGURE_PERCENT_POINTS:
    case GLOSS_FIGURE_MULTIPLE:
    case GLOSS_FIGURE_MONTH:
    case GLOSS_FIGURE_DATE:
    case GLOSS_FIGURE_MONTH_RANGE:
    default:
      return 1 + kind;
    }
}

/* kinds whose figures, when not equal, are one figure stated wrongly */
static int
mismatch_family (GlossFigureKind kind)
{
  switch (kind)
    {
    case GLOSS_FIGURE_NUMBER:
    case GLOSS_FIGURE_ORDINAL:
      return 0;
    case GLOSS_FIGURE_YEAR:
      return 1;
    case GLOSS_FIGURE_PERCENT:
    case GLOSS_FIGURE_PERCENT_POINTS:
      return 2;
    case GLOSS_FIGURE_MULTIPLE:
      return 3;
    case GLOSS_FIGURE_MONTH:
    case GLOSS_FIGURE_DATE:
    case GLOSS_FIGURE_MONTH_RANGE:
    default:
      return 4;
    }
}

#define N_MISMATCH_FAMILIES 5

static gboolean
close_enough (double a,
              double b,
              double tolerance)
{
  double scale = MAX (fabs (a), fabs (b));

  return fabs (a - b) <= tolerance + 1e-9 * MAX (scale, 1.0);
}

gboolean
gloss_figure_equal (const GlossFigure *a,
                    const GlossFigure *b)
{
  double tolerance;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (equality_family (a->kind) != equality_family (b->kind))
    return FALSE;
  if (equality_family (a->kind) == 0)
    {
      /* a currency is often left out of one side: 32亿元, 3.2 billion */
      if (*a->unit != '\0' && *b->unit != '\0' && strcmp (a->unit, b->unit) != 0)
        return FALSE;
    }
  else if (strcmp (a->unit, b->unit) != 0)
    return FALSE;

  tolerance = 0.5 * MAX (a->precision, b->precision);
  return close_enough (a->value, b->value, tolerance) && close_enough (a->value_end, b->value_end, tolerance);
}

static void
side_init (Side      *side,
           GPtrArray *figures)
{
  guint count = 0;

  side->figures = figures;
  side->items = g_array_new (FALSE, FALSE, sizeof (Item));
  for (guint n = 0; figures != NULL && n < figures->len; n++)
    {
      const GlossFigure *figure = g_ptr_array_index (figures, n);
      Item item = { figure, (int) n, 0, FALSE };

      if ((figure->flags & GLOSS_FIGURE_FLAG_LIST) != 0)
        continue;
      g_array_append_val (side->items, item);
    }
  count = side->items->len;
  for (guint n = 0; n < count; n++)
    g_array_index (side->items, Item, n).position = (n + 0.5) / count;
}

static void
add_finding (GPtrArray                *findings,
             GlossFigureFindingStatus  status,
             const Item               *translation,
             const Item               *original)
{
  GlossFigureFinding *finding = g_new0 (GlossFigureFinding, 1);

  finding->status = status;
  finding->translation_index = translation != NULL ? translation->index : -1;
  finding->original_index = original != NULL ? original->index : -1;
  finding->translation = translation != NULL ? translation->figure : NULL;
  finding->original = original != NULL ? original->figure : NULL;
  g_ptr_array_add (findings, finding);
}

/* the original's figures, sorted so that equal ones stand together, in
 * groups of one precision (values in a group are multiples of it) */
static int
compare_key (const Item *x,
             const Item *y,
             gboolean    position)
{
  const GlossFigure *a = x->figure, *b = y->figure;
  int fa = equality_family (a->kind), fb = equality_family (b->kind);
  int units;

  if (fa != fb)
    return fa < fb ? -1 : 1;
  if (a->precision != b->precision)
    return a->precision < b->precision ? -1 : 1;
  if (a->value != b->value)
    return a->value < b->value ? -1 : 1;
  if (a->value_end != b->value_end)
    return a->value_end < b->value_end ? -1 : 1;
  units = strcmp (a->unit, b->unit);
  if (units != 0 || !position)
    return units;
  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;
  return 0;
}

static int
compare_sorted (gconstpointer a,
                gconstpointer b)
{
  return compare_key (*(const Item * const *) a, *(const Item * const *) b, TRUE);
}

typedef struct
{
  int family;
  double precision;
  guint start;
  guint end;
} Group;

typedef struct
{
  GPtrArray *sorted;         /* Item */
  GArray *groups;            /* Group */
  /* skip pointers over used figures, with path compression: the nearest
   * unused index at or before (left) and at or after (right) */
  int *left;
  int *right;
} Index;

static void
index_init (Index *index,
            Side  *side)
{
  guint n = side->items->len;

  index->sorted = g_ptr_array_sized_new (n);
  for (guint k = 0; k < n; k++)
    g_ptr_array_add (index->sorted, &g_array_index (side->items, Item, k));
  g_ptr_array_sort (index->sorted, compare_sorted);

  index->groups = g_array_new (FALSE, FALSE, sizeof (Group));
  for (guint k = 0; k < n; k++)
    {
      const Item *item = g_ptr_array_index (index->sorted, k);
      Group *last = index->groups->len > 0 ? &g_array_index (index->groups, Group, index->groups->len - 1) : NULL;
      int family = equality_family (item->figure->kind);

      if (last != NULL && last->family == family && last->precision == item->figure->precision)
        last->end = k + 1;
      else
        {
          Group group = { family, item->figure->precision, k, k + 1 };

          g_array_append_val (index->groups, group);
        }
    }

  index->left = g_new (int, n + 1);
  index->right = g_new (int, n + 1);
  for (guint k = 0; k <= n; k++)
    index->left[k] = index->right[k] = (int) k;
}

static void
index_clear (Index *index)
{
  g_ptr_array_unref (index->sorted);
  g_array_unref (index->groups);
  g_free (index->left);
  g_free (index->right);
}

static int
find_unused (int *next,
             int  k,
             int  limit)
{
  int root = k;

  while (root != limit && next[root] != root)
    root = next[root];
  while (k != limit && next[k] != k)
    {
      int following = next[k];

      next[k] = root;
      k = following;
    }
  return root;
}

static void
index_use (Index *index,
           int    k)
{
  index->left[k] = k - 1;
  index->right[k] = k + 1;
  ((Item *) g_ptr_array_index (index->sorted, k))->used = TRUE;
}

/* first index in [lo, hi) whose value is at least @value */
static guint
lower_bound_value (GPtrArray *sorted,
                   guint      lo,
                   guint      hi,
                   double     value)
{
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (((const Item *) g_ptr_array_index (sorted, mid))->figure->value < value)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* the end of the run of figures equal to the one at @lo */
static guint
run_end (GPtrArray *sorted,
         guint      lo,
         guint      hi)
{
  const Item *first = g_ptr_array_index (sorted, lo);
  guint start = lo + 1;

  while (start < hi)
    {
      guint mid = start + (hi - start) / 2;

      if (compare_key (g_ptr_array_index (sorted, mid), first, FALSE) == 0)
        start = mid + 1;
      else
        hi = mid;
    }
  return start;
}

static guint
lower_bound_position (GPtrArray *sorted,
                      guint      lo,
                      guint      hi,
                      double     position)
{
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (((const Item *) g_ptr_array_index (sorted, mid))->position < position)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Equal figures first, wherever they stand; among equal ones the nearest by
 * relative position */
static void
match_equal (Side      *translation,
             Side      *original,
             GPtrArray *findings)
{
  Index index;
  int n = original->items->len;

  index_init (&index, original);
  for (guint k = 0; k < translation->items->len; k++)
    {
      Item *t = &g_array_index (translation->items, Item, k);
      const GlossFigure *figure = t->figure;
      int family = equality_family (figure->kind);
      double slack = 1e-9 * MAX (fabs (figure->value), 1.0);
      int best = -1;
      double best_distance = G_MAXDOUBLE;

      for (guint g = 0; g < index.groups->len; g++)
        {
          const Group *group = &g_array_index (index.groups, Group, g);
          double reach = 0.5 * MAX (group->precision, figure->precision) + slack;
          guint lo;

          if (group->family != family)
            continue;
          lo = lower_bound_value (index.sorted, group->start, group->end, figure->value - reach);
          while (lo < group->end
                 && ((const Item *) g_ptr_array_index (index.sorted, lo))->figure->value <= figure->value + reach)
            {
              guint end = run_end (index.sorted, lo, group->end);

              if (gloss_figure_equal (figure, ((const Item *) g_ptr_array_index (index.sorted, lo))->figure))
                {
                  int at = lower_bound_position (index.sorted, lo, end, t->position);
                  int candidates[2];

                  candidates[0] = at > 0 ? find_unused (index.left, at - 1, -1) : -1;
                  candidates[1] = find_unused (index.right, at, n);
                  for (int c = 0; c < 2; c++)
                    {
                      int i = candidates[c];
                      double distance;

                      if (i < (int) lo || i >= (int) end)
                        continue;
                      distance = fabs (((const Item *) g_ptr_array_index (index.sorted, i))->position - t->position);
                      if (distance < best_distance)
                        {
                          best = i;
                          best_distance = distance;
                        }
                    }
                }
              lo = end;
            }
        }
      if (best >= 0)
        {
          t->used = TRUE;
          index_use (&index, best);
          add_finding (findings, GLOSS_FIGURE_MATCH, t, g_ptr_array_index (index.sorted, best));
        }
    }
  index_clear (&index);
}

static gboolean
pairs_as_mismatch (const Item *item,
                   int         family,
                   gboolean    parenthetical)
{
  return !item->used && mismatch_family (item->figure->kind) == family
         && ((item->figure->flags & GLOSS_FIGURE_FLAG_PARENTHETICAL) != 0) == parenthetical;
}

/* What is left pairs in order, within a family: the shorter list's figures
 * each take the nearest remaining one by relative position */
static void
pair_mismatches (Side      *translation,
                 Side      *original,
                 GPtrArray *findings)
{
  for (int family = 0; family < N_MISMATCH_FAMILIES; family++)
    for (int parenthetical = 0; parenthetical < 2; parenthetical++)
      {
        g_autoptr(GPtrArray) ts = g_ptr_array_new ();
        g_autoptr(GPtrArray) os = g_ptr_array_new ();
        GPtrArray *shorter, *longer;
        guint next = 0;

        for (guint n = 0; n < translation->items->len; n++)
          if (pairs_as_mismatch (&g_array_index (translation->items, Item, n), family, parenthetical))
            g_ptr_array_add (ts, &g_array_index (translation->items, Item, n));
        for (guint n = 0; n < original->items->len; n++)
          if (pairs_as_mismatch (&g_array_index (original->items, Item, n), family, parenthetical))
            g_ptr_array_add (os, &g_array_index (original->items, Item, n));

        shorter = ts->len <= os->len ? ts : os;
        longer = shorter == ts ? os : ts;
        for (guint n = 0; n < shorter->len; n++)
          {
            Item *a = g_ptr_array_index (shorter, n);
            guint last = longer->len - (shorter->len - n);  /* leave one for each still to pair */
            guint best = next;

            for (guint k = next + 1; k <= last; k++)
              {
                const Item *candidate = g_ptr_array_index (longer, k);
                const Item *current = g_ptr_array_index (longer, best);

                if (fabs (candidate->position - a->position) >= fabs (current->position - a->position))
                  break;
                best = k;
              }
            {
              Item *b = g_ptr_array_index (longer, best);

              a->used = b->used = TRUE;
              add_finding (findings, GLOSS_FIGURE_MISMATCH, shorter == ts ? a : b, shorter == ts ? b : a);
            }
            next = best + 1;
          }
      }
}

static void
report_missing (Side                     *side,
                GlossFigureFindingStatus  status,
                GPtrArray                *findings)
{
  for (guint n = 0; n < side->items->len; n++)
    {
      const Item *item = &g_array_index (side->items, Item, n);

      /* "(2021-2025)" after a plan's name is the translator's addition */
      if (item->used || (item->figure->flags & GLOSS_FIGURE_FLAG_PARENTHETICAL) != 0)
        continue;
      if (status == GLOSS_FIGURE_MISSING_IN_ORIGINAL)
        add_finding (findings, status, item, NULL);
      else
        add_finding (findings, status, NULL, item);
    }
}

static int
compare_by_translation (gconstpointer a,
                        gconstpointer b)
{
  const GlossFigureFinding *x = *(GlossFigureFinding * const *) a;
  const GlossFigureFinding *y = *(GlossFigureFinding * const *) b;

  if (x->translation_index < 0 || y->translation_index < 0)
    return (x->translation_index < 0) - (y->translation_index < 0);
  return x->translation_index - y->translation_index;
}

static int
compare_by_original (gconstpointer a,
                     gconstpointer b)
{
  const GlossFigureFinding *x = *(GlossFigureFinding * const *) a;
  const GlossFigureFinding *y = *(GlossFigureFinding * const *) b;

  return x->original_index - y->original_index;
}

/* Reading order: the translation's; a figure only the original has comes
 * right before the first finding whose original figure follows it. */
static GPtrArray *
reading_order (GPtrArray *findings)
{
  GPtrArray *sorted = g_ptr_array_new_full (findings->len, g_free);
  g_autoptr(GPtrArray) only_original = g_ptr_array_new ();
  guint translated = 0;
  guint next = 0;

  g_ptr_array_sort (findings, compare_by_translation);
  while (translated < findings->len
         && ((GlossFigureFinding *) g_ptr_array_index (findings, translated))->translation_index >= 0)
    translated++;
  for (guint n = translated; n < findings->len; n++)
    g_ptr_array_add (only_original, g_ptr_array_index (findings, n));
  g_ptr_array_sort (only_original, compare_by_original);

  for (guint n = 0; n < translated; n++)
    {
      GlossFigureFinding *finding = g_ptr_array_index (findings, n);

      while (finding->original_index >= 0 && next < only_original->len
             && ((GlossFigureFinding *) g_ptr_array_index (only_original, next))->original_index
                < finding->original_index)
        g_ptr_array_add (sorted, g_ptr_array_index (only_original, next++));
      g_ptr_array_add (sorted, finding);
    }
  while (next < only_original->len)
    g_ptr_array_add (sorted, g_ptr_array_index (only_original, next++));
  return sorted;
}

GPtrArray *
gloss_figures_compare (GPtrArray *translation_figures,
                       GPtrArray *original_figures)
{
  Side translation, original;
  g_autoptr(GPtrArray) findings = g_ptr_array_new ();

  side_init (&translation, translation_figures);
  side_init (&original, original_figures);

  match_equal (&translation, &original, findings);
  pair_mismatches (&translation, &original, findings);
  report_missing (&translation, GLOSS_FIGURE_MISSING_IN_ORIGINAL, findings);
  report_missing (&original, GLOSS_FIGURE_MISSING_IN_TRANSLATION, findings);

  g_array_unref (translation.items);
  g_array_unref (original.items);
  return reading_order (findings);
}
