#include "config.h"

#include <glib/gi18n.h>

#include "gloss-window-private.h"

/* The window's title (the briefing's title or the file's name, marked
 * while modified) and subtitle (the file's label, which depends on the
 * files of the other windows). */

/* a file's label depends on the files of the other windows */
void
_gloss_window_update_other_titles (GlossWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  for (GList *l = app ? gtk_application_get_windows (app) : NULL; l != NULL; l = l->next)
    if (GLOSS_IS_WINDOW (l->data) && l->data != self)
      _gloss_window_update_title (l->data);
}

void
_gloss_window_update_title (GlossWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GFile *file;

  if (self->document == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Gloss"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Gloss"));
      return;
    }

  /* the briefing's title stays the window's title once it has a file */
  name = g_strdup (gloss_transcript_get_title (gloss_project_get_transcript (gloss_document_get_project (self->document))));
  if (name == NULL || *name == '\0')
    {
      g_free (name);
      name = gloss_document_dup_name (self->document);
    }
  if (gloss_document_get_modified (self->document))
    /* Translators: the title of a project with unsaved changes */
    title = g_strdup_printf (_("%s •"), name);
  else
    title = g_strdup (name);

  file = gloss_document_get_file (self->document);
  if (file != NULL)
    subtitle = _gloss_window_file_label (self, file);
  else
    subtitle = g_strdup (_("Not saved yet"));

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
transcript_title_cb (GlossTranscript *transcript,
                     GParamSpec      *pspec,
                     GlossWindow     *self)
{
  _gloss_window_update_title (self);
}

/* a revised text replaced the transcript (or undo brought the old one back) */
static void
transcript_replaced_cb (GlossProject *project,
                        GParamSpec   *pspec,
                        GlossWindow  *self)
{
  if (self->document == NULL || gloss_document_get_project (self->document) != project)
    return;
  g_signal_handlers_disconnect_by_func (gloss_project_get_transcript (project), transcript_title_cb, self);
  g_signal_connect_object (gloss_project_get_transcript (project), "notify::title",
                           G_CALLBACK (transcript_title_cb), self, 0);
  _gloss_window_update_title (self);
}

/* the window's title follows the title of @project's transcript, and the
 * transcript a revision swaps in */
void
_gloss_window_title_follow_project (GlossWindow  *self,
                                    GlossProject *project)
{
  g_signal_connect_object (gloss_project_get_transcript (project), "notify::title",
                           G_CALLBACK (transcript_title_cb), self, 0);
  g_signal_connect_object (project, "notify::transcript", G_CALLBACK (transcript_replaced_cb), self, 0);
}
