#include "config.h"

#include <glib/gi18n.h>

#include "gloss-application.h"
#include "gloss-preferences-window.h"
#include "gloss-window.h"

struct _GlossApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
  GtkCssProvider *font_provider;
  GlossDraftStore *drafts;
  gboolean offered_drafts;
};

G_DEFINE_FINAL_TYPE (GlossApplication, gloss_application, ADW_TYPE_APPLICATION)

GFile *
gloss_application_find_sample (void)
{
  const char *dirs[] = { g_getenv ("GLOSS_SAMPLE_DIR"), SOURCE_DATADIR, PKGDATADIR };
  const char *names[] = { "sample-briefing.gloss", "sample-briefing.txt" };

  for (guint d = 0; d < G_N_ELEMENTS (dirs); d++)
    for (guint n = 0; n < G_N_ELEMENTS (names); n++)
      {
        g_autofree char *path = NULL;

        if (dirs[d] == NULL || *dirs[d] == '\0')
          continue;
        path = g_build_filename (dirs[d], names[n], NULL);
        if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
          return g_file_new_for_path (path);
      }

  return NULL;
}

static void
update_font (GlossApplication *self)
{
  g_autofree char *css = g_strdup_printf (".transcript { font-size: %dpt; }",
                                          g_settings_get_int (self->settings, "font-size"));

  gtk_css_provider_load_from_data (self->font_provider, css, -1);
}

static void
font_size_changed_cb (GSettings        *settings,
                      const char       *key,
                      GlossApplication *self)
{
  update_font (self);
}

static void
gloss_application_shutdown (GApplication *app)
{
  GlossApplication *self = GLOSS_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  if (self->drafts != NULL && !gloss_draft_store_end_session (self->drafts, &error))
    g_warning ("%s", error->message);

  G_APPLICATION_CLASS (gloss_application_parent_class)->shutdown (app);
}

static GlossWindow *
window_for_open (GlossApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (GLOSS_IS_WINDOW (active) && gloss_window_get_project (GLOSS_WINDOW (active)) == NULL)
    return GLOSS_WINDOW (active);

  return gloss_window_new (self);
}

typedef struct
{
  GlossApplication *self;
  GlossDraftInfo *info;
} DraftOffer;

static void
draft_offer_free (gpointer  data,
                  GClosure *closure)
{
  DraftOffer *offer = data;

  gloss_draft_info_free (offer->info);
  g_free (offer);
}

static void
draft_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   DraftOffer       *offer)
{
  GlossApplication *self = offer->self;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "restore") == 0)
    {
      g_autoptr(GlossProject) project = gloss_draft_store_load (self->drafts, offer->info, &error);
      GlossWindow *window;

      if (project == NULL)
        {
          g_warning ("%s", error->message);
          return;
        }
      window = window_for_open (self);
      gloss_window_set_project (window, project);
      gtk_window_present (GTK_WINDOW (window));
    }
  else if (g_strcmp0 (response, "discard") == 0)
    {
      if (!gloss_draft_store_discard (self->drafts, offer->info, &error))
        g_warning ("%s", error->message);
    }
}

/* Drafts left at start-up come from a session that did not end cleanly:
 * a clean one saves or discards each project before it closes. */
static void
offer_drafts (GlossApplication *self,
              GtkWindow        *parent)
{
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;

  if (self->offered_drafts || self->drafts == NULL)
    return;
  self->offered_drafts = TRUE;

  drafts = gloss_draft_store_list (self->drafts, &error);
  if (drafts == NULL)
    {
      g_warning ("%s", error->message);
      return;
    }

  for (guint i = 0; i < drafts->len; i++)
    {
      const GlossDraftInfo *info = g_ptr_array_index (drafts, i);
      g_autofree char *when = g_date_time_format (info->modified, "%c");
      GtkWidget *dialog = adw_message_dialog_new (parent, _("Restore Unsaved Changes?"), NULL);
      DraftOffer *offer = g_new0 (DraftOffer, 1);

      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("Gloss did not close properly. “%s” has changes from %s that were not saved."),
                                      info->title ? info->title : _("Untitled Project"), when);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "discard", _("_Discard"));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "restore", _("_Restore"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
      offer->self = self;
      offer->info = gloss_draft_info_copy (info);
      g_signal_connect_data (dialog, "response", G_CALLBACK (draft_response_cb), offer, draft_offer_free, 0);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
gloss_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (gloss_window_new (GLOSS_APPLICATION (app)));

  gtk_window_present (window);
  offer_drafts (GLOSS_APPLICATION (app), window);
}

static void
gloss_application_open (GApplication  *app,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  GlossApplication *self = GLOSS_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      GlossWindow *window = window_for_open (self);

      gtk_window_present (GTK_WINDOW (window));
      gloss_window_open_file (window, files[i]);
    }
  offer_drafts (self, gtk_application_get_active_window (GTK_APPLICATION (self)));
}

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GlossApplication *self = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* each window asks about its own unsaved changes */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GlossApplication *self = user_data;
  const char *developers[] = { _("The Gloss developers"), NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Gloss"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("The Gloss developers"),
                         "developers", developers,
                         "comments", _("Tag the claims in a transcript by topic"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         /* Translators: your names, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
preferences_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GlossApplication *self = user_data;
  GtkWidget *prefs = gloss_preferences_window_new (self->settings);

  gtk_window_set_transient_for (GTK_WINDOW (prefs),
                                gtk_application_get_active_window (GTK_APPLICATION (self)));
  gtk_window_present (GTK_WINDOW (prefs));
}

static void
shortcuts_action_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action_cb, NULL, NULL, NULL, { 0 } },
  { "about", about_action_cb, NULL, NULL, NULL, { 0 } },
  { "preferences", preferences_action_cb, NULL, NULL, NULL, { 0 } },
  { "shortcuts", shortcuts_action_cb, NULL, NULL, NULL, { 0 } },
};

static void
set_accels (GtkApplication *app,
            const char     *action,
            const char     *accel)
{
  const char *accels[] = { accel, NULL };

  gtk_application_set_accels_for_action (app, action, accels);
}

static void
gloss_application_startup (GApplication *app)
{
  GlossApplication *self = GLOSS_APPLICATION (app);
  GtkApplication *gtk_app = GTK_APPLICATION (app);

  G_APPLICATION_CLASS (gloss_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APP_ID);
  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), self);

  set_accels (gtk_app, "app.quit", "<Control>q");
  set_accels (gtk_app, "app.preferences", "<Control>comma");
  set_accels (gtk_app, "win.open", "<Control>o");
  set_accels (gtk_app, "win.import", "<Control>i");
  set_accels (gtk_app, "win.save", "<Control>s");
  set_accels (gtk_app, "win.save-as", "<Control><Shift>s");
  set_accels (gtk_app, "win.export", "<Control>e");
  set_accels (gtk_app, "win.tag", "<Control>t");
  set_accels (gtk_app, "win.find", "<Control>f");
  set_accels (gtk_app, "win.undo", "<Control>z");
  set_accels (gtk_app, "win.redo", "<Control><Shift>z");
  set_accels (gtk_app, "win.show-sidebar", "F9");
  set_accels (gtk_app, "win.manage-topics", "<Control><Shift>t");
  set_accels (gtk_app, "window.close", "<Control>w");

  self->settings = g_settings_new (APP_ID);
  self->font_provider = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (self->font_provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_signal_connect (self->settings, "changed::font-size", G_CALLBACK (font_size_changed_cb), self);
  update_font (self);

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *icons = g_build_filename (SOURCE_DATADIR, "icons", NULL);

    self->drafts = gloss_draft_store_new (NULL);
    if (!gloss_draft_store_begin_session (self->drafts, &error))
      g_warning ("%s", error->message);

    /* the app icon when running from the build tree */
    if (g_file_test (icons, G_FILE_TEST_IS_DIR))
      gtk_icon_theme_add_search_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()), icons);
  }
}

static void
gloss_application_dispose (GObject *object)
{
  GlossApplication *self = GLOSS_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->font_provider);
  g_clear_object (&self->drafts);

  G_OBJECT_CLASS (gloss_application_parent_class)->dispose (object);
}

static void
gloss_application_class_init (GlossApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = gloss_application_dispose;
  app_class->startup = gloss_application_startup;
  app_class->shutdown = gloss_application_shutdown;
  app_class->activate = gloss_application_activate;
  app_class->open = gloss_application_open;
}

static void
gloss_application_init (GlossApplication *self)
{
}

GSettings *
gloss_application_get_settings (GlossApplication *self)
{
  g_return_val_if_fail (GLOSS_IS_APPLICATION (self), NULL);

  return self->settings;
}

GlossDraftStore *
gloss_application_get_drafts (GlossApplication *self)
{
  g_return_val_if_fail (GLOSS_IS_APPLICATION (self), NULL);

  return self->drafts;
}

GlossApplication *
gloss_application_new (void)
{
  return g_object_new (GLOSS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/glossapp/Gloss",
                       NULL);
}
