#pragma once

#include "gloss-transcript.h"

G_BEGIN_DECLS

/* What gloss-transcript.c and -turns.c share. */

struct _GlossTranscript
{
  GObject parent_instance;

  char *text;
  gsize size;
  guint length;
  /* index[i] is the byte position of code point i * INDEX_STEP
   * (gloss-transcript.c) */
  gsize *index;
  guint n_index;

  char *title;
  char *date;
  char *place;
  char *language;
  char *source;

  GPtrArray *participants;
  /* Participants removed or replaced, kept until finalize: a project
   * snapshot (gloss_project_snapshot_new) borrows their strings under a
   * reference to the transcript while a save runs in another thread. */
  GPtrArray *retired_participants;
  GArray *turns;
};

void _gloss_transcript_emit_participants_changed (GlossTranscript *self);

G_END_DECLS
