#include "config.h"

#include <glib/gi18n.h>

#include "gloss-claim-row.h"

struct _GlossClaimRow
{
  AdwBin parent_instance;

  GlossClaim *claim;

  GtkLabel *quote_label;
  GtkLabel *speaker_label;
  GtkLabel *topics_label;
  GtkLabel *note_label;
};

G_DEFINE_FINAL_TYPE (GlossClaimRow, gloss_claim_row, ADW_TYPE_BIN)

const char *
_gloss_claim_get_speaker (GlossProject *project,
                          GlossClaim   *claim)
{
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  int index = gloss_transcript_find_turn (transcript, gloss_claim_get_start (claim));
  const GlossTurn *turn;

  if (index < 0)
    return NULL;
  turn = gloss_transcript_get_turn (transcript, (guint) index);
  if (turn->speaker != NULL && *turn->speaker != '\0')
    return turn->speaker;
  return turn->outlet;
}

static char *
topics_markup (GlossProject *project,
               GlossClaim   *claim)
{
  const char * const *ids = gloss_claim_get_topics (claim);
  GString *markup = g_string_new (NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      GlossTopic *topic = gloss_project_lookup_topic (project, ids[i]);
      g_autofree char *escaped = NULL;
      g_autoptr(GString) name = NULL;

      if (topic == NULL)
        continue;
      escaped = g_markup_escape_text (gloss_topic_get_name (topic), -1);
      name = g_string_new (escaped);
      /* the label wraps between chips, not inside one */
      g_string_replace (name, " ", "\xc2\xa0", 0);
      if (markup->len > 0)
        g_string_append (markup, "  ");
      /* the dot carries the topic colour; the name stays in the theme colour */
      g_string_append_printf (markup, "<span foreground=\"%s\">\xe2\x97\x8f</span>\xc2\xa0%s",
                              gloss_color_is_valid (gloss_topic_get_color (topic))
                                ? gloss_topic_get_color (topic) : "#9a9996",
                              name->str);
    }

  return g_string_free (markup, FALSE);
}

void
gloss_claim_row_set_claim (GlossClaimRow *self,
                           GlossProject  *project,
                           GlossClaim    *claim)
{
  g_autofree char *topics = NULL;
  g_autofree char *quote = NULL;
  const char *speaker;
  const char *note;

  g_return_if_fail (GLOSS_IS_CLAIM_ROW (self));

  g_set_object (&self->claim, claim);
  if (claim == NULL)
    return;

  /* newlines would waste the few lines the quote gets */
  quote = g_strdup (gloss_claim_get_quote (claim));
  g_strdelimit (quote, "\r\n", ' ');
  gtk_label_set_text (self->quote_label, quote);

  speaker = _gloss_claim_get_speaker (project, claim);
  gtk_label_set_text (self->speaker_label, speaker ? speaker : "");
  gtk_widget_set_visible (GTK_WIDGET (self->speaker_label), speaker != NULL);

  topics = topics_markup (project, claim);
  gtk_label_set_markup (self->topics_label, topics);

  note = gloss_claim_get_note (claim);
  gtk_label_set_text (self->note_label, note ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), note != NULL && *note != '\0');
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
  gtk_widget_class_bind_template_child (widget_class, GlossClaimRow, topics_label);
  gtk_widget_class_bind_template_child (widget_class, GlossClaimRow, note_label);
}

static void
gloss_claim_row_init (GlossClaimRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
gloss_claim_row_new (void)
{
  return g_object_new (GLOSS_TYPE_CLAIM_ROW, NULL);
}
