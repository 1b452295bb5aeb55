#include "config.h"

#include <string.h>

#include "gloss-other-layer.h"
#include "gloss-transcript-view-private.h"

/* a line such as "Shou Xiaoli:" or "CCTV:" standing alone */
static gboolean
is_label_line (const char *line,
               gsize       len)
{
  while (len > 0 && g_ascii_isspace (line[len - 1]))
    len--;
  while (len > 0 && g_ascii_isspace (*line))
    line++, len--;

  if (len < 2 || len > 100)
    return FALSE;
  if (line[len - 1] == ':')
    return TRUE;
  /* fullwidth colon, U+FF1A */
  return len > 3 && memcmp (line + len - 3, "\xef\xbc\x9a", 3) == 0;
}

static void
tag_offsets (GlossTranscriptView *self,
             GtkTextTag          *tag,
             guint                start,
             guint                end)
{
  GtkTextIter s, e;

  if (start >= end)
    return;
  _gloss_transcript_view_get_iter (self, &s, start);
  _gloss_transcript_view_get_iter (self, &e, end);
  gtk_text_buffer_apply_tag (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), tag, &s, &e);
}

/* Styles the speaker line of a turn: either a line of its own (inside the
 * turn or just before it) or a "NAME:" prefix of the first line. */
static void
style_turn_label (GlossTranscriptView *self,
                  GlossTranscript     *transcript,
                  const GlossTurn     *turn,
                  guint                gap_start)
{
  const char *text = gloss_transcript_get_text (transcript);
  const char *first = gloss_transcript_offset_to_pointer (transcript, turn->start);
  const char *eol = strchr (first, '\n');
  gsize first_len = eol ? (gsize) (eol - first) : strlen (first);
  const char *names[] = { turn->speaker, turn->outlet };

  if (is_label_line (first, first_len))
    {
      guint line_end = turn->start + g_utf8_strlen (first, first_len);

      tag_offsets (self, self->heading_tag, turn->start, MIN (line_end + 1, turn->end));
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gsize n;
      const char *p;

      if (names[i] == NULL || *names[i] == '\0')
        continue;
      n = strlen (names[i]);
      if (n >= first_len || strncmp (first, names[i], n) != 0)
        continue;
      p = first + n;
      while (*p == ' ')
        p++;
      if (*p == ':')
        {
          tag_offsets (self, self->label_tag, turn->start,
                       turn->start + g_utf8_strlen (first, p + 1 - first));
          return;
        }
    }

  /* the last non-empty line between the previous turn and this one */
  if (gap_start < turn->start)
    {
      const char *gap = gloss_transcript_offset_to_pointer (transcript, gap_start);
      const char *end = first;
      const char *line_end, *line;

      while (end > gap && g_ascii_isspace (end[-1]))
        end--;
      line_end = end;
      line = line_end;
      while (line > gap && line[-1] != '\n')
        line--;
      if (line < line_end && is_label_line (line, line_end - line))
        {
          guint ls = gloss_transcript_byte_to_offset (transcript, line - text);
          guint le = gloss_transcript_byte_to_offset (transcript, line_end - text);

          tag_offsets (self, self->heading_tag, ls, MIN (le + 1, turn->start));
        }
    }
}

/* GTK 4.8 lays a line out with the style it last computed until it meets
 * a tag toggle, and does not always lay lines out in order (validation
 * goes back up from where the view is): a line without a toggle of its
 * own, an empty line or a plain paragraph, then takes the style of
 * whatever line was laid out before it, a speaker heading's or the dimmed
 * header's, and is drawn taller or shorter than the height the view
 * keeps for it, so all below it is drawn lower than its place (and than
 * the question bands drawn from those heights). A tag without properties
 * on the first character of every line gives each line a toggle of its
 * own at its start, where the layout forgets the style it had; two tags
 * in turn, because the ranges of one tag on two empty lines in a row
 * would join into one, without a toggle between them. */
static void
mark_line_starts (GlossTranscriptView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter start, next;
  guint line = 0;

  gtk_text_buffer_get_start_iter (buffer, &start);
  do
    {
      next = start;
      if (!gtk_text_iter_forward_char (&next))
        break;
      gtk_text_buffer_apply_tag (buffer, self->line_start_tags[line++ % 2], &start, &next);
    }
  while (gtk_text_iter_forward_line (&start));
}

void
_gloss_transcript_view_style_turns (GlossTranscriptView *self)
{
  GlossTranscript *transcript = _gloss_transcript_view_text (self);
  guint n = gloss_transcript_get_n_turns (transcript);
  guint prev_end = 0;

  mark_line_starts (self);

  for (guint i = 0; i < n; i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (transcript, i);

      switch (turn->kind)
        {
        case GLOSS_TURN_HEADER:
        case GLOSS_TURN_FOOTER:
          tag_offsets (self, self->dim_tag, turn->start, turn->end);
          break;

        case GLOSS_TURN_QUESTION:
          tag_offsets (self, self->question_tag, turn->start, turn->end);
          style_turn_label (self, transcript, turn, prev_end);
          break;

        case GLOSS_TURN_REMARKS:
        case GLOSS_TURN_ANSWER:
        default:
          style_turn_label (self, transcript, turn, prev_end);
          break;
        }
      prev_end = turn->end;
    }
}

/* the first turn that ends after @offset */
static guint
first_turn_after (GlossTranscript *transcript,
                  guint            offset)
{
  guint lo = 0, hi = gloss_transcript_get_n_turns (transcript);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (gloss_transcript_get_turn (transcript, mid)->end <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* Questions are shaded here, not with a paragraph background: GTK 4.8 does
 * not draw empty lines, so the blank lines between a question's paragraphs
 * stayed white. One band per visible question, from its first line to its
 * last line with text. */
void
_gloss_transcript_view_snapshot_layer (GtkTextView      *view,
                                       GtkTextViewLayer  layer,
                                       GtkSnapshot      *snapshot)
{
  GlossTranscriptView *self = GLOSS_TRANSCRIPT_VIEW (view);
  GlossTranscript *transcript;
  GdkRectangle visible;
  GtkTextIter iter;
  guint n;

  if (layer == GTK_TEXT_VIEW_LAYER_ABOVE_TEXT && self->project != NULL)
    _gloss_other_layer_snapshot (view, snapshot);
  if (layer != GTK_TEXT_VIEW_LAYER_BELOW_TEXT || self->project == NULL)
    return;

  transcript = _gloss_transcript_view_text (self);
  n = gloss_transcript_get_n_turns (transcript);
  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_line_at_y (view, &iter, visible.y, NULL);

  for (guint i = first_turn_after (transcript, (guint) gtk_text_iter_get_offset (&iter)); i < n; i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (transcript, i);
      GtkTextIter start, end;
      int top, bottom, y, height;

      _gloss_transcript_view_get_iter (self, &start, turn->start);
      gtk_text_view_get_line_yrange (view, &start, &top, &height);
      if (top >= visible.y + visible.height)
        break;
      if (turn->kind != GLOSS_TURN_QUESTION)
        continue;

      _gloss_transcript_view_get_iter (self, &end, turn->end);
      while (gtk_text_iter_compare (&end, &start) > 0 && gtk_text_iter_backward_char (&end) &&
             g_unichar_isspace (gtk_text_iter_get_char (&end)))
        ;
      gtk_text_view_get_line_yrange (view, &end, &y, &height);
      bottom = y + height;

      /* a little wider than the text, which would touch its edges */
      gtk_snapshot_append_color (snapshot, &self->question_bg,
                                 &GRAPHENE_RECT_INIT (self->margin + QUESTION_INDENT - QUESTION_PADDING, top,
                                                      MAX (0, visible.width - 2 * self->margin - QUESTION_INDENT +
                                                              2 * QUESTION_PADDING),
                                                      bottom - top + QUESTION_PADDING / 2));
    }
}
