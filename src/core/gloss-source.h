#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What a claim was checked against: a link or a citation. A source is an
 * immutable value (reference counted), so a claim's list of sources can be
 * shared with a snapshot and replaced whole by an edit. */
typedef struct _GlossSource GlossSource;

/* a loader refuses more than this many sources on one claim */
#define GLOSS_CLAIM_MAX_SOURCES 1000

#define GLOSS_TYPE_SOURCE (gloss_source_get_type ())
GType        gloss_source_get_type       (void) G_GNUC_CONST;

/* @url: a URL or a free-form citation, not empty; @title and @accessed
 * (a date, YYYY-MM-DD, as gloss_date_is_valid takes it) may be NULL or "" */
GlossSource *gloss_source_new            (const char        *url,
                                          const char        *title,
                                          const char        *accessed);
GlossSource *gloss_source_ref            (GlossSource       *self);
void         gloss_source_unref          (GlossSource       *self);

const char  *gloss_source_get_url        (const GlossSource *self);
/* "" when none */
const char  *gloss_source_get_title      (const GlossSource *self);
const char  *gloss_source_get_accessed   (const GlossSource *self);
gboolean     gloss_source_equal          (const GlossSource *a,
                                          const GlossSource *b);
/* The title, or the URL when there is no title. */
const char  *gloss_source_get_label      (const GlossSource *self);
/* TRUE for an http: or https: URL with a host: only those are opened in a
 * browser; anything else (file:, javascript:, a citation) is shown as text. */
gboolean     gloss_source_is_web_link    (const GlossSource *self);

/* Two lists of GlossSource (NULL counts as empty) hold equal sources in
 * the same order. */
gboolean     gloss_sources_equal         (GPtrArray         *a,
                                          GPtrArray         *b);
/* a new list holding references to @sources' items (NULL: an empty list) */
GPtrArray   *gloss_sources_copy          (GPtrArray         *sources);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlossSource, gloss_source_unref)

G_END_DECLS
