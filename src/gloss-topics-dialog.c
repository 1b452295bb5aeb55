#include "config.h"

#include <glib/gi18n.h>

#include "gloss-topic-match.h"
#include "gloss-codebook.h"
#include "gloss-fileutil.h"
#include "gloss-topics-dialog.h"

struct _GlossTopicsDialog
{
  AdwWindow parent_instance;

  GlossHistory *history;
  GlossProject *project;
  guint rebuild_id;

  GtkListBox *topics_list;
  AdwEntryRow *add_row;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (GlossTopicsDialog, gloss_topics_dialog, ADW_TYPE_WINDOW)

/* a new topic gets the next of these (GNOME palette) */
static const char *palette[] = {
  "#e66100", "#33d17a", "#9141ac", "#f6d32d", "#e01b24",
  "#2190a4", "#c061cb", "#986a44", "#3584e4", "#77767b",
};

static void rebuild (GlossTopicsDialog *self);

static GlossTopic *
row_topic (GtkWidget *widget)
{
  while (widget != NULL && g_object_get_data (G_OBJECT (widget), "topic") == NULL)
    widget = gtk_widget_get_parent (widget);

  return widget ? g_object_get_data (G_OBJECT (widget), "topic") : NULL;
}

static void
rename_apply_cb (AdwEntryRow       *row,
                 GlossTopicsDialog *self)
{
  GlossTopic *topic = row_topic (GTK_WIDGET (row));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (topic == NULL)
    return;
  if (*name == '\0' || g_strcmp0 (name, gloss_topic_get_name (topic)) == 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (row), gloss_topic_get_name (topic));
      return;
    }
  gloss_history_rename_topic (self->history, topic, name);
}

static void
color_set_cb (GtkColorButton    *button,
              GlossTopicsDialog *self)
{
  GlossTopic *topic = row_topic (GTK_WIDGET (button));
  GdkRGBA rgba;
  g_autofree char *color = NULL;

  if (topic == NULL)
    return;
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  color = g_strdup_printf ("#%02x%02x%02x",
                           (int) (rgba.red * 255 + 0.5),
                           (int) (rgba.green * 255 + 0.5),
                           (int) (rgba.blue * 255 + 0.5));
  if (g_ascii_strcasecmp (color, gloss_topic_get_color (topic)) != 0)
    gloss_history_recolor_topic (self->history, topic, color);
}

static void
move_clicked_cb (GtkButton         *button,
                 GlossTopicsDialog *self)
{
  GlossTopic *topic = row_topic (GTK_WIDGET (button));
  int delta = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "delta"));
  int position;
  int n;

  if (topic == NULL)
    return;
  position = gloss_project_get_topic_position (self->project, topic);
  n = (int) gloss_project_get_n_topics (self->project);
  if (position < 0 || position + delta < 0 || position + delta >= n)
    return;
  gloss_history_move_topic (self->history, topic, (guint) (position + delta));
}

typedef struct
{
  GlossTopicsDialog *self;
  GlossTopic *topic;
  GtkDropDown *replacement;
  GPtrArray *others;
} DeleteData;

static void
delete_data_free (gpointer  user_data,
                  GClosure *closure)
{
  DeleteData *data = user_data;

  g_object_unref (data->topic);
  g_ptr_array_unref (data->others);
  g_free (data);
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    DeleteData       *data)
{
  GlossTopicsDialog *self = data->self;

  if (g_strcmp0 (response, "untag") == 0)
    gloss_history_remove_topic (self->history, data->topic, GLOSS_TOPIC_REMOVAL_UNTAG, NULL);
  else if (g_strcmp0 (response, "delete") == 0)
    gloss_history_remove_topic (self->history, data->topic, GLOSS_TOPIC_REMOVAL_DELETE_CLAIMS, NULL);
  else if (g_strcmp0 (response, "reassign") == 0)
    {
      guint selected = gtk_drop_down_get_selected (data->replacement);

      if (selected < data->others->len)
        gloss_history_remove_topic (self->history, data->topic, GLOSS_TOPIC_REMOVAL_REASSIGN,
                                    g_ptr_array_index (data->others, selected));
    }
}

static void
delete_clicked_cb (GtkButton         *button,
                   GlossTopicsDialog *self)
{
  GlossTopic *topic = row_topic (GTK_WIDGET (button));
  guint count;
  GtkWidget *dialog;
  DeleteData *data;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  if (topic == NULL)
    return;

  count = gloss_project_count_claims_with_topic (self->project, gloss_topic_get_id (topic));
  if (count == 0)
    {
      gloss_history_remove_topic (self->history, topic, GLOSS_TOPIC_REMOVAL_UNTAG, NULL);
      return;
    }

  data = g_new0 (DeleteData, 1);
  data->self = self;
  data->topic = g_object_ref (topic);
  data->others = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < gloss_project_get_n_topics (self->project); i++)
    {
      GlossTopic *other = gloss_project_get_topic (self->project, i);

      if (other == topic)
        continue;
      g_ptr_array_add (data->others, g_object_ref (other));
      gtk_string_list_append (names, gloss_topic_get_name (other));
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Delete Topic “%s”?"),
                                     gloss_topic_get_name (topic));
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "%u claim carries this topic. Remove the tag from it (a claim left without topics is deleted), move it to another topic, or delete it?",
                                               "%u claims carry this topic. Remove the tag from them (claims left without topics are deleted), move them to another topic, or delete them?",
                                               count),
                                  count);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "untag", _("_Remove Tag"));
  if (data->others->len > 0)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *label = gtk_label_new (_("Move to"));

      data->replacement = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL));
      gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (data->replacement));
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "reassign",
                                       g_dngettext (GETTEXT_PACKAGE, "_Move Claim", "_Move Claims", count));
    }
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "delete",
                                   g_dngettext (GETTEXT_PACKAGE, "_Delete Claim", "_Delete Claims", count));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (delete_response_cb), data,
                         delete_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);

  return button;
}

static GtkWidget *
make_row (GlossTopicsDialog *self,
          GlossTopic        *topic,
          guint              position,
          guint              n)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *color = gtk_color_button_new ();
  GtkWidget *up, *down, *remove;
  GdkRGBA rgba;
  g_autofree char *title = NULL;

  if (*gloss_topic_get_key (topic) != '\0')
    /* Translators: %s is the key (1..9) that tags a selection with the topic */
    title = g_strdup_printf (_("Key %s"), gloss_topic_get_key (topic));
  else
    title = g_strdup (_("No key"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), gloss_topic_get_name (topic));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "topic", g_object_ref (topic), g_object_unref);
  g_signal_connect (row, "apply", G_CALLBACK (rename_apply_cb), self);

  if (gdk_rgba_parse (&rgba, gloss_topic_get_color (topic)))
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (color), &rgba);
  gtk_color_chooser_set_use_alpha (GTK_COLOR_CHOOSER (color), FALSE);
  gtk_color_button_set_modal (GTK_COLOR_BUTTON (color), TRUE);
  gtk_widget_set_valign (color, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (color, _("Colour"));
  g_signal_connect (color, "color-set", G_CALLBACK (color_set_cb), self);
  adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), color);

  up = icon_button ("go-up-symbolic", _("Move Up"));
  gtk_widget_set_sensitive (up, position > 0);
  g_object_set_data (G_OBJECT (up), "delta", GINT_TO_POINTER (-1));
  g_signal_connect (up, "clicked", G_CALLBACK (move_clicked_cb), self);
  down = icon_button ("go-down-symbolic", _("Move Down"));
  gtk_widget_set_sensitive (down, position + 1 < n);
  g_object_set_data (G_OBJECT (down), "delta", GINT_TO_POINTER (1));
  g_signal_connect (down, "clicked", G_CALLBACK (move_clicked_cb), self);
  remove = icon_button ("user-trash-symbolic", _("Delete Topic"));
  g_signal_connect (remove, "clicked", G_CALLBACK (delete_clicked_cb), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), gloss_topic_match_button_new (self->history, topic));
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), up);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), down);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);

  return row;
}

static void
rebuild (GlossTopicsDialog *self)
{
  GtkWidget *child;
  guint n = gloss_project_get_n_topics (self->project);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->topics_list))) != NULL)
    gtk_list_box_remove (self->topics_list, child);

  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->topics_list, make_row (self, gloss_project_get_topic (self->project, i), i, n));
}

static gboolean
rebuild_idle_cb (gpointer data)
{
  GlossTopicsDialog *self = data;

  self->rebuild_id = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

static void
queue_rebuild (GlossTopicsDialog *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle_cb, self);
}

static void
topics_changed_cb (GListModel        *topics,
                   guint              position,
                   guint              removed,
                   guint              added,
                   GlossTopicsDialog *self)
{
  queue_rebuild (self);
}

static void
topic_changed_cb (GlossProject      *project,
                  GlossTopic        *topic,
                  GlossTopicsDialog *self)
{
  queue_rebuild (self);
}

static void
add_apply_cb (AdwEntryRow       *row,
              GlossTopicsDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autofree char *id = NULL;
  g_autoptr(GlossTopic) topic = NULL;
  guint n;

  if (*name == '\0')
    return;

  n = gloss_project_get_n_topics (self->project);
  id = gloss_project_make_topic_id (self->project, name);
  topic = gloss_topic_new (id, name, palette[n % G_N_ELEMENTS (palette)]);
  gloss_history_add_topic (self->history, topic, n);
  gtk_editable_set_text (GTK_EDITABLE (row), "");
}

/* ------------------------------------------------------------ codebooks */

gboolean
gloss_topics_dialog_export_codebook (GlossTopicsDialog  *self,
                                     GFile              *file,
                                     GError            **error)
{
  g_autoptr(GPtrArray) topics = g_ptr_array_new ();
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (GLOSS_IS_TOPICS_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  for (guint i = 0; i < gloss_project_get_n_topics (self->project); i++)
    g_ptr_array_add (topics, gloss_project_get_topic (self->project, i));
  bytes = gloss_codebook_write (topics, error);
  if (bytes == NULL)
    return FALSE;
  return gloss_file_replace_atomic (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
}

guint
gloss_topics_dialog_import_codebook (GlossTopicsDialog  *self,
                                     GFile              *file,
                                     GError            **error)
{
  g_autoptr(GPtrArray) topics = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;
  guint added = 0;

  g_return_val_if_fail (GLOSS_IS_TOPICS_DIALOG (self), 0);
  g_return_val_if_fail (G_IS_FILE (file), 0);

  if (!gloss_file_read_limited (file, GLOSS_IMPORT_MAX_SIZE, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_IO,
                                GLOSS_IMPORT_ERROR_NOT_REGULAR, GLOSS_IMPORT_ERROR_TOO_LARGE,
                                &contents, &length, error))
    return 0;
  name = g_file_get_basename (file);
  topics = gloss_codebook_read (contents, length, name, error);
  if (topics == NULL)
    return 0;

  /* one undo step; topics the project has by name stay as they are */
  gloss_history_begin_group (self->history, _("Import topics"));
  for (guint i = 0; i < topics->len; i++)
    {
      GlossTopic *topic = g_ptr_array_index (topics, i);
      g_autofree char *id = NULL;
      g_autoptr(GlossTopic) copy = NULL;
      gboolean known = FALSE;
      guint n = gloss_project_get_n_topics (self->project);

      for (guint k = 0; k < n && !known; k++)
        known = g_utf8_collate (gloss_topic_get_name (gloss_project_get_topic (self->project, k)),
                                gloss_topic_get_name (topic)) == 0;
      if (known)
        continue;
      id = gloss_project_make_topic_id (self->project, gloss_topic_get_name (topic));
      copy = gloss_topic_new (id, gloss_topic_get_name (topic), gloss_topic_get_color (topic));
      gloss_history_add_topic (self->history, copy, n);
      added++;
    }
  gloss_history_end_group (self->history);
  return added;
}

static void
show_error (GlossTopicsDialog *self,
            const char        *heading,
            const GError      *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_chooser (GlossTopicsDialog *self)
{
  if (self->chooser == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->chooser, self);
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
}

static void
codebook_response_cb (GtkNativeDialog   *chooser,
                      int                response,
                      GlossTopicsDialog *self)
{
  gboolean saving = gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)) == GTK_FILE_CHOOSER_ACTION_SAVE;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  close_chooser (self);
  if (file == NULL)
    return;
  if (saving && !gloss_topics_dialog_export_codebook (self, file, &error))
    show_error (self, _("The Codebook Was Not Exported"), error);
  else if (!saving && gloss_topics_dialog_import_codebook (self, file, &error) == 0 && error != NULL)
    show_error (self, _("The Codebook Was Not Imported"), error);
}

static void
open_chooser (GlossTopicsDialog    *self,
              GtkFileChooserAction  action)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  gboolean saving = action == GTK_FILE_CHOOSER_ACTION_SAVE;

  close_chooser (self);
  self->chooser = gtk_file_chooser_native_new (saving ? _("Export Codebook") : _("Import Codebook"),
                                               GTK_WINDOW (self), action,
                                               saving ? _("_Export") : _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("REFI-QDA codebook"));
  gtk_file_filter_add_suffix (filter, "qdc");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (saving)
    {
      /* TRANSLATORS: the suggested file name of a codebook */
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), _("topics.qdc"));
    }
  g_signal_connect (self->chooser, "response", G_CALLBACK (codebook_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
export_codebook_clicked_cb (GtkButton         *button,
                            GlossTopicsDialog *self)
{
  open_chooser (self, GTK_FILE_CHOOSER_ACTION_SAVE);
}

static void
import_codebook_clicked_cb (GtkButton         *button,
                            GlossTopicsDialog *self)
{
  open_chooser (self, GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
gloss_topics_dialog_dispose (GObject *object)
{
  GlossTopicsDialog *self = GLOSS_TOPICS_DIALOG (object);

  close_chooser (self);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->project, self);
      g_signal_handlers_disconnect_by_data (gloss_project_get_topics (self->project), self);
    }
  g_clear_object (&self->project);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (gloss_topics_dialog_parent_class)->dispose (object);
}

static void
gloss_topics_dialog_class_init (GlossTopicsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gloss_topics_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glossapp/Gloss/ui/gloss-topics-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GlossTopicsDialog, topics_list);
  gtk_widget_class_bind_template_child (widget_class, GlossTopicsDialog, add_row);
  gtk_widget_class_bind_template_callback (widget_class, add_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_codebook_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, import_codebook_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
gloss_topics_dialog_init (GlossTopicsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
gloss_topics_dialog_new (GtkWindow    *parent,
                         GlossHistory *history)
{
  GlossTopicsDialog *self;

  g_return_val_if_fail (GLOSS_IS_HISTORY (history), NULL);

  self = g_object_new (GLOSS_TYPE_TOPICS_DIALOG, "transient-for", parent, NULL);
  self->history = g_object_ref (history);
  self->project = g_object_ref (gloss_history_get_project (history));
  g_signal_connect (self->project, "topic-changed", G_CALLBACK (topic_changed_cb), self);
  g_signal_connect (gloss_project_get_topics (self->project), "items-changed",
                    G_CALLBACK (topics_changed_cb), self);
  rebuild (self);

  return GTK_WIDGET (self);
}
