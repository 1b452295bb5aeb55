#include "config.h"

#include <glib/gi18n.h>

#include "gloss-suggest.h"
#include "gloss-suggestions-page.h"
#include "gloss-topic-markup.h"

/* a search after an edit waits for the typing to stop */
#define REFRESH_DELAY_MS 400

struct _GlossSuggestionsPage
{
  AdwBin parent_instance;

  GlossHistory *history;
  GlossProject *project;
  GtkTextView *text_view;
  GPtrArray *suggestions;   /* GlossSuggestion, what the list shows */
  GPtrArray *tags;          /* GtkTextTag of ours in the view's buffer */
  gulong changed_id;
  guint refresh_id;
  gboolean searched;
  gboolean stale;

  GtkListBox *list;
  GtkLabel *count_label;
  GtkWidget *accept_all_button;
  GtkStack *stack;
};

G_DEFINE_FINAL_TYPE (GlossSuggestionsPage, gloss_suggestions_page, ADW_TYPE_BIN)

enum {
  SHOW_RANGE,
  COUNT_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_marks (GlossSuggestionsPage *self)
{
  GtkTextBuffer *buffer;
  GtkTextTagTable *table;

  if (self->text_view == NULL)
    return;

  buffer = gtk_text_view_get_buffer (self->text_view);
  table = gtk_text_buffer_get_tag_table (buffer);
  for (guint i = 0; i < self->tags->len; i++)
    gtk_text_tag_table_remove (table, g_ptr_array_index (self->tags, i));
  g_ptr_array_set_size (self->tags, 0);
}

/* Pango has no dashed underline: the error underline (a dotted wave) in
 * the topic's colour is the nearest, and tells a suggestion from a claim's
 * background at a glance */
static GtkTextTag *
tag_for_topic (GlossSuggestionsPage *self,
               const char           *topic_id)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autofree char *name = g_strconcat ("gloss-suggestion-", topic_id, NULL);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  GlossTopic *topic = gloss_project_lookup_topic (self->project, topic_id);
  GdkRGBA color;

  if (tag != NULL)
    return tag;

  if (topic == NULL || !gdk_rgba_parse (&color, gloss_topic_get_color (topic)))
    gdk_rgba_parse (&color, "#9a9996");
  tag = gtk_text_buffer_create_tag (buffer, name,
                                    "underline", PANGO_UNDERLINE_ERROR,
                                    "underline-rgba", &color,
                                    NULL);
  g_ptr_array_add (self->tags, tag);

  return tag;
}

static void
mark_suggestions (GlossSuggestionsPage *self)
{
  GtkTextBuffer *buffer;

  clear_marks (self);
  if (self->text_view == NULL || self->suggestions == NULL)
    return;

  buffer = gtk_text_view_get_buffer (self->text_view);
  for (guint i = 0; i < self->suggestions->len; i++)
    {
      const GlossSuggestion *suggestion = g_ptr_array_index (self->suggestions, i);
      GtkTextIter start, end;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) suggestion->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) suggestion->end);
      gtk_text_buffer_apply_tag (buffer, tag_for_topic (self, suggestion->topics[0]), &start, &end);
    }
}

static void
row_accept_cb (GtkButton            *button,
               GlossSuggestionsPage *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);

  gloss_suggestions_page_accept (self, gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
}

static void
row_reject_cb (GtkButton            *button,
               GlossSuggestionsPage *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);

  gloss_suggestions_page_reject (self, gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
}

static GtkWidget *
make_row (GlossSuggestionsPage  *self,
          const GlossSuggestion *suggestion)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *sentence = gtk_label_new (suggestion->sentence);
  GtkWidget *why = gtk_label_new (NULL);
  GtkWidget *accept = gtk_button_new_from_icon_name ("object-select-symbolic");
  GtkWidget *reject = gtk_button_new_from_icon_name ("window-close-symbolic");
  GString *markup = g_string_new (NULL);
  g_autofree char *keyword = g_markup_escape_text (suggestion->keyword, -1);

  for (guint t = 0; suggestion->topics[t] != NULL; t++)
    {
      GlossTopic *topic = gloss_project_lookup_topic (self->project, suggestion->topics[t]);
      g_autofree char *name = g_markup_escape_text (topic != NULL ? gloss_topic_get_name (topic)
                                                                  : suggestion->topics[t], -1);

      g_string_append_printf (markup, "%s<span foreground=\"%s\">●</span> %s",
                              t > 0 ? "  " : "", topic != NULL ? gloss_topic_get_color (topic) : "#9a9996",
                              name);
    }
  /* Translators: in a suggestion, the word it was found by */
  g_string_append_printf (markup, "  <span alpha=\"70%%\">%s</span>", keyword);

  gtk_label_set_wrap (GTK_LABEL (sentence), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (sentence), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (sentence), 0);
  gtk_label_set_lines (GTK_LABEL (sentence), 4);
  gtk_label_set_ellipsize (GTK_LABEL (sentence), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (sentence), 60);
  gtk_label_set_width_chars (GTK_LABEL (sentence), 10);
  gtk_label_set_markup (GTK_LABEL (why), markup->str);
  gtk_label_set_xalign (GTK_LABEL (why), 0);
  gtk_label_set_ellipsize (GTK_LABEL (why), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (why, "caption");
  g_string_free (markup, TRUE);

  gtk_widget_set_tooltip_text (accept, _("Accept (Return)"));
  gtk_widget_set_tooltip_text (reject, _("Reject (Delete)"));
  for (GtkWidget *b = accept; b != NULL; b = b == accept ? reject : NULL)
    {
      gtk_widget_add_css_class (b, "flat");
      gtk_widget_add_css_class (b, "circular");
      gtk_widget_set_valign (b, GTK_ALIGN_CENTER);
      gtk_widget_set_focus_on_click (b, FALSE);
    }
  g_signal_connect (accept, "clicked", G_CALLBACK (row_accept_cb), self);
  g_signal_connect (reject, "clicked", G_CALLBACK (row_reject_cb), self);

  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (text), sentence);
  gtk_box_append (GTK_BOX (text), why);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), accept);
  gtk_box_append (GTK_BOX (box), reject);
  gtk_widget_set_margin_start (box, 10);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

static void
show_suggestions (GlossSuggestionsPage *self,
                  GPtrArray            *suggestions)
{
  GtkWidget *child;
  g_autofree char *count = NULL;
  int selected = -1;
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  if (row != NULL)
    selected = gtk_list_box_row_get_index (row);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  self->suggestions = suggestions;

  for (guint i = 0; suggestions != NULL && i < suggestions->len; i++)
    gtk_list_box_append (self->list, make_row (self, g_ptr_array_index (suggestions, i)));

  /* the next one takes the place of the one accepted or rejected */
  if (suggestions != NULL && suggestions->len > 0 && selected >= 0)
    {
      GtkListBoxRow *next = gtk_list_box_get_row_at_index (self->list, MIN ((guint) selected, suggestions->len - 1));

      gtk_list_box_select_row (self->list, next);
      if (gtk_widget_has_focus (GTK_WIDGET (self->list)) || gtk_widget_get_focus_child (GTK_WIDGET (self->list)) != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (next));
    }

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u suggestion", "%u suggestions",
                                        suggestions != NULL ? suggestions->len : 0),
                           suggestions != NULL ? suggestions->len : 0);
  gtk_label_set_text (self->count_label, count);
  gtk_widget_set_sensitive (self->accept_all_button, suggestions != NULL && suggestions->len > 0);
  gtk_stack_set_visible_child_name (self->stack, suggestions != NULL && suggestions->len > 0 ? "list" : "empty");
  mark_suggestions (self);
  g_signal_emit (self, signals[COUNT_CHANGED], 0);
}

guint
gloss_suggestions_page_suggest (GlossSuggestionsPage *self)
{
  g_return_val_if_fail (GLOSS_IS_SUGGESTIONS_PAGE (self), 0);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->stale = FALSE;
  if (self->project == NULL)
    {
      show_suggestions (self, NULL);
      return 0;
    }

  self->searched = TRUE;
  show_suggestions (self, gloss_suggest (self->project, NULL));

  return self->suggestions->len;
}

guint
gloss_suggestions_page_get_count (GlossSuggestionsPage *self)
{
  g_return_val_if_fail (GLOSS_IS_SUGGESTIONS_PAGE (self), 0);

  return self->suggestions != NULL ? self->suggestions->len : 0;
}

static void
accept_some (GlossSuggestionsPage *self,
             guint                 from,
             guint                 n)
{
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autoptr(GPtrArray) claims = NULL;

  for (guint i = from; i < from + n && i < self->suggestions->len; i++)
    g_ptr_array_add (chosen, g_ptr_array_index (self->suggestions, i));
  /* the claims' edits refresh the list (project "changed") */
  claims = gloss_suggest_accept (self->history, chosen);
  gloss_suggestions_page_suggest (self);
}

void
gloss_suggestions_page_accept (GlossSuggestionsPage *self,
                               guint                 index)
{
  g_return_if_fail (GLOSS_IS_SUGGESTIONS_PAGE (self));
  g_return_if_fail (self->suggestions != NULL && index < self->suggestions->len);

  accept_some (self, index, 1);
}

void
gloss_suggestions_page_accept_all (GlossSuggestionsPage *self)
{
  g_return_if_fail (GLOSS_IS_SUGGESTIONS_PAGE (self));

  if (self->suggestions != NULL && self->suggestions->len > 0)
    accept_some (self, 0, self->suggestions->len);
}

void
gloss_suggestions_page_reject (GlossSuggestionsPage *self,
                               guint                 index)
{
  const GlossSuggestion *suggestion;

  g_return_if_fail (GLOSS_IS_SUGGESTIONS_PAGE (self));
  g_return_if_fail (self->suggestions != NULL && index < self->suggestions->len);

  suggestion = g_ptr_array_index (self->suggestions, index);
  gloss_history_reject_suggestion (self->history, suggestion->sentence);
  gloss_suggestions_page_suggest (self);
}

static gboolean
refresh_cb (gpointer data)
{
  GlossSuggestionsPage *self = data;

  self->refresh_id = 0;
  gloss_suggestions_page_suggest (self);

  return G_SOURCE_REMOVE;
}

/* undo, redo and edits elsewhere change what is suggested */
static void
project_changed_cb (GlossProject         *project,
                    GlossSuggestionsPage *self)
{
  if (!self->searched)
    return;
  /* a search over a long transcript takes a while: not while hidden */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, refresh_cb, self);
}

static void
map_cb (GtkWidget            *widget,
        GlossSuggestionsPage *self)
{
  if (self->stale)
    gloss_suggestions_page_suggest (self);
}

static void
row_selected_cb (GtkListBox           *list,
                 GtkListBoxRow        *row,
                 GlossSuggestionsPage *self)
{
  const GlossSuggestion *suggestion;
  int index;

  if (row == NULL || self->suggestions == NULL)
    return;
  index = gtk_list_box_row_get_index (row);
  if (index < 0 || (guint) index >= self->suggestions->len)
    return;
  suggestion = g_ptr_array_index (self->suggestions, index);
  g_signal_emit (self, signals[SHOW_RANGE], 0, suggestion->start, suggestion->end);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GlossSuggestionsPage  *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  if (row == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_a:
      gloss_suggestions_page_accept (self, gtk_list_box_row_get_index (row));
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_r:
      gloss_suggestions_page_reject (self, gtk_list_box_row_get_index (row));
      return TRUE;
    default:
      return FALSE;
    }
}

void
gloss_suggestions_page_set_history (GlossSuggestionsPage *self,
                                    GlossHistory         *history,
                                    GtkTextView          *text_view)
{
  g_return_if_fail (GLOSS_IS_SUGGESTIONS_PAGE (self));

  clear_marks (self);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->project != NULL)
    g_clear_signal_handler (&self->changed_id, self->project);
  g_clear_object (&self->project);
  g_set_object (&self->history, history);
  g_set_object (&self->text_view, text_view);
  self->searched = FALSE;
  self->stale = FALSE;
  if (history != NULL)
    {
      self->project = g_object_ref (gloss_history_get_project (history));
      self->changed_id = g_signal_connect (self->project, "changed", G_CALLBACK (project_changed_cb), self);
    }
  show_suggestions (self, NULL);
}

static void
gloss_suggestions_page_dispose (GObject *object)
{
  GlossSuggestionsPage *self = GLOSS_SUGGESTIONS_PAGE (object);

  gloss_suggestions_page_set_history (self, NULL, NULL);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  g_clear_pointer (&self->tags, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), GLOSS_TYPE_SUGGESTIONS_PAGE);

  G_OBJECT_CLASS (gloss_suggestions_page_parent_class)->dispose (object);
}

static void
gloss_suggestions_page_class_init (GlossSuggestionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gloss_suggestions_page_dispose;

  signals[SHOW_RANGE] = g_signal_new ("show-range", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  signals[COUNT_CHANGED] = g_signal_new ("count-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glossapp/Gloss/ui/gloss-suggestions-page.ui");
  gtk_widget_class_bind_template_child (widget_class, GlossSuggestionsPage, list);
  gtk_widget_class_bind_template_child (widget_class, GlossSuggestionsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, GlossSuggestionsPage, accept_all_button);
  gtk_widget_class_bind_template_child (widget_class, GlossSuggestionsPage, stack);
  gtk_widget_class_bind_template_callback (widget_class, map_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, gloss_suggestions_page_suggest);
  gtk_widget_class_bind_template_callback (widget_class, gloss_suggestions_page_accept_all);
}

static void
gloss_suggestions_page_init (GlossSuggestionsPage *self)
{
  self->tags = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  show_suggestions (self, NULL);
}

GtkWidget *
gloss_suggestions_page_new (void)
{
  return g_object_new (GLOSS_TYPE_SUGGESTIONS_PAGE, NULL);
}
