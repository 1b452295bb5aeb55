#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  GLOSS_TURN_HEADER,
  GLOSS_TURN_REMARKS,
  GLOSS_TURN_QUESTION,
  GLOSS_TURN_ANSWER,
  GLOSS_TURN_FOOTER,
} GlossTurnKind;

#define GLOSS_TURN_KIND_LAST GLOSS_TURN_FOOTER

/* The texts of a project: the transcript is the text the user reads and
 * tags (for a translated briefing, the translation); the original is the
 * original-language text it was translated from. */
typedef enum
{
  GLOSS_TEXT_TRANSCRIPT,
  GLOSS_TEXT_ORIGINAL,
} GlossTextRole;

#define GLOSS_TEXT_ROLE_LAST GLOSS_TEXT_ORIGINAL

/* Offsets are Unicode code points into the transcript text, half-open. */
typedef struct
{
  guint start;
  guint end;
  GlossTurnKind kind;
  char *speaker;  /* NULL for header and footer */
  char *outlet;   /* question: outlet or asker (may be NULL); NULL otherwise */
  int answers;    /* answer: index of the question turn it answers; -1 otherwise */
  gint64 time;    /* media time in ms from the source's timestamps, or -1 */
  gint64 end_time; /* where the turn ends in the media, in ms, or -1 (subtitles) */
} GlossTurn;

typedef struct
{
  char *name;
  char *role;     /* may be NULL */
} GlossParticipant;

/* The transcript's metadata that a user edits (gloss_transcript_get_field) */
typedef enum
{
  GLOSS_TRANSCRIPT_FIELD_TITLE,
  GLOSS_TRANSCRIPT_FIELD_DATE,
  GLOSS_TRANSCRIPT_FIELD_PLACE,
  GLOSS_TRANSCRIPT_FIELD_LANGUAGE,
} GlossTranscriptField;

#define GLOSS_TRANSCRIPT_FIELD_LAST GLOSS_TRANSCRIPT_FIELD_LANGUAGE

const char *gloss_turn_kind_to_string   (GlossTurnKind  kind);
gboolean    gloss_turn_kind_from_string (const char    *str,
                                         GlossTurnKind *kind);

/* a media time for people: "0:13", "12:30", "1:02:03" (hours only when
 * there are any); @ms >= 0 */
char       *gloss_media_time_to_string  (gint64         ms);
/* "0:13–0:15" for a turn with both times, "0:13" with a start only, NULL
 * without a time */
char       *gloss_turn_dup_time_range   (const GlossTurn *turn);

/* "transcript", "original" */
const char *gloss_text_role_to_string   (GlossTextRole  role);
gboolean    gloss_text_role_from_string (const char    *str,
                                         GlossTextRole *role);

#define GLOSS_TYPE_TRANSCRIPT (gloss_transcript_get_type ())
G_DECLARE_FINAL_TYPE (GlossTranscript, gloss_transcript, GLOSS, TRANSCRIPT, GObject)

/* Properties "title", "date", "place", "language", "source" (notified when
 * they change) and "length". Signal "participants-changed" () after a
 * participant is inserted, removed or replaced. */

/* @text must be valid UTF-8 without NUL bytes. */
GlossTranscript  *gloss_transcript_new                (const char      *text,
                                                       gssize           length);

const char       *gloss_transcript_get_text           (GlossTranscript *self);
gsize             gloss_transcript_get_text_size      (GlossTranscript *self);
/* number of code points */
guint             gloss_transcript_get_length         (GlossTranscript *self);
/* O(1)-ish: uses an index of byte positions, not a scan from the start */
const char       *gloss_transcript_offset_to_pointer  (GlossTranscript *self,
                                                       guint            offset);
char             *gloss_transcript_dup_slice          (GlossTranscript *self,
                                                       guint            start,
                                                       guint            end);
/* code-point offset of the character starting at byte @byte, which must be
 * a character boundary (or the text size);
 * uses the same index, so it is cheap too */
guint             gloss_transcript_byte_to_offset     (GlossTranscript *self,
                                                       gsize            byte);

const char       *gloss_transcript_get_title          (GlossTranscript *self);
void              gloss_transcript_set_title          (GlossTranscript *self,
                                                       const char      *title);
/* ISO 8601 date (YYYY-MM-DD) or NULL */
const char       *gloss_transcript_get_date           (GlossTranscript *self);
void              gloss_transcript_set_date           (GlossTranscript *self,
                                                       const char      *date);
const char       *gloss_transcript_get_place          (GlossTranscript *self);
void              gloss_transcript_set_place          (GlossTranscript *self,
                                                       const char      *place);
/* BCP 47 tag such as "en" or "zh" */
const char       *gloss_transcript_get_language       (GlossTranscript *self);
void              gloss_transcript_set_language       (GlossTranscript *self,
                                                       const char      *language);
/* where the text came from, usually the imported file's basename */
const char       *gloss_transcript_get_source         (GlossTranscript *self);
void              gloss_transcript_set_source         (GlossTranscript *self,
                                                       const char      *source);

/* the title, date, place or language, or NULL */
const char       *gloss_transcript_get_field          (GlossTranscript *self,
                                                       GlossTranscriptField field);
void              gloss_transcript_set_field          (GlossTranscript *self,
                                                       GlossTranscriptField field,
                                                       const char      *value);

/* TRUE for a valid calendar date written YYYY-MM-DD */
gboolean          gloss_date_is_valid                 (const char      *date);
/* TRUE for a well-formed BCP 47 language tag's shape: "en", "zh-Hans",
 * "pt-BR", "x-klingon" (subtags of 1 to 8 letters or digits, the first of
 * letters only) */
gboolean          gloss_language_tag_is_valid         (const char      *tag);

/* A name already present is not added twice; its role is filled in if it
 * had none. */
void              gloss_transcript_add_participant    (GlossTranscript *self,
                                                       const char      *name,
                                                       const char      *role);
guint             gloss_transcript_get_n_participants (GlossTranscript *self);
const GlossParticipant *
                  gloss_transcript_get_participant    (GlossTranscript *self,
                                                       guint            index);
/* NULL when @name is not a participant */
const char       *gloss_transcript_get_role           (GlossTranscript *self,
                                                       const char      *name);
/* the index of the participant called @name, or -1 */
int               gloss_transcript_find_participant   (GlossTranscript *self,
                                                       const char      *name);
/* Raw participant edits (GlossHistory makes them undoable); each emits
 * "participants-changed". @name must be non-empty and not another
 * participant's. The index of insert is clamped to the end. */
void              gloss_transcript_insert_participant (GlossTranscript *self,
                                                       guint            index,
                                                       const char      *name,
                                                       const char      *role);
void              gloss_transcript_remove_participant (GlossTranscript *self,
                                                       guint            index);
void              gloss_transcript_replace_participant (GlossTranscript *self,
                                                        guint            index,
                                                        const char      *name,
                                                        const char      *role);

/* Turns are appended in text order and do not overlap (start >= the previous
 * turn's end, end <= length): anything else is a programmer error and
 * returns G_MAXUINT. Returns the new index. */
guint             gloss_transcript_add_turn           (GlossTranscript *self,
                                                       GlossTurnKind    kind,
                                                       guint            start,
                                                       guint            end,
                                                       const char      *speaker,
                                                       const char      *outlet,
                                                       int              answers);
/* where the turn starts in the recording, from the source's timestamps */
void              gloss_transcript_set_turn_time      (GlossTranscript *self,
                                                       guint            index,
                                                       gint64           time);
/* where the turn ends in the recording (>= its start time), or -1 */
void              gloss_transcript_set_turn_end_time  (GlossTranscript *self,
                                                       guint            index,
                                                       gint64           end_time);
guint             gloss_transcript_get_n_turns        (GlossTranscript *self);
const GlossTurn  *gloss_transcript_get_turn           (GlossTranscript *self,
                                                       guint            index);
/* index of the turn containing @offset, or -1 (binary search) */
int               gloss_transcript_find_turn          (GlossTranscript *self,
                                                       guint            offset);

G_END_DECLS
