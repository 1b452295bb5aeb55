#include "config.h"

#include <signal.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib-unix.h>

#include "gloss-application.h"
#include "gloss-tooltips.h"
#include "gloss-environment.h"
#include "gloss-fileutil.h"
#include "gloss-preferences-window.h"
#include "gloss-window.h"

struct _GlossApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
  GtkCssProvider *font_provider;
  GlossDraftStore *drafts;
  gboolean offered_drafts;
  /* another Gloss process was using the drafts folder when this one began */
  gboolean other_instance;
  guint signal_ids[3];
  /* GlossWindow → the GlossDocument it shows (both referenced): the
   * documents whose drafts this process keeps */
  GHashTable *documents;
};

G_DEFINE_FINAL_TYPE (GlossApplication, gloss_application, ADW_TYPE_APPLICATION)

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

/* the "color-scheme" setting's values, in the schema's order */
static const AdwColorScheme color_schemes[] = {
  ADW_COLOR_SCHEME_DEFAULT,
  ADW_COLOR_SCHEME_FORCE_LIGHT,
  ADW_COLOR_SCHEME_FORCE_DARK,
};

static void
update_color_scheme (GlossApplication *self)
{
  int value = g_settings_get_enum (self->settings, "color-scheme");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      color_schemes[CLAMP (value, 0, (int) G_N_ELEMENTS (color_schemes) - 1)]);
}

static void
color_scheme_changed_cb (GSettings        *settings,
                         const char       *key,
                         GlossApplication *self)
{
  update_color_scheme (self);
}

static void
gloss_application_shutdown (GApplication *app)
{
  GlossApplication *self = GLOSS_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (self->signal_ids); i++)
    g_clear_handle_id (&self->signal_ids[i], g_source_remove);
  if (self->drafts != NULL && !gloss_draft_store_end_session (self->drafts, &error))
    g_warning ("%s", error->message);

  G_APPLICATION_CLASS (gloss_application_parent_class)->shutdown (app);
}

static GlossWindow *
window_for_open (GlossApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (GLOSS_IS_WINDOW (active) && !g_hash_table_contains (self->documents, active))
    return GLOSS_WINDOW (active);

  return gloss_window_new (GTK_APPLICATION (self));
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
      g_autoptr(GlossDocument) document = gloss_draft_store_load (self->drafts, offer->info, &error);
      GlossWindow *window;

      if (document == NULL)
        {
          g_warning ("%s", error->message);
          return;
        }

      /* a window of its own: the file the user asked for still opens */
      window = gloss_window_new (GTK_APPLICATION (self));
      gloss_window_set_document (window, document);
      gtk_window_present (GTK_WINDOW (window));
      /* its file is gone: the changes need a new home */
      if (gloss_document_get_file (document) == NULL && offer->info->original_file != NULL)
        g_action_group_activate_action (G_ACTION_GROUP (window), "save-as", NULL);
    }
  else if (g_strcmp0 (response, "discard") == 0)
    {
      if (!gloss_draft_store_discard (self->drafts, offer->info, &error))
        g_warning ("%s", error->message);
    }
  /* else closed: the draft stays, and is offered again at the next start */
}

static gboolean
same_day (GDateTime *a,
          GDateTime *b)
{
  return g_date_time_get_year (a) == g_date_time_get_year (b) &&
         g_date_time_get_day_of_year (a) == g_date_time_get_day_of_year (b);
}

/* when a draft was written, as a user says it: “today at 14:05” */
char *
gloss_application_format_draft_time (GDateTime *when)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) yesterday = NULL;
  const char *format;
  char *text = NULL;

  g_return_val_if_fail (when != NULL, NULL);

  local = g_date_time_to_local (when);
  now = g_date_time_new_now_local ();
  yesterday = g_date_time_add_days (now, -1);

  if (same_day (local, now))
    /* Translators: when unsaved changes were made, today; a
     * g_date_time_format() format: %H:%M is the 24-hour time, use
     * %l:%M %p for a 12-hour clock */
    format = _("today at %H:%M");
  else if (same_day (local, yesterday))
    /* Translators: when unsaved changes were made, yesterday; a
     * g_date_time_format() format, as “today at %H:%M” */
    format = _("yesterday at %H:%M");
  else
    format = "%c";

  text = g_date_time_format (local, format);
  if (text == NULL)
    text = g_date_time_format (local, "%c");

  return text;
}

/* The name a draft's project goes by: the window title's (the file's name
 * without .gloss, or an unsaved import's title). */
static char *
draft_name (const GlossDraftInfo *info)
{
  if (info->original_file != NULL)
    {
      g_autofree char *name = g_file_get_basename (info->original_file);
      char *dot = strrchr (name, '.');

      if (dot != NULL && dot != name && g_ascii_strcasecmp (dot, ".gloss") == 0)
        *dot = '\0';
      return g_steal_pointer (&name);
    }
  if (info->title != NULL && *info->title != '\0')
    return g_strdup (info->title);

  return g_strdup (_("Untitled Project"));
}

/* Offers, once per process, each draft found at start-up.
 *
 * After a crash (the session marker was left behind) drafts are what the
 * crash would have lost. After a clean shutdown there should be none — a
 * project is saved or discarded before its window closes — but one can be
 * left: a draft whose removal failed, a process ended by SIGTERM (logout)
 * with unsaved changes, which keeps them as drafts. A
 * draft may be the only copy of a user's work, so it is never deleted
 * unasked: it is offered as well, with words that do not speak of a crash.
 * Closing the dialog keeps the draft for the next start. Drafts of another
 * Gloss process that is still running are its live work: not offered. */
static void
offer_drafts (GlossApplication *self,
              GtkWindow        *parent)
{
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  gboolean crashed;

  if (self->offered_drafts || self->drafts == NULL)
    return;
  self->offered_drafts = TRUE;
  if (self->other_instance)
    return;
  crashed = gloss_draft_store_previous_session_crashed (self->drafts);
  /* reported below (or the drafts are gone): the next start need not */
  if (!gloss_draft_store_forget_crashed_sessions (self->drafts, &error))
    {
      g_warning ("%s", error->message);
      g_clear_error (&error);
    }

  drafts = gloss_draft_store_list (self->drafts, &error);
  if (drafts == NULL)
    {
      g_warning ("%s", error->message);
      return;
    }

  for (guint i = 0; i < drafts->len; i++)
    {
      const GlossDraftInfo *info = g_ptr_array_index (drafts, i);
      g_autofree char *name = draft_name (info);
      g_autofree char *where = NULL;
      g_autofree char *when = info->modified ? gloss_application_format_draft_time (info->modified) : NULL;
      g_autofree char *what = NULL;
      g_autofree char *body = NULL;
      gboolean gone = info->original_file != NULL && !g_file_query_exists (info->original_file, NULL);
      GtkWidget *dialog = adw_message_dialog_new (parent, _("Restore Unsaved Changes?"), NULL);
      DraftOffer *offer = g_new0 (DraftOffer, 1);

      /* two projects may share a name: the folder tells them apart */
      if (info->original_file != NULL)
        {
          where = gloss_file_display_folder (info->original_file);
          /* Translators: a project and its folder: “briefing” in ~/projects */
          what = g_strdup_printf (_("“%s” in %s"), name, where);
        }
      else
        what = g_strdup_printf ("“%s”", name);

      if (crashed)
        /* Translators: %s is “briefing” in ~/projects, then a time: today at 14:05 */
        body = g_strdup_printf (_("Gloss did not close properly. %s has changes from %s that were not saved."),
                                what, when ? when : "?");
      else
        /* Translators: %s is “briefing” in ~/projects, then a time: today at 14:05 */
        body = g_strdup_printf (_("%s has changes from %s that were kept as a draft but never saved."),
                                what, when ? when : "?");
      if (gone)
        {
          g_autofree char *full = g_strconcat (body, " ", _("The file is no longer there: save the restored changes under a name of your choice."), NULL);

          g_free (body);
          body = g_steal_pointer (&full);
        }
      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "discard", _("_Discard"));
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "restore",
                                       gone ? _("Restore and Save _As…") : _("_Restore"));
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
    window = GTK_WINDOW (gloss_window_new (GTK_APPLICATION (app)));

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

/* SIGTERM (logout, kill), SIGINT, SIGHUP: no time to ask about unsaved
 * changes. Each one is written as a draft at once, over any older draft
 * still being written, and the session ends cleanly: the next start offers
 * the drafts as kept, not as a crash. */
static gboolean
terminate_cb (gpointer user_data)
{
  GlossApplication *self = user_data;

  GHashTableIter iter;
  GlossDocument *document;

  g_hash_table_iter_init (&iter, self->documents);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &document))
    {
      g_autoptr(GError) error = NULL;

      if (!gloss_document_write_draft (document, &error))
        g_warning ("%s", error->message);
    }

  g_application_quit (G_APPLICATION (self));

  return G_SOURCE_CONTINUE;
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
window_document_cb (GlossWindow      *window,
                    GParamSpec       *pspec,
                    GlossApplication *self)
{
  GlossDocument *document = gloss_window_get_document (window);

  if (document == NULL)
    {
      g_hash_table_remove (self->documents, window);
      return;
    }

  gloss_document_set_drafts (document, self->drafts,
                             MAX (g_settings_get_uint (self->settings, "autosave-delay"), 1) * 1000);
  g_hash_table_replace (self->documents, g_object_ref (window), g_object_ref (document));
}

static void
autosave_delay_changed_cb (GSettings        *settings,
                           const char       *key,
                           GlossApplication *self)
{
  GHashTableIter iter;
  GlossDocument *document;

  g_hash_table_iter_init (&iter, self->documents);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &document))
    gloss_document_set_draft_delay (document, MAX (g_settings_get_uint (settings, key), 1) * 1000);
}

static void
gloss_application_startup (GApplication *app)
{
  GlossApplication *self = GLOSS_APPLICATION (app);
  GtkApplication *gtk_app = GTK_APPLICATION (app);

  const char *quit[] = { "<Control>q", NULL };
  const char *preferences[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (gloss_application_parent_class)->startup (app);

  gloss_tooltips_install ();
  gtk_window_set_default_icon_name (APP_ID);
  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), self);

  gtk_application_set_accels_for_action (gtk_app, "app.quit", quit);
  gtk_application_set_accels_for_action (gtk_app, "app.preferences", preferences);
  gloss_window_install_accels (gtk_app);

  self->settings = gloss_environment_new_settings ();
  self->font_provider = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (self->font_provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_signal_connect (self->settings, "changed::font-size", G_CALLBACK (font_size_changed_cb), self);
  g_signal_connect (self->settings, "changed::autosave-delay", G_CALLBACK (autosave_delay_changed_cb), self);
  g_signal_connect (self->settings, "changed::color-scheme", G_CALLBACK (color_scheme_changed_cb), self);
  update_font (self);
  update_color_scheme (self);

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *icons = g_build_filename (SOURCE_DATADIR, "icons", NULL);
    const int signals[] = { SIGTERM, SIGINT, SIGHUP };

    G_STATIC_ASSERT (G_N_ELEMENTS (signals) == G_N_ELEMENTS (self->signal_ids));
    for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
      self->signal_ids[i] = g_unix_signal_add (signals[i], terminate_cb, self);

    self->drafts = gloss_draft_store_new (NULL);
    /* One marker per process, begun here and ended in shutdown, whatever
     * the number of windows in between. */
    self->other_instance = gloss_draft_store_other_session_running (self->drafts);
    if (!gloss_draft_store_begin_session (self->drafts, &error))
      g_warning ("%s", error->message);

    /* the app icon when running from the build tree */
    if (g_file_test (icons, G_FILE_TEST_IS_DIR))
      gtk_icon_theme_add_search_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()), icons);
  }
}

static void
gloss_application_window_added (GtkApplication *app,
                                GtkWindow      *window)
{
  GTK_APPLICATION_CLASS (gloss_application_parent_class)->window_added (app, window);

  if (GLOSS_IS_WINDOW (window))
    g_signal_connect (window, "notify::document", G_CALLBACK (window_document_cb), app);
}

static void
gloss_application_window_removed (GtkApplication *app,
                                  GtkWindow      *window)
{
  GlossApplication *self = GLOSS_APPLICATION (app);

  g_signal_handlers_disconnect_by_func (window, window_document_cb, self);
  g_hash_table_remove (self->documents, window);

  GTK_APPLICATION_CLASS (gloss_application_parent_class)->window_removed (app, window);
}

static void
gloss_application_dispose (GObject *object)
{
  GlossApplication *self = GLOSS_APPLICATION (object);

  g_clear_pointer (&self->documents, g_hash_table_unref);
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
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->dispose = gloss_application_dispose;
  app_class->startup = gloss_application_startup;
  app_class->shutdown = gloss_application_shutdown;
  app_class->activate = gloss_application_activate;
  app_class->open = gloss_application_open;
  gtk_app_class->window_added = gloss_application_window_added;
  gtk_app_class->window_removed = gloss_application_window_removed;
}

static void
gloss_application_init (GlossApplication *self)
{
  self->documents = g_hash_table_new_full (NULL, NULL, g_object_unref, g_object_unref);
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
