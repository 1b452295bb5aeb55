#include "config.h"

#include "gloss-fileutil.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#define SYMLINK_MAX_HOPS 40
/* keeps ".NAME.XXXXXX" below NAME_MAX even for very long names */
#define TEMP_BASENAME_MAX 200

char *
gloss_file_display_name (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_file_get_parse_name (file);
}

char *
gloss_file_display_folder (GFile *file)
{
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GFile) home = NULL;
  g_autofree char *relative = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  parent = g_file_get_parent (file);
  if (parent == NULL)
    return gloss_file_display_name (file);

  home = g_file_new_for_path (g_get_home_dir ());
  if (g_file_equal (parent, home))
    return g_strdup ("~");
  relative = g_file_get_relative_path (home, parent);
  if (relative != NULL)
    return g_strdup_printf ("~/%s", relative);

  return gloss_file_display_name (parent);
}

static char *
display_basename (GFile *file)
{
  const char *path = g_file_peek_path (file);
  g_autofree char *parse_name = NULL;

  if (path != NULL)
    return g_filename_display_basename (path);

  parse_name = g_file_get_parse_name (file);
  return g_path_get_basename (parse_name);
}

char *
gloss_file_label (GFile         *file,
                  GFile * const *others,
                  guint          n_others)
{
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  gboolean shared = FALSE;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (others != NULL || n_others == 0, NULL);

  name = display_basename (file);
  for (guint i = 0; i < n_others && !shared; i++)
    {
      g_autofree char *other = NULL;

      if (others[i] == NULL || g_file_equal (others[i], file))
        continue;
      other = display_basename (others[i]);
      shared = g_strcmp0 (name, other) == 0;
    }
  if (!shared)
    return g_steal_pointer (&name);

  folder = gloss_file_display_folder (file);
  /* Translators: a file's name, then its folder: “briefing.gloss (~/projects)” */
  return g_strdup_printf (_("%s (%s)"), name, folder);
}

char *
gloss_file_relabel_message (const char *message,
                            GFile      *file,
                            const char *label)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  const char *prefixes[2];

  g_return_val_if_fail (message != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (label != NULL, NULL);

  prefixes[0] = path = gloss_file_display_name (file);
  prefixes[1] = name = display_basename (file);
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      gsize length = strlen (prefixes[i]);

      if (strncmp (message, prefixes[i], length) == 0 && message[length] == ':')
        return g_strconcat (label, message + length, NULL);
    }

  return g_strdup (message);
}

static void
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *display_name,
                 const char  *what)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               "%s: %s: %s", display_name, what, g_strerror (saved_errno));
}

/* The path that a save must replace: symlinks are followed (even dangling
 * ones) so that the link stays a link and its target gets the new content. */
static char *
resolve_target (const char  *path,
                const char  *display_name,
                GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint hops = 0; hops < SYMLINK_MAX_HOPS; hops++)
    {
      g_autofree char *link = NULL;
      g_autoptr(GError) local_error = NULL;
      GStatBuf st;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      link = g_file_read_link (current, &local_error);
      if (link == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("%s: cannot follow the symbolic link: %s"),
                       display_name, local_error->message);
          return NULL;
        }

      if (g_path_is_absolute (link))
        {
          g_free (current);
          current = g_steal_pointer (&link);
        }
      else
        {
          g_autofree char *dir = g_path_get_dirname (current);

          g_free (current);
          current = g_build_filename (dir, link, NULL);
        }
    }

  set_errno_error (error, ELOOP, display_name, _("cannot follow the symbolic link"));
  return NULL;
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length,
           int         *saved_errno)
{
  while (length > 0)
    {
      gssize n = write (fd, data, MIN (length, (gsize) G_MAXSSIZE));

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          *saved_errno = errno;
          return FALSE;
        }
      data += n;
      length -= (gsize) n;
    }

  return TRUE;
}

static gboolean
replace_local (const char  *path,
               const char  *display_name,
               const void  *data,
               gsize        length,
               GError     **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temp_path = NULL;
  gboolean target_exists = FALSE;
  GStatBuf st;
  int saved_errno = 0;
  int fd;

  target = resolve_target (path, display_name, error);
  if (target == NULL)
    return FALSE;

  if (g_stat (target, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                       _("%s: cannot save over a folder"), display_name);
          return FALSE;
        }
      if (!S_ISREG (st.st_mode))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                       _("%s: cannot save over something that is not a regular file"),
                       display_name);
          return FALSE;
        }
      target_exists = TRUE;
    }
  else if (errno != ENOENT)
    {
      set_errno_error (error, errno, display_name, _("cannot save"));
      return FALSE;
    }

  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  if (strlen (base) > TEMP_BASENAME_MAX)
    base[TEMP_BASENAME_MAX] = '\0';
  temp_path = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);

  fd = g_mkstemp_full (temp_path, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      set_errno_error (error, errno, display_name,
                       _("cannot create a temporary file in its folder"));
      return FALSE;
    }

  if (target_exists)
    {
      /* keep the owner and permissions of the file being replaced; the owner
       * can only be kept when we may change it, which is not an error */
      if (fchown (fd, st.st_uid, st.st_gid) != 0)
        { /* ignored */ }
      if (fchmod (fd, st.st_mode & 07777) != 0)
        {
          saved_errno = errno;
          goto fail_open;
        }
    }

  if (!write_all (fd, data, length, &saved_errno))
    goto fail_open;

  if (fsync (fd) != 0)
    {
      saved_errno = errno;
      goto fail_open;
    }

  if (close (fd) != 0)
    {
      saved_errno = errno;
      fd = -1;
      goto fail_closed;
    }
  fd = -1;

  if (g_rename (temp_path, target) != 0)
    {
      saved_errno = errno;
      goto fail_closed;
    }

  /* make the rename itself durable; failing here loses nothing already
   * written, so it is not reported */
  {
    int dir_fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

    if (dir_fd >= 0)
      {
        (void) fsync (dir_fd);
        close (dir_fd);
      }
  }

  return TRUE;

fail_open:
  close (fd);
fail_closed:
  g_unlink (temp_path);
  set_errno_error (error, saved_errno, display_name, _("cannot save"));
  return FALSE;
}

gboolean
gloss_file_replace_atomic (GFile       *file,
                           const void  *data,
                           gsize        length,
                           GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *display_name = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display_name = gloss_file_display_name (file);
  path = g_file_get_path (file);
  if (path != NULL)
    return replace_local (path, display_name, data != NULL ? data : "", length, error);

  /* not a local file: GIO's replace also writes a temporary file and
   * renames it where the backend allows */
  if (!g_file_replace_contents (file, data != NULL ? data : "", length, NULL,
                                FALSE, G_FILE_CREATE_NONE, NULL, NULL,
                                &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("%s: cannot save: %s"), display_name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

gboolean
gloss_file_read_limited (GFile       *file,
                         gsize        max_size,
                         GQuark       error_domain,
                         int          io_code,
                         int          not_regular_code,
                         int          too_large_code,
                         char       **contents,
                         gsize       *length,
                         GError     **error)
{
  g_autofree char *display_name = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *buffer = NULL;
  g_autofree char *limit_str = NULL;
  GFileType type;
  gsize capacity;
  gsize used = 0;
  goffset size;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display_name = gloss_file_display_name (file);
  limit_str = g_format_size (max_size);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      /* GIO's own messages repeat the path we already put first */
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, error_domain, io_code, _("%s: no such file"), display_name);
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
        g_set_error (error, error_domain, io_code, _("%s: permission denied"), display_name);
      else
        g_set_error (error, error_domain, io_code, "%s: %s",
                     display_name, local_error->message);
      return FALSE;
    }

  type = g_file_info_get_file_type (info);
  if (type == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, error_domain, not_regular_code,
                   _("%s: is a folder, not a file"), display_name);
      return FALSE;
    }
  if (type != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, error_domain, not_regular_code,
                   _("%s: not a regular file (a device, socket or pipe cannot be opened)"),
                   display_name);
      return FALSE;
    }

  size = g_file_info_get_size (info);
  if (size < 0 || (guint64) size > max_size)
    {
      g_autofree char *size_str = g_format_size ((guint64) MAX (size, 0));

      /* just over the limit, both round to the same figure: give the bytes */
      if (g_strcmp0 (size_str, limit_str) == 0)
        {
          g_free (size_str);
          g_free (limit_str);
          size_str = g_format_size_full ((guint64) size, G_FORMAT_SIZE_LONG_FORMAT);
          limit_str = g_format_size_full (max_size, G_FORMAT_SIZE_LONG_FORMAT);
        }

      g_set_error (error, error_domain, too_large_code,
                   _("%s: the file is too large (%s; the limit is %s)"),
                   display_name, size_str, limit_str);
      return FALSE;
    }

  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, error_domain, io_code, "%s: %s",
                   display_name, local_error->message);
      return FALSE;
    }

  /* the file may have grown since it was measured: never read past the limit */
  capacity = (gsize) size + 1;
  buffer = g_malloc (capacity + 1);
  for (;;)
    {
      gsize n = 0;

      if (used == capacity)
        {
          if (capacity > max_size)
            {
              g_set_error (error, error_domain, too_large_code,
                           _("%s: the file is too large (the limit is %s)"),
                           display_name, limit_str);
              return FALSE;
            }
          capacity = MIN (MAX (capacity * 2, (gsize) 4096), max_size + 1);
          buffer = g_realloc (buffer, capacity + 1);
        }

      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer + used,
                                    capacity - used, &n, NULL, &local_error))
        {
          g_set_error (error, error_domain, io_code, "%s: %s",
                       display_name, local_error->message);
          return FALSE;
        }
      used += n;
      if (n == 0 || used < capacity)
        break;
    }

  if (used > max_size)
    {
      g_set_error (error, error_domain, too_large_code,
                   _("%s: the file is too large (the limit is %s)"),
                   display_name, limit_str);
      return FALSE;
    }

  buffer[used] = '\0';
  *contents = g_steal_pointer (&buffer);
  if (length != NULL)
    *length = used;

  return TRUE;
}
