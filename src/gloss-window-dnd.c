#include "config.h"

#include "gloss-window-private.h"

/* the first file opens here, the others each in a window of its own */
static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GlossWindow   *self)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  GSList *files = NULL;

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

void
_gloss_window_setup_drop (GlossWindow *self)
{
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);

  gtk_drop_target_set_gtypes (drop, types, G_N_ELEMENTS (types));
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}
