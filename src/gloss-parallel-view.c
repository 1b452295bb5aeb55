#include "config.h"

#include <adwaita.h>

#include "gloss-parallel-view.h"

#define N_SIDES 2
/* pairs padded below the screen, so that scrolling finds them ready */
#define LOOKAHEAD_PX 1200

typedef struct
{
  GlossTranscriptView *view;
  GtkScrolledWindow *scroller;
  GtkAdjustment *vadjustment;
  /* start offset of each pair's region, and the text's length at the end:
   * a region runs from the end of the pair before to the end of its own
   * last turn, so the label lines before a turn go with it */
  GArray *starts;
  /* the padding applied: offset of a line's last character -> pixels */
  GHashTable *paddings;
  /* tags by pixel count, shared by every line with that padding */
  GHashTable *padding_tags;
  GtkTextTag *pair_tag;
  gulong value_handler;
  gulong mark_handler;
} Side;

struct _GlossParallelView
{
  GtkWidget parent_instance;

  GlossProject *project;
  GlossAlignment *alignment;
  Side sides[N_SIDES];

  GtkBox *box;
  GtkWidget *original_pane;
  GtkWidget *original_empty;
  GtkWidget *original_loading;
  GtkSpinner *original_spinner;
  gboolean loading;

  gboolean side_by_side;
  gboolean syncing;
  guint settle_id;
  /* the frame in which padding last changed: the text view lays lines out
   * again lazily, and until it has, their heights are the old ones */
  gint64 padded_frame;
};

G_DEFINE_FINAL_TYPE (GlossParallelView, gloss_parallel_view, GTK_TYPE_WIDGET)

static Side *
side_of (GlossParallelView *self,
         GlossTextRole      role)
{
  return &self->sides[role == GLOSS_TEXT_ORIGINAL ? 1 : 0];
}

static Side *
other_side (GlossParallelView *self,
            Side              *side)
{
  return side == &self->sides[0] ? &self->sides[1] : &self->sides[0];
}

static GlossTextRole
role_of (GlossParallelView *self,
         Side              *side)
{
  return side == &self->sides[1] ? GLOSS_TEXT_ORIGINAL : GLOSS_TEXT_TRANSCRIPT;
}

static GtkTextBuffer *
buffer_of (Side *side)
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
clear_paddings (Side *side)
{
  GtkTextBuffer *buffer = buffer_of (side);
  GHashTableIter iter;
  GtkTextTag *tag;

  g_hash_table_iter_init (&iter, side->padding_tags);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &tag))
    gtk_text_tag_table_remove (gtk_text_buffer_get_tag_table (buffer), tag);
  g_hash_table_remove_all (side->padding_tags);
  g_hash_table_remove_all (side->paddings);
  if (side->pair_tag != NULL)
    gtk_text_tag_table_remove (gtk_text_buffer_get_tag_table (buffer), side->pair_tag);
  side->pair_tag = NULL;
}

/* the regions of the pairs on each side, from the alignment */
static void
compute_regions (GlossParallelView *self)
{
  for (guint s = 0; s < N_SIDES; s++)
    {
      Side *side = &self->sides[s];
      GlossTranscript *text = self->project ? gloss_project_get_text (self->project, role_of (self, side)) : NULL;
      guint n = self->alignment ? gloss_alignment_get_n_turn_pairs (self->alignment) : 0;
      guint start = 0;

      g_array_set_size (side->starts, 0);
      if (text == NULL)
        continue;

      for (guint i = 0; i < n; i++)
        {
          const GlossTurnPair *pair = gloss_alignment_get_turn_pair (self->alignment, i);
          const guint *turns = s == 0 ? pair->transcript : pair->original;
          guint n_turns = s == 0 ? pair->n_transcript : pair->n_original;

          g_array_append_val (side->starts, start);
          if (n_turns > 0 && turns[n_turns - 1] < gloss_transcript_get_n_turns (text))
            start = MAX (start, gloss_transcript_get_turn (text, turns[n_turns - 1])->end);
        }
      start = gloss_transcript_get_length (text);
      g_array_append_val (side->starts, start);
    }
}

static guint
region_start (Side  *side,
              guint  pair)
{
  return g_array_index (side->starts, guint, MIN (pair, side->starts->len - 1));
}

/* the pair whose region holds @offset (binary search over the starts) */
static int
pair_at (Side  *side,
         guint  offset)
{
  guint lo = 0, hi;

  if (side->starts->len < 2)
    return -1;

  hi = side->starts->len - 1;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (side->starts, guint, mid) <= offset)
        lo = mid;
      else
        hi = mid;
    }

  /* an empty region holds nothing: the last of equal starts takes it */
  return (int) lo;
}

/* the y where the line holding @offset's region boundary starts */
static int
boundary_y (Side  *side,
            guint  offset)
{
  GtkTextIter iter;
  int y, height;

  gtk_text_buffer_get_iter_at_offset (buffer_of (side), &iter, (int) offset);
  if (!gtk_text_iter_starts_line (&iter))
    gtk_text_iter_forward_line (&iter);
  gtk_text_view_get_line_yrange (GTK_TEXT_VIEW (side->view), &iter, &y, &height);
  if (gtk_text_iter_is_end (&iter) && !gtk_text_iter_starts_line (&iter))
    y += height;

  return y;
}

/* the start of the line before the one a region starts on: padding below
 * a paragraph is read from its first character; -1 at the start of the text */
static int
padding_offset (Side  *side,
                guint  offset)
{
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (buffer_of (side), &iter, (int) offset);
  if (!gtk_text_iter_starts_line (&iter) && !gtk_text_iter_forward_line (&iter))
    {
      /* the region ends the text, on the last line */
      gtk_text_iter_set_line_offset (&iter, 0);
      return gtk_text_iter_get_offset (&iter);
    }
  if (!gtk_text_iter_backward_line (&iter))
    return -1;

  return gtk_text_iter_get_offset (&iter);
}

/* padding applied below the lines starting in (from, to] */
static int
padding_between (Side *side,
                 int   from,
                 int   to)
{
  GHashTableIter iter;
  gpointer key, value;
  int sum = 0;

  g_hash_table_iter_init (&iter, side->paddings);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      int at = GPOINTER_TO_INT (key) - 1;

      if (at > from && at <= to)
        sum += GPOINTER_TO_INT (value);
    }

  return sum;
}

static GtkTextTag *
padding_tag (Side *side,
             int   pixels)
{
  GtkTextTag *tag = g_hash_table_lookup (side->padding_tags, GINT_TO_POINTER (pixels));

  if (tag == NULL)
    {
      tag = gtk_text_buffer_create_tag (buffer_of (side), NULL, "pixels-below-lines", pixels, NULL);
      g_hash_table_insert (side->padding_tags, GINT_TO_POINTER (pixels), tag);
    }

  return tag;
}

/* sets the padding below the line ending at @offset; TRUE if it changed */
static gboolean
set_padding (Side *side,
             int   offset,
             int   pixels)
{
  /* keys are offset + 1 so that offset 0 is not NULL */
  gpointer key = GINT_TO_POINTER (offset + 1);
  int old = GPOINTER_TO_INT (g_hash_table_lookup (side->paddings, key));
  GtkTextBuffer *buffer = buffer_of (side);
  GtkTextIter s, e;

  if (old == pixels)
    return FALSE;

  gtk_text_buffer_get_iter_at_offset (buffer, &s, offset);
  e = s;
  gtk_text_iter_forward_char (&e);
  if (old > 0)
    gtk_text_buffer_remove_tag (buffer, padding_tag (side, old), &s, &e);
  if (pixels > 0)
    {
      gtk_text_buffer_apply_tag (buffer, padding_tag (side, pixels), &s, &e);
      g_hash_table_insert (side->paddings, key, GINT_TO_POINTER (pixels));
    }
  else
    g_hash_table_remove (side->paddings, key);

  return TRUE;
}

/* Pads the pairs from the one at the top of the transcript to some way
 * below the screen, so that each pair is as high on both sides. Heights
 * are measured without our own padding, so running it twice changes
 * nothing. Returns TRUE when nothing changed (and FALSE before the
 * transcript is laid out). */
static gboolean
settle (GlossParallelView *self)
{
  Side *t = &self->sides[0];
  Side *o = &self->sides[1];
  GdkRectangle visible;
  GtkTextIter top;
  gboolean changed = FALSE;
  int first;
  guint n;

  if (!gloss_parallel_view_get_showing_original (self) || t->starts->len < 2 || o->starts->len < 2)
    return TRUE;

  n = t->starts->len - 1;
  {
    GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

    if (clock == NULL || gdk_frame_clock_get_frame_counter (clock) <= self->padded_frame)
      return FALSE;
  }

  /* not laid out yet (just shown): nothing to measure */
  gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (o->view), &visible);
  if (visible.height <= 0 || visible.width <= 0)
    return FALSE;
  gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (t->view), &visible);
  if (visible.height <= 0 || visible.width <= 0)
    return FALSE;
  gtk_text_view_get_line_at_y (GTK_TEXT_VIEW (t->view), &top, visible.y, NULL);
  first = pair_at (t, gtk_text_iter_get_offset (&top));
  if (first < 0)
    return TRUE;

  {
    GHashTable *wanted[N_SIDES] = { g_hash_table_new (NULL, NULL), g_hash_table_new (NULL, NULL) };
    int limit = visible.y + visible.height + LOOKAHEAD_PX;

    for (guint i = (guint) first; i < n; i++)
      {
        int natural[N_SIDES];
        int height;

        for (guint s = 0; s < N_SIDES; s++)
          {
            Side *side = &self->sides[s];
            guint a = region_start (side, i), b = region_start (side, i + 1);
            int ya = boundary_y (side, a), yb = boundary_y (side, b);

            natural[s] = yb - ya - padding_between (side, padding_offset (side, a), padding_offset (side, b));
          }
        height = MAX (natural[0], natural[1]);
            
        for (guint s = 0; s < N_SIDES; s++)
          {
            Side *side = &self->sides[s];
            int at = padding_offset (side, region_start (side, i + 1));
            gpointer key = GINT_TO_POINTER (at);

            /* an empty region's padding adds to the line before it */
            if (at >= 0)
              g_hash_table_insert (wanted[s], key,
                                   GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (wanted[s], key)) +
                                                    height - natural[s]));
          }

        if (boundary_y (t, region_start (t, i + 1)) > limit)
          break;
      }

    for (guint s = 0; s < N_SIDES; s++)
      {
        GHashTableIter iter;
        gpointer key, value;

        g_hash_table_iter_init (&iter, wanted[s]);
        while (g_hash_table_iter_next (&iter, &key, &value))
          changed |= set_padding (&self->sides[s], GPOINTER_TO_INT (key), GPOINTER_TO_INT (value));
        g_hash_table_unref (wanted[s]);
      }
  }

  if (changed)
    self->padded_frame = gdk_frame_clock_get_frame_counter (gtk_widget_get_frame_clock (GTK_WIDGET (self)));

  return !changed;
}

static gboolean
settle_idle_cb (gpointer data)
{
  GlossParallelView *self = data;

  self->settle_id = 0;
  settle (self);

  return G_SOURCE_REMOVE;
}

static void
queue_settle (GlossParallelView *self)
{
  /* after GTK has laid out the lines on screen */
  if (self->settle_id == 0)
    self->settle_id = g_timeout_add_full (G_PRIORITY_LOW, 60, settle_idle_cb, self, NULL);
}

gboolean
gloss_parallel_view_settle (GlossParallelView *self)
{
  g_return_val_if_fail (GLOSS_IS_PARALLEL_VIEW (self), TRUE);

  g_clear_handle_id (&self->settle_id, g_source_remove);

  return settle (self);
}

/* the other side follows: the same pair at the top, as far into it */
static void
value_changed_cb (GtkAdjustment     *adjustment,
                  GlossParallelView *self)
{
  Side *from = adjustment == self->sides[0].vadjustment ? &self->sides[0] : &self->sides[1];
  Side *to = other_side (self, from);
  GtkTextIter top;
  double y = gtk_adjustment_get_value (adjustment);
  int pair, from_y, to_y;

  queue_settle (self);
  if (self->syncing || !gloss_parallel_view_get_showing_original (self))
    return;

  gtk_text_view_get_line_at_y (GTK_TEXT_VIEW (from->view), &top, (int) y, NULL);
  pair = pair_at (from, gtk_text_iter_get_offset (&top));
  if (pair < 0)
    return;

  from_y = boundary_y (from, region_start (from, (guint) pair));
  to_y = boundary_y (to, region_start (to, (guint) pair));
  self->syncing = TRUE;
  gtk_adjustment_set_value (to->vadjustment, to_y + (y - from_y));
  self->syncing = FALSE;
}

static void
mark_pair (GlossParallelView *self,
           Side              *side,
           guint              offset)
{
  GlossAlignment *alignment = self->alignment;
  guint span[N_SIDES][2] = { { 0, 0 }, { 0, 0 } };
  gboolean found = FALSE;
  int s = side == &self->sides[1];

  if (alignment == NULL)
    return;

  /* a paragraph pair when the alignment has them, else the turn pair */
  for (guint i = 0; i < gloss_alignment_get_n_paragraph_pairs (alignment) && !found; i++)
    {
      const GlossParagraphPair *pair = gloss_alignment_get_paragraph_pair (alignment, i);
      guint start = s ? pair->original_start : pair->transcript_start;
      guint end = s ? pair->original_end : pair->transcript_end;

      if (start <= offset && offset < end)
        {
          span[0][0] = pair->transcript_start;
          span[0][1] = pair->transcript_end;
          span[1][0] = pair->original_start;
          span[1][1] = pair->original_end;
          found = TRUE;
        }
    }
  if (!found)
    {
      int pair = pair_at (side, offset);

      if (pair < 0)
        return;
      for (guint k = 0; k < N_SIDES; k++)
        {
          span[k][0] = region_start (&self->sides[k], (guint) pair);
          span[k][1] = region_start (&self->sides[k], (guint) pair + 1);
        }
    }

  for (guint k = 0; k < N_SIDES; k++)
    {
      Side *each = &self->sides[k];
      GtkTextBuffer *buffer = buffer_of (each);
      GtkTextIter a, b;

      if (each->pair_tag == NULL)
        {
          GdkRGBA tint = { 0.21, 0.52, 0.89, 0.08 };

          each->pair_tag = gtk_text_buffer_create_tag (buffer, NULL, "paragraph-background-rgba", &tint, NULL);
        }
      gtk_text_buffer_get_bounds (buffer, &a, &b);
      gtk_text_buffer_remove_tag (buffer, each->pair_tag, &a, &b);
      gtk_text_buffer_get_iter_at_offset (buffer, &a, (int) span[k][0]);
      gtk_text_buffer_get_iter_at_offset (buffer, &b, (int) span[k][1]);
      gtk_text_buffer_apply_tag (buffer, each->pair_tag, &a, &b);
      g_object_set_data (G_OBJECT (each->pair_tag), "start", GUINT_TO_POINTER (span[k][0]));
      g_object_set_data (G_OBJECT (each->pair_tag), "end", GUINT_TO_POINTER (span[k][1]));
    }
}

static void
mark_set_cb (GtkTextBuffer     *buffer,
             GtkTextIter       *location,
             GtkTextMark       *mark,
             GlossParallelView *self)
{
  Side *side = buffer == buffer_of (&self->sides[0]) ? &self->sides[0] : &self->sides[1];

  if (mark != gtk_text_buffer_get_insert (buffer) || !gloss_parallel_view_get_showing_original (self))
    return;

  mark_pair (self, side, gtk_text_iter_get_offset (location));
}

gboolean
gloss_parallel_view_get_marked_pair (GlossParallelView *self,
                                     guint             *transcript_start,
                                     guint             *transcript_end,
                                     guint             *original_start,
                                     guint             *original_end)
{
  GtkTextTag *t, *o;

  g_return_val_if_fail (GLOSS_IS_PARALLEL_VIEW (self), FALSE);

  t = self->sides[0].pair_tag;
  o = self->sides[1].pair_tag;
  if (t == NULL || o == NULL)
    return FALSE;

  *transcript_start = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (t), "start"));
  *transcript_end = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (t), "end"));
  *original_start = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (o), "start"));
  *original_end = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (o), "end"));

  return TRUE;
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
  queue_settle (self);
}

static void
alignment_changed_cb (GlossProject      *project,
                      GParamSpec        *pspec,
                      GlossParallelView *self)
{
  for (guint s = 0; s < N_SIDES; s++)
    clear_paddings (&self->sides[s]);
  g_set_object (&self->alignment, gloss_project_get_alignment (project));
  compute_regions (self);
  update_original_pane (self);
}

/* a view loaded another text: its tags and our paddings went with it */
static void
text_changed_cb (GlossTranscriptView *view,
                 GlossParallelView   *self)
{
  clear_paddings (side_of (self, gloss_transcript_view_get_role (view)));
  compute_regions (self);
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
    clear_paddings (&self->sides[s]);
  g_set_object (&self->project, project);
  g_clear_object (&self->alignment);
  if (project != NULL && gloss_project_get_alignment (project) != NULL)
    self->alignment = g_object_ref (gloss_project_get_alignment (project));

  for (guint s = 0; s < N_SIDES; s++)
    gloss_transcript_view_set_project (self->sides[s].view, project);
  if (project != NULL)
    g_signal_connect (project, "notify::alignment", G_CALLBACK (alignment_changed_cb), self);

  compute_regions (self);
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
  queue_settle (self);
}

int
gloss_parallel_view_pair_at (GlossParallelView *self,
                             GlossTextRole      role,
                             guint              offset)
{
  g_return_val_if_fail (GLOSS_IS_PARALLEL_VIEW (self), -1);

  return pair_at (side_of (self, role), offset);
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
  gtk_text_buffer_get_iter_at_offset (buffer_of (side), &iter, (int) offset);
  gtk_text_buffer_place_cursor (buffer_of (side), &iter);
  gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (side->view), &iter, 0.0, TRUE, 0.0, 0.3);
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
  gtk_text_buffer_get_iter_at_offset (buffer_of (side), &iter, (int) offset);
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
  queue_settle (self);
}

static void
gloss_parallel_view_dispose (GObject *object)
{
  GlossParallelView *self = GLOSS_PARALLEL_VIEW (object);

  g_clear_handle_id (&self->settle_id, g_source_remove);
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
          g_clear_signal_handler (&side->mark_handler, buffer_of (side));
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
      side->value_handler = g_signal_connect (side->vadjustment, "value-changed",
                                              G_CALLBACK (value_changed_cb), self);
      side->mark_handler = g_signal_connect (buffer_of (side), "mark-set", G_CALLBACK (mark_set_cb), self);
      g_signal_connect (side->view, "text-changed", G_CALLBACK (text_changed_cb), self);
    }
}

GtkWidget *
gloss_parallel_view_new (void)
{
  return g_object_new (GLOSS_TYPE_PARALLEL_VIEW, NULL);
}
