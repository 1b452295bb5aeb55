#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "gloss-import-format.h"
#include "gloss-window-private.h"

#define MAX_RECENT 10

void
_gloss_window_note_recent (GlossWindow *self,
                           GFile       *file)
{
  g_auto(GStrv) old = g_settings_get_strv (self->settings, "recent-projects");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) recent = NULL;
  guint n = 1;

  if (old[0] != NULL && g_strcmp0 (old[0], uri) == 0)
    return;

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
add_format_patterns (GtkFileFilter           *filter,
                     const GlossImportFormat *format)
{
  const char * const *extensions = gloss_import_format_get_extensions (format);
  const char * const *mime_types = gloss_import_format_get_mime_types (format);

  for (guint i = 0; extensions[i] != NULL; i++)
    {
      g_autofree char *pattern = g_strdup_printf ("*.%s", extensions[i]);

      gtk_file_filter_add_pattern (filter, pattern);
    }
  for (guint i = 0; mime_types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (filter, mime_types[i]);
}

/* what Gloss opens, from the import table: everything at once first, then
 * each format on its own */
void
_gloss_window_add_import_filters (GtkFileChooser *chooser,
                                  gboolean        with_projects)
{
  guint n;
  const GlossImportFormat * const *formats = gloss_import_formats (&n);
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (all, with_projects ? _("Projects and transcripts") : _("Transcripts"));
  if (with_projects)
    gtk_file_filter_add_pattern (all, "*.gloss");
  for (guint i = 0; i < n; i++)
    add_format_patterns (all, formats[i]);
  gtk_file_chooser_add_filter (chooser, all);

  if (with_projects)
    add_filter (chooser, _("Gloss projects"), "*.gloss", NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, gloss_import_format_get_label (formats[i]));
      add_format_patterns (filter, formats[i]);
      gtk_file_chooser_add_filter (chooser, filter);
    }
  add_filter (chooser, _("All files"), "*", NULL);
}

void
_gloss_window_run_open_chooser (GlossWindow *self,
                                gboolean     import)
{
  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (import ? _("Import Transcript") : _("Open Project"),
                                               GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                               import ? _("_Import") : _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  _gloss_window_add_import_filters (GTK_FILE_CHOOSER (self->chooser), !import);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

typedef struct
{
  GlossWindow *self;
  GFile *file;
} SaveData;

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  SaveData *data = user_data;
  g_autoptr(GlossWindow) self = data->self;
  g_autoptr(GFile) file = data->file;
  GlossDocument *document = GLOSS_DOCUMENT (source);
  g_autoptr(GError) error = NULL;

  g_free (data);
  self->saving = FALSE;
  if (!gloss_document_save_finish (document, result, &error))
    {
      g_autofree char *name = _gloss_window_file_label (self, file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Save “%s”"), name);

      self->close_after_save = FALSE;
      _gloss_window_show_file_error (self, heading, file, error);
      return;
    }

  if (self->close_after_save && !gloss_document_get_modified (document))
    _gloss_window_close_soon (self);
  self->close_after_save = FALSE;
}

static void
write_to (GlossWindow *self,
          GFile       *file)
{
  SaveData *data;

  if (self->saving || self->document == NULL)
    return;

  self->saving = TRUE;
  data = g_new0 (SaveData, 1);
  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  gloss_document_save_async (self->document, file, NULL, saved_cb, data);
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
  write_to (self, file);
}

/* a file name for a project saved nowhere yet: the imported file's, else
 * the title */
static char *
suggested_file_name (GlossWindow *self)
{
  GlossProject *project = gloss_document_get_project (self->document);
  const char *source = gloss_transcript_get_source (gloss_project_get_transcript (project));
  g_autofree char *name = NULL;

  if (source != NULL && *source != '\0')
    {
      char *dot;

      name = g_path_get_basename (source);
      dot = strrchr (name, '.');
      if (dot != NULL && dot != name)
        *dot = '\0';
    }
  else
    name = gloss_document_dup_name (self->document);
  g_strdelimit (name, "/\\:", '-');

  return g_strdup_printf ("%s.gloss", name);
}

void
_gloss_window_run_save_chooser (GlossWindow *self)
{
  GFile *current;

  if (self->chooser != NULL || self->document == NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Save Project"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  current = gloss_document_get_file (self->document);
  if (current != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->chooser), current, NULL);
  else
    {
      g_autofree char *file_name = suggested_file_name (self);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), file_name);
    }
  add_filter (GTK_FILE_CHOOSER (self->chooser), _("Gloss projects"), "*.gloss", NULL);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
changed_on_disk_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             GlossWindow      *self)
{
  if (g_strcmp0 (response, "overwrite") == 0)
    write_to (self, gloss_document_get_file (self->document));
  else if (g_strcmp0 (response, "save-as") == 0)
    _gloss_window_run_save_chooser (self);
  else if (g_strcmp0 (response, "reload") == 0)
    {
      g_autoptr(GError) error = NULL;

      self->close_after_save = FALSE;
      if (!gloss_document_reload (self->document, &error))
        _gloss_window_show_file_error (self, _("Could Not Reload"), gloss_document_get_file (self->document), error);
    }
  else
    self->close_after_save = FALSE;
}

static void
ask_changed_on_disk (GlossWindow *self)
{
  g_autofree char *name = _gloss_window_file_label (self, gloss_document_get_file (self->document));
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("File Changed on Disk"), NULL);

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
  g_signal_connect_object (dialog, "response", G_CALLBACK (changed_on_disk_response_cb), self, 0);
  _gloss_window_track_dialog (self, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_gloss_window_save (GlossWindow *self)
{
  GFile *file;

  if (self->document == NULL)
    return;

  file = gloss_document_get_file (self->document);
  if (file == NULL)
    _gloss_window_run_save_chooser (self);
  /* another program changed (or removed) the file since we read it */
  else if (gloss_document_changed_on_disk (self->document))
    ask_changed_on_disk (self);
  else
    write_to (self, file);
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   GlossWindow      *self)
{
  if (g_strcmp0 (response, "save") == 0)
    {
      self->close_after_save = TRUE;
      _gloss_window_save (self);
    }
  else if (g_strcmp0 (response, "discard") == 0)
    {
      gloss_document_discard_draft (self->document);
      _gloss_window_close_soon (self);
    }
}

gboolean
_gloss_window_confirm_close (GlossWindow *self)
{
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  if (self->document == NULL || !gloss_document_get_modified (self->document))
    return TRUE;

  if (self->dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->dialog));
      return FALSE;
    }

  name = gloss_document_dup_name (self->document);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL);
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
  _gloss_window_track_dialog (self, dialog);
  gtk_window_present (GTK_WINDOW (dialog));

  return FALSE;
}
