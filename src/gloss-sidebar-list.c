#include "config.h"

#include <glib/gi18n.h>

#include "gloss-claim-row.h"
#include "gloss-sidebar-private.h"

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
    g_signal_emit_by_name (self, "claim-selected", claim);
}

static void
list_activate_cb (GtkListView  *list,
                  guint         position,
                  GlossSidebar *self)
{
  g_autoptr(GlossClaim) claim = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);

  if (claim != NULL)
    g_signal_emit_by_name (self, "claim-activated", claim);
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

  /* connected before the selection model: the list view binds its rows
   * for the new items after this */
  self->items_changed = TRUE;
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

static void layout_cb    (GdkFrameClock *clock,
                          GlossSidebar  *self);
static void stop_layouts (GlossSidebar  *self);

static void
list_map_cb (GtkWidget    *list,
             GlossSidebar *self)
{
  gloss_gradual_model_set_chunk (self->gradual, LIST_CHUNK);
  stop_layouts (self);
  self->layout_clock = gtk_widget_get_frame_clock (list);
  if (self->layout_clock != NULL)
    self->layout_handler = g_signal_connect (self->layout_clock, "layout", G_CALLBACK (layout_cb), self);
}

static void
list_unmap_cb (GtkWidget    *list,
               GlossSidebar *self)
{
  stop_steps (self);
  stop_layouts (self);
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

/* GTK 4.8's list view keeps 200 rows bound around its anchor; a jump of
 * the scrollbar rebinds them all, and building the text of 200 rows (Pango
 * shaping their wrapped labels, most of it) took 100 ms a frame at 50,000
 * claims. A row moved to another claim by scrolling keeps its text until
 * it comes into view: after each layout, the rows inside the list's
 * visible area are brought up to date, and the frame clock lays out again
 * before it paints, so no row is ever seen with another claim's text.
 * After a change of the items (a filter, a sort, an edit) the list adds
 * its rows a few at a time anyway (GlossGradualModel), and they are built
 * at once: a second layout would cost more there than it saves. */
static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 GlossSidebar             *self)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  GlossClaim *claim = gtk_list_item_get_item (item);

  g_object_set_data (G_OBJECT (row), "list-item", item);
  if (!self->items_changed && self->layout_clock != NULL &&
      gloss_claim_row_get_claim (GLOSS_CLAIM_ROW (row)) != NULL &&
      gloss_claim_row_get_claim (GLOSS_CLAIM_ROW (row)) != claim)
    {
      g_hash_table_insert (self->pending_rows, row, g_object_ref (claim));
      return;
    }

  g_hash_table_remove (self->pending_rows, row);
  gloss_claim_row_set_claim (GLOSS_CLAIM_ROW (row), self->project, claim);
  gloss_claim_row_set_query (GLOSS_CLAIM_ROW (row), self->query);
}

static void
factory_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   GlossSidebar             *self)
{
  GtkWidget *row = gtk_list_item_get_child (item);

  /* the text stays until the next claim's is needed */
  g_hash_table_remove (self->pending_rows, row);
  g_object_set_data (G_OBJECT (row), "list-item", NULL);
}

/* brings the rows in view up to date; TRUE when one changed */
static gboolean
show_pending_rows (GlossSidebar *self)
{
  gboolean changed = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       child != NULL && g_hash_table_size (self->pending_rows) > 0;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);
      GlossClaim *claim = row != NULL ? g_hash_table_lookup (self->pending_rows, row) : NULL;

      /* the list view hides the rows outside its visible area (and does
       * not move them) */
      if (claim == NULL || !gtk_widget_get_child_visible (child))
        continue;
      gloss_claim_row_set_claim (GLOSS_CLAIM_ROW (row), self->project, claim);
      gloss_claim_row_set_query (GLOSS_CLAIM_ROW (row), self->query);
      g_hash_table_remove (self->pending_rows, row);
      changed = TRUE;
    }

  return changed;
}

static gboolean
relayout_idle_cb (gpointer data)
{
  GlossSidebar *self = data;

  self->relayout_idle_id = 0;
  gtk_widget_queue_allocate (GTK_WIDGET (self->list_view));

  return G_SOURCE_REMOVE;
}

static void
layout_cb (GdkFrameClock *clock,
           GlossSidebar  *self)
{
  gint64 frame = gdk_frame_clock_get_frame_counter (clock);

  /* the rows of this frame are bound: GTK lays the window out first */
  self->items_changed = FALSE;
  if (g_hash_table_size (self->pending_rows) == 0)
    return;
  if (frame != self->layout_frame)
    {
      self->layout_frame = frame;
      self->layout_passes = 0;
    }
  /* the frame clock lays out at most four times a frame (and warns when
   * asked for more): rows that a second update brings into view wait for
   * the next frame */
  if (self->layout_passes >= 2)
    {
      if (self->relayout_idle_id == 0)
        self->relayout_idle_id = g_idle_add (relayout_idle_cb, self);
      return;
    }
  if (show_pending_rows (self))
    self->layout_passes++;
}

static void
stop_layouts (GlossSidebar *self)
{
  if (self->layout_clock != NULL)
    g_signal_handler_disconnect (self->layout_clock, self->layout_handler);
  self->layout_clock = NULL;
  self->layout_handler = 0;
  g_clear_handle_id (&self->relayout_idle_id, g_source_remove);
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
    g_signal_emit_by_name (self, "edit-claim", claim, FALSE);
}

static void
sidebar_edit_note_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GlossSidebar *self = GLOSS_SIDEBAR (widget);
  GlossClaim *claim = gloss_sidebar_get_selected_claim (self);

  if (claim != NULL)
    g_signal_emit_by_name (self, "edit-claim", claim, TRUE);
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

  g_signal_emit_by_name (self, "delete-claim", claim);

  /* the next row takes the place, so Delete can be pressed again */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->gradual));
  if (gtk_single_selection_get_selected_item (self->selection) == NULL && n > 0)
    {
      self->selecting = TRUE;
      gtk_single_selection_set_selected (self->selection, MIN (position, n - 1));
      self->selecting = FALSE;
    }
}

gboolean
gloss_sidebar_get_list_complete (GlossSidebar *self)
{
  g_return_val_if_fail (GLOSS_IS_SIDEBAR (self), TRUE);

  return gloss_gradual_model_is_complete (self->gradual);
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
gloss_sidebar_focus_list (GlossSidebar *self)
{
  g_return_if_fail (GLOSS_IS_SIDEBAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

void
_gloss_sidebar_list_refresh_rows (GlossSidebar *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);
      GtkListItem *item = row != NULL && GLOSS_IS_CLAIM_ROW (row) ? g_object_get_data (G_OBJECT (row), "list-item") : NULL;
      GlossClaim *claim = item != NULL ? gtk_list_item_get_item (item) : NULL;

      if (claim == NULL)
        continue;
      /* those out of view when they come into it */
      if (self->layout_clock != NULL && !gtk_widget_get_child_visible (child))
        {
          g_hash_table_insert (self->pending_rows, row, g_object_ref (claim));
          continue;
        }
      g_hash_table_remove (self->pending_rows, row);
      gloss_claim_row_set_claim (GLOSS_CLAIM_ROW (row), self->project, claim);
      gloss_claim_row_set_query (GLOSS_CLAIM_ROW (row), self->query);
    }
}

void
_gloss_sidebar_list_prefill (GlossSidebar *self)
{
  if (self->prefill_idle_id == 0 && self->spare_rows->len < PREFILL_ROWS)
    self->prefill_idle_id = g_idle_add_full (G_PRIORITY_LOW, prefill_idle_cb, self, NULL);
}

void
_gloss_sidebar_list_dispose (GlossSidebar *self)
{
  g_clear_handle_id (&self->prefill_idle_id, g_source_remove);
  stop_steps (self);
  stop_layouts (self);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
}

void
_gloss_sidebar_list_finalize (GlossSidebar *self)
{
  g_clear_pointer (&self->pending_rows, g_hash_table_unref);
  g_clear_pointer (&self->spare_rows, g_ptr_array_unref);
}

void
_gloss_sidebar_list_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);

  gtk_widget_class_install_action (widget_class, "sidebar.edit-topics", NULL, sidebar_edit_topics_action);
  gtk_widget_class_install_action (widget_class, "sidebar.edit-note", NULL, sidebar_edit_note_action);
  gtk_widget_class_install_action (widget_class, "sidebar.copy-quote", NULL, sidebar_copy_quote_action);
  gtk_widget_class_install_action (widget_class, "sidebar.delete", NULL, sidebar_delete_action);
  gtk_widget_class_install_action (widget_class, "sidebar.menu", NULL, sidebar_menu_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "sidebar.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "sidebar.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "sidebar.menu", NULL);
}

void
_gloss_sidebar_list_init (GlossSidebar *self)
{
  GtkListItemFactory *factory;
  GtkGesture *click;
  g_autoptr(GMenu) menu = g_menu_new ();

  self->spare_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->pending_rows = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
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
}
