#include "config.h"

#include <string.h>
#include <unistd.h>

#include "gloss-drafts-private.h"
#include "gloss-fileutil.h"

/* Session markers: each running Gloss leaves one in the drafts folder, so
 * the next start can tell a crash (a marker whose process is gone) from
 * another window's session that is still running. */

/* one marker per process: running-PID-START, START its start time in
 * clock ticks since boot (/proc/PID/stat), so a reused pid is not taken
 * for the process that wrote the marker; "running" alone (holding a pid)
 * is the single marker of older versions */
#define SESSION_MARKER  "running"

/* the start time of process @pid (field 22 of /proc/PID/stat), or 0 when
 * there is no such process or no /proc */
static guint64
process_start_time (pid_t pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", (int) pid);
  g_autofree char *contents = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_name;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return 0;
  /* the command name, field 2, is in parentheses and may hold anything */
  after_name = strrchr (contents, ')');
  if (after_name == NULL)
    return 0;
  fields = g_strsplit (after_name + 1, " ", 22);
  /* fields[0] is empty (the space after ')'), fields[1] is field 3 */
  if (g_strv_length (fields) < 21)
    return 0;

  return g_ascii_strtoull (fields[20], NULL, 10);
}

static gboolean
process_exists (pid_t pid)
{
  return kill (pid, 0) == 0 || errno == EPERM;
}

typedef enum
{
  MARKER_NONE,   /* not a session marker */
  MARKER_OWN,    /* this process's */
  MARKER_LIVE,   /* a Gloss process still running */
  MARKER_STALE,  /* its process is gone: that session never ended */
} MarkerState;

static gboolean
same_executable (pid_t pid)
{
  g_autofree char *proc_exe = g_strdup_printf ("/proc/%d/exe", (int) pid);
  g_autofree char *exe = g_file_read_link (proc_exe, NULL);
  g_autofree char *self_exe = g_file_read_link ("/proc/self/exe", NULL);

  return exe != NULL && self_exe != NULL && strcmp (exe, self_exe) == 0;
}

static MarkerState
legacy_marker_state (GFile *marker)
{
  g_autofree char *contents = NULL;
  gint64 pid;

  if (!g_file_load_contents (marker, NULL, &contents, NULL, NULL, NULL))
    return MARKER_STALE;
  pid = g_ascii_strtoll (contents, NULL, 10);
  if (pid <= 0 || pid > G_MAXINT)
    return MARKER_STALE;
  if (pid == getpid ())
    return MARKER_OWN;
  /* a reused pid is some other program */
  if (process_exists ((pid_t) pid) && same_executable ((pid_t) pid))
    return MARKER_LIVE;

  return MARKER_STALE;
}

static MarkerState
marker_state (GFile      *dir,
              const char *name)
{
  g_autoptr(GFile) marker = NULL;
  const char *rest;
  char *end;
  gint64 pid;
  guint64 start, now_start;

  if (strcmp (name, SESSION_MARKER) == 0)
    {
      marker = g_file_get_child (dir, name);
      return legacy_marker_state (marker);
    }
  if (!g_str_has_prefix (name, SESSION_MARKER "-"))
    return MARKER_NONE;

  rest = name + strlen (SESSION_MARKER "-");
  pid = g_ascii_strtoll (rest, &end, 10);
  if (end == rest || *end != '-' || pid <= 0 || pid > G_MAXINT)
    return MARKER_NONE;
  rest = end + 1;
  start = g_ascii_strtoull (rest, &end, 10);
  if (end == rest || *end != '\0')
    return MARKER_NONE;

  now_start = process_start_time ((pid_t) pid);
  if (pid == getpid () && start == now_start)
    /* this process's, perhaps another store's in it: not another Gloss */
    return MARKER_OWN;
  if (start == 0)
    /* written without /proc: the pid is all there is to go by */
    return process_exists ((pid_t) pid) ? MARKER_LIVE : MARKER_STALE;

  return now_start == start ? MARKER_LIVE : MARKER_STALE;
}

/* Calls @func for each session marker in the folder with its state; no
 * folder, no markers. */
static void
scan_markers (GlossDraftStore *self,
              void           (*func) (GlossDraftStore *self,
                                      GFile           *marker,
                                      MarkerState      state,
                                      gpointer         data),
              gpointer         data)
{
  g_autofree char *path = g_file_get_path (self->dir);
  g_autoptr(GDir) dir = path != NULL ? g_dir_open (path, 0, NULL) : NULL;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      MarkerState state = marker_state (self->dir, name);
      g_autoptr(GFile) marker = NULL;

      if (state == MARKER_NONE)
        continue;
      marker = g_file_get_child (self->dir, name);
      func (self, marker, state, data);
    }
}

static void
collect_stale_cb (GlossDraftStore *self,
                  GFile           *marker,
                  MarkerState      state,
                  gpointer         data)
{
  if (state == MARKER_STALE)
    g_ptr_array_add (self->crashed_markers, g_object_ref (marker));
}

static void
find_live_cb (GlossDraftStore *self,
              GFile           *marker,
              MarkerState      state,
              gpointer         data)
{
  if (state == MARKER_LIVE)
    *(gboolean *) data = TRUE;
}

gboolean
gloss_draft_store_begin_session (GlossDraftStore  *self,
                                 GError          **error)
{
  g_autoptr(GFile) marker = NULL;
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  pid_t pid = getpid ();

  g_return_val_if_fail (GLOSS_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->marker != NULL)
    return TRUE;

  g_ptr_array_set_size (self->crashed_markers, 0);
  scan_markers (self, collect_stale_cb, NULL);
  self->previous_crashed = self->crashed_markers->len > 0;

  if (!_gloss_draft_store_ensure_dir (self, error))
    return FALSE;

  name = g_strdup_printf (SESSION_MARKER "-%d-%" G_GUINT64_FORMAT,
                          (int) pid, process_start_time (pid));
  marker = g_file_get_child (self->dir, name);
  contents = g_strdup_printf ("%d\n", (int) pid);
  if (!gloss_file_replace_atomic (marker, contents, strlen (contents), error))
    return FALSE;

  self->marker = g_steal_pointer (&marker);
  return TRUE;
}

static gboolean
delete_marker (GFile   *marker,
               GError **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!g_file_delete (marker, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_autofree char *name = gloss_file_display_name (marker);

      g_set_error (error, local_error->domain, local_error->code,
                   "%s: %s", name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

gboolean
gloss_draft_store_end_session (GlossDraftStore  *self,
                               GError          **error)
{
  g_return_val_if_fail (GLOSS_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->marker == NULL)
    return TRUE;
  if (!delete_marker (self->marker, error))
    return FALSE;

  g_clear_object (&self->marker);
  return TRUE;
}

gboolean
gloss_draft_store_previous_session_crashed (GlossDraftStore *self)
{
  g_return_val_if_fail (GLOSS_IS_DRAFT_STORE (self), FALSE);

  return self->previous_crashed;
}

gboolean
gloss_draft_store_forget_crashed_sessions (GlossDraftStore  *self,
                                           GError          **error)
{
  g_return_val_if_fail (GLOSS_IS_DRAFT_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  while (self->crashed_markers->len > 0)
    {
      if (!delete_marker (g_ptr_array_index (self->crashed_markers, 0), error))
        return FALSE;
      g_ptr_array_remove_index_fast (self->crashed_markers, 0);
    }

  return TRUE;
}

gboolean
gloss_draft_store_other_session_running (GlossDraftStore *self)
{
  gboolean found = FALSE;

  g_return_val_if_fail (GLOSS_IS_DRAFT_STORE (self), FALSE);

  scan_markers (self, find_live_cb, &found);

  return found;
}
