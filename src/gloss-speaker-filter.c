#include "config.h"

#include <glib/gi18n.h>

#include "gloss-speaker-filter.h"
#include "gloss-speaker.h"

struct _GlossSpeakerFilter
{
  AdwBin parent_instance;

  char *speaker;          /* "" for all */
  GHashTable *names;      /* the names listed, a set */
  GMenu *menu;

  GtkWidget *button;
  GtkWidget *label;
  GtkWidget *popover;
};

G_DEFINE_FINAL_TYPE (GlossSpeakerFilter, gloss_speaker_filter, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SPEAKER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* a menu label is read for mnemonics: “teacher_4” keeps its underscore */
static char *
escape_underscores (const char *name)
{
  g_auto(GStrv) parts = g_strsplit (name, "_", -1);

  return g_strjoinv ("__", parts);
}

static void
append_names (GMenu      *menu,
              const char *heading,
              GPtrArray  *names,
              guint       from,
              guint       to)
{
  g_autoptr(GMenu) section = NULL;

  if (from >= to)
    return;

  section = g_menu_new ();
  for (guint i = from; i < to; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *label = escape_underscores (name);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "speaker-filter.speaker", g_variant_new_string (name));
      g_menu_append_item (section, item);
    }
  g_menu_append_section (menu, heading, G_MENU_MODEL (section));
}

void
gloss_speaker_filter_set_transcript (GlossSpeakerFilter *self,
                                     GlossTranscript    *text)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GMenu) all = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;
  guint n_answering = 0;

  g_return_if_fail (GLOSS_IS_SPEAKER_FILTER (self));
  g_return_if_fail (text == NULL || GLOSS_IS_TRANSCRIPT (text));

  if (text != NULL)
    names = gloss_speaker_list_grouped (text, &n_answering);
  else
    names = g_ptr_array_new ();

  g_hash_table_remove_all (self->names);
  for (guint i = 0; i < names->len; i++)
    g_hash_table_add (self->names, g_strdup (g_ptr_array_index (names, i)));

  g_menu_remove_all (self->menu);
  item = g_menu_item_new (_("All speakers"), NULL);
  g_menu_item_set_action_and_target_value (item, "speaker-filter.speaker", g_variant_new_string (""));
  g_menu_append_item (all, item);
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (all));
  /* Translators: heading of the speaker filter's menu, over those who
   * speak remarks or answers (a briefing's officials) */
  append_names (self->menu, _("Remarks and Answers"), names, 0, n_answering);
  /* Translators: heading of the speaker filter's menu, over those who only
   * ask: outlets, reporters, the unidentified questioner */
  append_names (self->menu, _("Questions"), names, n_answering, names->len);

  gloss_speaker_filter_set_speaker (self, NULL);
}

void
gloss_speaker_filter_set_speaker (GlossSpeakerFilter *self,
                                  const char         *speaker)
{
  g_return_if_fail (GLOSS_IS_SPEAKER_FILTER (self));

  if (speaker == NULL || !g_hash_table_contains (self->names, speaker))
    speaker = "";
  if (g_strcmp0 (speaker, self->speaker) == 0)
    return;

  g_free (self->speaker);
  self->speaker = g_strdup (speaker);
  gtk_label_set_text (GTK_LABEL (self->label), *speaker != '\0' ? speaker : _("All speakers"));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEAKER]);
}

const char *
gloss_speaker_filter_get_speaker (GlossSpeakerFilter *self)
{
  g_return_val_if_fail (GLOSS_IS_SPEAKER_FILTER (self), NULL);

  return *self->speaker != '\0' ? self->speaker : NULL;
}

GMenuModel *
gloss_speaker_filter_get_menu (GlossSpeakerFilter *self)
{
  g_return_val_if_fail (GLOSS_IS_SPEAKER_FILTER (self), NULL);

  return G_MENU_MODEL (self->menu);
}

/* GTK shows the tooltip of the button under the pointer below it, where
 * the open menu shows its first entry: no tooltip while the menu is open */
static void
popover_visible_cb (GtkWidget          *popover,
                    GParamSpec         *pspec,
                    GlossSpeakerFilter *self)
{
  gtk_widget_set_tooltip_text (self->button, gtk_widget_get_visible (popover)
                               ? NULL : _("Show only claims of one speaker"));
}

static void
gloss_speaker_filter_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  GlossSpeakerFilter *self = GLOSS_SPEAKER_FILTER (object);

  switch (prop_id)
    {
    case PROP_SPEAKER:
      g_value_set_string (value, self->speaker);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_speaker_filter_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  GlossSpeakerFilter *self = GLOSS_SPEAKER_FILTER (object);

  switch (prop_id)
    {
    case PROP_SPEAKER:
      gloss_speaker_filter_set_speaker (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_speaker_filter_finalize (GObject *object)
{
  GlossSpeakerFilter *self = GLOSS_SPEAKER_FILTER (object);

  g_free (self->speaker);
  g_clear_pointer (&self->names, g_hash_table_unref);
  g_clear_object (&self->menu);

  G_OBJECT_CLASS (gloss_speaker_filter_parent_class)->finalize (object);
}

static void
gloss_speaker_filter_class_init (GlossSpeakerFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = gloss_speaker_filter_finalize;
  object_class->get_property = gloss_speaker_filter_get_property;
  object_class->set_property = gloss_speaker_filter_set_property;

  properties[PROP_SPEAKER] =
    g_param_spec_string ("speaker", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* the menu's radio items */
  gtk_widget_class_install_property_action (widget_class, "speaker-filter.speaker", "speaker");
}

static void
gloss_speaker_filter_init (GlossSpeakerFilter *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->speaker = g_strdup ("");
  self->names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->menu = g_menu_new ();

  self->label = gtk_label_new (_("All speakers"));
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (self->label, TRUE);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (box), self->label);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("pan-down-symbolic"));

  self->button = gtk_menu_button_new ();
  gtk_widget_set_hexpand (self->button, TRUE);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (self->button), box);
  /* GtkMenuButton centres its child: the name starts at the left, as in
   * a drop-down, and the arrow stays at the right */
  for (GtkWidget *w = box; w != NULL && w != self->button; w = gtk_widget_get_parent (w))
    gtk_widget_set_halign (w, GTK_ALIGN_FILL);
  self->popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (self->menu));
  gtk_widget_set_halign (self->popover, GTK_ALIGN_START);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->button), self->popover);
  g_signal_connect (self->popover, "notify::visible", G_CALLBACK (popover_visible_cb), self);
  popover_visible_cb (self->popover, NULL, self);
  gtk_widget_add_css_class (self->button, "speaker-filter");
  adw_bin_set_child (ADW_BIN (self), self->button);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Speaker"), -1);

  gloss_speaker_filter_set_transcript (self, NULL);
}

GtkWidget *
gloss_speaker_filter_new (void)
{
  return g_object_new (GLOSS_TYPE_SPEAKER_FILTER, NULL);
}
