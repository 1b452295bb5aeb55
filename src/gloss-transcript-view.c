#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "gloss-topic-markup.h"
#include "gloss-tooltips.h"
#include "gloss-transcript-view-private.h"

/* widest comfortable line, in average characters */
#define LINE_LENGTH 80
#define MIN_MARGIN 18

G_DEFINE_FINAL_TYPE (GlossTranscriptView, gloss_transcript_view, GTK_TYPE_TEXT_VIEW)

enum {
  CLAIM_CLICKED,
  TEXT_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void language_changed_cb (GlossTranscript     *transcript,
                                 GParamSpec          *pspec,
                                 GlossTranscriptView *self);

static void
disconnect_project (GlossTranscriptView *self)
{
  if (self->project == NULL)
    return;

  if (self->shown_text != NULL)
    g_signal_handlers_disconnect_by_func (self->shown_text, language_changed_cb, self);
  g_clear_object (&self->shown_text);
  _gloss_transcript_view_disconnect_claims (self);
  g_clear_object (&self->project);
}

static void
apply_language (GlossTranscriptView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  const char *language = self->project ? gloss_transcript_get_language (_gloss_transcript_view_text (self)) : NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->language_tag, &start, &end);
  if (language == NULL || *language == '\0')
    return;
  g_object_set (self->language_tag, "language", language, NULL);
  gtk_text_buffer_apply_tag (buffer, self->language_tag, &start, &end);
}

static void
language_changed_cb (GlossTranscript     *transcript,
                     GParamSpec          *pspec,
                     GlossTranscriptView *self)
{
  apply_language (self);
}

/* shows @project's text of the view's role: @project is NULL when there
 * is nothing to show (no project, or no text in that role) */
static void
show_project (GlossTranscriptView *self,
              GlossProject        *project)
{
  GtkTextBuffer *buffer;
  GtkTextIter start;

  disconnect_project (self);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  if (project == NULL)
    {
      gtk_text_buffer_set_text (buffer, "", 0);
      return;
    }

  self->project = g_object_ref (project);
  {
    GlossTranscript *transcript = _gloss_transcript_view_text (self);

    gtk_text_buffer_set_text (buffer, gloss_transcript_get_text (transcript),
                              (int) gloss_transcript_get_text_size (transcript));
  }
  apply_language (self);
  self->shown_text = g_object_ref (_gloss_transcript_view_text (self));
  g_signal_connect (self->shown_text, "notify::language", G_CALLBACK (language_changed_cb), self);
  _gloss_transcript_view_style_turns (self);
  _gloss_transcript_view_show_claims (self);

  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
}

static void
reload (GlossTranscriptView *self)
{
  GlossProject *owner = self->owner;

  show_project (self, owner != NULL && gloss_project_get_text (owner, self->role) != NULL ? owner : NULL);
  g_signal_emit (self, signals[TEXT_CHANGED], 0);
}

/* the original came, went or was replaced, or the transcript was revised */
static void
text_changed_cb (GlossProject        *project,
                 GParamSpec          *pspec,
                 GlossTranscriptView *self)
{
  reload (self);
}

void
gloss_transcript_view_set_project (GlossTranscriptView *self,
                                   GlossProject        *project)
{
  g_return_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self));
  g_return_if_fail (project == NULL || GLOSS_IS_PROJECT (project));

  if (project == self->owner)
    return;

  if (self->owner != NULL)
    g_signal_handlers_disconnect_by_func (self->owner, text_changed_cb, self);
  g_set_object (&self->owner, project);
  if (project != NULL)
    g_signal_connect (project, self->role == GLOSS_TEXT_ORIGINAL ? "notify::original" : "notify::transcript",
                      G_CALLBACK (text_changed_cb), self);

  reload (self);
}

GlossProject *
gloss_transcript_view_get_project (GlossTranscriptView *self)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self), NULL);

  return self->owner;
}

void
gloss_transcript_view_set_role (GlossTranscriptView *self,
                                GlossTextRole        role)
{
  g_return_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self));
  g_return_if_fail (self->owner == NULL);

  self->role = role;
}

GlossTextRole
gloss_transcript_view_get_role (GlossTranscriptView *self)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self), GLOSS_TEXT_TRANSCRIPT);

  return self->role;
}

gboolean
gloss_transcript_view_has_text (GlossTranscriptView *self)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self), FALSE);

  return self->project != NULL;
}

gboolean
gloss_transcript_view_get_selection (GlossTranscriptView *self,
                                     guint               *start,
                                     guint               *end)
{
  GtkTextBuffer *buffer;
  GtkTextIter s, e;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self), FALSE);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  if (!gtk_text_buffer_get_selection_bounds (buffer, &s, &e))
    return FALSE;

  while (gtk_text_iter_compare (&s, &e) < 0 && g_unichar_isspace (gtk_text_iter_get_char (&s)))
    gtk_text_iter_forward_char (&s);
  while (gtk_text_iter_compare (&s, &e) < 0)
    {
      GtkTextIter prev = e;

      gtk_text_iter_backward_char (&prev);
      if (!g_unichar_isspace (gtk_text_iter_get_char (&prev)))
        break;
      e = prev;
    }
  if (gtk_text_iter_equal (&s, &e))
    return FALSE;

  if (start)
    *start = gtk_text_iter_get_offset (&s);
  if (end)
    *end = gtk_text_iter_get_offset (&e);
  return TRUE;
}

/* inside a word as a reader sees one: Pango's words, joined across the
 * marks that hold a figure or a name together (48,200 · 3.65 · COVID-19 ·
 * don't) */
static gboolean
joins_word (GtkTextIter *iter)
{
  GtkTextIter before = *iter, after = *iter;
  gunichar c = gtk_text_iter_get_char (iter);

  if (!(c == ',' || c == '.' || c == '-' || c == '\'' || c == 0x2019) ||
      !gtk_text_iter_backward_char (&before) || !gtk_text_iter_forward_char (&after))
    return FALSE;

  return g_unichar_isalnum (gtk_text_iter_get_char (&before)) &&
         g_unichar_isalnum (gtk_text_iter_get_char (&after));
}

static gboolean
is_word_char (GtkTextIter *iter)
{
  return g_unichar_isalnum (gtk_text_iter_get_char (iter)) || joins_word (iter);
}

gboolean
gloss_transcript_view_get_word_selection (GlossTranscriptView *self,
                                          guint               *start,
                                          guint               *end)
{
  GtkTextIter s, e, prev;
  guint from, to;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self), FALSE);

  if (!gloss_transcript_view_get_selection (self, &from, &to))
    return FALSE;

  _gloss_transcript_view_get_iter (self, &s, from);
  _gloss_transcript_view_get_iter (self, &e, to);

  /* Pango's word boundaries first: they know scripts without spaces */
  if (gtk_text_iter_inside_word (&s) && !gtk_text_iter_starts_word (&s))
    gtk_text_iter_backward_word_start (&s);
  prev = e;
  if (gtk_text_iter_backward_char (&prev) && gtk_text_iter_inside_word (&prev) &&
      !gtk_text_iter_ends_word (&e))
    gtk_text_iter_forward_word_end (&e);

  /* then across the marks inside figures and names */
  for (;;)
    {
      prev = s;
      if (!gtk_text_iter_backward_char (&prev) || !is_word_char (&prev) ||
          !(is_word_char (&s) || joins_word (&prev)))
        break;
      s = prev;
    }
  for (;;)
    {
      prev = e;
      if (gtk_text_iter_is_end (&e) || !is_word_char (&e) ||
          !gtk_text_iter_backward_char (&prev) || !is_word_char (&prev))
        break;
      gtk_text_iter_forward_char (&e);
    }

  if (start)
    *start = gtk_text_iter_get_offset (&s);
  if (end)
    *end = gtk_text_iter_get_offset (&e);
  return TRUE;
}

static void
word_end_forward (GtkTextIter *iter)
{
  do
    gtk_text_iter_forward_word_end (iter);
  while (joins_word (iter));
}

static void
word_start_backward (GtkTextIter *iter)
{
  for (;;)
    {
      GtkTextIter prev;

      gtk_text_iter_backward_word_start (iter);
      prev = *iter;
      if (!gtk_text_iter_backward_char (&prev) || !joins_word (&prev))
        break;
      *iter = prev;
    }
}

guint
gloss_transcript_view_word_step (GlossTranscriptView *self,
                                 guint                offset,
                                 gboolean             end_edge,
                                 gboolean             forward)
{
  GtkTextIter iter;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self), offset);

  _gloss_transcript_view_get_iter (self, &iter, offset);
  if (forward)
    {
      word_end_forward (&iter);
      /* a start goes on to where the next word begins */
      while (!end_edge && !gtk_text_iter_is_end (&iter) && !is_word_char (&iter))
        gtk_text_iter_forward_char (&iter);
    }
  else
    {
      word_start_backward (&iter);
      /* an end goes back to where the word before ends */
      while (end_edge && !gtk_text_iter_is_start (&iter))
        {
          GtkTextIter prev = iter;

          gtk_text_iter_backward_char (&prev);
          if (is_word_char (&prev))
            break;
          iter = prev;
        }
    }

  return gtk_text_iter_get_offset (&iter);
}

void
gloss_transcript_view_select_range (GlossTranscriptView *self,
                                    guint                start,
                                    guint                end)
{
  GtkTextIter s, e;

  g_return_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self));

  _gloss_transcript_view_get_iter (self, &s, start);
  _gloss_transcript_view_get_iter (self, &e, end);
  gtk_text_buffer_select_range (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), &e, &s);
}

void
gloss_transcript_view_place_cursor (GlossTranscriptView *self,
                                    guint                offset)
{
  GtkTextIter iter;

  g_return_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self));

  _gloss_transcript_view_get_iter (self, &iter, offset);
  gtk_text_buffer_place_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), &iter);
}

static void
click_pressed_cb (GtkGestureClick     *gesture,
                  int                  n_press,
                  double               x,
                  double               y,
                  GlossTranscriptView *self)
{
  g_autoptr(GPtrArray) claims = NULL;
  GdkModifierType state;
  GtkTextIter iter;
  int bx, by;

  if (self->project == NULL || n_press != 1)
    return;
  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  if (state & GDK_SHIFT_MASK)
    return;

  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self), &iter, bx, by))
    return;

  claims = gloss_project_get_claims_at (self->project, self->role,
                                        gtk_text_iter_get_offset (&iter));
  if (claims != NULL && claims->len > 0)
    g_signal_emit (self, signals[CLAIM_CLICKED], 0, g_ptr_array_index (claims, claims->len - 1));
}

/* Who asked, and whom an answer answers: the text does not always say. */
/* the topics of each claim at @offset, a line each, with their colours:
 * the text shows one colour per claim (more made GTK 4.8 draw nearby text
 * wrong), so this is where every topic shows */
static void
append_claims_markup (GlossTranscriptView *self,
                      guint                offset,
                      GString             *markup)
{
  g_autoptr(GPtrArray) claims = gloss_project_get_claims_at (self->project, self->role, offset);

  for (guint i = 0; i < claims->len; i++)
    {
      g_autofree char *topics = gloss_topic_markup_claim (self->project, g_ptr_array_index (claims, i), FALSE);

      if (markup->len > 0)
        g_string_append_c (markup, '\n');
      g_string_append (markup, topics);
      if (*topics == '\0')
        g_string_append (markup, _("Claim without a topic"));
    }
}

void
gloss_transcript_view_set_note_func (GlossTranscriptView         *self,
                                     GlossTranscriptViewNoteFunc  func,
                                     gpointer                     data,
                                     GDestroyNotify               destroy)
{
  g_return_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self));

  if (self->note_destroy != NULL)
    self->note_destroy (self->note_data);
  self->note_func = func;
  self->note_data = data;
  self->note_destroy = destroy;
}

char *
gloss_transcript_view_get_tooltip_markup (GlossTranscriptView *self,
                                          guint                offset)
{
  GlossTranscript *transcript;
  const GlossTurn *turn;
  g_autofree char *text = NULL;
  GString *markup;
  int index;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self), NULL);

  if (self->project == NULL)
    return NULL;

  markup = g_string_new (NULL);
  if (self->note_func != NULL)
    {
      g_autofree char *note = self->note_func (self, offset, self->note_data);

      if (note != NULL)
        g_string_append_printf (markup, "%s\n", note);
    }
  append_claims_markup (self, offset, markup);
  /* a note alone has no line under it */
  if (markup->len > 0 && markup->str[markup->len - 1] == '\n')
    g_string_truncate (markup, markup->len - 1);

  transcript = _gloss_transcript_view_text (self);
  index = gloss_transcript_find_turn (transcript, offset);
  turn = index >= 0 ? gloss_transcript_get_turn (transcript, (guint) index) : NULL;
  if (turn != NULL && turn->kind == GLOSS_TURN_QUESTION)
    {
      const char *who = turn->outlet ? turn->outlet : turn->speaker;

      if (who != NULL && *who != '\0')
        /* Translators: tooltip over a question; %s is the news outlet or the asker */
        text = g_strdup_printf (_("Question from %s"), who);
      else
        text = g_strdup (_("Question (outlet not named)"));
    }
  else if (turn != NULL && turn->kind == GLOSS_TURN_ANSWER && turn->answers >= 0 &&
           (guint) turn->answers < gloss_transcript_get_n_turns (transcript))
    {
      const GlossTurn *question = gloss_transcript_get_turn (transcript, (guint) turn->answers);
      const char *who = question->outlet ? question->outlet : question->speaker;

      if (who != NULL && *who != '\0')
        /* Translators: tooltip over an answer; %s is the outlet that asked */
        text = g_strdup_printf (_("Answer to %s"), who);
    }

  if (text != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (text, -1);

      /* under the claims, smaller */
      if (markup->len > 0)
        g_string_append_printf (markup, "\n<small>%s</small>", escaped);
      else
        g_string_append (markup, escaped);
    }

  if (markup->len == 0)
    {
      g_string_free (markup, TRUE);
      return NULL;
    }

  return g_string_free (markup, FALSE);
}

static gboolean
query_tooltip_cb (GtkWidget           *widget,
                  int                  x,
                  int                  y,
                  gboolean             keyboard,
                  GtkTooltip          *tooltip,
                  GlossTranscriptView *self)
{
  GtkTextIter iter;
  int bx, by;
  g_autofree char *markup = NULL;

  if (self->project == NULL || keyboard)
    return FALSE;

  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self), &iter, bx, by))
    return FALSE;

  markup = gloss_transcript_view_get_tooltip_markup (self, (guint) gtk_text_iter_get_offset (&iter));
  if (markup == NULL)
    return FALSE;

  gtk_tooltip_set_custom (tooltip, gloss_tooltip_label_new (markup));
  return TRUE;
}

static void
update_margins (GlossTranscriptView *self,
                int                  width)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  int char_width = pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE;
  int margin = MAX (MIN_MARGIN, (width - char_width * LINE_LENGTH) / 2);

  pango_font_metrics_unref (metrics);

  if (margin == self->margin)
    return;

  self->margin = margin;
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self), margin);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self), margin);
  /* a tag's margin replaces the view's, it does not add to it */
  g_object_set (self->question_tag,
                "left-margin", margin + QUESTION_INDENT,
                "right-margin", margin,
                NULL);
}

static void
gloss_transcript_view_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  update_margins (GLOSS_TRANSCRIPT_VIEW (widget), width);

  GTK_WIDGET_CLASS (gloss_transcript_view_parent_class)->size_allocate (widget, width, height, baseline);
}

static void
add_key_shortcuts (GlossTranscriptView *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  /* before the text view's own key handling, which would only beep */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (controller, "gloss-topic-keys");
  for (guint i = 1; i <= GLOSS_MAX_TOPIC_KEYS; i++)
    {
      char key[2] = { (char) ('0' + i), '\0' };
      guint keyvals[] = { GDK_KEY_0 + i, GDK_KEY_KP_0 + i };

      for (guint k = 0; k < G_N_ELEMENTS (keyvals); k++)
        {
          GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyvals[k], 0),
                                                    gtk_named_action_new ("win.tag-key"));
          GtkShortcut *exact = gtk_shortcut_new (gtk_keyval_trigger_new (keyvals[k], GDK_ALT_MASK),
                                                 gtk_named_action_new ("win.tag-key-exact"));

          gtk_shortcut_set_arguments (shortcut, g_variant_new_string (key));
          gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
          gtk_shortcut_set_arguments (exact, g_variant_new_string (key));
          gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), exact);
        }
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
gloss_transcript_view_dispose (GObject *object)
{
  GlossTranscriptView *self = GLOSS_TRANSCRIPT_VIEW (object);

  _gloss_transcript_view_dispose_highlight (self);
  _gloss_transcript_view_dispose_matches (self);
  disconnect_project (self);
  if (self->owner != NULL)
    g_signal_handlers_disconnect_by_func (self->owner, text_changed_cb, self);
  g_clear_object (&self->owner);

  G_OBJECT_CLASS (gloss_transcript_view_parent_class)->dispose (object);
}

static void
gloss_transcript_view_finalize (GObject *object)
{
  GlossTranscriptView *self = GLOSS_TRANSCRIPT_VIEW (object);

  if (self->note_destroy != NULL)
    self->note_destroy (self->note_data);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->shown_spans, g_hash_table_unref);
  g_clear_pointer (&self->claims, gloss_claim_index_free);
  g_clear_pointer (&self->topic_tags, g_hash_table_unref);

  G_OBJECT_CLASS (gloss_transcript_view_parent_class)->finalize (object);
}

static void
gloss_transcript_view_class_init (GlossTranscriptViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gloss_transcript_view_dispose;
  object_class->finalize = gloss_transcript_view_finalize;
  widget_class->size_allocate = gloss_transcript_view_size_allocate;
  GTK_TEXT_VIEW_CLASS (klass)->snapshot_layer = _gloss_transcript_view_snapshot_layer;

  /* the text shown changed: another project, or the original came or went */
  signals[TEXT_CHANGED] =
    g_signal_new ("text-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CLAIM_CLICKED] =
    g_signal_new ("claim-clicked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, GLOSS_TYPE_CLAIM);
}

static void
gloss_transcript_view_init (GlossTranscriptView *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);
  GtkGesture *click;
  GdkRGBA dim = { 0.5, 0.5, 0.5, 1.0 };

  self->margin = -1;

  g_object_set (buffer, "enable-undo", FALSE, NULL);
  gtk_text_view_set_buffer (view, buffer);
  gtk_text_view_set_editable (view, FALSE);
  gtk_text_view_set_cursor_visible (view, TRUE);
  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_pixels_below_lines (view, 4);
  gtk_text_view_set_top_margin (view, 24);
  gtk_text_view_set_bottom_margin (view, 48);
  gtk_widget_add_css_class (GTK_WIDGET (self), "transcript");

  self->line_start_tags[0] = gtk_text_buffer_create_tag (buffer, "line-start", NULL);
  self->line_start_tags[1] = gtk_text_buffer_create_tag (buffer, "line-start-next", NULL);
  self->dim_tag = gtk_text_buffer_create_tag (buffer, "dim",
                                              "foreground-rgba", &dim,
                                              "scale", 0.9,
                                              NULL);
  self->question_bg = (GdkRGBA) { 0.5, 0.5, 0.5, 0.10 };
  self->question_tag = gtk_text_buffer_create_tag (buffer, "question",
                                                   "style", PANGO_STYLE_ITALIC,
                                                   NULL);
  self->heading_tag = gtk_text_buffer_create_tag (buffer, "heading",
                                                  "weight", PANGO_WEIGHT_BOLD,
                                                  "scale", 1.15,
                                                  "pixels-above-lines", 14,
                                                  "style", PANGO_STYLE_NORMAL,
                                                  NULL);
  self->label_tag = gtk_text_buffer_create_tag (buffer, "label",
                                                "weight", PANGO_WEIGHT_BOLD,
                                                NULL);
  _gloss_transcript_view_init_highlight (self);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  add_key_shortcuts (self);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
}

GtkWidget *
gloss_transcript_view_new (void)
{
  return g_object_new (GLOSS_TYPE_TRANSCRIPT_VIEW, NULL);
}
