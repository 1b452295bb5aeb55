#include "config.h"

#include "gloss-gradual-model.h"

/* once this many items are shown, the rest come at once: the list view
 * builds rows only for the first 200 or so, the others cost nothing */
#define ROWS_BUILT 256

struct _GlossGradualModel
{
  GObject parent_instance;

  GListModel *model;
  guint shown;   /* the first @shown items of @model are shown */
  guint chunk;
};

static void gloss_gradual_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GlossGradualModel, gloss_gradual_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      gloss_gradual_model_list_model_init))

static GType
gloss_gradual_model_get_item_type (GListModel *list)
{
  return g_list_model_get_item_type (GLOSS_GRADUAL_MODEL (list)->model);
}

static guint
gloss_gradual_model_get_n_items (GListModel *list)
{
  return GLOSS_GRADUAL_MODEL (list)->shown;
}

static gpointer
gloss_gradual_model_get_item (GListModel *list,
                              guint       position)
{
  GlossGradualModel *self = GLOSS_GRADUAL_MODEL (list);

  if (position >= self->shown)
    return NULL;

  return g_list_model_get_item (self->model, position);
}

static void
gloss_gradual_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = gloss_gradual_model_get_item_type;
  iface->get_n_items = gloss_gradual_model_get_n_items;
  iface->get_item = gloss_gradual_model_get_item;
}

static void
items_changed_cb (GListModel        *model,
                  guint              position,
                  guint              removed,
                  guint              added,
                  GlossGradualModel *self)
{
  guint n = g_list_model_get_n_items (model);
  guint old_shown = self->shown;

  if (self->chunk == 0)
    {
      self->shown = n;
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      return;
    }

  /* small changes among the shown items pass through */
  if (added <= self->chunk && position + removed <= old_shown)
    {
      self->shown = old_shown - removed + added;
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      return;
    }

  if (position >= old_shown)
    {
      /* items appended to a complete list; otherwise the steps bring them */
      if (old_shown == n - added + removed)
        {
          self->shown = MIN (n, old_shown + self->chunk);
          g_list_model_items_changed (G_LIST_MODEL (self), old_shown, 0, self->shown - old_shown);
        }
      return;
    }

  self->shown = MIN (n, position + self->chunk);
  g_list_model_items_changed (G_LIST_MODEL (self), position, old_shown - position, self->shown - position);
}

gboolean
gloss_gradual_model_step (GlossGradualModel *self)
{
  guint n, old_shown;

  g_return_val_if_fail (GLOSS_IS_GRADUAL_MODEL (self), FALSE);

  n = g_list_model_get_n_items (self->model);
  old_shown = self->shown;
  if (old_shown >= n)
    return FALSE;

  self->shown = old_shown + self->chunk < ROWS_BUILT ? MIN (n, old_shown + self->chunk) : n;
  g_list_model_items_changed (G_LIST_MODEL (self), old_shown, 0, self->shown - old_shown);

  return self->shown < n;
}

void
gloss_gradual_model_show_all (GlossGradualModel *self)
{
  guint n, old_shown;

  g_return_if_fail (GLOSS_IS_GRADUAL_MODEL (self));

  n = g_list_model_get_n_items (self->model);
  old_shown = self->shown;
  if (old_shown >= n)
    return;

  self->shown = n;
  g_list_model_items_changed (G_LIST_MODEL (self), old_shown, 0, n - old_shown);
}

gboolean
gloss_gradual_model_is_complete (GlossGradualModel *self)
{
  g_return_val_if_fail (GLOSS_IS_GRADUAL_MODEL (self), TRUE);

  return self->shown >= g_list_model_get_n_items (self->model);
}

void
gloss_gradual_model_set_chunk (GlossGradualModel *self,
                               guint              chunk)
{
  g_return_if_fail (GLOSS_IS_GRADUAL_MODEL (self));

  self->chunk = chunk;
  if (chunk == 0)
    gloss_gradual_model_show_all (self);
}

static void
gloss_gradual_model_dispose (GObject *object)
{
  GlossGradualModel *self = GLOSS_GRADUAL_MODEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (gloss_gradual_model_parent_class)->dispose (object);
}

static void
gloss_gradual_model_class_init (GlossGradualModelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = gloss_gradual_model_dispose;
}

static void
gloss_gradual_model_init (GlossGradualModel *self)
{
}

GlossGradualModel *
gloss_gradual_model_new (GListModel *model)
{
  GlossGradualModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (GLOSS_TYPE_GRADUAL_MODEL, NULL);
  self->model = g_object_ref (model);
  self->shown = g_list_model_get_n_items (model);
  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), self);

  return self;
}
