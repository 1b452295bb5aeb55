#pragma once

#include "gloss-project.h"

G_BEGIN_DECLS

/* Who speaks at a place in a text, and, for an answer, who asked: the one
 * rule the sidebar, the rows, the exporters and the CLI share. A turn's
 * speaker is its speaker's name; a question with no named speaker is
 * spoken by its outlet. The asker of a question is its outlet, else its
 * speaker, else (an unlabelled question) the one translated
 * “Unidentified questioner”. Empty strings count as absent. */
typedef struct
{
  int turn;               /* index of the turn at the offset, -1 outside every turn */
  GlossTurnKind kind;
  const char *speaker;    /* NULL when nobody is named */
  const char *role;       /* the speaker's role from the participants, or NULL */
  int question;           /* an answer's question turn, or -1 */
  const char *asked_by;   /* that question's asker, or NULL */
} GlossSpeaker;

const char *gloss_speaker_of_turn  (const GlossTurn *turn);
/* the name every question that names nobody goes by, translated */
const char *gloss_speaker_unidentified (void);
const char *gloss_speaker_asker    (const GlossTurn *question);

/* FALSE (and @speaker->turn == -1) when @offset is in no turn */
gboolean    gloss_speaker_at       (GlossTranscript *text,
                                    guint            offset,
                                    GlossSpeaker    *speaker);
/* at the start of @claim, in the project's text the claim is on */
gboolean    gloss_speaker_of_claim (GlossProject    *project,
                                    GlossClaim      *claim,
                                    GlossSpeaker    *speaker);
/* every speaker of @text once, in order of first appearance; the strings
 * belong to the text; transfer container */
GPtrArray  *gloss_speaker_list     (GlossTranscript *text);
/* the same names as the speaker filter groups them: first those who speak
 * remarks or answers (a briefing's officials, an interview's interviewee),
 * then those who only ask (outlets and named askers, with the unidentified
 * questioner last), each group in order of first appearance;
 * @n_answering is the size of the first group; transfer container */
GPtrArray  *gloss_speaker_list_grouped (GlossTranscript *text,
                                        guint           *n_answering);

G_END_DECLS
