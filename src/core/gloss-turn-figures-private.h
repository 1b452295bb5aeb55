#pragma once

#include "gloss-figures.h"
#include "gloss-transcript.h"

G_BEGIN_DECLS

/* The figures of every turn of a text, extracted once and kept with the
 * text (the aligner and the review both read them; a text does not change
 * once made). @language is the text's language, read on the thread that
 * owns the text (a worker gets a copy taken before it started). Safe to
 * call from worker threads. Transfer full: release with
 * _gloss_turn_figures_unref. */
typedef struct
{
  gatomicrefcount ref;
  char *language;       /* the text's language when extracted */
  guint n_turns;
  GPtrArray **turns;    /* GlossFigure, per turn, in text order */
} GlossTurnFigures;

GlossTurnFigures *_gloss_turn_figures_get   (GlossTranscript  *text,
                                             const char       *language);
void              _gloss_turn_figures_unref (GlossTurnFigures *figures);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlossTurnFigures, _gloss_turn_figures_unref)

G_END_DECLS
