#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "gloss-find-bar.h"
#include "gloss-text-find.h"

struct _GlossFindBar
{
  GtkWidget parent_instance;

  GtkSearchBar *search_bar;
  GtkSearchEntry *entry;
  GtkLabel *count_label;
  GtkWidget *previous_button;
  GtkWidget *next_button;

  /* the views that can be searched, the first one by default */
  GPtrArray *views;
  GPtrArray *focus_controllers;
  GlossTranscriptView *view;
  /* the view's text folded, made on the first search of it */
  GlossTextFinder *finder;
  /* what the matches shown are for, NULL for none */
  char *query;
  /* GtkSearchBar empties its entry when it closes: what to put back */
  char *last_text;
  char *count_text;
};

G_DEFINE_FINAL_TYPE (GlossFindBar, gloss_find_bar, GTK_TYPE_WIDGET)

static void
update_count (GlossFindBar *self)
{
  guint n = self->view != NULL ? gloss_transcript_view_get_n_matches (self->view) : 0;
  int current = self->view != NULL ? gloss_transcript_view_get_current_match (self->view) : -1;

  g_free (self->count_text);
  if (self->query == NULL || *self->query == '\0')
    self->count_text = g_strdup ("");
  else if (n == 0)
    self->count_text = g_strdup (_("No matches"));
  else
    /* Translators: the find bar's count, "3 of 17": the match the text is
     * on, and how many there are (the plural goes by the second number) */
    self->count_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u of %2$u match",
                                                     "%1$u of %2$u matches", n),
                                        (guint) (current + 1), n);
  gtk_label_set_text (self->count_label, self->count_text);

  if (self->query != NULL && *self->query != '\0' && n == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
  gtk_widget_set_sensitive (self->previous_button, n > 0);
  gtk_widget_set_sensitive (self->next_button, n > 0);
}

static void
remember_query (GlossFindBar *self)
{
  g_free (self->last_text);
  self->last_text = g_strdup (self->query);
}

static void
clear_matches (GlossFindBar *self)
{
  if (self->view != NULL)
    gloss_transcript_view_set_matches (self->view, NULL, 0);
  g_clear_pointer (&self->query, g_free);
}

/* the first match at or after the cursor, so a longer query stays on the
 * match it was on, and the search starts where the reader is */
static int
match_from_cursor (GlossTranscriptView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));

  return gloss_transcript_view_find_match (view, (guint) gtk_text_iter_get_offset (&iter));
}

static void
search (GlossFindBar *self,
        const char   *text)
{
  GlossProject *project;
  GlossTranscript *transcript;
  g_autoptr(GArray) spans = NULL;

  if (self->view == NULL || g_strcmp0 (text, self->query) == 0)
    return;

  clear_matches (self);
  self->query = g_strdup (text);
  project = gloss_transcript_view_get_project (self->view);
  if (*text != '\0' && project != NULL && gloss_transcript_view_has_text (self->view))
    {
      transcript = gloss_project_get_text (project, gloss_transcript_view_get_role (self->view));
      if (self->finder == NULL)
        self->finder = gloss_text_finder_new (gloss_transcript_get_text (transcript),
                                              (gssize) gloss_transcript_get_text_size (transcript));
      spans = gloss_text_finder_find (self->finder, text);
      gloss_transcript_view_set_matches (self->view, (const GlossTextSpan *) (gpointer) spans->data, spans->len);
      gloss_transcript_view_set_current_match (self->view, match_from_cursor (self->view));
    }
  update_count (self);
}

static void
search_again (GlossFindBar *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry)));

  clear_matches (self);
  if (gtk_search_bar_get_search_mode (self->search_bar))
    search (self, text);
  update_count (self);
}

static void
search_changed_cb (GlossFindBar *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    search (self, gtk_editable_get_text (GTK_EDITABLE (self->entry)));
}

static void
step (GlossFindBar *self,
      int           delta)
{
  guint n;
  int current;

  /* Enter right after typing, before the pause ran the search */
  search_changed_cb (self);
  if (self->view == NULL || (n = gloss_transcript_view_get_n_matches (self->view)) == 0)
    return;

  current = gloss_transcript_view_get_current_match (self->view);
  current = current < 0 ? 0 : (int) ((current + delta + (int) n) % (int) n);
  gloss_transcript_view_set_current_match (self->view, current);
  update_count (self);
}

void
gloss_find_bar_next (GlossFindBar *self)
{
  g_return_if_fail (GLOSS_IS_FIND_BAR (self));

  step (self, 1);
}

void
gloss_find_bar_previous (GlossFindBar *self)
{
  g_return_if_fail (GLOSS_IS_FIND_BAR (self));

  step (self, -1);
}

static void
next_cb (GlossFindBar *self)
{
  step (self, 1);
}

static void
previous_cb (GlossFindBar *self)
{
  step (self, -1);
}

static void
stop_search_cb (GlossFindBar *self)
{
  gloss_find_bar_close (self);
}

static void
search_mode_cb (GlossFindBar *self)
{
  /* the close button, or Escape */
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      if (self->query != NULL && *self->query != '\0')
        remember_query (self);
      clear_matches (self);
      update_count (self);
    }
}

/* Shift+Enter goes back; the entry's own activate is Enter */
static gboolean
entry_key_pressed_cb (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GlossFindBar          *self)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter) &&
      (state & GDK_SHIFT_MASK) != 0)
    {
      step (self, -1);
      return TRUE;
    }

  return FALSE;
}

static void
set_view (GlossFindBar        *self,
          GlossTranscriptView *view)
{
  if (view == self->view)
    return;

  clear_matches (self);
  g_clear_pointer (&self->finder, gloss_text_finder_free);
  self->view = view;
  search_again (self);
}

static void
view_focus_enter_cb (GtkEventControllerFocus *controller,
                     GlossFindBar            *self)
{
  set_view (self, GLOSS_TRANSCRIPT_VIEW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

/* a pane hidden (side by side turned off): back to the first view */
static void
view_unmap_cb (GlossTranscriptView *view,
               GlossFindBar        *self)
{
  if (view == self->view && self->views->len > 0 && g_ptr_array_index (self->views, 0) != view)
    set_view (self, g_ptr_array_index (self->views, 0));
}

static void
view_text_changed_cb (GlossTranscriptView *view,
                      GlossFindBar        *self)
{
  if (view != self->view)
    return;

  /* the view dropped its marks with its old text */
  g_clear_pointer (&self->finder, gloss_text_finder_free);
  search_again (self);
}

void
gloss_find_bar_add_view (GlossFindBar        *self,
                         GlossTranscriptView *view)
{
  GtkEventController *focus;

  g_return_if_fail (GLOSS_IS_FIND_BAR (self));
  g_return_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (view));

  g_ptr_array_add (self->views, g_object_ref (view));
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "enter", G_CALLBACK (view_focus_enter_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (view), focus);
  g_ptr_array_add (self->focus_controllers, focus);
  g_signal_connect (view, "unmap", G_CALLBACK (view_unmap_cb), self);
  g_signal_connect (view, "text-changed", G_CALLBACK (view_text_changed_cb), self);
  if (self->view == NULL)
    self->view = view;
}

GlossTranscriptView *
gloss_find_bar_get_view (GlossFindBar *self)
{
  g_return_val_if_fail (GLOSS_IS_FIND_BAR (self), NULL);

  return self->view;
}

/* a few words selected in the text: what to look for */
static char *
selected_words (GlossTranscriptView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_autofree char *text = NULL;
  GtkTextIter s, e;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &s, &e) ||
      gtk_text_iter_get_offset (&e) - gtk_text_iter_get_offset (&s) > 80)
    return NULL;

  text = gtk_text_buffer_get_text (buffer, &s, &e, FALSE);
  if (strchr (text, '\n') != NULL || *g_strstrip (text) == '\0')
    return NULL;

  return g_steal_pointer (&text);
}

void
gloss_find_bar_open (GlossFindBar *self)
{
  g_autofree char *words = NULL;

  g_return_if_fail (GLOSS_IS_FIND_BAR (self));

  if (self->view != NULL && !gtk_widget_get_mapped (GTK_WIDGET (self->view)) && self->views->len > 0)
    set_view (self, g_ptr_array_index (self->views, 0));
  if (self->view != NULL)
    words = selected_words (self->view);
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      gtk_search_bar_set_search_mode (self->search_bar, TRUE);
      if (words == NULL && self->last_text != NULL &&
          *gtk_editable_get_text (GTK_EDITABLE (self->entry)) == '\0')
        gtk_editable_set_text (GTK_EDITABLE (self->entry), self->last_text);
      search_again (self);
    }
  /* a new selection says what to find, not the match the bar selected */
  if (words != NULL)
    {
      g_autofree char *folded_words = g_utf8_casefold (words, -1);
      g_autofree char *folded_query = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->entry)), -1);

      if (strcmp (folded_words, folded_query) != 0)
        gloss_find_bar_set_text (self, words);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
}

void
gloss_find_bar_close (GlossFindBar *self)
{
  g_return_if_fail (GLOSS_IS_FIND_BAR (self));

  if (self->query != NULL && *self->query != '\0')
    remember_query (self);
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  clear_matches (self);
  update_count (self);
  if (self->view != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

gboolean
gloss_find_bar_get_open (GlossFindBar *self)
{
  g_return_val_if_fail (GLOSS_IS_FIND_BAR (self), FALSE);

  return gtk_search_bar_get_search_mode (self->search_bar);
}

void
gloss_find_bar_set_text (GlossFindBar *self,
                         const char   *text)
{
  g_return_if_fail (GLOSS_IS_FIND_BAR (self));
  g_return_if_fail (text != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  search_changed_cb (self);
}

const char *
gloss_find_bar_get_count_text (GlossFindBar *self)
{
  g_return_val_if_fail (GLOSS_IS_FIND_BAR (self), NULL);

  return self->count_text;
}

static void
gloss_find_bar_dispose (GObject *object)
{
  GlossFindBar *self = GLOSS_FIND_BAR (object);

  for (guint i = 0; self->views != NULL && i < self->views->len; i++)
    {
      GtkWidget *view = g_ptr_array_index (self->views, i);

      g_signal_handlers_disconnect_by_data (view, self);
      gtk_widget_remove_controller (view, g_ptr_array_index (self->focus_controllers, i));
    }
  g_clear_pointer (&self->focus_controllers, g_ptr_array_unref);
  g_clear_pointer (&self->views, g_ptr_array_unref);
  self->view = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), GLOSS_TYPE_FIND_BAR);

  G_OBJECT_CLASS (gloss_find_bar_parent_class)->dispose (object);
}

static void
gloss_find_bar_finalize (GObject *object)
{
  GlossFindBar *self = GLOSS_FIND_BAR (object);

  g_clear_pointer (&self->finder, gloss_text_finder_free);
  g_free (self->query);
  g_free (self->last_text);
  g_free (self->count_text);

  G_OBJECT_CLASS (gloss_find_bar_parent_class)->finalize (object);
}

static void
gloss_find_bar_class_init (GlossFindBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gloss_find_bar_dispose;
  object_class->finalize = gloss_find_bar_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glossapp/Gloss/ui/gloss-find-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, GlossFindBar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, GlossFindBar, entry);
  gtk_widget_class_bind_template_child (widget_class, GlossFindBar, count_label);
  gtk_widget_class_bind_template_child (widget_class, GlossFindBar, previous_button);
  gtk_widget_class_bind_template_child (widget_class, GlossFindBar, next_button);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_cb);
  gtk_widget_class_bind_template_callback (widget_class, previous_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_cb);
}

static void
gloss_find_bar_init (GlossFindBar *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->views = g_ptr_array_new_with_free_func (g_object_unref);
  self->focus_controllers = g_ptr_array_new ();
  self->count_text = g_strdup ("");
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->entry));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (keys, "gloss-find-keys");
  g_signal_connect (keys, "key-pressed", G_CALLBACK (entry_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), keys);
  update_count (self);
}

GtkWidget *
gloss_find_bar_new (void)
{
  return g_object_new (GLOSS_TYPE_FIND_BAR, NULL);
}
