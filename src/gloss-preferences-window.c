#include "config.h"

#include <glib/gi18n.h>

#include "gloss-preferences-window.h"

struct _GlossPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings *settings;

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

static void
gloss_preferences_window_constructed (GObject *object)
{
  GlossPreferencesWindow *self = GLOSS_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (gloss_preferences_window_parent_class)->constructed (object);

  g_settings_bind (self->settings, "author-name", self->author_row, "text", G_SETTINGS_BIND_DEFAULT);
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
