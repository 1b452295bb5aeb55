#include "config.h"

#include <string.h>

#include "gloss-claim-private.h"
#include "gloss-project-private.h"

/* The project's texts: the transcript's metadata and participants, the
 * original, a revision swapped in with its claims, the alignment. */

/* the transcript's metadata and participants */

void
gloss_project_set_transcript_field (GlossProject         *self,
                                    GlossTranscriptField  field,
                                    const char           *value)
{
  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail ((guint) field <= GLOSS_TRANSCRIPT_FIELD_LAST);

  if (g_strcmp0 (gloss_transcript_get_field (self->transcript, field), value) == 0)
    return;

  gloss_transcript_set_field (self->transcript, field, value);
  _gloss_project_emit_changed (self);
}

void
gloss_project_insert_participant (GlossProject *self,
                                  guint         index,
                                  const char   *name,
                                  const char   *role)
{
  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (name != NULL && *name != '\0');
  g_return_if_fail (gloss_transcript_find_participant (self->transcript, name) < 0);

  gloss_transcript_insert_participant (self->transcript, index, name, role);
  _gloss_project_emit_changed (self);
}

void
gloss_project_remove_participant (GlossProject *self,
                                  guint         index)
{
  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (index < gloss_transcript_get_n_participants (self->transcript));

  gloss_transcript_remove_participant (self->transcript, index);
  _gloss_project_emit_changed (self);
}

void
gloss_project_replace_participant (GlossProject *self,
                                   guint         index,
                                   const char   *name,
                                   const char   *role)
{
  const GlossParticipant *old;
  int other;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (index < gloss_transcript_get_n_participants (self->transcript));
  g_return_if_fail (name != NULL && *name != '\0');
  other = gloss_transcript_find_participant (self->transcript, name);
  g_return_if_fail (other < 0 || (guint) other == index);

  old = gloss_transcript_get_participant (self->transcript, index);
  if (strcmp (old->name, name) == 0 && g_strcmp0 (old->role, role) == 0)
    return;

  gloss_transcript_replace_participant (self->transcript, index, name, role);
  _gloss_project_emit_changed (self);
}

/* texts */

void
gloss_project_set_original (GlossProject    *self,
                            GlossTranscript *original)
{
  guint first, last;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (original == NULL || GLOSS_IS_TRANSCRIPT (original));
  gloss_claim_index_role_range (self->claims, GLOSS_TEXT_ORIGINAL, &first, &last);
  g_return_if_fail (first == last);

  if (self->original == original)
    return;

  g_set_object (&self->original, original);
  _gloss_project_notify (self, GLOSS_PROJECT_PROP_ORIGINAL);
  _gloss_project_emit_changed (self);
}

static int
compare_claims_cb (gconstpointer a,
                   gconstpointer b)
{
  return gloss_claim_compare (*(GlossClaim **) a, *(GlossClaim **) b);
}

void
gloss_project_replace_transcript (GlossProject              *self,
                                  GlossTranscript           *transcript,
                                  GlossAlignment            *alignment,
                                  const GlossClaimPlacement *placements,
                                  guint                      n_placements)
{
  g_autoptr(GPtrArray) claims = NULL;
  gboolean text_changed, alignment_changed;
  guint first, last;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_TRANSCRIPT (transcript));
  g_return_if_fail (alignment == NULL || GLOSS_IS_ALIGNMENT (alignment));
  g_return_if_fail (alignment == NULL || self->original != NULL);
  g_return_if_fail (placements != NULL || n_placements == 0);
  gloss_claim_index_role_range (self->claims, GLOSS_TEXT_TRANSCRIPT, &first, &last);
  g_return_if_fail (n_placements == last - first);
  for (guint i = 0; i < n_placements; i++)
    {
      const GlossClaimPlacement *p = &placements[i];

      g_return_if_fail (GLOSS_IS_CLAIM (p->claim));
      g_return_if_fail (gloss_project_get_claim_position (self, p->claim) >= 0);
      g_return_if_fail (gloss_claim_get_text_role (p->claim) == GLOSS_TEXT_TRANSCRIPT);
      g_return_if_fail (p->start < p->end && p->end <= gloss_transcript_get_length (transcript));
    }

  /* the claims leave the index while their spans change, and come back sorted */
  claims = g_ptr_array_new_full (n_placements, g_object_unref);
  for (guint i = first; i < last; i++)
    g_ptr_array_add (claims, g_object_ref (gloss_claim_index_get (self->claims, i)));
  gloss_claim_index_splice (self->claims, first, last - first, NULL, 0);

  for (guint i = 0; i < n_placements; i++)
    {
      const GlossClaimPlacement *p = &placements[i];

      _gloss_claim_set_span (p->claim, p->start, p->end, p->quote, p->prefix, p->suffix);
      _gloss_claim_set_orphaned (p->claim, p->orphaned);
      _gloss_claim_set_previous_quote (p->claim, p->previous_quote);
    }
  g_ptr_array_sort (claims, compare_claims_cb);
  gloss_claim_index_splice (self->claims, first, 0, (GlossClaim * const *) claims->pdata, claims->len);

  /* the text and its alignment first, both, so that a view showing them
   * never sees one with the other's offsets, and has the new text when it
   * hears of the claims */
  text_changed = g_set_object (&self->transcript, transcript);
  alignment_changed = g_set_object (&self->alignment, alignment);
  if (text_changed)
    _gloss_project_notify (self, GLOSS_PROJECT_PROP_TRANSCRIPT);
  if (alignment_changed)
    _gloss_project_notify (self, GLOSS_PROJECT_PROP_ALIGNMENT);
  if (claims->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), first, claims->len, claims->len);
  _gloss_project_emit_changed (self);
}

void
gloss_project_set_alignment (GlossProject   *self,
                             GlossAlignment *alignment)
{
  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (alignment == NULL || GLOSS_IS_ALIGNMENT (alignment));

  if (self->alignment == alignment)
    return;

  g_set_object (&self->alignment, alignment);
  _gloss_project_notify (self, GLOSS_PROJECT_PROP_ALIGNMENT);
  _gloss_project_emit_changed (self);
}
