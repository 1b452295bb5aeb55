#include "config.h"

#include <glib/gi18n.h>

#include "gloss-conflict-row.h"
#include "gloss-conflict.h"
#include "gloss-conflicts-page.h"

struct _GlossConflictsPage
{
  GtkBox parent_instance;

  GlossHistory *history;
  GlossProject *project;
  GtkLabel *summary;
  GtkListBox *list;
  guint n_conflicts;
  guint rebuild_id;
};

G_DEFINE_FINAL_TYPE (GlossConflictsPage, gloss_conflicts_page, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_N_CONFLICTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rebuild (GlossConflictsPage *self)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  conflicts = self->project != NULL ? gloss_conflict_list (self->project) : g_ptr_array_new ();
  for (guint i = 0; i < conflicts->len; i++)
    gtk_list_box_append (self->list, gloss_conflict_row_new (self->history,
                                                             g_ptr_array_index (conflicts, i)));

  n = conflicts->len;
  if (n > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u claim was edited differently in the two merged versions. Choose a version of it, or keep both.",
                                                            "%u claims were edited differently in the two merged versions. Choose a version of each, or keep both.",
                                                            n),
                                               n);

      gtk_label_set_text (self->summary, text);
    }
  if (n != self->n_conflicts)
    {
      self->n_conflicts = n;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CONFLICTS]);
    }
}

static gboolean
rebuild_cb (gpointer data)
{
  GlossConflictsPage *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* a button's click resolves a claim and destroys its row: rebuild later */
static void
project_changed_cb (GlossProject       *project,
                    GlossConflictsPage *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_cb, self);
}

static void
gloss_conflicts_page_dispose (GObject *object)
{
  GlossConflictsPage *self = GLOSS_CONFLICTS_PAGE (object);

  gloss_conflicts_page_set_history (self, NULL);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), GLOSS_TYPE_CONFLICTS_PAGE);

  G_OBJECT_CLASS (gloss_conflicts_page_parent_class)->dispose (object);
}

static void
gloss_conflicts_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  GlossConflictsPage *self = GLOSS_CONFLICTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_N_CONFLICTS:
      g_value_set_uint (value, self->n_conflicts);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_conflicts_page_class_init (GlossConflictsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gloss_conflicts_page_dispose;
  object_class->get_property = gloss_conflicts_page_get_property;

  properties[PROP_N_CONFLICTS] =
    g_param_spec_uint ("n-conflicts", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glossapp/Gloss/ui/gloss-conflicts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GlossConflictsPage, summary);
  gtk_widget_class_bind_template_child (widget_class, GlossConflictsPage, list);
}

static void
gloss_conflicts_page_init (GlossConflictsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
gloss_conflicts_page_new (void)
{
  return g_object_new (GLOSS_TYPE_CONFLICTS_PAGE, NULL);
}

void
gloss_conflicts_page_set_history (GlossConflictsPage *self,
                                  GlossHistory       *history)
{
  g_return_if_fail (GLOSS_IS_CONFLICTS_PAGE (self));
  g_return_if_fail (history == NULL || GLOSS_IS_HISTORY (history));

  if (self->history == history)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_func (self->project, project_changed_cb, self);
  g_clear_object (&self->project);
  g_set_object (&self->history, history);
  if (history != NULL)
    {
      self->project = g_object_ref (gloss_history_get_project (history));
      g_signal_connect (self->project, "changed", G_CALLBACK (project_changed_cb), self);
    }
  if (gtk_widget_get_first_child (GTK_WIDGET (self->list)) != NULL || history != NULL)
    rebuild (self);
}

guint
gloss_conflicts_page_get_n_conflicts (GlossConflictsPage *self)
{
  g_return_val_if_fail (GLOSS_IS_CONFLICTS_PAGE (self), 0);

  return self->n_conflicts;
}
