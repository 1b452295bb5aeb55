#include "config.h"

#include <glib/gi18n.h>

#include "gloss-aligner.h"
#include "gloss-original.h"
#include "gloss-window-private.h"

/* The original text in the window: adding it (the menu, a drop on the
 * original pane), replacing and removing it, and correcting its alignment
 * from the original pane's context menu. Each is one undoable step. */

typedef struct
{
  GlossWindow *self;
  GFile *file;
  /* the project the original was read for: a reload meanwhile drops it */
  GlossProject *project;
  GCancellable *cancellable;
  /* side by side was turned on to show the spinner: a failure turns it off */
  gboolean showed_side_by_side;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_object_unref (data->self);
  g_object_unref (data->file);
  g_object_unref (data->project);
  g_object_unref (data->cancellable);
  g_free (data);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  LoadData *data = user_data;
  GlossWindow *self = data->self;
  g_autoptr(GlossTranscript) original = NULL;
  g_autoptr(GlossAlignment) alignment = NULL;
  g_autoptr(GError) error = NULL;

  /* a newer load keeps its spinner */
  if (!g_cancellable_is_cancelled (data->cancellable))
    gloss_parallel_view_set_loading (self->texts, NULL);
  if (!gloss_original_load_finish (result, &original, &alignment, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          if (data->showed_side_by_side && self->document != NULL)
            g_action_group_change_action_state (G_ACTION_GROUP (self), "side-by-side", g_variant_new_boolean (FALSE));
          _gloss_window_show_file_error (self, _("Could Not Add the Original Text"), data->file, error);
        }
    }
  else if (self->document != NULL && gloss_document_get_project (self->document) == data->project)
    {
      g_autofree char *label = _gloss_window_file_label (self, data->file);
      /* Translators: a toast; %s is the file the original text came from */
      g_autofree char *title = g_strdup_printf (_("Added the original text from “%s”"), label);
      AdwToast *toast = adw_toast_new (title);

      gloss_history_set_original (gloss_document_get_history (self->document), original, alignment);
      /* what the reviewer came for: the findings */
      _gloss_window_present_side_page (self, "review");
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }

  load_data_free (data);
}

void
_gloss_window_add_original (GlossWindow *self,
                            GFile       *file)
{
  GlossProject *project;
  LoadData *data;

  g_return_if_fail (GLOSS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->document == NULL)
    return;

  project = gloss_document_get_project (self->document);
  if (self->original_cancellable != NULL)
    g_cancellable_cancel (self->original_cancellable);
  g_clear_object (&self->original_cancellable);
  self->original_cancellable = g_cancellable_new ();

  data = g_new0 (LoadData, 1);
  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  data->project = g_object_ref (project);
  data->cancellable = g_object_ref (self->original_cancellable);
  /* reading and aligning a long original takes a moment: the pane says so,
   * side by side so that it shows */
  {
    g_autofree char *label = _gloss_window_file_label (self, file);

    data->showed_side_by_side = !gloss_parallel_view_get_side_by_side (self->texts);
    if (data->showed_side_by_side)
      g_action_group_change_action_state (G_ACTION_GROUP (self), "side-by-side", g_variant_new_boolean (TRUE));
    gloss_parallel_view_set_loading (self->texts, label);
  }
  gloss_original_load_async (file, gloss_project_get_transcript (project), NULL,
                             self->original_cancellable, loaded_cb, data);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     GlossWindow     *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file != NULL)
    _gloss_window_add_original (self, file);
}

static void
run_chooser (GlossWindow *self,
             const char  *title)
{
  if (self->chooser != NULL || self->document == NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Add"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  _gloss_window_add_import_filters (GTK_FILE_CHOOSER (self->chooser), FALSE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
add_original_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  run_chooser (GLOSS_WINDOW (user_data), _("Add Original Text"));
}

static void
replace_original_action (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  run_chooser (GLOSS_WINDOW (user_data), _("Replace Original Text"));
}

static void
remove_original_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  GlossWindow *self = user_data;
  AdwToast *toast;

  if (self->document == NULL || gloss_project_get_original (gloss_document_get_project (self->document)) == NULL)
    return;

  gloss_history_set_original (gloss_document_get_history (self->document), NULL, NULL);
  toast = adw_toast_new (_("Original text removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* the turn of @role's text at its view's cursor, or -1 */
static int
turn_at_cursor (GlossWindow   *self,
                GlossTextRole  role)
{
  GlossTranscriptView *view = gloss_parallel_view_get_view (self->texts, role);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GlossTranscript *text = gloss_project_get_text (gloss_document_get_project (self->document), role);
  GtkTextIter iter;

  if (text == NULL)
    return -1;
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));

  return gloss_transcript_find_turn (text, (guint) gtk_text_iter_get_offset (&iter));
}

static void
set_alignment (GlossWindow    *self,
               GlossAlignment *alignment)
{
  GlossProject *project = gloss_document_get_project (self->document);

  if (alignment == NULL || gloss_alignment_equal (alignment, gloss_project_get_alignment (project)))
    {
      _gloss_window_toast (self, _("The alignment is already so"));
      return;
    }
  gloss_history_set_alignment (gloss_document_get_history (self->document), alignment);
}

/* "link", "unlink", "merge-previous", "merge-next", "reset": the turn at
 * the original's cursor with the turn at the translation's */
static void
align_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GlossWindow *self = user_data;
  const char *what = g_variant_get_string (parameter, NULL);
  GlossProject *project;
  GlossTranscript *transcript, *original;
  GlossAlignment *alignment;
  g_autoptr(GlossAlignment) corrected = NULL;
  int o, pair;

  if (self->document == NULL)
    return;
  project = gloss_document_get_project (self->document);
  transcript = gloss_project_get_transcript (project);
  original = gloss_project_get_original (project);
  alignment = gloss_project_get_alignment (project);
  if (original == NULL || alignment == NULL)
    return;

  if (g_str_equal (what, "reset"))
    {
      g_autoptr(GlossAlignment) reset = gloss_aligner_reset (transcript, original);

      set_alignment (self, reset);
      return;
    }

  o = turn_at_cursor (self, GLOSS_TEXT_ORIGINAL);
  pair = o >= 0 ? gloss_alignment_find_turn_pair (alignment, TRUE, (guint) o) : -1;
  if (pair < 0)
    {
      _gloss_window_toast (self, _("Place the cursor in a turn of the original first"));
      return;
    }

  if (g_str_equal (what, "link"))
    {
      int t = turn_at_cursor (self, GLOSS_TEXT_TRANSCRIPT);

      if (t < 0)
        {
          _gloss_window_toast (self, _("Place the cursor in a turn of the translation first"));
          return;
        }
      corrected = gloss_aligner_link (transcript, original, alignment, (guint) t, (guint) o);
    }
  else if (g_str_equal (what, "unlink"))
    {
      const GlossTurnPair *turns = gloss_alignment_get_turn_pair (alignment, (guint) pair);

      if (turns->n_transcript == 0)
        {
          _gloss_window_toast (self, _("This turn is not paired with the translation"));
          return;
        }
      /* from every translation turn of its pair */
      corrected = g_object_ref (alignment);
      for (guint i = 0; i < turns->n_transcript; i++)
        {
          GlossAlignment *next = gloss_aligner_unlink (transcript, original, corrected,
                                                       turns->transcript[i], (guint) o);

          g_object_unref (corrected);
          corrected = next;
        }
    }
  else
    {
      gboolean previous = g_str_equal (what, "merge-previous");
      guint n = gloss_alignment_get_n_turn_pairs (alignment);

      if ((previous && pair == 0) || (!previous && (guint) pair + 1 >= n))
        {
          _gloss_window_toast (self, _("There is no pair to merge with"));
          return;
        }
      corrected = gloss_aligner_merge (transcript, original, alignment, previous ? (guint) pair - 1 : (guint) pair);
    }

  set_alignment (self, corrected);
}

static const GActionEntry original_actions[] = {
  { "add-original", add_original_action, NULL, NULL, NULL, { 0 } },
  { "replace-original", replace_original_action, NULL, NULL, NULL, { 0 } },
  { "remove-original", remove_original_action, NULL, NULL, NULL, { 0 } },
  { "align", align_action, "s", NULL, NULL, { 0 } },
};

void
_gloss_window_add_original_actions (GlossWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), original_actions, G_N_ELEMENTS (original_actions), self);
}

static void
enable (GlossWindow *self,
        const char  *name,
        gboolean     enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (G_IS_SIMPLE_ACTION (action))
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
_gloss_window_update_original_actions (GlossWindow *self)
{
  GlossProject *project = self->document ? gloss_document_get_project (self->document) : NULL;
  gboolean has_original = project != NULL && gloss_project_get_original (project) != NULL;

  /* the menu shows Add or Replace, whichever applies */
  enable (self, "add-original", project != NULL && !has_original);
  enable (self, "replace-original", has_original);
  enable (self, "remove-original", has_original);
  enable (self, "align", has_original && gloss_project_get_alignment (project) != NULL);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GlossWindow   *self)
{
  GFile *file = NULL;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST) && g_value_get_boxed (value) != NULL)
    file = ((GSList *) g_value_get_boxed (value))->data;
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    file = g_value_get_object (value);
  if (file == NULL || self->document == NULL)
    return FALSE;

  _gloss_window_add_original (self, file);

  return TRUE;
}

/* Below this width, with the claims beside them, the two texts do not
 * both fit side by side: the original goes above the translation. */
#define STACK_WIDTH 860

static void
update_stacking_cb (GlossWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  gloss_parallel_view_set_stacked (self->texts,
                                   width > 0 && width < STACK_WIDTH && !gtk_window_is_maximized (GTK_WINDOW (self)) &&
                                   gtk_widget_get_visible (self->side_panel));
}

void
_gloss_window_setup_original (GlossWindow *self)
{
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  g_autoptr(GtkBuilder) builder = NULL;

  /* a file dropped on the original's side is the original, not a project to open */
  gtk_drop_target_set_gtypes (drop, types, G_N_ELEMENTS (types));
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (gloss_parallel_view_get_original_pane (self->texts), GTK_EVENT_CONTROLLER (drop));

  g_signal_connect (self, "notify::default-width", G_CALLBACK (update_stacking_cb), NULL);
  g_signal_connect (self, "notify::maximized", G_CALLBACK (update_stacking_cb), NULL);
  g_signal_connect_swapped (self->side_panel, "notify::visible", G_CALLBACK (update_stacking_cb), self);
  update_stacking_cb (self);

  builder = gtk_builder_new_from_resource ("/io/github/glossapp/Gloss/ui/gloss-alignment-menu.ui");
  gtk_text_view_set_extra_menu (GTK_TEXT_VIEW (gloss_parallel_view_get_view (self->texts, GLOSS_TEXT_ORIGINAL)),
                                G_MENU_MODEL (gtk_builder_get_object (builder, "alignment_menu")));
}

void
_gloss_window_dispose_original (GlossWindow *self)
{
  if (self->original_cancellable != NULL)
    g_cancellable_cancel (self->original_cancellable);
  g_clear_object (&self->original_cancellable);
}
