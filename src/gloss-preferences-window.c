#include "config.h"

#include <glib/gi18n.h>

#include "gloss-environment.h"
#include "gloss-preferences-window.h"

struct _GlossPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings *settings;

  AdwComboRow *style_row;
  AdwPreferencesGroup *claims_group;
  AdwEntryRow *author_row;
  GtkSpinButton *font_size_spin;
  GtkSpinButton *delay_spin;
};

G_DEFINE_FINAL_TYPE (GlossPreferencesWindow, gloss_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* the style row's items, in the order of the "color-scheme" values */
static const char * const style_nicks[] = { "default", "light", "dark" };

static gboolean
style_from_setting (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (style_nicks); i++)
    {
      if (g_strcmp0 (nick, style_nicks[i]) == 0)
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
style_to_setting (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (style_nicks))
    return NULL;

  return g_variant_new_string (style_nicks[selected]);
}

/* says which name new claims carry, and where it comes from */
static void
update_author_description (GlossPreferencesWindow *self)
{
  g_autofree char *setting = g_strstrip (g_settings_get_string (self->settings, "author-name"));
  g_autofree char *system_name = gloss_environment_dup_system_name ();
  g_autofree char *escaped = g_markup_escape_text (system_name, -1);
  g_autofree char *description = NULL;

  if (*setting == '\0')
    /* Translators: %s is the user's full name, as the system knows it */
    description = g_strdup_printf (_("New claims carry your name from the system, “%s”. Type a name "
                                     "below to use another."), escaped);
  else
    /* Translators: %s is the user's full name, as the system knows it */
    description = g_strdup_printf (_("New claims carry the name below. Leave it empty to use your "
                                     "name from the system, “%s”."), escaped);
  adw_preferences_group_set_description (self->claims_group, description);
}

static void
author_changed_cb (GSettings              *settings,
                   const char             *key,
                   GlossPreferencesWindow *self)
{
  update_author_description (self);
}

static void
gloss_preferences_window_constructed (GObject *object)
{
  GlossPreferencesWindow *self = GLOSS_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (gloss_preferences_window_parent_class)->constructed (object);

  g_settings_bind_with_mapping (self->settings, "color-scheme", self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, style_from_setting, style_to_setting,
                                NULL, NULL);
  g_settings_bind (self->settings, "author-name", self->author_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect (self->settings, "changed::author-name", G_CALLBACK (author_changed_cb), self);
  update_author_description (self);
  g_settings_bind (self->settings, "font-size", self->font_size_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "autosave-delay", self->delay_spin, "value", G_SETTINGS_BIND_DEFAULT);
}

static void
gloss_preferences_window_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  GlossPreferencesWindow *self = GLOSS_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_preferences_window_dispose (GObject *object)
{
  GlossPreferencesWindow *self = GLOSS_PREFERENCES_WINDOW (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (gloss_preferences_window_parent_class)->dispose (object);
}

static void
gloss_preferences_window_class_init (GlossPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = gloss_preferences_window_constructed;
  object_class->set_property = gloss_preferences_window_set_property;
  object_class->dispose = gloss_preferences_window_dispose;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glossapp/Gloss/ui/gloss-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GlossPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, GlossPreferencesWindow, claims_group);
  gtk_widget_class_bind_template_child (widget_class, GlossPreferencesWindow, author_row);
  gtk_widget_class_bind_template_child (widget_class, GlossPreferencesWindow, font_size_spin);
  gtk_widget_class_bind_template_child (widget_class, GlossPreferencesWindow, delay_spin);
}

static void
gloss_preferences_window_init (GlossPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
gloss_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (GLOSS_TYPE_PREFERENCES_WINDOW, "settings", settings, NULL);
}
