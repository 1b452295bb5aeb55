#include "config.h"

#include "gloss-transcript-view-private.h"

/* Marking a match is a tag toggle pair in the buffer, and a common word
 * in a long transcript has hundreds of thousands of matches (tagging
 * "the" in 5 MB took two seconds, "e" fourteen): only the matches around
 * what is shown are marked, a screen above and below, and those come
 * along as the view scrolls. */
#define MIN_MARGIN_CHARS 4000

static void
tag_span (GlossTranscriptView *self,
          GtkTextTag          *tag,
          const GlossTextSpan *span,
          gboolean             apply)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter s, e;

  _gloss_transcript_view_get_iter (self, &s, span->start);
  _gloss_transcript_view_get_iter (self, &e, span->end);
  if (apply)
    gtk_text_buffer_apply_tag (buffer, tag, &s, &e);
  else
    gtk_text_buffer_remove_tag (buffer, tag, &s, &e);
}

static const GlossTextSpan *
match_at (GlossTranscriptView *self,
          guint                index)
{
  return &g_array_index (self->matches, GlossTextSpan, index);
}

/* the first match that ends after @offset */
static guint
first_match_after (GlossTranscriptView *self,
                   guint                offset)
{
  guint lo = 0, hi = self->matches->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (match_at (self, mid)->end <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static void
unmark (GlossTranscriptView *self)
{
  if (self->marked_first < self->marked_last)
    {
      GlossTextSpan all = { match_at (self, self->marked_first)->start,
                            match_at (self, self->marked_last - 1)->end };

      tag_span (self, self->match_tag, &all, FALSE);
    }
  self->marked_first = self->marked_last = 0;
}

static guint
offset_at_y (GlossTranscriptView *self,
             int                  y)
{
  GtkTextIter iter;

  gtk_text_view_get_line_at_y (GTK_TEXT_VIEW (self), &iter, MAX (y, 0), NULL);

  return (guint) gtk_text_iter_get_offset (&iter);
}

/* marks the matches a screen above and below what is shown, unless they
 * are marked already */
static void
mark_shown (GlossTranscriptView *self)
{
  GdkRectangle visible;
  guint from, to, first, last;

  if (self->matches->len == 0)
    return;

  gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (self), &visible);
  from = offset_at_y (self, visible.y);
  to = offset_at_y (self, visible.y + visible.height);
  first = first_match_after (self, from);
  last = first_match_after (self, to + 1);
  if (last < self->matches->len)
    last++;
  if (self->marked_first <= first && last <= self->marked_last)
    return;

  unmark (self);
  from = MIN (from, offset_at_y (self, visible.y - visible.height));
  from = from > MIN_MARGIN_CHARS ? MIN (from, from - MIN_MARGIN_CHARS) : 0;
  to = MAX (to, offset_at_y (self, visible.y + 2 * visible.height)) + MIN_MARGIN_CHARS;
  self->marked_first = first_match_after (self, from);
  self->marked_last = MIN (self->matches->len, first_match_after (self, to) + 1);
  for (guint i = self->marked_first; i < self->marked_last; i++)
    tag_span (self, self->match_tag, match_at (self, i), TRUE);
}

static void
scrolled_cb (GtkAdjustment       *adjustment,
             GlossTranscriptView *self)
{
  mark_shown (self);
}

static void
vadjustment_cb (GlossTranscriptView *self,
                GParamSpec          *pspec,
                gpointer             user_data)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self));

  if (adjustment == self->vadjustment)
    return;
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_set_object (&self->vadjustment, adjustment);
  if (adjustment != NULL)
    {
      /* scrolled, or a new page size (a resize) */
      g_signal_connect (adjustment, "value-changed", G_CALLBACK (scrolled_cb), self);
      g_signal_connect (adjustment, "changed", G_CALLBACK (scrolled_cb), self);
    }
}

void
gloss_transcript_view_set_matches (GlossTranscriptView *self,
                                   const GlossTextSpan *matches,
                                   guint                n_matches)
{
  g_return_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self));
  g_return_if_fail (matches != NULL || n_matches == 0);

  gloss_transcript_view_set_current_match (self, -1);
  unmark (self);
  g_array_set_size (self->matches, 0);
  if (self->project == NULL)
    return;

  g_array_append_vals (self->matches, matches, n_matches);
  mark_shown (self);
}

guint
gloss_transcript_view_get_n_matches (GlossTranscriptView *self)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self), 0);

  return self->matches->len;
}

const GlossTextSpan *
gloss_transcript_view_get_match (GlossTranscriptView *self,
                                 guint                index)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self), NULL);
  g_return_val_if_fail (index < self->matches->len, NULL);

  return match_at (self, index);
}

int
gloss_transcript_view_find_match (GlossTranscriptView *self,
                                  guint                offset)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self), -1);

  if (self->matches->len == 0)
    return -1;

  /* the first that starts at or after @offset, round to the first */
  for (guint i = first_match_after (self, offset); i < self->matches->len; i++)
    if (match_at (self, i)->start >= offset)
      return (int) i;

  return 0;
}

void
gloss_transcript_view_set_current_match (GlossTranscriptView *self,
                                         int                  index)
{
  GtkTextBuffer *buffer;
  const GlossTextSpan *span;
  GtkTextIter s, e;

  g_return_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self));
  g_return_if_fail (index < (int) self->matches->len);

  if (self->current_match >= 0)
    tag_span (self, self->current_match_tag, match_at (self, (guint) self->current_match), FALSE);
  self->current_match = index;
  if (index < 0)
    return;

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  span = match_at (self, (guint) index);
  tag_span (self, self->current_match_tag, span, TRUE);
  /* selected, so that a topic key tags what was found */
  _gloss_transcript_view_get_iter (self, &s, span->start);
  _gloss_transcript_view_get_iter (self, &e, span->end);
  gtk_text_buffer_select_range (buffer, &s, &e);
  /* the scroll marks the matches around it */
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer),
                                0.1, TRUE, 0.0, 0.3);
}

int
gloss_transcript_view_get_current_match (GlossTranscriptView *self)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self), -1);

  return self->current_match;
}

void
_gloss_transcript_view_forget_matches (GlossTranscriptView *self)
{
  g_array_set_size (self->matches, 0);
  self->current_match = -1;
  self->marked_first = self->marked_last = 0;
}

void
_gloss_transcript_view_init_matches (GlossTranscriptView *self)
{
  self->matches = g_array_new (FALSE, FALSE, sizeof (GlossTextSpan));
  self->current_match = -1;
  g_signal_connect (self, "notify::vadjustment", G_CALLBACK (vadjustment_cb), NULL);
}

void
_gloss_transcript_view_dispose_matches (GlossTranscriptView *self)
{
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_clear_object (&self->vadjustment);
}
