#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <linux/fs.h>

#include "test-util.h"
#include "gloss-fileutil.h"

#define TEST_ERROR (g_quark_from_static_string ("test-error"))
enum { TEST_IO, TEST_NOT_REGULAR, TEST_TOO_LARGE };

/* names in @path, sorted and joined by spaces: shows any stray temporary file */
static int
compare_strings_cb (gconstpointer a,
                    gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char *
list_dir_sorted (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings_cb);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}


static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* a failed write left @path holding @contents and @dir holding @listing
 * (no temporary file behind) */
static void
assert_left_alone (const char *dir,
                   const char *path,
                   const char *contents,
                   const char *listing)
{
  g_autofree char *now = read_file (path);
  g_autofree char *files = list_dir_sorted (dir);

  g_assert_cmpstr (now, ==, contents);
  g_assert_cmpstr (files, ==, listing);
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
assert_message_names_file (const GError *error,
                           const char   *path)
{
  g_assert_nonnull (error);
  if (!g_str_has_prefix (error->message, path))
    g_error ("“%s” does not begin with “%s”", error->message, path);
}

static void
test_replace_new (void)
{
  g_autofree char *dir = test_util_make_tmp_dir ("fileutil");
  g_autofree char *path = g_build_filename (dir, "new.gloss", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (gloss_file_replace_atomic (file, "hello\n", 6, &error));
  g_assert_no_error (error);
  assert_left_alone (dir, path, "hello\n", "new.gloss");

  test_util_remove_tree (dir);
}

static void
test_replace_existing_keeps_mode (void)
{
  g_autofree char *dir = test_util_make_tmp_dir ("fileutil");
  g_autofree char *path = g_build_filename (dir, "a.gloss", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  GStatBuf st;

  write_file (path, "old content that is longer than the new one");
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);

  g_assert_true (gloss_file_replace_atomic (file, "new", 3, &error));
  g_assert_no_error (error);
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, "new");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  listing = list_dir_sorted (dir);
  g_assert_cmpstr (listing, ==, "a.gloss");

  test_util_remove_tree (dir);
}

static void
test_replace_follows_symlink (void)
{
  g_autofree char *dir = test_util_make_tmp_dir ("fileutil");
  g_autofree char *real_dir = g_build_filename (dir, "real", NULL);
  g_autofree char *target = g_build_filename (real_dir, "project.gloss", NULL);
  g_autofree char *link = g_build_filename (dir, "link.gloss", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.gloss", NULL);
  g_autofree char *dangling_target = g_build_filename (real_dir, "later.gloss", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (link);
  g_autoptr(GFile) dangling_file = g_file_new_for_path (dangling);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *contents2 = NULL;
  g_autofree char *listing = NULL;
  GStatBuf st;

  g_assert_cmpint (g_mkdir (real_dir, 0755), ==, 0);
  write_file (target, "old");
  /* relative link: resolved against the link's folder */
  g_assert_cmpint (symlink ("real/project.gloss", link), ==, 0);
  g_assert_cmpint (symlink (dangling_target, dangling), ==, 0);

  g_assert_true (gloss_file_replace_atomic (file, "new", 3, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  contents = read_file (target);
  g_assert_cmpstr (contents, ==, "new");

  g_assert_true (gloss_file_replace_atomic (dangling_file, "created", 7, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (dangling, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  contents2 = read_file (dangling_target);
  g_assert_cmpstr (contents2, ==, "created");

  listing = list_dir_sorted (real_dir);
  g_assert_cmpstr (listing, ==, "later.gloss project.gloss");

  test_util_remove_tree (dir);
}

static void
test_replace_directory_refused (void)
{
  g_autofree char *dir = test_util_make_tmp_dir ("fileutil");
  g_autofree char *path = g_build_filename (dir, "folder.gloss", NULL);
  g_autofree char *inside = g_build_filename (path, "keep", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *inner_listing = NULL;

  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  write_file (inside, "x");

  g_assert_false (gloss_file_replace_atomic (file, "new", 3, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  assert_message_names_file (error, path);
  listing = list_dir_sorted (dir);
  g_assert_cmpstr (listing, ==, "folder.gloss");
  inner_listing = list_dir_sorted (path);
  g_assert_cmpstr (inner_listing, ==, "keep");

  test_util_remove_tree (dir);
}

/* We run as root in CI, where chmod does not stop writes: a parent that is a
 * regular file cannot hold a temporary file for anyone, and /sys refuses new
 * files even to root. */
static void
test_replace_unwritable_folder (void)
{
  g_autofree char *dir = test_util_make_tmp_dir ("fileutil");
  g_autofree char *not_dir = g_build_filename (dir, "plain-file", NULL);
  g_autofree char *path = g_build_filename (not_dir, "project.gloss", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) sys_file = g_file_new_for_path ("/sys/gloss-test.gloss");
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) sys_error = NULL;

  write_file (not_dir, "untouched");
  g_assert_false (gloss_file_replace_atomic (file, "new", 3, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  assert_message_names_file (error, path);
  g_assert_nonnull (strstr (error->message, g_strerror (ENOTDIR)));
  assert_left_alone (dir, not_dir, "untouched", "plain-file");

  if (g_file_test ("/sys/kernel", G_FILE_TEST_IS_DIR))
    {
      g_assert_false (gloss_file_replace_atomic (sys_file, "new", 3, &sys_error));
      g_assert_nonnull (sys_error);
      assert_message_names_file (sys_error, "/sys/gloss-test.gloss");
      g_assert_false (g_file_test ("/sys/gloss-test.gloss", G_FILE_TEST_EXISTS));
    }

  test_util_remove_tree (dir);
}

/* A read-only folder that holds the original. chmod does not stop root, so
 * the folder is made immutable (chattr +i), which stops root too; as
 * another user chmod 0555 is enough. */
static gboolean
set_folder_read_only (const char *path,
                      gboolean    read_only)
{
  int fd;
  int flags = 0;
  gboolean ok;

  if (geteuid () != 0)
    return g_chmod (path, read_only ? 0555 : 0755) == 0;

  fd = open (path, O_RDONLY | O_DIRECTORY);
  if (fd < 0)
    return FALSE;
  ok = ioctl (fd, FS_IOC_GETFLAGS, &flags) == 0;
  if (ok)
    {
      flags = read_only ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
      ok = ioctl (fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
  close (fd);

  return ok;
}

static void
test_replace_read_only_folder (void)
{
  g_autofree char *dir = test_util_make_tmp_dir ("fileutil");
  g_autofree char *path = g_build_filename (dir, "kept.gloss", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  write_file (path, "precious original");
  if (!set_folder_read_only (dir, TRUE))
    {
      test_util_remove_tree (dir);
      g_test_skip ("cannot make a folder read-only here (no chattr +i on this file system)");
      return;
    }

  ok = gloss_file_replace_atomic (file, "new content", 11, &error);
  g_assert_true (set_folder_read_only (dir, FALSE));

  g_assert_false (ok);
  g_assert_nonnull (error);
  assert_message_names_file (error, path);
  assert_left_alone (dir, path, "precious original", "kept.gloss");

  test_util_remove_tree (dir);
}

/* A full disk, simulated in a way that also fails for root: RLIMIT_FSIZE
 * makes write() fail with EFBIG once the file would pass the limit. */
static void
test_replace_write_fails (void)
{
  g_autofree char *dir = test_util_make_tmp_dir ("fileutil");
  g_autofree char *path = g_build_filename (dir, "big.gloss", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *big = NULL;
  struct rlimit saved, limit;
  void (*old_handler) (int);
  gsize big_size = 1024 * 1024;
  gboolean ok;

  write_file (path, "precious original");
  big = g_malloc (big_size);
  memset (big, 'x', big_size);

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limit = saved;
  limit.rlim_cur = 4096;
  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  ok = gloss_file_replace_atomic (file, big, big_size, &error);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, old_handler);

  g_assert_false (ok);
  g_assert_nonnull (error);
  assert_message_names_file (error, path);
  g_assert_nonnull (strstr (error->message, g_strerror (EFBIG)));
  assert_left_alone (dir, path, "precious original", "big.gloss");

  test_util_remove_tree (dir);
}

static void
test_replace_device_refused (void)
{
  g_autofree char *dir = test_util_make_tmp_dir ("fileutil");
  g_autofree char *link = g_build_filename (dir, "full.gloss", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (link);
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;
  GStatBuf st;

  /* a link to a device: replacing the link's target would replace the
   * device node itself */
  g_assert_cmpint (symlink ("/dev/full", link), ==, 0);
  g_assert_false (gloss_file_replace_atomic (file, "x", 1, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  assert_message_names_file (error, link);
  g_assert_cmpint (g_stat ("/dev/full", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
  listing = list_dir_sorted (dir);
  g_assert_cmpstr (listing, ==, "full.gloss");

  test_util_remove_tree (dir);
}

static void
test_read_limited (void)
{
  g_autofree char *dir = test_util_make_tmp_dir ("fileutil");
  g_autofree char *path = g_build_filename (dir, "a.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) dir_file = g_file_new_for_path (dir);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GFile) zero = g_file_new_for_path ("/dev/zero");
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  write_file (path, "0123456789");

  g_assert_true (gloss_file_read_limited (file, 10, TEST_ERROR, TEST_IO,
                                          TEST_NOT_REGULAR, TEST_TOO_LARGE,
                                          &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, ==, 10);
  g_assert_cmpstr (contents, ==, "0123456789");
  g_clear_pointer (&contents, g_free);

  g_assert_false (gloss_file_read_limited (file, 9, TEST_ERROR, TEST_IO,
                                           TEST_NOT_REGULAR, TEST_TOO_LARGE,
                                           &contents, &length, &error));
  g_assert_error (error, TEST_ERROR, TEST_TOO_LARGE);
  assert_message_names_file (error, path);
  g_assert_null (contents);
  g_clear_error (&error);

  g_assert_false (gloss_file_read_limited (dir_file, 1000, TEST_ERROR, TEST_IO,
                                           TEST_NOT_REGULAR, TEST_TOO_LARGE,
                                           &contents, &length, &error));
  g_assert_error (error, TEST_ERROR, TEST_NOT_REGULAR);
  assert_message_names_file (error, dir);
  g_clear_error (&error);

  g_assert_false (gloss_file_read_limited (zero, 1000, TEST_ERROR, TEST_IO,
                                           TEST_NOT_REGULAR, TEST_TOO_LARGE,
                                           &contents, &length, &error));
  g_assert_error (error, TEST_ERROR, TEST_NOT_REGULAR);
  assert_message_names_file (error, "/dev/zero");
  g_clear_error (&error);

  g_assert_false (gloss_file_read_limited (missing_file, 1000, TEST_ERROR, TEST_IO,
                                           TEST_NOT_REGULAR, TEST_TOO_LARGE,
                                           &contents, &length, &error));
  g_assert_error (error, TEST_ERROR, TEST_IO);
  assert_message_names_file (error, missing);
  g_assert_null (contents);

  test_util_remove_tree (dir);
}

static void
test_read_empty (void)
{
  g_autofree char *dir = test_util_make_tmp_dir ("fileutil");
  g_autofree char *path = g_build_filename (dir, "empty", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 1;

  write_file (path, "");
  g_assert_true (gloss_file_read_limited (file, 10, TEST_ERROR, TEST_IO,
                                          TEST_NOT_REGULAR, TEST_TOO_LARGE,
                                          &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, ==, 0);
  g_assert_cmpstr (contents, ==, "");

  test_util_remove_tree (dir);
}

/* the window's one naming rule: the name, and the folder only when two
 * open files share the name */
static void
test_label (void)
{
  g_autofree char *home_a = g_build_filename (g_get_home_dir (), "a", "p.gloss", NULL);
  g_autoptr(GFile) a = g_file_new_for_path (home_a);
  g_autoptr(GFile) a_again = g_file_new_for_path (home_a);
  g_autoptr(GFile) b = g_file_new_for_path ("/srv/briefings/p.gloss");
  g_autoptr(GFile) c = g_file_new_for_path ("/srv/briefings/q.gloss");
  GFile *alone[] = { c, a_again };
  GFile *shared[] = { c, b };
  g_autofree char *plain = gloss_file_label (a, alone, G_N_ELEMENTS (alone));
  g_autofree char *with_folder = gloss_file_label (a, shared, G_N_ELEMENTS (shared));
  g_autofree char *other = gloss_file_label (b, (GFile *[]) { a }, 1);
  g_autofree char *no_others = gloss_file_label (c, NULL, 0);
  g_autofree char *message = NULL;
  g_autofree char *by_name = NULL;
  g_autofree char *untouched = NULL;

  g_assert_cmpstr (plain, ==, "p.gloss");
  g_assert_cmpstr (with_folder, ==, "p.gloss (~/a)");
  g_assert_cmpstr (other, ==, "p.gloss (/srv/briefings)");
  g_assert_cmpstr (no_others, ==, "q.gloss");

  /* a core message names the file by its path, or by its name */
  message = gloss_file_relabel_message ("/srv/briefings/p.gloss: the file ends early", b, other);
  g_assert_cmpstr (message, ==, "p.gloss (/srv/briefings): the file ends early");
  by_name = gloss_file_relabel_message ("p.gloss: line 3: not a transcript", b, "p.gloss");
  g_assert_cmpstr (by_name, ==, "p.gloss: line 3: not a transcript");
  untouched = gloss_file_relabel_message ("/srv/briefings/p.glossary: gone", b, "p.gloss");
  g_assert_cmpstr (untouched, ==, "/srv/briefings/p.glossary: gone");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fileutil/label", test_label);
  g_test_add_func ("/fileutil/replace/new", test_replace_new);
  g_test_add_func ("/fileutil/replace/keeps-mode", test_replace_existing_keeps_mode);
  g_test_add_func ("/fileutil/replace/follows-symlink", test_replace_follows_symlink);
  g_test_add_func ("/fileutil/replace/directory-refused", test_replace_directory_refused);
  g_test_add_func ("/fileutil/replace/unwritable-folder", test_replace_unwritable_folder);
  g_test_add_func ("/fileutil/replace/read-only-folder", test_replace_read_only_folder);
  g_test_add_func ("/fileutil/replace/write-fails", test_replace_write_fails);
  g_test_add_func ("/fileutil/replace/device-refused", test_replace_device_refused);
  g_test_add_func ("/fileutil/read/limited", test_read_limited);
  g_test_add_func ("/fileutil/read/empty", test_read_empty);

  return g_test_run ();
}
