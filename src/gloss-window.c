#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "gloss-export-dialog.h"
#include "gloss-fileutil.h"
#include "gloss-import-format.h"
#include "gloss-project-file.h"
#include "gloss-topics-dialog.h"
#include "gloss-window.h"

#define MAX_RECENT 10
#define RECENT_SHOWN 5

struct _GlossWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  GlossProject *project;
  GlossHistory *history;
  /* the file's etag when we last read or wrote it */
  char *etag;

  GtkFileChooserNative *chooser;
  GtkWidget *dialog;
  GlossClaim *editing_claim;
  guint pending_start;
  guint pending_end;
  gboolean close_after_save;
  guint close_id;
  gboolean force_close;
  guint draft_id;
  GCancellable *draft_cancellable;

  AdwWindowTitle *window_title;
  AdwToastOverlay *toast_overlay;
  GtkStack *stack;
  GtkPaned *paned;
  GtkScrolledWindow *transcript_scroller;
  GlossTranscriptView *transcript_view;
  GlossSidebar *sidebar;
  GtkMenuButton *tag_button;
  GtkWidget *save_button;
  GtkWidget *history_box;
  GtkWidget *sidebar_button;
  GtkWidget *export_button;
  GtkWidget *project_widgets[5];
  GlossTopicChooser *topic_chooser;
  GtkListBox *recent_list;
  GtkWidget *recent_group;
  GtkButton *undo_button;
  GtkButton *redo_button;
  GtkWidget *sample_button;
};

G_DEFINE_FINAL_TYPE (GlossWindow, gloss_window, ADW_TYPE_APPLICATION_WINDOW)

static void save_to_file (GlossWindow *self,
                          GFile       *file,
                          gboolean     check_disk);

static const char *project_actions[] = {
  "save", "save-as", "export", "tag", "tag-key", "find", "manage-topics", "show-sidebar",
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

static void
toast (GlossWindow *self,
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

static void
track_dialog (GlossWindow *self,
              GtkWidget   *dialog)
{
  self->dialog = dialog;
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (dialog_destroyed_cb), self, 0);
}

static void
show_error (GlossWindow *self,
            const char  *heading,
            GError      *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  track_dialog (self, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
display_basename (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info != NULL)
    return g_strdup (g_file_info_get_display_name (info));

  return g_file_get_basename (file);
}

char *
gloss_window_dup_file_title (GFile *file)
{
  char *name;
  char *dot;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = display_basename (file);
  dot = strrchr (name, '.');
  if (dot != NULL && dot != name && g_ascii_strcasecmp (dot, ".gloss") == 0)
    *dot = '\0';

  return name;
}

static char *
project_name (GlossProject *project)
{
  GFile *file = gloss_project_get_file (project);
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  const char *title;

  if (file != NULL)
    return gloss_window_dup_file_title (file);

  title = gloss_transcript_get_title (transcript);
  if (title != NULL && *title != '\0')
    return g_strdup (title);
  if (gloss_transcript_get_source (transcript) != NULL)
    return g_strdup (gloss_transcript_get_source (transcript));

  return g_strdup (_("Untitled Project"));
}

static void
update_title (GlossWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GFile *file;

  if (self->project == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Gloss"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Gloss"));
      return;
    }

  name = project_name (self->project);
  if (gloss_project_get_modified (self->project))
    /* Translators: the title of a project with unsaved changes */
    title = g_strdup_printf (_("%s •"), name);
  else
    title = g_strdup (name);

  file = gloss_project_get_file (self->project);
  if (file != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
      g_autofree char *rel = parent ? g_file_get_relative_path (home, parent) : NULL;

      if (parent != NULL && g_file_equal (parent, home))
        subtitle = g_strdup ("~");
      else if (rel != NULL)
        subtitle = g_strdup_printf ("~/%s", rel);
      else
        subtitle = gloss_file_display_name (parent ? parent : file);
    }
  else
    subtitle = g_strdup (_("Not saved yet"));

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_undo_redo (GlossWindow *self)
{
  gboolean can_undo = self->history && gloss_history_can_undo (self->history);
  gboolean can_redo = self->history && gloss_history_can_redo (self->history);
  const char *undo_label = self->history ? gloss_history_get_undo_label (self->history) : NULL;
  const char *redo_label = self->history ? gloss_history_get_redo_label (self->history) : NULL;
  g_autofree char *undo_tip = NULL;
  g_autofree char *redo_tip = NULL;

  set_action_enabled (self, "undo", can_undo);
  set_action_enabled (self, "redo", can_redo);

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
  update_undo_redo (self);
}

static void
project_modified_cb (GlossProject *project,
                     GParamSpec   *pspec,
                     GlossWindow  *self)
{
  update_title (self);
}

static char *
query_etag (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  if (file == NULL)
    return NULL;
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return NULL;

  return g_strdup (g_file_info_get_etag (info));
}

static void
add_recent (GlossWindow *self,
            GFile       *file)
{
  g_auto(GStrv) old = g_settings_get_strv (self->settings, "recent-projects");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) recent = NULL;
  guint n = 1;

  g_strv_builder_add (builder, uri);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    {
      if (g_strcmp0 (old[i], uri) == 0)
        continue;
      g_strv_builder_add (builder, old[i]);
      n++;
    }
  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-projects", (const char * const *) recent);
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

static const char *
author_name (GlossWindow *self)
{
  g_autofree char *setting = g_settings_get_string (self->settings, "author-name");
  const char *real = g_get_real_name ();

  g_strstrip (setting);
  if (*setting != '\0')
    {
      g_object_set_data_full (G_OBJECT (self), "author", g_steal_pointer (&setting), g_free);
      return g_object_get_data (G_OBJECT (self), "author");
    }
  if (real != NULL && *real != '\0' && strcmp (real, "Unknown") != 0)
    return real;

  return g_get_user_name ();
}

static GlossClaim *
find_exact_claim (GlossWindow *self,
                  guint        start,
                  guint        end)
{
  g_autoptr(GPtrArray) claims = gloss_project_get_claims_at (self->project, GLOSS_TEXT_TRANSCRIPT, start);

  for (guint i = 0; claims != NULL && i < claims->len; i++)
    {
      GlossClaim *claim = g_ptr_array_index (claims, i);

      if (gloss_claim_get_start (claim) == start && gloss_claim_get_end (claim) == end)
        return claim;
    }

  return NULL;
}

static void
add_claim (GlossWindow        *self,
           guint               start,
           guint               end,
           const char * const *topic_ids,
           const char         *note)
{
  g_autoptr(GlossClaim) claim = gloss_claim_new (gloss_project_get_transcript (self->project),
                                                 start, end, topic_ids, note, author_name (self));

  gloss_history_add_claim (self->history, claim);
  /* the highlight shows once the selection is gone */
  gloss_transcript_view_place_cursor (self->transcript_view, end);
  gloss_sidebar_select_claim (self->sidebar, claim);
}

static gboolean
strv_equal_unordered (const char * const *a,
                      const char * const *b)
{
  guint na = g_strv_length ((char **) a);
  guint nb = g_strv_length ((char **) b);

  if (na != nb)
    return FALSE;
  for (guint i = 0; i < na; i++)
    if (!g_strv_contains (b, a[i]))
      return FALSE;

  return TRUE;
}

static void
tag_key_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GlossWindow *self = user_data;
  const char *key = g_variant_get_string (parameter, NULL);
  GlossTopic *topic;
  GlossClaim *existing;
  guint start, end;

  if (self->project == NULL)
    return;

  topic = gloss_project_lookup_topic_by_key (self->project, key);
  if (topic == NULL)
    {
      g_autofree char *msg = g_strdup_printf (_("No topic has the key %s"), key);

      toast (self, msg);
      return;
    }
  if (!gloss_transcript_view_get_selection (self->transcript_view, &start, &end))
    {
      toast (self, _("Select the text of a claim first"));
      return;
    }

  existing = find_exact_claim (self, start, end);
  if (existing != NULL)
    {
      const char * const *old = gloss_claim_get_topics (existing);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) topics = NULL;

      if (gloss_claim_has_topic (existing, gloss_topic_get_id (topic)))
        {
          toast (self, _("The claim already has this topic"));
          return;
        }
      g_strv_builder_addv (builder, (const char **) old);
      g_strv_builder_add (builder, gloss_topic_get_id (topic));
      topics = g_strv_builder_end (builder);
      gloss_history_set_claim_topics (self->history, existing, (const char * const *) topics);
      gloss_transcript_view_place_cursor (self->transcript_view, end);
      gloss_sidebar_select_claim (self->sidebar, existing);
      return;
    }

  {
    const char *ids[] = { gloss_topic_get_id (topic), NULL };

    add_claim (self, start, end, ids, NULL);
  }
}

static void
chooser_apply_cb (GlossTopicChooser  *chooser,
                  const char * const *topic_ids,
                  const char         *note,
                  GlossWindow        *self)
{
  GlossClaim *claim = gloss_topic_chooser_get_claim (chooser);

  if (self->project == NULL)
    return;

  if (claim != NULL)
    {
      gboolean topics_differ = !strv_equal_unordered (gloss_claim_get_topics (claim), topic_ids);
      gboolean note_differs = g_strcmp0 (gloss_claim_get_note (claim) ? gloss_claim_get_note (claim) : "",
                                         note ? note : "") != 0;

      if (!topics_differ && !note_differs)
        return;
      gloss_history_begin_group (self->history, _("Edit Claim"));
      if (topics_differ)
        gloss_history_set_claim_topics (self->history, claim, topic_ids);
      if (note_differs)
        gloss_history_set_claim_note (self->history, claim, note);
      gloss_history_end_group (self->history);
      return;
    }

  if (self->pending_start < self->pending_end)
    add_claim (self, self->pending_start, self->pending_end, topic_ids, note);
}

/* Fills the chooser each time the tag button opens it: for the claim being
 * edited, for the exact claim the selection covers, or for a new one. */
static GtkWidget *
prepare_chooser (GlossWindow *self)
{
  guint start = 0, end = 0;
  g_autoptr(GlossClaim) claim = g_steal_pointer (&self->editing_claim);
  gboolean focus_note = GPOINTER_TO_INT (g_object_steal_data (G_OBJECT (self), "focus-note"));

  self->pending_start = self->pending_end = 0;
  if (self->project == NULL)
    return GTK_WIDGET (self->topic_chooser);

  if (claim == NULL && gloss_transcript_view_get_selection (self->transcript_view, &start, &end))
    {
      claim = find_exact_claim (self, start, end);
      if (claim != NULL)
        g_object_ref (claim);
      self->pending_start = start;
      self->pending_end = end;
    }

  if (claim != NULL)
    gloss_topic_chooser_prepare (self->topic_chooser, claim, NULL, focus_note);
  else if (start < end)
    {
      g_autofree char *quote = gloss_transcript_dup_slice (gloss_project_get_transcript (self->project),
                                                           start, end);

      gloss_topic_chooser_prepare (self->topic_chooser, NULL, quote, focus_note);
    }
  else
    gloss_topic_chooser_prepare (self->topic_chooser, NULL, _("Select text in the transcript first"), FALSE);

  return GTK_WIDGET (self->topic_chooser);
}

static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  prepare_chooser (GLOSS_WINDOW (user_data));
}

static void
tag_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  GlossWindow *self = user_data;

  if (self->project == NULL)
    return;
  if (!gloss_transcript_view_get_selection (self->transcript_view, NULL, NULL))
    {
      toast (self, _("Select the text of a claim first"));
      return;
    }
  gtk_menu_button_popup (self->tag_button);
}

static void
edit_claim (GlossWindow *self,
            GlossClaim  *claim,
            gboolean     note)
{
  g_set_object (&self->editing_claim, claim);
  g_object_set_data (G_OBJECT (self), "focus-note", GINT_TO_POINTER (note));
  gtk_menu_button_popup (self->tag_button);
}

static void
sidebar_edit_claim_cb (GlossSidebar *sidebar,
                       GlossClaim   *claim,
                       gboolean      note,
                       GlossWindow  *self)
{
  edit_claim (self, claim, note);
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
  edit_claim (self, claim, FALSE);
}

static void
sidebar_delete_claim_cb (GlossSidebar *sidebar,
                         GlossClaim   *claim,
                         GlossWindow  *self)
{
  AdwToast *undo_toast;

  gloss_history_remove_claim (self->history, claim);
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

static GlossDraftStore *
draft_store (GlossWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return GLOSS_IS_APPLICATION (app) ? gloss_application_get_drafts (GLOSS_APPLICATION (app)) : NULL;
}

static void
remove_draft (GlossWindow *self)
{
  GlossDraftStore *store = draft_store (self);
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->draft_id, g_source_remove);
  if (store == NULL || self->project == NULL)
    return;
  g_cancellable_cancel (self->draft_cancellable);
  g_clear_object (&self->draft_cancellable);
  if (!gloss_draft_store_remove (store, self->project, &error))
    g_warning ("%s", error->message);
}

static void
draft_saved_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!gloss_draft_store_save_finish (GLOSS_DRAFT_STORE (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("%s", error->message);
}

static gboolean
draft_timeout_cb (gpointer data)
{
  GlossWindow *self = data;
  GlossDraftStore *store = draft_store (self);

  self->draft_id = 0;
  if (store == NULL || self->project == NULL)
    return G_SOURCE_REMOVE;

  if (!gloss_project_get_modified (self->project))
    {
      /* undone back to the saved state: nothing to keep */
      remove_draft (self);
      return G_SOURCE_REMOVE;
    }

  g_cancellable_cancel (self->draft_cancellable);
  g_clear_object (&self->draft_cancellable);
  self->draft_cancellable = g_cancellable_new ();
  gloss_draft_store_save_async (store, self->project, self->draft_cancellable, draft_saved_cb, NULL);

  return G_SOURCE_REMOVE;
}

static void
project_changed_cb (GlossProject *project,
                    GlossWindow  *self)
{
  guint delay = g_settings_get_uint (self->settings, "autosave-delay");

  /* not g_timeout_add_seconds(): it rounds the deadline to whole seconds,
   * up to a quarter second early; the delay counts from the last edit */
  g_clear_handle_id (&self->draft_id, g_source_remove);
  self->draft_id = g_timeout_add (MAX (delay, 1) * 1000, draft_timeout_cb, self);
}

void
gloss_window_set_project (GlossWindow  *self,
                          GlossProject *project)
{
  g_return_if_fail (GLOSS_IS_WINDOW (self));
  g_return_if_fail (project == NULL || GLOSS_IS_PROJECT (project));

  if (self->project != NULL)
    {
      /* a project is only replaced when it has no unsaved changes */
      if (!gloss_project_get_modified (self->project))
        remove_draft (self);
      g_signal_handlers_disconnect_by_data (self->project, self);
    }
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_handle_id (&self->draft_id, g_source_remove);
  g_clear_object (&self->history);
  g_clear_object (&self->project);
  g_clear_object (&self->editing_claim);
  g_clear_pointer (&self->etag, g_free);

  if (project != NULL)
    {
      self->project = g_object_ref (project);
      self->history = gloss_history_new (project);
      self->etag = query_etag (gloss_project_get_file (project));
      g_signal_connect (project, "notify::modified", G_CALLBACK (project_modified_cb), self);
      g_signal_connect (project, "changed", G_CALLBACK (project_changed_cb), self);
      g_signal_connect (self->history, "notify::can-undo", G_CALLBACK (history_notify_cb), self);
      g_signal_connect (self->history, "notify::can-redo", G_CALLBACK (history_notify_cb), self);
      g_signal_connect (self->history, "notify::undo-label", G_CALLBACK (history_notify_cb), self);
      g_signal_connect (self->history, "notify::redo-label", G_CALLBACK (history_notify_cb), self);
    }

  gloss_transcript_view_set_project (self->transcript_view, project);
  gloss_sidebar_set_project (self->sidebar, project);
  gloss_topic_chooser_set_project (self->topic_chooser, project);

  for (guint i = 0; i < G_N_ELEMENTS (project_actions); i++)
    set_action_enabled (self, project_actions[i], project != NULL);
  /* without a project the header bar offers only Open and the menu */
  for (guint i = 0; i < G_N_ELEMENTS (self->project_widgets); i++)
    gtk_widget_set_visible (self->project_widgets[i], project != NULL);
  update_undo_redo (self);
  update_title (self);

  gtk_stack_set_visible_child_name (self->stack, project ? "project" : "empty");
  if (project != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->transcript_view));
}

static gboolean
is_project_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  const char *dot = name ? strrchr (name, '.') : NULL;

  return dot != NULL && (g_ascii_strcasecmp (dot, ".gloss") == 0 || g_ascii_strcasecmp (dot, ".json") == 0);
}

gboolean
gloss_window_load_file (GlossWindow  *self,
                        GFile        *file,
                        GError      **error)
{
  g_autoptr(GlossProject) project = NULL;

  g_return_val_if_fail (GLOSS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (is_project_file (file))
    {
      project = gloss_project_file_load (file, error);
      if (project == NULL)
        return FALSE;
      add_recent (self, file);
    }
  else
    {
      g_autoptr(GlossTranscript) transcript = gloss_import_file (file, NULL, NULL, error);

      if (transcript == NULL)
        return FALSE;
      project = gloss_project_new (transcript);
      gloss_project_set_modified (project, FALSE);
    }

  gloss_window_set_project (self, project);

  return TRUE;
}

void
gloss_window_open_file (GlossWindow *self,
                        GFile       *file)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (GLOSS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->project != NULL && gloss_project_get_modified (self->project))
    {
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
      GlossWindow *other = gloss_window_new (GLOSS_APPLICATION (app));

      gtk_window_present (GTK_WINDOW (other));
      gloss_window_open_file (other, file);
      return;
    }

  if (!gloss_window_load_file (self, file, &error))
    {
      g_autofree char *name = display_basename (file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

      show_error (self, heading, error);
    }
}

static void
chooser_open_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          GlossWindow     *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file != NULL)
    gloss_window_open_file (self, file);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern,
            const char     *mime_type)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  if (pattern != NULL)
    gtk_file_filter_add_pattern (filter, pattern);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
run_open_chooser (GlossWindow *self,
                  gboolean     import)
{
  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (import ? _("Import Transcript") : _("Open Project"),
                                               GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                               import ? _("_Import") : _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (import)
    add_filter (GTK_FILE_CHOOSER (self->chooser), _("Plain text transcripts"), "*.txt", "text/plain");
  else
    {
      add_filter (GTK_FILE_CHOOSER (self->chooser), _("Gloss projects"), "*.gloss", NULL);
      add_filter (GTK_FILE_CHOOSER (self->chooser), _("Plain text transcripts"), "*.txt", "text/plain");
    }
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("All files"), "*", NULL);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  run_open_chooser (GLOSS_WINDOW (user_data), FALSE);
}

static void
import_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  run_open_chooser (GLOSS_WINDOW (user_data), TRUE);
}

static void
open_sample_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GlossWindow *self = user_data;
  g_autoptr(GFile) sample = gloss_application_find_sample ();

  if (sample == NULL)
    {
      toast (self, _("The sample transcript is not installed"));
      return;
    }
  gloss_window_open_file (self, sample);
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
static void
close_soon (GlossWindow *self)
{
  if (self->close_id == 0)
    self->close_id = g_idle_add (close_idle_cb, self);
}

static void
saved (GlossWindow *self,
       GFile       *file)
{
  gloss_history_mark_saved (self->history);
  gloss_project_set_modified (self->project, FALSE);
  g_free (self->etag);
  self->etag = query_etag (file);
  remove_draft (self);
  add_recent (self, file);
  update_title (self);

  if (self->close_after_save)
    close_soon (self);
}

static void
do_save (GlossWindow *self,
         GFile       *file)
{
  g_autoptr(GError) error = NULL;

  if (!gloss_project_file_save (self->project, file, &error))
    {
      g_autofree char *name = display_basename (file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Save “%s”"), name);

      self->close_after_save = FALSE;
      show_error (self, heading, error);
      return;
    }

  saved (self, file);
}

static void
chooser_save_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          GlossWindow     *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    {
      self->close_after_save = FALSE;
      return;
    }
  /* the chooser already asked before replacing another file */
  save_to_file (self, file, FALSE);
}

static void
run_save_chooser (GlossWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *file_name = NULL;
  GFile *current;

  if (self->chooser != NULL || self->project == NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Save Project"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  current = gloss_project_get_file (self->project);
  if (current != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->chooser), current, NULL);
  else
    {
      const char *source = gloss_transcript_get_source (gloss_project_get_transcript (self->project));
      char *dot;

      /* the imported file's name, else the title */
      if (source != NULL && *source != '\0')
        {
          name = g_path_get_basename (source);
          dot = strrchr (name, '.');
          if (dot != NULL && dot != name)
            *dot = '\0';
        }
      else
        name = project_name (self->project);
      g_strdelimit (name, "/\\:", '-');
      file_name = g_strdup_printf ("%s.gloss", name);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), file_name);
    }
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("Gloss projects"), "*.gloss", NULL);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

typedef struct
{
  GlossWindow *self;
  GFile *file;
} DiskData;

static void
disk_data_free (gpointer  user_data,
                GClosure *closure)
{
  DiskData *data = user_data;

  g_object_unref (data->file);
  g_free (data);
}

static void
changed_on_disk_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             DiskData         *data)
{
  GlossWindow *self = data->self;

  if (g_strcmp0 (response, "overwrite") == 0)
    do_save (self, data->file);
  else if (g_strcmp0 (response, "save-as") == 0)
    run_save_chooser (self);
  else if (g_strcmp0 (response, "reload") == 0)
    {
      g_autoptr(GError) error = NULL;

      self->close_after_save = FALSE;
      if (!gloss_window_load_file (self, data->file, &error))
        show_error (self, _("Could Not Reload"), error);
    }
  else
    self->close_after_save = FALSE;
}

static void
save_to_file (GlossWindow *self,
              GFile       *file,
              gboolean     check_disk)
{
  GFile *current = gloss_project_get_file (self->project);

  if (check_disk && current != NULL && g_file_equal (current, file))
    {
      g_autofree char *etag = query_etag (file);

      /* another program changed (or removed) the file since we read it */
      if (g_strcmp0 (etag, self->etag) != 0)
        {
          g_autofree char *name = display_basename (file);
          GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("File Changed on Disk"), NULL);
          DiskData *data = g_new0 (DiskData, 1);

          adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                          _("“%s” was changed by another program since it was opened. Saving now would replace those changes."),
                                          name);
          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "reload", _("_Reload"));
          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "save-as", _("Save _As…"));
          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "overwrite", _("_Overwrite"));
          adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                                      ADW_RESPONSE_DESTRUCTIVE);
          adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save-as");
          adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
          data->self = self;
          data->file = g_object_ref (file);
          g_signal_connect_data (dialog, "response", G_CALLBACK (changed_on_disk_response_cb), data,
                                 disk_data_free, 0);
          track_dialog (self, dialog);
          gtk_window_present (GTK_WINDOW (dialog));
          return;
        }
    }

  do_save (self, file);
}

static void
save_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GlossWindow *self = user_data;
  GFile *file;

  if (self->project == NULL)
    return;

  file = gloss_project_get_file (self->project);
  if (file == NULL)
    run_save_chooser (self);
  else
    save_to_file (self, file, TRUE);
}

static void
save_as_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  run_save_chooser (GLOSS_WINDOW (user_data));
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
  g_autofree char *name = display_basename (file);
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

  if (self->project == NULL)
    return;

  dialog = gloss_export_dialog_new (GTK_WINDOW (self), self->project,
                                    gloss_sidebar_get_filtered_claims (self->sidebar));
  g_signal_connect_object (dialog, "exported", G_CALLBACK (exported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
find_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GlossWindow *self = user_data;

  gtk_widget_set_visible (GTK_WIDGET (self->sidebar), TRUE);
  gloss_sidebar_focus_search (self->sidebar);
}

static void
undo_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GlossWindow *self = user_data;

  if (self->history != NULL)
    gloss_history_undo (self->history);
}

static void
redo_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GlossWindow *self = user_data;

  if (self->history != NULL)
    gloss_history_redo (self->history);
}

static void
manage_topics_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GlossWindow *self = user_data;

  if (self->history == NULL)
    return;
  gtk_popover_popdown (GTK_POPOVER (self->topic_chooser));
  gtk_window_present (GTK_WINDOW (gloss_topics_dialog_new (GTK_WINDOW (self), self->history)));
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
show_sidebar_action (GSimpleAction *action,
                     GVariant      *state,
                     gpointer       user_data)
{
  GlossWindow *self = user_data;

  g_simple_action_set_state (action, state);
  gtk_widget_set_visible (GTK_WIDGET (self->sidebar), g_variant_get_boolean (state));
}

static const GActionEntry win_actions[] = {
  { "open", open_action, NULL, NULL, NULL, { 0 } },
  { "import", import_action, NULL, NULL, NULL, { 0 } },
  { "open-sample", open_sample_action, NULL, NULL, NULL, { 0 } },
  { "open-recent", open_recent_action, "s", NULL, NULL, { 0 } },
  { "save", save_action, NULL, NULL, NULL, { 0 } },
  { "save-as", save_as_action, NULL, NULL, NULL, { 0 } },
  { "export", export_action, NULL, NULL, NULL, { 0 } },
  { "tag", tag_action, NULL, NULL, NULL, { 0 } },
  { "tag-key", tag_key_action, "s", NULL, NULL, { 0 } },
  { "find", find_action, NULL, NULL, NULL, { 0 } },
  { "undo", undo_action, NULL, NULL, NULL, { 0 } },
  { "redo", redo_action, NULL, NULL, NULL, { 0 } },
  { "manage-topics", manage_topics_action, NULL, NULL, NULL, { 0 } },
  { "show-sidebar", NULL, NULL, "true", show_sidebar_action, { 0 } },
};

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   GlossWindow      *self)
{
  if (g_strcmp0 (response, "save") == 0)
    {
      self->close_after_save = TRUE;
      g_action_group_activate_action (G_ACTION_GROUP (self), "save", NULL);
    }
  else if (g_strcmp0 (response, "discard") == 0)
    {
      remove_draft (self);
      close_soon (self);
    }
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
  if (gtk_widget_get_visible (GTK_WIDGET (self->sidebar)) &&
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
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  if (self->force_close || self->project == NULL || !gloss_project_get_modified (self->project))
    {
      if (self->project != NULL && !gloss_project_get_modified (self->project))
        remove_draft (self);
      save_window_state (self);
      return GTK_WINDOW_CLASS (gloss_window_parent_class)->close_request (window);
    }

  if (self->dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->dialog));
      return TRUE;
    }

  name = project_name (self->project);
  dialog = adw_message_dialog_new (window, _("Save Changes?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” has unsaved changes. Changes which are not saved will be permanently lost."),
                                  name);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "discard", _("_Discard"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "save", _("_Save"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (close_response_cb), self);
  track_dialog (self, dialog);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GlossWindow   *self)
{
  GSList *files = NULL;
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    files = g_value_get_boxed (value);
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    {
      gloss_window_open_file (self, g_value_get_object (value));
      return TRUE;
    }

  if (files == NULL)
    return FALSE;

  gloss_window_open_file (self, files->data);
  for (GSList *l = files->next; l != NULL; l = l->next)
    {
      GFile *file = l->data;

      g_application_open (app, &file, 1, "");
    }

  return TRUE;
}

GlossProject *
gloss_window_get_project (GlossWindow *self)
{
  g_return_val_if_fail (GLOSS_IS_WINDOW (self), NULL);

  return self->project;
}

GlossHistory *
gloss_window_get_history (GlossWindow *self)
{
  g_return_val_if_fail (GLOSS_IS_WINDOW (self), NULL);

  return self->history;
}

GlossTranscriptView *
gloss_window_get_transcript_view (GlossWindow *self)
{
  g_return_val_if_fail (GLOSS_IS_WINDOW (self), NULL);

  return self->transcript_view;
}

GlossSidebar *
gloss_window_get_sidebar (GlossWindow *self)
{
  g_return_val_if_fail (GLOSS_IS_WINDOW (self), NULL);

  return self->sidebar;
}

GlossTopicChooser *
gloss_window_get_topic_chooser (GlossWindow *self)
{
  g_return_val_if_fail (GLOSS_IS_WINDOW (self), NULL);

  return self->topic_chooser;
}

GtkWidget *
gloss_window_get_dialog (GlossWindow *self)
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
  g_clear_handle_id (&self->draft_id, g_source_remove);
  g_clear_handle_id (&self->close_id, g_source_remove);
  if (self->draft_cancellable != NULL)
    g_cancellable_cancel (self->draft_cancellable);
  g_clear_object (&self->draft_cancellable);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);
  g_clear_object (&self->project);
  g_clear_object (&self->editing_claim);

  G_OBJECT_CLASS (gloss_window_parent_class)->dispose (object);
}

static void
gloss_window_finalize (GObject *object)
{
  GlossWindow *self = GLOSS_WINDOW (object);

  g_clear_object (&self->settings);
  g_free (self->etag);

  G_OBJECT_CLASS (gloss_window_parent_class)->finalize (object);
}

static void
gloss_window_class_init (GlossWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = gloss_window_dispose;
  object_class->finalize = gloss_window_finalize;
  window_class->close_request = gloss_window_close_request;

  g_type_ensure (GLOSS_TYPE_TRANSCRIPT_VIEW);
  g_type_ensure (GLOSS_TYPE_SIDEBAR);
  g_type_ensure (GLOSS_TYPE_TOPIC_CHOOSER);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glossapp/Gloss/ui/gloss-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, transcript_scroller);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, transcript_view);
  gtk_widget_class_bind_template_child (widget_class, GlossWindow, sidebar);
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
  gtk_widget_class_bind_template_callback (widget_class, chooser_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_claim_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_claim_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_edit_claim_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_delete_claim_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_claim_clicked_cb);
}

static void
gloss_window_init (GlossWindow *self)
{
  GtkDropTarget *drop;
  GType drop_types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };
  g_autoptr(GFile) sample = NULL;
  int width, height, sidebar_width;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->project_widgets[0] = GTK_WIDGET (self->tag_button);
  self->project_widgets[1] = self->save_button;
  self->project_widgets[2] = self->history_box;
  self->project_widgets[3] = self->sidebar_button;
  self->project_widgets[4] = self->export_button;

  self->settings = gloss_application_new_settings ();
  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions, G_N_ELEMENTS (win_actions), self);

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  sidebar_width = g_settings_get_int (self->settings, "sidebar-width");
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  gtk_paned_set_position (self->paned, MAX (320, width - sidebar_width));

  gtk_menu_button_set_create_popup_func (self->tag_button, create_popup_cb, self, NULL);

  drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop, drop_types, G_N_ELEMENTS (drop_types));
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  g_signal_connect (self->settings, "changed::recent-projects", G_CALLBACK (recent_changed_cb), self);
  rebuild_recent (self);

  sample = gloss_application_find_sample ();
  gtk_widget_set_visible (self->sample_button, sample != NULL);

  gloss_window_set_project (self, NULL);
}

GlossWindow *
gloss_window_new (GlossApplication *application)
{
  return g_object_new (GLOSS_TYPE_WINDOW, "application", application, NULL);
}
