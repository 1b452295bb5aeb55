/* The one way an original text comes into a project (gloss-cli original,
 * the window's Add Original Text… and drops): import, language, align. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "gloss-aligner.h"
#include "gloss-aligner-private.h"
#include "gloss-import-format.h"
#include "gloss-original.h"

/* @transcript: a snapshot taken on the transcript's thread */
static gboolean
finish_original (GlossTranscript        *imported,
                 const GlossAlignerText *transcript,
                 const char             *language,
                 GCancellable           *cancellable,
                 GlossTranscript       **original,
                 GlossAlignment        **alignment,
                 GError                **error)
{
  g_autoptr(GlossTranscript) text = imported;
  g_autoptr(GlossAlignment) aligned = NULL;
  GlossAlignerText snapshot;

  /* the importer has already guessed from the script (CJK → zh) */
  if (language != NULL && language[0] != '\0')
    gloss_transcript_set_language (text, language);

  /* the new text is this thread's own */
  _gloss_aligner_text_init (&snapshot, text);
  aligned = _gloss_aligner_run (transcript, &snapshot, NULL, cancellable, error);
  _gloss_aligner_text_clear (&snapshot);
  if (aligned == NULL)
    return FALSE;

  if (original != NULL)
    *original = g_steal_pointer (&text);
  if (alignment != NULL)
    *alignment = g_steal_pointer (&aligned);
  return TRUE;
}

static gboolean
check_language (const char  *language,
                const char  *name,
                GError     **error)
{
  if (language == NULL || language[0] == '\0' || gloss_language_tag_is_valid (language))
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               /* TRANSLATORS: %1$s is a file name, %2$s what the user gave as its language */
               _("%1$s: “%2$s” is not a language tag (use one such as “zh”, “en” or “zh-Hans”)"),
               name, language);
  return FALSE;
}

static gboolean
load_file (GFile                  *file,
           const GlossAlignerText *transcript,
           const char             *language,
           GCancellable           *cancellable,
           GlossTranscript       **original,
           GlossAlignment        **alignment,
           GError                **error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  GlossTranscript *imported;

  if (!check_language (language, name, error))
    return FALSE;

  imported = gloss_import_file (file, NULL, NULL, error);
  if (imported == NULL)
    return FALSE;

  return finish_original (imported, transcript, language, cancellable, original, alignment, error);
}

gboolean
gloss_original_load (GFile            *file,
                     GlossTranscript  *transcript,
                     const char       *language,
                     GCancellable     *cancellable,
                     GlossTranscript **original,
                     GlossAlignment  **alignment,
                     GError          **error)
{
  GlossAlignerText snapshot;
  gboolean ok;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (transcript), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _gloss_aligner_text_init (&snapshot, transcript);
  ok = load_file (file, &snapshot, language, cancellable, original, alignment, error);
  _gloss_aligner_text_clear (&snapshot);
  return ok;
}

gboolean
gloss_original_load_data (const char       *data,
                          gsize             length,
                          const char       *source_name,
                          GlossTranscript  *transcript,
                          const char       *language,
                          GCancellable     *cancellable,
                          GlossTranscript **original,
                          GlossAlignment  **alignment,
                          GError          **error)
{
  GlossTranscript *imported;
  GlossAlignerText snapshot;
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (transcript), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_language (language, source_name != NULL ? source_name : "", error))
    return FALSE;

  imported = gloss_import_data (data, length, source_name, NULL, NULL, error);
  if (imported == NULL)
    return FALSE;

  _gloss_aligner_text_init (&snapshot, transcript);
  ok = finish_original (imported, &snapshot, language, cancellable, original, alignment, error);
  _gloss_aligner_text_clear (&snapshot);
  return ok;
}

typedef struct
{
  GFile *file;
  GlossAlignerText transcript;
  char *language;
  GlossTranscript *original;
  GlossAlignment *alignment;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *ld = data;

  g_object_unref (ld->file);
  _gloss_aligner_text_clear (&ld->transcript);
  g_free (ld->language);
  g_clear_object (&ld->original);
  g_clear_object (&ld->alignment);
  g_free (ld);
}

static void
load_thread_cb (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  LoadData *ld = task_data;
  GError *error = NULL;

  if (load_file (ld->file, &ld->transcript, ld->language, cancellable,
                 &ld->original, &ld->alignment, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
gloss_original_load_async (GFile               *file,
                           GlossTranscript     *transcript,
                           const char          *language,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *ld;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (GLOSS_IS_TRANSCRIPT (transcript));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, gloss_original_load_async);
  ld = g_new0 (LoadData, 1);
  ld->file = g_object_ref (file);
  /* what may change meanwhile is copied now, on this thread */
  _gloss_aligner_text_init (&ld->transcript, transcript);
  ld->language = g_strdup (language);
  g_task_set_task_data (task, ld, load_data_free);
  g_task_run_in_thread (task, load_thread_cb);
}

gboolean
gloss_original_load_finish (GAsyncResult     *result,
                            GlossTranscript **original,
                            GlossAlignment  **alignment,
                            GError          **error)
{
  LoadData *ld;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == gloss_original_load_async, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  ld = g_task_get_task_data (G_TASK (result));
  if (original != NULL)
    *original = g_steal_pointer (&ld->original);
  if (alignment != NULL)
    *alignment = g_steal_pointer (&ld->alignment);
  return TRUE;
}
