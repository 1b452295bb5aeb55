#include "config.h"

#include <glib/gi18n.h>

#include "gloss-application.h"
#include "gloss-drafts.h"
#include "gloss-fileutil.h"
#include "gloss-import-format.h"
#include "gloss-project-file.h"
#include "gloss-window-private.h"

/* Opening a file in the window: in a thread, and when that fails, what
 * can still be done: open a text in the encoding it looks like, find the
 * claims of a project edited by hand (gloss-window-revise.c), or open the
 * draft of a project file cut short. */

gboolean
_gloss_window_load_file (GlossWindow  *self,
                         GFile        *file,
                         GError      **error)
{
  g_autoptr(GlossDocument) document = NULL;

  g_return_val_if_fail (GLOSS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  document = gloss_document_open (file, NULL, NULL, error);
  if (document == NULL)
    return FALSE;

  gloss_window_set_document (self, document);

  return TRUE;
}

typedef struct
{
  GlossWindow *self;
  GFile *file;
} OpenData;

static void offer_encoding (GlossWindow  *self,
                            GFile        *file,
                            const char   *heading,
                            const GError *error);
static gboolean offer_draft (GlossWindow  *self,
                             GFile        *file,
                             const char   *heading,
                             const GError *error);

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  OpenData *data = user_data;
  g_autoptr(GlossWindow) self = data->self;
  g_autoptr(GFile) file = data->file;
  g_autoptr(GlossDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  g_free (data);
  document = gloss_document_open_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->open_cancellable);

  if (document == NULL)
    {
      g_autofree char *name = _gloss_window_file_label (self, file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

      if (g_error_matches (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_ENCODING))
        offer_encoding (self, file, heading, error);
      else if (_gloss_window_offer_reanchor (self, file, heading, error))
        ;
      else if (!g_error_matches (error, GLOSS_PROJECT_FILE_ERROR, GLOSS_PROJECT_FILE_ERROR_TRUNCATED) ||
               !offer_draft (self, file, heading, error))
        _gloss_window_show_file_error (self, heading, file, error);
      return;
    }

  gloss_window_set_document (self, document);
}

static void
open_with_encoding (GlossWindow *self,
                    GFile       *file,
                    const char  *encoding)
{
  GlossImportOptions options = { .encoding = encoding };
  OpenData *data = g_new0 (OpenData, 1);

  g_clear_object (&self->open_cancellable);
  self->open_cancellable = g_cancellable_new ();
  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  gloss_document_open_async (file, &options, self->open_cancellable, opened_cb, data);
}

static void
encoding_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      GlossWindow      *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");
  const char *encoding = g_object_get_data (G_OBJECT (dialog), "encoding");

  if (g_strcmp0 (response, "encoding") == 0)
    open_with_encoding (self, file, encoding);
}

/* a text in another encoding: say which one it looks like, and open it so */
static void
offer_encoding (GlossWindow  *self,
                GFile        *file,
                const char   *heading,
                const GError *error)
{
  const char *encoding = gloss_import_error_get_encoding (error);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);
  /* Translators: a button; %s is an encoding name such as WINDOWS-1252 */
  g_autofree char *label = g_strdup_printf (_("Open as %s"), encoding);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "encoding", label);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "encoding", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "encoding");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "encoding", g_strdup (encoding), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (encoding_response_cb), self, 0);
  _gloss_window_track_dialog (self, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
draft_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   GlossWindow      *self)
{
  GlossDraftInfo *info = g_object_get_data (G_OBJECT (dialog), "draft");
  GlossApplication *app = GLOSS_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  g_autoptr(GlossDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "draft") != 0)
    return;

  document = gloss_draft_store_load (gloss_application_get_drafts (app), info, &error);
  if (document == NULL)
    {
      _gloss_window_show_file_error (self, _("Could Not Open the Draft"), info->draft_file, error);
      return;
    }
  /* unsaved: saving writes it over the damaged file */
  gloss_window_set_document (self, document);
}

/* A project file cut short (a copy that stopped, a full disk) may have a
 * draft with the work in it: offer that. FALSE when there is none. */
static gboolean
offer_draft (GlossWindow  *self,
             GFile        *file,
             const char   *heading,
             const GError *error)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GlossDraftStore *drafts = GLOSS_IS_APPLICATION (app) ? gloss_application_get_drafts (GLOSS_APPLICATION (app)) : NULL;
  g_autoptr(GlossDraftInfo) info = drafts ? gloss_draft_store_lookup (drafts, file) : NULL;
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (info == NULL)
    return FALSE;

  label = _gloss_window_file_label (self, file);
  message = gloss_file_relabel_message (error->message, file, label);
  when = gloss_application_format_draft_time (info->modified);
  /* Translators: the first %s says what is wrong with the file; the second
   * is when the draft was written: “today at 14:05” */
  body = g_strdup_printf (_("%s\n\nGloss kept a draft of this project, with the changes from %s. Open the draft, and save it to replace the damaged file."),
                          message, when);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "draft", _("Open _Draft"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "draft", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "draft");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "draft", g_steal_pointer (&info), (GDestroyNotify) gloss_draft_info_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (draft_response_cb), self, 0);
  _gloss_window_track_dialog (self, dialog);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

void
gloss_window_open_file (GlossWindow *self,
                        GFile       *file)
{
  OpenData *data;

  g_return_if_fail (GLOSS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->document != NULL && gloss_document_get_modified (self->document))
    {
      g_application_open (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))), &file, 1, "");
      return;
    }

  if (self->open_cancellable != NULL)
    g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  self->open_cancellable = g_cancellable_new ();

  data = g_new0 (OpenData, 1);
  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  gloss_document_open_async (file, NULL, self->open_cancellable, opened_cb, data);
}
