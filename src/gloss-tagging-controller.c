#include "config.h"

#include <glib/gi18n.h>

#include "gloss-tagging-controller.h"

struct _GlossTaggingController
{
  GObject parent_instance;

  GlossDocument *document;
  GlossTranscriptView *view;
  GtkMenuButton *tag_button;
  GlossTopicChooser *chooser;
  char *author;

  /* what the chooser was last opened for */
  GlossClaim *editing_claim;
  gboolean focus_note;
  guint pending_start;
  guint pending_end;
};

G_DEFINE_FINAL_TYPE (GlossTaggingController, gloss_tagging_controller, G_TYPE_OBJECT)

enum {
  TAGGED,
  MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
tell (GlossTaggingController *self,
      const char             *text)
{
  g_signal_emit (self, signals[MESSAGE], 0, text);
}

static GlossProject *
project (GlossTaggingController *self)
{
  return self->document != NULL ? gloss_document_get_project (self->document) : NULL;
}

static GlossHistory *
history (GlossTaggingController *self)
{
  return gloss_document_get_history (self->document);
}

static GlossClaim *
find_exact_claim (GlossTaggingController *self,
                  guint                   start,
                  guint                   end)
{
  g_autoptr(GPtrArray) claims = gloss_project_get_claims_at (project (self), GLOSS_TEXT_TRANSCRIPT, start);

  for (guint i = 0; i < claims->len; i++)
    {
      GlossClaim *claim = g_ptr_array_index (claims, i);

      if (gloss_claim_get_start (claim) == start && gloss_claim_get_end (claim) == end)
        return claim;
    }

  return NULL;
}

/* The selection goes, so that the claim's own colour shows, and the claim
 * flashes: a new claim must not look like a selection still waiting. */
static void
claim_tagged (GlossTaggingController *self,
              GlossClaim             *claim)
{
  g_signal_emit (self, signals[TAGGED], 0, claim);
  gloss_transcript_view_place_cursor (self->view, gloss_claim_get_end (claim));
  gloss_transcript_view_flash_claim (self->view, claim);
}

static void
add_claim (GlossTaggingController *self,
           guint                   start,
           guint                   end,
           const char * const     *topic_ids,
           const char             *note)
{
  g_autoptr(GlossClaim) claim = gloss_claim_new (gloss_project_get_transcript (project (self)),
                                                 start, end, topic_ids, note, self->author);

  gloss_history_add_claim (history (self), claim);
  claim_tagged (self, claim);
}

static gboolean
get_selection (GlossTaggingController *self,
               gboolean                exact,
               guint                  *start,
               guint                  *end)
{
  if (exact)
    return gloss_transcript_view_get_selection (self->view, start, end);

  return gloss_transcript_view_get_word_selection (self->view, start, end);
}

void
gloss_tagging_controller_tag_with_key (GlossTaggingController *self,
                                       const char             *key,
                                       gboolean                exact)
{
  GlossTopic *topic;
  GlossClaim *existing;
  guint start, end;

  g_return_if_fail (GLOSS_IS_TAGGING_CONTROLLER (self));
  g_return_if_fail (key != NULL);

  if (project (self) == NULL)
    return;

  topic = gloss_project_lookup_topic_by_key (project (self), key);
  if (topic == NULL)
    {
      g_autofree char *msg = g_strdup_printf (_("No topic has the key %s"), key);

      tell (self, msg);
      return;
    }
  if (!get_selection (self, exact, &start, &end))
    {
      tell (self, _("Select the text of a claim first"));
      return;
    }

  existing = find_exact_claim (self, start, end);
  if (existing != NULL)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) topics = NULL;

      if (gloss_claim_has_topic (existing, gloss_topic_get_id (topic)))
        {
          tell (self, _("The claim already has this topic"));
          return;
        }
      g_strv_builder_addv (builder, (const char **) gloss_claim_get_topics (existing));
      g_strv_builder_add (builder, gloss_topic_get_id (topic));
      topics = g_strv_builder_end (builder);
      gloss_history_set_claim_topics (history (self), existing, (const char * const *) topics);
      claim_tagged (self, existing);
      return;
    }

  {
    const char *ids[] = { gloss_topic_get_id (topic), NULL };

    add_claim (self, start, end, ids, NULL);
  }
}

static gboolean
strv_equal_unordered (const char * const *a,
                      const char * const *b)
{
  guint n = g_strv_length ((char **) a);

  if (n != g_strv_length ((char **) b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!g_strv_contains (b, a[i]))
      return FALSE;

  return TRUE;
}

static void
chooser_apply_cb (GlossTopicChooser      *chooser,
                  const char * const     *topic_ids,
                  const char             *note,
                  GlossTaggingController *self)
{
  GlossClaim *claim = gloss_topic_chooser_get_claim (chooser);

  if (project (self) == NULL)
    return;

  if (claim != NULL)
    {
      gboolean topics_differ = !strv_equal_unordered (gloss_claim_get_topics (claim), topic_ids);
      gboolean note_differs = g_strcmp0 (gloss_claim_get_note (claim), note != NULL ? note : "") != 0;

      if (!topics_differ && !note_differs)
        return;
      gloss_history_begin_group (history (self), _("Edit Claim"));
      if (topics_differ)
        gloss_history_set_claim_topics (history (self), claim, topic_ids);
      if (note_differs)
        gloss_history_set_claim_note (history (self), claim, note);
      gloss_history_end_group (history (self));
      return;
    }

  if (self->pending_start < self->pending_end)
    add_claim (self, self->pending_start, self->pending_end, topic_ids, note);
}

/* Fills the chooser each time the tag button opens it: for the claim being
 * edited, for the exact claim the selection covers, or for a new one. */
static void
prepare_chooser (GlossTaggingController *self)
{
  g_autoptr(GlossClaim) claim = g_steal_pointer (&self->editing_claim);
  gboolean focus_note = self->focus_note;
  guint start = 0, end = 0;

  self->focus_note = FALSE;
  self->pending_start = self->pending_end = 0;
  if (project (self) == NULL)
    return;

  if (claim == NULL && get_selection (self, FALSE, &start, &end))
    {
      claim = find_exact_claim (self, start, end);
      if (claim != NULL)
        g_object_ref (claim);
      self->pending_start = start;
      self->pending_end = end;
    }

  if (claim != NULL)
    gloss_topic_chooser_prepare (self->chooser, claim, NULL, focus_note);
  else if (start < end)
    {
      g_autofree char *quote = gloss_transcript_dup_slice (gloss_project_get_transcript (project (self)),
                                                           start, end);

      gloss_topic_chooser_prepare (self->chooser, NULL, quote, focus_note);
    }
  else
    gloss_topic_chooser_prepare (self->chooser, NULL, _("Select text in the transcript first"), FALSE);
}

static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  prepare_chooser (GLOSS_TAGGING_CONTROLLER (user_data));
}

void
gloss_tagging_controller_tag (GlossTaggingController *self)
{
  g_return_if_fail (GLOSS_IS_TAGGING_CONTROLLER (self));

  if (project (self) == NULL)
    return;
  if (!gloss_transcript_view_get_selection (self->view, NULL, NULL))
    {
      tell (self, _("Select the text of a claim first"));
      return;
    }
  gtk_menu_button_popup (self->tag_button);
}

void
gloss_tagging_controller_edit_claim (GlossTaggingController *self,
                                     GlossClaim             *claim,
                                     gboolean                focus_note)
{
  g_return_if_fail (GLOSS_IS_TAGGING_CONTROLLER (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));

  g_set_object (&self->editing_claim, claim);
  self->focus_note = focus_note;
  gtk_menu_button_popup (self->tag_button);
}

void
gloss_tagging_controller_move_edge (GlossTaggingController *self,
                                    GlossClaim             *claim,
                                    gboolean                end_edge,
                                    gboolean                forward)
{
  guint start, end;

  g_return_if_fail (GLOSS_IS_TAGGING_CONTROLLER (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));

  if (project (self) == NULL || gloss_claim_get_orphaned (claim) ||
      gloss_claim_get_text_role (claim) != GLOSS_TEXT_TRANSCRIPT)
    return;

  start = gloss_claim_get_start (claim);
  end = gloss_claim_get_end (claim);
  if (end_edge)
    end = gloss_transcript_view_word_step (self->view, end, TRUE, forward);
  else
    start = gloss_transcript_view_word_step (self->view, start, FALSE, forward);

  /* a claim keeps at least a word */
  if (start >= end)
    {
      tell (self, _("A claim cannot be shorter than a word"));
      return;
    }

  gloss_history_move_claim (history (self), claim, start, end, FALSE);
  /* it may have moved in the list, which loses the selection */
  g_signal_emit (self, signals[TAGGED], 0, claim);
  gloss_transcript_view_flash_claim (self->view, claim);
}

void
gloss_tagging_controller_set_document (GlossTaggingController *self,
                                       GlossDocument          *document)
{
  g_return_if_fail (GLOSS_IS_TAGGING_CONTROLLER (self));
  g_return_if_fail (document == NULL || GLOSS_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
  g_clear_object (&self->editing_claim);
  self->pending_start = self->pending_end = 0;
}

void
gloss_tagging_controller_set_author (GlossTaggingController *self,
                                     const char             *author)
{
  g_return_if_fail (GLOSS_IS_TAGGING_CONTROLLER (self));

  g_free (self->author);
  self->author = g_strdup (author);
}

static void
gloss_tagging_controller_dispose (GObject *object)
{
  GlossTaggingController *self = GLOSS_TAGGING_CONTROLLER (object);

  if (self->chooser != NULL)
    g_signal_handlers_disconnect_by_data (self->chooser, self);
  if (self->tag_button != NULL)
    gtk_menu_button_set_create_popup_func (self->tag_button, NULL, NULL, NULL);
  g_clear_object (&self->editing_claim);
  g_clear_object (&self->document);
  g_clear_weak_pointer (&self->view);
  g_clear_weak_pointer (&self->tag_button);
  g_clear_weak_pointer (&self->chooser);

  G_OBJECT_CLASS (gloss_tagging_controller_parent_class)->dispose (object);
}

static void
gloss_tagging_controller_finalize (GObject *object)
{
  GlossTaggingController *self = GLOSS_TAGGING_CONTROLLER (object);

  g_free (self->author);

  G_OBJECT_CLASS (gloss_tagging_controller_parent_class)->finalize (object);
}

static void
gloss_tagging_controller_class_init (GlossTaggingControllerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gloss_tagging_controller_dispose;
  object_class->finalize = gloss_tagging_controller_finalize;

  signals[TAGGED] = g_signal_new ("tagged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSS_TYPE_CLAIM);
  signals[MESSAGE] = g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
gloss_tagging_controller_init (GlossTaggingController *self)
{
}

GlossTaggingController *
gloss_tagging_controller_new (GlossTranscriptView *view,
                              GtkMenuButton       *tag_button,
                              GlossTopicChooser   *chooser)
{
  GlossTaggingController *self;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (view), NULL);
  g_return_val_if_fail (GTK_IS_MENU_BUTTON (tag_button), NULL);
  g_return_val_if_fail (GLOSS_IS_TOPIC_CHOOSER (chooser), NULL);

  self = g_object_new (GLOSS_TYPE_TAGGING_CONTROLLER, NULL);
  g_set_weak_pointer (&self->view, view);
  g_set_weak_pointer (&self->tag_button, tag_button);
  g_set_weak_pointer (&self->chooser, chooser);
  gtk_menu_button_set_create_popup_func (tag_button, create_popup_cb, self, NULL);
  g_signal_connect (chooser, "apply", G_CALLBACK (chooser_apply_cb), self);

  return self;
}
