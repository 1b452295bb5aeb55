#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gloss-document-private.h"
#include "gloss-drafts.h"
#include "gloss-fileutil.h"
#include "gloss-import-format.h"
#include "gloss-project-file.h"

/* how much of a file is read to tell a project from a transcript */
#define SNIFF_SIZE 512

struct _GlossDocument
{
  GObject parent_instance;

  GlossProject *project;
  GlossHistory *history;
  GFile *file;
  char *etag;

  guint64 saved_state;
  gboolean unsaved;
  gboolean modified;

  GlossDraftStore *drafts;
  guint draft_delay_ms;
  guint draft_id;
  GCancellable *draft_cancellable;
};

G_DEFINE_FINAL_TYPE (GlossDocument, gloss_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_HISTORY,
  PROP_FILE,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
query_etag (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  if (file == NULL)
    return NULL;
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return NULL;

  return g_strdup (g_file_info_get_etag (info));
}

static void
update_modified (GlossDocument *self)
{
  gboolean modified = self->unsaved || gloss_history_get_state (self->history) != self->saved_state;

  if (modified == self->modified)
    return;

  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
history_state_cb (GlossHistory  *history,
                  GParamSpec    *pspec,
                  GlossDocument *self)
{
  update_modified (self);
}

static void
cancel_draft_write (GlossDocument *self)
{
  g_clear_handle_id (&self->draft_id, g_source_remove);
  if (self->draft_cancellable != NULL)
    g_cancellable_cancel (self->draft_cancellable);
  g_clear_object (&self->draft_cancellable);
}

static void
remove_draft (GlossDocument *self)
{
  g_autoptr(GError) error = NULL;

  cancel_draft_write (self);
  if (self->drafts != NULL && !gloss_draft_store_remove (self->drafts, self, &error))
    g_warning ("%s", error->message);
}

static void
draft_written_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!gloss_draft_store_save_finish (GLOSS_DRAFT_STORE (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("%s", error->message);
}

static gboolean
draft_timeout_cb (gpointer data)
{
  GlossDocument *self = data;

  self->draft_id = 0;
  if (self->drafts == NULL)
    return G_SOURCE_REMOVE;

  if (!self->modified)
    {
      /* undone back to the saved state: nothing to keep */
      remove_draft (self);
      return G_SOURCE_REMOVE;
    }

  cancel_draft_write (self);
  self->draft_cancellable = g_cancellable_new ();
  gloss_draft_store_save_async (self->drafts, self, self->draft_cancellable, draft_written_cb, NULL);

  return G_SOURCE_REMOVE;
}

static void
project_changed_cb (GlossProject  *project,
                    GlossDocument *self)
{
  if (self->drafts == NULL)
    return;

  /* not g_timeout_add_seconds(): it rounds the deadline to whole seconds,
   * up to a quarter second early; the delay counts from the last edit */
  g_clear_handle_id (&self->draft_id, g_source_remove);
  self->draft_id = g_timeout_add (MAX (self->draft_delay_ms, 1), draft_timeout_cb, self);
}

static void
set_project (GlossDocument *self,
             GlossProject  *project)
{
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);
  g_set_object (&self->project, project);

  self->history = gloss_history_new (project);
  self->saved_state = gloss_history_get_state (self->history);
  g_signal_connect (self->history, "notify::state", G_CALLBACK (history_state_cb), self);
  g_signal_connect (self->project, "changed", G_CALLBACK (project_changed_cb), self);
}

static void
gloss_document_dispose (GObject *object)
{
  GlossDocument *self = GLOSS_DOCUMENT (object);

  /* a document closed unmodified leaves no draft behind; a modified one
   * keeps its draft, the only copy of that work */
  if (self->drafts != NULL && !self->modified)
    remove_draft (self);
  cancel_draft_write (self);
  g_clear_object (&self->drafts);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (gloss_document_parent_class)->dispose (object);
}

static void
gloss_document_finalize (GObject *object)
{
  GlossDocument *self = GLOSS_DOCUMENT (object);

  g_clear_object (&self->file);
  g_free (self->etag);

  G_OBJECT_CLASS (gloss_document_parent_class)->finalize (object);
}

static void
gloss_document_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  GlossDocument *self = GLOSS_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_document_class_init (GlossDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = gloss_document_dispose;
  object_class->finalize = gloss_document_finalize;
  object_class->get_property = gloss_document_get_property;

  properties[PROP_PROJECT] = g_param_spec_object ("project", NULL, NULL, GLOSS_TYPE_PROJECT, flags);
  properties[PROP_HISTORY] = g_param_spec_object ("history", NULL, NULL, GLOSS_TYPE_HISTORY, flags);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);
}

static void
gloss_document_init (GlossDocument *self)
{
  self->draft_delay_ms = 3000;
}

GlossDocument *
gloss_document_new (GlossProject *project,
                    GFile        *file)
{
  GlossDocument *self;

  g_return_val_if_fail (GLOSS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  self = g_object_new (GLOSS_TYPE_DOCUMENT, NULL);
  set_project (self, project);
  self->file = file != NULL ? g_object_ref (file) : NULL;
  self->etag = query_etag (file);

  return self;
}

static gboolean
has_project_extension (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  const char *dot = name != NULL ? strrchr (name, '.') : NULL;

  return dot != NULL && g_ascii_strcasecmp (dot, ".gloss") == 0;
}

/* a JSON object whose opening names the Gloss project format */
static gboolean
looks_like_project (const char *data,
                    gsize       length)
{
  g_autofree char *head = g_strndup (data, MIN (length, SNIFF_SIZE));
  const char *p = head;

  if (g_str_has_prefix (p, "\xef\xbb\xbf"))
    p += 3;
  while (g_ascii_isspace (*p))
    p++;

  return *p == '{' && strstr (p, "\"" GLOSS_PROJECT_FORMAT_NAME "\"") != NULL;
}

gboolean
gloss_document_is_project_file (GFile *file)
{
  g_autoptr(GFileInputStream) stream = NULL;
  char buffer[SNIFF_SIZE];
  gsize n = 0;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (has_project_extension (file))
    return TRUE;

  stream = g_file_read (file, NULL, NULL);
  if (stream == NULL ||
      !g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, sizeof buffer, &n, NULL, NULL))
    return FALSE;

  return looks_like_project (buffer, n);
}

/* the project in @file, or a new one for the transcript it holds */
static GlossProject *
read_project (GFile                    *file,
              const char               *encoding,
              gboolean                 *is_project,
              GCancellable             *cancellable,
              GError                  **error)
{
  *is_project = gloss_document_is_project_file (file);
  if (*is_project)
    return gloss_project_file_load (file, error);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  {
    GlossImportOptions options = { .encoding = encoding };

    /* a REFI-QDA project brings its topics and claims along */
    return gloss_import_project_file (file, NULL, &options, error);
  }
}

GlossDocument *
gloss_document_open (GFile                    *file,
                     const GlossImportOptions *options,
                     GCancellable             *cancellable,
                     GError                  **error)
{
  g_autoptr(GlossProject) project = NULL;
  gboolean is_project;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  project = read_project (file, options != NULL ? options->encoding : NULL, &is_project,
                          cancellable, error);
  if (project == NULL)
    return NULL;

  /* an imported transcript is a new project, saved nowhere yet */
  return gloss_document_new (project, is_project ? file : NULL);
}

typedef struct
{
  GFile *file;
  char *encoding;
} OpenJob;

static void
open_job_free (OpenJob *job)
{
  g_clear_object (&job->file);
  g_free (job->encoding);
  g_free (job);
}

typedef struct
{
  GlossProject *project;
  gboolean is_project;
} OpenResult;

static void
open_result_free (OpenResult *result)
{
  g_clear_object (&result->project);
  g_free (result);
}

static void
open_thread_cb (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  OpenJob *job = task_data;
  OpenResult *result = g_new0 (OpenResult, 1);
  GError *error = NULL;

  result->project = read_project (job->file, job->encoding, &result->is_project, cancellable, &error);
  if (result->project == NULL)
    {
      open_result_free (result);
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, result, (GDestroyNotify) open_result_free);
}

void
gloss_document_open_async (GFile                    *file,
                           const GlossImportOptions *options,
                           GCancellable             *cancellable,
                           GAsyncReadyCallback       callback,
                           gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;
  OpenJob *job;

  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (OpenJob, 1);
  job->file = g_object_ref (file);
  job->encoding = g_strdup (options != NULL ? options->encoding : NULL);
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, gloss_document_open_async);
  g_task_set_task_data (task, job, (GDestroyNotify) open_job_free);
  g_task_run_in_thread (task, open_thread_cb);
}

GlossDocument *
gloss_document_open_finish (GAsyncResult  *result,
                            GError       **error)
{
  OpenResult *opened;
  GlossDocument *self;
  GFile *file;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  opened = g_task_propagate_pointer (G_TASK (result), error);
  if (opened == NULL)
    return NULL;

  file = ((OpenJob *) g_task_get_task_data (G_TASK (result)))->file;
  self = gloss_document_new (opened->project, opened->is_project ? file : NULL);
  open_result_free (opened);

  return self;
}

GlossProject *
gloss_document_get_project (GlossDocument *self)
{
  g_return_val_if_fail (GLOSS_IS_DOCUMENT (self), NULL);

  return self->project;
}

GlossHistory *
gloss_document_get_history (GlossDocument *self)
{
  g_return_val_if_fail (GLOSS_IS_DOCUMENT (self), NULL);

  return self->history;
}

GFile *
gloss_document_get_file (GlossDocument *self)
{
  g_return_val_if_fail (GLOSS_IS_DOCUMENT (self), NULL);

  return self->file;
}

gboolean
gloss_document_get_modified (GlossDocument *self)
{
  g_return_val_if_fail (GLOSS_IS_DOCUMENT (self), FALSE);

  return self->modified;
}

void
gloss_document_set_unsaved (GlossDocument *self)
{
  g_return_if_fail (GLOSS_IS_DOCUMENT (self));

  self->unsaved = TRUE;
  update_modified (self);
}

static char *
file_title (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  char *name = info != NULL ? g_strdup (g_file_info_get_display_name (info)) : g_file_get_basename (file);
  char *dot = name != NULL ? strrchr (name, '.') : NULL;

  if (dot != NULL && dot != name && g_ascii_strcasecmp (dot, ".gloss") == 0)
    *dot = '\0';

  return name;
}

char *
gloss_document_dup_name (GlossDocument *self)
{
  GlossTranscript *transcript;
  const char *title;
  const char *source;

  g_return_val_if_fail (GLOSS_IS_DOCUMENT (self), NULL);

  if (self->file != NULL)
    return file_title (self->file);

  transcript = gloss_project_get_transcript (self->project);
  title = gloss_transcript_get_title (transcript);
  if (title != NULL && *title != '\0')
    return g_strdup (title);
  source = gloss_transcript_get_source (transcript);
  if (source != NULL && *source != '\0')
    return g_strdup (source);

  return g_strdup (_("Untitled Project"));
}

/* @state: the history state the written bytes hold */
static void
saved (GlossDocument *self,
       GFile         *file,
       guint64        state)
{
  gboolean new_file = self->file == NULL || !g_file_equal (self->file, file);

  if (new_file)
    {
      /* the draft kept under the old name goes with the save */
      g_set_object (&self->file, file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }
  g_free (self->etag);
  self->etag = query_etag (file);
  self->saved_state = state;
  self->unsaved = FALSE;
  update_modified (self);
  if (!self->modified)
    remove_draft (self);

  g_signal_emit (self, signals[SAVED], 0, file);
}

gboolean
gloss_document_save (GlossDocument  *self,
                     GFile          *file,
                     GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  const void *data;
  gsize length;

  g_return_val_if_fail (GLOSS_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (file != NULL || self->file != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (file == NULL)
    file = self->file;

  bytes = gloss_project_file_to_bytes (self->project);
  data = g_bytes_get_data (bytes, &length);
  if (!gloss_file_replace_atomic (file, data, length, error))
    return FALSE;

  saved (self, file, gloss_history_get_state (self->history));

  return TRUE;
}

typedef struct
{
  GFile *file;
  guint64 state;
  GlossProjectSnapshot *snapshot;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_clear_object (&job->file);
  g_clear_pointer (&job->snapshot, gloss_project_snapshot_free);
  g_free (job);
}

static void
save_thread_cb (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SaveJob *job = task_data;
  g_autoptr(GBytes) bytes = gloss_project_snapshot_to_bytes (job->snapshot);
  const void *data;
  gsize length;
  GError *error = NULL;

  data = g_bytes_get_data (bytes, &length);
  if (!gloss_file_replace_atomic (job->file, data, length, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* back on the caller's thread, where the snapshot may drop the last
 * reference to claims removed meanwhile */
static void
save_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GlossDocument *self = g_task_get_source_object (task);
  SaveJob *job = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  g_clear_pointer (&job->snapshot, gloss_project_snapshot_free);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_task_return_error (task, error);
      return;
    }

  saved (self, job->file, job->state);
  g_task_return_boolean (task, TRUE);
}

void
gloss_document_save_async (GlossDocument       *self,
                           GFile               *file,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) write_task = NULL;
  SaveJob *job;

  g_return_if_fail (GLOSS_IS_DOCUMENT (self));
  g_return_if_fail (file != NULL || self->file != NULL);

  job = g_new0 (SaveJob, 1);
  job->file = g_object_ref (file != NULL ? file : self->file);
  job->state = gloss_history_get_state (self->history);
  job->snapshot = gloss_project_snapshot_new (self->project);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, gloss_document_save_async);
  write_task = g_task_new (self, cancellable, save_done_cb, g_steal_pointer (&task));
  g_task_set_task_data (write_task, job, (GDestroyNotify) save_job_free);
  g_task_run_in_thread (write_task, save_thread_cb);
}

gboolean
gloss_document_save_finish (GlossDocument  *self,
                            GAsyncResult   *result,
                            GError        **error)
{
  g_return_val_if_fail (GLOSS_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
gloss_document_changed_on_disk (GlossDocument *self)
{
  g_autofree char *etag = NULL;

  g_return_val_if_fail (GLOSS_IS_DOCUMENT (self), FALSE);

  if (self->file == NULL)
    return FALSE;

  etag = query_etag (self->file);

  return g_strcmp0 (etag, self->etag) != 0;
}

gboolean
gloss_document_reload (GlossDocument  *self,
                       GError        **error)
{
  g_autoptr(GlossProject) project = NULL;

  g_return_val_if_fail (GLOSS_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (self->file != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  project = gloss_project_file_load (self->file, error);
  if (project == NULL)
    return FALSE;

  cancel_draft_write (self);
  g_object_freeze_notify (G_OBJECT (self));
  set_project (self, project);
  g_free (self->etag);
  self->etag = query_etag (self->file);
  self->unsaved = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
  update_modified (self);
  g_object_thaw_notify (G_OBJECT (self));
  remove_draft (self);

  return TRUE;
}

void
gloss_document_set_drafts (GlossDocument   *self,
                           GlossDraftStore *store,
                           guint            delay_ms)
{
  g_return_if_fail (GLOSS_IS_DOCUMENT (self));
  g_return_if_fail (store == NULL || GLOSS_IS_DRAFT_STORE (store));

  cancel_draft_write (self);
  g_set_object (&self->drafts, store);
  self->draft_delay_ms = delay_ms;
}

void
gloss_document_set_draft_delay (GlossDocument *self,
                                guint          delay_ms)
{
  g_return_if_fail (GLOSS_IS_DOCUMENT (self));

  self->draft_delay_ms = delay_ms;
}

gboolean
gloss_document_write_draft (GlossDocument  *self,
                            GError        **error)
{
  g_return_val_if_fail (GLOSS_IS_DOCUMENT (self), FALSE);

  if (self->drafts == NULL || !self->modified)
    return TRUE;

  cancel_draft_write (self);

  return gloss_draft_store_save (self->drafts, self, error);
}

void
gloss_document_discard_draft (GlossDocument *self)
{
  g_return_if_fail (GLOSS_IS_DOCUMENT (self));

  remove_draft (self);
}

void
_gloss_document_set_file (GlossDocument *self,
                          GFile         *file)
{
  g_return_if_fail (GLOSS_IS_DOCUMENT (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (g_set_object (&self->file, file))
    {
      g_free (self->etag);
      self->etag = query_etag (file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }
}
