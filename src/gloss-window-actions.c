#include "config.h"

#include <glib/gi18n.h>

#include "gloss-environment.h"
#include "gloss-export-dialog.h"
#include "gloss-properties-dialog.h"
#include "gloss-topics-dialog.h"
#include "gloss-window-private.h"

/* the actions that need a document */
static const char * const document_actions[] = {
  "save", "save-as", "export", "tag", "tag-key", "tag-key-exact", "move-edge", "find",
  "search-claims",
  "manage-topics", "show-sidebar", "properties", "revise",
};

/* every window action with a shortcut, as the shortcuts window lists them */
static const struct
{
  const char *action;
  const char *accel;
} accels[] = {
  { "win.open", "<Control>o" },
  { "win.import", "<Control>i" },
  { "win.save", "<Control>s" },
  { "win.save-as", "<Control><Shift>s" },
  { "win.export", "<Control>e" },
  { "win.tag", "<Control>t" },
  { "win.find", "<Control>f" },
  { "win.search-claims", "<Control><Shift>f" },
  { "win.undo", "<Control>z" },
  { "win.redo", "<Control><Shift>z" },
  { "win.show-sidebar", "F9" },
  { "win.side-by-side", "F8" },
  { "win.next-finding", "F7" },
  { "win.previous-finding", "<Shift>F7" },
  { "win.manage-topics", "<Control><Shift>t" },
  { "win.properties", "<Alt>Return" },
  { "window.close", "<Control>w" },
  { "win.move-edge::end-back", "<Shift><Alt>Left" },
  { "win.move-edge::end-forward", "<Shift><Alt>Right" },
  { "win.move-edge::start-back", "<Control><Shift><Alt>Left" },
  { "win.move-edge::start-forward", "<Control><Shift><Alt>Right" },
};

static void
set_action_enabled (GlossWindow *self,
                    const char  *name,
                    gboolean     enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (G_IS_SIMPLE_ACTION (action))
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
_gloss_window_update_actions (GlossWindow *self)
{
  GlossHistory *history = self->document ? gloss_document_get_history (self->document) : NULL;

  for (guint i = 0; i < G_N_ELEMENTS (document_actions); i++)
    set_action_enabled (self, document_actions[i], self->document != NULL);
  set_action_enabled (self, "side-by-side", self->document != NULL);
  _gloss_window_update_original_actions (self);
  set_action_enabled (self, "undo", history != NULL && gloss_history_can_undo (history));
  set_action_enabled (self, "redo", history != NULL && gloss_history_can_redo (history));
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  _gloss_window_run_open_chooser (GLOSS_WINDOW (user_data), FALSE);
}

static void
import_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  _gloss_window_run_open_chooser (GLOSS_WINDOW (user_data), TRUE);
}

static void
revise_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  _gloss_window_run_revise_chooser (GLOSS_WINDOW (user_data));
}

static void
open_sample_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GlossWindow *self = user_data;
  g_autoptr(GFile) sample = gloss_environment_find_sample ();

  if (sample == NULL)
    {
      _gloss_window_toast (self, _("The sample transcript is not installed"));
      return;
    }
  gloss_window_open_file (self, sample);
}

static void
open_recent_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GlossWindow *self = user_data;
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  gloss_window_open_file (self, file);
}

static void
save_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  _gloss_window_save (GLOSS_WINDOW (user_data));
}

static void
save_as_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  _gloss_window_run_save_chooser (GLOSS_WINDOW (user_data));
}

static void
unref_closure_data (gpointer  data,
                    GClosure *closure)
{
  g_object_unref (data);
}

static void
export_open_cb (AdwToast *export_toast,
                GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, NULL, NULL);
}

static void
exported_cb (GlossExportDialog *dialog,
             GFile             *file,
             GlossWindow       *self)
{
  g_autofree char *name = _gloss_window_file_label (self, file);
  g_autofree char *title = g_strdup_printf (_("Exported “%s”"), name);
  AdwToast *export_toast = adw_toast_new (title);

  adw_toast_set_button_label (export_toast, _("_Open"));
  g_signal_connect_data (export_toast, "button-clicked", G_CALLBACK (export_open_cb),
                         g_object_ref (file), unref_closure_data, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, export_toast);
}

static void
export_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  GlossWindow *self = user_data;
  GtkWidget *dialog;

  if (self->document == NULL)
    return;

  dialog = gloss_export_dialog_new (GTK_WINDOW (self), self->document,
                                    gloss_sidebar_get_filtered_claims (self->sidebar));
  g_signal_connect_object (dialog, "exported", G_CALLBACK (exported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
tag_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  GlossWindow *self = user_data;

  gloss_tagging_controller_tag (self->tagging);
}

static void
tag_key_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GlossWindow *self = user_data;

  gloss_tagging_controller_tag_with_key (self->tagging, g_variant_get_string (parameter, NULL),
                                         g_str_equal (g_action_get_name (G_ACTION (action)), "tag-key-exact"));
}

/* "start-back", "start-forward", "end-back", "end-forward" */
static void
move_edge_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  GlossWindow *self = user_data;
  const char *which = g_variant_get_string (parameter, NULL);
  GlossClaim *claim = gloss_sidebar_get_selected_claim (self->sidebar);

  if (claim == NULL)
    {
      _gloss_window_toast (self, _("Select a claim in the list first"));
      return;
    }
  gloss_tagging_controller_move_edge (self->tagging, claim, g_str_has_prefix (which, "end"),
                                      g_str_has_suffix (which, "forward"));
}

/* find in the text: the pane the user is in (side by side, either) */
static void
find_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GlossWindow *self = user_data;

  gloss_find_bar_open (self->find_bar);
}

static void
search_claims_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GlossWindow *self = user_data;

  _gloss_window_present_side_page (self, "claims");
  gloss_sidebar_focus_search (self->sidebar);
}

static void
undo_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GlossWindow *self = user_data;

  if (self->document != NULL)
    gloss_history_undo (gloss_document_get_history (self->document));
}

static void
redo_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GlossWindow *self = user_data;

  if (self->document != NULL)
    gloss_history_redo (gloss_document_get_history (self->document));
}

static void
manage_topics_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GlossWindow *self = user_data;

  if (self->document == NULL)
    return;
  gtk_popover_popdown (GTK_POPOVER (self->topic_chooser));
  gtk_window_present (GTK_WINDOW (gloss_topics_dialog_new (GTK_WINDOW (self),
                                                           gloss_document_get_history (self->document))));
}

static void
properties_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  GlossWindow *self = user_data;

  if (self->document == NULL)
    return;
  gtk_popover_popdown (GTK_POPOVER (self->topic_chooser));
  gtk_window_present (GTK_WINDOW (gloss_properties_dialog_new (GTK_WINDOW (self), self->document)));
}

static void
show_sidebar_action (GSimpleAction *action,
                     GVariant      *state,
                     gpointer       user_data)
{
  GlossWindow *self = user_data;

  g_simple_action_set_state (action, state);
  gtk_widget_set_visible (self->side_panel, g_variant_get_boolean (state));
}

static void
side_by_side_action (GSimpleAction *action,
                     GVariant      *state,
                     gpointer       user_data)
{
  GlossWindow *self = user_data;

  g_simple_action_set_state (action, state);
  gloss_parallel_view_set_side_by_side (self->texts, g_variant_get_boolean (state));
}

static const GActionEntry win_actions[] = {
  { "open", open_action, NULL, NULL, NULL, { 0 } },
  { "import", import_action, NULL, NULL, NULL, { 0 } },
  { "open-sample", open_sample_action, NULL, NULL, NULL, { 0 } },
  { "revise", revise_action, NULL, NULL, NULL, { 0 } },
  { "open-recent", open_recent_action, "s", NULL, NULL, { 0 } },
  { "save", save_action, NULL, NULL, NULL, { 0 } },
  { "save-as", save_as_action, NULL, NULL, NULL, { 0 } },
  { "export", export_action, NULL, NULL, NULL, { 0 } },
  { "tag", tag_action, NULL, NULL, NULL, { 0 } },
  { "tag-key", tag_key_action, "s", NULL, NULL, { 0 } },
  { "tag-key-exact", tag_key_action, "s", NULL, NULL, { 0 } },
  { "move-edge", move_edge_action, "s", NULL, NULL, { 0 } },
  { "find", find_action, NULL, NULL, NULL, { 0 } },
  { "search-claims", search_claims_action, NULL, NULL, NULL, { 0 } },
  { "undo", undo_action, NULL, NULL, NULL, { 0 } },
  { "redo", redo_action, NULL, NULL, NULL, { 0 } },
  { "manage-topics", manage_topics_action, NULL, NULL, NULL, { 0 } },
  { "properties", properties_action, NULL, NULL, NULL, { 0 } },
  { "show-sidebar", NULL, NULL, "true", show_sidebar_action, { 0 } },
  { "side-by-side", NULL, NULL, "true", side_by_side_action, { 0 } },
};

/* An entry, or a text view the user types in, keeps Ctrl+Z for its own
 * text; anywhere else it undoes the last edit of the project. */
static gboolean
focus_edits_text (GlossWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    {
      if (GTK_IS_EDITABLE (w) && gtk_editable_get_editable (GTK_EDITABLE (w)))
        return TRUE;
      if (GTK_IS_TEXT_VIEW (w))
        return gtk_text_view_get_editable (GTK_TEXT_VIEW (w));
    }

  return FALSE;
}

static gboolean
history_shortcut_cb (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   user_data)
{
  GlossWindow *self = GLOSS_WINDOW (widget);
  const char *action = g_variant_get_string (args, NULL);

  if (focus_edits_text (self))
    return FALSE;

  g_action_group_activate_action (G_ACTION_GROUP (self), action, NULL);

  return TRUE;
}

/* Application accelerators come after the focus widget has seen a key:
 * a list row or a button that keeps Ctrl+Z for itself would swallow it.
 * Undo and redo are caught first, in the capture phase. */
static void
add_history_shortcuts (GlossWindow *self)
{
  static const struct
  {
    guint keyval;
    GdkModifierType mods;
    const char *action;
  } keys[] = {
    { GDK_KEY_z, GDK_CONTROL_MASK, "undo" },
    { GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "redo" },
    { GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "redo" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_name (controller, "gloss-history-shortcuts");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].keyval, keys[i].mods),
                                                gtk_callback_action_new (history_shortcut_cb, NULL, NULL));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_string (keys[i].action));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
_gloss_window_add_actions (GlossWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions), self);
  _gloss_window_add_original_actions (self);
  add_history_shortcuts (self);
}

void
gloss_window_install_accels (GtkApplication *application)
{
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    {
      const char *accel[] = { accels[i].accel, NULL };

      gtk_application_set_accels_for_action (application, accels[i].action, accel);
    }
  _gloss_window_install_record_accels (application);
}
