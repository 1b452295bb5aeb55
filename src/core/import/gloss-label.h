#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The grammar of speaker labels and the text helpers the turn detector and
 * the normaliser share. Private to src/core/import/. */

/* a label's name part longer than this is prose, not a speaker */
#define _GLOSS_LABEL_MAX_CHARS 60
/* how far into a line a label's colon may be */
#define _GLOSS_LABEL_MAX_BYTES 400

typedef enum
{
  _GLOSS_LABEL_NONE,
  _GLOSS_LABEL_NAME,
  _GLOSS_LABEL_QUESTION,
  _GLOSS_LABEL_ANSWER,
} GlossLabelType;

typedef enum
{
  _GLOSS_LABEL_WEAK,    /* accepted only when the name is known or repeated */
  _GLOSS_LABEL_STRONG,
} GlossLabelStrength;

/* What the start of a line says about a speaker: "Name:" alone, "NAME,
 * TITLE: text", "MR. NAME: text", "Q: text", "Outlet (x):", "teacher-4:",
 * "Speaker 1 (00:01:23):", "[00:01:23] Name:", "00:01:23 Name". Offsets are
 * bytes from the start of the line. */
typedef struct
{
  GlossLabelType type;
  GlossLabelStrength strength;
  guint titled_ok : 1;      /* a "NAME, TITLE" name part that looks like a person */
  guint multiword : 1;      /* a name part of several capitalised words */
  guint code : 1;           /* a pseudonym or code: "teacher-4", "P3" */
  guint lowercase : 1;      /* one lower-case word: "respondent" */
  guint generic_asker : 1;  /* "UNIDENTIFIED MALE", "REPORTER", "Interviewer" */
  gsize name_off, name_len;
  gsize title_off, title_len;
  gsize paren_off, paren_len;
  gsize text_off;           /* where the text after the label starts */
  gint64 time;              /* a timestamp in the label, in ms; -1 if none */
} GlossLabel;

/* Recognises the shape of a label at the start of the (trimmed) line @s;
 * whether it is accepted depends on what the document shows. */
void      _gloss_label_parse        (const char *s,
                                     gsize       len,
                                     GlossLabel *label);

/* "00:01:23", "1:23", "01:02:03.450", optionally in [] or (): the length in
 * bytes, 0 if @s does not start with one */
gsize     _gloss_parse_timestamp    (const char *s,
                                     gsize       len,
                                     gint64     *time);

gboolean  _gloss_is_footer_mark     (const char *s,
                                     gsize       len);

/* ---- name shapes */

typedef struct
{
  guint n_words;
  guint n_cap;
  guint n_connector;
  guint n_lower;
  guint n_chars;
  guint n_upper_letters;
  guint n_lower_letters;
  guint n_letters;
  gboolean first_cap;
  gboolean last_cap;
  gboolean has_cjk;
  gboolean has_digit;
  gboolean has_function_char;
  gboolean honorific;
  gboolean bad;
} GlossNameShape;

void      _gloss_analyse_name       (const char     *s,
                                     gsize           len,
                                     GlossNameShape *shape);
/* a person or an outlet: capitalised words, connectors between them */
gboolean  _gloss_shape_is_name      (const GlossNameShape *shape);
gboolean  _gloss_shape_is_all_caps  (const GlossNameShape *shape);
gboolean  _gloss_is_connector       (const char *word,
                                     gsize       len);
gboolean  _gloss_is_honorific       (const char *word,
                                     gsize       len);

/* ---- text */

gboolean  _gloss_is_cjk             (gunichar    c);
gboolean  _gloss_is_space           (gunichar    c);
gboolean  _gloss_has_question_mark  (const char *s,
                                     gsize       len);
/* narrows [*off, *off + *len) of @s to exclude white space at both ends */
void      _gloss_trim_range         (const char *s,
                                     gsize      *off,
                                     gsize      *len);
/* number of code points of valid UTF-8 */
guint     _gloss_count_chars        (const char *s,
                                     gsize       len);

G_END_DECLS
