#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "export-test-util.h"
#include "test-util.h"
#include "gloss-import-container.h"

/* The XLSX export: the CSV's columns, frozen and filtered, topic colours,
 * a Topics x Speakers sheet, and never a formula. */

static gboolean
want_all (const char *name,
          gpointer    user_data)
{
  return TRUE;
}

static char *
entry_text (GHashTable *entries,
            const char *name)
{
  GBytes *bytes = g_hash_table_lookup (entries, name);

  g_assert_nonnull (bytes);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_structure (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  g_autoptr(GError) error = NULL;
  gsize length;
  g_autofree char *data = export_string (project, NULL, "xlsx", 0, &length);
  g_autoptr(GHashTable) entries = _gloss_zip_read (data, length, "claims.xlsx", want_all, NULL, &error);
  g_autofree char *workbook = NULL;
  g_autofree char *claims = NULL;
  g_autofree char *matrix = NULL;
  g_autofree char *strings = NULL;
  g_autofree char *styles = NULL;
  g_autofree char *filter = NULL;

  g_assert_no_error (error);
  workbook = entry_text (entries, "xl/workbook.xml");
  claims = entry_text (entries, "xl/worksheets/sheet1.xml");
  matrix = entry_text (entries, "xl/worksheets/sheet2.xml");
  strings = entry_text (entries, "xl/sharedStrings.xml");
  styles = entry_text (entries, "xl/styles.xml");

  g_assert_nonnull (strstr (workbook, "name=\"Claims\""));
  g_assert_nonnull (strstr (workbook, "name=\"Topics x Speakers\""));
  /* the header stays put and filters */
  g_assert_nonnull (strstr (claims, "state=\"frozen\""));
  filter = g_strdup_printf ("<autoFilter ref=\"A1:R%u\"/>", N_FIXTURE_CLAIMS + 1);
  g_assert_nonnull (strstr (claims, filter));
  /* no formula anywhere, though a note reads "=SUM(A1) of them" */
  g_assert_null (strstr (claims, "<f>"));
  g_assert_null (strstr (matrix, "<f>"));
  g_assert_nonnull (strstr (strings, "=SUM(A1) of them"));
  g_assert_nonnull (strstr (strings, "time_begin"));
  /* status, figures and sources have their own columns, as in the CSV */
  g_assert_nonnull (strstr (strings, "<t>status</t>"));
  g_assert_nonnull (strstr (strings, "<t>verified</t>"));
  g_assert_nonnull (strstr (strings, "<t>961,000</t>"));
  g_assert_nonnull (strstr (strings, "Network statistics (2021) &lt;https://example.org/stats?year=2021&amp;kind=5g&gt; (2021-07-20)\nAnnual report 2020, p. 12"));
  /* the colour of each claim's (first) topic fills its cell */
  for (guint i = 0; i < gloss_project_get_n_claims (project); i++)
    {
      const char * const *ids = gloss_claim_get_topics (gloss_project_get_claim (project, i));
      GlossTopic *topic = ids[0] != NULL ? gloss_project_lookup_topic (project, ids[0]) : NULL;
      g_autofree char *argb = NULL;
      g_autofree char *fill = NULL;

      if (topic == NULL)
        continue;
      argb = g_ascii_strup (gloss_topic_get_color (topic) + 1, -1);
      fill = g_strconcat ("rgb=\"FF", argb, "\"", NULL);

      if (strstr (styles, fill) == NULL)
        g_error ("no fill for topic %s (%s)", gloss_topic_get_name (topic), fill);
    }
}

/* LibreOffice opens the file and finds every claim, as text */
static void
test_libreoffice (void)
{
  g_autofree char *soffice = find_libreoffice ();
  g_autoptr(GlossProject) project = make_fixture ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *input = NULL;
  g_autofree char *output = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *out_data = NULL;
  g_autoptr(GFile) input_file = NULL;
  gsize out_length;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }
  dir = test_util_make_tmp_dir ("xlsx-lo");
  input = g_build_filename (dir, "claims.xlsx", NULL);
  output = g_build_filename (dir, "claims.csv", NULL);
  profile = g_build_filename (dir, "profile", NULL);
  input_file = g_file_new_for_path (input);
  gloss_export_to_file (project, NULL, export_format ("xlsx"), 0, input_file, &error);
  g_assert_no_error (error);

  {
    const char *inputs[] = { input, NULL };

    libreoffice_to_csv (soffice, profile, NULL, dir, inputs);
  }

  g_file_get_contents (output, &out_data, &out_length, &error);
  g_assert_no_error (error);
  rows = parse_csv (out_data, out_length, TRUE);
  g_assert_cmpuint (rows->len, ==, 1 + N_FIXTURE_CLAIMS);
  for (guint r = 1; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);
      const FixtureClaim *fc = lookup_fixture_claim (row[0]);
      GlossClaim *claim = gloss_project_lookup_claim (project, row[0]);
      g_autofree char *start = g_strdup_printf ("%u", gloss_claim_get_start (claim));

      g_assert_nonnull (fc);
      g_assert_cmpuint (g_strv_length (row), ==, 18);
      /* text as it is: no apostrophe needed, nothing evaluated */
      g_assert_cmpstr (row[5], ==, fc->quote);
      g_assert_cmpstr (row[6], ==, fc->note);
      g_assert_cmpstr (row[7], ==, fc->status != NULL ? fc->status : "unchecked");
      g_assert_cmpstr (row[10], ==, start);
    }
  test_util_remove_tree (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/xlsx/structure", test_structure);
  g_test_add_func ("/export/xlsx/libreoffice", test_libreoffice);

  return g_test_run ();
}
