#pragma once

#include "gloss-label.h"
#include "gloss-turn-detect.h"

G_BEGIN_DECLS

/* Shared by the turn detector's two halves: reading the layout
 * (gloss-turn-detect.c) and telling who asks and who answers
 * (gloss-turn-roles.c). */

/* One non-blank line of the text, trimmed; label offsets are relative to @s,
 * so parsing a line allocates nothing. */
typedef struct
{
  const char *s;
  gsize len;
  guint cstart;
  guint cend;
  guint gap;            /* blank lines before this one */
  guint has_question : 1;
  guint footer_mark : 1;
  guint is_label : 1;   /* accepted as a speaker label */
  guint hinted : 1;     /* the source format marked the label */
  GlossLabel label;
  gint64 time;          /* from the source's hints, or -1 */
  int speaker;          /* index into the speaker table, -1 for Q/A */
} Line;

typedef enum
{
  ROLE_OFFICIAL,
  ROLE_ASKER,
} SpeakerRole;

typedef struct
{
  char *name;
  char *title;          /* from a "NAME, TITLE" label */
  gboolean participant;
  gboolean generic;     /* "UNIDENTIFIED MALE", "REPORTER", "Interviewer" */
  gboolean interviewer; /* a named speaker who asks the questions */
  guint n_turns;
  guint n_asking;       /* turns containing a question mark */
  SpeakerRole role;
} Speaker;

typedef struct
{
  guint first;          /* line index of the first line (the label line) */
  guint last;           /* last line index, inclusive */
  GlossLabelType type;
  int speaker;          /* -1 for Q/A and for unlabelled questions */
  char *outlet;
  gint64 time;
  gboolean asks;
} RawTurn;

typedef struct
{
  GlossTranscript *transcript;
  GArray *lines;
  GPtrArray *speakers;        /* Speaker* */
  GHashTable *lookup;         /* casefolded full name -> speaker index + 1 */
  GHashTable *short_forms;    /* casefolded word -> speaker index + 1, or -1 */
  GHashTable *label_counts;   /* casefolded name part -> count */
  gboolean question_style;    /* Q:/QUESTION: labels present */
  guint n_inline;             /* inline labels accepted so far */
} Detector;

static inline Line *
line_at (Detector *self,
         guint     index)
{
  return &g_array_index (self->lines, Line, index);
}

static inline Speaker *
speaker_at (Detector *self,
            int       index)
{
  return index >= 0 ? g_ptr_array_index (self->speakers, index) : NULL;
}

/* "Reuters reporter" -> "Reuters"; generic words alone -> NULL */
char *_gloss_outlet_from_label      (const char *name);
void  _gloss_raw_turn_clear         (RawTurn    *turn);
/* officials and askers, from the turns each speaker has and asks in */
void  _gloss_classify_speakers      (Detector   *self,
                                     GArray     *raw,
                                     gboolean    have_list);
/* the turns, with their kinds and the questions answers answer */
void  _gloss_emit_turns             (Detector   *self,
                                     GArray     *raw);
guint _gloss_add_turn               (Detector      *self,
                                     GlossTurnKind  kind,
                                     guint          first,
                                     guint          last,
                                     const char    *speaker,
                                     const char    *outlet,
                                     int            answers,
                                     gint64         time);

G_END_DECLS
