#include "config.h"

#include <glib/gi18n.h>

#include "gloss-environment.h"
#include "gloss-sentences.h"
#include "gloss-window-private.h"

/* The Review page in the window: its findings marked in both panes,
 * activating one shows it on both sides, and one key makes it a claim. */

/* the topic of the claims made from findings, created on first use */
#define TRANSLATION_ISSUE_TOPIC "translation-issue"
/* the palette's brown: apart from the red that flags a finding in the text */
#define TRANSLATION_ISSUE_COLOR "#986a44"

void
_gloss_window_update_review (GlossWindow *self)
{
  GlossProject *project = self->document ? gloss_document_get_project (self->document) : NULL;
  gboolean has_original = project != NULL && gloss_project_get_original (project) != NULL;

  if (self->review_page == NULL)
    return;
  gloss_review_page_set_project (self->review_page, project);
  _gloss_window_show_side_page (self, "review", has_original);
}

static void update_step_actions (GlossWindow *self);

static void
review_changed_cb (GlossReviewPage *page,
                   GParamSpec      *pspec,
                   GlossWindow     *self)
{
  gloss_review_marks_set_review (self->review_marks, gloss_review_page_get_review (page));
  update_step_actions (self);
}

typedef struct
{
  GlossWindow *self;
  GlossTextRole lead;
  guint lead_offset;
  gboolean has_other;
  guint other_offset;
} Reveal;

static gboolean
reveal_cb (gpointer data)
{
  Reveal *reveal = data;

  /* the layout and the padding done, each side's figure on screen */
  gloss_parallel_view_reveal (reveal->self->texts, reveal->lead, reveal->lead_offset);
  if (reveal->has_other)
    gloss_parallel_view_reveal (reveal->self->texts, GLOSS_TEXT_ORIGINAL, reveal->other_offset);
  g_object_unref (reveal->self);
  g_free (reveal);

  return G_SOURCE_REMOVE;
}

static void
finding_activated_cb (GlossReviewPage    *page,
                      GlossReviewFinding *finding,
                      GlossWindow        *self)
{
  const GlossFigure *translation = gloss_review_finding_get_figure (finding, GLOSS_TEXT_TRANSCRIPT);
  const GlossFigure *original = gloss_review_finding_get_figure (finding, GLOSS_TEXT_ORIGINAL);
  const GlossFigure *lead = translation ? translation : original;
  const GlossFigure *other = translation ? original : NULL;

  if (lead == NULL)
    return;
  if (!gloss_parallel_view_get_side_by_side (self->texts))
    g_action_group_change_action_state (G_ACTION_GROUP (self), "side-by-side", g_variant_new_boolean (TRUE));

  /* one side leads and the other follows, pair by pair; once both have
   * moved, the other side's figure is brought on screen too, when its pair
   * is so long that it is not */
  gloss_parallel_view_show_offset (self->texts, translation ? GLOSS_TEXT_TRANSCRIPT : GLOSS_TEXT_ORIGINAL,
                                   lead->start);
  /* after: showing placed the cursor */
  if (original != NULL)
    gloss_transcript_view_select_range (gloss_parallel_view_get_view (self->texts, GLOSS_TEXT_ORIGINAL),
                                        original->start, original->end);
  if (translation != NULL)
    gloss_transcript_view_select_range (self->transcript_view, translation->start, translation->end);
  {
    Reveal *reveal = g_new0 (Reveal, 1);

    reveal->self = g_object_ref (self);
    reveal->lead = translation ? GLOSS_TEXT_TRANSCRIPT : GLOSS_TEXT_ORIGINAL;
    reveal->lead_offset = lead->start;
    reveal->has_other = other != NULL;
    reveal->other_offset = other ? other->start : 0;
    g_timeout_add (150, reveal_cb, reveal);
  }
}

/* the sentence of @text holding [start, end), within its turn */
static void
sentence_around (GlossTranscript *text,
                 guint            start,
                 guint            end,
                 guint           *sentence_start,
                 guint           *sentence_end)
{
  int index = gloss_transcript_find_turn (text, start);
  const GlossTurn *turn;
  const char *from, *to;
  g_autoptr(GArray) sentences = NULL;

  *sentence_start = start;
  *sentence_end = end;
  if (index < 0)
    return;

  turn = gloss_transcript_get_turn (text, (guint) index);
  from = gloss_transcript_offset_to_pointer (text, turn->start);
  to = gloss_transcript_offset_to_pointer (text, turn->end);
  sentences = gloss_sentences_split (from, to - from, turn->start, gloss_transcript_get_language (text));
  for (guint i = 0; i < sentences->len; i++)
    {
      const GlossSentence *sentence = &g_array_index (sentences, GlossSentence, i);

      if (sentence->start <= start && end <= sentence->end)
        {
          *sentence_start = sentence->start;
          *sentence_end = sentence->end;
          return;
        }
    }
}

/* Where a claim about @finding goes in the translation: the sentence with
 * its figure; for a figure the translation left out, the paragraph (else
 * the turn) that translates the original's. FALSE when the translation has
 * nothing there (a turn of the original only). */
static gboolean
claim_span (GlossProject       *project,
            GlossReviewFinding *finding,
            guint              *start,
            guint              *end)
{
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  GlossAlignment *alignment = gloss_project_get_alignment (project);
  const GlossFigure *translation = gloss_review_finding_get_figure (finding, GLOSS_TEXT_TRANSCRIPT);
  const GlossFigure *original = gloss_review_finding_get_figure (finding, GLOSS_TEXT_ORIGINAL);
  int turn;

  if (translation != NULL)
    {
      sentence_around (transcript, translation->start, translation->end, start, end);
      return TRUE;
    }

  for (guint i = 0; original != NULL && alignment != NULL && i < gloss_alignment_get_n_paragraph_pairs (alignment); i++)
    {
      const GlossParagraphPair *pair = gloss_alignment_get_paragraph_pair (alignment, i);

      if (pair->original_start <= original->start && original->start < pair->original_end &&
          pair->transcript_start < pair->transcript_end)
        {
          *start = pair->transcript_start;
          *end = pair->transcript_end;
          return TRUE;
        }
    }

  turn = gloss_review_finding_get_pair_turn (finding, GLOSS_TEXT_TRANSCRIPT);
  if (turn < 0 || (guint) turn >= gloss_transcript_get_n_turns (transcript))
    return FALSE;
  *start = gloss_transcript_get_turn (transcript, (guint) turn)->start;
  *end = gloss_transcript_get_turn (transcript, (guint) turn)->end;

  return *start < *end;
}

static void
claim_finding_cb (GlossReviewPage    *page,
                  GlossReviewFinding *finding,
                  GlossWindow        *self)
{
  GlossProject *project;
  GlossHistory *history;
  GlossTopic *topic;
  g_autoptr(GlossClaim) claim = NULL;
  g_autofree char *note = NULL;
  g_autofree char *author = NULL;
  const char *topics[] = { TRANSLATION_ISSUE_TOPIC, NULL };
  AdwToast *toast;
  guint start, end;

  if (self->document == NULL)
    return;
  project = gloss_document_get_project (self->document);
  history = gloss_document_get_history (self->document);
  if (gloss_review_get_transcript (gloss_review_page_get_review (page)) != gloss_project_get_transcript (project) ||
      !claim_span (project, finding, &start, &end))
    {
      _gloss_window_toast (self, _("The translation has no text here to make a claim on"));
      return;
    }

  note = gloss_review_finding_describe (finding);
  author = gloss_environment_dup_author_name (self->settings);
  topic = gloss_project_lookup_topic (project, TRANSLATION_ISSUE_TOPIC);

  /* the topic and the claim are undone together */
  gloss_history_begin_group (history, _("Claim a translation issue"));
  if (topic == NULL)
    {
      g_autoptr(GlossTopic) created = gloss_topic_new (TRANSLATION_ISSUE_TOPIC, _("Translation issue"),
                                                       TRANSLATION_ISSUE_COLOR);

      gloss_history_add_topic (history, created, gloss_project_get_n_topics (project));
    }
  claim = gloss_claim_new (gloss_project_get_transcript (project), start, end, topics, note, author);
  gloss_history_add_claim (history, claim);
  gloss_history_end_group (history);

  gloss_sidebar_select_claim (self->sidebar, claim);
  toast = adw_toast_new (_("Claimed as a translation issue"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* a right click places the cursor first: the alignment menu acts on the
 * turn under the pointer */
static void
original_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     GlossWindow     *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture)));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter iter, sel_start, sel_end;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (view, &iter, bx, by))
    return;
  if (gtk_text_buffer_get_selection_bounds (buffer, &sel_start, &sel_end) &&
      gtk_text_iter_in_range (&iter, &sel_start, &sel_end))
    return;
  gtk_text_buffer_place_cursor (buffer, &iter);
}

/* F7 and Shift+F7: the reviewer goes from problem to problem without
 * leaving the text (the Review page's selection follows, where it shows) */
static void
step_finding_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GlossWindow *self = GLOSS_WINDOW (user_data);
  gboolean forward = g_str_equal (g_action_get_name (G_ACTION (action)), "next-finding");

  if (gloss_review_page_get_review (self->review_page) == NULL)
    return;
  if (!gloss_review_page_step_problem (self->review_page, forward))
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static const GActionEntry review_actions[] = {
  { "next-finding", step_finding_action, NULL, NULL, NULL, { 0 } },
  { "previous-finding", step_finding_action, NULL, NULL, NULL, { 0 } },
};

/* stepping needs findings: a review with at least one */
static void
update_step_actions (GlossWindow *self)
{
  GlossReview *review = gloss_review_page_get_review (self->review_page);
  gboolean enabled = review != NULL && gloss_review_get_n_findings (review) > 0;

  for (guint i = 0; i < G_N_ELEMENTS (review_actions); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                              review_actions[i].name)),
                                 enabled);
}

void
_gloss_window_setup_review (GlossWindow *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), review_actions, G_N_ELEMENTS (review_actions), self);
  update_step_actions (self);

  self->review_marks = gloss_review_marks_new (self->texts);
  g_signal_connect (self->review_page, "notify::review", G_CALLBACK (review_changed_cb), self);
  g_signal_connect (self->review_page, "finding-activated", G_CALLBACK (finding_activated_cb), self);
  g_signal_connect (self->review_page, "claim-finding", G_CALLBACK (claim_finding_cb), self);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (original_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (gloss_parallel_view_get_view (self->texts, GLOSS_TEXT_ORIGINAL)),
                             GTK_EVENT_CONTROLLER (click));
}

void
_gloss_window_dispose_review (GlossWindow *self)
{
  if (self->review_page != NULL)
    g_signal_handlers_disconnect_by_data (self->review_page, self);
  g_clear_object (&self->review_marks);
}

GlossReviewPage *
_gloss_window_get_review_page (GlossWindow *self)
{
  g_return_val_if_fail (GLOSS_IS_WINDOW (self), NULL);

  return self->review_page;
}

GlossReviewMarks *
_gloss_window_get_review_marks (GlossWindow *self)
{
  g_return_val_if_fail (GLOSS_IS_WINDOW (self), NULL);

  return self->review_marks;
}

GlossParallelView *
_gloss_window_get_texts (GlossWindow *self)
{
  g_return_val_if_fail (GLOSS_IS_WINDOW (self), NULL);

  return self->texts;
}
