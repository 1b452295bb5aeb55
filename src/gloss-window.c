#include "config.h"

#include <glib/gi18n.h>

#include "gloss-environment.h"
#include "gloss-fileutil.h"
#include "gloss-window-private.h"

#define RECENT_SHOWN 5

G_DEFINE_FINAL_TYPE (GlossWindow, gloss_window, ADW_TYPE_APPLICATION_WINDOW)

void
_gloss_window_toast (GlossWindow *self,
                     const char  *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
dialog_destroyed_cb (GtkWidget   *dialog,
                     GlossWindow *self)
{
  if (self->dialog == dialog)
    self->dialog = NULL;
}

void
_gloss_window_track_dialog (GlossWindow *self,
                            GtkWidget   *dialog)
{
  self->dialog = dialog;
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (dialog_destroyed_cb), self, 0);
}

void
_gloss_window_show_error (GlossWindow *self,
                          const char  *heading,
                          GError      *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  _gloss_window_track_dialog (self, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

char *
_gloss_window_file_label (GlossWindow *self,
                          GFile       *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GPtrArray) open_files = g_ptr_array_new ();

  for (GList *l = app ? gtk_application_get_windows (app) : NULL; l != NULL; l = l->next)
    {
      GlossDocument *document = GLOSS_IS_WINDOW (l->data) ? GLOSS_WINDOW (l->data)->document : NULL;

      if (document != NULL && gloss_document_get_file (document) != NULL)
        g_ptr_array_add (open_files, gloss_document_get_file (document));
    }

  return gloss_file_label (file, (GFile * const *) open_files->pdata, open_files->len);
}

void
_gloss_window_show_file_error (GlossWindow *self,
                               const char  *heading,
                               GFile       *file,
                               GError      *error)
{
  g_autofree char *label = _gloss_window_file_label (self, file);
  g_autofree char *message = gloss_file_relabel_message (error->message, file, label);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  _gloss_window_track_dialog (self, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
update_undo_redo_tips (GlossWindow *self)
{
  GlossHistory *history = self->document ? gloss_document_get_history (self->document) : NULL;
  const char *undo_label = history ? gloss_history_get_undo_label (history) : NULL;
  const char *redo_label = history ? gloss_history_get_redo_label (history) : NULL;
  g_autofree char *undo_tip = NULL;
  g_autofree char *redo_tip = NULL;

  /* Translators: tooltip of the undo button; %s says what would be undone */
  undo_tip = undo_label ? g_strdup_printf (_("Undo: %s"), undo_label) : g_strdup (_("Undo"));
  /* Translators: tooltip of the redo button; %s says what would be redone */
  redo_tip = redo_label ? g_strdup_printf (_("Redo: %s"), redo_label) : g_strdup (_("Redo"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->undo_button), undo_tip);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->redo_button), redo_tip);
}

static void
history_notify_cb (GlossHistory *history,
                   GParamSpec   *pspec,
                   GlossWindow  *self)
{
  _gloss_window_update_actions (self);
  update_undo_redo_tips (self);
}

static void
document_notify_cb (GlossDocument *document,
                    GParamSpec    *pspec,
                    GlossWindow   *self)
{
  _gloss_window_update_title (self);
  if (g_strcmp0 (pspec->name, "file") == 0)
    _gloss_window_update_other_titles (self);
}

static void
recent_row_activated_cb (GtkListBox    *list,
                         GtkListBoxRow *row,
                         GlossWindow   *self)
{
  const char *uri = g_object_get_data (G_OBJECT (row), "uri");
  g_autoptr(GFile) file = NULL;

  if (uri == NULL)
    return;
  file = g_file_new_for_uri (uri);
  gloss_window_open_file (self, file);
}

static void
rebuild_recent (GlossWindow *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-projects");
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  for (guint i = 0; recent[i] != NULL && shown < RECENT_SHOWN; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (recent[i]);
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *name = NULL;
      g_autofree char *where = NULL;
      GtkWidget *row;

      if (!g_file_query_exists (file, NULL))
        continue;
      name = g_file_get_basename (file);
      where = parent ? gloss_file_display_name (parent) : g_strdup ("");
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "uri", g_strdup (recent[i]), g_free);
      gtk_list_box_append (self->recent_list, row);
      shown++;
    }

  gtk_widget_set_visible (self->recent_group, shown > 0);
}

static void
recent_changed_cb (GSettings   *settings,
                   const char  *key,
                   GlossWindow *self)
{
  rebuild_recent (self);
}

static void
author_changed_cb (GSettings   *settings,
                   const char  *key,
                   GlossWindow *self)
{
  g_autofree char *author = gloss_environment_dup_author_name (settings);

  gloss_tagging_controller_set_author (self->tagging, author);
}

static void
tagged_cb (GlossTaggingController *tagging,
           GlossClaim             *claim,
           GlossWindow            *self)
{
  gloss_sidebar_select_claim (self->sidebar, claim);
}

static void
tagging_message_cb (GlossTaggingController *tagging,
                    const char             *text,
                    GlossWindow            *self)
{
  _gloss_window_toast (self, text);
}

static void
sidebar_edit_claim_cb (GlossSidebar *sidebar,
                       GlossClaim   *claim,
                       gboolean      note,
                       GlossWindow  *self)
{
  gloss_tagging_controller_edit_claim (self->tagging, claim, note);
}

static void
sidebar_claim_selected_cb (GlossSidebar *sidebar,
                           GlossClaim   *claim,
                           GlossWindow  *self)
{
  gloss_transcript_view_show_claim (self->transcript_view, claim);
}

static void
sidebar_claim_activated_cb (GlossSidebar *sidebar,
                            GlossClaim   *claim,
                            GlossWindow  *self)
{
  gloss_transcript_view_show_claim (self->transcript_view, claim);
  gloss_tagging_controller_edit_claim (self->tagging, claim, FALSE);
}

static void
sidebar_delete_claim_cb (GlossSidebar *sidebar,
                         GlossClaim   *claim,
                         GlossWindow  *self)
{
  AdwToast *undo_toast;

  gloss_history_remove_claim (gloss_document_get_history (self->document), claim);
  undo_toast = adw_toast_new (_("Claim deleted"));
  adw_toast_set_button_label (undo_toast, _("_Undo"));
  adw_toast_set_action_name (undo_toast, "win.undo");
  adw_toast_overlay_add_toast (self->toast_overlay, undo_toast);
}

static void
view_claim_clicked_cb (GlossTranscriptView *view,
                       GlossClaim          *claim,
                       GlossWindow         *self)
{
  gloss_sidebar_select_claim (self->sidebar, claim);
}

/* what the window offers with an original text: side by side, review */
static void
update_original (GlossWindow *self)
{
  GlossProject *project = self->document ? gloss_document_get_project (self->document) : NULL;
  gboolean has_original = project != NULL && gloss_project_get_original (project) != NULL;

  /* a project with an original opens side by side; one without offers to add it there */
  g_action_group_change_action_state (G_ACTION_GROUP (self), "side-by-side",
                                      g_variant_new_boolean (has_original));
  gtk_widget_set_visible (self->side_by_side_button, project != NULL);
  _gloss_window_update_actions (self);
  _gloss_window_update_review (self);
}

static void
original_changed_cb (GlossProject *project,
                     GParamSpec   *pspec,
                     GlossWindow  *self)
{
  update_original (self);
}

static void
show_project (GlossWindow *self)
{
  GlossProject *project = self->document ? gloss_document_get_project (self->document) : NULL;

  /* an unsaved project goes by its transcript's title */
  if (project != NULL)
    _gloss_window_title_follow_project (self, project);

  if (self->shown_project != NULL)
    g_signal_handlers_disconnect_by_func (self->shown_project, original_changed_cb, self);
  g_set_object (&self->shown_project, project);
  if (project != NULL)
    g_signal_connect (project, "notify::original", G_CALLBACK (original_changed_cb), self);
  gloss_parallel_view_set_project (self->texts, project);
  update_original (self);
  gloss_sidebar_set_project (self->sidebar, project);
  _gloss_window_revise_set_project (self, project);
  gloss_topic_chooser_set_project (self->topic_chooser, project);
  gloss_tagging_controller_set_document (self->tagging, self->document);
  _gloss_window_teams_set_document (self);
  _gloss_window_records_set_document (self);
}

static void
connect_history (GlossWindow *self)
{
  GlossHistory *history = gloss_document_get_history (self->document);

  g_signal_connect (history, "notify::can-undo", G_CALLBACK (history_notify_cb), self);
  g_signal_connect (history, "notify::can-redo", G_CALLBACK (history_notify_cb), self);
  g_signal_connect (history, "notify::undo-label", G_CALLBACK (history_notify_cb), self);
  g_signal_connect (history, "notify::redo-label", G_CALLBACK (history_notify_cb), self);
}

/* a reload gave the document a new project and history */
static void
document_project_cb (GlossDocument *document,
                     GParamSpec    *pspec,
                     GlossWindow   *self)
{
  connect_history (self);
  show_project (self);
  history_notify_cb (NULL, NULL, self);
}

static void
document_saved_cb (GlossDocument *document,
                   GFile         *file,
                   GlossWindow   *self)
{
  _gloss_window_note_recent (self, file);
  _gloss_window_update_title (self);
}

void
_gloss_window_present_side_page (GlossWindow *self,
                                 const char  *name)
{
  /* through the action, so that its state and the sidebar button follow */
  g_action_group_change_action_state (G_ACTION_GROUP (self), "show-sidebar",
                                      g_variant_new_boolean (TRUE));
  adw_view_stack_set_visible_child_name (self->side_stack, name);
}

void
_gloss_window_show_side_page (GlossWindow *self,
                              const char  *name,
                              gboolean     visible)
{
  AdwViewStackPage *page = adw_view_stack_get_page (self->side_stack,
                                                    adw_view_stack_get_child_by_name (self->side_stack, name));
  GtkSelectionModel *pages = adw_view_stack_get_pages (self->side_stack);
  guint n_visible = 0;

  g_return_if_fail (page != NULL);

  adw_view_stack_page_set_visible (page, visible);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) each = g_list_model_get_item (G_LIST_MODEL (pages), i);

      if (adw_view_stack_page_get_visible (each))
        n_visible++;
    }
  g_object_unref (pages);
  /* one page needs no switcher */
  gtk_widget_set_visible (GTK_WIDGET (self->side_switcher), n_visible > 1);
}

static void
show_document (GlossWindow *self)
{
  show_project (self);

  /* without a project the header bar offers only Open and the menu */
  for (guint i = 0; i < G_N_ELEMENTS (self->project_widgets); i++)
    gtk_widget_set_visible (self->project_widgets[i], self->document != NULL);
  _gloss_window_update_actions (self);
  update_undo_redo_tips (self);
  _gloss_window_update_title (self);
  gtk_stack_set_visible_child_name (self->stack, self->document ? "project" : "empty");
}

static void
disconnect_document (GlossWindow *self)
{
  if (self->document == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->document, self);
  /* the history of a reloaded project is not the one connected first */
  g_signal_handlers_disconnect_matched (gloss_document_get_history (self->document),
                                        G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

void
gloss_window_set_document (GlossWindow   *self,
                           GlossDocument *document)
{
  g_return_if_fail (GLOSS_IS_WINDOW (self));
  g_return_if_fail (document == NULL || GLOSS_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  disconnect_document (self);
  g_set_object (&self->document, document);

  if (document != NULL)
    {
      g_signal_connect (document, "notify::modified", G_CALLBACK (document_notify_cb), self);
      g_signal_connect (document, "notify::file", G_CALLBACK (document_notify_cb), self);
      g_signal_connect (document, "notify::history", G_CALLBACK (document_project_cb), self);
      g_signal_connect (document, "saved", G_CALLBACK (document_saved_cb), self);
      connect_history (self);
      if (gloss_document_get_file (document) != NULL)
        _gloss_window_note_recent (self, gloss_document_get_file (document));
    }

  show_document (self);
  _gloss_window_update_other_titles (self);
  if (document != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->transcript_view));

  g_object_notify (G_OBJECT (self), "document");
}

GlossDocument *
gloss_window_get_document (GlossWindow *self)
{
  g_return_val_if_fail (GLOSS_IS_WINDOW (self), NULL);

  return self->document;
}

static gboolean
close_idle_cb (gpointer data)
{
  GlossWindow *self = data;

  self->close_id = 0;
  self->force_close = TRUE;
  gtk_window_close (GTK_WINDOW (self));

  return G_SOURCE_REMOVE;
}

/* Closes the window once the main loop is back: from a response of the
 * close dialog (transient for this window), closing at once would finalize
 * the window while the dialog still refers to it. */
void
_gloss_window_close_soon (GlossWindow *self)
{
  if (self->close_id == 0)
    self->close_id = g_idle_add (close_idle_cb, self);
}

static void
save_window_state (GlossWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  if (gtk_widget_get_visible (self->side_panel) &&
      gtk_widget_get_mapped (GTK_WIDGET (self->paned)))
    {
      int sidebar = gtk_widget_get_width (GTK_WIDGET (self->paned)) - gtk_paned_get_position (self->paned);

      g_settings_set_int (self->settings, "sidebar-width", CLAMP (sidebar, 200, 1200));
    }
}

static gboolean
gloss_window_close_request (GtkWindow *window)
{
  GlossWindow *self = GLOSS_WINDOW (window);

  if (!self->force_close && !_gloss_window_confirm_close (self))
    return TRUE;

  save_window_state (self);

  return GTK_WINDOW_CLASS (gloss_window_parent_class)->close_request (window);
}

GlossProject *
_gloss_window_get_project (GlossWindow *self)
{
  g_return_val_if_fail (GLOSS_IS_WINDOW (self), NULL);

  return self->document ? gloss_document_get_project (self->document) : NULL;
}

GlossHistory *
_gloss_window_get_history (GlossWindow *self)
{
  g_return_val_if_fail (GLOSS_IS_WINDOW (self), NULL);

  return self->document ? gloss_document_get_history (self->document) : NULL;
}

GlossTranscriptView *
_gloss_window_get_transcript_view (GlossWindow *self)
{
  g_return_val_if_fail (GLOSS_IS_WINDOW (self), NULL);

  return self->transcript_view;
}

GlossSidebar *
_gloss_window_get_sidebar (GlossWindow *self)
{
  g_return_val_if_fail (GLOSS_IS_WINDOW (self), NULL);

  return self->sidebar;
}

GlossFindBar *
_gloss_window_get_find_bar (GlossWindow *self)
{
  g_return_val_if_fail (GLOSS_IS_WINDOW (self), NULL);

  return self->find_bar;
}

GlossTopicChooser *
_gloss_window_get_topic_chooser (GlossWindow *self)
{
  g_return_val_if_fail (GLOSS_IS_WINDOW (self), NULL);

  return self->topic_chooser;
}

GtkWidget *
_gloss_window_get_dialog (GlossWindow *self)
{
  g_return_val_if_fail (GLOSS_IS_WINDOW (self), NULL);

  return self->dialog;
}

static void
gloss_window_dispose (GObject *object)
{
  GlossWindow *self = GLOSS_WINDOW (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  if (self->open_cancellable != NULL)
    g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  g_clear_handle_id (&self->close_id, g_source_remove);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  _gloss_window_dispose_original (self);
  _gloss_window_dispose_review (self);
  _gloss_window_dispose_revise (self);
  disconnect_document (self);
  if (self->shown_project != NULL)
    g_signal_handlers_disconnect_by_func (self->shown_project, original_changed_cb, self);
  g_clear_object (&self->shown_project);
  g_clear_object (&self->document);
  g_clear_object (&self->tagging);

  G_OBJECT_CLASS (gloss_window_parent_class)->dispose (object);
}

static void
gloss_window_finalize (GObject *object)
{
  GlossWindow *self = GLOSS_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (gloss_window_parent_class)->finalize (object);
}

static void
gloss_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  GlossWindow *self = GLOSS_WINDOW (object);

  switch (prop_id)
    {
    case 1:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Below this width the text and the claims do not both fit: the claims
 * fold away, and the sidebar button brings them back. */
#define FOLD_WIDTH 860

static void
width_changed_cb (GlossWindow *self,
                  GParamSpec  *pspec,
                  gpointer     user_data)
{
  int width, height;
  gboolean narrow;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  narrow = width > 0 && width < FOLD_WIDTH;
  if (narrow == self->narrow)
    return;

  self->narrow = narrow;
  g_action_group_change_action_state (G_ACTION_GROUP (self), "show-sidebar",
                                      g_variant_new_boolean (!narrow));
}

static void
gloss_window_class_init (GlossWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = gloss_window_dispose;
  object_class->finalize = gloss_window_finalize;
  object_class->get_property = gloss_window_get_property;
  window_class->close_request = gloss_window_close_request;

  /* "document": the document shown, or NULL */
  g_object_class_install_property (object_class, 1,
                                   g_param_spec_object ("document", NULL, NULL, GLOSS_TYPE_DOCUMENT,
                                                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_type_ensure (GLOSS_TYPE_FIND_BAR);
  g_type_ensure (GLOSS_TYPE_PARALLEL_VIEW);
  g_type_ensure (GLOSS_TYPE_SIDEBAR);
  g_type_ensure (GLOSS_TYPE_REVIEW_PAGE);
  g_type_ensure (GLOSS_TYPE_ORPHANS_PAGE);
  g_type_ensure (GLOSS_TYPE_TOPIC_CHOOSER);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glossapp/Gloss/ui/gloss-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, texts);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, find_bar);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, side_by_side_button);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, side_panel);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, side_switcher);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, review_page);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, orphans_page);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, tag_button);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, history_box);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, topic_chooser);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, recent_group);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, sample_button);
  gtk_widget_class_bind_template_callback (widget_class, recent_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_claim_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_claim_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_edit_claim_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_delete_claim_cb);
}

static void
gloss_window_init (GlossWindow *self)
{
  g_autoptr(GFile) sample = NULL;
  g_autofree char *author = NULL;
  int width, height, sidebar_width;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->transcript_view = gloss_parallel_view_get_view (self->texts, GLOSS_TEXT_TRANSCRIPT);
  self->transcript_scroller = gloss_parallel_view_get_scroller (self->texts, GLOSS_TEXT_TRANSCRIPT);
  g_signal_connect (self->transcript_view, "claim-clicked", G_CALLBACK (view_claim_clicked_cb), self);
  gloss_find_bar_add_view (self->find_bar, self->transcript_view);
  gloss_find_bar_add_view (self->find_bar, gloss_parallel_view_get_view (self->texts, GLOSS_TEXT_ORIGINAL));
  self->project_widgets[0] = GTK_WIDGET (self->tag_button);
  self->project_widgets[1] = self->save_button;
  self->project_widgets[2] = self->history_box;
  self->project_widgets[3] = self->sidebar_button;
  self->project_widgets[4] = self->export_button;

  self->settings = gloss_environment_new_settings ();
  _gloss_window_add_actions (self);
  _gloss_window_teams_init (self);
  _gloss_window_setup_revise (self);
  _gloss_window_records_init (self);

  self->tagging = gloss_tagging_controller_new (self->transcript_view, self->tag_button, self->topic_chooser);
  author = gloss_environment_dup_author_name (self->settings);
  gloss_tagging_controller_set_author (self->tagging, author);
  g_signal_connect (self->tagging, "tagged", G_CALLBACK (tagged_cb), self);
  g_signal_connect (self->tagging, "message", G_CALLBACK (tagging_message_cb), self);

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  sidebar_width = g_settings_get_int (self->settings, "sidebar-width");
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  gtk_paned_set_position (self->paned, MAX (320, width - sidebar_width));

  _gloss_window_setup_drop (self);
  _gloss_window_setup_original (self);
  _gloss_window_setup_review (self);
  g_signal_connect (self, "notify::default-width", G_CALLBACK (width_changed_cb), NULL);
  g_signal_connect (self, "notify::maximized", G_CALLBACK (width_changed_cb), NULL);

  g_signal_connect (self->settings, "changed::recent-projects", G_CALLBACK (recent_changed_cb), self);
  g_signal_connect (self->settings, "changed::author-name", G_CALLBACK (author_changed_cb), self);
  rebuild_recent (self);

  sample = gloss_environment_find_sample ();
  gtk_widget_set_visible (self->sample_button, sample != NULL);

  show_document (self);
}

static void
window_removed_cb (GtkApplication *application,
                   GtkWindow      *window,
                   GlossWindow    *self)
{
  _gloss_window_update_title (self);
}

GlossWindow *
gloss_window_new (GtkApplication *application)
{
  GlossWindow *self = g_object_new (GLOSS_TYPE_WINDOW, "application", application, NULL);

  /* a closed window's file no longer shares a name with ours */
  if (application != NULL)
    g_signal_connect_object (application, "window-removed", G_CALLBACK (window_removed_cb), self, 0);

  return self;
}
