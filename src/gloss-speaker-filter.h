#pragma once

#include <adwaita.h>

#include "gloss-transcript.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_SPEAKER_FILTER (gloss_speaker_filter_get_type ())
G_DECLARE_FINAL_TYPE (GlossSpeakerFilter, gloss_speaker_filter, GLOSS, SPEAKER_FILTER, AdwBin)

/* The sidebar's speaker choice: a button that shows the chosen speaker and
 * opens a menu of “All speakers”, then the speakers of the transcript in
 * gloss_speaker_list_grouped ()'s groups, each under its heading.
 * Property "speaker": the chosen name, "" for all. */
GtkWidget  *gloss_speaker_filter_new            (void);
/* lists @text's speakers (NULL: none) and chooses all of them */
void        gloss_speaker_filter_set_transcript (GlossSpeakerFilter *self,
                                                 GlossTranscript    *text);
/* NULL, or a name that is not listed, for all speakers */
void        gloss_speaker_filter_set_speaker    (GlossSpeakerFilter *self,
                                                 const char         *speaker);
/* NULL for all speakers */
const char *gloss_speaker_filter_get_speaker    (GlossSpeakerFilter *self);
GMenuModel *gloss_speaker_filter_get_menu       (GlossSpeakerFilter *self);

G_END_DECLS
