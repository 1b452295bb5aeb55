#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "import-test-util.h"

/* The import registry: the table, choosing a format, reading files. */

static void
test_directory (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gloss-import-XXXXXX", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GlossTranscript) t = NULL;

  t = gloss_import_file (file, NULL, NULL, &error);
  g_assert_null (t);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_NOT_REGULAR);
  g_assert_true (g_str_has_prefix (error->message, dir));
  g_rmdir (dir);
}

static void
test_device (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/zero");
  g_autoptr(GlossTranscript) t = NULL;

  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/zero");
      return;
    }
  /* never read: /dev/zero would never end */
  t = gloss_import_file (file, NULL, NULL, &error);
  g_assert_null (t);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_NOT_REGULAR);
  g_assert_true (g_str_has_prefix (error->message, "/dev/zero"));
}

static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gloss-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GlossTranscript) t = NULL;
  int fd;

  /* a sparse file: large to stat, cheap to make, refused before reading */
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  if (ftruncate (fd, (off_t) GLOSS_IMPORT_MAX_SIZE + 1) != 0)
    {
      close (fd);
      g_unlink (path);
      g_rmdir (dir);
      g_test_skip ("cannot make a sparse file here");
      return;
    }
  close (fd);

  t = gloss_import_file (file, NULL, NULL, &error);
  g_assert_null (t);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, path));

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/gloss/briefing.txt");
  g_autoptr(GlossTranscript) t = NULL;

  t = gloss_import_file (file, NULL, NULL, &error);
  g_assert_null (t);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/gloss/briefing.txt"));
}

/* ---------------------------------------------------------------- table */

static void
test_table (void)
{
  const GlossImportFormat * const *formats;
  const GlossImportFormat *text;
  guint n = 0;

  formats = gloss_import_formats (&n);
  g_assert_cmpuint (n, >=, 1);
  text = gloss_import_format_lookup ("text");
  g_assert_nonnull (text);
  g_assert_true (formats[0] == text);
  g_assert_null (gloss_import_format_lookup ("no-such-format"));

  for (guint i = 0; i < n; i++)
    {
      const char *label = gloss_import_format_get_label (formats[i]);

      /* every format can build a file-chooser filter */
      g_assert_nonnull (gloss_import_format_get_id (formats[i]));
      g_assert_nonnull (label);
      g_assert_cmpuint (strlen (label), >, 0);
      g_assert_nonnull (gloss_import_format_get_extensions (formats[i])[0]);
      g_assert_nonnull (gloss_import_format_get_mime_types (formats[i])[0]);
      g_assert_true (gloss_import_format_lookup (gloss_import_format_get_id (formats[i])) == formats[i]);
    }
  g_assert_cmpstr (gloss_import_format_get_label (text), ==, "Plain text transcript");
  g_assert_true (g_strv_contains (gloss_import_format_get_extensions (text), "txt"));
  g_assert_true (g_strv_contains (gloss_import_format_get_mime_types (text), "text/plain"));
}

static void
test_for_file (void)
{
  const GlossImportFormat *text = gloss_import_format_lookup ("text");
  const struct { const char *path; gboolean known; } cases[] = {
    { "/tmp/briefing.txt", TRUE },
    { "/tmp/BRIEFING.TXT", TRUE },
    { "/tmp/notes.text", TRUE },
    { "/tmp/project.gloss", FALSE },
    { "/tmp/no-extension", FALSE },
    { "/tmp/dir.txt/readme", FALSE },
    { "/tmp/trailing-dot.", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (cases[i].path);

      g_assert_true (gloss_import_format_for_file (file) == (cases[i].known ? text : NULL));
    }
  g_assert_true (gloss_import_format_for_mime_type ("text/plain") == text);
  g_assert_true (gloss_import_format_for_mime_type ("TEXT/PLAIN") == text);
  g_assert_null (gloss_import_format_for_mime_type ("application/pdf"));
}

/* content first; the plain-text reader gets what nothing else claims, so
 * it can say what is wrong */
static void
test_detect (void)
{
  const GlossImportFormat *text = gloss_import_format_lookup ("text");
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

  /* Markdown is plain text but for its name */
  g_assert_true (gloss_import_format_detect ("Anna:\nHello.\n", 13, "notes.md") == gloss_import_format_lookup ("markdown"));
  g_assert_true (gloss_import_format_detect ("Anna:\nHello.\n", 13, "notes.doc") == text);
  g_assert_true (gloss_import_format_detect ("Anna:\nHello.\n", 13, NULL) == text);
  g_assert_true (gloss_import_format_detect ("\xff\xfe" "A\0", 4, "a.bin") == text);
  g_assert_true (gloss_import_format_detect (png, sizeof png - 1, "picture.png") == text);
  g_assert_true (gloss_import_format_detect ("", 0, NULL) == text);
}

static void
test_format_by_id (void)
{
  static const char data[] = "Title\n\nAnna Berg:\n\nHello.\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossTranscript) t = NULL;
  g_autoptr(GlossTranscript) unknown = NULL;

  t = gloss_import_data (data, sizeof data - 1, "a.bin", "text", NULL, &error);
  g_assert_no_error (error);
  import_test_assert_turn (t, 1, GLOSS_TURN_REMARKS, "Anna Berg", NULL, -1, "Anna Berg:");

  unknown = gloss_import_data (data, sizeof data - 1, "/some/dir/a.txt", "pdf", NULL, &error);
  g_assert_null (unknown);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_true (g_str_has_prefix (error->message, "a.txt: "));
  g_assert_nonnull (strstr (error->message, "pdf"));
}

/* options reach the reader through gloss_import_file */
static void
test_file_with_encoding (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gloss-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "latin.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GlossTranscript) refused = NULL;
  g_autoptr(GlossTranscript) t = NULL;
  GlossImportOptions options = { .encoding = "ISO-8859-1" };

  g_assert_true (g_file_set_contents (path, "R\xe9union\n\nAnna Berg:\n\nBonjour \xe0 tous.\n", -1, NULL));

  refused = gloss_import_file (file, NULL, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_ENCODING);
  g_assert_cmpstr (gloss_import_error_get_encoding (error), ==, "WINDOWS-1252");
  g_clear_error (&error);

  t = gloss_import_file (file, NULL, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "Réunion");
  g_assert_true (g_str_has_suffix (gloss_transcript_get_text (t), "Bonjour à tous.\n"));

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import-format/table", test_table);
  g_test_add_func ("/import-format/for-file", test_for_file);
  g_test_add_func ("/import-format/detect", test_detect);
  g_test_add_func ("/import-format/by-id", test_format_by_id);
  g_test_add_func ("/import-format/file-with-encoding", test_file_with_encoding);
  g_test_add_func ("/import-format/error/directory", test_directory);
  g_test_add_func ("/import-format/error/device", test_device);
  g_test_add_func ("/import-format/error/too-large", test_too_large);
  g_test_add_func ("/import-format/error/missing-file", test_missing_file);

  return g_test_run ();
}
