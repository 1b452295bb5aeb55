#include "config.h"

#include <glib/gi18n.h>

#include "gloss-claim-row.h"
#include "gloss-orphans-page.h"

struct _GlossOrphansPage
{
  AdwBin parent_instance;

  GlossProject *project;
  GtkFilterListModel *orphans;
  guint n_orphans;

  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (GlossOrphansPage, gloss_orphans_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_N_ORPHANS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ATTACH_CLAIM,
  DELETE_CLAIM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
is_orphan (gpointer item,
           gpointer user_data)
{
  return gloss_claim_get_orphaned (GLOSS_CLAIM (item));
}

static void
button_clicked_cb (GtkButton        *button,
                   GlossOrphansPage *self)
{
  GlossClaim *claim = g_object_get_data (G_OBJECT (button), "gloss-claim");
  guint signal = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "gloss-signal"));
  g_autoptr(GlossClaim) keep = g_object_ref (claim);

  g_signal_emit (self, signals[signal], 0, keep);
}

static GtkWidget *
make_button (GlossOrphansPage *self,
             GlossClaim       *claim,
             guint             signal,
             const char       *label,
             const char       *icon_name,
             const char       *tooltip)
{
  GtkWidget *button = label != NULL ? gtk_button_new_with_mnemonic (label)
                                    : gtk_button_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (button, "flat");
  if (tooltip != NULL)
    {
      gtk_widget_set_tooltip_text (button, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
    }
  g_object_set_data_full (G_OBJECT (button), "gloss-claim", g_object_ref (claim), g_object_unref);
  g_object_set_data (G_OBJECT (button), "gloss-signal", GUINT_TO_POINTER (signal));
  g_signal_connect (button, "clicked", G_CALLBACK (button_clicked_cb), self);

  return button;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  GlossOrphansPage *self = user_data;
  GlossClaim *claim = GLOSS_CLAIM (item);
  GtkWidget *list_row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *row = gloss_claim_row_new ();
  GtkWidget *attach;

  gloss_claim_row_set_claim (GLOSS_CLAIM_ROW (row), self->project, claim);
  gtk_box_append (GTK_BOX (box), row);

  gtk_widget_set_margin_start (buttons, 6);
  gtk_widget_set_margin_end (buttons, 6);
  gtk_widget_set_margin_bottom (buttons, 6);
  attach = make_button (self, claim, ATTACH_CLAIM, _("_Attach to Selection"), NULL,
                        _("Attach the claim to the text selected in the transcript"));
  gtk_widget_set_hexpand (attach, TRUE);
  gtk_widget_set_halign (attach, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (buttons), attach);
  gtk_box_append (GTK_BOX (buttons), make_button (self, claim, DELETE_CLAIM, NULL, "user-trash-symbolic",
                                                  _("Delete Claim")));
  gtk_box_append (GTK_BOX (box), buttons);
  /* the buttons do the work: the row itself does nothing when clicked */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (list_row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), box);

  return list_row;
}

static void
orphans_changed_cb (GListModel       *model,
                    guint             position,
                    guint             removed,
                    guint             added,
                    GlossOrphansPage *self)
{
  guint n = g_list_model_get_n_items (model);

  if (n == self->n_orphans)
    return;
  self->n_orphans = n;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ORPHANS]);
}

void
gloss_orphans_page_set_project (GlossOrphansPage *self,
                                GlossProject     *project)
{
  g_return_if_fail (GLOSS_IS_ORPHANS_PAGE (self));
  g_return_if_fail (project == NULL || GLOSS_IS_PROJECT (project));

  if (self->project == project)
    return;

  g_set_object (&self->project, project);
  gtk_filter_list_model_set_model (self->orphans, G_LIST_MODEL (project));
}

guint
gloss_orphans_page_get_n_orphans (GlossOrphansPage *self)
{
  g_return_val_if_fail (GLOSS_IS_ORPHANS_PAGE (self), 0);

  return self->n_orphans;
}

static void
gloss_orphans_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  GlossOrphansPage *self = GLOSS_ORPHANS_PAGE (object);

  switch (prop_id)
    {
    case PROP_N_ORPHANS:
      g_value_set_uint (value, self->n_orphans);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_orphans_page_dispose (GObject *object)
{
  GlossOrphansPage *self = GLOSS_ORPHANS_PAGE (object);

  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  if (self->orphans != NULL)
    g_signal_handlers_disconnect_by_data (self->orphans, self);
  g_clear_object (&self->orphans);
  g_clear_object (&self->project);
  gtk_widget_dispose_template (GTK_WIDGET (self), GLOSS_TYPE_ORPHANS_PAGE);

  G_OBJECT_CLASS (gloss_orphans_page_parent_class)->dispose (object);
}

static void
gloss_orphans_page_class_init (GlossOrphansPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gloss_orphans_page_dispose;
  object_class->get_property = gloss_orphans_page_get_property;

  properties[PROP_N_ORPHANS] =
    g_param_spec_uint ("n-orphans", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ATTACH_CLAIM] =
    g_signal_new ("attach-claim", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSS_TYPE_CLAIM);
  signals[DELETE_CLAIM] =
    g_signal_new ("delete-claim", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSS_TYPE_CLAIM);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glossapp/Gloss/ui/gloss-orphans-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GlossOrphansPage, list);
}

static void
gloss_orphans_page_init (GlossOrphansPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->orphans = gtk_filter_list_model_new (NULL, GTK_FILTER (gtk_custom_filter_new (is_orphan, NULL, NULL)));
  g_signal_connect (self->orphans, "items-changed", G_CALLBACK (orphans_changed_cb), self);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->orphans), create_row, self, NULL);
}

GtkWidget *
gloss_orphans_page_new (void)
{
  return g_object_new (GLOSS_TYPE_ORPHANS_PAGE, NULL);
}
