#pragma once

#include "gloss-claim-filter-model.h"
#include "gloss-claim-query.h"
#include "gloss-gradual-model.h"
#include "gloss-sidebar.h"
#include "gloss-speaker-filter.h"

G_BEGIN_DECLS

/* gloss-sidebar.c: the filters, the count, the project;
 * gloss-sidebar-list.c: the list view, its rows and their menu */
struct _GlossSidebar
{
  AdwBin parent_instance;

  GlossProject *project;

  GlossClaimFilterModel *filter_model;
  GlossGradualModel *gradual;  /* what the list view shows of filter_model */
  GtkSingleSelection *selection;
  GdkFrameClock *step_clock;
  gulong step_handler;
  /* topic, speaker and search in one function: a GtkEveryFilter of three
   * costs three more calls per claim and keystroke */
  GtkCustomFilter *filter;

  GlossClaimQuery *query;
  GHashTable *active_topics;   /* topic ids, the query's topics as a set */
  char *sort_order;            /* "transcript", "speaker", "topic", "modified" */
  GHashTable *speaker_ranks;   /* name → 1 + place in alphabetical order */
  GlossClaim *last_selected;   /* not a reference: only compared */
  gboolean selecting;
  guint counts_idle_id;
  guint fold_idle_id;
  guint fold_next;
  guint prefill_idle_id;
  char *count_text;
  GPtrArray *spare_rows;       /* GlossClaimRow, reused by the factory */
  GHashTable *pending_rows;    /* GlossClaimRow → the GlossClaim it is bound to but does not show yet */
  GdkFrameClock *layout_clock;
  gulong layout_handler;
  gint64 layout_frame;
  guint layout_passes;
  guint relayout_idle_id;
  gboolean items_changed;      /* the list's items changed since the last layout */

  GtkSearchEntry *search_entry;
  GtkBox *topic_box;
  GlossSpeakerFilter *speaker_filter;
  GtkLabel *count_label;
  GtkStack *stack;
  GtkListView *list_view;
  GtkWidget *context_menu;
};

void _gloss_sidebar_list_class_init (GtkWidgetClass *widget_class);
/* after the template and the models are made */
void _gloss_sidebar_list_init       (GlossSidebar   *self);
void _gloss_sidebar_list_dispose    (GlossSidebar   *self);
void _gloss_sidebar_list_finalize   (GlossSidebar   *self);
/* the rows a first large change finds ready, made while idle */
void _gloss_sidebar_list_prefill    (GlossSidebar   *self);
/* the rows show their claims' topics anew */
void _gloss_sidebar_list_refresh_rows (GlossSidebar *self);

G_END_DECLS
