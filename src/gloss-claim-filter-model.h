#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GLOSS_TYPE_CLAIM_FILTER_MODEL (gloss_claim_filter_model_get_type ())
G_DECLARE_FINAL_TYPE (GlossClaimFilterModel, gloss_claim_filter_model, GLOSS, CLAIM_FILTER_MODEL, GObject)

/* Like GtkFilterListModel, but its items sit in an array: get_item is O(1).
 * GTK 4.8's list view asks for every added item after a large change, and
 * GtkFilterListModel's get_item walks a bitset each time, which made each
 * keystroke in the search cost 200 ms and more on 50,000 claims. */
GlossClaimFilterModel *gloss_claim_filter_model_new       (GtkFilter             *filter);
void                   gloss_claim_filter_model_set_model (GlossClaimFilterModel *self,
                                                           GListModel            *model);
/* the position of the item at @source_position of the model, if the filter
 * lets it through; O(log n) */
gboolean               gloss_claim_filter_model_find      (GlossClaimFilterModel *self,
                                                           guint                  source_position,
                                                           guint                 *position);
/* a sort key: items go in the order of their keys, then of their
 * positions in the model */
typedef guint64 (*GlossSortKeyFunc) (gpointer item,
                                     gpointer user_data);

/* NULL: the model's order. Sorting keeps get_item O(1); a changed item is
 * moved in O(log n), find() becomes O(n). Call again to sort anew when the
 * keys changed. */
void                   gloss_claim_filter_model_set_sort_key (GlossClaimFilterModel *self,
                                                              GlossSortKeyFunc       sort_key,
                                                              gpointer               user_data);

G_END_DECLS
