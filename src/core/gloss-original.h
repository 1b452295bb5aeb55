#pragma once

#include <gio/gio.h>

#include "gloss-alignment.h"
#include "gloss-transcript.h"

G_BEGIN_DECLS

/* Adding an original text to a project, the one way the CLI
 * (gloss-cli original) and the window (Add Original Text…, a drop on the
 * original pane) do it:
 *
 * the file is imported through the import registry (the same formats and
 * turn detection as the translation: full-width colons, inline 名字：text,
 * unlabelled questions), its language is @language when given, else the
 * importer's guess (CJK script → "zh"), and it is aligned with
 * @transcript. Hand the results to gloss_history_set_original (history,
 * original, alignment): one undoable step.
 *
 * Errors are the importer's (GLOSS_IMPORT_ERROR, naming the file), a
 * G_IO_ERROR_INVALID_ARGUMENT for a @language that is not a language tag,
 * or G_IO_ERROR_CANCELLED. */
gboolean    gloss_original_load          (GFile               *file,
                                          GlossTranscript     *transcript,
                                          const char          *language,
                                          GCancellable        *cancellable,
                                          GlossTranscript    **original,
                                          GlossAlignment     **alignment,
                                          GError             **error);
/* the same from bytes already read; @source_name names them in messages
 * (a file name; may be NULL) */
gboolean    gloss_original_load_data     (const char          *data,
                                          gsize                length,
                                          const char          *source_name,
                                          GlossTranscript     *transcript,
                                          const char          *language,
                                          GCancellable        *cancellable,
                                          GlossTranscript    **original,
                                          GlossAlignment     **alignment,
                                          GError             **error);
/* import and alignment in a worker thread */
void        gloss_original_load_async    (GFile               *file,
                                          GlossTranscript     *transcript,
                                          const char          *language,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean    gloss_original_load_finish   (GAsyncResult        *result,
                                          GlossTranscript    **original,
                                          GlossAlignment     **alignment,
                                          GError             **error);

G_END_DECLS
