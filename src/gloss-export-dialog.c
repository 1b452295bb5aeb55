#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "gloss-environment.h"
#include "gloss-export-dialog.h"
#include "gloss-export-format.h"

/* the nicks of the export-scope setting, in the order of its enum */
enum {
  SCOPE_ALL,
  SCOPE_SHOWN
};

struct _GlossExportDialog
{
  AdwWindow parent_instance;

  GlossProject *project;
  GFile *project_file;   /* where the project is saved, or NULL */
  GListModel *filtered;
  GtkFileChooserNative *chooser;
  GSettings *settings;
  guint total;
  guint shown;

  AdwComboRow *format_row;
  GtkStringList *formats;
  AdwActionRow *all_row;
  AdwActionRow *shown_row;
  GtkCheckButton *all_check;
  GtkCheckButton *shown_check;
  GtkButton *export_button;
};

G_DEFINE_FINAL_TYPE (GlossExportDialog, gloss_export_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* the registry's formats are listed in its order */
static const GlossExportFormat *
selected_format (GlossExportDialog *self)
{
  const GlossExportFormat * const *formats = gloss_export_formats ();
  guint selected = adw_combo_row_get_selected (self->format_row);

  for (guint i = 0; formats[i] != NULL; i++)
    if (i == selected)
      return formats[i];

  return formats[0];
}

gboolean
gloss_export_dialog_export_to_file (GlossExportDialog *self,
                                    GFile             *file,
                                    GError           **error)
{
  GListModel *claims = NULL;

  g_return_val_if_fail (GLOSS_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (gloss_export_dialog_get_filtered (self))
    claims = self->filtered;

  return gloss_export_to_file (self->project, claims, selected_format (self),
                               GLOSS_EXPORT_FLAGS_NONE, file, error);
}

void
gloss_export_dialog_set_format (GlossExportDialog       *self,
                                const GlossExportFormat *format)
{
  const GlossExportFormat * const *formats = gloss_export_formats ();

  g_return_if_fail (GLOSS_IS_EXPORT_DIALOG (self));
  g_return_if_fail (format != NULL);

  for (guint i = 0; formats[i] != NULL; i++)
    if (formats[i] == format)
      {
        adw_combo_row_set_selected (self->format_row, i);
        return;
      }

  g_return_if_reached ();
}

const GlossExportFormat *
gloss_export_dialog_get_format (GlossExportDialog *self)
{
  g_return_val_if_fail (GLOSS_IS_EXPORT_DIALOG (self), NULL);

  return selected_format (self);
}

void
gloss_export_dialog_set_filtered (GlossExportDialog *self,
                                  gboolean           filtered)
{
  g_return_if_fail (GLOSS_IS_EXPORT_DIALOG (self));

  gtk_check_button_set_active (filtered ? self->shown_check : self->all_check, TRUE);
}

gboolean
gloss_export_dialog_get_filtered (GlossExportDialog *self)
{
  g_return_val_if_fail (GLOSS_IS_EXPORT_DIALOG (self), FALSE);

  return gtk_check_button_get_active (self->shown_check);
}

/* the button says how many claims it writes, so that exporting the one
 * claim a filter left is not done by accident */
static void
update_export_button (GlossExportDialog *self)
{
  guint n = gloss_export_dialog_get_filtered (self) ? self->shown : self->total;
  g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "_Export %u Claim…",
                                                         "_Export %u Claims…", n), n);

  gtk_button_set_label (self->export_button, label);
}

static void
scope_toggled_cb (GtkCheckButton    *check,
                  GlossExportDialog *self)
{
  if (!gtk_check_button_get_active (check))
    return;

  update_export_button (self);
  if (self->settings != NULL)
    g_settings_set_enum (self->settings, "export-scope",
                         check == self->shown_check ? SCOPE_SHOWN : SCOPE_ALL);
}

static void
format_selected_cb (AdwComboRow       *row,
                    GParamSpec        *pspec,
                    GlossExportDialog *self)
{
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "export-format",
                           gloss_export_format_get_id (selected_format (self)));
}

static void
show_error (GlossExportDialog *self,
            GError            *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Export"), NULL);

  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
chooser_response_cb (GtkNativeDialog   *chooser,
                     int                response,
                     GlossExportDialog *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  if (!gloss_export_dialog_export_to_file (self, file, &error))
    {
      show_error (self, error);
      return;
    }

  g_signal_emit (self, signals[EXPORTED], 0, file);
  gtk_window_close (GTK_WINDOW (self));
}

static char *
suggested_name (GlossExportDialog       *self,
                const GlossExportFormat *format)
{
  GFile *file = self->project_file;
  g_autofree char *base = NULL;
  char *dot;

  if (file != NULL)
    base = g_file_get_basename (file);
  else
    base = g_strdup (gloss_transcript_get_source (gloss_project_get_transcript (self->project)));
  if (base == NULL || *base == '\0')
    {
      g_free (base);
      /* Translators: file name of an export when the project has none */
      base = g_strdup (_("claims"));
    }
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';

  return g_strdup_printf ("%s.%s", base, gloss_export_format_get_extension (format));
}

static void
export_clicked_cb (GtkButton         *button,
                   GlossExportDialog *self)
{
  const GlossExportFormat *format = selected_format (self);
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GFile *project_file = self->project_file;

  self->chooser = gtk_file_chooser_native_new (_("Export Claims"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  name = suggested_name (self, format);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  if (project_file != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (project_file);

      if (parent != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), parent, NULL);
    }
  gtk_file_filter_set_name (filter, gloss_export_format_get_label (format));
  gtk_file_filter_add_mime_type (filter, gloss_export_format_get_mime_type (format));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
gloss_export_dialog_dispose (GObject *object)
{
  GlossExportDialog *self = GLOSS_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_object (&self->project);
  g_clear_object (&self->project_file);
  g_clear_object (&self->filtered);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (gloss_export_dialog_parent_class)->dispose (object);
}

static void
gloss_export_dialog_class_init (GlossExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gloss_export_dialog_dispose;

  signals[EXPORTED] =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glossapp/Gloss/ui/gloss-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GlossExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, GlossExportDialog, formats);
  gtk_widget_class_bind_template_child (widget_class, GlossExportDialog, all_row);
  gtk_widget_class_bind_template_child (widget_class, GlossExportDialog, shown_row);
  gtk_widget_class_bind_template_child (widget_class, GlossExportDialog, all_check);
  gtk_widget_class_bind_template_child (widget_class, GlossExportDialog, shown_check);
  gtk_widget_class_bind_template_child (widget_class, GlossExportDialog, export_button);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_toggled_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
gloss_export_dialog_init (GlossExportDialog *self)
{
  const GlossExportFormat * const *formats = gloss_export_formats ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; formats[i] != NULL; i++)
    gtk_string_list_append (self->formats, gloss_export_format_get_label (formats[i]));
}

GtkWidget *
gloss_export_dialog_new (GtkWindow     *parent,
                         GlossDocument *document,
                         GListModel    *filtered)
{
  GlossExportDialog *self;
  const GlossExportFormat *format;
  g_autofree char *format_id = NULL;
  g_autofree char *all = NULL;
  g_autofree char *some = NULL;
  gboolean shown;

  g_return_val_if_fail (GLOSS_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (filtered), NULL);

  self = g_object_new (GLOSS_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->project = g_object_ref (gloss_document_get_project (document));
  g_set_object (&self->project_file, gloss_document_get_file (document));
  self->filtered = g_object_ref (filtered);

  self->total = g_list_model_get_n_items (G_LIST_MODEL (self->project));
  self->shown = g_list_model_get_n_items (filtered);
  all = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "All %u claim", "All %u claims", self->total),
                         self->total);
  some = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The %u claim shown in the sidebar",
                                       "The %u claims shown in the sidebar", self->shown), self->shown);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->all_row), all);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->shown_row), some);
  /* nothing to export there */
  gtk_widget_set_sensitive (GTK_WIDGET (self->shown_row), self->shown > 0);

  /* the last choice, read before the settings are connected: a choice the
   * sidebar makes impossible today is still the choice of next time */
  self->settings = gloss_environment_new_settings ();
  format_id = g_settings_get_string (self->settings, "export-format");
  format = *format_id != '\0' ? gloss_export_format_lookup (format_id) : NULL;
  if (format != NULL)
    gloss_export_dialog_set_format (self, format);
  shown = g_settings_get_enum (self->settings, "export-scope") == SCOPE_SHOWN && self->shown > 0;
  {
    GSettings *settings = g_steal_pointer (&self->settings);

    gloss_export_dialog_set_filtered (self, shown);
    update_export_button (self);
    self->settings = settings;
  }
  g_signal_connect (self->format_row, "notify::selected", G_CALLBACK (format_selected_cb), self);

  return GTK_WIDGET (self);
}
