#include "config.h"

#include <adwaita.h>

#include "gloss-parallel-view-private.h"

/* The parallel view: the two texts and their panes, the project, showing
 * and revealing offsets. Lining the pairs up (padding, scrolling together,
 * the marked pair) is in gloss-parallel-view-pairs.c. */

G_DEFINE_FINAL_TYPE (GlossParallelView, gloss_parallel_view, GTK_TYPE_WIDGET)

static Side *
side_of (GlossParallelView *self,
         GlossTextRole      role)
{
  return &self->sides[role == GLOSS_TEXT_ORIGINAL ? 1 : 0];
}

GtkTextBuffer *
_gloss_parallel_view_side_buffer (Side *side)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (side->view));
}

gboolean
gloss_parallel_view_get_showing_original (GlossParallelView *self)
{
  g_return_val_if_fail (GLOSS_IS_PARALLEL_VIEW (self), FALSE);

  return self->side_by_side && self->alignment != NULL &&
         gloss_transcript_view_has_text (self->sides[1].view);
}

static void
update_original_pane (GlossParallelView *self)
{
  gboolean show = gloss_parallel_view_get_showing_original (self);
  /* side by side asked for, and nothing to put beside: say where to get it */
  gboolean loading = self->side_by_side && self->project != NULL && self->loading;
  gboolean empty = self->side_by_side && self->project != NULL && !loading &&
                   !gloss_transcript_view_has_text (self->sides[1].view);

  gtk_widget_set_visible (self->original_pane, show || empty || loading);
  gtk_widget_set_visible (GTK_WIDGET (self->sides[1].scroller), !empty && !loading);
  gtk_widget_set_visible (self->original_empty, empty);
  gtk_widget_set_visible (self->original_loading, loading);
  gtk_spinner_set_spinning (self->original_spinner, loading);
  _gloss_parallel_view_queue_settle (self);
}

static void
alignment_changed_cb (GlossProject      *project,
                      GParamSpec        *pspec,
                      GlossParallelView *self)
{
  for (guint s = 0; s < N_SIDES; s++)
    _gloss_parallel_view_clear_paddings (&self->sides[s]);
  g_set_object (&self->alignment, gloss_project_get_alignment (project));
  _gloss_parallel_view_compute_regions (self);
  update_original_pane (self);
}

/* a view loaded another text: its tags and our paddings went with it */
static void
text_changed_cb (GlossTranscriptView *view,
                 GlossParallelView   *self)
{
  _gloss_parallel_view_clear_paddings (side_of (self, gloss_transcript_view_get_role (view)));
  _gloss_parallel_view_compute_regions (self);
  update_original_pane (self);
}

void
gloss_parallel_view_set_project (GlossParallelView *self,
                                 GlossProject      *project)
{
  g_return_if_fail (GLOSS_IS_PARALLEL_VIEW (self));
  g_return_if_fail (project == NULL || GLOSS_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  for (guint s = 0; s < N_SIDES; s++)
    _gloss_parallel_view_clear_paddings (&self->sides[s]);
  g_set_object (&self->project, project);
  g_clear_object (&self->alignment);
  if (project != NULL && gloss_project_get_alignment (project) != NULL)
    self->alignment = g_object_ref (gloss_project_get_alignment (project));

  for (guint s = 0; s < N_SIDES; s++)
    gloss_transcript_view_set_project (self->sides[s].view, project);
  if (project != NULL)
    g_signal_connect (project, "notify::alignment", G_CALLBACK (alignment_changed_cb), self);

  _gloss_parallel_view_compute_regions (self);
  update_original_pane (self);
}

GtkWidget *
gloss_parallel_view_get_original_pane (GlossParallelView *self)
{
  g_return_val_if_fail (GLOSS_IS_PARALLEL_VIEW (self), NULL);

  return self->original_pane;
}

GlossTranscriptView *
gloss_parallel_view_get_view (GlossParallelView *self,
                              GlossTextRole      role)
{
  g_return_val_if_fail (GLOSS_IS_PARALLEL_VIEW (self), NULL);

  return side_of (self, role)->view;
}

GtkScrolledWindow *
gloss_parallel_view_get_scroller (GlossParallelView *self,
                                  GlossTextRole      role)
{
  g_return_val_if_fail (GLOSS_IS_PARALLEL_VIEW (self), NULL);

  return side_of (self, role)->scroller;
}

void
gloss_parallel_view_set_loading (GlossParallelView *self,
                                 const char        *file_label)
{
  g_return_if_fail (GLOSS_IS_PARALLEL_VIEW (self));

  self->loading = file_label != NULL;
  adw_status_page_set_description (ADW_STATUS_PAGE (self->original_loading), file_label);
  update_original_pane (self);
}

gboolean
gloss_parallel_view_get_loading (GlossParallelView *self)
{
  g_return_val_if_fail (GLOSS_IS_PARALLEL_VIEW (self), FALSE);

  return self->loading;
}

void
gloss_parallel_view_set_side_by_side (GlossParallelView *self,
                                      gboolean           side_by_side)
{
  g_return_if_fail (GLOSS_IS_PARALLEL_VIEW (self));

  self->side_by_side = !!side_by_side;
  update_original_pane (self);
}

gboolean
gloss_parallel_view_get_side_by_side (GlossParallelView *self)
{
  g_return_val_if_fail (GLOSS_IS_PARALLEL_VIEW (self), FALSE);

  return self->side_by_side;
}

void
gloss_parallel_view_set_stacked (GlossParallelView *self,
                                 gboolean           stacked)
{
  g_return_if_fail (GLOSS_IS_PARALLEL_VIEW (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->box),
                                  stacked ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
  /* a line where the original ends and the translation begins */
  if (stacked)
    gtk_widget_add_css_class (self->original_pane, "stacked");
  else
    gtk_widget_remove_css_class (self->original_pane, "stacked");
  _gloss_parallel_view_queue_settle (self);
}

int
gloss_parallel_view_pair_at (GlossParallelView *self,
                             GlossTextRole      role,
                             guint              offset)
{
  g_return_val_if_fail (GLOSS_IS_PARALLEL_VIEW (self), -1);

  return _gloss_parallel_view_side_pair_at (side_of (self, role), offset);
}

void
gloss_parallel_view_show_offset (GlossParallelView *self,
                                 GlossTextRole      role,
                                 guint              offset)
{
  Side *side;
  GtkTextIter iter;

  g_return_if_fail (GLOSS_IS_PARALLEL_VIEW (self));

  side = side_of (self, role);
  gtk_text_buffer_get_iter_at_offset (_gloss_parallel_view_side_buffer (side), &iter, (int) offset);
  gtk_text_buffer_place_cursor (_gloss_parallel_view_side_buffer (side), &iter);
  _gloss_parallel_view_forget_revealed (self);
  self->revealed = g_object_ref (gtk_text_buffer_create_mark (_gloss_parallel_view_side_buffer (side),
                                                              NULL, &iter, TRUE));
  self->revealed_side = side;
  _gloss_parallel_view_scroll_to_mark (side, self->revealed);
}

void
_gloss_parallel_view_forget_revealed (GlossParallelView *self)
{
  if (self->revealed == NULL)
    return;
  if (!gtk_text_mark_get_deleted (self->revealed))
    gtk_text_buffer_delete_mark (gtk_text_mark_get_buffer (self->revealed), self->revealed);
  g_clear_object (&self->revealed);
  self->revealed_side = NULL;
}

void
_gloss_parallel_view_scroll_to_mark (Side        *side,
                                     GtkTextMark *mark)
{
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (side->view), mark, 0.0, TRUE, 0.0, 0.3);
}

void
gloss_parallel_view_reveal (GlossParallelView *self,
                            GlossTextRole      role,
                            guint              offset)
{
  Side *side;
  GtkTextIter iter;
  GdkRectangle location, visible;

  g_return_if_fail (GLOSS_IS_PARALLEL_VIEW (self));

  side = side_of (self, role);
  gtk_text_buffer_get_iter_at_offset (_gloss_parallel_view_side_buffer (side), &iter, (int) offset);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (side->view), &iter, &location);
  gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (side->view), &visible);
  if (location.y >= visible.y && location.y + location.height <= visible.y + visible.height)
    return;

  /* the other side stays where it is */
  self->syncing = TRUE;
  gtk_adjustment_set_value (side->vadjustment, location.y - visible.height * 0.3);
  self->syncing = FALSE;
}

static void
gloss_parallel_view_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  GlossParallelView *self = GLOSS_PARALLEL_VIEW (widget);

  gtk_widget_allocate (GTK_WIDGET (self->box), width, height, baseline, NULL);
  /* wrapping changes with the width, and so the heights of the pairs */
  _gloss_parallel_view_queue_settle (self);
}

static void
gloss_parallel_view_dispose (GObject *object)
{
  GlossParallelView *self = GLOSS_PARALLEL_VIEW (object);

  g_clear_handle_id (&self->settle_id, g_source_remove);
  _gloss_parallel_view_forget_revealed (self);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_object (&self->project);
  g_clear_object (&self->alignment);
  for (guint s = 0; s < N_SIDES; s++)
    {
      Side *side = &self->sides[s];

      g_clear_signal_handler (&side->value_handler, side->vadjustment);
      if (side->view != NULL)
        {
          g_clear_signal_handler (&side->mark_handler, _gloss_parallel_view_side_buffer (side));
          g_signal_handlers_disconnect_by_data (side->view, self);
        }
      g_clear_pointer (&side->starts, g_array_unref);
      g_clear_pointer (&side->paddings, g_hash_table_unref);
      g_clear_pointer (&side->padding_tags, g_hash_table_unref);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), GLOSS_TYPE_PARALLEL_VIEW);

  G_OBJECT_CLASS (gloss_parallel_view_parent_class)->dispose (object);
}

static void
gloss_parallel_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  gtk_widget_measure (GTK_WIDGET (GLOSS_PARALLEL_VIEW (widget)->box), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
gloss_parallel_view_class_init (GlossParallelViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gloss_parallel_view_dispose;
  widget_class->size_allocate = gloss_parallel_view_size_allocate;
  widget_class->measure = gloss_parallel_view_measure;

  g_type_ensure (GLOSS_TYPE_TRANSCRIPT_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glossapp/Gloss/ui/gloss-parallel-view.ui");
  gtk_widget_class_bind_template_child (widget_class, GlossParallelView, box);
  gtk_widget_class_bind_template_child (widget_class, GlossParallelView, original_pane);
  gtk_widget_class_bind_template_child (widget_class, GlossParallelView, original_empty);
  gtk_widget_class_bind_template_child (widget_class, GlossParallelView, original_loading);
  gtk_widget_class_bind_template_child (widget_class, GlossParallelView, original_spinner);
  gtk_widget_class_bind_template_child_full (widget_class, "transcript_view", FALSE,
                                             G_STRUCT_OFFSET (GlossParallelView, sides[0].view));
  gtk_widget_class_bind_template_child_full (widget_class, "transcript_scroller", FALSE,
                                             G_STRUCT_OFFSET (GlossParallelView, sides[0].scroller));
  gtk_widget_class_bind_template_child_full (widget_class, "original_view", FALSE,
                                             G_STRUCT_OFFSET (GlossParallelView, sides[1].view));
  gtk_widget_class_bind_template_child_full (widget_class, "original_scroller", FALSE,
                                             G_STRUCT_OFFSET (GlossParallelView, sides[1].scroller));
}

static void
gloss_parallel_view_init (GlossParallelView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->side_by_side = TRUE;
  self->padded_frame = -1;

  gloss_transcript_view_set_role (self->sides[1].view, GLOSS_TEXT_ORIGINAL);
  for (guint s = 0; s < N_SIDES; s++)
    {
      Side *side = &self->sides[s];

      side->starts = g_array_new (FALSE, FALSE, sizeof (guint));
      side->paddings = g_hash_table_new (NULL, NULL);
      side->padding_tags = g_hash_table_new (NULL, NULL);
      side->vadjustment = gtk_scrolled_window_get_vadjustment (side->scroller);
      _gloss_parallel_view_connect_side (self, side);
      g_signal_connect (side->view, "text-changed", G_CALLBACK (text_changed_cb), self);
    }
}

GtkWidget *
gloss_parallel_view_new (void)
{
  return g_object_new (GLOSS_TYPE_PARALLEL_VIEW, NULL);
}
