#include "config.h"

#include <string.h>

#include "gloss-revision.h"

struct _GlossRevision
{
  GlossProject *project;
  GlossTranscript *transcript;
  GlossAlignment *alignment;
  GPtrArray *claims;       /* GlossClaim, the project's on its transcript */
  GArray *results;         /* GlossAnchorResult, one per claim */
  GArray *placements;      /* GlossClaimPlacement, one per claim */
  GPtrArray *strings;      /* what the placements point to */
  guint counts[GLOSS_ANCHOR_STATUS_LAST + 1];
};

/* the project's metadata wins; participants are the project's, then the
 * revised text's new ones */
static void
carry_metadata (GlossTranscript *old_text,
                GlossTranscript *revised)
{
  guint n_new = gloss_transcript_get_n_participants (revised);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) roles = g_ptr_array_new_with_free_func (g_free);

  for (guint f = 0; f <= GLOSS_TRANSCRIPT_FIELD_LAST; f++)
    {
      const char *value = gloss_transcript_get_field (old_text, f);

      if (value != NULL && value[0] != '\0')
        gloss_transcript_set_field (revised, f, value);
    }

  for (guint i = 0; i < n_new; i++)
    {
      const GlossParticipant *p = gloss_transcript_get_participant (revised, i);

      g_ptr_array_add (names, g_strdup (p->name));
      g_ptr_array_add (roles, g_strdup (p->role));
    }
  while (gloss_transcript_get_n_participants (revised) > 0)
    gloss_transcript_remove_participant (revised, 0);
  for (guint i = 0; i < gloss_transcript_get_n_participants (old_text); i++)
    {
      const GlossParticipant *p = gloss_transcript_get_participant (old_text, i);

      gloss_transcript_add_participant (revised, p->name, p->role);
    }
  for (guint i = 0; i < names->len; i++)
    gloss_transcript_add_participant (revised, g_ptr_array_index (names, i),
                                      g_ptr_array_index (roles, i));
}

/* the turn of the new text where old turn @turn starts now, or -1 */
static int
map_turn (GlossDiff       *diff,
          GlossTranscript *old_text,
          GlossTranscript *new_text,
          guint            turn)
{
  const GlossTurn *t;
  guint start, end;
  int found;

  if (turn >= gloss_transcript_get_n_turns (old_text))
    return -1;
  t = gloss_transcript_get_turn (old_text, turn);
  start = gloss_diff_map (diff, t->start, GLOSS_DIFF_GRAVITY_START);
  end = gloss_diff_map (diff, t->end, GLOSS_DIFF_GRAVITY_END);
  found = gloss_transcript_find_turn (new_text, start);
  /* a deleted turn maps to an empty span: it has no turn any more */
  if (found < 0 || end <= start)
    return -1;

  return found;
}

static GlossAlignment *
realign (GlossAlignment  *alignment,
         GlossDiff       *diff,
         GlossTranscript *old_text,
         GlossTranscript *new_text)
{
  GlossAlignment *copy = gloss_alignment_new ();
  int last_turn = -1;

  for (guint i = 0; i < gloss_alignment_get_n_turn_pairs (alignment); i++)
    {
      const GlossTurnPair *pair = gloss_alignment_get_turn_pair (alignment, i);
      g_autoptr(GArray) turns = g_array_new (FALSE, FALSE, sizeof (guint));

      /* pairs stay in order and no turn is in two of them */
      for (guint k = 0; k < pair->n_transcript; k++)
        {
          int turn = map_turn (diff, old_text, new_text, pair->transcript[k]);

          if (turn > last_turn)
            {
              guint t = (guint) turn;

              g_array_append_val (turns, t);
              last_turn = turn;
            }
        }
      if (turns->len == 0 && pair->n_original == 0)
        continue;
      gloss_alignment_add_turn_pair (copy, (const guint *) turns->data, turns->len,
                                     pair->original, pair->n_original);
    }

  for (guint i = 0; i < gloss_alignment_get_n_paragraph_pairs (alignment); i++)
    {
      const GlossParagraphPair *pair = gloss_alignment_get_paragraph_pair (alignment, i);
      guint start = gloss_diff_map (diff, pair->transcript_start, GLOSS_DIFF_GRAVITY_START);
      guint end = gloss_diff_map (diff, pair->transcript_end, GLOSS_DIFF_GRAVITY_END);

      gloss_alignment_add_paragraph_pair (copy, start, MAX (start, end),
                                          pair->original_start, pair->original_end);
    }

  for (guint i = 0; i < gloss_alignment_get_n_links (alignment); i++)
    {
      const GlossAlignmentLink *link = gloss_alignment_get_link (alignment, i);
      int turn = map_turn (diff, old_text, new_text, link->transcript_turn);

      if (turn >= 0)
        gloss_alignment_add_link (copy, (guint) turn, link->original_turn, link->linked);
    }

  return copy;
}

static const char *
keep_string (GlossRevision *self,
             char          *str)
{
  if (str != NULL)
    g_ptr_array_add (self->strings, str);

  return str;
}

static void
make_placement (GlossRevision           *self,
                GlossClaim              *claim,
                const GlossAnchorResult *r)
{
  guint length = gloss_transcript_get_length (self->transcript);
  GlossClaimPlacement p = { claim, };
  const char *previous = gloss_claim_get_previous_quote (claim);

  if (r->status == GLOSS_ANCHOR_ORPHANED)
    {
      /* an orphan keeps its words; the span only keeps its place in the list */
      p.start = MIN (r->start, length > 0 ? length - 1 : 0);
      p.end = MIN (p.start + 1, length);
      p.quote = gloss_claim_get_quote (claim);
      p.prefix = gloss_claim_get_prefix (claim);
      p.suffix = gloss_claim_get_suffix (claim);
      p.previous_quote = previous;
      p.orphaned = TRUE;
    }
  else
    {
      char *quote, *prefix, *suffix;

      gloss_claim_context_from_text (self->transcript, r->start, r->end, &quote, &prefix, &suffix);
      p.start = r->start;
      p.end = r->end;
      p.quote = keep_string (self, quote);
      p.prefix = keep_string (self, prefix);
      p.suffix = keep_string (self, suffix);
      /* the words the user tagged, before the first revision that changed them */
      if (previous == NULL && strcmp (quote, gloss_claim_get_quote (claim)) != 0)
        previous = gloss_claim_get_quote (claim);
      p.previous_quote = previous;
      p.orphaned = FALSE;
    }

  g_array_append_val (self->placements, p);
}

/* @reanchor: @revised is the project's own text, and its orphans are
 * looked for in it without a diff; the other claims stay as they are */
static GlossRevision *
revision_new (GlossProject    *project,
              GlossTranscript *revised,
              gboolean         reanchor,
              double           threshold)
{
  GlossRevision *self;
  GlossTranscript *old_text;
  g_autoptr(GPtrArray) to_anchor = NULL;
  g_autoptr(GArray) anchored = NULL;
  g_autoptr(GlossDiff) diff = NULL;
  guint n, k = 0;

  old_text = gloss_project_get_transcript (project);
  self = g_new0 (GlossRevision, 1);
  self->project = g_object_ref (project);
  self->transcript = g_object_ref (revised);
  self->claims = g_ptr_array_new_with_free_func (g_object_unref);
  self->results = g_array_new (FALSE, TRUE, sizeof (GlossAnchorResult));
  self->placements = g_array_new (FALSE, TRUE, sizeof (GlossClaimPlacement));
  self->strings = g_ptr_array_new_with_free_func (g_free);

  if (!reanchor)
    carry_metadata (old_text, revised);

  n = gloss_project_get_n_claims (project);
  to_anchor = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    {
      GlossClaim *claim = gloss_project_get_claim (project, i);

      if (gloss_claim_get_text_role (claim) != GLOSS_TEXT_TRANSCRIPT)
        continue;
      g_ptr_array_add (self->claims, g_object_ref (claim));
      if (gloss_claim_get_orphaned (claim) == reanchor)
        g_ptr_array_add (to_anchor, claim);
    }

  if (!reanchor)
    {
      diff = gloss_diff_new (gloss_transcript_get_text (old_text), gloss_transcript_get_text_size (old_text),
                             gloss_transcript_get_text (revised), gloss_transcript_get_text_size (revised));
      anchored = gloss_anchor_claims_full (old_text, revised, diff, to_anchor, threshold);
    }
  else
    anchored = gloss_anchor_claims_full (NULL, revised, NULL, to_anchor, threshold);

  for (guint i = 0; i < self->claims->len; i++)
    {
      GlossClaim *claim = g_ptr_array_index (self->claims, i);
      GlossAnchorResult r;

      if (gloss_claim_get_orphaned (claim) == reanchor)
        r = g_array_index (anchored, GlossAnchorResult, k++);
      else if (reanchor)
        {
          /* placed already: it stays where it is */
          r.status = GLOSS_ANCHOR_EXACT;
          r.start = gloss_claim_get_start (claim);
          r.end = gloss_claim_get_end (claim);
          r.score = 1.0;
        }
      else
        {
          guint hint = gloss_diff_map (diff, MIN (gloss_claim_get_start (claim),
                                                  gloss_transcript_get_length (old_text)),
                                       GLOSS_DIFF_GRAVITY_START);

          r.status = GLOSS_ANCHOR_ORPHANED;
          r.start = r.end = hint;
          r.score = 0.0;
        }

      g_array_append_val (self->results, r);
      self->counts[r.status]++;
      make_placement (self, claim, &r);
    }

  if (reanchor)
    g_set_object (&self->alignment, gloss_project_get_alignment (project));
  else if (gloss_project_get_alignment (project) != NULL)
    self->alignment = realign (gloss_project_get_alignment (project), diff, old_text, revised);

  return self;
}

GlossRevision *
gloss_revision_new_full (GlossProject    *project,
                         GlossTranscript *revised,
                         double           threshold)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (revised), NULL);
  g_return_val_if_fail (revised != gloss_project_get_transcript (project), NULL);
  g_return_val_if_fail (gloss_transcript_get_length (revised) > 0, NULL);
  g_return_val_if_fail (threshold > 0.0 && threshold <= 1.0, NULL);

  return revision_new (project, revised, FALSE, threshold);
}

GlossRevision *
gloss_revision_new_reanchor (GlossProject *project)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (gloss_transcript_get_length (gloss_project_get_transcript (project)) > 0, NULL);

  return revision_new (project, gloss_project_get_transcript (project), TRUE,
                       GLOSS_ANCHOR_DEFAULT_THRESHOLD);
}

GlossRevision *
gloss_revision_new (GlossProject    *project,
                    GlossTranscript *revised)
{
  return gloss_revision_new_full (project, revised, GLOSS_ANCHOR_DEFAULT_THRESHOLD);
}

void
gloss_revision_free (GlossRevision *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->placements);
  g_ptr_array_unref (self->strings);
  g_array_unref (self->results);
  g_ptr_array_unref (self->claims);
  g_clear_object (&self->alignment);
  g_object_unref (self->transcript);
  g_object_unref (self->project);
  g_free (self);
}

GlossProject *
gloss_revision_get_project (GlossRevision *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->project;
}

GlossTranscript *
gloss_revision_get_transcript (GlossRevision *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->transcript;
}

GlossAlignment *
gloss_revision_get_alignment (GlossRevision *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->alignment;
}

guint
gloss_revision_get_n_claims (GlossRevision *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->claims->len;
}

GlossClaim *
gloss_revision_get_claim (GlossRevision *self,
                          guint          index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->claims->len, NULL);

  return g_ptr_array_index (self->claims, index);
}

const GlossAnchorResult *
gloss_revision_get_result (GlossRevision *self,
                           guint          index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->results->len, NULL);

  return &g_array_index (self->results, GlossAnchorResult, index);
}

guint
gloss_revision_count (GlossRevision     *self,
                      GlossAnchorStatus  status)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail ((guint) status <= GLOSS_ANCHOR_STATUS_LAST, 0);

  return self->counts[status];
}

const GlossClaimPlacement *
gloss_revision_get_placements (GlossRevision *self,
                               guint         *n_placements)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_placements != NULL, NULL);

  *n_placements = self->placements->len;

  return (const GlossClaimPlacement *) self->placements->data;
}
