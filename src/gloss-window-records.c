/* The window's side of claims as records (issue 15): status and sources of
 * the selected claim, the Suggestions and Statistics pages of the side
 * panel, and printing the report. */

#include "config.h"

#include <glib/gi18n.h>

#include "gloss-claim-record-dialog.h"
#include "gloss-export-format.h"
#include "gloss-export-pdf.h"
#include "gloss-stats-page.h"
#include "gloss-suggestions-page.h"
#include "gloss-window-private.h"

#define SUGGESTIONS_PAGE "suggestions"
#define STATS_PAGE       "statistics"

static GlossHistory *
window_history (GlossWindow *self)
{
  return self->document != NULL ? gloss_document_get_history (self->document) : NULL;
}

static GlossClaim *
selected_claim (GlossWindow *self)
{
  GlossClaim *claim = self->document != NULL ? gloss_sidebar_get_selected_claim (self->sidebar) : NULL;

  if (claim == NULL && self->document != NULL)
    _gloss_window_toast (self, _("Select a claim in the list first"));

  return claim;
}

static void
claim_status_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GlossWindow *self = user_data;
  GlossClaim *claim = selected_claim (self);
  GlossClaimStatus status;
  g_autofree char *toast = NULL;

  if (claim == NULL || !gloss_claim_status_from_string (g_variant_get_string (parameter, NULL), &status))
    return;

  gloss_history_set_claim_status (window_history (self), claim, status);
  /* Translators: a toast after the status of a claim was set */
  toast = g_strdup_printf (_("Status: %s"), gloss_claim_status_get_label (status));
  _gloss_window_toast (self, toast);
}

static void
claim_record_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GlossWindow *self = user_data;
  GlossClaim *claim = selected_claim (self);

  if (claim == NULL)
    return;
  gtk_window_present (GTK_WINDOW (gloss_claim_record_dialog_new (GTK_WINDOW (self), window_history (self),
                                                                 claim)));
}

/* from the claim popover's status toggles: (claim id, status) */
static void
claim_status_of_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  GlossWindow *self = user_data;
  const char *id, *name;
  GlossClaim *claim;
  GlossClaimStatus status;

  if (self->document == NULL)
    return;
  g_variant_get (parameter, "(&s&s)", &id, &name);
  claim = gloss_project_lookup_claim (gloss_document_get_project (self->document), id);
  if (claim == NULL || !gloss_claim_status_from_string (name, &status))
    return;
  gloss_history_set_claim_status (window_history (self), claim, status);
}

/* from the claim popover: the claim it edits, by id */
static void
claim_record_of_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  GlossWindow *self = user_data;
  GlossClaim *claim;

  if (self->document == NULL)
    return;
  claim = gloss_project_lookup_claim (gloss_document_get_project (self->document),
                                      g_variant_get_string (parameter, NULL));
  if (claim == NULL)
    return;
  gtk_popover_popdown (GTK_POPOVER (self->topic_chooser));
  gtk_window_present (GTK_WINDOW (gloss_claim_record_dialog_new (GTK_WINDOW (self), window_history (self),
                                                                 claim)));
}

static GtkWidget *
side_page (GlossWindow *self,
           const char  *name)
{
  return adw_view_stack_get_child_by_name (self->side_stack, name);
}

static void
show_page (GlossWindow *self,
           const char  *name)
{
  _gloss_window_show_side_page (self, name, TRUE);
  _gloss_window_present_side_page (self, name);
}

static void
suggest_claims_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GlossWindow *self = user_data;
  GlossSuggestionsPage *page = GLOSS_SUGGESTIONS_PAGE (side_page (self, SUGGESTIONS_PAGE));
  guint n;

  if (self->document == NULL)
    return;
  show_page (self, SUGGESTIONS_PAGE);
  n = gloss_suggestions_page_suggest (page);
  if (n == 0)
    _gloss_window_toast (self, _("No sentence matches the topics’ keywords"));
}

static void
show_statistics_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  GlossWindow *self = user_data;

  if (self->document == NULL)
    return;
  gloss_stats_page_refresh (GLOSS_STATS_PAGE (side_page (self, STATS_PAGE)));
  show_page (self, STATS_PAGE);
}

/* Printing: the PDF report's pages, or the transcript's, laid out once
 * (src/export-pdf) and scaled to the paper. The print dialog's Gloss tab
 * chooses which. */
typedef struct
{
  GlossProject *project;
  GListModel *claims;         /* the sidebar's, or NULL for all */
  GPtrArray *pages;
  GtkWidget *transcript_button;
  gboolean transcript;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_object (&job->project);
  g_clear_object (&job->claims);
  g_clear_pointer (&job->pages, g_ptr_array_unref);
  g_free (job);
}

static GObject *
create_custom_widget_cb (GtkPrintOperation *operation,
                         PrintJob          *job)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *report = gtk_check_button_new_with_mnemonic (_("The claims _report"));
  GtkWidget *transcript = gtk_check_button_new_with_mnemonic (_("The _transcript, with the claims highlighted "
                                                                "and numbered in the margin"));

  gtk_check_button_set_group (GTK_CHECK_BUTTON (transcript), GTK_CHECK_BUTTON (report));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (report), TRUE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_box_append (GTK_BOX (box), report);
  gtk_box_append (GTK_BOX (box), transcript);
  job->transcript_button = transcript;

  return G_OBJECT (box);
}

static void
custom_widget_apply_cb (GtkPrintOperation *operation,
                        GtkWidget         *widget,
                        PrintJob          *job)
{
  job->transcript = gtk_check_button_get_active (GTK_CHECK_BUTTON (job->transcript_button));
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  if (job->transcript)
    job->pages = gloss_export_pdf_render_transcript_pages (job->project);
  else
    {
      g_autoptr(GError) error = NULL;
      GlossExportRecords *records = gloss_export_records_new (job->project, job->claims, &error);

      job->pages = records != NULL ? gloss_export_pdf_render_pages (records)
                                   : g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
      gloss_export_records_free (records);
    }
  gtk_print_operation_set_n_pages (operation, (int) MAX (job->pages->len, 1));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double scale = MIN (gtk_print_context_get_width (context) / GLOSS_EXPORT_PDF_PAGE_WIDTH,
                      gtk_print_context_get_height (context) / GLOSS_EXPORT_PDF_PAGE_HEIGHT);

  if ((guint) page_nr >= job->pages->len)
    return;
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, g_ptr_array_index (job->pages, page_nr), 0, 0);
  cairo_paint (cr);
}

static void
print_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GlossWindow *self = user_data;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  PrintJob *job;

  if (self->document == NULL)
    return;

  job = g_new0 (PrintJob, 1);
  job->project = g_object_ref (gloss_document_get_project (self->document));
  /* the claims the sidebar shows, as in Export */
  if (gloss_sidebar_get_filter_active (self->sidebar))
    job->claims = g_object_ref (gloss_sidebar_get_filtered_claims (self->sidebar));

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, gtk_window_get_title (GTK_WINDOW (self)));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_custom_tab_label (operation, _("Gloss"));
  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (create_custom_widget_cb), job);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (custom_widget_apply_cb), job);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_object_set_data_full (G_OBJECT (operation), "gloss-print-job", job, (GDestroyNotify) print_job_free);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    _gloss_window_show_error (self, _("Could Not Print"), error);
}

static const GActionEntry record_actions[] = {
  { "claim-status", claim_status_action, "s", NULL, NULL, { 0 } },
  { "claim-record", claim_record_action, NULL, NULL, NULL, { 0 } },
  { "claim-record-of", claim_record_of_action, "s", NULL, NULL, { 0 } },
  { "claim-status-of", claim_status_of_action, "(ss)", NULL, NULL, { 0 } },
  { "suggest-claims", suggest_claims_action, NULL, NULL, NULL, { 0 } },
  { "show-statistics", show_statistics_action, NULL, NULL, NULL, { 0 } },
  { "print", print_action, NULL, NULL, NULL, { 0 } },
};

static const struct
{
  const char *action;
  const char *accel;
} record_accels[] = {
  { "win.claim-status::unchecked", "<Control>1" },
  { "win.claim-status::verified", "<Control>2" },
  { "win.claim-status::disputed", "<Control>3" },
  { "win.claim-status::false", "<Control>4" },
  { "win.claim-status::needs-source", "<Control>5" },
  { "win.claim-record", "<Control><Shift>r" },
  { "win.suggest-claims", "<Control><Shift>g" },
  { "win.show-statistics", "<Control><Shift>i" },
  { "win.print", "<Control>p" },
};

void
_gloss_window_install_record_accels (GtkApplication *application)
{
  for (guint i = 0; i < G_N_ELEMENTS (record_accels); i++)
    {
      const char *accel[] = { record_accels[i].accel, NULL };

      gtk_application_set_accels_for_action (application, record_accels[i].action, accel);
    }
}

static void
show_range_cb (GlossSuggestionsPage *page,
               guint                 start,
               guint                 end,
               GlossWindow          *self)
{
  gloss_transcript_view_select_range (self->transcript_view, start, end);
}

static void
stats_filter_cb (GlossStatsPage *page,
                 const char     *topic_id,
                 const char     *speaker,
                 GlossWindow    *self)
{
  GlossProject *project = self->shown_project;

  if (project == NULL)
    return;
  for (guint i = 0; i < gloss_project_get_n_topics (project); i++)
    {
      const char *id = gloss_topic_get_id (gloss_project_get_topic (project, i));

      gloss_sidebar_set_topic_filter (self->sidebar, id, g_strcmp0 (id, topic_id) == 0);
    }
  gloss_sidebar_set_speaker_filter (self->sidebar, speaker);
  adw_view_stack_set_visible_child_name (self->side_stack, "claims");
}

void
_gloss_window_records_init (GlossWindow *self)
{
  GtkWidget *suggestions = gloss_suggestions_page_new ();
  GtkWidget *stats = gloss_stats_page_new ();
  AdwViewStackPage *page;

  g_action_map_add_action_entries (G_ACTION_MAP (self), record_actions, G_N_ELEMENTS (record_actions), self);

  page = adw_view_stack_add_titled (self->side_stack, suggestions, SUGGESTIONS_PAGE, _("Suggestions"));
  adw_view_stack_page_set_icon_name (page, "edit-find-symbolic");
  adw_view_stack_page_set_visible (page, FALSE);
  page = adw_view_stack_add_titled (self->side_stack, stats, STATS_PAGE, _("Statistics"));
  adw_view_stack_page_set_icon_name (page, "view-grid-symbolic");
  adw_view_stack_page_set_visible (page, FALSE);

  g_signal_connect (suggestions, "show-range", G_CALLBACK (show_range_cb), self);
  g_signal_connect (stats, "filter", G_CALLBACK (stats_filter_cb), self);
}

void
_gloss_window_records_set_document (GlossWindow *self)
{
  GlossHistory *history = window_history (self);

  gloss_suggestions_page_set_history (GLOSS_SUGGESTIONS_PAGE (side_page (self, SUGGESTIONS_PAGE)),
                                      history, GTK_TEXT_VIEW (self->transcript_view));
  gloss_stats_page_set_project (GLOSS_STATS_PAGE (side_page (self, STATS_PAGE)),
                                self->document != NULL ? gloss_document_get_project (self->document) : NULL);
  if (self->document == NULL)
    {
      _gloss_window_show_side_page (self, SUGGESTIONS_PAGE, FALSE);
      _gloss_window_show_side_page (self, STATS_PAGE, FALSE);
    }
}
