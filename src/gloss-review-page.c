#include "config.h"

#include <glib/gi18n.h>

#include "gloss-review-page.h"

#define N_FILTERS (GLOSS_REVIEW_FILTER_ALL + 1)

struct _GlossReviewPage
{
  AdwBin parent_instance;

  GlossProject *project;
  GlossReview *review;
  GCancellable *cancellable;
  guint check_id;
  GlossReviewFilter filter;

  GtkDropDown *filter_dropdown;
  GtkStringList *filter_labels;
  GtkSpinner *spinner;
  GtkStack *stack;
  GtkListView *list;
  AdwStatusPage *empty_page;
  GtkWidget *claim_button;

  GtkCustomFilter *status_filter;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;
  /* the list is being refilled: selection changes are not the user's */
  gboolean refilling;
  gboolean stepping;
};

G_DEFINE_FINAL_TYPE (GlossReviewPage, gloss_review_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_REVIEW,
  PROP_BUSY,
  N_PROPS
};

enum {
  FINDING_ACTIVATED,
  CLAIM_FINDING,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
filter_accepts (GlossReviewFilter        filter,
                GlossFigureFindingStatus status)
{
  switch (filter)
    {
    case GLOSS_REVIEW_FILTER_PROBLEMS:
      return status != GLOSS_FIGURE_MATCH;
    case GLOSS_REVIEW_FILTER_MISMATCH:
      return status == GLOSS_FIGURE_MISMATCH;
    case GLOSS_REVIEW_FILTER_MISSING_IN_TRANSLATION:
      return status == GLOSS_FIGURE_MISSING_IN_TRANSLATION;
    case GLOSS_REVIEW_FILTER_MISSING_IN_ORIGINAL:
      return status == GLOSS_FIGURE_MISSING_IN_ORIGINAL;
    case GLOSS_REVIEW_FILTER_MATCH:
      return status == GLOSS_FIGURE_MATCH;
    case GLOSS_REVIEW_FILTER_ALL:
    default:
      return TRUE;
    }
}

static guint
count_for (GlossReviewPage   *self,
           GlossReviewFilter  filter)
{
  guint n = 0;

  if (self->review == NULL)
    return 0;
  for (GlossFigureFindingStatus s = 0; s <= GLOSS_FIGURE_FINDING_STATUS_LAST; s++)
    if (filter_accepts (filter, s))
      n += gloss_review_count (self->review, s);

  return n;
}

char *
gloss_review_page_dup_filter_label (GlossReviewPage   *self,
                                    GlossReviewFilter  filter)
{
  const char *name;

  g_return_val_if_fail (GLOSS_IS_REVIEW_PAGE (self), NULL);

  switch (filter)
    {
    case GLOSS_REVIEW_FILTER_PROBLEMS:
      name = _("Problems");
      break;
    case GLOSS_REVIEW_FILTER_MISMATCH:
      name = _("Mismatches");
      break;
    case GLOSS_REVIEW_FILTER_MISSING_IN_TRANSLATION:
      name = _("Missing in the translation");
      break;
    case GLOSS_REVIEW_FILTER_MISSING_IN_ORIGINAL:
      name = _("Missing in the original");
      break;
    case GLOSS_REVIEW_FILTER_MATCH:
      name = _("Matches");
      break;
    case GLOSS_REVIEW_FILTER_ALL:
    default:
      name = _("All figures");
      break;
    }

  /* Translators: a filter of the review's findings and how many it lets
   * through: “Mismatches (3)” */
  return g_strdup_printf (C_("review filter", "%s (%u)"), name, count_for (self, filter));
}

static void
update_filter_labels (GlossReviewPage *self)
{
  char *labels[N_FILTERS + 1] = { NULL };

  for (guint i = 0; i < N_FILTERS; i++)
    labels[i] = gloss_review_page_dup_filter_label (self, i);

  /* replacing the strings resets the choice: keep it */
  g_signal_handlers_block_matched (self->filter_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_string_list_splice (self->filter_labels, 0, g_list_model_get_n_items (G_LIST_MODEL (self->filter_labels)),
                          (const char * const *) labels);
  gtk_drop_down_set_selected (self->filter_dropdown, self->filter);
  g_signal_handlers_unblock_matched (self->filter_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  for (guint i = 0; i < N_FILTERS; i++)
    g_free (labels[i]);
}

static void
update_empty (GlossReviewPage *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0;
  gboolean busy = self->cancellable != NULL;

  gtk_widget_set_sensitive (self->claim_button, gloss_review_page_get_selected (self) != NULL);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
  if (!empty)
    return;

  if (self->review == NULL && busy)
    {
      adw_status_page_set_title (self->empty_page, _("Checking the Figures…"));
      adw_status_page_set_description (self->empty_page, NULL);
      adw_status_page_set_icon_name (self->empty_page, "content-loading-symbolic");
    }
  else if (self->review == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("No Original Text"));
      adw_status_page_set_description (self->empty_page,
                                       _("Add the original text to check the figures of the translation against it"));
      adw_status_page_set_icon_name (self->empty_page, "view-dual-symbolic");
    }
  else if (self->filter == GLOSS_REVIEW_FILTER_PROBLEMS)
    {
      adw_status_page_set_title (self->empty_page, _("No Problems Found"));
      adw_status_page_set_description (self->empty_page,
                                       _("Every figure of the translation matches the original"));
      adw_status_page_set_icon_name (self->empty_page, "emblem-ok-symbolic");
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("Nothing to Show"));
      adw_status_page_set_description (self->empty_page, _("No figure has this status"));
      adw_status_page_set_icon_name (self->empty_page, "edit-find-symbolic");
    }
}

static void
set_review (GlossReviewPage *self,
            GlossReview     *review)
{
  if (self->review == review)
    return;

  g_set_object (&self->review, review);
  self->refilling = TRUE;
  gtk_filter_list_model_set_model (self->filtered, review ? G_LIST_MODEL (review) : NULL);
  self->refilling = FALSE;
  update_filter_labels (self);
  update_empty (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW]);
}

static void
checked_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GlossReviewPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossReview) review = gloss_review_new_finish (result, &error);

  /* a later check, or none, took this one's place */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->cancellable);
  if (review == NULL)
    g_warning ("The translation review failed: %s", error->message);
  set_review (self, review);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static gboolean
check_cb (gpointer data)
{
  GlossReviewPage *self = data;
  GlossProject *project = self->project;

  self->check_id = 0;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (project == NULL || gloss_project_get_original (project) == NULL ||
      gloss_project_get_alignment (project) == NULL)
    {
      set_review (self, NULL);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
      return G_SOURCE_REMOVE;
    }

  self->cancellable = g_cancellable_new ();
  gloss_review_new_async (project, self->cancellable, checked_cb, g_object_ref (self));
  update_empty (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);

  return G_SOURCE_REMOVE;
}

/* the original and its alignment come together: check once for both */
static void
queue_check (GlossReviewPage *self)
{
  if (self->check_id == 0)
    self->check_id = g_idle_add (check_cb, self);
}

static void
project_changed_cb (GlossProject    *project,
                    GParamSpec      *pspec,
                    GlossReviewPage *self)
{
  queue_check (self);
}

/* findings of the old original point into a text no longer shown */
static void
original_changed_cb (GlossProject    *project,
                     GParamSpec      *pspec,
                     GlossReviewPage *self)
{
  set_review (self, NULL);
  queue_check (self);
}

void
gloss_review_page_set_project (GlossReviewPage *self,
                               GlossProject    *project)
{
  g_return_if_fail (GLOSS_IS_REVIEW_PAGE (self));
  g_return_if_fail (project == NULL || GLOSS_IS_PROJECT (project));

  if (self->project == project)
    return;

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_set_object (&self->project, project);
  if (project != NULL)
    {
      g_signal_connect (project, "notify::original", G_CALLBACK (original_changed_cb), self);
      g_signal_connect (project, "notify::alignment", G_CALLBACK (project_changed_cb), self);
    }
  /* the old project's findings are not this one's */
  set_review (self, NULL);
  queue_check (self);
}

GlossReview *
gloss_review_page_get_review (GlossReviewPage *self)
{
  g_return_val_if_fail (GLOSS_IS_REVIEW_PAGE (self), NULL);

  return self->review;
}

gboolean
gloss_review_page_get_busy (GlossReviewPage *self)
{
  g_return_val_if_fail (GLOSS_IS_REVIEW_PAGE (self), FALSE);

  return self->check_id != 0 || self->cancellable != NULL;
}

void
gloss_review_page_set_filter (GlossReviewPage   *self,
                              GlossReviewFilter  filter)
{
  g_return_if_fail (GLOSS_IS_REVIEW_PAGE (self));
  g_return_if_fail (filter <= GLOSS_REVIEW_FILTER_ALL);

  if (self->filter == filter)
    return;

  self->filter = filter;
  gtk_drop_down_set_selected (self->filter_dropdown, filter);
  self->refilling = TRUE;
  gtk_filter_changed (GTK_FILTER (self->status_filter), GTK_FILTER_CHANGE_DIFFERENT);
  self->refilling = FALSE;
  update_empty (self);
}

GlossReviewFilter
gloss_review_page_get_filter (GlossReviewPage *self)
{
  g_return_val_if_fail (GLOSS_IS_REVIEW_PAGE (self), GLOSS_REVIEW_FILTER_PROBLEMS);

  return self->filter;
}

GListModel *
gloss_review_page_get_shown (GlossReviewPage *self)
{
  g_return_val_if_fail (GLOSS_IS_REVIEW_PAGE (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

GlossReviewFinding *
gloss_review_page_get_selected (GlossReviewPage *self)
{
  g_return_val_if_fail (GLOSS_IS_REVIEW_PAGE (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

void
gloss_review_page_select (GlossReviewPage *self,
                          guint            position)
{
  g_return_if_fail (GLOSS_IS_REVIEW_PAGE (self));

  gtk_single_selection_set_selected (self->selection, position);
}

gboolean
gloss_review_page_step_problem (GlossReviewPage *self,
                                gboolean         forward)
{
  GListModel *shown;
  guint n, selected;

  g_return_val_if_fail (GLOSS_IS_REVIEW_PAGE (self), FALSE);

  shown = G_LIST_MODEL (self->filtered);
  n = g_list_model_get_n_items (shown);
  selected = gtk_single_selection_get_selected (self->selection);
  for (guint k = 1; k <= n; k++)
    {
      guint position;
      g_autoptr(GlossReviewFinding) finding = NULL;

      /* from nothing selected, forward starts at the first, back at the last */
      if (selected == GTK_INVALID_LIST_POSITION)
        position = forward ? k - 1 : n - k;
      else
        position = forward ? (selected + k) % n : (selected + n - k) % n;
      finding = g_list_model_get_item (shown, position);
      if (!gloss_review_finding_is_problem (finding))
        continue;

      /* selected_cb would activate it too when the list has the focus */
      self->stepping = TRUE;
      gtk_single_selection_set_selected (self->selection, position);
      self->stepping = FALSE;
      gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", position);
      g_signal_emit (self, signals[FINDING_ACTIVATED], 0, finding);
      return TRUE;
    }

  return FALSE;
}

void
gloss_review_page_focus_list (GlossReviewPage *self)
{
  g_return_if_fail (GLOSS_IS_REVIEW_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->list));
}

static gboolean
status_filter_cb (gpointer item,
                  gpointer user_data)
{
  GlossReviewPage *self = user_data;

  return filter_accepts (self->filter, gloss_review_finding_get_status (item));
}

static void
filter_selected_cb (GtkDropDown     *dropdown,
                    GParamSpec      *pspec,
                    GlossReviewPage *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected < N_FILTERS)
    gloss_review_page_set_filter (self, selected);
}

static const char *
status_label (GlossFigureFindingStatus status)
{
  switch (status)
    {
    case GLOSS_FIGURE_MATCH:
      return _("Match");
    case GLOSS_FIGURE_MISMATCH:
      return _("Mismatch");
    case GLOSS_FIGURE_MISSING_IN_TRANSLATION:
      return _("Missing in the translation");
    case GLOSS_FIGURE_MISSING_IN_ORIGINAL:
    default:
      return _("Missing in the original");
    }
}

static const char *
status_css_class (GlossFigureFindingStatus status)
{
  switch (status)
    {
    case GLOSS_FIGURE_MATCH:
      return "success";
    case GLOSS_FIGURE_MISMATCH:
      return "error";
    default:
      return "warning";
    }
}

/* a figure in the language of its text, so that 万 and 亿 get a Chinese font */
static void
append_figure (GString         *markup,
               GlossTranscript *text,
               const char      *figure)
{
  const char *language = text ? gloss_transcript_get_language (text) : NULL;
  g_autofree char *escaped = g_markup_escape_text (figure && *figure ? figure : "—", -1);

  if (language != NULL && *language != '\0')
    {
      g_autofree char *lang = g_markup_escape_text (language, -1);

      g_string_append_printf (markup, "<span lang=\"%s\">%s</span>", lang, escaped);
    }
  else
    g_string_append (markup, escaped);
}

static const char *
speaker_of (GlossTranscript *text,
            int              turn)
{
  if (text == NULL || turn < 0 || (guint) turn >= gloss_transcript_get_n_turns (text))
    return NULL;

  return gloss_transcript_get_turn (text, (guint) turn)->speaker;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *figures = gtk_label_new (NULL);
  GtkWidget *where = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "review-row");
  gtk_label_set_xalign (GTK_LABEL (figures), 0);
  gtk_label_set_wrap (GTK_LABEL (figures), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (figures), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (where), 0);
  gtk_label_set_ellipsize (GTK_LABEL (where), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (where, "caption");
  gtk_box_append (GTK_BOX (box), figures);
  gtk_box_append (GTK_BOX (box), where);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             GlossReviewPage          *self)
{
  GlossReviewFinding *finding = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *figures = gtk_widget_get_first_child (box);
  GtkWidget *where = gtk_widget_get_next_sibling (figures);
  GlossTranscript *transcript = self->review ? gloss_review_get_transcript (self->review) : NULL;
  GlossTranscript *original = self->review ? gloss_review_get_original (self->review) : NULL;
  GlossFigureFindingStatus status = gloss_review_finding_get_status (finding);
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autofree char *escaped_status = g_markup_escape_text (status_label (status), -1);
  g_autofree char *description = gloss_review_finding_describe (finding);
  const char *speaker;
  int turn;

  append_figure (markup, transcript, gloss_review_finding_get_text (finding, GLOSS_TEXT_TRANSCRIPT));
  /* the translation's figure against the original's */
  g_string_append (markup, status == GLOSS_FIGURE_MATCH ? "  =  " : "  ≠  ");
  append_figure (markup, original, gloss_review_finding_get_text (finding, GLOSS_TEXT_ORIGINAL));
  gtk_label_set_markup (GTK_LABEL (figures), markup->str);

  turn = gloss_review_finding_get_pair_turn (finding, GLOSS_TEXT_TRANSCRIPT);
  speaker = speaker_of (transcript, turn);
  g_string_truncate (markup, 0);
  g_string_append_printf (markup, "<span weight=\"bold\">%s</span>", escaped_status);
  if (speaker != NULL && *speaker != '\0')
    {
      g_autofree char *escaped = g_markup_escape_text (speaker, -1);

      g_string_append_printf (markup, " · %s", escaped);
    }
  gtk_label_set_markup (GTK_LABEL (where), markup->str);
  for (GlossFigureFindingStatus s = 0; s <= GLOSS_FIGURE_FINDING_STATUS_LAST; s++)
    gtk_widget_remove_css_class (where, status_css_class (s));
  gtk_widget_add_css_class (where, status_css_class (status));
  gtk_widget_set_tooltip_text (box, description);
}

static void
list_activate_cb (GtkListView     *list,
                  guint            position,
                  GlossReviewPage *self)
{
  g_autoptr(GlossReviewFinding) finding = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (finding != NULL)
    g_signal_emit (self, signals[FINDING_ACTIVATED], 0, finding);
}

static gboolean
list_has_focus (GlossReviewPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == GTK_WIDGET (self->list) || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list)));
}

/* the user moving through the list sees each finding at its place */
static void
selected_cb (GtkSingleSelection *selection,
             GParamSpec         *pspec,
             GlossReviewPage    *self)
{
  GlossReviewFinding *finding = gtk_single_selection_get_selected_item (selection);

  gtk_widget_set_sensitive (self->claim_button, finding != NULL);
  if (finding != NULL && !self->refilling && !self->stepping && list_has_focus (self))
    g_signal_emit (self, signals[FINDING_ACTIVATED], 0, finding);
}

static void
claim_clicked_cb (GtkButton       *button,
                  GlossReviewPage *self)
{
  GlossReviewFinding *finding = gloss_review_page_get_selected (self);

  if (finding != NULL)
    g_signal_emit (self, signals[CLAIM_FINDING], 0, finding);
}

static gboolean
claim_shortcut_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  GlossReviewPage *self = GLOSS_REVIEW_PAGE (widget);
  GlossReviewFinding *finding = gloss_review_page_get_selected (self);

  if (finding == NULL)
    return FALSE;
  g_signal_emit (self, signals[CLAIM_FINDING], 0, finding);

  return TRUE;
}

static void
gloss_review_page_dispose (GObject *object)
{
  GlossReviewPage *self = GLOSS_REVIEW_PAGE (object);

  g_clear_handle_id (&self->check_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_object (&self->project);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), GLOSS_TYPE_REVIEW_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->review);

  G_OBJECT_CLASS (gloss_review_page_parent_class)->dispose (object);
}

static void
gloss_review_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  GlossReviewPage *self = GLOSS_REVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_REVIEW:
      g_value_set_object (value, self->review);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, gloss_review_page_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_review_page_class_init (GlossReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gloss_review_page_dispose;
  object_class->get_property = gloss_review_page_get_property;

  properties[PROP_REVIEW] = g_param_spec_object ("review", NULL, NULL, GLOSS_TYPE_REVIEW,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[FINDING_ACTIVATED] =
    g_signal_new ("finding-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSS_TYPE_REVIEW_FINDING);
  signals[CLAIM_FINDING] =
    g_signal_new ("claim-finding", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSS_TYPE_REVIEW_FINDING);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_t, 0, claim_shortcut_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, claim_shortcut_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, claim_shortcut_cb, NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glossapp/Gloss/ui/gloss-review-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GlossReviewPage, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GlossReviewPage, filter_labels);
  gtk_widget_class_bind_template_child (widget_class, GlossReviewPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, GlossReviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, GlossReviewPage, list);
  gtk_widget_class_bind_template_child (widget_class, GlossReviewPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, GlossReviewPage, claim_button);
  gtk_widget_class_bind_template_callback (widget_class, filter_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, claim_clicked_cb);
}

static void
gloss_review_page_init (GlossReviewPage *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->status_filter = gtk_custom_filter_new (status_filter_cb, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->status_filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (self->selection, "notify::selected", G_CALLBACK (selected_cb), self);
  g_signal_connect_swapped (self->filtered, "items-changed", G_CALLBACK (update_empty), self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  gtk_list_view_set_factory (self->list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));

  update_filter_labels (self);
  update_empty (self);
}

GtkWidget *
gloss_review_page_new (void)
{
  return g_object_new (GLOSS_TYPE_REVIEW_PAGE, NULL);
}
