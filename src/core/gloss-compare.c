#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gloss-claim-private.h"
#include "gloss-compare.h"
#include "gloss-merge-private.h"

static void
disagreement_free (gpointer data)
{
  GlossDisagreement *disagreement = data;

  g_clear_object (&disagreement->mine);
  g_clear_object (&disagreement->theirs);
  g_free (disagreement);
}

static void
add (GPtrArray             *list,
     GlossDisagreementKind  kind,
     GlossClaim            *mine,
     GlossClaim            *theirs)
{
  GlossDisagreement *disagreement = g_new0 (GlossDisagreement, 1);

  disagreement->kind = kind;
  disagreement->mine = mine != NULL ? g_object_ref (mine) : NULL;
  disagreement->theirs = theirs != NULL ? g_object_ref (theirs) : NULL;
  g_ptr_array_add (list, disagreement);
}

static gboolean
counts (GlossClaim *claim)
{
  return gloss_claim_get_text_role (claim) == GLOSS_TEXT_TRANSCRIPT &&
         !gloss_claim_get_orphaned (claim);
}

static guint
overlap (GlossClaim *a,
         GlossClaim *b)
{
  guint start = MAX (gloss_claim_get_start (a), gloss_claim_get_start (b));
  guint end = MIN (gloss_claim_get_end (a), gloss_claim_get_end (b));

  return end > start ? end - start : 0;
}

static guint
claim_start (const GlossDisagreement *d)
{
  return gloss_claim_get_start (d->mine != NULL ? d->mine : d->theirs);
}

static int
compare_disagreements (gconstpointer a,
                       gconstpointer b)
{
  const GlossDisagreement *x = *(GlossDisagreement * const *) a;
  const GlossDisagreement *y = *(GlossDisagreement * const *) b;
  guint sx = claim_start (x), sy = claim_start (y);

  if (sx != sy)
    return sx < sy ? -1 : 1;
  return (int) x->kind - (int) y->kind;
}

GPtrArray *
gloss_compare_disagreements (GlossProject *mine,
                             GlossProject *theirs)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (disagreement_free);
  g_autoptr(GHashTable) paired = g_hash_table_new (NULL, NULL);

  g_return_val_if_fail (GLOSS_IS_PROJECT (mine), list);
  g_return_val_if_fail (GLOSS_IS_PROJECT (theirs), list);

  for (guint i = 0; i < gloss_project_get_n_claims (mine); i++)
    {
      GlossClaim *claim = gloss_project_get_claim (mine, i);
      g_autoptr(GPtrArray) candidates = NULL;
      GlossClaim *best = NULL;
      guint best_overlap = 0;
      guint length;

      if (!counts (claim))
        continue;
      length = gloss_claim_get_end (claim) - gloss_claim_get_start (claim);
      candidates = gloss_project_get_claims_in (theirs, GLOSS_TEXT_TRANSCRIPT,
                                                gloss_claim_get_start (claim),
                                                gloss_claim_get_end (claim));
      for (guint c = 0; c < candidates->len; c++)
        {
          GlossClaim *other = g_ptr_array_index (candidates, c);
          guint shared = overlap (claim, other);
          guint longer = MAX (length, gloss_claim_get_end (other) - gloss_claim_get_start (other));

          if (!counts (other) || g_hash_table_contains (paired, other) || shared * 2 < longer)
            continue;
          /* an exact twin beats any other pairing */
          if (shared > best_overlap ||
              (shared == best_overlap && best != NULL && !_gloss_merge_same_topics (claim, best) &&
               _gloss_merge_same_topics (claim, other)))
            {
              best = other;
              best_overlap = shared;
            }
        }

      if (best == NULL)
        {
          add (list, GLOSS_DISAGREEMENT_ONLY_MINE, claim, NULL);
          continue;
        }
      g_hash_table_add (paired, best);
      if (!_gloss_merge_same_topics (claim, best))
        add (list, GLOSS_DISAGREEMENT_TOPICS, claim, best);
      else if (gloss_claim_get_start (claim) != gloss_claim_get_start (best) ||
               gloss_claim_get_end (claim) != gloss_claim_get_end (best))
        add (list, GLOSS_DISAGREEMENT_EXTENT, claim, best);
    }

  for (guint i = 0; i < gloss_project_get_n_claims (theirs); i++)
    {
      GlossClaim *claim = gloss_project_get_claim (theirs, i);

      if (counts (claim) && !g_hash_table_contains (paired, claim))
        add (list, GLOSS_DISAGREEMENT_ONLY_THEIRS, NULL, claim);
    }

  g_ptr_array_sort (list, compare_disagreements);
  return list;
}

/* their topics that my project lacks, added (by id) at the end */
static void
add_missing_topics (GlossHistory *history,
                    GlossProject *theirs,
                    GlossClaim   *claim)
{
  GlossProject *mine = gloss_history_get_project (history);
  const char * const *topics = gloss_claim_get_topics (claim);

  for (guint i = 0; topics[i] != NULL; i++)
    {
      GlossTopic *topic = gloss_project_lookup_topic (theirs, topics[i]);
      g_autoptr(GlossTopic) copy = NULL;

      if (gloss_project_lookup_topic (mine, topics[i]) != NULL || topic == NULL)
        continue;
      copy = gloss_topic_new (gloss_topic_get_id (topic), gloss_topic_get_name (topic),
                              gloss_topic_get_color (topic));
      gloss_topic_set_keywords (copy, gloss_topic_get_keywords (topic));
      gloss_history_add_topic (history, copy, gloss_project_get_n_topics (mine));
    }
}

void
gloss_compare_take_theirs (GlossHistory            *history,
                           GlossProject            *theirs,
                           const GlossDisagreement *disagreement)
{
  GlossProject *mine;
  GlossClaim *their_claim;

  g_return_if_fail (GLOSS_IS_HISTORY (history));
  g_return_if_fail (GLOSS_IS_PROJECT (theirs));
  g_return_if_fail (disagreement != NULL);

  mine = gloss_history_get_project (history);
  their_claim = disagreement->theirs;
  gloss_history_begin_group (history, _("Take their version"));
  switch (disagreement->kind)
    {
    case GLOSS_DISAGREEMENT_ONLY_MINE:
      if (gloss_project_get_claim_position (mine, disagreement->mine) >= 0)
        gloss_history_remove_claim (history, disagreement->mine);
      break;
    case GLOSS_DISAGREEMENT_ONLY_THEIRS:
      {
        const char *id = gloss_claim_get_id (their_claim);
        g_autofree char *fresh = gloss_project_lookup_claim (mine, id) != NULL ? g_uuid_string_random () : NULL;
        g_autoptr(GlossClaim) copy = NULL;

        add_missing_topics (history, theirs, their_claim);
        copy = _gloss_merge_copy_claim (their_claim, NULL, fresh);
        /* their unresolved conflict stays theirs */
        _gloss_claim_set_conflict (copy, NULL);
        gloss_history_add_claim (history, copy);
      }
      break;
    case GLOSS_DISAGREEMENT_TOPICS:
      if (gloss_project_get_claim_position (mine, disagreement->mine) < 0)
        break;
      add_missing_topics (history, theirs, their_claim);
      gloss_history_set_claim_topics (history, disagreement->mine, gloss_claim_get_topics (their_claim));
      G_GNUC_FALLTHROUGH;
    case GLOSS_DISAGREEMENT_EXTENT:
      if (gloss_project_get_claim_position (mine, disagreement->mine) >= 0)
        gloss_history_move_claim (history, disagreement->mine, gloss_claim_get_start (their_claim),
                                  gloss_claim_get_end (their_claim), FALSE);
      break;
    default:
      g_warn_if_reached ();
    }
  gloss_history_end_group (history);
}
