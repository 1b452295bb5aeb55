#include "config.h"

#include "gloss-parallel-view-private.h"

/* The pairs of the alignment, lined up: each pair's region on both sides,
 * the padding below lines that makes a pair as high on both, the other
 * side scrolling along, and the pair the cursor is in marked on both. */

/* pairs padded below the screen, so that scrolling finds them ready */
#define LOOKAHEAD_PX 1200

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

void
_gloss_parallel_view_clear_paddings (Side *side)
{
  GtkTextBuffer *buffer = _gloss_parallel_view_side_buffer (side);
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
void
_gloss_parallel_view_compute_regions (GlossParallelView *self)
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
int
_gloss_parallel_view_side_pair_at (Side  *side,
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

  gtk_text_buffer_get_iter_at_offset (_gloss_parallel_view_side_buffer (side), &iter, (int) offset);
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

  gtk_text_buffer_get_iter_at_offset (_gloss_parallel_view_side_buffer (side), &iter, (int) offset);
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
      tag = gtk_text_buffer_create_tag (_gloss_parallel_view_side_buffer (side), NULL, "pixels-below-lines", pixels, NULL);
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
  GtkTextBuffer *buffer = _gloss_parallel_view_side_buffer (side);
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
  first = _gloss_parallel_view_side_pair_at (t, gtk_text_iter_get_offset (&top));
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
    {
      self->padded_frame = gdk_frame_clock_get_frame_counter (gtk_widget_get_frame_clock (GTK_WIDGET (self)));
      /* the padding may have pushed what was just shown away */
      if (self->revealed != NULL)
        _gloss_parallel_view_scroll_to_mark (self->revealed_side, self->revealed);
    }
  else
    _gloss_parallel_view_forget_revealed (self);

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

void
_gloss_parallel_view_queue_settle (GlossParallelView *self)
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

  _gloss_parallel_view_queue_settle (self);
  if (self->syncing || !gloss_parallel_view_get_showing_original (self))
    return;

  gtk_text_view_get_line_at_y (GTK_TEXT_VIEW (from->view), &top, (int) y, NULL);
  pair = _gloss_parallel_view_side_pair_at (from, gtk_text_iter_get_offset (&top));
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
      int pair = _gloss_parallel_view_side_pair_at (side, offset);

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
      GtkTextBuffer *buffer = _gloss_parallel_view_side_buffer (each);
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
  Side *side = buffer == _gloss_parallel_view_side_buffer (&self->sides[0]) ? &self->sides[0] : &self->sides[1];

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

void
_gloss_parallel_view_connect_side (GlossParallelView *self,
                                   Side              *side)
{
  side->value_handler = g_signal_connect (side->vadjustment, "value-changed",
                                          G_CALLBACK (value_changed_cb), self);
  side->mark_handler = g_signal_connect (_gloss_parallel_view_side_buffer (side), "mark-set", G_CALLBACK (mark_set_cb), self);
}
