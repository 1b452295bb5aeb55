/* The PDF report, read back with pdftotext: every claim's words are there,
 * Chinese included, with status, figures and sources, and Han text is set
 * in a CJK font (pdffonts). */

#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "export-test-util.h"
#include "gloss-export-pdf.h"

/* text without any white space: pdftotext breaks lines where the layout
 * wrapped them */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return g_steal_pointer (&out);
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdffonts = g_find_program_in_path ("pdffonts");

  return pdftotext != NULL && pdffonts != NULL;
}

static void
test_pdf_text (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  const GlossExportFormat *format = gloss_export_pdf_register ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gloss-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *fonts = NULL;
  gsize size;
  const char *data;

  if (!have_poppler ())
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }

  g_assert_true (format == gloss_export_format_lookup ("pdf"));
  g_assert_true (format == gloss_export_format_for_extension ("pdf"));
  /* registering twice gives the same entry */
  g_assert_true (format == gloss_export_pdf_register ());

  bytes = gloss_export (project, NULL, format, GLOSS_EXPORT_FLAGS_NONE, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);
  g_assert_cmpmem (data, 5, "%PDF-", 5);
  g_assert_true (g_file_set_contents (path, data, size, &error));

  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };

    text = run_tool (argv);
  }
  flat = squeeze (text);

  for (guint i = 0; i < G_N_ELEMENTS (fixture_claims); i++)
    {
      g_autofree char *quote = squeeze (fixture_claims[i].quote);

      if (strstr (flat, quote) == NULL)
        g_error ("claim %s is not in the PDF's text:\n%s", fixture_claims[i].id, text);
    }
  g_assert_nonnull (strstr (flat, "一共接种了十亿剂疫苗"));
  g_assert_nonnull (strstr (flat, "绿色制造进展顺利！"));
  g_assert_nonnull (strstr (flat, "PressBriefingonNetworks&Health"));
  g_assert_nonnull (strstr (flat, "Status:Verified"));
  g_assert_nonnull (strstr (flat, "Status:False"));
  g_assert_nonnull (strstr (flat, "Figures:961,000"));
  g_assert_nonnull (strstr (flat, "国家卫健委通报<https://example.org/疫苗>,accessed2021-07-17"));
  g_assert_nonnull (strstr (flat, "Summary"));

  /* Han text is in a CJK face, not drawn from a Latin font's fallback */
  {
    const char *argv[] = { "pdffonts", path, NULL };

    fonts = run_tool (argv);
  }
  g_assert_nonnull (strstr (fonts, "CJK"));

  g_unlink (path);
  g_rmdir (dir);
}

/* the HTML report's two charts are in the PDF too, after the summary: the
 * matrix labelled with the speakers, the topics and the counts, then the
 * timeline */
static void
test_pdf_charts (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gloss-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *matrix = NULL;
  const char *summary, *chart, *timeline;

  if (!have_poppler ())
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }

  bytes = gloss_export (project, NULL, gloss_export_pdf_register (), GLOSS_EXPORT_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error));
  {
    const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };

    text = run_tool (argv);
  }

  summary = strstr (text, "Summary");
  chart = strstr (text, "Claims by speaker and topic");
  timeline = strstr (text, "Where topics are discussed");
  g_assert_nonnull (summary);
  g_assert_nonnull (chart);
  g_assert_nonnull (timeline);
  g_assert_true (summary < chart && chart < timeline);
  g_assert_null (strstr (chart + 1, "Claims by speaker and topic"));

  /* the matrix's own labels: its columns, its rows and Dr. Lin's 3 claims on 5G */
  matrix = g_strndup (chart, timeline - chart);
  g_assert_nonnull (strstr (matrix, "5G"));
  g_assert_nonnull (strstr (matrix, "Vaccines"));
  g_assert_nonnull (strstr (matrix, "Daily Ledger & <Co>"));
  {
    const char *row = strstr (matrix, "Dr. Ada Lin");
    g_autofree char *line = NULL;

    g_assert_nonnull (row);
    line = g_strndup (row, strcspn (row, "\n"));
    g_assert_true (g_regex_match_simple ("^Dr\\. Ada Lin +3( |$)", line, 0, 0));
  }

  g_unlink (path);
  g_rmdir (dir);
}

/* every page break keeps the words: a long report reads back whole */
static void
test_pdf_many_pages (void)
{
  g_autoptr(GlossTranscript) transcript = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gloss-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "long.pdf", NULL);
  g_autofree char *text = NULL;
  GString *s = g_string_new (NULL);
  const char *topics[] = { "5g", NULL };
  const guint n = 300;
  guint found = 0;

  if (!have_poppler ())
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "Statement number %u is here. ", i);
  transcript = gloss_transcript_new (s->str, -1);
  project = gloss_project_new (transcript);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *needle = g_strdup_printf ("Statement number %u is", i);
      const char *at = strstr (s->str, needle);
      guint start = g_utf8_pointer_to_offset (s->str, at);
      g_autoptr(GlossClaim) claim = gloss_claim_new (transcript, start, start + g_utf8_strlen (needle, -1),
                                                     topics, NULL, NULL);

      gloss_project_add_claim (project, claim);
    }
  g_string_free (s, TRUE);

  bytes = gloss_export (project, NULL, gloss_export_pdf_register (), 0, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error));
  {
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };

    text = run_tool (argv);
  }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *needle = g_strdup_printf ("Statement number %u is\n", i);

      found += strstr (text, needle) != NULL;
    }
  g_assert_cmpuint (found, ==, n);
  /* pages are separated by form feeds */
  g_assert_cmpuint (count_occurrences (text, "\f"), >, 10);

  g_unlink (path);
  g_rmdir (dir);
}

/* the transcript as printed: its words whole, every located claim's number
 * once in the margin, in text order */
static void
test_pdf_transcript (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  g_autoptr(GPtrArray) pages = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gloss-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "transcript.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GString) numbers = g_string_new (NULL);
  g_autoptr(GRegex) margin = g_regex_new ("\\d+", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GString *all = g_string_new (NULL);
  cairo_surface_t *surface;
  cairo_t *cr;

  if (!have_poppler ())
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      g_string_free (all, TRUE);
      return;
    }

  pages = gloss_export_pdf_render_transcript_pages (project);
  g_assert_cmpuint (pages->len, >=, 1);
  surface = cairo_pdf_surface_create (path, GLOSS_EXPORT_PDF_PAGE_WIDTH, GLOSS_EXPORT_PDF_PAGE_HEIGHT);
  cr = cairo_create (surface);
  for (guint i = 0; i < pages->len; i++)
    {
      cairo_set_source_surface (cr, g_ptr_array_index (pages, i), 0, 0);
      cairo_paint (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  /* the text column (at 72 dpi a pixel is a point), and the margin left of it */
  {
    const char *argv[] = { "pdftotext", "-r", "72", "-x", "84", "-y", "0", "-W", "520", "-H", "800",
                           "-enc", "UTF-8", path, "-", NULL };

    text = run_tool (argv);
  }
  flat = squeeze (text);
  for (guint i = 0; i < G_N_ELEMENTS (fixture_claims); i++)
    {
      g_autofree char *quote = squeeze (fixture_claims[i].quote);

      if (strstr (flat, quote) == NULL)
        g_error ("claim %s is not in the printed transcript:\n%s", fixture_claims[i].id, text);
    }
  {
    const char *argv[] = { "pdftotext", "-r", "72", "-x", "0", "-y", "0", "-W", "84", "-H", "800",
                           "-layout", "-enc", "UTF-8", path, "-", NULL };
    g_autofree char *gutter = run_tool (argv);

    g_regex_match (margin, gutter, 0, &match);
    while (g_match_info_matches (match))
      {
        g_autofree char *found = g_match_info_fetch (match, 0);

        g_string_append_printf (numbers, "%s%s", numbers->len > 0 ? "," : "", found);
        g_match_info_next (match, NULL);
      }
  }
  for (guint i = 1; i <= G_N_ELEMENTS (fixture_claims); i++)
    g_string_append_printf (all, "%s%u", i > 1 ? "," : "", i);
  expected = g_string_free (all, FALSE);
  g_assert_cmpstr (numbers->str, ==, expected);

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/pdf/text", test_pdf_text);
  g_test_add_func ("/export/pdf/many-pages", test_pdf_many_pages);
  g_test_add_func ("/export/pdf/charts", test_pdf_charts);
  g_test_add_func ("/export/pdf/transcript", test_pdf_transcript);

  return g_test_run ();
}
