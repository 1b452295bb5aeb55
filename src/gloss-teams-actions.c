#include "config.h"

#include <glib/gi18n.h>

#include "gloss-compare-page.h"
#include "gloss-conflicts-page.h"
#include "gloss-environment.h"
#include "gloss-other-layer.h"
#include "gloss-project-file.h"
#include "gloss-window-private.h"

/* The window's team work: the page of conflicting claims after a git merge
 * and the page comparing my project with another annotator's (Compare
 * With…). */

static void
n_conflicts_cb (GlossConflictsPage *page,
                GParamSpec         *pspec,
                GlossWindow        *self)
{
  gboolean any = gloss_conflicts_page_get_n_conflicts (page) > 0;
  gboolean shown = adw_view_stack_page_get_visible (adw_view_stack_get_page (self->side_stack,
                                                                              GTK_WIDGET (page)));

  _gloss_window_show_side_page (self, "conflicts", any);
  /* a project opened with conflicts shows them first */
  if (any && !shown)
    adw_view_stack_set_visible_child_name (self->side_stack, "conflicts");
  else if (!any && shown)
    adw_view_stack_set_visible_child_name (self->side_stack, "claims");
}

static void
compare_claim_activated_cb (GlossComparePage *page,
                            GlossClaim       *mine,
                            GlossClaim       *theirs,
                            GlossWindow      *self)
{
  GlossClaim *shown = mine != NULL ? mine : theirs;

  if (shown != NULL && gloss_claim_get_text_role (shown) == GLOSS_TEXT_TRANSCRIPT)
    gloss_transcript_view_show_claim (self->transcript_view, shown);
}

static void
show_compare_page (GlossWindow *self,
                   gboolean     visible)
{
  _gloss_window_show_side_page (self, "compare", visible);
  adw_view_stack_set_visible_child_name (self->side_stack, visible ? "compare" : "claims");
}

gboolean
_gloss_window_compare_with_file (GlossWindow *self,
                                 GFile       *file,
                                 GError     **error)
{
  g_autoptr(GlossProject) theirs = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (GLOSS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  theirs = gloss_project_file_load (file, error);
  if (theirs == NULL)
    return FALSE;
  label = _gloss_window_file_label (self, file);
  if (!gloss_compare_page_set_theirs (GLOSS_COMPARE_PAGE (self->compare_page), theirs, label, error))
    return FALSE;
  gloss_transcript_view_set_other_layer (self->transcript_view, theirs);
  show_compare_page (self, TRUE);
  return TRUE;
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     GlossWindow     *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL && !_gloss_window_compare_with_file (self, file, &error))
    _gloss_window_show_file_error (self, _("Cannot Compare"), file, error);
}

static void
compare_with_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GlossWindow *self = user_data;
  GtkFileFilter *filter = gtk_file_filter_new ();

  if (self->document == NULL || self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Compare With Another Annotator’s Project"),
                                               GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Compare"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Gloss projects"));
  gtk_file_filter_add_pattern (filter, "*.gloss");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_object_unref (filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
stop_comparing_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GlossWindow *self = user_data;

  gloss_compare_page_set_theirs (GLOSS_COMPARE_PAGE (self->compare_page), NULL, NULL, NULL);
  gloss_transcript_view_set_other_layer (self->transcript_view, NULL);
  show_compare_page (self, FALSE);
}

/* the user's name goes on every claim they edit (issue 13, identity) */
static void
update_author (GlossWindow *self)
{
  g_autofree char *author = NULL;

  if (self->document == NULL)
    return;
  author = gloss_environment_dup_author_name (self->settings);
  gloss_history_set_author (gloss_document_get_history (self->document), author);
}

static void
author_changed_cb (GSettings   *settings,
                   const char  *key,
                   GlossWindow *self)
{
  update_author (self);
}

static const GActionEntry teams_actions[] = {
  { "compare-with", compare_with_action, NULL, NULL, NULL, { 0 } },
  { "stop-comparing", stop_comparing_action, NULL, NULL, NULL, { 0 } },
};

void
_gloss_window_teams_init (GlossWindow *self)
{
  self->conflicts_page = gloss_conflicts_page_new ();
  adw_view_stack_add_titled_with_icon (self->side_stack, self->conflicts_page, "conflicts",
                                       _("Conflicts"), "dialog-warning-symbolic");
  g_signal_connect (self->conflicts_page, "notify::n-conflicts", G_CALLBACK (n_conflicts_cb), self);
  _gloss_window_show_side_page (self, "conflicts", FALSE);

  self->compare_page = gloss_compare_page_new ();
  adw_view_stack_add_titled_with_icon (self->side_stack, self->compare_page, "compare",
                                       _("Compare"), "view-dual-symbolic");
  g_signal_connect (self->compare_page, "claim-activated", G_CALLBACK (compare_claim_activated_cb), self);
  _gloss_window_show_side_page (self, "compare", FALSE);

  g_action_map_add_action_entries (G_ACTION_MAP (self), teams_actions, G_N_ELEMENTS (teams_actions), self);
  g_signal_connect_object (self->settings, "changed::author-name", G_CALLBACK (author_changed_cb),
                           self, 0);
}

/* the document or its project changed (open, close, reload) */
void
_gloss_window_teams_set_document (GlossWindow *self)
{
  GlossHistory *history = self->document != NULL ? gloss_document_get_history (self->document) : NULL;
  GlossComparePage *compare = GLOSS_COMPARE_PAGE (self->compare_page);
  GAction *action;

  if (compare == NULL)
    return;
  update_author (self);
  gloss_conflicts_page_set_history (GLOSS_CONFLICTS_PAGE (self->conflicts_page), history);
  if (history == NULL && gloss_compare_page_get_theirs (compare) != NULL)
    {
      gloss_transcript_view_set_other_layer (self->transcript_view, NULL);
      show_compare_page (self, FALSE);
    }
  gloss_compare_page_set_history (compare, history);
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "compare-with");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), self->document != NULL);
}
