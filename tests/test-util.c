#include "config.h"

#include <sys/stat.h>

#include <glib/gstdio.h>

#include "test-util.h"

char *
test_util_make_tmp_dir (const char *name)
{
  g_autofree char *template = g_strdup_printf ("gloss-%s-XXXXXX", name);
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return dir;
}

void
test_util_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      GStatBuf st;

      if (g_lstat (child, &st) == 0 && S_ISDIR (st.st_mode))
        test_util_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}
