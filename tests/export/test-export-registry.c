#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "export-test-util.h"

/* every entry can be found by its id and by its extension, and no two
 * share an id, an extension or a MIME type */
static void
test_table (void)
{
  const GlossExportFormat * const *formats = gloss_export_formats ();
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) extensions = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) mime_types = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = 0;

  for (; formats[n] != NULL; n++)
    {
      const GlossExportFormat *format = formats[n];
      const char *id = gloss_export_format_get_id (format);
      const char *extension = gloss_export_format_get_extension (format);
      const char *mime_type = gloss_export_format_get_mime_type (format);
      g_autofree char *upper_id = g_ascii_strup (id, -1);
      g_autofree char *upper_extension = g_ascii_strup (extension, -1);

      g_assert_true (g_hash_table_add (ids, (gpointer) id));
      g_assert_true (g_hash_table_add (extensions, (gpointer) extension));
      g_assert_true (g_hash_table_add (mime_types, (gpointer) mime_type));

      g_assert_true (gloss_export_format_lookup (id) == format);
      g_assert_true (gloss_export_format_lookup (upper_id) == format);
      g_assert_true (gloss_export_format_for_extension (extension) == format);
      g_assert_true (gloss_export_format_for_extension (upper_extension) == format);
      g_assert_null (strchr (extension, '.'));
      g_assert_nonnull (strchr (mime_type, '/'));
      g_assert_cmpstr (gloss_export_format_get_label (format), !=, "");
    }

  /* the five formats of Gloss 0.1, in the dialog's order */
  g_assert_cmpuint (n, >=, 5);
  g_assert_cmpstr (gloss_export_format_get_id (formats[0]), ==, "csv");
  g_assert_cmpstr (gloss_export_format_get_id (formats[1]), ==, "json");
  g_assert_cmpstr (gloss_export_format_get_id (formats[2]), ==, "markdown");
  g_assert_cmpstr (gloss_export_format_get_id (formats[3]), ==, "html");
  g_assert_cmpstr (gloss_export_format_get_id (formats[4]), ==, "w3c");
  g_assert_cmpstr (gloss_export_format_get_extension (export_format ("markdown")), ==, "md");
  g_assert_cmpstr (gloss_export_format_get_extension (export_format ("w3c")), ==, "jsonld");
  g_assert_cmpstr (gloss_export_format_get_mime_type (export_format ("w3c")), ==,
                   "application/ld+json");
  g_assert_cmpstr (gloss_export_format_get_label (export_format ("csv")), ==, "CSV spreadsheet");
  g_assert_cmpstr (gloss_export_format_get_label (export_format ("w3c")), ==, "W3C Web Annotation");
  g_assert_true (gloss_export_format_for_extension ("md") == export_format ("markdown"));

  g_assert_cmpstr (gloss_export_format_get_id (formats[5]), ==, "xlsx");
  g_assert_cmpstr (gloss_export_format_get_id (formats[6]), ==, "qdpx");
  g_assert_true (gloss_export_format_is_text (export_format ("w3c")));
  g_assert_true (gloss_export_format_is_text (export_format ("csv")));
  g_assert_false (gloss_export_format_is_text (export_format ("xlsx")));
  g_assert_false (gloss_export_format_is_text (export_format ("qdpx")));
  g_assert_null (gloss_export_format_lookup ("odt"));
  g_assert_null (gloss_export_format_lookup ("md"));
  g_assert_null (gloss_export_format_lookup (""));
  g_assert_null (gloss_export_format_lookup (NULL));
  g_assert_null (gloss_export_format_for_extension (".csv"));
  g_assert_null (gloss_export_format_for_extension ("markdown"));
  g_assert_null (gloss_export_format_for_extension (NULL));
}

/* every format writes the fixture, in full and filtered, and the file
 * holds the same bytes */
static void
test_every_format_writes (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  g_autoptr(GListStore) none = g_list_store_new (GLOSS_TYPE_CLAIM);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gloss-export-XXXXXX", &error);

  g_assert_no_error (error);
  for (const GlossExportFormat * const *f = gloss_export_formats (); *f != NULL; f++)
    {
      g_autofree char *name = g_strconcat ("claims.", gloss_export_format_get_extension (*f), NULL);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GBytes) bytes = gloss_export (project, NULL, *f, 0, &error);
      g_autoptr(GBytes) empty = NULL;
      g_autofree char *contents = NULL;
      gsize length;

      /* archives (QDPX, XLSX) are read back by their own tests */
      gboolean archive = !gloss_export_format_is_text (*f);

      g_assert_no_error (error);
      g_assert_cmpuint (g_bytes_get_size (bytes), >, 0);
      empty = gloss_export (project, G_LIST_MODEL (none), *f, 0, &error);
      g_assert_no_error (error);
      g_assert_nonnull (empty);
      /* a quote no format escapes, there with its claim and gone without */
      if (!archive)
        {
          g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                          fixture_claims[6].quote));
          g_assert_null (g_strstr_len (g_bytes_get_data (empty, NULL), g_bytes_get_size (empty),
                                       fixture_claims[6].quote));
        }

      g_assert_true (gloss_export_to_file (project, NULL, *f, 0, file, &error));
      g_assert_no_error (error);
      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      g_assert_cmpmem (contents, length, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Names the first differing line and keeps the actual output for diff -u. */
static void
report_golden_difference (const char *path,
                          const char *expected,
                          const char *actual,
                          gsize       length)
{
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *name = g_strconcat (basename, ".actual", NULL);
  g_autofree char *actual_path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  g_auto(GStrv) want = g_strsplit (expected, "\n", -1);
  g_auto(GStrv) got = g_strsplit (actual, "\n", -1);
  guint line = 0;

  while (want[line] != NULL && got[line] != NULL && g_str_equal (want[line], got[line]))
    line++;

  g_file_set_contents (actual_path, actual, length, NULL);
  g_test_fail_printf ("%s differs from the export at line %u:\n  expected: %s\n  actual:   %s\n"
                      "(diff -u %s %s; GLOSS_UPDATE_GOLDEN=1 rewrites the golden files)",
                      path, line + 1, want[line] != NULL ? want[line] : "(end)",
                      got[line] != NULL ? got[line] : "(end)", path, actual_path);
}

/* Every format of the table has its golden file, data/export/fixture.EXTENSION.
 * GLOSS_UPDATE_GOLDEN=1 rewrites the files in the source tree. */
static void
test_golden (void)
{
  const GlossExportFormat * const *formats = gloss_export_formats ();
  g_autoptr(GlossProject) project = make_fixture ();
  gboolean update = g_getenv ("GLOSS_UPDATE_GOLDEN") != NULL;

  for (guint i = 0; formats[i] != NULL; i++)
    {
      const char *id = gloss_export_format_get_id (formats[i]);
      g_autofree char *name = g_strconcat ("fixture.", gloss_export_format_get_extension (formats[i]),
                                           NULL);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "export", name, NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = NULL;
      gsize expected_length = 0;
      gsize length = 0;
      g_autofree char *actual = export_string (project, NULL, id, GLOSS_EXPORT_FLAGS_NONE, &length);

      if (update)
        {
          g_file_set_contents (path, actual, length, &error);
          g_assert_no_error (error);
          g_test_message ("rewrote %s", path);
          continue;
        }

      g_file_get_contents (path, &expected, &expected_length, &error);
      g_assert_no_error (error);
      if (length != expected_length || memcmp (actual, expected, length) != 0)
        report_golden_difference (path, expected, actual, length);
    }
}

static void
test_deterministic (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  g_autoptr(GlossProject) again = make_fixture ();
  g_autoptr(GListStore) reversed = g_list_store_new (GLOSS_TYPE_CLAIM);

  for (guint i = gloss_project_get_n_claims (project); i > 0; i--)
    g_list_store_append (reversed, gloss_project_get_claim (project, i - 1));
  /* a claim given twice is exported once */
  g_list_store_append (reversed, gloss_project_get_claim (project, 0));

  for (const GlossExportFormat * const *f = gloss_export_formats (); *f != NULL; f++)
    {
      const char *id = gloss_export_format_get_id (*f);
      gsize la, lb, lc;
      g_autofree char *a = export_string (project, NULL, id, 0, &la);
      g_autofree char *b = export_string (again, NULL, id, 0, &lb);
      g_autofree char *c = export_string (project, G_LIST_MODEL (reversed), id, 0, &lc);

      g_assert_cmpmem (a, la, b, lb);
      g_assert_cmpmem (a, la, c, lc);
    }
}

static void
test_filter (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  g_autoptr(GListStore) subset = g_list_store_new (GLOSS_TYPE_CLAIM);
  g_autofree char *csv = NULL;
  g_autofree char *md = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_list_store_append (subset, gloss_project_lookup_claim (project, fixture_claims[6].id));
  g_list_store_append (subset, gloss_project_lookup_claim (project, fixture_claims[0].id));

  csv = export_string (project, G_LIST_MODEL (subset), "csv",
                       GLOSS_EXPORT_FLAGS_NO_BOM, NULL);
  rows = parse_csv (csv, strlen (csv), FALSE);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 1))[0], ==, fixture_claims[0].id);
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 2))[0], ==, fixture_claims[6].id);

  md = export_string (project, G_LIST_MODEL (subset), "markdown", 0, NULL);
  g_assert_nonnull (strstr (md, "\n### 5G (1 claim)\n"));
  g_assert_null (strstr (md, "industry"));
  g_assert_null (strstr (md, "Without topic"));

  json = export_string (project, G_LIST_MODEL (subset), "json", 0, NULL);
  root = parse_json (json);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (root),
                                                                          "claims")), ==, 2);
}

static void
test_empty (void)
{
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new ("Nothing to see.\n", -1);
  g_autoptr(GlossProject) project = gloss_project_new_blank (transcript);
  g_autofree char *csv = export_string (project, NULL, "csv", GLOSS_EXPORT_FLAGS_NO_BOM, NULL);
  g_autofree char *html = export_string (project, NULL, "html", 0, NULL);
  g_autofree char *md = export_string (project, NULL, "markdown", 0, NULL);
  g_autofree char *json = export_string (project, NULL, "json", 0, NULL);
  g_autofree char *w3c = export_string (project, NULL, "w3c", 0, NULL);
  g_autoptr(JsonNode) json_root = parse_json (json);
  g_autoptr(JsonNode) w3c_root = parse_json (w3c);

  g_assert_cmpstr (csv, ==, "id,topics,speaker,speaker_kind,asked_by,quote,note,status,figures,sources,"
                            "start,end,turn,author,created,modified,time_begin,time_end,conflict\r\n");
  check_html_structure (html);
  g_assert_nonnull (strstr (html, "No claims."));
  g_assert_null (strstr (html, " lang="));
  g_assert_true (g_str_has_prefix (md, "# Claims report\n"));
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (w3c_root), "total"), ==, 0);
  g_assert_true (json_object_get_null_member (json_object_get_object_member (
    json_node_get_object (json_root), "project"), "title"));
}

static void
test_invalid_claim (void)
{
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new ("Short text.", -1);
  g_autoptr(GlossProject) project = gloss_project_new_blank (transcript);
  g_autoptr(GlossClaim) claim = gloss_claim_new_full ("far-away", 6, 40, "text.", "", "",
                                                      NULL, "", "", NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  gloss_project_add_claim (project, claim);
  bytes = gloss_export (project, NULL, export_format ("html"), 0, &error);
  g_assert_null (bytes);
  g_assert_error (error, GLOSS_EXPORT_ERROR, GLOSS_EXPORT_ERROR_INVALID_CLAIM);
  g_assert_nonnull (strstr (error->message, "far-away"));
}

static void
test_to_file (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gloss-export-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) missing = NULL;
  gsize length, expected_length;

  g_assert_no_error (error);
  path = g_build_filename (dir, "claims.html", NULL);
  file = g_file_new_for_path (path);

  /* replaces what was there */
  g_file_set_contents (path, "old", -1, &error);
  g_assert_no_error (error);
  g_assert_true (gloss_export_to_file (project, NULL, export_format ("html"), 0, file, &error));
  g_assert_no_error (error);

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  expected = export_string (project, NULL, "html", 0, &expected_length);
  g_assert_cmpuint (length, ==, expected_length);
  g_assert_cmpstr (contents, ==, expected);

  missing = g_file_new_build_filename (dir, "no such folder", "claims.csv", NULL);
  g_assert_false (gloss_export_to_file (project, NULL, export_format ("csv"), 0, missing, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "no such folder"));

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/table", test_table);
  g_test_add_func ("/export/every-format-writes", test_every_format_writes);
  g_test_add_func ("/export/golden", test_golden);
  g_test_add_func ("/export/deterministic", test_deterministic);
  g_test_add_func ("/export/filter", test_filter);
  g_test_add_func ("/export/empty", test_empty);
  g_test_add_func ("/export/invalid-claim", test_invalid_claim);
  g_test_add_func ("/export/to-file", test_to_file);

  return g_test_run ();
}
