#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "gloss-claim-status.h"
#include "gloss-stats-page.h"
#include "gloss-stats.h"

#define REFRESH_DELAY_MS 300
#define LABEL_WIDTH      120.0
#define CELL_HEIGHT      26.0
#define HEADER_HEIGHT    24.0
#define CELL_GAP         3.0
#define TIMELINE_TURNS   14.0
#define TIMELINE_ROW     9.0
#define MAX_QUESTIONS    15

struct _GlossStatsPage
{
  AdwBin parent_instance;

  GlossProject *project;
  GlossStats *stats;
  gulong changed_id;
  guint refresh_id;
  gboolean stale;

  GtkDrawingArea *matrix;
  GtkDrawingArea *timeline;
  GtkBox *questions_box;
  GtkBox *status_box;
  GtkLabel *summary_label;
};

G_DEFINE_FINAL_TYPE (GlossStatsPage, gloss_stats_page, ADW_TYPE_BIN)

enum {
  FILTER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
widget_color (GtkWidget *widget,
              GdkRGBA   *color)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
topic_color (GlossTopic *topic,
             GdkRGBA    *color)
{
  if (!gdk_rgba_parse (color, gloss_topic_get_color (topic)))
    gdk_rgba_parse (color, "#9a9996");
}

static double
column_width (GlossStatsPage *self,
              int             width)
{
  guint n = self->stats != NULL ? MAX (self->stats->topics->len, 1) : 1;

  return MAX (28.0, MIN (90.0, (width - LABEL_WIDTH) / n));
}

static PangoLayout *
make_layout (GtkWidget  *widget,
             const char *text,
             double      width,
             gboolean    bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attrs = pango_attr_list_new ();

  /* a width of 0: a count, never cut, smaller in narrow columns */
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  else
    pango_attr_list_insert (attrs, pango_attr_scale_new (-width >= 40 ? 1.0 :
                                                         strlen (text) > 3 ? PANGO_SCALE_X_SMALL : PANGO_SCALE_SMALL));
  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

/* speakers as rows, topics as columns: topics are few, and a sidebar is
 * taller than it is wide */
static void
draw_matrix (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  GlossStatsPage *self = data;
  GtkWidget *widget = GTK_WIDGET (area);
  GdkRGBA fg;
  double col;
  guint max = 1;

  if (self->stats == NULL)
    return;

  widget_color (widget, &fg);
  col = column_width (self, width);
  for (guint t = 0; t < self->stats->topics->len; t++)
    for (guint s = 0; s < self->stats->speakers->len; s++)
      max = MAX (max, gloss_stats_count (self->stats, t, s));

  for (guint t = 0; t < self->stats->topics->len; t++)
    {
      GlossTopic *topic = g_ptr_array_index (self->stats->topics, t);
      g_autoptr(PangoLayout) layout = make_layout (widget, gloss_topic_get_name (topic), col - 4, TRUE);
      GdkRGBA color;
      int lw, lh;

      topic_color (topic, &color);
      pango_layout_get_pixel_size (layout, &lw, &lh);
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_rectangle (cr, LABEL_WIDTH + t * col + 2, HEADER_HEIGHT - 4, col - 4, 3);
      cairo_fill (cr);
      gdk_cairo_set_source_rgba (cr, &fg);
      cairo_move_to (cr, LABEL_WIDTH + t * col + (col - lw) / 2, (HEADER_HEIGHT - 4 - lh) / 2);
      pango_cairo_show_layout (cr, layout);
    }

  for (guint s = 0; s < self->stats->speakers->len; s++)
    {
      const char *speaker = g_ptr_array_index (self->stats->speakers, s);
      g_autoptr(PangoLayout) name = make_layout (widget, speaker, LABEL_WIDTH - 8, FALSE);
      double y = HEADER_HEIGHT + s * CELL_HEIGHT;
      int lw, lh;

      pango_layout_get_pixel_size (name, &lw, &lh);
      gdk_cairo_set_source_rgba (cr, &fg);
      cairo_move_to (cr, 0, y + (CELL_HEIGHT - lh) / 2);
      pango_cairo_show_layout (cr, name);

      for (guint t = 0; t < self->stats->topics->len; t++)
        {
          guint n = gloss_stats_count (self->stats, t, s);
          g_autofree char *number = g_strdup_printf ("%u", n);
          g_autoptr(PangoLayout) count = NULL;
          GdkRGBA color;
          double x = LABEL_WIDTH + t * col;

          topic_color (g_ptr_array_index (self->stats->topics, t), &color);
          /* the share of the busiest cell, never so faint it vanishes */
          color.alpha = n > 0 ? 0.2 + 0.8 * n / max : 0.06;
          gdk_cairo_set_source_rgba (cr, &color);
          cairo_rectangle (cr, x + CELL_GAP / 2, y + CELL_GAP / 2, col - CELL_GAP, CELL_HEIGHT - CELL_GAP);
          cairo_fill (cr);
          if (n == 0)
            continue;
          count = make_layout (widget, number, -col, color.alpha > 0.6 && col >= 40);
          pango_layout_get_pixel_size (count, &lw, &lh);
          if (color.alpha > 0.6)
            cairo_set_source_rgb (cr, 1, 1, 1);
          else
            gdk_cairo_set_source_rgba (cr, &fg);
          cairo_move_to (cr, x + (col - lw) / 2, y + (CELL_HEIGHT - lh) / 2);
          pango_cairo_show_layout (cr, count);
        }
    }
}

static void
draw_timeline (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        data)
{
  GlossStatsPage *self = data;
  GlossTranscript *text;
  guint length, n_claims, n_topics;
  GdkRGBA fg;
  g_autoptr(GHashTable) rows = NULL;
  g_autofree guint8 *ticks = NULL;

  if (self->project == NULL)
    return;

  widget_color (GTK_WIDGET (area), &fg);
  text = gloss_project_get_transcript (self->project);
  length = MAX (gloss_transcript_get_length (text), 1);

  /* turns: remarks in the text colour, answers lighter, questions in the
   * accent colour (as libadwaita has it in light and dark), header and
   * footer faint */
  for (guint i = 0; i < gloss_transcript_get_n_turns (text); i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (text, i);
      double x0 = (double) turn->start * width / length;
      double x1 = (double) turn->end * width / length;
      GdkRGBA color = fg;

      if (turn->kind == GLOSS_TURN_QUESTION)
        gdk_rgba_parse (&color, adw_style_manager_get_dark (adw_style_manager_get_default ())
                                ? "#78aeed" : "#1c71d8");
      else
        color.alpha = turn->kind == GLOSS_TURN_ANSWER ? 0.4 :
                      turn->kind == GLOSS_TURN_REMARKS ? 0.7 : 0.08;
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_rectangle (cr, x0, 0, MAX (x1 - x0 - 1, 1), TIMELINE_TURNS);
      cairo_fill (cr);
    }

  /* claims: one tick row per topic; one pass over the claims marks the
   * pixels that have a tick, so 50,000 claims cost one loop */
  rows = g_hash_table_new (g_str_hash, g_str_equal);
  n_topics = gloss_project_get_n_topics (self->project);
  for (guint t = 0; t < n_topics; t++)
    g_hash_table_insert (rows, (gpointer) gloss_topic_get_id (gloss_project_get_topic (self->project, t)),
                         GUINT_TO_POINTER (t + 1));
  ticks = g_new0 (guint8, (gsize) MAX (n_topics, 1) * MAX (width, 1));
  n_claims = gloss_project_get_n_claims (self->project);
  for (guint i = 0; i < n_claims; i++)
    {
      GlossClaim *claim = gloss_project_get_claim (self->project, i);
      const char * const *ids;
      guint x;

      if (gloss_claim_get_text_role (claim) != GLOSS_TEXT_TRANSCRIPT || gloss_claim_get_orphaned (claim))
        continue;
      x = MIN ((guint) ((guint64) gloss_claim_get_start (claim) * width / length), (guint) MAX (width - 1, 0));
      ids = gloss_claim_get_topics (claim);
      for (guint k = 0; ids[k] != NULL; k++)
        {
          guint row = GPOINTER_TO_UINT (g_hash_table_lookup (rows, ids[k]));

          if (row > 0)
            ticks[(gsize) (row - 1) * width + x] = 1;
        }
    }
  for (guint t = 0; t < n_topics; t++)
    {
      GdkRGBA color;

      topic_color (gloss_project_get_topic (self->project, t), &color);
      gdk_cairo_set_source_rgba (cr, &color);
      for (int x = 0; x < width; x++)
        if (ticks[(gsize) t * width + x])
          cairo_rectangle (cr, x, TIMELINE_TURNS + 4 + t * TIMELINE_ROW, 2, TIMELINE_ROW - 2);
      cairo_fill (cr);
    }
}

static int
compare_claims_desc (gconstpointer a,
                     gconstpointer b)
{
  const GlossStatsQuestion *qa = a, *qb = b;

  if (qa->claims != qb->claims)
    return qa->claims > qb->claims ? -1 : 1;

  return qa->turn < qb->turn ? -1 : qa->turn > qb->turn;
}

static int
compare_turns (gconstpointer a,
               gconstpointer b)
{
  const GlossStatsQuestion *qa = a, *qb = b;

  return qa->turn < qb->turn ? -1 : qa->turn > qb->turn;
}

static void
rebuild_lists (GlossStatsPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->questions_box))) != NULL)
    gtk_box_remove (self->questions_box, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->status_box))) != NULL)
    gtk_box_remove (self->status_box, child);
  if (self->stats == NULL)
    return;

  {
    g_autoptr(GArray) shown = g_array_copy (self->stats->questions);
    guint max = 1;

    /* a long briefing has hundreds of questions: the ones with the most
     * claims, in text order, and how many are left out */
    if (shown->len > MAX_QUESTIONS)
      {
        g_array_sort (shown, compare_claims_desc);
        g_array_set_size (shown, MAX_QUESTIONS);
        g_array_sort (shown, compare_turns);
      }
    for (guint q = 0; q < shown->len; q++)
      max = MAX (max, g_array_index (shown, GlossStatsQuestion, q).claims);
    for (guint q = 0; q < shown->len; q++)
      {
        const GlossStatsQuestion *question = &g_array_index (shown, GlossStatsQuestion, q);
        GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
        GtkWidget *label = gtk_label_new (question->asked_by);
        GtkWidget *bar = gtk_level_bar_new_for_interval (0, max);
        g_autofree char *number = g_strdup_printf ("%u", question->claims);
        GtkWidget *count = gtk_label_new (number);

        gtk_label_set_xalign (GTK_LABEL (label), 0);
        gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
        gtk_label_set_width_chars (GTK_LABEL (label), 14);
        gtk_label_set_max_width_chars (GTK_LABEL (label), 14);
        gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), question->claims);
        /* one colour for every bar: these are counts, not levels */
        gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
        gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
        gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
        gtk_widget_set_hexpand (bar, TRUE);
        gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
        gtk_widget_add_css_class (count, "numeric");
        gtk_box_append (GTK_BOX (row), label);
        gtk_box_append (GTK_BOX (row), bar);
        gtk_box_append (GTK_BOX (row), count);
        gtk_box_append (self->questions_box, row);
      }
    if (self->stats->questions->len > shown->len)
      {
        g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "The %u question with the most claims, of %u",
                                                              "The %u questions with the most claims, of %u",
                                                              shown->len),
                                                 shown->len, self->stats->questions->len);
        GtkWidget *note = gtk_label_new (more);

        gtk_label_set_xalign (GTK_LABEL (note), 0);
        gtk_label_set_wrap (GTK_LABEL (note), TRUE);
        gtk_widget_add_css_class (note, "caption");
        gtk_widget_add_css_class (note, "dim-label");
        gtk_box_append (self->questions_box, note);
      }
  }

  for (guint st = 0; st <= GLOSS_CLAIM_STATUS_LAST; st++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *icon = gtk_image_new_from_icon_name (gloss_claim_status_icon_name (st));
      GtkWidget *label = gtk_label_new (gloss_claim_status_get_label (st));
      g_autofree char *number = g_strdup_printf ("%u", self->stats->by_status[st]);
      GtkWidget *count = gtk_label_new (number);

      gtk_widget_add_css_class (row, "claim-record");
      gtk_widget_add_css_class (row, gloss_claim_status_css_class (st));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_add_css_class (count, "numeric");
      gtk_box_append (GTK_BOX (row), icon);
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (GTK_BOX (row), count);
      gtk_box_append (self->status_box, row);
    }
}

void
gloss_stats_page_refresh (GlossStatsPage *self)
{
  g_return_if_fail (GLOSS_IS_STATS_PAGE (self));

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->stale = FALSE;
  g_clear_pointer (&self->stats, gloss_stats_free);
  if (self->project != NULL)
    self->stats = gloss_stats_new (self->project);

  gtk_drawing_area_set_content_height (self->matrix,
                                       self->stats != NULL
                                       ? (int) (HEADER_HEIGHT + self->stats->speakers->len * CELL_HEIGHT) : 0);
  gtk_drawing_area_set_content_height (self->timeline,
                                       self->project != NULL
                                       ? (int) (TIMELINE_TURNS + 6 + gloss_project_get_n_topics (self->project) * TIMELINE_ROW)
                                       : 0);
  if (self->stats != NULL)
    {
      g_autofree char *summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim", "%u claims",
                                                               self->stats->n_claims),
                                                  self->stats->n_claims);

      gtk_label_set_text (self->summary_label, summary);
    }
  rebuild_lists (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->matrix));
  gtk_widget_queue_draw (GTK_WIDGET (self->timeline));
}

static gboolean
refresh_cb (gpointer data)
{
  GlossStatsPage *self = data;

  self->refresh_id = 0;
  gloss_stats_page_refresh (self);

  return G_SOURCE_REMOVE;
}

/* counted again a moment after an edit when shown, else when next shown:
 * 50,000 claims take a few dozen milliseconds */
static void
project_changed_cb (GlossProject   *project,
                    GlossStatsPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  if (self->refresh_id == 0)
    self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, refresh_cb, self);
}

static void
map_cb (GtkWidget      *widget,
        GlossStatsPage *self)
{
  if (self->stale)
    gloss_stats_page_refresh (self);
}

int
gloss_stats_page_cell_at (GlossStatsPage *self,
                          double          x,
                          double          y,
                          char          **topic_id,
                          char          **speaker)
{
  double col;
  int t, s;

  g_return_val_if_fail (GLOSS_IS_STATS_PAGE (self), -1);

  if (self->stats == NULL || x < LABEL_WIDTH || y < HEADER_HEIGHT)
    return -1;
  col = column_width (self, gtk_widget_get_width (GTK_WIDGET (self->matrix)));
  t = (int) ((x - LABEL_WIDTH) / col);
  s = (int) ((y - HEADER_HEIGHT) / CELL_HEIGHT);
  if (t >= (int) self->stats->topics->len || s >= (int) self->stats->speakers->len)
    return -1;

  if (topic_id != NULL)
    *topic_id = g_strdup (gloss_topic_get_id (g_ptr_array_index (self->stats->topics, t)));
  if (speaker != NULL)
    *speaker = g_strdup (g_ptr_array_index (self->stats->speakers, s));

  return (int) gloss_stats_count (self->stats, t, s);
}

static void
matrix_pressed_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   GlossStatsPage  *self)
{
  g_autofree char *topic_id = NULL;
  g_autofree char *speaker = NULL;

  if (gloss_stats_page_cell_at (self, x, y, &topic_id, &speaker) < 0)
    return;
  g_signal_emit (self, signals[FILTER], 0, topic_id, speaker);
}

void
gloss_stats_page_set_project (GlossStatsPage *self,
                              GlossProject   *project)
{
  g_return_if_fail (GLOSS_IS_STATS_PAGE (self));

  if (self->project != NULL)
    g_clear_signal_handler (&self->changed_id, self->project);
  g_set_object (&self->project, project);
  if (project != NULL)
    self->changed_id = g_signal_connect (project, "changed", G_CALLBACK (project_changed_cb), self);
  gloss_stats_page_refresh (self);
}

static void
gloss_stats_page_dispose (GObject *object)
{
  GlossStatsPage *self = GLOSS_STATS_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->project != NULL)
    g_clear_signal_handler (&self->changed_id, self->project);
  g_clear_object (&self->project);
  g_clear_pointer (&self->stats, gloss_stats_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), GLOSS_TYPE_STATS_PAGE);

  G_OBJECT_CLASS (gloss_stats_page_parent_class)->dispose (object);
}

static void
gloss_stats_page_class_init (GlossStatsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gloss_stats_page_dispose;

  signals[FILTER] = g_signal_new ("filter", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glossapp/Gloss/ui/gloss-stats-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GlossStatsPage, matrix);
  gtk_widget_class_bind_template_child (widget_class, GlossStatsPage, timeline);
  gtk_widget_class_bind_template_child (widget_class, GlossStatsPage, questions_box);
  gtk_widget_class_bind_template_child (widget_class, GlossStatsPage, status_box);
  gtk_widget_class_bind_template_child (widget_class, GlossStatsPage, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, map_cb);
  gtk_widget_class_bind_template_callback (widget_class, matrix_pressed_cb);
}

static void
gloss_stats_page_init (GlossStatsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* a draw function and a named cursor have no builder syntax */
  gtk_drawing_area_set_draw_func (self->matrix, draw_matrix, self, NULL);
  gtk_drawing_area_set_draw_func (self->timeline, draw_timeline, self, NULL);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->matrix), "pointer");
}

GtkWidget *
gloss_stats_page_new (void)
{
  return g_object_new (GLOSS_TYPE_STATS_PAGE, NULL);
}
