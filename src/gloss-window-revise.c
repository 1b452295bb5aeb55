#include "config.h"

#include <glib/gi18n.h>

#include "gloss-fileutil.h"
#include "gloss-import-format.h"
#include "gloss-project-file.h"
#include "gloss-revision.h"
#include "gloss-window-private.h"

/* "Replace Text with Revised Version…": the revised file is imported with
 * the import table, every claim re-anchored in one undoable step, and a
 * summary says what happened; the claims whose text is gone are on the
 * side panel's Orphans page, from which the user attaches them to new
 * text or deletes them. */

static void
summary_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     GlossWindow      *self)
{
  if (g_strcmp0 (response, "orphans") == 0)
    {
      _gloss_window_present_side_page (self, "orphans");
    }
  else if (g_strcmp0 (response, "undo") == 0)
    g_action_group_activate_action (G_ACTION_GROUP (self), "undo", NULL);
}

static void
append_line (GString    *body,
             const char *line)
{
  if (body->len > 0)
    g_string_append_c (body, '\n');
  g_string_append (body, line);
}

static char *
summary_body (GlossRevision *revision)
{
  guint exact = gloss_revision_count (revision, GLOSS_ANCHOR_EXACT);
  guint moved = gloss_revision_count (revision, GLOSS_ANCHOR_MOVED);
  guint fuzzy = gloss_revision_count (revision, GLOSS_ANCHOR_FUZZY);
  guint orphaned = gloss_revision_count (revision, GLOSS_ANCHOR_ORPHANED);
  g_autoptr(GString) body = g_string_new (NULL);

  if (gloss_revision_get_n_claims (revision) == 0)
    return g_strdup (_("The project has no claims on this text yet."));

  if (exact > 0)
    {
      g_autofree char *line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u claim found its words in place.",
                                                            "%u claims found their words in place.",
                                                            exact), exact);
      append_line (body, line);
    }
  if (moved > 0)
    {
      g_autofree char *line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u claim moved with its text.",
                                                            "%u claims moved with their text.",
                                                            moved), moved);
      append_line (body, line);
    }
  if (fuzzy > 0)
    {
      g_autofree char *line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u claim is on words that changed; the list shows what it said before.",
                                                            "%u claims are on words that changed; the list shows what they said before.",
                                                            fuzzy), fuzzy);
      append_line (body, line);
    }
  if (orphaned > 0)
    {
      g_autofree char *line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u claim lost its text and is kept on the Orphans page.",
                                                            "%u claims lost their text and are kept on the Orphans page.",
                                                            orphaned), orphaned);
      append_line (body, line);
    }

  return g_string_free (g_steal_pointer (&body), FALSE);
}

static void
show_summary (GlossWindow   *self,
              GlossRevision *revision,
              const char    *heading)
{
  g_autofree char *body = summary_body (revision);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (dialog, "undo", _("_Undo"), "close", _("_Close"), NULL);
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  if (gloss_revision_count (revision, GLOSS_ANCHOR_ORPHANED) > 0)
    {
      adw_message_dialog_add_response (dialog, "orphans", _("Show _Orphans"));
      adw_message_dialog_set_response_appearance (dialog, "orphans", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "orphans");
    }
  g_signal_connect_object (dialog, "response", G_CALLBACK (summary_response_cb), self, 0);
  _gloss_window_track_dialog (self, GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The revision's work runs in a worker thread: importing the file,
 * diffing the two texts and anchoring every claim take most of a second
 * for a 5 MB text. It reads the project; the modal progress dialog keeps
 * the user from editing it meanwhile. The history step is taken on the
 * main thread when it is done. */

typedef struct
{
  GFile *file;
  GlossProject *project;
} ReviseJob;

static void
revise_job_free (ReviseJob *job)
{
  g_clear_object (&job->file);
  g_clear_object (&job->project);
  g_free (job);
}

static void
revise_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ReviseJob *job = task_data;
  g_autoptr(GlossTranscript) revised = NULL;
  GError *error = NULL;

  revised = gloss_import_file (job->file, NULL, NULL, &error);
  if (revised == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (gloss_transcript_get_source (revised) == NULL)
    {
      g_autofree char *basename = g_file_get_basename (job->file);

      gloss_transcript_set_source (revised, basename);
    }
  if (g_task_return_error_if_cancelled (task))
    return;

  g_task_return_pointer (task, gloss_revision_new (job->project, revised),
                         (GDestroyNotify) gloss_revision_free);
}

static void
close_progress (GlossWindow *self)
{
  if (self->revise_progress == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->revise_progress, self);
  gtk_window_destroy (GTK_WINDOW (self->revise_progress));
  self->revise_progress = NULL;
}

static void
progress_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      GlossWindow      *self)
{
  if (self->revise_cancellable != NULL)
    g_cancellable_cancel (self->revise_cancellable);
  /* the dialog closes itself after a response */
  g_signal_handlers_disconnect_by_data (dialog, self);
  self->revise_progress = NULL;
}

static void
show_progress (GlossWindow *self,
               GFile       *file)
{
  g_autofree char *name = _gloss_window_file_label (self, file);
  /* TRANSLATORS: %s is a file name; the dialog shows while it is imported */
  g_autofree char *body = g_strdup_printf (_("Reading “%s” and finding every claim in it again."), name);
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *dialog;

  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Replacing the Text…"), body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), spinner);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_widget_add_css_class (dialog, "revise-progress");
  g_signal_connect (dialog, "response", G_CALLBACK (progress_response_cb), self);
  self->revise_progress = dialog;
  gtk_window_present (GTK_WINDOW (dialog));
}

/* the window closing: gtk_window_destroy unrealizes it, while the task
 * still holds a reference, so dispose would come only after the work */
static void
window_unrealize_cb (GtkWidget *widget,
                     gpointer   user_data)
{
  GlossWindow *self = GLOSS_WINDOW (widget);

  if (self->revise_cancellable != NULL)
    g_cancellable_cancel (self->revise_cancellable);
  close_progress (self);
}

static void
revise_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GlossWindow *self = GLOSS_WINDOW (source);
  GTask *outer = user_data;
  ReviseJob *job = g_task_get_task_data (outer);
  g_autoptr(GlossRevision) revision = NULL;
  GError *error = NULL;

  revision = g_task_propagate_pointer (G_TASK (result), &error);
  g_signal_handlers_disconnect_by_func (self, window_unrealize_cb, NULL);
  close_progress (self);
  g_clear_object (&self->revise_cancellable);
  if (revision == NULL)
    {
      g_task_return_error (outer, error);
      g_object_unref (outer);
      return;
    }
  /* the window shows another project now */
  if (self->document == NULL || gloss_document_get_project (self->document) != job->project)
    {
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("The window shows another project now"));
      g_object_unref (outer);
      return;
    }

  gloss_history_replace_transcript (gloss_document_get_history (self->document), revision);
  show_summary (self, revision, _("Text Replaced"));
  g_task_return_boolean (outer, TRUE);
  g_object_unref (outer);
}

void
_gloss_window_revise_file_async (GlossWindow         *self,
                                 GFile               *file,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GTask *outer;
  ReviseJob *job;

  g_return_if_fail (GLOSS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->document != NULL);

  outer = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (outer, _gloss_window_revise_file_async);
  if (self->revise_cancellable != NULL)
    {
      g_task_return_new_error (outer, G_IO_ERROR, G_IO_ERROR_PENDING, "%s",
                               _("The text is being replaced already"));
      g_object_unref (outer);
      return;
    }

  job = g_new0 (ReviseJob, 1);
  job->file = g_object_ref (file);
  job->project = g_object_ref (gloss_document_get_project (self->document));
  g_task_set_task_data (outer, job, (GDestroyNotify) revise_job_free);

  self->revise_cancellable = g_cancellable_new ();
  g_signal_connect (self, "unrealize", G_CALLBACK (window_unrealize_cb), NULL);
  show_progress (self, file);
  task = g_task_new (self, self->revise_cancellable, revise_done_cb, outer);
  g_task_set_task_data (task, job, NULL);
  g_task_run_in_thread (task, revise_thread);
}

gboolean
_gloss_window_revise_file_finish (GlossWindow   *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
_gloss_window_get_revising (GlossWindow *self)
{
  g_return_val_if_fail (GLOSS_IS_WINDOW (self), FALSE);

  return self->revise_cancellable != NULL;
}

void
_gloss_window_dispose_revise (GlossWindow *self)
{
  /* the worker finishes its step; revise_done_cb then drops the result */
  if (self->revise_cancellable != NULL)
    g_cancellable_cancel (self->revise_cancellable);
  close_progress (self);
}

gboolean
_gloss_window_reanchor_file (GlossWindow *self,
                             GFile       *file,
                             GError     **error)
{
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GlossDocument) document = NULL;
  g_autoptr(GlossRevision) revision = NULL;

  g_return_val_if_fail (GLOSS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  project = gloss_project_file_load_full (file, GLOSS_PROJECT_LOAD_KEEP_MISMATCHED, error);
  if (project == NULL)
    return FALSE;

  /* the file as read is the saved state: undo shows the claims as it left them */
  document = gloss_document_new (project, file);
  gloss_window_set_document (self, document);
  revision = gloss_revision_new_reanchor (project);
  gloss_history_replace_transcript (gloss_document_get_history (document), revision);
  show_summary (self, revision, _("Claims Found Again"));

  return TRUE;
}

static void
reanchor_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      GlossWindow      *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "reanchor") != 0)
    return;
  if (!_gloss_window_reanchor_file (self, file, &error))
    {
      g_autofree char *name = _gloss_window_file_label (self, file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

      _gloss_window_show_file_error (self, heading, file, error);
    }
}

gboolean
_gloss_window_offer_reanchor (GlossWindow  *self,
                              GFile        *file,
                              const char   *heading,
                              const GError *error)
{
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (!g_error_matches (error, GLOSS_PROJECT_FILE_ERROR, GLOSS_PROJECT_FILE_ERROR_QUOTE) &&
      !g_error_matches (error, GLOSS_PROJECT_FILE_ERROR, GLOSS_PROJECT_FILE_ERROR_RANGE))
    return FALSE;

  label = _gloss_window_file_label (self, file);
  message = gloss_file_relabel_message (error->message, file, label);
  /* Translators: %s says where a claim's words differ from the project's text */
  body = g_strdup_printf (_("%s\n\nIf the text was edited by hand, Gloss can find the claims in it again. Claims it cannot find are kept as orphans."),
                          message);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "reanchor", _("_Find Claims Again"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reanchor", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "reanchor");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (reanchor_response_cb), self, 0);
  _gloss_window_track_dialog (self, dialog);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
revised_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GlossWindow *self = GLOSS_WINDOW (source);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;

  if (!_gloss_window_revise_file_finish (self, result, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *name = _gloss_window_file_label (self, file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Read “%s”"), name);

      _gloss_window_show_file_error (self, heading, file, error);
    }
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     GlossWindow     *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL || self->document == NULL)
    return;
  _gloss_window_revise_file_async (self, file, revised_cb, g_object_ref (file));
}

void
_gloss_window_run_revise_chooser (GlossWindow *self)
{
  if (self->chooser != NULL || self->document == NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Replace Text with Revised Version"),
                                               GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Replace"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  _gloss_window_add_import_filters (GTK_FILE_CHOOSER (self->chooser), FALSE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* the Orphans page */

static void
attach_claim_cb (GlossOrphansPage *page,
                 GlossClaim       *claim,
                 GlossWindow      *self)
{
  AdwToast *undo_toast;
  guint start, end;

  if (self->document == NULL)
    return;
  if (!gloss_transcript_view_get_selection (self->transcript_view, &start, &end))
    {
      _gloss_window_toast (self, _("Select the text for the claim in the transcript first"));
      return;
    }

  gloss_history_move_claim (gloss_document_get_history (self->document), claim, start, end, FALSE);
  gloss_transcript_view_flash_claim (self->transcript_view, claim);
  undo_toast = adw_toast_new (_("Claim attached"));
  adw_toast_set_button_label (undo_toast, _("_Undo"));
  adw_toast_set_action_name (undo_toast, "win.undo");
  adw_toast_overlay_add_toast (self->toast_overlay, undo_toast);
}

static void
delete_claim_cb (GlossOrphansPage *page,
                 GlossClaim       *claim,
                 GlossWindow      *self)
{
  AdwToast *undo_toast;

  if (self->document == NULL)
    return;
  gloss_history_remove_claim (gloss_document_get_history (self->document), claim);
  undo_toast = adw_toast_new (_("Claim deleted"));
  adw_toast_set_button_label (undo_toast, _("_Undo"));
  adw_toast_set_action_name (undo_toast, "win.undo");
  adw_toast_overlay_add_toast (self->toast_overlay, undo_toast);
}

static void
n_orphans_cb (GlossOrphansPage *page,
              GParamSpec       *pspec,
              GlossWindow      *self)
{
  gboolean any = gloss_orphans_page_get_n_orphans (page) > 0;

  if (!any && g_strcmp0 (adw_view_stack_get_visible_child_name (self->side_stack), "orphans") == 0)
    adw_view_stack_set_visible_child_name (self->side_stack, "claims");
  _gloss_window_show_side_page (self, "orphans", any);
}

void
_gloss_window_setup_revise (GlossWindow *self)
{
  g_signal_connect (self->orphans_page, "attach-claim", G_CALLBACK (attach_claim_cb), self);
  g_signal_connect (self->orphans_page, "delete-claim", G_CALLBACK (delete_claim_cb), self);
  g_signal_connect (self->orphans_page, "notify::n-orphans", G_CALLBACK (n_orphans_cb), self);
  _gloss_window_show_side_page (self, "orphans", FALSE);
}

void
_gloss_window_revise_set_project (GlossWindow  *self,
                                  GlossProject *project)
{
  gloss_orphans_page_set_project (self->orphans_page, project);
}
