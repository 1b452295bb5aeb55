#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "gloss-review-marks.h"

#define N_SIDES 2
/* the work of one main-loop turn, for each pane: well inside a 60 Hz frame */
#define MARK_BUDGET_US 2500
/* how many tags between two looks at the clock */
#define MARK_STRIDE 64
/* the characters cleared of old marks at once */
#define CLEAR_CHUNK 32768

typedef struct
{
  GlossTranscriptView *view;
  GtkTextTag *figure_tag;
  GtkTextTag *problem_tag;
  /* the findings with a figure on this side, by the figure's start */
  GPtrArray *findings;
  /* the next of @findings to mark, and the idle that marks it */
  guint next;
  guint idle_id;
  /* tags were applied since the view last loaded its text */
  gboolean marked;
  /* an old review's marks being cleared first, from @clear_at on, all
   * but [keep_start, keep_end): what is on screen, marked anew already */
  gboolean clearing;
  guint clear_at;
  guint keep_start;
  guint keep_end;
} Side;

struct _GlossReviewMarks
{
  GObject parent_instance;

  GlossReview *review;
  Side sides[N_SIDES];
};

G_DEFINE_FINAL_TYPE (GlossReviewMarks, gloss_review_marks, G_TYPE_OBJECT)

static Side *
side_of (GlossReviewMarks *self,
         GlossTextRole     role)
{
  return &self->sides[role == GLOSS_TEXT_ORIGINAL ? 1 : 0];
}

static GlossTextRole
role_of (guint s)
{
  return s == 1 ? GLOSS_TEXT_ORIGINAL : GLOSS_TEXT_TRANSCRIPT;
}

static void
update_colors (GlossReviewMarks *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  /* the accent blue for a figure; red, well off the topics' colours, for a problem */
  GdkRGBA figure = dark ? (GdkRGBA) { 0.47, 0.68, 0.93, 1.0 } : (GdkRGBA) { 0.11, 0.44, 0.85, 1.0 };
  GdkRGBA problem = dark ? (GdkRGBA) { 1.0, 0.48, 0.39, 1.0 } : (GdkRGBA) { 0.75, 0.11, 0.16, 1.0 };
  GdkRGBA problem_bg = dark ? (GdkRGBA) { 1.0, 0.48, 0.39, 0.18 } : (GdkRGBA) { 0.88, 0.11, 0.14, 0.12 };

  for (guint s = 0; s < N_SIDES; s++)
    {
      g_object_set (self->sides[s].figure_tag, "foreground-rgba", &figure, NULL);
      g_object_set (self->sides[s].problem_tag,
                    "foreground-rgba", &problem,
                    "background-rgba", &problem_bg,
                    "underline", PANGO_UNDERLINE_ERROR,
                    "underline-rgba", &problem,
                    NULL);
    }
}

static void
dark_changed_cb (AdwStyleManager  *manager,
                 GParamSpec       *pspec,
                 GlossReviewMarks *self)
{
  update_colors (self);
}

static int
compare_start (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  GlossTextRole role = GPOINTER_TO_INT (user_data);
  guint sa = gloss_review_finding_get_start (*(GlossReviewFinding **) a, role);
  guint sb = gloss_review_finding_get_start (*(GlossReviewFinding **) b, role);

  return sa < sb ? -1 : sa > sb;
}

/* the review is of the text this side shows */
static gboolean
review_fits (GlossReviewMarks *self,
             guint             s)
{
  GlossProject *project = gloss_transcript_view_get_project (self->sides[s].view);
  GlossTranscript *reviewed;

  if (self->review == NULL || project == NULL)
    return FALSE;
  reviewed = s == 1 ? gloss_review_get_original (self->review) : gloss_review_get_transcript (self->review);

  return reviewed == gloss_project_get_text (project, role_of (s));
}

/* tags findings [from, to) of @side, in text order, each iterator a step
 * on from the last (looking every offset up from the start costs more the
 * longer the text); stops at @deadline (monotonic µs, 0: none) and
 * returns where it stopped */
static guint
mark_range (Side   *side,
            guint   s,
            guint   from,
            guint   to,
            gint64  deadline)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (side->view));
  GlossTextRole role = role_of (s);
  GtkTextIter start, end;
  guint i;

  if (from >= to)
    return to;
  side->marked = TRUE;
  gtk_text_buffer_get_iter_at_offset (buffer, &end,
                                      (int) gloss_review_finding_get_figure (side->findings->pdata[from], role)->start);
  for (i = from; i < to; i++)
    {
      GlossReviewFinding *finding = side->findings->pdata[i];
      const GlossFigure *figure = gloss_review_finding_get_figure (finding, role);
      int at = gtk_text_iter_get_offset (&end);

      if (deadline > 0 && (i - from) % MARK_STRIDE == MARK_STRIDE - 1 && g_get_monotonic_time () >= deadline)
        break;
      start = end;
      if ((int) figure->start >= at)
        gtk_text_iter_forward_chars (&start, (int) figure->start - at);
      else
        gtk_text_iter_backward_chars (&start, at - (int) figure->start);
      end = start;
      gtk_text_iter_forward_chars (&end, (int) (figure->end - figure->start));
      gtk_text_buffer_apply_tag (buffer,
                                 gloss_review_finding_is_problem (finding) ? side->problem_tag : side->figure_tag,
                                 &start, &end);
    }

  return i;
}

/* the first finding starting at or after @offset */
static guint
lower_bound (Side          *side,
             GlossTextRole  role,
             guint          offset)
{
  guint lo = 0, hi = side->findings->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (gloss_review_finding_get_start (side->findings->pdata[mid], role) < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
clear_span (Side *side,
            guint from,
            guint to)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (side->view));
  GtkTextIter start, end;

  if (from >= to)
    return;
  gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) from);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) to);
  gtk_text_buffer_remove_tag (buffer, side->figure_tag, &start, &end);
  gtk_text_buffer_remove_tag (buffer, side->problem_tag, &start, &end);
}

/* clears the old marks a chunk at a time until @deadline; TRUE when done */
static gboolean
clear_some (Side   *side,
            gint64  deadline)
{
  guint length = (guint) gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (GTK_TEXT_VIEW (side->view)));

  while (side->clear_at < length)
    {
      guint to = MIN (side->clear_at + CLEAR_CHUNK, length);

      clear_span (side, side->clear_at, MIN (to, side->keep_start));
      clear_span (side, MAX (side->clear_at, side->keep_end), to);
      side->clear_at = to;
      if (g_get_monotonic_time () >= deadline)
        break;
    }
  side->clearing = side->clear_at < length;
  return !side->clearing;
}

typedef struct
{
  GlossReviewMarks *self;
  guint s;
} MarkIdle;

static gboolean
mark_idle_cb (gpointer data)
{
  MarkIdle *idle = data;
  Side *side = &idle->self->sides[idle->s];
  gint64 deadline = g_get_monotonic_time () + MARK_BUDGET_US;

  /* the old marks go first: marking before would have them cleared */
  if (side->clearing && !clear_some (side, deadline))
    return G_SOURCE_CONTINUE;
  side->next = mark_range (side, idle->s, side->next, side->findings->len, deadline);
  if (side->next < side->findings->len)
    return G_SOURCE_CONTINUE;
  side->idle_id = 0;
  return G_SOURCE_REMOVE;
}

static void
apply_side (GlossReviewMarks *self,
            guint             s)
{
  Side *side = &self->sides[s];
  GtkTextView *text_view = GTK_TEXT_VIEW (side->view);
  GlossTextRole role = role_of (s);
  GtkTextIter start, end;
  GdkRectangle visible;
  gboolean sorted = TRUE;
  guint shown_start = 0, shown_end = 0;

  g_clear_handle_id (&side->idle_id, g_source_remove);
  side->next = 0;
  g_ptr_array_set_size (side->findings, 0);
  if (review_fits (self, s))
    for (guint i = 0; i < gloss_review_get_n_findings (self->review); i++)
      {
        GlossReviewFinding *finding = gloss_review_get_finding (self->review, i);

        if (gloss_review_finding_get_figure (finding, role) == NULL)
          continue;
        /* the translation's findings come in its order already */
        if (side->findings->len > 0 &&
            compare_start (&side->findings->pdata[side->findings->len - 1], &finding, GINT_TO_POINTER (role)) > 0)
          sorted = FALSE;
        g_ptr_array_add (side->findings, g_object_ref (finding));
      }
  if (!sorted)
    g_ptr_array_sort_with_data (side->findings, compare_start, GINT_TO_POINTER (role));

  /* what is on screen now, cleared and marked at once */
  gtk_text_view_get_visible_rect (text_view, &visible);
  if (visible.height > 0)
    {
      gtk_text_view_get_iter_at_location (text_view, &start, visible.x, visible.y);
      gtk_text_view_get_iter_at_location (text_view, &end, visible.x + visible.width, visible.y + visible.height);
      gtk_text_iter_set_line_offset (&start, 0);
      gtk_text_iter_forward_line (&end);
      shown_start = (guint) gtk_text_iter_get_offset (&start);
      shown_end = (guint) gtk_text_iter_get_offset (&end);
    }
  if (side->marked || side->clearing)
    {
      clear_span (side, shown_start, shown_end);
      side->clearing = TRUE;
      side->clear_at = 0;
      side->keep_start = shown_start;
      side->keep_end = shown_end;
    }
  mark_range (side, s, lower_bound (side, role, shown_start), lower_bound (side, role, shown_end), 0);

  /* the rest, old marks cleared first, in later turns of the main loop */
  if (side->clearing || side->findings->len > 0)
    {
      MarkIdle *idle = g_new (MarkIdle, 1);

      idle->self = self;
      idle->s = s;
      /* after the frame (GDK_PRIORITY_REDRAW), so that one comes between
       * two slices, and before the text view's own layout work (which
       * would starve a lower priority for seconds on a long text) */
      side->idle_id = g_idle_add_full (GDK_PRIORITY_REDRAW + 2, mark_idle_cb, idle, g_free);
    }
}

gboolean
gloss_review_marks_get_pending (GlossReviewMarks *self)
{
  g_return_val_if_fail (GLOSS_IS_REVIEW_MARKS (self), FALSE);

  for (guint s = 0; s < N_SIDES; s++)
    if (self->sides[s].idle_id != 0)
      return TRUE;
  return FALSE;
}

/* the view loaded another text: its marks went with the old one */
static void
text_changed_cb (GlossTranscriptView *view,
                 GlossReviewMarks    *self)
{
  for (guint s = 0; s < N_SIDES; s++)
    if (self->sides[s].view == view)
      {
        /* a new text has no tags */
        self->sides[s].marked = FALSE;
        self->sides[s].clearing = FALSE;
        apply_side (self, s);
      }
}

void
gloss_review_marks_set_review (GlossReviewMarks *self,
                               GlossReview      *review)
{
  g_return_if_fail (GLOSS_IS_REVIEW_MARKS (self));
  g_return_if_fail (review == NULL || GLOSS_IS_REVIEW (review));

  g_set_object (&self->review, review);
  for (guint s = 0; s < N_SIDES; s++)
    apply_side (self, s);
}

GtkTextTag *
gloss_review_marks_get_tag (GlossReviewMarks *self,
                            GlossTextRole     role,
                            gboolean          problem)
{
  g_return_val_if_fail (GLOSS_IS_REVIEW_MARKS (self), NULL);

  return problem ? side_of (self, role)->problem_tag : side_of (self, role)->figure_tag;
}

GlossReviewFinding *
gloss_review_marks_finding_at (GlossReviewMarks *self,
                               GlossTextRole     role,
                               guint             offset)
{
  Side *side;
  guint lo = 0, hi;

  g_return_val_if_fail (GLOSS_IS_REVIEW_MARKS (self), NULL);

  side = side_of (self, role);
  hi = side->findings->len;
  /* the last figure starting at or before @offset */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (gloss_review_finding_get_start (side->findings->pdata[mid], role) <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0)
    return NULL;
  if (gloss_review_finding_get_end (side->findings->pdata[lo - 1], role) <= offset)
    return NULL;

  return side->findings->pdata[lo - 1];
}

static const char *
status_heading (GlossFigureFindingStatus status)
{
  switch (status)
    {
    case GLOSS_FIGURE_MISMATCH:
      return _("The figures differ");
    case GLOSS_FIGURE_MISSING_IN_TRANSLATION:
      return _("Not in the translation");
    case GLOSS_FIGURE_MISSING_IN_ORIGINAL:
      return _("Not in the original");
    case GLOSS_FIGURE_MATCH:
    default:
      return _("The figures match");
    }
}

static void
append_figure_line (GString            *markup,
                    const char         *label,
                    GlossReviewFinding *finding,
                    GlossTranscript    *text,
                    GlossTextRole       role)
{
  const char *figure = gloss_review_finding_get_text (finding, role);
  const char *language = text ? gloss_transcript_get_language (text) : NULL;
  g_autofree char *escaped_label = g_markup_escape_text (label, -1);
  g_autofree char *escaped = g_markup_escape_text (*figure ? figure : "—", -1);

  g_string_append_printf (markup, "\n%s <b>", escaped_label);
  if (language != NULL && *language != '\0')
    {
      g_autofree char *lang = g_markup_escape_text (language, -1);

      g_string_append_printf (markup, "<span lang=\"%s\">%s</span>", lang, escaped);
    }
  else
    g_string_append (markup, escaped);
  g_string_append (markup, "</b>");
}

char *
gloss_review_marks_dup_note (GlossReviewMarks *self,
                             GlossTextRole     role,
                             guint             offset)
{
  GlossReviewFinding *finding;
  GString *markup;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (GLOSS_IS_REVIEW_MARKS (self), NULL);

  finding = gloss_review_marks_finding_at (self, role, offset);
  if (finding == NULL || !gloss_review_finding_is_problem (finding))
    return NULL;

  heading = g_markup_escape_text (status_heading (gloss_review_finding_get_status (finding)), -1);
  markup = g_string_new (NULL);
  g_string_append_printf (markup, "<span weight=\"bold\">%s</span>", heading);
  /* Translators: in a tooltip, before the translation's figure */
  append_figure_line (markup, _("Translation:"), finding, gloss_review_get_transcript (self->review),
                      GLOSS_TEXT_TRANSCRIPT);
  /* Translators: in a tooltip, before the original's figure */
  append_figure_line (markup, _("Original:"), finding, gloss_review_get_original (self->review),
                      GLOSS_TEXT_ORIGINAL);

  return g_string_free (markup, FALSE);
}

static char *
note_cb (GlossTranscriptView *view,
         guint                offset,
         gpointer             data)
{
  GlossReviewMarks *self = data;

  return gloss_review_marks_dup_note (self, gloss_transcript_view_get_role (view), offset);
}

static void
gloss_review_marks_dispose (GObject *object)
{
  GlossReviewMarks *self = GLOSS_REVIEW_MARKS (object);

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  for (guint s = 0; s < N_SIDES; s++)
    {
      Side *side = &self->sides[s];

      g_clear_handle_id (&side->idle_id, g_source_remove);
      if (side->view != NULL)
        {
          g_signal_handlers_disconnect_by_data (side->view, self);
          gloss_transcript_view_set_note_func (side->view, NULL, NULL, NULL);
        }
      g_clear_object (&side->view);
      g_clear_pointer (&side->findings, g_ptr_array_unref);
    }
  g_clear_object (&self->review);

  G_OBJECT_CLASS (gloss_review_marks_parent_class)->dispose (object);
}

static void
gloss_review_marks_class_init (GlossReviewMarksClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = gloss_review_marks_dispose;
}

static void
gloss_review_marks_init (GlossReviewMarks *self)
{
}

GlossReviewMarks *
gloss_review_marks_new (GlossParallelView *view)
{
  GlossReviewMarks *self;

  g_return_val_if_fail (GLOSS_IS_PARALLEL_VIEW (view), NULL);

  self = g_object_new (GLOSS_TYPE_REVIEW_MARKS, NULL);
  for (guint s = 0; s < N_SIDES; s++)
    {
      Side *side = &self->sides[s];
      GtkTextBuffer *buffer;

      side->view = g_object_ref (gloss_parallel_view_get_view (view, role_of (s)));
      buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (side->view));
      side->findings = g_ptr_array_new_with_free_func (g_object_unref);
      side->figure_tag = gtk_text_buffer_create_tag (buffer, "review-figure", NULL);
      side->problem_tag = gtk_text_buffer_create_tag (buffer, "review-problem", NULL);
      g_signal_connect (side->view, "text-changed", G_CALLBACK (text_changed_cb), self);
      gloss_transcript_view_set_note_func (side->view, note_cb, self, NULL);
    }
  update_colors (self);
  g_signal_connect (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (dark_changed_cb), self);

  return self;
}
