#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "gloss-agreement.h"
#include "gloss-compare-page.h"
#include "gloss-compare.h"
#include "gloss-topic-markup.h"

struct _GlossComparePage
{
  GtkBox parent_instance;

  GlossHistory *history;
  GlossProject *mine;
  GlossProject *theirs;
  char *label;
  GPtrArray *disagreements;

  GtkLabel *title;
  GtkGrid *figures;
  GtkLabel *summary;
  GtkListBox *list;
  GtkWidget *empty;
  guint rebuild_id;
  /* a rebuild reselects a row: the transcript must not jump for it */
  gboolean rebuilding;
};

G_DEFINE_FINAL_TYPE (GlossComparePage, gloss_compare_page, GTK_TYPE_BOX)

/* rows built at most: the list is rebuilt after every edit, and two
 * unrelated projects can differ in tens of thousands of places */
#define MAX_ROWS 300

enum {
  CLAIM_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* the topics as the window shows them (dot and name), or "No topic" */
static char *
topics_markup (GlossProject *project,
               GlossClaim   *claim)
{
  char *markup = gloss_topic_markup_claim (project, claim, FALSE);

  if (*markup != '\0')
    return markup;
  g_free (markup);
  return g_markup_escape_text (_("No topic"), -1);
}

static GtkWidget *
cell (const char *text,
      gboolean    numeric)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1 : 0);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  else
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (label, TRUE);
    }
  return label;
}

static char *
figure (double value)
{
  return isnan (value) ? g_strdup (C_("agreement", "—")) : g_strdup_printf ("%.2f", value);
}

static void
add_figures_row (GtkGrid                     *grid,
                 int                          row,
                 const char                  *name,
                 const GlossAgreementFigures *figures)
{
  g_autofree char *kappa = figure (figures->kappa);
  g_autofree char *alpha = figure (figures->alpha);
  g_autofree char *f1 = figure (figures->f1);
  GtkWidget *first = cell (name, FALSE);

  if (figures->id == NULL)
    gtk_widget_add_css_class (first, "heading");
  gtk_grid_attach (grid, first, 0, row, 1, 1);
  gtk_grid_attach (grid, cell (kappa, TRUE), 1, row, 1, 1);
  gtk_grid_attach (grid, cell (alpha, TRUE), 2, row, 1, 1);
  gtk_grid_attach (grid, cell (f1, TRUE), 3, row, 1, 1);
}

static void
rebuild_figures (GlossComparePage *self)
{
  g_autoptr(GlossAgreement) agreement = NULL;
  GtkWidget *child;
  const char *names[2];
  GlossProject *projects[2] = { self->mine, self->theirs };
  const char *headings[] = { _("Topic"), _("κ"), _("α"), _("F1") };
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->figures))) != NULL)
    gtk_grid_remove (self->figures, child);
  if (self->mine == NULL || self->theirs == NULL)
    return;

  names[0] = _("my project");
  names[1] = self->label;
  agreement = gloss_agreement_new (projects, names, 2, NULL, NULL);
  if (agreement == NULL)
    return;

  for (guint j = 0; j < G_N_ELEMENTS (headings); j++)
    {
      GtkWidget *heading = cell (headings[j], j > 0);

      gtk_widget_add_css_class (heading, "dim-label");
      gtk_grid_attach (self->figures, heading, (int) j, 0, 1, 1);
    }
  gtk_widget_set_tooltip_text (gtk_grid_get_child_at (self->figures, 1, 0),
                               _("Cohen’s κ on the characters of the spoken turns"));
  gtk_widget_set_tooltip_text (gtk_grid_get_child_at (self->figures, 2, 0),
                               _("Krippendorff’s α (nominal) on the characters of the spoken turns"));
  gtk_widget_set_tooltip_text (gtk_grid_get_child_at (self->figures, 3, 0),
                               _("F1 of claims that overlap by at least half"));
  n = gloss_agreement_get_n_topics (agreement);
  for (guint i = 0; i < n; i++)
    {
      const GlossAgreementFigures *figures = gloss_agreement_get_topic (agreement, i);

      add_figures_row (self->figures, (int) i + 1, figures->name, figures);
    }
  add_figures_row (self->figures, (int) n + 1, _("Overall"), gloss_agreement_get_overall (agreement));
}

static const char *
kind_label (GlossDisagreementKind kind)
{
  switch (kind)
    {
    case GLOSS_DISAGREEMENT_ONLY_MINE:
      return _("Only mine");
    case GLOSS_DISAGREEMENT_ONLY_THEIRS:
      return _("Only theirs");
    case GLOSS_DISAGREEMENT_TOPICS:
      return _("Different topics");
    case GLOSS_DISAGREEMENT_EXTENT:
      return _("Different extent");
    default:
      g_return_val_if_reached ("");
    }
}

static const GlossDisagreement *
row_disagreement (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "gloss-disagreement");
}

static void
take_theirs (GlossComparePage *self,
             GtkListBoxRow    *row)
{
  const GlossDisagreement *disagreement = row != NULL ? row_disagreement (row) : NULL;

  if (disagreement == NULL || self->history == NULL)
    return;
  /* the list is rebuilt when my project changes; the disagreement lives
   * in self->disagreements until then */
  gloss_compare_take_theirs (self->history, self->theirs, disagreement);
}

static void
keep_mine (GlossComparePage *self,
           GtkListBoxRow    *row)
{
  GtkListBoxRow *next;

  if (row == NULL)
    return;
  next = gtk_list_box_get_row_at_index (self->list, gtk_list_box_row_get_index (row) + 1);
  if (next != NULL)
    {
      gtk_list_box_select_row (self->list, next);
      gtk_widget_grab_focus (GTK_WIDGET (next));
    }
}

static void
take_clicked_cb (GtkButton        *button,
                 GlossComparePage *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);

  gtk_list_box_select_row (self->list, GTK_LIST_BOX_ROW (row));
  take_theirs (self, GTK_LIST_BOX_ROW (row));
}

static void
keep_clicked_cb (GtkButton        *button,
                 GlossComparePage *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);

  keep_mine (self, GTK_LIST_BOX_ROW (row));
}

/* a quote over several paragraphs, on one line */
static char *
one_line (const char *text)
{
  g_auto(GStrv) lines = g_strsplit_set (text, "\n\r", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_ptr_array_add (kept, lines[i]);
  g_ptr_array_add (kept, NULL);
  return g_strjoinv (" ", (char **) kept->pdata);
}

static GtkWidget *
disagreement_row (GlossComparePage        *self,
                  const GlossDisagreement *disagreement)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *kind = cell (kind_label (disagreement->kind), FALSE);
  GtkWidget *take = gtk_button_new_with_label (_("Take Theirs"));
  GtkWidget *keep = gtk_button_new_with_label (_("Keep Mine"));
  GlossClaim *shown = disagreement->mine != NULL ? disagreement->mine : disagreement->theirs;
  g_autofree char *words = one_line (gloss_claim_get_quote (shown));
  g_autofree char *quote = g_strdup_printf (_("“%s”"), words);
  GtkWidget *quote_label = cell (quote, FALSE);
  g_autofree char *detail = NULL;
  GtkWidget *detail_label;

  if (disagreement->mine != NULL && disagreement->theirs != NULL)
    {
      g_autofree char *mine = topics_markup (self->mine, disagreement->mine);
      g_autofree char *theirs = topics_markup (self->theirs, disagreement->theirs);

      if (disagreement->kind == GLOSS_DISAGREEMENT_EXTENT)
        /* TRANSLATORS: their words for the same claim */
        {
          g_autofree char *their_words = one_line (gloss_claim_get_quote (disagreement->theirs));

          g_autofree char *escaped = g_markup_escape_text (their_words, -1);

          detail = g_strdup_printf (_("Theirs: “%s”"), escaped);
        }
      else
        /* TRANSLATORS: "Mine: 5G · Theirs: Vaccines" */
        detail = g_strdup_printf (_("Mine: %s · Theirs: %s"), mine, theirs);
    }
  else
    detail = topics_markup (disagreement->mine != NULL ? self->mine : self->theirs, shown);

  gtk_widget_add_css_class (kind, "heading");
  gtk_box_append (GTK_BOX (box), kind);

  gtk_label_set_lines (GTK_LABEL (quote_label), 2);
  gtk_label_set_wrap (GTK_LABEL (quote_label), TRUE);
  gtk_box_append (GTK_BOX (box), quote_label);
  detail_label = cell (NULL, FALSE);
  gtk_label_set_markup (GTK_LABEL (detail_label), detail);
  gtk_widget_add_css_class (detail_label, "dim-label");
  gtk_box_append (GTK_BOX (box), detail_label);

  gtk_widget_set_tooltip_text (take, _("Make my project agree with theirs here (T)"));
  gtk_widget_set_tooltip_text (keep, _("Leave mine as it is and go to the next one (M)"));
  gtk_widget_set_name (take, "take-theirs");
  gtk_widget_set_name (keep, "keep-mine");
  g_signal_connect (take, "clicked", G_CALLBACK (take_clicked_cb), self);
  g_signal_connect (keep, "clicked", G_CALLBACK (keep_clicked_cb), self);
  gtk_widget_set_halign (top, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (top), keep);
  gtk_box_append (GTK_BOX (top), take);
  gtk_box_append (GTK_BOX (box), top);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "gloss-disagreement", (gpointer) disagreement);
  return row;
}

static void
rebuild (GlossComparePage *self)
{
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->list);
  int index = selected != NULL ? gtk_list_box_row_get_index (selected) : -1;
  gboolean had_focus = selected != NULL && gtk_widget_has_focus (GTK_WIDGET (selected));
  GtkWidget *child;
  guint n_shown;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_clear_pointer (&self->disagreements, g_ptr_array_unref);
  rebuild_figures (self);

  if (self->mine == NULL || self->theirs == NULL)
    {
      gtk_label_set_text (self->summary, "");
      gtk_widget_set_visible (self->empty, FALSE);
      return;
    }

  self->disagreements = gloss_compare_disagreements (self->mine, self->theirs);
  n_shown = MIN (self->disagreements->len, MAX_ROWS);
  for (guint i = 0; i < n_shown; i++)
    gtk_list_box_append (self->list, disagreement_row (self, g_ptr_array_index (self->disagreements, i)));
  gtk_widget_set_visible (self->empty, self->disagreements->len == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->summary), self->disagreements->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->list), self->disagreements->len > 0);

  if (self->disagreements->len == 0)
    gtk_label_set_text (self->summary, "");
  else
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u disagreement",
                                                            "%u disagreements",
                                                            self->disagreements->len),
                                               self->disagreements->len);

      if (n_shown < self->disagreements->len)
        {
          /* TRANSLATORS: after "%u disagreements": the list shows only the first ones */
          g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "the first %u is listed",
                                                                "the first %u are listed",
                                                                n_shown),
                                                   n_shown);
          g_autofree char *both = g_strdup_printf (_("%s (%s)"), text, more);

          gtk_label_set_text (self->summary, both);
        }
      else
        gtk_label_set_text (self->summary, text);
    }

  /* after taking theirs, the next disagreement is where this one was */
  if (index >= 0)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, index);

      if (row == NULL && index > 0)
        row = gtk_list_box_get_row_at_index (self->list, index - 1);
      if (row != NULL)
        {
          gtk_list_box_select_row (self->list, row);
          if (had_focus)
            gtk_widget_grab_focus (GTK_WIDGET (row));
        }
    }
}

static gboolean
rebuild_cb (gpointer data)
{
  GlossComparePage *self = data;

  self->rebuild_id = 0;
  self->rebuilding = TRUE;
  rebuild (self);
  self->rebuilding = FALSE;
  return G_SOURCE_REMOVE;
}

static void
project_changed_cb (GlossProject     *project,
                    GlossComparePage *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_cb, self);
}

/* compare.take-theirs (T) and compare.keep-mine (M), on the selected row */
static void
take_theirs_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  GlossComparePage *self = GLOSS_COMPARE_PAGE (widget);

  take_theirs (self, gtk_list_box_get_selected_row (self->list));
}

static void
keep_mine_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GlossComparePage *self = GLOSS_COMPARE_PAGE (widget);

  keep_mine (self, gtk_list_box_get_selected_row (self->list));
}

static void
row_activated_cb (GtkListBox       *list,
                  GtkListBoxRow    *row,
                  GlossComparePage *self)
{
  const GlossDisagreement *disagreement = row != NULL ? row_disagreement (row) : NULL;

  if (disagreement == NULL || self->rebuilding)
    return;

  g_signal_emit (self, signals[CLAIM_ACTIVATED], 0, disagreement->mine, disagreement->theirs);
}

static void
gloss_compare_page_dispose (GObject *object)
{
  GlossComparePage *self = GLOSS_COMPARE_PAGE (object);

  gloss_compare_page_set_history (self, NULL);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_pointer (&self->disagreements, g_ptr_array_unref);
  g_clear_object (&self->theirs);
  g_clear_pointer (&self->label, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), GLOSS_TYPE_COMPARE_PAGE);

  G_OBJECT_CLASS (gloss_compare_page_parent_class)->dispose (object);
}

static void
gloss_compare_page_class_init (GlossComparePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gloss_compare_page_dispose;

  signals[CLAIM_ACTIVATED] =
    g_signal_new ("claim-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, GLOSS_TYPE_CLAIM, GLOSS_TYPE_CLAIM);

  gtk_widget_class_install_action (widget_class, "compare.take-theirs", NULL, take_theirs_action);
  gtk_widget_class_install_action (widget_class, "compare.keep-mine", NULL, keep_mine_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, 0, "compare.take-theirs", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, 0, "compare.keep-mine", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glossapp/Gloss/ui/gloss-compare-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GlossComparePage, title);
  gtk_widget_class_bind_template_child (widget_class, GlossComparePage, figures);
  gtk_widget_class_bind_template_child (widget_class, GlossComparePage, summary);
  gtk_widget_class_bind_template_child (widget_class, GlossComparePage, list);
  gtk_widget_class_bind_template_child (widget_class, GlossComparePage, empty);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
gloss_compare_page_init (GlossComparePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
gloss_compare_page_new (void)
{
  return g_object_new (GLOSS_TYPE_COMPARE_PAGE, NULL);
}

void
gloss_compare_page_set_history (GlossComparePage *self,
                                GlossHistory     *history)
{
  g_return_if_fail (GLOSS_IS_COMPARE_PAGE (self));
  g_return_if_fail (history == NULL || GLOSS_IS_HISTORY (history));

  if (self->history == history)
    return;

  if (self->mine != NULL)
    g_signal_handlers_disconnect_by_func (self->mine, project_changed_cb, self);
  g_clear_object (&self->mine);
  g_set_object (&self->history, history);
  if (history != NULL)
    {
      self->mine = g_object_ref (gloss_history_get_project (history));
      g_signal_connect (self->mine, "changed", G_CALLBACK (project_changed_cb), self);
    }
  if (history == NULL)
    g_clear_object (&self->theirs);
  else if (self->theirs != NULL)
    {
      GlossProject *projects[2] = { self->mine, self->theirs };
      const char *names[2] = { "", "" };
      g_autoptr(GlossAgreement) check = gloss_agreement_new (projects, names, 2, NULL, NULL);

      /* another project, on another text: nothing to compare any more */
      if (check == NULL)
        g_clear_object (&self->theirs);
    }
  if (self->list != NULL)
    rebuild (self);
}

gboolean
gloss_compare_page_set_theirs (GlossComparePage *self,
                               GlossProject     *theirs,
                               const char       *label,
                               GError          **error)
{
  g_return_val_if_fail (GLOSS_IS_COMPARE_PAGE (self), FALSE);
  g_return_val_if_fail (theirs == NULL || GLOSS_IS_PROJECT (theirs), FALSE);

  if (theirs != NULL && self->mine != NULL)
    {
      GlossProject *projects[2] = { self->mine, theirs };
      const char *names[2] = { _("my project"), label };
      g_autoptr(GlossAgreement) check = gloss_agreement_new (projects, names, 2, NULL, error);

      if (check == NULL)
        return FALSE;
    }

  g_set_object (&self->theirs, theirs);
  g_free (self->label);
  self->label = g_strdup (label);
  if (label != NULL)
    {
      /* TRANSLATORS: the compare page's title; %s is the other annotator's file */
      g_autofree char *title = g_strdup_printf (_("Compared with %s"), label);

      gtk_label_set_text (self->title, title);
    }
  rebuild (self);
  return TRUE;
}

GlossProject *
gloss_compare_page_get_theirs (GlossComparePage *self)
{
  g_return_val_if_fail (GLOSS_IS_COMPARE_PAGE (self), NULL);

  return self->theirs;
}

guint
gloss_compare_page_get_n_disagreements (GlossComparePage *self)
{
  g_return_val_if_fail (GLOSS_IS_COMPARE_PAGE (self), 0);

  return self->disagreements != NULL ? self->disagreements->len : 0;
}
