#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define GLOSS_TYPE_TOPIC (gloss_topic_get_type ())
G_DECLARE_FINAL_TYPE (GlossTopic, gloss_topic, GLOSS, TOPIC, GObject)

/* Properties: "id" (construct-only), "name", "color" ("#rrggbb"), "key"
 * (shortcut, "1".."9" or ""), "keywords" (GStrv). Change them through
 * GlossHistory (undoable) or GlossProject (not undoable), never directly
 * from the UI. A NULL @color gives the default orange, far from the selection blue; an invalid one is a
 * programmer error (check it with gloss_color_is_valid). */
GlossTopic         *gloss_topic_new          (const char         *id,
                                              const char         *name,
                                              const char         *color);

const char         *gloss_topic_get_id       (GlossTopic         *self);
const char         *gloss_topic_get_name     (GlossTopic         *self);
void                gloss_topic_set_name     (GlossTopic         *self,
                                              const char         *name);
const char         *gloss_topic_get_color    (GlossTopic         *self);
void                gloss_topic_set_color    (GlossTopic         *self,
                                              const char         *color);
const char         *gloss_topic_get_key      (GlossTopic         *self);
void                gloss_topic_set_key      (GlossTopic         *self,
                                              const char         *key);
const char * const *gloss_topic_get_keywords (GlossTopic         *self);
void                gloss_topic_set_keywords (GlossTopic         *self,
                                              const char * const *keywords);

/* an optional regular expression (GRegex syntax, as written; "" for none)
 * that "Suggest Claims" matches besides the keywords */
const char         *gloss_topic_get_regex    (GlossTopic         *self);
void                gloss_topic_set_regex    (GlossTopic         *self,
                                              const char         *regex);
/* TRUE for "" and for a pattern GRegex compiles; else FALSE with @error
 * saying what is wrong and where (G_REGEX_ERROR) */
gboolean            gloss_topic_regex_is_valid (const char       *regex,
                                              GError            **error);

/* TRUE for "#rrggbb" (hex digits, either case) */
gboolean            gloss_color_is_valid     (const char         *color);
/* a lower-case ASCII slug of @name ("Green manufacturing" -> "green-manufacturing") */
char               *gloss_topic_make_id      (const char         *name);

G_END_DECLS
