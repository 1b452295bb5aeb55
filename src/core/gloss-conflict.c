#include "config.h"

#include <glib/gi18n-lib.h>

#include "gloss-conflict.h"
#include "gloss-merge-private.h"

void
gloss_conflict_resolve (GlossHistory        *history,
                        GlossClaim          *claim,
                        GlossConflictChoice  choice)
{
  GlossClaim *theirs;

  g_return_if_fail (GLOSS_IS_HISTORY (history));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));
  g_return_if_fail (gloss_claim_get_conflict (claim) != NULL);

  theirs = gloss_claim_get_conflict (claim);
  gloss_history_begin_group (history, _("Resolve conflict"));
  switch (choice)
    {
    case GLOSS_CONFLICT_KEEP_MINE:
      break;
    case GLOSS_CONFLICT_TAKE_THEIRS:
      gloss_history_move_claim (history, claim, gloss_claim_get_start (theirs),
                                gloss_claim_get_end (theirs), gloss_claim_get_orphaned (theirs));
      gloss_history_set_claim_topics (history, claim, gloss_claim_get_topics (theirs));
      gloss_history_set_claim_note (history, claim, gloss_claim_get_note (theirs));
      gloss_history_set_claim_status (history, claim, gloss_claim_get_status (theirs));
      gloss_history_set_claim_sources (history, claim, gloss_claim_get_sources (theirs));
      break;
    case GLOSS_CONFLICT_KEEP_BOTH:
      {
        g_autofree char *id = g_uuid_string_random ();
        g_autoptr(GlossClaim) copy = _gloss_merge_copy_claim (theirs, NULL, id);

        gloss_history_add_claim (history, copy);
      }
      break;
    default:
      g_return_if_reached ();
    }
  /* clearing last: undo gives the conflict back before the rest */
  gloss_history_set_claim_conflict (history, claim, NULL);
  gloss_history_end_group (history);
}

GPtrArray *
gloss_conflict_list (GlossProject *project)
{
  GPtrArray *conflicts = g_ptr_array_new ();

  g_return_val_if_fail (GLOSS_IS_PROJECT (project), conflicts);

  for (guint i = 0; i < gloss_project_get_n_claims (project); i++)
    {
      GlossClaim *claim = gloss_project_get_claim (project, i);

      if (gloss_claim_get_conflict (claim) != NULL)
        g_ptr_array_add (conflicts, claim);
    }
  return conflicts;
}
