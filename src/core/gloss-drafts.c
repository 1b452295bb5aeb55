#include "config.h"

#include "gloss-drafts-private.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gloss-fileutil.h"
#include "gloss-project-file.h"

#define DRAFT_SUFFIX    ".gloss"
#define SIDECAR_SUFFIX  ".draft"
#define SIDECAR_GROUP   "Draft"
/* the id under which a project's draft was last written */
#define LAST_ID_KEY     "gloss-draft-last-id"
/* the random id of a project without a file, kept as long as the project */
#define RANDOM_ID_KEY   "gloss-draft-random-id"


G_DEFINE_TYPE (GlossDraftStore, gloss_draft_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DIR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
gloss_draft_info_free (GlossDraftInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->id);
  g_clear_object (&info->draft_file);
  g_clear_object (&info->original_file);
  g_free (info->title);
  g_clear_pointer (&info->modified, g_date_time_unref);
  g_free (info);
}

GlossDraftInfo *
gloss_draft_info_copy (const GlossDraftInfo *info)
{
  GlossDraftInfo *copy;

  g_return_val_if_fail (info != NULL, NULL);

  copy = g_new0 (GlossDraftInfo, 1);
  copy->id = g_strdup (info->id);
  copy->draft_file = info->draft_file != NULL ? g_object_ref (info->draft_file) : NULL;
  copy->original_file = info->original_file != NULL ? g_object_ref (info->original_file) : NULL;
  copy->title = g_strdup (info->title);
  copy->modified = info->modified != NULL ? g_date_time_ref (info->modified) : NULL;

  return copy;
}

static void
gloss_draft_store_finalize (GObject *object)
{
  GlossDraftStore *self = GLOSS_DRAFT_STORE (object);

  g_clear_object (&self->dir);
  g_clear_object (&self->marker);
  g_clear_pointer (&self->crashed_markers, g_ptr_array_unref);
  g_clear_pointer (&self->tickets, g_hash_table_unref);
  g_mutex_clear (&self->write_mutex);
  g_mutex_clear (&self->ticket_mutex);

  G_OBJECT_CLASS (gloss_draft_store_parent_class)->finalize (object);
}

static void
gloss_draft_store_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  GlossDraftStore *self = GLOSS_DRAFT_STORE (object);

  switch (prop_id)
    {
    case PROP_DIR:
      g_value_set_object (value, self->dir);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_draft_store_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  GlossDraftStore *self = GLOSS_DRAFT_STORE (object);

  switch (prop_id)
    {
    case PROP_DIR:
      g_set_object (&self->dir, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_draft_store_constructed (GObject *object)
{
  GlossDraftStore *self = GLOSS_DRAFT_STORE (object);

  G_OBJECT_CLASS (gloss_draft_store_parent_class)->constructed (object);

  if (self->dir == NULL)
    {
      g_autofree char *path = g_build_filename (g_get_user_data_dir (), "gloss", "drafts", NULL);

      self->dir = g_file_new_for_path (path);
    }
}

static void
gloss_draft_store_class_init (GlossDraftStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gloss_draft_store_finalize;
  object_class->get_property = gloss_draft_store_get_property;
  object_class->set_property = gloss_draft_store_set_property;
  object_class->constructed = gloss_draft_store_constructed;

  properties[PROP_DIR] =
    g_param_spec_object ("dir", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gloss_draft_store_init (GlossDraftStore *self)
{
  g_mutex_init (&self->write_mutex);
  g_mutex_init (&self->ticket_mutex);
  self->tickets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->crashed_markers = g_ptr_array_new_with_free_func (g_object_unref);
}

GlossDraftStore *
gloss_draft_store_new (GFile *dir)
{
  g_return_val_if_fail (dir == NULL || G_IS_FILE (dir), NULL);

  return g_object_new (GLOSS_TYPE_DRAFT_STORE, "dir", dir, NULL);
}

GFile *
gloss_draft_store_get_dir (GlossDraftStore *self)
{
  g_return_val_if_fail (GLOSS_IS_DRAFT_STORE (self), NULL);

  return self->dir;
}

static guint
take_ticket (GlossDraftStore *self,
             const char      *id)
{
  guint ticket;

  g_mutex_lock (&self->ticket_mutex);
  ticket = ++self->next_ticket;
  g_hash_table_insert (self->tickets, g_strdup (id), GUINT_TO_POINTER (ticket));
  g_mutex_unlock (&self->ticket_mutex);

  return ticket;
}

static gboolean
ticket_is_newest (GlossDraftStore *self,
                  const char      *id,
                  guint            ticket)
{
  gboolean newest;

  g_mutex_lock (&self->ticket_mutex);
  newest = GPOINTER_TO_UINT (g_hash_table_lookup (self->tickets, id)) == ticket;
  g_mutex_unlock (&self->ticket_mutex);

  return newest;
}

static GFile *
child_file (GlossDraftStore *self,
            const char      *id,
            const char      *suffix)
{
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_file_get_child (self->dir, name);
}

gboolean
_gloss_draft_store_ensure_dir (GlossDraftStore  *self,
                               GError          **error)
{
  g_autofree char *path = g_file_get_path (self->dir);

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->dir);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s: drafts need a local folder"), uri);
      return FALSE;
    }

  if (g_mkdir_with_parents (path, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("%s: cannot create the drafts folder: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static gboolean
delete_if_exists (GFile   *file,
                  GError **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!g_file_delete (file, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_autofree char *name = gloss_file_display_name (file);

      g_set_error (error, local_error->domain, local_error->code,
                   _("%s: cannot remove the draft: %s"), name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* called with write_mutex held */
static gboolean
delete_draft_files (GlossDraftStore  *self,
                    const char       *id,
                    GError          **error)
{
  g_autoptr(GFile) draft = child_file (self, id, DRAFT_SUFFIX);
  g_autoptr(GFile) sidecar = child_file (self, id, SIDECAR_SUFFIX);

  /* the sidecar first: a draft without one is not listed */
  return delete_if_exists (sidecar, error) && delete_if_exists (draft, error);
}

static char *
id_for_file (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);

  hash[32] = '\0';
  return hash;
}

char *
gloss_draft_store_dup_id (GlossDraftStore *self,
                          GlossDocument   *document)
{
  GFile *file;
  const char *random_id;

  g_return_val_if_fail (GLOSS_IS_DRAFT_STORE (self), NULL);
  g_return_val_if_fail (GLOSS_IS_DOCUMENT (document), NULL);

  file = gloss_document_get_file (document);
  if (file != NULL)
    return id_for_file (file);

  random_id = g_object_get_data (G_OBJECT (document), RANDOM_ID_KEY);
  if (random_id == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      char *id = g_strconcat ("new-", uuid, NULL);

      g_object_set_data_full (G_OBJECT (document), RANDOM_ID_KEY, id, g_free);
      random_id = id;
    }

  return g_strdup (random_id);
}

static char *
make_title (GlossDocument *document)
{
  GlossTranscript *transcript = gloss_project_get_transcript (gloss_document_get_project (document));
  const char *title = gloss_transcript_get_title (transcript);
  const char *source = gloss_transcript_get_source (transcript);
  GFile *file = gloss_document_get_file (document);

  if (title != NULL && *title != '\0')
    return g_strdup (title);
  if (file != NULL)
    return g_file_get_basename (file);
  if (source != NULL && *source != '\0')
    return g_strdup (source);
  return g_strdup (_("Unsaved project"));
}

/* what a draft write needs, taken on the calling thread */
typedef struct
{
  char   *id;
  char   *previous_id;  /* a draft of the same project under another id */
  guint   ticket;
  /* serialized by the writer, off the main thread */
  GlossProjectSnapshot *project;
  char   *sidecar;
} DraftJob;

static void
draft_job_free (DraftJob *job)
{
  g_free (job->id);
  g_free (job->previous_id);
  g_clear_pointer (&job->project, gloss_project_snapshot_free);
  g_free (job->sidecar);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DraftJob, draft_job_free)

static DraftJob *
draft_job_new (GlossDraftStore *self,
               GlossDocument   *document)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *modified = g_date_time_format_iso8601 (now);
  g_autofree char *title = make_title (document);
  const char *last_id;
  GFile *file = gloss_document_get_file (document);
  DraftJob *job = g_new0 (DraftJob, 1);

  job->id = gloss_draft_store_dup_id (self, document);
  last_id = g_object_get_data (G_OBJECT (document), LAST_ID_KEY);
  if (last_id != NULL && strcmp (last_id, job->id) != 0)
    {
      job->previous_id = g_strdup (last_id);
      take_ticket (self, job->previous_id);
    }
  g_object_set_data_full (G_OBJECT (document), LAST_ID_KEY, g_strdup (job->id), g_free);
  job->ticket = take_ticket (self, job->id);
  job->project = gloss_project_snapshot_new (gloss_document_get_project (document));

  g_key_file_set_integer (key_file, SIDECAR_GROUP, "Version", 1);
  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_key_file_set_string (key_file, SIDECAR_GROUP, "Original", uri);
    }
  g_key_file_set_string (key_file, SIDECAR_GROUP, "Title", title);
  g_key_file_set_string (key_file, SIDECAR_GROUP, "Modified", modified);
  job->sidecar = g_key_file_to_data (key_file, NULL, NULL);

  return job;
}

static gboolean
draft_job_run (GlossDraftStore  *self,
               DraftJob         *job,
               GError          **error)
{
  g_autoptr(GFile) draft = NULL;
  g_autoptr(GFile) sidecar = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gboolean ok = TRUE;

  if (!_gloss_draft_store_ensure_dir (self, error))
    return FALSE;

  draft = child_file (self, job->id, DRAFT_SUFFIX);
  sidecar = child_file (self, job->id, SIDECAR_SUFFIX);

  /* outside the lock, which a removal on the main thread waits for */
  if (ticket_is_newest (self, job->id, job->ticket))
    bytes = gloss_project_snapshot_to_bytes (job->project);

  g_mutex_lock (&self->write_mutex);

  if (bytes != NULL && ticket_is_newest (self, job->id, job->ticket))
    {
      gsize size;
      const void *data = g_bytes_get_data (bytes, &size);

      /* the project first: a sidecar always points at a complete draft */
      ok = gloss_file_replace_atomic (draft, data, size, error) &&
           gloss_file_replace_atomic (sidecar, job->sidecar, strlen (job->sidecar), error);
    }

  if (ok && job->previous_id != NULL)
    ok = delete_draft_files (self, job->previous_id, error);

  g_mutex_unlock (&self->write_mutex);

  return ok;
}

gboolean
gloss_draft_store_save (GlossDraftStore  *self,
                        GlossDocument    *document,
                        GError          **error)
{
  g_autoptr(DraftJob) job = NULL;

  g_return_val_if_fail (GLOSS_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (GLOSS_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  job = draft_job_new (self, document);
  return draft_job_run (self, job, error);
}

static void
save_thread_cb (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GlossDraftStore *self = source_object;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (draft_job_run (self, task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* back on the caller's thread: the write task's last reference may be
 * dropped in the worker, so the snapshot, which may hold the last reference
 * to claims removed meanwhile, is freed here rather than with the task */
static void
save_done_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DraftJob *job = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  g_clear_pointer (&job->project, gloss_project_snapshot_free);

  if (g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
gloss_draft_store_save_async (GlossDraftStore     *self,
                              GlossDocument       *document,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) write_task = NULL;

  g_return_if_fail (GLOSS_IS_DRAFT_STORE (self));
  g_return_if_fail (GLOSS_IS_DOCUMENT (document));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, gloss_draft_store_save_async);

  write_task = g_task_new (self, cancellable, save_done_cb, g_steal_pointer (&task));
  g_task_set_source_tag (write_task, gloss_draft_store_save_async);
  g_task_set_task_data (write_task, draft_job_new (self, document), (GDestroyNotify) draft_job_free);
  g_task_run_in_thread (write_task, save_thread_cb);
}

gboolean
gloss_draft_store_save_finish (GlossDraftStore  *self,
                               GAsyncResult     *result,
                               GError          **error)
{
  g_return_val_if_fail (GLOSS_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static gboolean
remove_id (GlossDraftStore  *self,
           const char       *id,
           GError          **error)
{
  gboolean ok;

  /* a write still queued for this id is now stale and will be skipped */
  take_ticket (self, id);

  g_mutex_lock (&self->write_mutex);
  ok = delete_draft_files (self, id, error);
  g_mutex_unlock (&self->write_mutex);

  return ok;
}

gboolean
gloss_draft_store_remove (GlossDraftStore  *self,
                          GlossDocument    *document,
                          GError          **error)
{
  g_autofree char *id = NULL;
  const char *last_id;

  g_return_val_if_fail (GLOSS_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (GLOSS_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* only the draft this document wrote or was restored from: another
   * document on the same file (the saved version, open beside a restored
   * draft) must not take that draft away */
  last_id = g_object_get_data (G_OBJECT (document), LAST_ID_KEY);
  if (last_id == NULL)
    return TRUE;

  id = gloss_draft_store_dup_id (self, document);
  if (!remove_id (self, id, error))
    return FALSE;

  if (last_id != NULL && strcmp (last_id, id) != 0 && !remove_id (self, last_id, error))
    return FALSE;

  g_object_set_data (G_OBJECT (document), LAST_ID_KEY, NULL);
  return TRUE;
}

gboolean
gloss_draft_store_discard (GlossDraftStore       *self,
                           const GlossDraftInfo  *info,
                           GError               **error)
{
  g_return_val_if_fail (GLOSS_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (info != NULL && info->id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return remove_id (self, info->id, error);
}

static GlossDraftInfo *
read_info (GlossDraftStore *self,
           const char      *id)
{
  g_autoptr(GFile) sidecar = child_file (self, id, SIDECAR_SUFFIX);
  g_autoptr(GFile) draft = child_file (self, id, DRAFT_SUFFIX);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *path = g_file_get_path (sidecar);
  g_autofree char *original = NULL;
  g_autofree char *modified = NULL;
  g_autoptr(GDateTime) when = NULL;
  GlossDraftInfo *info;

  if (path == NULL ||
      !g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, NULL) ||
      g_file_query_file_type (draft, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_REGULAR)
    return NULL;

  modified = g_key_file_get_string (key_file, SIDECAR_GROUP, "Modified", NULL);
  when = modified != NULL ? g_date_time_new_from_iso8601 (modified, NULL) : NULL;
  if (when == NULL)
    return NULL;

  info = g_new0 (GlossDraftInfo, 1);
  info->id = g_strdup (id);
  info->draft_file = g_steal_pointer (&draft);
  original = g_key_file_get_string (key_file, SIDECAR_GROUP, "Original", NULL);
  if (original != NULL && *original != '\0')
    info->original_file = g_file_new_for_uri (original);
  info->title = g_key_file_get_string (key_file, SIDECAR_GROUP, "Title", NULL);
  if (info->title == NULL)
    info->title = g_strdup (_("Unsaved project"));
  info->modified = g_date_time_to_local (when);

  return info;
}

static int
compare_newest_first_cb (gconstpointer a,
                         gconstpointer b)
{
  const GlossDraftInfo *x = *(const GlossDraftInfo * const *) a;
  const GlossDraftInfo *y = *(const GlossDraftInfo * const *) b;
  int order = g_date_time_compare (y->modified, x->modified);

  return order != 0 ? order : strcmp (x->id, y->id);
}

GPtrArray *
gloss_draft_store_list (GlossDraftStore  *self,
                        GError          **error)
{
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (GLOSS_IS_DRAFT_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) gloss_draft_info_free);

  enumerator = g_file_enumerate_children (self->dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (enumerator == NULL)
    {
      g_autofree char *name = NULL;

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return g_steal_pointer (&drafts);

      name = gloss_file_display_name (self->dir);
      g_set_error (error, local_error->domain, local_error->code,
                   _("%s: cannot list the drafts: %s"), name, local_error->message);
      return NULL;
    }

  for (;;)
    {
      GFileInfo *child = NULL;
      const char *name;

      if (!g_file_enumerator_iterate (enumerator, &child, NULL, NULL, &local_error))
        {
          g_autofree char *dir_name = gloss_file_display_name (self->dir);

          g_set_error (error, local_error->domain, local_error->code,
                       _("%s: cannot list the drafts: %s"), dir_name, local_error->message);
          return NULL;
        }
      if (child == NULL)
        break;

      name = g_file_info_get_name (child);
      if (g_str_has_suffix (name, SIDECAR_SUFFIX) && name[0] != '.')
        {
          g_autofree char *id = g_strndup (name, strlen (name) - strlen (SIDECAR_SUFFIX));
          GlossDraftInfo *info = read_info (self, id);

          if (info != NULL)
            g_ptr_array_add (drafts, info);
        }
    }

  g_ptr_array_sort (drafts, compare_newest_first_cb);

  return g_steal_pointer (&drafts);
}

GlossDraftInfo *
gloss_draft_store_lookup (GlossDraftStore *self,
                          GFile           *file)
{
  g_autofree char *id = NULL;
  GlossDraftInfo *info;

  g_return_val_if_fail (GLOSS_IS_DRAFT_STORE (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  id = id_for_file (file);
  info = read_info (self, id);
  /* a hash collision, or a sidecar edited by hand */
  if (info != NULL && (info->original_file == NULL || !g_file_equal (info->original_file, file)))
    g_clear_pointer (&info, gloss_draft_info_free);

  return info;
}

GlossDocument *
gloss_draft_store_load (GlossDraftStore       *self,
                        const GlossDraftInfo  *info,
                        GError               **error)
{
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GlossDocument) document = NULL;
  gboolean gone;

  g_return_val_if_fail (GLOSS_IS_DRAFT_STORE (self), NULL);
  g_return_val_if_fail (info != NULL && info->id != NULL && G_IS_FILE (info->draft_file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  project = gloss_project_file_load (info->draft_file, error);
  if (project == NULL)
    return NULL;

  /* a file moved or deleted since: the restored project has none, so that
   * a save asks where it goes rather than recreating the old path */
  gone = info->original_file != NULL && !g_file_query_exists (info->original_file, NULL);
  document = gloss_document_new (project, gone ? NULL : info->original_file);
  gloss_document_set_unsaved (document);

  /* later drafts of this project replace this one, not sit beside it */
  if (info->original_file == NULL || gone)
    g_object_set_data_full (G_OBJECT (document), RANDOM_ID_KEY, g_strdup (info->id), g_free);
  g_object_set_data_full (G_OBJECT (document), LAST_ID_KEY, g_strdup (info->id), g_free);

  return g_steal_pointer (&document);
}
