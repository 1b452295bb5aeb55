#include "config.h"

#include <stdlib.h>

#include "gloss-claim-filter-model.h"
#include "gloss-project.h"

struct _GlossClaimFilterModel
{
  GObject parent_instance;

  GListModel *model;
  GtkFilter *filter;
  GPtrArray *items;    /* the matching items, in source order */
  GArray *positions;   /* guint: each item's position in the source */
  /* with a sort key, the items are in the order of (key, position),
   * otherwise in the order of their positions */
  GlossSortKeyFunc sort_key;
  gpointer sort_data;
};

static void gloss_claim_filter_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GlossClaimFilterModel, gloss_claim_filter_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      gloss_claim_filter_model_list_model_init))

static GType
gloss_claim_filter_model_get_item_type (GListModel *list)
{
  return G_TYPE_OBJECT;
}

static guint
gloss_claim_filter_model_get_n_items (GListModel *list)
{
  return GLOSS_CLAIM_FILTER_MODEL (list)->items->len;
}

static gpointer
gloss_claim_filter_model_get_item (GListModel *list,
                                   guint       position)
{
  GlossClaimFilterModel *self = GLOSS_CLAIM_FILTER_MODEL (list);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
gloss_claim_filter_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = gloss_claim_filter_model_get_item_type;
  iface->get_n_items = gloss_claim_filter_model_get_n_items;
  iface->get_item = gloss_claim_filter_model_get_item;
}

/* index of the first kept item whose source position is >= @position */
static guint
lower_bound (GlossClaimFilterModel *self,
             guint                  position)
{
  guint lo = 0, hi = self->positions->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->positions, guint, mid) < position)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

gboolean
gloss_claim_filter_model_find (GlossClaimFilterModel *self,
                               guint                  source_position,
                               guint                 *position)
{
  guint index;

  g_return_val_if_fail (GLOSS_IS_CLAIM_FILTER_MODEL (self), FALSE);

  if (self->sort_key != NULL)
    {
      for (index = 0; index < self->positions->len; index++)
        if (g_array_index (self->positions, guint, index) == source_position)
          break;
    }
  else
    index = lower_bound (self, source_position);
  if (index >= self->positions->len || g_array_index (self->positions, guint, index) != source_position)
    return FALSE;

  if (position != NULL)
    *position = index;
  return TRUE;
}

/* where an item with @key at @source goes among the sorted items */
static guint
sorted_insert_index (GlossClaimFilterModel *self,
                     guint64                key,
                     guint                  source)
{
  guint lo = 0, hi = self->items->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      guint64 mid_key = self->sort_key (g_ptr_array_index (self->items, mid), self->sort_data);
      guint mid_source = g_array_index (self->positions, guint, mid);

      if (mid_key < key || (mid_key == key && mid_source < source))
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static void
sorted_source_items_changed (GlossClaimFilterModel *self,
                             GListModel            *model,
                             guint                  position,
                             guint                  removed,
                             guint                  added)
{
  for (guint j = self->positions->len; j-- > 0;)
    {
      guint source = g_array_index (self->positions, guint, j);

      if (source >= position + removed)
        g_array_index (self->positions, guint, j) += added - removed;
      else if (source >= position)
        {
          g_ptr_array_remove_index (self->items, j);
          g_array_remove_index (self->positions, j);
          g_list_model_items_changed (G_LIST_MODEL (self), j, 1, 0);
        }
    }

  for (guint i = 0; i < added; i++)
    {
      gpointer item = g_list_model_get_item (model, position + i);
      guint source = position + i, index;

      if (self->filter != NULL && !gtk_filter_match (self->filter, item))
        {
          g_object_unref (item);
          continue;
        }

      index = sorted_insert_index (self, self->sort_key (item, self->sort_data), source);
      g_ptr_array_insert (self->items, (int) index, item);
      g_array_insert_val (self->positions, index, source);
      g_list_model_items_changed (G_LIST_MODEL (self), index, 0, 1);
    }
}

static void
source_items_changed_cb (GListModel            *model,
                         guint                  position,
                         guint                  removed,
                         guint                  added,
                         GlossClaimFilterModel *self)
{
  guint lo, hi;
  guint kept = 0;

  if (self->sort_key != NULL)
    {
      sorted_source_items_changed (self, model, position, removed, added);
      return;
    }

  lo = lower_bound (self, position);
  hi = lower_bound (self, position + removed);

  if (hi > lo)
    {
      g_ptr_array_remove_range (self->items, lo, hi - lo);
      g_array_remove_range (self->positions, lo, hi - lo);
    }

  for (guint j = lo; j < self->positions->len; j++)
    g_array_index (self->positions, guint, j) += added - removed;

  for (guint i = 0; i < added; i++)
    {
      gpointer item = g_list_model_get_item (model, position + i);

      if (self->filter == NULL || gtk_filter_match (self->filter, item))
        {
          guint source = position + i;

          g_ptr_array_insert (self->items, (int) (lo + kept), item);
          g_array_insert_val (self->positions, lo + kept, source);
          kept++;
        }
      else
        g_object_unref (item);
    }

  if (hi > lo || kept > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), lo, hi - lo, kept);
}

typedef struct
{
  guint64 key;
  guint source;
  gpointer item;
} SortEntry;

static int
sort_entry_compare (gconstpointer a,
                    gconstpointer b)
{
  const SortEntry *x = a, *y = b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return x->source < y->source ? -1 : x->source > y->source;
}

/* each key computed once, not once per comparison */
static void
sort_items (GlossClaimFilterModel *self)
{
  guint n = self->items->len;
  g_autofree SortEntry *entries = NULL;

  /* nothing to sort; and qsort() must not get the NULL of g_new (…, 0) */
  if (n < 2)
    return;
  entries = g_new (SortEntry, n);
  for (guint i = 0; i < n; i++)
    {
      entries[i].item = g_ptr_array_index (self->items, i);
      entries[i].source = g_array_index (self->positions, guint, i);
      entries[i].key = self->sort_key (entries[i].item, self->sort_data);
    }
  qsort (entries, n, sizeof (SortEntry), sort_entry_compare);
  for (guint i = 0; i < n; i++)
    {
      self->items->pdata[i] = entries[i].item;
      g_array_index (self->positions, guint, i) = entries[i].source;
    }
}

static void
refilter (GlossClaimFilterModel *self,
          GtkFilterChange        change)
{
  g_autoptr(GPtrArray) old = g_steal_pointer (&self->items);
  g_autoptr(GArray) old_positions = g_steal_pointer (&self->positions);
  guint n = self->model ? g_list_model_get_n_items (self->model) : 0;
  guint prefix = 0, suffix = 0;

  self->items = g_ptr_array_new_full (change == GTK_FILTER_CHANGE_MORE_STRICT ? old->len : n,
                                      g_object_unref);
  self->positions = g_array_sized_new (FALSE, FALSE, sizeof (guint), self->items->len);
  if (change == GTK_FILTER_CHANGE_MORE_STRICT)
    {
      /* only what matched before can match now */
      for (guint i = 0; i < old->len; i++)
        {
          gpointer item = g_ptr_array_index (old, i);

          if (self->filter == NULL || gtk_filter_match (self->filter, item))
            {
              g_ptr_array_add (self->items, g_object_ref (item));
              g_array_append_val (self->positions, g_array_index (old_positions, guint, i));
            }
        }
    }
  else
    {
      /* a project lends its claims: no reference taken and dropped for
       * each of 50,000 claims that mostly do not match */
      GlossProject *project = GLOSS_IS_PROJECT (self->model) ? GLOSS_PROJECT (self->model) : NULL;

      for (guint i = 0; i < n; i++)
        {
          gpointer item = project ? gloss_project_get_claim (project, i)
                                  : g_list_model_get_item (self->model, i);

          if (self->filter == NULL || gtk_filter_match (self->filter, item))
            {
              g_ptr_array_add (self->items, project ? g_object_ref (item) : item);
              g_array_append_val (self->positions, i);
            }
          else if (project == NULL)
            g_object_unref (item);
        }
    }

  /* what was sorted stays sorted when items only drop out */
  if (self->sort_key != NULL && change != GTK_FILTER_CHANGE_MORE_STRICT)
    sort_items (self);

  /* report only the part that changed, so the list keeps its other rows */
  while (prefix < old->len && prefix < self->items->len &&
         g_ptr_array_index (old, prefix) == g_ptr_array_index (self->items, prefix))
    prefix++;
  while (suffix < old->len - prefix && suffix < self->items->len - prefix &&
         g_ptr_array_index (old, old->len - 1 - suffix) ==
         g_ptr_array_index (self->items, self->items->len - 1 - suffix))
    suffix++;

  if (old->len != self->items->len || prefix < old->len)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                old->len - prefix - suffix,
                                self->items->len - prefix - suffix);
}

static void
filter_changed_cb (GtkFilter             *filter,
                   GtkFilterChange        change,
                   GlossClaimFilterModel *self)
{
  refilter (self, change);
}

void
gloss_claim_filter_model_set_sort_key (GlossClaimFilterModel *self,
                                       GlossSortKeyFunc       sort_key,
                                       gpointer               user_data)
{
  g_return_if_fail (GLOSS_IS_CLAIM_FILTER_MODEL (self));

  self->sort_key = sort_key;
  self->sort_data = user_data;
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

void
gloss_claim_filter_model_set_model (GlossClaimFilterModel *self,
                                    GListModel            *model)
{
  g_return_if_fail (GLOSS_IS_CLAIM_FILTER_MODEL (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, source_items_changed_cb, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect (model, "items-changed", G_CALLBACK (source_items_changed_cb), self);

  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
gloss_claim_filter_model_dispose (GObject *object)
{
  GlossClaimFilterModel *self = GLOSS_CLAIM_FILTER_MODEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, source_items_changed_cb, self);
  g_clear_object (&self->model);
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, filter_changed_cb, self);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (gloss_claim_filter_model_parent_class)->dispose (object);
}

static void
gloss_claim_filter_model_finalize (GObject *object)
{
  GlossClaimFilterModel *self = GLOSS_CLAIM_FILTER_MODEL (object);

  g_ptr_array_unref (self->items);
  g_array_unref (self->positions);

  G_OBJECT_CLASS (gloss_claim_filter_model_parent_class)->finalize (object);
}

static void
gloss_claim_filter_model_class_init (GlossClaimFilterModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gloss_claim_filter_model_dispose;
  object_class->finalize = gloss_claim_filter_model_finalize;
}

static void
gloss_claim_filter_model_init (GlossClaimFilterModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->positions = g_array_new (FALSE, FALSE, sizeof (guint));
}

GlossClaimFilterModel *
gloss_claim_filter_model_new (GtkFilter *filter)
{
  GlossClaimFilterModel *self;

  g_return_val_if_fail (filter == NULL || GTK_IS_FILTER (filter), NULL);

  self = g_object_new (GLOSS_TYPE_CLAIM_FILTER_MODEL, NULL);
  if (filter != NULL)
    {
      self->filter = g_object_ref (filter);
      g_signal_connect (filter, "changed", G_CALLBACK (filter_changed_cb), self);
    }

  return self;
}
