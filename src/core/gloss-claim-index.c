#include "config.h"

#include <string.h>

#include "gloss-claim-index.h"

typedef struct
{
  guint max_span;
  guint n_max_span;   /* how many claims have it, so removals rarely rescan */
  gboolean dirty;
} SpanStat;

struct _GlossClaimIndex
{
  GPtrArray *claims;
  SpanStat spans[GLOSS_TEXT_ROLE_LAST + 1];
};

GlossClaimIndex *
gloss_claim_index_new (void)
{
  GlossClaimIndex *self = g_new0 (GlossClaimIndex, 1);

  self->claims = g_ptr_array_new_with_free_func (g_object_unref);

  return self;
}

void
gloss_claim_index_free (GlossClaimIndex *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->claims);
  g_free (self);
}

guint
gloss_claim_index_get_n (const GlossClaimIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->claims->len;
}

GlossClaim *
gloss_claim_index_get (const GlossClaimIndex *self,
                       guint                  position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->claims->len, NULL);

  return g_ptr_array_index (self->claims, position);
}

guint
gloss_claim_index_lower_bound (const GlossClaimIndex *self,
                               GlossClaim            *claim)
{
  guint lo = 0;
  guint hi;

  g_return_val_if_fail (self != NULL, 0);

  /* appending in order (a loaded file) is the common case */
  hi = self->claims->len;
  if (hi == 0 || gloss_claim_compare (g_ptr_array_index (self->claims, hi - 1), claim) < 0)
    return hi;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (gloss_claim_compare (g_ptr_array_index (self->claims, mid), claim) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

int
gloss_claim_index_find (const GlossClaimIndex *self,
                        GlossClaim            *claim)
{
  guint position;

  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (GLOSS_IS_CLAIM (claim), -1);

  position = gloss_claim_index_lower_bound (self, claim);
  if (position < self->claims->len && g_ptr_array_index (self->claims, position) == claim)
    return (int) position;

  return -1;
}

static guint
claim_span (GlossClaim *claim)
{
  return gloss_claim_get_end (claim) - gloss_claim_get_start (claim);
}

static void
note_added (GlossClaimIndex *self,
            GlossClaim      *claim)
{
  SpanStat *stat = &self->spans[gloss_claim_get_text_role (claim)];
  guint span = claim_span (claim);

  if (stat->dirty)
    return;

  if (span > stat->max_span)
    {
      stat->max_span = span;
      stat->n_max_span = 1;
    }
  else if (span == stat->max_span)
    {
      stat->n_max_span++;
    }
}

static void
note_removed (GlossClaimIndex *self,
              GlossClaim      *claim)
{
  SpanStat *stat = &self->spans[gloss_claim_get_text_role (claim)];

  if (!stat->dirty && claim_span (claim) == stat->max_span && --stat->n_max_span == 0)
    stat->dirty = TRUE;
}

static guint
max_span (GlossClaimIndex *self,
          GlossTextRole    role)
{
  SpanStat *stat = &self->spans[role];

  if (stat->dirty)
    {
      guint first, last;

      stat->max_span = 0;
      stat->n_max_span = 0;
      stat->dirty = FALSE;
      gloss_claim_index_role_range (self, role, &first, &last);
      for (guint i = first; i < last; i++)
        note_added (self, g_ptr_array_index (self->claims, i));
    }

  return stat->max_span;
}

guint
gloss_claim_index_insert (GlossClaimIndex *self,
                          GlossClaim      *claim)
{
  guint position;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (GLOSS_IS_CLAIM (claim), 0);

  position = gloss_claim_index_lower_bound (self, claim);
  g_ptr_array_insert (self->claims, (int) position, g_object_ref (claim));
  note_added (self, claim);

  return position;
}

void
gloss_claim_index_splice (GlossClaimIndex    *self,
                          guint               position,
                          guint               n_removed,
                          GlossClaim * const *added,
                          guint               n_added)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (position + n_removed <= self->claims->len);
  g_return_if_fail (added != NULL || n_added == 0);

  for (guint i = position; i < position + n_removed; i++)
    note_removed (self, g_ptr_array_index (self->claims, i));
  g_ptr_array_remove_range (self->claims, position, n_removed);

  if (position == self->claims->len)
    {
      for (guint i = 0; i < n_added; i++)
        g_ptr_array_add (self->claims, g_object_ref (added[i]));
    }
  else if (n_added > 0)
    {
      guint old_len = self->claims->len;

      g_ptr_array_set_size (self->claims, old_len + n_added);
      memmove (self->claims->pdata + position + n_added, self->claims->pdata + position,
               (old_len - position) * sizeof (gpointer));
      for (guint i = 0; i < n_added; i++)
        self->claims->pdata[position + i] = g_object_ref (added[i]);
    }

  for (guint i = 0; i < n_added; i++)
    note_added (self, added[i]);
}

void
gloss_claim_index_remove (GlossClaimIndex *self,
                          guint            position)
{
  gloss_claim_index_splice (self, position, 1, NULL, 0);
}

void
gloss_claim_index_forget_spans (GlossClaimIndex *self)
{
  g_return_if_fail (self != NULL);

  for (guint i = 0; i <= GLOSS_TEXT_ROLE_LAST; i++)
    self->spans[i].dirty = TRUE;
}

void
gloss_claim_index_role_range (const GlossClaimIndex *self,
                              GlossTextRole          role,
                              guint                 *first,
                              guint                 *last)
{
  guint bounds[2];

  g_return_if_fail (self != NULL);

  for (guint b = 0; b < 2; b++)
    {
      guint lo = 0, hi = self->claims->len;

      /* first claim whose role is >= role (b = 0) or > role (b = 1) */
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;
          GlossTextRole r = gloss_claim_get_text_role (g_ptr_array_index (self->claims, mid));

          if (b == 0 ? r < role : r <= role)
            lo = mid + 1;
          else
            hi = mid;
        }
      bounds[b] = lo;
    }

  *first = bounds[0];
  *last = bounds[1];
}

guint
gloss_claim_index_first_candidate (GlossClaimIndex *self,
                                   GlossTextRole    role,
                                   guint            start)
{
  guint span, from, first, last, lo, hi;

  g_return_val_if_fail (self != NULL, 0);

  span = max_span (self, role);
  from = start > span ? start - span : 0;
  gloss_claim_index_role_range (self, role, &first, &last);

  /* first claim of the role starting at or after @from */
  lo = first;
  hi = last;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (gloss_claim_get_start (g_ptr_array_index (self->claims, mid)) < from)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

GPtrArray *
gloss_claim_index_overlapping (GlossClaimIndex *self,
                               GlossTextRole    role,
                               guint            start,
                               guint            end)
{
  GPtrArray *result;
  guint first, last;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (start <= end, NULL);

  result = g_ptr_array_new ();
  gloss_claim_index_role_range (self, role, &first, &last);
  for (guint i = gloss_claim_index_first_candidate (self, role, start); i < last; i++)
    {
      GlossClaim *claim = g_ptr_array_index (self->claims, i);
      guint cs = gloss_claim_get_start (claim);

      if (end == start ? cs > start : cs >= end)
        break;
      if (gloss_claim_get_end (claim) > start && !gloss_claim_get_orphaned (claim))
        g_ptr_array_add (result, claim);
    }

  return result;
}
