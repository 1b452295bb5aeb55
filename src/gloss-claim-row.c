#include "config.h"

#include <glib/gi18n.h>

#include "gloss-claim-query.h"
#include "gloss-claim-row.h"
#include "gloss-claim-status.h"
#include "gloss-speaker.h"
#include "gloss-topic-markup.h"

struct _GlossClaimRow
{
  AdwBin parent_instance;

  GlossClaim *claim;
  /* the sidebar's query, whose search text is marked in the quote and note */
  GlossClaimQuery *query;

  GtkLabel *quote_label;
  GtkWidget *conflict_icon;
  GtkLabel *speaker_label;
  GtkLabel *time_label;
  GtkLabel *topics_label;
  GtkLabel *revision_label;
  GtkLabel *note_label;
  GtkWidget *record_line;
};

G_DEFINE_FINAL_TYPE (GlossClaimRow, gloss_claim_row, ADW_TYPE_BIN)

/* what a revision of the text did to the claim: its words are gone (an
 * orphan), or they changed (the words it had) */
static void
show_revision (GlossClaimRow *self,
               GlossClaim    *claim)
{
  const char *previous = gloss_claim_get_previous_quote (claim);
  g_autofree char *text = NULL;

  if (gloss_claim_get_orphaned (claim))
    text = g_strdup (_("Its words are no longer in the text"));
  else if (previous != NULL)
    {
      g_autofree char *flat = g_strdup (previous);

      g_strdelimit (flat, "\r\n", ' ');
      /* TRANSLATORS: the words a claim had before the text was revised */
      text = g_strdup_printf (_("Was: “%s”"), flat);
    }

  gtk_label_set_text (self->revision_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->revision_label), text != NULL);
  if (gloss_claim_get_orphaned (claim))
    gtk_widget_add_css_class (GTK_WIDGET (self->revision_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->revision_label), "warning");
}

/* @text in @label, the words the search found in bold on a tint */
static void
set_marked_text (GlossClaimRow *self,
                 GtkLabel      *label,
                 const char    *text)
{
  g_autoptr(PangoAttrList) attrs = NULL;
  g_autoptr(GArray) spans = NULL;

  gtk_label_set_text (label, text);
  if (self->query != NULL)
    spans = gloss_claim_query_text_matches (self->query, text);
  if (spans == NULL || spans->len == 0)
    {
      gtk_label_set_attributes (label, NULL);
      return;
    }

  attrs = pango_attr_list_new ();
  for (guint i = 0; i < spans->len; i++)
    {
      const GlossTextSpan *span = &g_array_index (spans, GlossTextSpan, i);
      guint start = (guint) (g_utf8_offset_to_pointer (text, span->start) - text);
      guint end = (guint) (g_utf8_offset_to_pointer (text, span->end) - text);
      PangoAttribute *attr;

      attr = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
      attr->start_index = start;
      attr->end_index = end;
      pango_attr_list_insert (attrs, attr);
      /* the find bar's yellow, light enough for the text to read in both styles */
      attr = pango_attr_background_new (0xf5 * 257, 0xd4 * 257, 0x2e * 257);
      attr->start_index = start;
      attr->end_index = end;
      pango_attr_list_insert (attrs, attr);
      attr = pango_attr_background_alpha_new (0x6000);
      attr->start_index = start;
      attr->end_index = end;
      pango_attr_list_insert (attrs, attr);
    }
  gtk_label_set_attributes (label, attrs);
}

static void
show_words (GlossClaimRow *self)
{
  g_autofree char *quote = NULL;
  const char *note;

  if (self->claim == NULL)
    return;

  /* newlines would waste the few lines the quote gets */
  quote = g_strdup (gloss_claim_get_quote (self->claim));
  g_strdelimit (quote, "\r\n", ' ');
  set_marked_text (self, self->quote_label, quote);

  note = gloss_claim_get_note (self->claim);
  set_marked_text (self, self->note_label, note ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), note != NULL && *note != '\0');
}

static void
query_text_cb (GlossClaimQuery *query,
               GParamSpec      *pspec,
               GlossClaimRow   *self)
{
  show_words (self);
}

void
gloss_claim_row_set_query (GlossClaimRow   *self,
                           GlossClaimQuery *query)
{
  g_return_if_fail (GLOSS_IS_CLAIM_ROW (self));
  g_return_if_fail (query == NULL || GLOSS_IS_CLAIM_QUERY (query));

  if (query == self->query)
    return;

  if (self->query != NULL)
    g_signal_handlers_disconnect_by_func (self->query, query_text_cb, self);
  g_set_object (&self->query, query);
  if (query != NULL)
    g_signal_connect (query, "notify::text-key", G_CALLBACK (query_text_cb), self);
  show_words (self);
}

void
gloss_claim_row_set_claim (GlossClaimRow *self,
                           GlossProject  *project,
                           GlossClaim    *claim)
{
  g_autofree char *topics = NULL;
  g_autofree char *time = NULL;
  const char *speaker;
  GlossSpeaker who = { .turn = -1 };

  g_return_if_fail (GLOSS_IS_CLAIM_ROW (self));

  g_set_object (&self->claim, claim);
  if (claim == NULL)
    return;

  show_words (self);

  show_revision (self, claim);
  gtk_widget_set_visible (self->conflict_icon, gloss_claim_get_conflict (claim) != NULL);

  /* an orphan's span is only a place in the list: it has no speaker */
  speaker = !gloss_claim_get_orphaned (claim) && gloss_speaker_of_claim (project, claim, &who)
            ? who.speaker : NULL;
  gtk_label_set_text (self->speaker_label, speaker ? speaker : "");
  gtk_widget_set_visible (GTK_WIDGET (self->speaker_label), speaker != NULL);

  /* where the claim's turn is in the recording (subtitles, timestamps) */
  if (who.turn >= 0)
    {
      GlossTranscript *text = gloss_project_get_text (project, gloss_claim_get_text_role (claim));

      if (text != NULL && (guint) who.turn < gloss_transcript_get_n_turns (text))
        time = gloss_turn_dup_time_range (gloss_transcript_get_turn (text, (guint) who.turn));
    }
  gtk_label_set_text (self->time_label, time != NULL ? time : "");
  gtk_widget_set_visible (GTK_WIDGET (self->time_label), time != NULL);
  if (time != NULL)
    {
      /* TRANSLATORS: the tooltip of a claim's media time, "0:13–0:15" */
      g_autofree char *tip = g_strdup_printf (_("In the recording at %s"), time);

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->time_label), tip);
    }

  topics = gloss_topic_markup_claim (project, claim, TRUE);
  gtk_label_set_markup (self->topics_label, topics);

  gloss_claim_status_line_update (self->record_line, project, claim);
}

GlossClaim *
gloss_claim_row_get_claim (GlossClaimRow *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM_ROW (self), NULL);

  return self->claim;
}

static void
gloss_claim_row_dispose (GObject *object)
{
  GlossClaimRow *self = GLOSS_CLAIM_ROW (object);

  g_clear_object (&self->claim);
  gloss_claim_row_set_query (self, NULL);

  G_OBJECT_CLASS (gloss_claim_row_parent_class)->dispose (object);
}

static void
gloss_claim_row_class_init (GlossClaimRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gloss_claim_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glossapp/Gloss/ui/gloss-claim-row.ui");
  gtk_widget_class_bind_template_child (widget_class, GlossClaimRow, quote_label);
  gtk_widget_class_bind_template_child (widget_class, GlossClaimRow, conflict_icon);
  gtk_widget_class_bind_template_child (widget_class, GlossClaimRow, speaker_label);
  gtk_widget_class_bind_template_child (widget_class, GlossClaimRow, time_label);
  gtk_widget_class_bind_template_child (widget_class, GlossClaimRow, topics_label);
  gtk_widget_class_bind_template_child (widget_class, GlossClaimRow, revision_label);
  gtk_widget_class_bind_template_child (widget_class, GlossClaimRow, note_label);
}

static void
gloss_claim_row_init (GlossClaimRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* status, figures, sources: gloss-claim-status.c */
  self->record_line = gloss_claim_status_line_new ();
  gtk_box_append (GTK_BOX (adw_bin_get_child (ADW_BIN (self))), self->record_line);
}

GtkWidget *
gloss_claim_row_new (void)
{
  return g_object_new (GLOSS_TYPE_CLAIM_ROW, NULL);
}
