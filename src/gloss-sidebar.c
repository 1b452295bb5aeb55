#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "gloss-claim-filter-model.h"
#include "gloss-claim-row.h"
#include "gloss-gradual-model.h"
#include "gloss-sidebar.h"
#include "gloss-claim-query.h"
#include "gloss-speaker.h"
#include "gloss-topic-markup.h"
#include "gloss-wrap-layout.h"

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
  char *speaker;               /* NULL: all */
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

  GtkSearchEntry *search_entry;
  GtkBox *topic_box;
  GtkDropDown *speaker_dropdown;
  GtkStringList *speakers;
  GtkLabel *count_label;
  GtkStack *stack;
  GtkListView *list_view;
  GtkWidget *context_menu;
};

G_DEFINE_FINAL_TYPE (GlossSidebar, gloss_sidebar, ADW_TYPE_BIN)

enum {
  CLAIM_SELECTED,
  CLAIM_ACTIVATED,
  EDIT_CLAIM,
  DELETE_CLAIM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_SORT_ORDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Folds the search keys of all claims in the background, a slice at a time,
 * so the first keystroke of a search does not pay for all of them. */
static gboolean
fold_idle_cb (gpointer data)
{
  GlossSidebar *self = data;
  guint n = self->project ? g_list_model_get_n_items (G_LIST_MODEL (self->project)) : 0;
  guint end = MIN (n, self->fold_next + 1000);

  for (; self->fold_next < end; self->fold_next++)
    gloss_claim_query_search_key (gloss_project_get_claim (self->project, self->fold_next));

  if (self->fold_next < n)
    return G_SOURCE_CONTINUE;

  self->fold_idle_id = 0;
  return G_SOURCE_REMOVE;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  GlossSidebar *self = user_data;

  return self->project != NULL && gloss_claim_query_matches (self->query, self->project, item);
}

static void
sync_query_topics (GlossSidebar *self)
{
  g_autofree const char **ids = (const char **) g_hash_table_get_keys_as_array (self->active_topics, NULL);

  gloss_claim_query_set_topics (self->query, ids);
}

static guint64
speaker_sort_key (gpointer item,
                  gpointer user_data)
{
  GlossSidebar *self = user_data;
  GlossSpeaker who;
  const char *speaker = gloss_speaker_of_claim (self->project, GLOSS_CLAIM (item), &who) ? who.speaker : NULL;
  guint rank = speaker ? GPOINTER_TO_UINT (g_hash_table_lookup (self->speaker_ranks, speaker)) : 0;

  /* claims without a speaker last */
  return rank ? rank : G_MAXUINT64;
}

static guint64
topic_sort_key (gpointer item,
                gpointer user_data)
{
  GlossSidebar *self = user_data;
  const char * const *topics = gloss_claim_get_topics (GLOSS_CLAIM (item));
  guint64 key = G_MAXUINT64;

  /* by the first of its topics in the topic list; no topic last */
  for (guint i = 0; topics[i] != NULL; i++)
    {
      GlossTopic *topic = gloss_project_lookup_topic (self->project, topics[i]);
      int position = topic ? gloss_project_get_topic_position (self->project, topic) : -1;

      if (position >= 0)
        key = MIN (key, (guint64) position);
    }

  return key;
}

static guint64
modified_sort_key (gpointer item,
                   gpointer user_data)
{
  GDateTime *modified = gloss_claim_get_modified (GLOSS_CLAIM (item));
  gint64 usec;

  if (modified == NULL)
    return G_MAXUINT64;
  usec = g_date_time_to_unix (modified) * G_USEC_PER_SEC + g_date_time_get_microsecond (modified);

  /* the most recent first */
  return (guint64) G_MAXINT64 - (guint64) MAX (usec, 0);
}

static void
apply_sort (GlossSidebar *self)
{
  GlossSortKeyFunc key = NULL;

  if (g_strcmp0 (self->sort_order, "speaker") == 0)
    key = speaker_sort_key;
  else if (g_strcmp0 (self->sort_order, "topic") == 0)
    key = topic_sort_key;
  else if (g_strcmp0 (self->sort_order, "modified") == 0)
    key = modified_sort_key;

  gloss_claim_filter_model_set_sort_key (self->filter_model, self->project ? key : NULL, self);
}

static void
update_count (GlossSidebar *self)
{
  guint total = self->project ? g_list_model_get_n_items (G_LIST_MODEL (self->project)) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  g_free (self->count_text);
  if (gloss_sidebar_get_filter_active (self))
    /* Translators: "3 of 20 claims" */
    self->count_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u claim", "%u of %u claims", total),
                                        shown, total);
  else
    self->count_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim", "%u claims", total), total);
  gtk_label_set_text (self->count_label, self->count_text);

  if (shown > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (total > 0)
    gtk_stack_set_visible_child_name (self->stack, "no-match");
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
filtered_items_changed_cb (GListModel   *model,
                           guint         position,
                           guint         removed,
                           guint         added,
                           GlossSidebar *self)
{
  update_count (self);
}

static void
topic_toggled_cb (GtkToggleButton *button,
                  GlossSidebar    *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "topic-id");

  gloss_sidebar_set_topic_filter (self, id, gtk_toggle_button_get_active (button));
}

static void
update_topic_counts (GlossSidebar *self)
{
  GtkWidget *child;

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->topic_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = child;
      GtkLabel *count = g_object_get_data (G_OBJECT (button), "count-label");
      const char *id = g_object_get_data (G_OBJECT (button), "topic-id");
      g_autofree char *text = g_strdup_printf ("%u", gloss_project_count_claims_with_topic (self->project, id));

      gtk_label_set_text (count, text);
    }
}

static gboolean
counts_idle_cb (gpointer data)
{
  GlossSidebar *self = data;

  self->counts_idle_id = 0;
  if (self->project != NULL)
    update_topic_counts (self);

  return G_SOURCE_REMOVE;
}

static void
project_changed_cb (GlossProject *project,
                    GlossSidebar *self)
{
  if (self->counts_idle_id == 0)
    self->counts_idle_id = g_idle_add (counts_idle_cb, self);
}

static void
rebuild_topics (GlossSidebar *self)
{
  GtkWidget *child;
  GListModel *topics;
  g_autoptr(GHashTable) present = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  const char *id;
  gboolean dropped = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->topic_box))) != NULL)
    gtk_box_remove (self->topic_box, child);

  if (self->project == NULL)
    return;

  topics = gloss_project_get_topics (self->project);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(GlossTopic) topic = g_list_model_get_item (topics, i);
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *dot = gtk_label_new (NULL);
      GtkWidget *name = gtk_label_new (gloss_topic_get_name (topic));
      GtkWidget *count = gtk_label_new (NULL);
      g_autofree char *dot_markup = gloss_topic_markup_dot (topic);
      g_autofree char *tooltip = NULL;

      gtk_label_set_markup (GTK_LABEL (dot), dot_markup);
      gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (name), 18);
      gtk_widget_add_css_class (count, "dim-label");
      gtk_widget_add_css_class (count, "numeric");
      gtk_box_append (GTK_BOX (box), dot);
      gtk_box_append (GTK_BOX (box), name);
      gtk_box_append (GTK_BOX (box), count);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "topic-toggle");
      gtk_widget_add_css_class (button, "flat");
      if (*gloss_topic_get_key (topic) != '\0')
        /* Translators: tooltip of a topic filter button; %s is its shortcut key */
        tooltip = g_strdup_printf (_("Show only claims of this topic (key %s tags a selection with it)"),
                                   gloss_topic_get_key (topic));
      else
        tooltip = g_strdup (_("Show only claims of this topic"));
      gtk_widget_set_tooltip_text (button, tooltip);

      g_object_set_data_full (G_OBJECT (button), "topic-id", g_strdup (gloss_topic_get_id (topic)), g_free);
      g_object_set_data (G_OBJECT (button), "count-label", count);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button),
                                    g_hash_table_contains (self->active_topics, gloss_topic_get_id (topic)));
      g_signal_connect (button, "toggled", G_CALLBACK (topic_toggled_cb), self);
      gtk_box_append (self->topic_box, button);
      g_hash_table_add (present, (gpointer) gloss_topic_get_id (topic));
    }

  /* a filter on a topic that is gone would hide everything */
  g_hash_table_iter_init (&iter, self->active_topics);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    if (!g_hash_table_contains (present, id))
      {
        g_hash_table_iter_remove (&iter);
        dropped = TRUE;
      }
  if (dropped)
    {
      sync_query_topics (self);
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
    }

  update_topic_counts (self);
}

static void
topics_changed_cb (GListModel   *topics,
                   guint         position,
                   guint         removed,
                   guint         added,
                   GlossSidebar *self)
{
  rebuild_topics (self);
  /* reordered topics reorder the claims sorted by topic */
  if (g_strcmp0 (self->sort_order, "topic") == 0)
    apply_sort (self);
}

static void
topic_changed_cb (GlossProject *project,
                  GlossTopic   *topic,
                  GlossSidebar *self)
{
  rebuild_topics (self);
  /* rows show topic names and colours */
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static int
collate_cb (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static void
rebuild_speakers (GlossSidebar *self)
{
  g_autoptr(GPtrArray) names = NULL;
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->speakers));

  if (self->project != NULL)
    names = gloss_speaker_list (gloss_project_get_transcript (self->project));
  else
    names = g_ptr_array_new ();
  g_hash_table_remove_all (self->speaker_ranks);
  {
    g_autoptr(GPtrArray) sorted = g_ptr_array_copy (names, NULL, NULL);

    g_ptr_array_sort_with_data (sorted, collate_cb, NULL);
    for (guint i = 0; i < sorted->len; i++)
      g_hash_table_insert (self->speaker_ranks, g_strdup (g_ptr_array_index (sorted, i)),
                           GUINT_TO_POINTER (i + 1));
  }
  g_ptr_array_add (names, NULL);

  gtk_string_list_splice (self->speakers, 1, n_old - 1, (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->speaker_dropdown, 0);
}

static void
speaker_selected_cb (GtkDropDown  *dropdown,
                     GParamSpec   *pspec,
                     GlossSidebar *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  const char *name = NULL;

  if (selected != GTK_INVALID_LIST_POSITION && selected > 0)
    name = gtk_string_list_get_string (self->speakers, selected);

  if (g_strcmp0 (name, self->speaker) == 0)
    return;
  g_free (self->speaker);
  self->speaker = g_strdup (name);
  {
    const char *speakers[] = { name, NULL };

    gloss_claim_query_set_speakers (self->query, speakers);
  }
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

void
gloss_sidebar_set_status_filter (GlossSidebar *self,
                                 guint         statuses)
{
  g_return_if_fail (GLOSS_IS_SIDEBAR (self));

  gloss_claim_query_set_statuses (self->query, statuses);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
status_selected_cb (GtkDropDown  *dropdown,
                    GParamSpec   *pspec,
                    GlossSidebar *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* item 0 is "All statuses", then the statuses in order */
  gloss_sidebar_set_status_filter (self, selected > 0 && selected != GTK_INVALID_LIST_POSITION
                                         ? 1u << (selected - 1) : 0);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   GlossSidebar   *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autofree char *old = g_strdup (gloss_claim_query_get_text_key (self->query));
  const char *key;
  GtkFilterChange change;

  gloss_claim_query_set_text (self->query, text);
  key = gloss_claim_query_get_text_key (self->query);
  if (strcmp (old, key) == 0)
    return;

  if (*old == '\0' || strstr (key, old) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (old, key) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
stop_search_cb (GtkSearchEntry *entry,
                GlossSidebar   *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
selection_changed_cb (GtkSingleSelection *selection,
                      GParamSpec         *pspec,
                      GlossSidebar       *self)
{
  GlossClaim *claim = gtk_single_selection_get_selected_item (selection);

  if (claim == self->last_selected)
    return;
  self->last_selected = claim;
  if (claim != NULL && !self->selecting)
    g_signal_emit (self, signals[CLAIM_SELECTED], 0, claim);
}

static void
list_activate_cb (GtkListView  *list,
                  guint         position,
                  GlossSidebar *self)
{
  g_autoptr(GlossClaim) claim = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);

  if (claim != NULL)
    g_signal_emit (self, signals[CLAIM_ACTIVATED], 0, claim);
}

/* rows a frame can build and measure within a keystroke's budget */
#define LIST_CHUNK 16

static void
stop_steps (GlossSidebar *self)
{
  if (self->step_clock != NULL)
    g_signal_handler_disconnect (self->step_clock, self->step_handler);
  self->step_clock = NULL;
  self->step_handler = 0;
}

/* after each frame, a few more rows, until the list is whole */
static void
after_paint_cb (GdkFrameClock *clock,
                GlossSidebar  *self)
{
  if (!gloss_gradual_model_step (self->gradual))
    stop_steps (self);
}

static void
gradual_items_changed_cb (GListModel   *model,
                          guint         position,
                          guint         removed,
                          guint         added,
                          GlossSidebar *self)
{
  GdkFrameClock *clock;

  if (self->step_clock != NULL || gloss_gradual_model_is_complete (self->gradual))
    return;

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (self->list_view));
  if (clock == NULL)
    {
      gloss_gradual_model_show_all (self->gradual);
      return;
    }
  self->step_clock = clock;
  self->step_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), self);
}

static void
list_map_cb (GtkWidget    *list,
             GlossSidebar *self)
{
  gloss_gradual_model_set_chunk (self->gradual, LIST_CHUNK);
}

static void
list_unmap_cb (GtkWidget    *list,
               GlossSidebar *self)
{
  stop_steps (self);
  gloss_gradual_model_set_chunk (self->gradual, 0);
}

/* GTK 4.8's list view keeps about 200 rows realized and builds new ones
 * when a filter change replaces the items they showed; building rows from
 * the template took a third of such a keystroke, so rows that are torn
 * down are kept for the next setup. */
#define MAX_SPARE_ROWS 512
#define PREFILL_ROWS 220

static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  GlossSidebar             *self)
{
  GtkWidget *row;

  if (self->spare_rows->len > 0)
    row = g_ptr_array_steal_index_fast (self->spare_rows, self->spare_rows->len - 1);
  else
    row = g_object_ref_sink (gloss_claim_row_new ());
  gtk_list_item_set_child (item, row);
  /* the list item drops its child before "teardown"; this reference
   * brings the row back there */
  g_object_set_data_full (G_OBJECT (item), "gloss-row", row, g_object_unref);
}

static void
factory_teardown_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     GlossSidebar             *self)
{
  GtkWidget *row = g_object_steal_data (G_OBJECT (item), "gloss-row");

  if (row == NULL)
    return;
  if (gtk_list_item_get_child (item) == row)
    gtk_list_item_set_child (item, NULL);
  if (self->spare_rows->len < MAX_SPARE_ROWS && gtk_widget_get_parent (row) == NULL)
    g_ptr_array_add (self->spare_rows, row);
  else
    g_object_unref (row);
}

/* so even the first large change of a session finds rows to reuse */
static gboolean
prefill_idle_cb (gpointer data)
{
  GlossSidebar *self = data;

  for (guint i = 0; i < 10 && self->spare_rows->len < PREFILL_ROWS; i++)
    g_ptr_array_add (self->spare_rows, g_object_ref_sink (gloss_claim_row_new ()));

  if (self->spare_rows->len < PREFILL_ROWS)
    return G_SOURCE_CONTINUE;

  self->prefill_idle_id = 0;
  return G_SOURCE_REMOVE;
}

static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 GlossSidebar             *self)
{
  GtkWidget *row = gtk_list_item_get_child (item);

  gloss_claim_row_set_claim (GLOSS_CLAIM_ROW (row), self->project, gtk_list_item_get_item (item));
  gloss_claim_row_set_query (GLOSS_CLAIM_ROW (row), self->query);
  g_object_set_data (G_OBJECT (row), "list-item", item);
}

static void
factory_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   GlossSidebar             *self)
{
  GtkWidget *row = gtk_list_item_get_child (item);

  gloss_claim_row_set_claim (GLOSS_CLAIM_ROW (row), NULL, NULL);
  gloss_claim_row_set_query (GLOSS_CLAIM_ROW (row), NULL);
  g_object_set_data (G_OBJECT (row), "list-item", NULL);
}

static void
popup_menu_at (GlossSidebar *self,
               GtkWidget    *widget,
               double        x,
               double        y)
{
  graphene_point_t point;
  GdkRectangle rect;

  if (!gtk_widget_compute_point (widget, GTK_WIDGET (self), &GRAPHENE_POINT_INIT (x, y), &point))
    return;
  rect.x = (int) point.x;
  rect.y = (int) point.y;
  rect.width = rect.height = 1;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &rect);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

static void
list_right_click_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     GlossSidebar    *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->list_view), x, y, GTK_PICK_DEFAULT);
  GtkListItem *item = NULL;

  while (picked != NULL && !GLOSS_IS_CLAIM_ROW (picked))
    picked = gtk_widget_get_parent (picked);
  if (picked != NULL)
    item = g_object_get_data (G_OBJECT (picked), "list-item");
  if (item == NULL)
    return;

  gtk_single_selection_set_selected (self->selection, gtk_list_item_get_position (item));
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  popup_menu_at (self, GTK_WIDGET (self->list_view), x, y);
}

static void
sidebar_menu_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GlossSidebar *self = GLOSS_SIDEBAR (widget);
  GlossClaim *claim = gloss_sidebar_get_selected_claim (self);
  GtkWidget *focus;
  graphene_rect_t bounds;

  if (claim == NULL)
    return;

  focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  while (focus != NULL && !GLOSS_IS_CLAIM_ROW (focus) && focus != GTK_WIDGET (self))
    focus = gtk_widget_get_first_child (focus) == NULL ? NULL : gtk_widget_get_first_child (focus);
  if (focus != NULL && GLOSS_IS_CLAIM_ROW (focus) &&
      gtk_widget_compute_bounds (focus, focus, &bounds))
    popup_menu_at (self, focus, bounds.size.width / 2, bounds.size.height / 2);
  else
    popup_menu_at (self, GTK_WIDGET (self->list_view), 40, 40);
}

static void
sidebar_edit_topics_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  GlossSidebar *self = GLOSS_SIDEBAR (widget);
  GlossClaim *claim = gloss_sidebar_get_selected_claim (self);

  if (claim != NULL)
    g_signal_emit (self, signals[EDIT_CLAIM], 0, claim, FALSE);
}

static void
sidebar_edit_note_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GlossSidebar *self = GLOSS_SIDEBAR (widget);
  GlossClaim *claim = gloss_sidebar_get_selected_claim (self);

  if (claim != NULL)
    g_signal_emit (self, signals[EDIT_CLAIM], 0, claim, TRUE);
}

static void
sidebar_copy_quote_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  GlossSidebar *self = GLOSS_SIDEBAR (widget);
  GlossClaim *claim = gloss_sidebar_get_selected_claim (self);

  if (claim != NULL)
    gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), gloss_claim_get_quote (claim));
}

static void
sidebar_delete_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  GlossSidebar *self = GLOSS_SIDEBAR (widget);
  GlossClaim *claim = gloss_sidebar_get_selected_claim (self);
  guint position = gtk_single_selection_get_selected (self->selection);
  guint n;

  if (claim == NULL)
    return;

  g_signal_emit (self, signals[DELETE_CLAIM], 0, claim);

  /* the next row takes the place, so Delete can be pressed again */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->gradual));
  if (gtk_single_selection_get_selected_item (self->selection) == NULL && n > 0)
    {
      self->selecting = TRUE;
      gtk_single_selection_set_selected (self->selection, MIN (position, n - 1));
      self->selecting = FALSE;
    }
}

GListModel *
gloss_sidebar_get_filtered_claims (GlossSidebar *self)
{
  g_return_val_if_fail (GLOSS_IS_SIDEBAR (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

gboolean
gloss_sidebar_get_list_complete (GlossSidebar *self)
{
  g_return_val_if_fail (GLOSS_IS_SIDEBAR (self), TRUE);

  return gloss_gradual_model_is_complete (self->gradual);
}

gboolean
gloss_sidebar_get_filter_active (GlossSidebar *self)
{
  g_return_val_if_fail (GLOSS_IS_SIDEBAR (self), FALSE);

  return !gloss_claim_query_is_empty (self->query);
}

GlossClaim *
gloss_sidebar_get_selected_claim (GlossSidebar *self)
{
  g_return_val_if_fail (GLOSS_IS_SIDEBAR (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

void
gloss_sidebar_select_claim (GlossSidebar *self,
                            GlossClaim   *claim)
{
  int source;
  guint position;

  g_return_if_fail (GLOSS_IS_SIDEBAR (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));

  if (self->project == NULL)
    return;
  source = gloss_project_get_claim_position (self->project, claim);
  if (source < 0 || !gloss_claim_filter_model_find (self->filter_model, (guint) source, &position))
    return;

  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->gradual)))
    gloss_gradual_model_show_all (self->gradual);
  self->selecting = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->selecting = FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

void
gloss_sidebar_focus_search (GlossSidebar *self)
{
  g_return_if_fail (GLOSS_IS_SIDEBAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Down in the search entry goes to the results (the first one, or the
 * one selected), not to the next widget, the topic chips */
static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GlossSidebar          *self)
{
  guint position;

  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0 ||
      g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0)
    return FALSE;

  position = gtk_single_selection_get_selected (self->selection);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      position = 0;
      gtk_single_selection_set_selected (self->selection, position);
    }
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));

  return TRUE;
}

void
gloss_sidebar_focus_list (GlossSidebar *self)
{
  g_return_if_fail (GLOSS_IS_SIDEBAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

void
gloss_sidebar_set_search_text (GlossSidebar *self,
                               const char   *text)
{
  g_return_if_fail (GLOSS_IS_SIDEBAR (self));

  /* one refilter, not one for the cleared entry and one for the new text,
   * and no wait for the entry's typing delay */
  g_signal_handlers_block_by_func (self->search_entry, search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  g_signal_handlers_unblock_by_func (self->search_entry, search_changed_cb, self);
  search_changed_cb (self->search_entry, self);
}

void
gloss_sidebar_set_topic_filter (GlossSidebar *self,
                                const char   *topic_id,
                                gboolean      active)
{
  GtkWidget *child;

  g_return_if_fail (GLOSS_IS_SIDEBAR (self));
  g_return_if_fail (topic_id != NULL);

  if (active == g_hash_table_contains (self->active_topics, topic_id))
    return;

  if (active)
    g_hash_table_add (self->active_topics, g_strdup (topic_id));
  else
    g_hash_table_remove (self->active_topics, topic_id);
  sync_query_topics (self);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->topic_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = child;

      if (g_strcmp0 (g_object_get_data (G_OBJECT (button), "topic-id"), topic_id) == 0)
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), active);
    }

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

void
gloss_sidebar_set_speaker_filter (GlossSidebar *self,
                                  const char   *speaker)
{
  guint n;

  g_return_if_fail (GLOSS_IS_SIDEBAR (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->speakers));
  for (guint i = 1; i < n && speaker != NULL; i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->speakers, i), speaker) == 0)
      {
        gtk_drop_down_set_selected (self->speaker_dropdown, i);
        return;
      }
  gtk_drop_down_set_selected (self->speaker_dropdown, 0);
}

void
gloss_sidebar_set_sort_order (GlossSidebar *self,
                              const char   *order)
{
  g_return_if_fail (GLOSS_IS_SIDEBAR (self));

  if (order == NULL ||
      (g_strcmp0 (order, "speaker") != 0 && g_strcmp0 (order, "topic") != 0 &&
       g_strcmp0 (order, "modified") != 0))
    order = "transcript";
  if (g_strcmp0 (order, self->sort_order) == 0)
    return;

  g_free (self->sort_order);
  self->sort_order = g_strdup (order);
  apply_sort (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_ORDER]);
}

const char *
gloss_sidebar_get_sort_order (GlossSidebar *self)
{
  g_return_val_if_fail (GLOSS_IS_SIDEBAR (self), NULL);

  return self->sort_order;
}

const char *
gloss_sidebar_get_count_text (GlossSidebar *self)
{
  g_return_val_if_fail (GLOSS_IS_SIDEBAR (self), NULL);

  return self->count_text;
}

static void
disconnect_project (GlossSidebar *self)
{
  if (self->project == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->project, self);
  g_signal_handlers_disconnect_by_data (gloss_project_get_topics (self->project), self);
  g_clear_object (&self->project);
}

void
gloss_sidebar_set_project (GlossSidebar *self,
                           GlossProject *project)
{
  g_return_if_fail (GLOSS_IS_SIDEBAR (self));
  g_return_if_fail (project == NULL || GLOSS_IS_PROJECT (project));

  if (project == self->project)
    return;

  disconnect_project (self);
  g_clear_handle_id (&self->fold_idle_id, g_source_remove);
  g_hash_table_remove_all (self->active_topics);
  g_clear_pointer (&self->speaker, g_free);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_clear_object (&self->query);
  self->query = gloss_claim_query_new ();
  self->last_selected = NULL;

  if (project != NULL)
    {
      self->project = g_object_ref (project);
      g_signal_connect (project, "changed", G_CALLBACK (project_changed_cb), self);
      g_signal_connect (project, "topic-changed", G_CALLBACK (topic_changed_cb), self);
      g_signal_connect (gloss_project_get_topics (project), "items-changed",
                        G_CALLBACK (topics_changed_cb), self);
    }

  if (project != NULL)
    {
      self->fold_next = 0;
      self->fold_idle_id = g_idle_add_full (G_PRIORITY_LOW, fold_idle_cb, self, NULL);
      if (self->prefill_idle_id == 0 && self->spare_rows->len < PREFILL_ROWS)
        self->prefill_idle_id = g_idle_add_full (G_PRIORITY_LOW, prefill_idle_cb, self, NULL);
    }

  rebuild_speakers (self);
  rebuild_topics (self);
  /* sorted before the claims come in: one sort, not two */
  gloss_claim_filter_model_set_model (self->filter_model, NULL);
  apply_sort (self);
  gloss_claim_filter_model_set_model (self->filter_model, G_LIST_MODEL (project));
  update_count (self);
}

static void
gloss_sidebar_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  GlossSidebar *self = GLOSS_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_SORT_ORDER:
      g_value_set_string (value, self->sort_order);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_sidebar_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  GlossSidebar *self = GLOSS_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_SORT_ORDER:
      gloss_sidebar_set_sort_order (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_sidebar_dispose (GObject *object)
{
  GlossSidebar *self = GLOSS_SIDEBAR (object);

  g_clear_handle_id (&self->counts_idle_id, g_source_remove);
  g_clear_handle_id (&self->fold_idle_id, g_source_remove);
  g_clear_handle_id (&self->prefill_idle_id, g_source_remove);
  stop_steps (self);
  disconnect_project (self);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  if (self->filter_model != NULL)
    gloss_claim_filter_model_set_model (self->filter_model, NULL);

  G_OBJECT_CLASS (gloss_sidebar_parent_class)->dispose (object);
}

static void
gloss_sidebar_finalize (GObject *object)
{
  GlossSidebar *self = GLOSS_SIDEBAR (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->gradual);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->active_topics, g_hash_table_unref);
  g_clear_pointer (&self->spare_rows, g_ptr_array_unref);
  g_clear_pointer (&self->speaker_ranks, g_hash_table_unref);
  g_free (self->sort_order);
  g_free (self->speaker);
  g_clear_object (&self->query);
  g_free (self->count_text);

  G_OBJECT_CLASS (gloss_sidebar_parent_class)->finalize (object);
}

static void
gloss_sidebar_class_init (GlossSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gloss_sidebar_dispose;
  object_class->finalize = gloss_sidebar_finalize;
  object_class->get_property = gloss_sidebar_get_property;
  object_class->set_property = gloss_sidebar_set_property;

  /* "transcript", "speaker", "topic" or "modified" (most recent first) */
  properties[PROP_SORT_ORDER] =
    g_param_spec_string ("sort-order", NULL, NULL, "transcript",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);


  signals[CLAIM_SELECTED] =
    g_signal_new ("claim-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSS_TYPE_CLAIM);
  signals[CLAIM_ACTIVATED] =
    g_signal_new ("claim-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSS_TYPE_CLAIM);
  signals[EDIT_CLAIM] =
    g_signal_new ("edit-claim", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, GLOSS_TYPE_CLAIM, G_TYPE_BOOLEAN);
  signals[DELETE_CLAIM] =
    g_signal_new ("delete-claim", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSS_TYPE_CLAIM);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glossapp/Gloss/ui/gloss-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, GlossSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, GlossSidebar, topic_box);
  gtk_widget_class_bind_template_child (widget_class, GlossSidebar, speaker_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GlossSidebar, speakers);
  gtk_widget_class_bind_template_child (widget_class, GlossSidebar, count_label);
  gtk_widget_class_bind_template_child (widget_class, GlossSidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, GlossSidebar, list_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, speaker_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);

  gtk_widget_class_install_action (widget_class, "sidebar.edit-topics", NULL, sidebar_edit_topics_action);
  gtk_widget_class_install_action (widget_class, "sidebar.edit-note", NULL, sidebar_edit_note_action);
  gtk_widget_class_install_action (widget_class, "sidebar.copy-quote", NULL, sidebar_copy_quote_action);
  gtk_widget_class_install_action (widget_class, "sidebar.delete", NULL, sidebar_delete_action);
  gtk_widget_class_install_action (widget_class, "sidebar.menu", NULL, sidebar_menu_action);
  gtk_widget_class_install_property_action (widget_class, "sidebar.sort", "sort-order");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "sidebar.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "sidebar.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "sidebar.menu", NULL);
}

static void
gloss_sidebar_init (GlossSidebar *self)
{
  GtkListItemFactory *factory;
  GtkGesture *click;
  g_autoptr(GMenu) menu = g_menu_new ();

  /* the sort menu reads it as the state of sidebar.sort */
  self->sort_order = g_strdup ("transcript");
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (GTK_WIDGET (self->topic_box), gloss_wrap_layout_new (2, 2));

  self->active_topics = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->query = gloss_claim_query_new ();
  self->spare_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->speaker_ranks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);

  /* the status filter (issue 15), beside the speaker filter */
  {
    g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
    GtkWidget *status_dropdown;

    gtk_string_list_append (statuses, _("All statuses"));
    for (guint i = 0; i <= GLOSS_CLAIM_STATUS_LAST; i++)
      gtk_string_list_append (statuses, gloss_claim_status_get_label (i));
    status_dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&statuses)), NULL);
    gtk_widget_set_tooltip_text (status_dropdown, _("Show the claims with this status"));
    gtk_widget_set_name (status_dropdown, "status-filter");
    g_signal_connect (status_dropdown, "notify::selected", G_CALLBACK (status_selected_cb), self);
    gtk_widget_insert_after (status_dropdown, gtk_widget_get_parent (GTK_WIDGET (self->speaker_dropdown)),
                             GTK_WIDGET (self->speaker_dropdown));
  }

  self->filter_model = gloss_claim_filter_model_new (GTK_FILTER (self->filter));
  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (filtered_items_changed_cb), self);
  self->gradual = gloss_gradual_model_new (G_LIST_MODEL (self->filter_model));
  g_signal_connect (self->gradual, "items-changed", G_CALLBACK (gradual_items_changed_cb), self);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->gradual)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb), self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (factory_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (factory_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (factory_unbind_cb), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (factory_teardown_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect (self->list_view, "map", G_CALLBACK (list_map_cb), self);
  g_signal_connect (self->list_view, "unmap", G_CALLBACK (list_unmap_cb), self);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (list_right_click_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));

  g_menu_append (menu, _("Edit _Topics…"), "sidebar.edit-topics");
  g_menu_append (menu, _("Edit _Note…"), "sidebar.edit-note");
  g_menu_append (menu, _("_Copy Quote"), "sidebar.copy-quote");
  g_menu_append (menu, _("_Delete"), "sidebar.delete");
  self->context_menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));

  gtk_search_entry_set_key_capture_widget (self->search_entry, NULL);
  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    gtk_event_controller_set_name (keys, "gloss-search-keys");
    g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  }
  update_count (self);
}

GtkWidget *
gloss_sidebar_new (void)
{
  return g_object_new (GLOSS_TYPE_SIDEBAR, NULL);
}
