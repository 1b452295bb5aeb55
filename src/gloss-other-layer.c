#include "config.h"

#include "gloss-other-layer.h"

#define OTHER_LAYER_KEY "gloss-other-layer"
#define OUTLINE_WIDTH   1.5f
#define OUTLINE_RADIUS  3.0f

void
gloss_transcript_view_set_other_layer (GlossTranscriptView *view,
                                       GlossProject        *theirs)
{
  g_return_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (view));
  g_return_if_fail (theirs == NULL || GLOSS_IS_PROJECT (theirs));

  g_object_set_data_full (G_OBJECT (view), OTHER_LAYER_KEY,
                          theirs != NULL ? g_object_ref (theirs) : NULL, g_object_unref);
  gtk_widget_queue_draw (GTK_WIDGET (view));
}

static void
outline (GtkSnapshot   *snapshot,
         GdkRectangle  *area,
         const GdkRGBA *color)
{
  GskRoundedRect rect;
  const float widths[4] = { OUTLINE_WIDTH, OUTLINE_WIDTH, OUTLINE_WIDTH, OUTLINE_WIDTH };
  const GdkRGBA colors[4] = { *color, *color, *color, *color };

  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (area->x - 1, area->y,
                                                               area->width + 2, area->height),
                                   OUTLINE_RADIUS);
  gtk_snapshot_append_border (snapshot, &rect, widths, colors);
}

/* one outline per display line the claim covers */
static void
outline_claim (GtkTextView   *view,
               GtkSnapshot   *snapshot,
               GlossClaim    *claim,
               const GdkRGBA *color)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter iter, end;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) gloss_claim_get_start (claim));
  gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) gloss_claim_get_end (claim));
  while (gtk_text_iter_compare (&iter, &end) < 0)
    {
      GtkTextIter line_end = iter;
      GdkRectangle first, last;
      int offset = gtk_text_iter_get_offset (&iter);

      if (!gtk_text_view_forward_display_line_end (view, &line_end) ||
          gtk_text_iter_compare (&line_end, &end) > 0)
        line_end = end;
      gtk_text_view_get_iter_location (view, &iter, &first);
      gtk_text_view_get_iter_location (view, &line_end, &last);
      if (last.y == first.y && last.x > first.x)
        {
          GdkRectangle area = { first.x, first.y, last.x - first.x, first.height };

          outline (snapshot, &area, color);
        }

      iter = line_end;
      if (!gtk_text_view_forward_display_line (view, &iter) ||
          gtk_text_iter_get_offset (&iter) <= offset)
        break;
      /* forward_display_line keeps the column: back to the line's start */
      gtk_text_view_backward_display_line_start (view, &iter);
      if (gtk_text_iter_get_offset (&iter) <= offset)
        break;
    }
}

void
_gloss_other_layer_snapshot (GtkTextView *view,
                             GtkSnapshot *snapshot)
{
  GlossProject *theirs = g_object_get_data (G_OBJECT (view), OTHER_LAYER_KEY);
  g_autoptr(GPtrArray) claims = NULL;
  GdkRectangle visible;
  GtkTextIter top, bottom;

  if (theirs == NULL || gloss_transcript_view_get_role (GLOSS_TRANSCRIPT_VIEW (view)) != GLOSS_TEXT_TRANSCRIPT)
    return;

  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_line_at_y (view, &top, visible.y, NULL);
  gtk_text_view_get_line_at_y (view, &bottom, visible.y + visible.height, NULL);
  gtk_text_iter_forward_to_line_end (&bottom);
  claims = gloss_project_get_claims_in (theirs, GLOSS_TEXT_TRANSCRIPT,
                                        (guint) gtk_text_iter_get_offset (&top),
                                        (guint) gtk_text_iter_get_offset (&bottom) + 1);
  for (guint i = 0; i < claims->len; i++)
    {
      GlossClaim *claim = g_ptr_array_index (claims, i);
      const char * const *topics = gloss_claim_get_topics (claim);
      GlossTopic *topic = topics[0] != NULL ? gloss_project_lookup_topic (theirs, topics[0]) : NULL;
      GdkRGBA color = { 0.5f, 0.5f, 0.5f, 1.0f };

      if (topic != NULL)
        gdk_rgba_parse (&color, gloss_topic_get_color (topic));
      outline_claim (view, snapshot, claim, &color);
    }
}
