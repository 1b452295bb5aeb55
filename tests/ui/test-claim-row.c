/* A sidebar row shows where its claim is in the recording when the
 * transcript came with media times (subtitles), and nothing when not; a
 * claim a 3-way merge left conflicting carries a warning sign. */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "gloss-claim-row.h"
#include "gloss-import-format.h"
#include "ui-test-util.h"

static GlossProject *
project_from (const char *name,
              const char *data,
              const char *quote)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossTranscript) transcript = gloss_import_data (data, strlen (data), name, NULL, NULL, &error);
  GlossProject *project;
  guint start;
  const char *topics[] = { NULL };

  g_assert_no_error (error);
  project = gloss_project_new (transcript);
  start = test_util_offset_of (transcript, quote);
  {
    g_autoptr(GlossClaim) claim = gloss_claim_new (transcript, start, start + g_utf8_strlen (quote, -1),
                                                   topics, NULL, NULL);

    gloss_project_add_claim (project, claim);
  }
  return project;
}

static GtkLabel *
time_label_of (GlossProject *project,
               GtkWidget   **row_out)
{
  GtkWidget *row = g_object_ref_sink (gloss_claim_row_new ());
  GtkWidget *label;

  gloss_claim_row_set_claim (GLOSS_CLAIM_ROW (row), project, gloss_project_get_claim (project, 0));
  label = ui_test_find_widget (GTK_WIDGET (row), ui_test_has_css_class, "claim-time");
  g_assert_nonnull (label);
  *row_out = row;
  return GTK_LABEL (label);
}

static void
test_subtitle_time (void)
{
  static const char vtt[] =
    "WEBVTT\n\n"
    "00:00:01.000 --> 00:00:04.000\n<v Ann Lee>We open at nine.\n\n"
    "01:02:03.000 --> 01:02:07.500\n<v Tom Reed>When do you close?\n";
  g_autoptr(GlossProject) project = project_from ("day.vtt", vtt, "When do you close?");
  g_autoptr(GtkWidget) row = NULL;
  GtkLabel *label = time_label_of (project, &row);
  const char *tooltip;

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (label)));
  g_assert_cmpstr (gtk_label_get_text (label), ==, "1:02:03\u20131:02:07");
  tooltip = gtk_widget_get_tooltip_text (GTK_WIDGET (label));
  g_assert_nonnull (strstr (tooltip, "1:02:03"));
}

static void
test_no_time (void)
{
  static const char txt[] = "Ann Lee: We open at nine.\n\nTom Reed: When do you close?\n";
  g_autoptr(GlossProject) project = project_from ("day.txt", txt, "When do you close?");
  g_autoptr(GtkWidget) row = NULL;
  GtkLabel *label = time_label_of (project, &row);

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (label)));
}

static void
test_conflict_icon (void)
{
  static const char txt[] = "Ann Lee: We open at nine.\n\nTom Reed: When do you close?\n";
  g_autoptr(GlossProject) project = project_from ("day.txt", txt, "When do you close?");
  g_autoptr(GtkWidget) row = NULL;
  g_autoptr(GlossClaim) theirs = NULL;
  GlossClaim *claim = gloss_project_get_claim (project, 0);
  const char *topics[] = { NULL };
  GtkWidget *icon;

  (void) time_label_of (project, &row);
  icon = ui_test_find_widget (row, ui_test_has_css_class, "claim-conflict");
  g_assert_nonnull (icon);
  g_assert_false (gtk_widget_get_visible (icon));

  theirs = gloss_claim_new (gloss_project_get_text (project, gloss_claim_get_text_role (claim)),
                            gloss_claim_get_start (claim), gloss_claim_get_end (claim), topics,
                            "their note", "Tom");
  gloss_project_set_claim_conflict (project, claim, theirs);
  gloss_claim_row_set_claim (GLOSS_CLAIM_ROW (row), project, claim);
  g_assert_true (gtk_widget_get_visible (icon));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (icon), ==, "Edited differently by two annotators");

  /* resolved: the sign goes */
  gloss_project_set_claim_conflict (project, claim, NULL);
  gloss_claim_row_set_claim (GLOSS_CLAIM_ROW (row), project, claim);
  g_assert_false (gtk_widget_get_visible (icon));
}

int
main (int argc, char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      return 77;
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/claim-row/subtitle-time", test_subtitle_time);
  g_test_add_func ("/claim-row/no-time", test_no_time);
  g_test_add_func ("/claim-row/conflict-icon", test_conflict_icon);

  return g_test_run ();
}
