#include "config.h"

#include <string.h>

#include "gloss-claim-private.h"
#include "gloss-project-private.h"

/* The project's claims: lookups by position, id and offset, add, remove,
 * move, and their fields. */

guint
gloss_project_get_n_claims (GlossProject *self)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (self), 0);

  return gloss_claim_index_get_n (self->claims);
}

/* transfer none */
GlossClaim *
gloss_project_get_claim (GlossProject *self,
                         guint         position)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (self), NULL);

  return gloss_claim_index_get (self->claims, position);
}

GlossClaim *
gloss_project_lookup_claim (GlossProject *self,
                            const char   *id)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (self), NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->claims_by_id, id);
}

int
gloss_project_get_claim_position (GlossProject *self,
                                  GlossClaim   *claim)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (self), -1);
  g_return_val_if_fail (GLOSS_IS_CLAIM (claim), -1);

  return gloss_claim_index_find (self->claims, claim);
}

GPtrArray *
gloss_project_get_claims_at (GlossProject  *self,
                             GlossTextRole  role,
                             guint          offset)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (self), NULL);

  return gloss_claim_index_overlapping (self->claims, role, offset, offset);
}

GPtrArray *
gloss_project_get_claims_in (GlossProject  *self,
                             GlossTextRole  role,
                             guint          start,
                             guint          end)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (self), NULL);
  g_return_val_if_fail (start <= end, NULL);

  return gloss_claim_index_overlapping (self->claims, role, start, end);
}

guint
gloss_project_add_claim (GlossProject *self,
                         GlossClaim   *claim)
{
  guint position;

  g_return_val_if_fail (GLOSS_IS_PROJECT (self), 0);
  g_return_val_if_fail (GLOSS_IS_CLAIM (claim), 0);
  g_return_val_if_fail (!g_hash_table_contains (self->claims_by_id, gloss_claim_get_id (claim)), 0);

  position = gloss_claim_index_insert (self->claims, claim);
  g_hash_table_insert (self->claims_by_id, (gpointer) gloss_claim_get_id (claim), claim);

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  _gloss_project_emit_changed (self);

  return position;
}

void
gloss_project_add_claims (GlossProject *self,
                          GPtrArray    *claims)
{
  guint n;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (claims != NULL);

  if (claims->len == 0)
    return;

  n = gloss_claim_index_get_n (self->claims);
  for (guint i = 0; i < claims->len; i++)
    {
      GlossClaim *claim = g_ptr_array_index (claims, i);
      GlossClaim *before = i > 0 ? g_ptr_array_index (claims, i - 1)
                         : n > 0 ? gloss_claim_index_get (self->claims, n - 1)
                         : NULL;

      g_return_if_fail (GLOSS_IS_CLAIM (claim));
      g_return_if_fail (!g_hash_table_contains (self->claims_by_id, gloss_claim_get_id (claim)));

      /* not one sorted run after the existing claims: insert one by one */
      if (before != NULL && gloss_claim_compare (before, claim) >= 0)
        {
          for (guint k = 0; k < claims->len; k++)
            gloss_project_add_claim (self, g_ptr_array_index (claims, k));
          return;
        }
    }

  gloss_claim_index_splice (self->claims, n, 0, (GlossClaim * const *) claims->pdata, claims->len);
  for (guint i = 0; i < claims->len; i++)
    {
      GlossClaim *claim = g_ptr_array_index (claims, i);

      g_hash_table_insert (self->claims_by_id, (gpointer) gloss_claim_get_id (claim), claim);
    }

  g_list_model_items_changed (G_LIST_MODEL (self), n, 0, claims->len);
  _gloss_project_emit_changed (self);
}

void
gloss_project_remove_claim (GlossProject *self,
                            GlossClaim   *claim)
{
  g_autoptr(GlossClaim) keep = NULL;
  int position;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));

  position = gloss_project_get_claim_position (self, claim);
  if (position < 0)
    {
      g_critical ("%s: claim %s is not in the project", G_STRFUNC, gloss_claim_get_id (claim));
      return;
    }

  keep = g_object_ref (claim);
  g_hash_table_remove (self->claims_by_id, gloss_claim_get_id (claim));
  gloss_claim_index_remove (self->claims, (guint) position);

  g_list_model_items_changed (G_LIST_MODEL (self), (guint) position, 1, 0);
  _gloss_project_emit_changed (self);
}

void
gloss_project_move_claim (GlossProject *self,
                          GlossClaim   *claim,
                          guint         start,
                          guint         end,
                          gboolean      orphaned)
{
  g_autoptr(GlossClaim) keep = NULL;
  g_autofree char *quote = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  GlossTranscript *text;
  int old_position;
  guint position;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));
  old_position = gloss_project_get_claim_position (self, claim);
  g_return_if_fail (old_position >= 0);
  text = gloss_project_get_text (self, gloss_claim_get_text_role (claim));
  g_return_if_fail (start < end && end <= gloss_transcript_get_length (text));

  if (gloss_claim_get_start (claim) == start && gloss_claim_get_end (claim) == end &&
      gloss_claim_get_orphaned (claim) == !!orphaned)
    return;

  keep = g_object_ref (claim);
  gloss_claim_index_remove (self->claims, (guint) old_position);
  if (orphaned)
    {
      /* an orphan keeps the words it had; its span only keeps its place in the list */
      _gloss_claim_set_span (claim, start, end, gloss_claim_get_quote (claim),
                             gloss_claim_get_prefix (claim), gloss_claim_get_suffix (claim));
    }
  else
    {
      gloss_claim_context_from_text (text, start, end, &quote, &prefix, &suffix);
      _gloss_claim_set_span (claim, start, end, quote, prefix, suffix);
    }
  _gloss_claim_set_orphaned (claim, orphaned);
  position = gloss_claim_index_insert (self->claims, claim);

  if (position == (guint) old_position)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
    }
  else
    {
      g_list_model_items_changed (G_LIST_MODEL (self), (guint) old_position, 1, 0);
      g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
    }
  _gloss_project_emit_claim_changed (self, claim);
  _gloss_project_emit_changed (self);
}

static void
claim_changed (GlossProject *self,
               GlossClaim   *claim,
               int           position)
{
  _gloss_claim_touch (claim);
  g_list_model_items_changed (G_LIST_MODEL (self), (guint) position, 1, 1);
  _gloss_project_emit_claim_changed (self, claim);
  _gloss_project_emit_changed (self);
}

void
gloss_project_set_claim_topics (GlossProject       *self,
                                GlossClaim         *claim,
                                const char * const *topic_ids)
{
  g_auto(GStrv) old = NULL;
  int position;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));

  position = gloss_project_get_claim_position (self, claim);
  g_return_if_fail (position >= 0);

  old = g_strdupv ((char **) gloss_claim_get_topics (claim));
  _gloss_claim_set_topics (claim, topic_ids);
  if (g_strv_equal ((const char * const *) old, gloss_claim_get_topics (claim)))
    return;

  claim_changed (self, claim, position);
}

void
gloss_project_set_claim_note (GlossProject *self,
                              GlossClaim   *claim,
                              const char   *note)
{
  int position;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));

  position = gloss_project_get_claim_position (self, claim);
  g_return_if_fail (position >= 0);

  if (strcmp (gloss_claim_get_note (claim), note != NULL ? note : "") == 0)
    return;

  _gloss_claim_set_note (claim, note);
  claim_changed (self, claim, position);
}

void
gloss_project_set_claim_status (GlossProject     *self,
                                GlossClaim       *claim,
                                GlossClaimStatus  status)
{
  int position;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));
  g_return_if_fail ((guint) status <= GLOSS_CLAIM_STATUS_LAST);

  position = gloss_project_get_claim_position (self, claim);
  g_return_if_fail (position >= 0);

  if (gloss_claim_get_status (claim) == status)
    return;

  _gloss_claim_set_status (claim, status);
  claim_changed (self, claim, position);
}

void
gloss_project_set_claim_conflict (GlossProject *self,
                                  GlossClaim   *claim,
                                  GlossClaim   *conflict)
{
  int position;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));
  g_return_if_fail (conflict == NULL || GLOSS_IS_CLAIM (conflict));

  position = gloss_project_get_claim_position (self, claim);
  g_return_if_fail (position >= 0);

  if (gloss_claim_get_conflict (claim) == conflict)
    return;

  _gloss_claim_set_conflict (claim, conflict);
  claim_changed (self, claim, position);
}

void
gloss_project_set_claim_sources (GlossProject *self,
                                 GlossClaim   *claim,
                                 GPtrArray    *sources)
{
  int position;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));

  position = gloss_project_get_claim_position (self, claim);
  g_return_if_fail (position >= 0);

  if (gloss_sources_equal (gloss_claim_get_sources (claim), sources))
    return;

  _gloss_claim_set_sources (claim, sources);
  claim_changed (self, claim, position);
}
