#include "config.h"

#include <stdlib.h>

#include "gloss-diff-private.h"

typedef struct
{
  gsize xoff;
  gsize xlim;
  gsize yoff;
  gsize ylim;
} Range;

/* Where an edit script of @xv into @yv can be cut in two: where the forward
 * and the reverse searches for a shortest one meet (Myers 1986, 4b; the
 * bounds are those of diff-match-patch's bisect). Past @too_expensive steps
 * each way, the point either search got furthest. FALSE: no useful cut. */
static gboolean
bisect (const guint32 *xv,
        gssize         n,
        const guint32 *yv,
        gssize         m,
        gssize         too_expensive,
        gint64        *budget,
        gssize        *v1,
        gssize        *v2,
        gssize        *xmid,
        gssize        *ymid)
{
  gssize dlimit = MIN ((n + m + 1) / 2, too_expensive);
  gssize v_offset = dlimit + 1;
  gssize v_length = 2 * dlimit + 3;
  gssize delta = n - m;
  gboolean front = (delta % 2) != 0;
  gssize k1start = 0, k1end = 0, k2start = 0, k2end = 0;
  gssize best_forward = -1, best_fx = 0, best_fy = 0;
  gssize best_reverse = -1, best_rx = 0, best_ry = 0;

  for (gssize i = 0; i < v_length; i++)
    v1[i] = v2[i] = -1;
  v1[v_offset + 1] = 0;
  v2[v_offset + 1] = 0;

  for (gssize d = 0; d <= dlimit; d++)
    {
      if (*budget <= 0)
        return FALSE;
      *budget -= 2 * (d + 1);

      for (gssize k1 = -d + k1start; k1 <= d - k1end; k1 += 2)
        {
          gssize k1_offset = v_offset + k1;
          gssize x1, y1;

          if (k1 == -d || (k1 != d && v1[k1_offset - 1] < v1[k1_offset + 1]))
            x1 = v1[k1_offset + 1];
          else
            x1 = v1[k1_offset - 1] + 1;
          y1 = x1 - k1;
          while (x1 < n && y1 < m && xv[x1] == yv[y1])
            {
              x1++;
              y1++;
              (*budget)--;
            }
          v1[k1_offset] = x1;
          if (x1 > n)
            k1end += 2;
          else if (y1 > m)
            k1start += 2;
          else if (front)
            {
              gssize k2_offset = v_offset + delta - k1;

              if (k2_offset >= 0 && k2_offset < v_length && v2[k2_offset] != -1
                  && x1 >= n - v2[k2_offset])
                {
                  *xmid = x1;
                  *ymid = y1;
                  return TRUE;
                }
            }
        }

      for (gssize k2 = -d + k2start; k2 <= d - k2end; k2 += 2)
        {
          gssize k2_offset = v_offset + k2;
          gssize x2, y2;

          if (k2 == -d || (k2 != d && v2[k2_offset - 1] < v2[k2_offset + 1]))
            x2 = v2[k2_offset + 1];
          else
            x2 = v2[k2_offset - 1] + 1;
          y2 = x2 - k2;
          while (x2 < n && y2 < m && xv[n - x2 - 1] == yv[m - y2 - 1])
            {
              x2++;
              y2++;
              (*budget)--;
            }
          v2[k2_offset] = x2;
          if (x2 > n)
            k2end += 2;
          else if (y2 > m)
            k2start += 2;
          else if (!front)
            {
              gssize k1_offset = v_offset + delta - k2;

              if (k1_offset >= 0 && k1_offset < v_length && v1[k1_offset] != -1)
                {
                  gssize x1 = v1[k1_offset];
                  gssize y1 = v_offset + x1 - k1_offset;

                  if (x1 >= n - x2)
                    {
                      *xmid = x1;
                      *ymid = y1;
                      return TRUE;
                    }
                }
            }
        }
    }

  /* too expensive: cut where a search got furthest (GNU diff's heuristic) */
  for (gssize k1 = -dlimit + k1start; k1 <= dlimit - k1end; k1 += 2)
    {
      gssize x1 = v1[v_offset + k1];
      gssize y1 = x1 - k1;

      if (x1 >= 0 && x1 <= n && y1 >= 0 && y1 <= m && x1 + y1 > best_forward)
        {
          best_forward = x1 + y1;
          best_fx = x1;
          best_fy = y1;
        }
    }
  for (gssize k2 = -dlimit + k2start; k2 <= dlimit - k2end; k2 += 2)
    {
      gssize x2 = v2[v_offset + k2];
      gssize y2 = x2 - k2;

      if (x2 >= 0 && x2 <= n && y2 >= 0 && y2 <= m && x2 + y2 > best_reverse)
        {
          best_reverse = x2 + y2;
          best_rx = n - x2;
          best_ry = m - y2;
        }
    }

  if (best_forward >= best_reverse)
    {
      *xmid = best_fx;
      *ymid = best_fy;
    }
  else
    {
      *xmid = best_rx;
      *ymid = best_ry;
    }

  /* a cut at a corner would not make the problem smaller */
  return *xmid + *ymid > 0 && *xmid + *ymid < n + m;
}

static int
compare_match (gconstpointer a,
               gconstpointer b)
{
  const GlossDiffMatch *x = a;
  const GlossDiffMatch *y = b;

  return (x->a > y->a) - (x->a < y->a);
}

void
_gloss_diff_sequences (const guint32 *xv,
                       gsize          n,
                       const guint32 *yv,
                       gsize          m,
                       gsize          min_too_expensive,
                       gint64        *budget,
                       GArray        *matches)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Range));
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (GlossDiffMatch));
  g_autofree gssize *v1 = NULL;
  g_autofree gssize *v2 = NULL;
  gsize too_expensive = 1;
  gsize v_size;
  Range all = { 0, n, 0, m };

  /* about 2 sqrt (n + m), as GNU diff */
  for (gsize diags = n + m + 3; diags != 0; diags >>= 2)
    too_expensive <<= 1;
  too_expensive = MAX (too_expensive, min_too_expensive);

  v_size = 2 * MIN ((n + m + 1) / 2, too_expensive) + 3;
  v1 = g_new (gssize, v_size);
  v2 = g_new (gssize, v_size);

  g_array_append_val (stack, all);
  while (stack->len > 0)
    {
      Range r = g_array_index (stack, Range, stack->len - 1);
      gsize start;
      gssize xmid, ymid;

      g_array_set_size (stack, stack->len - 1);
      /* spent: what is left stays unmatched, a correct if long script */
      if (*budget <= 0)
        continue;
      *budget -= (r.xlim - r.xoff) + (r.ylim - r.yoff);

      start = r.xoff;
      while (r.xoff < r.xlim && r.yoff < r.ylim && xv[r.xoff] == yv[r.yoff])
        {
          r.xoff++;
          r.yoff++;
        }
      if (r.xoff > start)
        {
          GlossDiffMatch match = { start, r.yoff - (r.xoff - start), r.xoff - start };

          g_array_append_val (found, match);
        }

      start = r.xlim;
      while (r.xoff < r.xlim && r.yoff < r.ylim && xv[r.xlim - 1] == yv[r.ylim - 1])
        {
          r.xlim--;
          r.ylim--;
        }
      if (r.xlim < start)
        {
          GlossDiffMatch match = { r.xlim, r.ylim, start - r.xlim };

          g_array_append_val (found, match);
        }

      if (r.xoff == r.xlim || r.yoff == r.ylim)
        continue;

      if (bisect (xv + r.xoff, r.xlim - r.xoff, yv + r.yoff, r.ylim - r.yoff,
                  too_expensive, budget, v1, v2, &xmid, &ymid))
        {
          Range low = { r.xoff, r.xoff + xmid, r.yoff, r.yoff + ymid };
          Range high = { r.xoff + xmid, r.xlim, r.yoff + ymid, r.ylim };

          g_array_append_val (stack, high);
          g_array_append_val (stack, low);
        }
    }

  g_array_sort (found, compare_match);
  for (guint i = 0; i < found->len; i++)
    {
      GlossDiffMatch *match = &g_array_index (found, GlossDiffMatch, i);

      if (matches->len > 0)
        {
          GlossDiffMatch *last = &g_array_index (matches, GlossDiffMatch, matches->len - 1);

          if (last->a + last->len == match->a && last->b + last->len == match->b)
            {
              last->len += match->len;
              continue;
            }
        }
      g_array_append_val (matches, *match);
    }
}

guint
gloss_diff_distance (const gunichar *a,
                     gsize           a_length,
                     const gunichar *b,
                     gsize           b_length,
                     guint           max_distance)
{
  g_autofree gssize *v = NULL;
  gssize n, m;
  gssize offset;

  g_return_val_if_fail (a != NULL || a_length == 0, 0);
  g_return_val_if_fail (b != NULL || b_length == 0, 0);

  while (a_length > 0 && b_length > 0 && a[0] == b[0])
    {
      a++;
      b++;
      a_length--;
      b_length--;
    }
  while (a_length > 0 && b_length > 0 && a[a_length - 1] == b[b_length - 1])
    {
      a_length--;
      b_length--;
    }
  if (a_length == 0 || b_length == 0)
    return MIN (a_length + b_length, (gsize) max_distance + 1);

  n = a_length;
  m = b_length;
  max_distance = MIN ((gsize) max_distance, a_length + b_length);
  /* the greedy forward search of Myers 1986 (section 3), diagonals -D..D */
  offset = (gssize) max_distance + 1;
  v = g_new0 (gssize, 2 * offset + 1);
  v[offset + 1] = 0;

  for (gssize d = 0; d <= (gssize) max_distance; d++)
    {
      for (gssize k = -d; k <= d; k += 2)
        {
          gssize x, y;

          if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
            x = v[offset + k + 1];
          else
            x = v[offset + k - 1] + 1;
          y = x - k;
          while (x < n && y < m && a[x] == b[y])
            {
              x++;
              y++;
            }
          v[offset + k] = x;
          if (x >= n && y >= m)
            return d;
        }
    }

  return max_distance + 1;
}
