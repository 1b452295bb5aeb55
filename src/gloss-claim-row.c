#include "config.h"

#include <glib/gi18n.h>

#include "gloss-claim-row.h"
#include "gloss-claim-status.h"
#include "gloss-speaker.h"
#include "gloss-topic-markup.h"

struct _GlossClaimRow
{
  AdwBin parent_instance;

  GlossClaim *claim;

  GtkLabel *quote_label;
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

void
gloss_claim_row_set_claim (GlossClaimRow *self,
                           GlossProject  *project,
                           GlossClaim    *claim)
{
  g_autofree char *topics = NULL;
  g_autofree char *quote = NULL;
  g_autofree char *time = NULL;
  const char *speaker;
  const char *note;
  GlossSpeaker who;

  g_return_if_fail (GLOSS_IS_CLAIM_ROW (self));

  g_set_object (&self->claim, claim);
  if (claim == NULL)
    return;

  /* newlines would waste the few lines the quote gets */
  quote = g_strdup (gloss_claim_get_quote (claim));
  g_strdelimit (quote, "\r\n", ' ');
  gtk_label_set_text (self->quote_label, quote);

  show_revision (self, claim);

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

  note = gloss_claim_get_note (claim);
  gtk_label_set_text (self->note_label, note ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), note != NULL && *note != '\0');

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
