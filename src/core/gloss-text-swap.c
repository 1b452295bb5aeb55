#include "config.h"

#include "gloss-text-swap.h"

typedef struct
{
  char *quote;
  char *prefix;
  char *suffix;
  char *previous_quote;
  guint start;
  guint end;
  gboolean orphaned;
} ClaimWords;

struct _GlossTextSwap
{
  GlossTranscript *texts[2];   /* old, new */
  GlossAlignment *alignments[2];
  GPtrArray *claims;           /* GlossClaim */
  ClaimWords *words[2];        /* one per claim, old and new */
};

static void
words_set (ClaimWords *w,
           guint       start,
           guint       end,
           const char *quote,
           const char *prefix,
           const char *suffix,
           const char *previous_quote,
           gboolean    orphaned)
{
  w->start = start;
  w->end = end;
  w->quote = g_strdup (quote);
  w->prefix = g_strdup (prefix);
  w->suffix = g_strdup (suffix);
  w->previous_quote = g_strdup (previous_quote);
  w->orphaned = orphaned;
}

GlossTextSwap *
_gloss_text_swap_new (GlossRevision *revision)
{
  GlossProject *project = gloss_revision_get_project (revision);
  const GlossClaimPlacement *placements;
  GlossTextSwap *self;
  guint n;

  placements = gloss_revision_get_placements (revision, &n);
  self = g_new0 (GlossTextSwap, 1);
  self->texts[0] = g_object_ref (gloss_project_get_transcript (project));
  self->texts[1] = g_object_ref (gloss_revision_get_transcript (revision));
  g_set_object (&self->alignments[0], gloss_project_get_alignment (project));
  g_set_object (&self->alignments[1], gloss_revision_get_alignment (revision));
  self->claims = g_ptr_array_new_full (n, g_object_unref);
  self->words[0] = g_new0 (ClaimWords, MAX (n, 1));
  self->words[1] = g_new0 (ClaimWords, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      const GlossClaimPlacement *p = &placements[i];
      GlossClaim *claim = p->claim;

      g_ptr_array_add (self->claims, g_object_ref (claim));
      words_set (&self->words[0][i], gloss_claim_get_start (claim), gloss_claim_get_end (claim),
                 gloss_claim_get_quote (claim), gloss_claim_get_prefix (claim),
                 gloss_claim_get_suffix (claim), gloss_claim_get_previous_quote (claim),
                 gloss_claim_get_orphaned (claim));
      words_set (&self->words[1][i], p->start, p->end, p->quote, p->prefix, p->suffix,
                 p->previous_quote, p->orphaned);
    }

  return self;
}

void
_gloss_text_swap_free (GlossTextSwap *self)
{
  if (self == NULL)
    return;

  for (guint side = 0; side < 2; side++)
    {
      for (guint i = 0; i < self->claims->len; i++)
        {
          ClaimWords *w = &self->words[side][i];

          g_free (w->quote);
          g_free (w->prefix);
          g_free (w->suffix);
          g_free (w->previous_quote);
        }
      g_free (self->words[side]);
      g_object_unref (self->texts[side]);
      g_clear_object (&self->alignments[side]);
    }
  g_ptr_array_unref (self->claims);
  g_free (self);
}

void
_gloss_text_swap_apply (GlossTextSwap *self,
                        GlossProject  *project,
                        gboolean       forward)
{
  guint side = forward ? 1 : 0;
  g_autofree GlossClaimPlacement *placements = g_new0 (GlossClaimPlacement, MAX (self->claims->len, 1));

  for (guint i = 0; i < self->claims->len; i++)
    {
      const ClaimWords *w = &self->words[side][i];

      placements[i] = (GlossClaimPlacement) {
        g_ptr_array_index (self->claims, i), w->start, w->end,
        w->quote, w->prefix, w->suffix, w->previous_quote, w->orphaned,
      };
    }

  gloss_project_replace_transcript (project, self->texts[side], self->alignments[side],
                                    placements, self->claims->len);
}
