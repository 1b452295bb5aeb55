#include "config.h"

#include <string.h>
#include <time.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "gloss-application.h"
#include "gloss-claim-row.h"
#include "gloss-export-dialog.h"
#include "gloss-export-format.h"
#include "gloss-gradual-model.h"
#include "gloss-import-format.h"
#include "gloss-document-private.h"
#include "gloss-project-file.h"
#include "gloss-text-fold.h"
#include "gloss-window-private.h"
#include "ui-test-util.h"

static GlossApplication *app;

/* the code-point range of the first occurrence of @needle */
static void
find_text (GlossProject *project,
           const char   *needle,
           guint        *start,
           guint        *end)
{
  *start = test_util_offset_of (gloss_project_get_transcript (project), needle);
  *end = *start + g_utf8_strlen (needle, -1);
}

static GtkWidget *
find_descendant (GtkWidget  *widget,
                 const char *css_class)
{
  return ui_test_find_widget (widget, ui_test_has_css_class, css_class);
}

/* the claim of the row at the top of the sidebar's list, as drawn */
static GlossClaim *
top_row_claim (GlossSidebar *sidebar)
{
  GtkWidget *list = find_descendant (GTK_WIDGET (sidebar), "claims-list");
  GtkWidget *picked;

  g_assert_nonnull (list);
  picked = gtk_widget_pick (list, 30, 4, GTK_PICK_DEFAULT);
  while (picked != NULL && !GLOSS_IS_CLAIM_ROW (picked))
    picked = gtk_widget_get_parent (picked);

  return picked ? gloss_claim_row_get_claim (GLOSS_CLAIM_ROW (picked)) : NULL;
}

static gboolean
has_tag_at (GlossTranscriptView *view,
            GtkTextTag          *tag,
            guint                offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) offset);
  return gtk_text_iter_has_tag (&iter, tag);
}

/* What the key press does: the shortcut on the transcript view for @key,
 * activated as GTK would when the key is pressed. */
static void
press_topic_key_with (GlossWindow     *window,
                      guint            keyval,
                      GdkModifierType  mods);

static void
press_topic_key (GlossWindow *window,
                 guint        keyval)
{
  press_topic_key_with (window, keyval, 0);
}

static void
press_topic_key_with (GlossWindow     *window,
                      guint            keyval,
                      GdkModifierType  mods)
{
  GtkWidget *view = GTK_WIDGET (_gloss_window_get_transcript_view (window));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (view);
  gboolean activated = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !activated; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      guint n;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      n = g_list_model_get_n_items (G_LIST_MODEL (controller));
      for (guint j = 0; j < n && !activated; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods)
            {
              g_assert_cmpint (gtk_event_controller_get_propagation_phase (controller), ==, GTK_PHASE_CAPTURE);
              activated = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                        GTK_SHORTCUT_ACTION_EXCLUSIVE, view,
                                                        gtk_shortcut_get_arguments (shortcut));
            }
        }
    }

  g_assert_true (activated);
  ui_test_pump ();
}

static GlossClaim *
tag_text (GlossWindow *window,
          const char  *needle,
          guint        keyval)
{
  GlossProject *project = _gloss_window_get_project (window);
  GlossTranscriptView *view = _gloss_window_get_transcript_view (window);
  guint start, end, n;

  n = gloss_project_get_n_claims (project);
  find_text (project, needle, &start, &end);
  gloss_transcript_view_select_range (view, start, end);
  press_topic_key (window, keyval);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, n + 1);

  {
    g_autoptr(GPtrArray) claims = gloss_project_get_claims_at (project, GLOSS_TEXT_TRANSCRIPT, start);

    for (guint i = 0; i < claims->len; i++)
      {
        GlossClaim *claim = g_ptr_array_index (claims, i);

        if (gloss_claim_get_start (claim) == start && gloss_claim_get_end (claim) == end)
          return claim;
      }
  }
  g_assert_not_reached ();
  return NULL;
}

static void
test_open (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  GlossProject *project = _gloss_window_get_project (window);
  GlossTranscriptView *view = _gloss_window_get_transcript_view (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GlossTranscript *transcript;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  g_assert_nonnull (project);
  transcript = gloss_project_get_transcript (project);
  g_assert_cmpuint (gloss_transcript_get_n_turns (transcript), >, 5);

  /* the buffer holds exactly the transcript: offsets are shared */
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  g_assert_cmpstr (text, ==, gloss_transcript_get_text (transcript));
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, gloss_transcript_get_length (transcript));

  /* read-only, but with a cursor so Shift+arrows select */
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (view)));
  g_assert_true (gtk_text_view_get_cursor_visible (GTK_TEXT_VIEW (view)));
  /* the window's focus, not has_focus: another test's window on the same
   * X server may be the active one */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == GTK_WIDGET (view));

  /* speaker names are headings */
  {
    GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
    GtkTextTag *heading = gtk_text_tag_table_lookup (table, "heading");
    guint s, e;

    find_text (project, "\nMara Lindqvist:\n", &s, &e);
    g_assert_true (has_tag_at (view, heading, s + 1));
  }

  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "Press briefing"));
  g_assert_null (strstr (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  ui_test_destroy_window (window);
}

static gboolean
has_dialog (gpointer window)
{
  return _gloss_window_get_dialog (window) != NULL;
}

static gboolean
document_saved (gpointer window)
{
  GlossDocument *document = gloss_window_get_document (window);

  return document != NULL && !gloss_document_get_modified (document);
}

static gboolean
document_has_text (gpointer window)
{
  GlossProject *project = _gloss_window_get_project (window);

  return project != NULL && strstr (gloss_transcript_get_text (gloss_project_get_transcript (project)), "écoles") != NULL;
}

static void
test_open_error (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  GlossProject *project = _gloss_window_get_project (window);
  g_autofree char *path = g_build_filename (ui_test_tmpdir (), "broken.gloss", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *dialog;

  g_assert_true (g_file_set_contents (path, "{\"format\": \"gloss-project\", \"version\": 1,", -1, NULL));
  gloss_window_open_file (window, file);
  g_assert_true (ui_test_wait_until (has_dialog, window, 5000));

  dialog = _gloss_window_get_dialog (window);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "broken.gloss"));
  /* the open project is untouched */
  g_assert_true (_gloss_window_get_project (window) == project);

  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_destroy_window (window);
}

/* issue 17, item 10: a Windows-1252 transcript is not refused: the dialog
 * says what it looks like and opens it in that encoding */
static void
test_open_encoding (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  const char *utf8 = "Marie Dubois:\nLa région a ouvert « 12 écoles » cette année, déjà prévues.\n";
  g_autofree char *latin = g_convert (utf8, -1, "WINDOWS-1252", "UTF-8", NULL, NULL, NULL);
  g_autofree char *path = g_build_filename (ui_test_tmpdir (), "ancien.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *dialog;

  g_assert_nonnull (latin);
  g_assert_true (g_file_set_contents (path, latin, -1, NULL));
  gloss_window_open_file (window, file);
  g_assert_true (ui_test_wait_until (has_dialog, window, 5000));
  dialog = _gloss_window_get_dialog (window);
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "encoding"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "Windows-1252"));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "encoding");
  g_assert_true (ui_test_wait_until (document_has_text, (gpointer) window, 5000));
  g_assert_nonnull (strstr (gloss_transcript_get_text (gloss_project_get_transcript (_gloss_window_get_project (window))),
                            "« 12 écoles »"));

  ui_test_destroy_window (window);
}

static void
test_tag_key (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  GlossProject *project = _gloss_window_get_project (window);
  GlossTranscriptView *view = _gloss_window_get_transcript_view (window);
  GtkTextTag *tag5g = gloss_transcript_view_get_topic_tag (view, "5g");
  GtkTextTag *tagvax = gloss_transcript_view_get_topic_tag (view, "vaccines");
  GlossClaim *claim;
  guint start, end;
  g_auto(GStrv) accels = NULL;

  g_assert_nonnull (tag5g);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 0);

  claim = tag_text (window, "48,200 5G base stations in service", GDK_KEY_1);
  start = gloss_claim_get_start (claim);
  end = gloss_claim_get_end (claim);
  g_assert_true (g_strv_contains (gloss_claim_get_topics (claim), "5g"));
  g_assert_cmpstr (gloss_claim_get_quote (claim), ==, "48,200 5G base stations in service");

  /* highlighted over exactly that range */
  g_assert_true (has_tag_at (view, tag5g, start));
  g_assert_true (has_tag_at (view, tag5g, end - 1));
  g_assert_false (has_tag_at (view, tag5g, start - 1));
  g_assert_false (has_tag_at (view, tag5g, end));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "•"));
  /* the selection is gone so the highlight shows, and the new claim flashes */
  g_assert_false (gtk_text_buffer_get_has_selection (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view))));
  g_assert_true (has_tag_at (view, gloss_transcript_view_get_flash_tag (view), start));
  g_assert_true (has_tag_at (view, gloss_transcript_view_get_flash_tag (view), end - 1));
  g_assert_false (has_tag_at (view, gloss_transcript_view_get_flash_tag (view), end));

  /* an overlapping claim of another topic: both visible, the overlap marked */
  {
    GlossClaim *other = tag_text (window, "5G base stations in service, 6,100 more", GDK_KEY_2);
    GtkTextTag *overlap = gloss_transcript_view_get_overlap_tag (view);
    guint ostart = gloss_claim_get_start (other);
    guint oend = gloss_claim_get_end (other);

    g_assert_true (has_tag_at (view, tagvax, oend - 1));
    g_assert_true (has_tag_at (view, overlap, ostart));
    g_assert_true (has_tag_at (view, overlap, end - 1));
    g_assert_false (has_tag_at (view, overlap, end));
    g_assert_false (has_tag_at (view, overlap, start));
  }

  /* a claim with two topics shows both: a background and an underline */
  {
    GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
    GtkTextTag *dim = gtk_text_tag_table_lookup (table, "dim");
    GlossClaim *both = tag_text (window, "312 \"5G plus industrial internet\" projects", GDK_KEY_1);
    guint bstart = gloss_claim_get_start (both);
    guint para, para_end;

    gloss_transcript_view_select_range (view, bstart, gloss_claim_get_end (both));
    press_topic_key (window, GDK_KEY_3);
    g_assert_true (gloss_claim_has_topic (both, "green-manufacturing"));
    g_assert_true (has_tag_at (view, gloss_transcript_view_get_topic_tag (view, "5g"), bstart));
    g_assert_true (has_tag_at (view, gtk_text_tag_table_lookup (table, "several-topics"), bstart));
    find_text (_gloss_window_get_project (window), "We are also putting", &para, &para_end);
    g_assert_false (has_tag_at (view, dim, para));

    /* the tooltip over it names every topic, each in its colour */
    {
      g_autofree char *markup = gloss_transcript_view_get_tooltip_markup (view, bstart);
      GlossProject *p = _gloss_window_get_project (window);
      GlossTopic *t5g = gloss_project_lookup_topic (p, "5g");
      GlossTopic *tgreen = gloss_project_lookup_topic (p, "green-manufacturing");
      g_autofree char *name5g = g_markup_escape_text (gloss_topic_get_name (t5g), -1);
      g_autofree char *namegreen = g_markup_escape_text (gloss_topic_get_name (tgreen), -1);

      g_assert_nonnull (markup);
      g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL));
      g_assert_nonnull (strstr (markup, name5g));
      g_assert_nonnull (strstr (markup, namegreen));
      g_assert_nonnull (strstr (markup, gloss_topic_get_color (t5g)));
      g_assert_nonnull (strstr (markup, gloss_topic_get_color (tgreen)));
    }
  }

  /* the same key on the same text again does not duplicate the claim */
  gloss_transcript_view_select_range (view, start, end);
  press_topic_key (window, GDK_KEY_2);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 3);
  g_assert_true (gloss_claim_has_topic (claim, "vaccines"));

  /* the other shortcuts exist as application accelerators */
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.tag");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>t"));

  ui_test_destroy_window (window);
}

static void
test_chooser (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  GlossProject *project = _gloss_window_get_project (window);
  GlossTranscriptView *view = _gloss_window_get_transcript_view (window);
  GlossTopicChooser *chooser = _gloss_window_get_topic_chooser (window);
  GlossClaim *claim;
  guint start, end;

  find_text (project, "3.6 million doses of influenza vaccine", &start, &end);
  gloss_transcript_view_select_range (view, start, end);
  g_action_group_activate_action (G_ACTION_GROUP (window), "tag", NULL);
  ui_test_pump ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (chooser)));

  gloss_topic_chooser_set_active (chooser, "vaccines", TRUE);
  gloss_topic_chooser_set_active (chooser, "5g", TRUE);
  gloss_topic_chooser_set_note (chooser, "campaña de vacunación");
  gloss_topic_chooser_apply (chooser);
  ui_test_pump ();

  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 1);
  claim = gloss_project_get_claim (project, 0);
  g_assert_cmpuint (gloss_claim_get_start (claim), ==, start);
  g_assert_cmpuint (g_strv_length ((char **) gloss_claim_get_topics (claim)), ==, 2);
  g_assert_cmpstr (gloss_claim_get_note (claim), ==, "campaña de vacunación");

  /* the same selection again edits that claim instead of adding one */
  gloss_transcript_view_select_range (view, start, end);
  g_action_group_activate_action (G_ACTION_GROUP (window), "tag", NULL);
  ui_test_pump ();
  g_assert_true (gloss_topic_chooser_get_claim (chooser) == claim);
  gloss_topic_chooser_set_active (chooser, "5g", FALSE);
  gloss_topic_chooser_apply (chooser);
  ui_test_pump ();
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 1);
  g_assert_false (gloss_claim_has_topic (claim, "5g"));

  ui_test_destroy_window (window);
}

static void
test_filters (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  GlossSidebar *sidebar = _gloss_window_get_sidebar (window);
  GListModel *shown = gloss_sidebar_get_filtered_claims (sidebar);
  GlossClaim *claim;

  tag_text (window, "48,200 5G base stations in service", GDK_KEY_1);
  tag_text (window, "11.4 million", GDK_KEY_1);
  claim = tag_text (window, "3.6 million doses of influenza vaccine", GDK_KEY_2);
  tag_text (window, "Gigabit broadband now reaches 2.3 million homes", GDK_KEY_1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 4);

  gloss_sidebar_set_topic_filter (sidebar, "vaccines", TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_nonnull (strstr (gloss_sidebar_get_count_text (sidebar), "1 of 4"));
  gloss_sidebar_set_topic_filter (sidebar, "5g", TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 4);
  gloss_sidebar_set_topic_filter (sidebar, "vaccines", FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
  gloss_sidebar_set_topic_filter (sidebar, "5g", FALSE);

  /* search: case- and accent-insensitive, over quote and note */
  gloss_sidebar_set_search_text (sidebar, "MILLION");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
  gloss_sidebar_set_search_text (sidebar, "million homes");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  gloss_sidebar_set_search_text (sidebar, "vacunacion");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  gloss_history_set_claim_note (_gloss_window_get_history (window), claim, "Campaña de VACUNACIÓN");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  {
    g_autoptr(GlossClaim) first = g_list_model_get_item (shown, 0);

    g_assert_true (first == claim);
  }
  gloss_sidebar_set_search_text (sidebar, "");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 4);

  /* speaker */
  gloss_sidebar_set_speaker_filter (sidebar, "Tomas Okonkwo");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  gloss_sidebar_set_speaker_filter (sidebar, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 4);

  {
    g_autofree char *a = gloss_text_fold ("Vacunación", -1);
    g_autofree char *b = gloss_text_fold ("VACUNACION", -1);

    g_assert_cmpstr (a, ==, b);
  }

  ui_test_destroy_window (window);
}

static void
assert_order (GListModel *shown,
              GlossClaim *expected[],
              guint       n)
{
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GlossClaim) claim = g_list_model_get_item (shown, i);

      if (claim != expected[i])
        g_error ("claim %u is “%s”, expected “%s”", i, gloss_claim_get_quote (claim),
                 gloss_claim_get_quote (expected[i]));
    }
}

/* the colour drawn at (@x, @y) of @widget */
static guint32
pixel_at (GtkWidget *widget,
          int        x,
          int        y)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autofree guchar *data = g_malloc ((gsize) width * height * 4);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_true (gsk_renderer_realize (renderer, NULL, &error));
  g_assert_no_error (error);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gsk_renderer_unrealize (renderer);
  gdk_texture_download (texture, data, (gsize) width * 4);

  return *(guint32 *) (data + ((gsize) y * width + x) * 4);
}

/* The shading of a question goes on over the blank lines between its
 * paragraphs: GTK 4.8 drew no paragraph background there, and white bands
 * cut questions apart. */
static void
test_question_shading (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  GlossProject *project = _gloss_window_get_project (window);
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  GtkTextView *view = GTK_TEXT_VIEW (_gloss_window_get_transcript_view (window));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter inside, outside;
  gboolean found = FALSE;
  int y, height, wx, wy_in, wy_out, x;

  for (guint i = 0; i < gloss_transcript_get_n_turns (transcript) && !found; i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (transcript, i);
      GtkTextIter iter, last;

      if (turn->kind != GLOSS_TURN_QUESTION)
        continue;
      gtk_text_buffer_get_iter_at_offset (buffer, &last, (int) turn->end);
      while (gtk_text_iter_backward_char (&last) && g_unichar_isspace (gtk_text_iter_get_char (&last)))
        ;
      gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) turn->start);
      /* a blank line before the question's last line of text */
      while (gtk_text_iter_forward_line (&iter) && gtk_text_iter_compare (&iter, &last) < 0)
        if (gtk_text_iter_ends_line (&iter))
          {
            inside = iter;
            found = TRUE;
            break;
          }
      /* and the blank line after it, outside */
      outside = last;
      gtk_text_iter_forward_line (&outside);
      g_assert_true (gtk_text_iter_ends_line (&outside));
    }
  g_assert_true (found);

  gtk_text_view_scroll_to_iter (view, &inside, 0, TRUE, 0, 0.3);
  /* GtkTextView lays lines out in idle time, a window's worth at a time:
   * wait until the lines stay where they are */
  for (int tries = 0, last = -1; tries < 40; tries++)
    {
      int now;

      ui_test_wait_ms (50);
      gtk_text_view_get_line_yrange (view, &outside, &now, &height);
      gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, 0, now, &wx, &now);
      if (now == last)
        break;
      last = now;
    }

  gtk_text_view_get_line_yrange (view, &inside, &y, &height);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, 0, y + height / 2, &wx, &wy_in);
  gtk_text_view_get_line_yrange (view, &outside, &y, &height);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, 0, y + height / 2, &wx, &wy_out);
  x = gtk_widget_get_width (GTK_WIDGET (view)) / 2;
  g_assert_cmpint (wy_out, <, gtk_widget_get_height (GTK_WIDGET (view)));

  /* shaded inside (against the plain margin left of it), plain after */
  g_assert_cmphex (pixel_at (GTK_WIDGET (view), x, wy_in), !=, pixel_at (GTK_WIDGET (view), 4, wy_in));
  g_assert_cmphex (pixel_at (GTK_WIDGET (view), x, wy_out), ==, pixel_at (GTK_WIDGET (view), 4, wy_out));

  ui_test_destroy_window (window);
}

static gboolean
has_buildable_id (GtkWidget     *widget,
                  gconstpointer  id)
{
  return g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (widget)), id) == 0;
}

static GtkWidget *
find_by_id (GtkWidget  *widget,
            const char *id)
{
  return ui_test_find_widget (widget, has_buildable_id, id);
}

/* With no project, the header bar offers nothing that needs one; with a
 * project, it all fits a 700 px wide window. */
static void
test_empty_state (void)
{
  GlossWindow *window = gloss_window_new (GTK_APPLICATION (app));
  const char *actions[] = { "save", "save-as", "export", "tag", "tag-key", "show-sidebar", "find" };
  const char *ids[] = { "tag_button", "save_button", "history_box", "sidebar_button", "export_button" };
  g_autoptr(GFile) file = ui_test_sample_file ();
  g_autoptr(GError) error = NULL;
  GtkWidget *header;
  int minimum;

  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_ms (50);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), actions[i]));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      GtkWidget *widget = find_by_id (GTK_WIDGET (window), ids[i]);

      g_assert_nonnull (widget);
      g_assert_false (gtk_widget_get_visible (widget));
    }

  g_assert_true (_gloss_window_load_file (window, file, &error));
  g_assert_no_error (error);
  ui_test_wait_ms (50);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), actions[i]));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_assert_true (gtk_widget_get_visible (find_by_id (GTK_WIDGET (window), ids[i])));

  header = gtk_widget_get_ancestor (find_by_id (GTK_WIDGET (window), "save_button"), ADW_TYPE_HEADER_BAR);
  gtk_widget_measure (header, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 700);

  ui_test_destroy_window (window);
}

/* The shortcuts window opens without a warning (GTK 4.8 warned about a
 * negative minimum width); warnings are fatal here. */
static void
test_shortcuts_window (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  GtkWindow *overlay;

  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  ui_test_wait_ms (200);
  overlay = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  /* and at a small size too */
  gtk_window_set_default_size (overlay, 700, 500);
  ui_test_wait_ms (100);
  gtk_window_close (overlay);
  ui_test_wait_ms (50);

  ui_test_destroy_window (window);
}

typedef struct
{
  guint position, removed, added, calls;
} Change;

static void
record_change_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Change     *change)
{
  change->position = position;
  change->removed = removed;
  change->added = added;
  change->calls++;
}

/* the model under the claims list: after a large change, a chunk of rows
 * at once and the rest step by step; small changes at once */
static void
test_gradual_model (void)
{
  g_autoptr(GtkStringList) source = gtk_string_list_new (NULL);
  g_autoptr(GlossGradualModel) gradual = gloss_gradual_model_new (G_LIST_MODEL (source));
  GListModel *model = G_LIST_MODEL (gradual);
  Change change = { 0 };
  g_autofree const char **many = g_new0 (const char *, 1001);
  guint steps = 0;

  for (guint i = 0; i < 1000; i++)
    many[i] = "x";
  g_signal_connect (gradual, "items-changed", G_CALLBACK (record_change_cb), &change);

  /* no chunk: everything passes through */
  gtk_string_list_splice (source, 0, 0, many);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1000);
  g_assert_true (gloss_gradual_model_is_complete (gradual));

  gloss_gradual_model_set_chunk (gradual, 16);
  /* a small change among the shown items passes through */
  gtk_string_list_splice (source, 10, 1, (const char *[]) { "a", "b", NULL });
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1001);
  g_assert_cmpuint (change.position, ==, 10);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 2);

  /* a large one shows 16 of the new items */
  gtk_string_list_splice (source, 5, 996, many);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 21);
  g_assert_cmpuint (change.position, ==, 5);
  g_assert_cmpuint (change.removed, ==, 996);
  g_assert_cmpuint (change.added, ==, 16);
  g_assert_false (gloss_gradual_model_is_complete (gradual));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) a = g_list_model_get_item (model, i);
      g_autoptr(GObject) b = g_list_model_get_item (G_LIST_MODEL (source), i);

      g_assert_true (a == b);
    }
  g_assert_null (g_list_model_get_item (model, 21));

  /* then more at each step, and all at once beyond the rows a list builds */
  while (gloss_gradual_model_step (gradual))
    steps++;
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1005);
  g_assert_true (gloss_gradual_model_is_complete (gradual));
  g_assert_cmpuint (steps, >, 5);
  g_assert_cmpuint (steps, <, 20);

  /* show_all, and a chunk of 0, complete it at once */
  gtk_string_list_splice (source, 0, 1005, many);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 16);
  gloss_gradual_model_show_all (gradual);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1000);
  gtk_string_list_splice (source, 0, 1000, many);
  gloss_gradual_model_set_chunk (gradual, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1000);

  g_signal_handlers_disconnect_by_func (gradual, record_change_cb, &change);
}

static void
test_sort (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  GlossSidebar *sidebar = _gloss_window_get_sidebar (window);
  GListModel *shown = gloss_sidebar_get_filtered_claims (sidebar);
  GlossClaim *a, *b, *c, *d, *e;

  /* tagged out of transcript order, so creation order differs from it */
  b = tag_text (window, "3.6 million doses of influenza vaccine", GDK_KEY_2);      /* Tomas Okonkwo */
  d = tag_text (window, "Ms. Lindqvist mentioned 48,200", GDK_KEY_3);             /* Harbourton Daily */
  a = tag_text (window, "48,200 5G base stations in service", GDK_KEY_1);          /* Mara Lindqvist */
  c = tag_text (window, "30% less energy per dose filled", GDK_KEY_3);             /* Ines Castellano */
  g_assert_cmpstr (gloss_claim_get_topics (d)[0], ==, gloss_claim_get_topics (c)[0]);

  g_assert_cmpstr (gloss_sidebar_get_sort_order (sidebar), ==, "transcript");
  assert_order (shown, (GlossClaim *[]) { a, d, b, c }, 4);

  gtk_widget_activate_action (GTK_WIDGET (sidebar), "sidebar.sort", "s", "speaker");
  g_assert_cmpstr (gloss_sidebar_get_sort_order (sidebar), ==, "speaker");
  assert_order (shown, (GlossClaim *[]) { d, c, a, b }, 4);

  /* by the topic list's order, then transcript order */
  gloss_sidebar_set_sort_order (sidebar, "topic");
  assert_order (shown, (GlossClaim *[]) { a, b, d, c }, 4);

  gloss_sidebar_set_sort_order (sidebar, "modified");
  assert_order (shown, (GlossClaim *[]) { c, a, d, b }, 4);
  /* an edit moves a claim to the top */
  ui_test_wait_ms (2);
  gloss_history_set_claim_note (_gloss_window_get_history (window), d, "outlet asks");
  assert_order (shown, (GlossClaim *[]) { d, c, a, b }, 4);

  /* sorting and filtering together */
  gloss_sidebar_set_sort_order (sidebar, "speaker");
  gloss_sidebar_set_search_text (sidebar, "48,200");
  assert_order (shown, (GlossClaim *[]) { d, a }, 2);
  gloss_sidebar_set_search_text (sidebar, "");

  /* a new claim goes where the order puts it */
  e = tag_text (window, "1.2 million doses of updated COVID-19 vaccine", GDK_KEY_2); /* Tomas Okonkwo */
  assert_order (shown, (GlossClaim *[]) { d, c, a, b, e }, 5);

  gloss_sidebar_set_sort_order (sidebar, "transcript");
  assert_order (shown, (GlossClaim *[]) { a, d, b, e, c }, 5);

  /* the sidebar selects a claim wherever the order put it */
  gloss_sidebar_set_sort_order (sidebar, "speaker");
  gloss_sidebar_select_claim (sidebar, b);
  g_assert_true (gloss_sidebar_get_selected_claim (sidebar) == b);

  ui_test_destroy_window (window);
}

static guint
count_lines (const char *path)
{
  g_autofree char *contents = NULL;
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  for (const char *p = contents; *p; p++)
    if (*p == '\n')
      n++;

  return n;
}

static void
test_export (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  GlossSidebar *sidebar = _gloss_window_get_sidebar (window);
  g_autofree char *all_path = g_build_filename (ui_test_tmpdir (), "all.csv", NULL);
  g_autofree char *some_path = g_build_filename (ui_test_tmpdir (), "some.csv", NULL);
  g_autoptr(GFile) all = g_file_new_for_path (all_path);
  g_autoptr(GFile) some = g_file_new_for_path (some_path);
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  tag_text (window, "48,200 5G base stations in service", GDK_KEY_1);
  tag_text (window, "11.4 million", GDK_KEY_1);
  tag_text (window, "3.6 million doses of influenza vaccine", GDK_KEY_2);
  gloss_sidebar_set_topic_filter (sidebar, "vaccines", TRUE);

  /* the claims the sidebar shows, or all (tests/ui/test-export-dialog.c
   * has the dialog's choices) */
  dialog = gloss_export_dialog_new (GTK_WINDOW (window), gloss_window_get_document (window),
                                    gloss_sidebar_get_filtered_claims (sidebar));
  gloss_export_dialog_set_filtered (GLOSS_EXPORT_DIALOG (dialog), TRUE);
  gloss_export_dialog_set_format (GLOSS_EXPORT_DIALOG (dialog), gloss_export_format_lookup ("csv"));
  g_assert_true (gloss_export_dialog_export_to_file (GLOSS_EXPORT_DIALOG (dialog), some, &error));
  g_assert_no_error (error);
  gloss_export_dialog_set_filtered (GLOSS_EXPORT_DIALOG (dialog), FALSE);
  g_assert_true (gloss_export_dialog_export_to_file (GLOSS_EXPORT_DIALOG (dialog), all, &error));
  g_assert_no_error (error);

  /* the dialog offers every format of the registry, by its label, and
   * writes what the registry writes */
  {
    const GlossExportFormat * const *formats = gloss_export_formats ();
    AdwComboRow *format_row = ADW_COMBO_ROW (find_by_id (dialog, "format_row"));
    GListModel *labels = adw_combo_row_get_model (format_row);
    guint n = 0;

    for (; formats[n] != NULL; n++)
      {
        g_autofree char *name = g_strconcat ("every.", gloss_export_format_get_extension (formats[n]),
                                             NULL);
        g_autofree char *path = g_build_filename (ui_test_tmpdir (), name, NULL);
        g_autoptr(GFile) file = g_file_new_for_path (path);
        g_autoptr(GBytes) expected = gloss_export (_gloss_window_get_project (window), NULL,
                                                   formats[n], GLOSS_EXPORT_FLAGS_NONE, &error);
        g_autofree char *contents = NULL;
        gsize length;

        g_assert_no_error (error);
        g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels), n), ==,
                         gloss_export_format_get_label (formats[n]));
        gloss_export_dialog_set_format (GLOSS_EXPORT_DIALOG (dialog), formats[n]);
        g_assert_cmpuint (adw_combo_row_get_selected (format_row), ==, n);
        g_assert_true (gloss_export_dialog_get_format (GLOSS_EXPORT_DIALOG (dialog)) == formats[n]);
        g_assert_true (gloss_export_dialog_export_to_file (GLOSS_EXPORT_DIALOG (dialog), file, &error));
        g_assert_no_error (error);
        g_file_get_contents (path, &contents, &length, &error);
        g_assert_no_error (error);
        g_assert_cmpmem (contents, length, g_bytes_get_data (expected, NULL),
                         g_bytes_get_size (expected));
      }
    g_assert_cmpuint (g_list_model_get_n_items (labels), ==, n);
  }
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* a header row, then one row per claim */
  g_assert_cmpuint (count_lines (all_path), ==, 4);
  g_assert_cmpuint (count_lines (some_path), ==, 2);

  ui_test_destroy_window (window);
}

static void
test_undo_redo (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  GlossProject *project = _gloss_window_get_project (window);
  GlossTranscriptView *view = _gloss_window_get_transcript_view (window);
  GtkTextTag *tag5g = gloss_transcript_view_get_topic_tag (view, "5g");
  GActionGroup *actions = G_ACTION_GROUP (window);
  GlossClaim *claim;
  guint start;

  g_assert_false (g_action_group_get_action_enabled (actions, "undo"));
  claim = tag_text (window, "11.4 million", GDK_KEY_1);
  start = gloss_claim_get_start (claim);
  g_assert_true (g_action_group_get_action_enabled (actions, "undo"));
  g_assert_false (g_action_group_get_action_enabled (actions, "redo"));

  g_action_group_activate_action (actions, "undo", NULL);
  ui_test_pump ();
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 0);
  g_assert_false (has_tag_at (view, tag5g, start));
  g_assert_true (g_action_group_get_action_enabled (actions, "redo"));
  g_assert_null (strstr (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  g_action_group_activate_action (actions, "redo", NULL);
  ui_test_pump ();
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 1);
  g_assert_true (has_tag_at (view, tag5g, start));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  /* deleting from the sidebar is undoable too */
  g_signal_emit_by_name (_gloss_window_get_sidebar (window), "delete-claim",
                         gloss_project_get_claim (project, 0));
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 0);
  g_action_group_activate_action (actions, "undo", NULL);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 1);

  ui_test_destroy_window (window);
}

static void
press_topic_key_with (GlossWindow     *window,
                      guint            keyval,
                      GdkModifierType  mods);

/* issue 16: a selection starting or ending inside a word takes the whole
 * word; Alt with the key keeps it exact. issue 17, friction 7: either end
 * of a claim moves by a word, undoably. */
static void
test_words (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  GlossProject *project = _gloss_window_get_project (window);
  GlossTranscriptView *view = _gloss_window_get_transcript_view (window);
  GlossSidebar *sidebar = _gloss_window_get_sidebar (window);
  GlossClaim *claim;
  guint start, end;

  find_text (project, "48,200 5G base stations in service", &start, &end);
  /* “,200 5G base statio” */
  gloss_transcript_view_select_range (view, start + 2, end - 13);
  press_topic_key (window, GDK_KEY_1);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 1);
  claim = gloss_project_get_claim (project, 0);
  g_assert_cmpstr (gloss_claim_get_quote (claim), ==, "48,200 5G base stations");

  gloss_transcript_view_select_range (view, start + 7, end - 13);
  press_topic_key_with (window, GDK_KEY_2, GDK_ALT_MASK);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 2);
  g_assert_cmpstr (gloss_claim_get_quote (gloss_project_get_claim (project, 1)), ==, "5G base statio");

  gloss_sidebar_select_claim (sidebar, claim);
  ui_test_pump ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.move-edge", "s", "end-forward"));
  g_assert_cmpstr (gloss_claim_get_quote (claim), ==, "48,200 5G base stations in");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.move-edge", "s", "start-forward"));
  g_assert_cmpstr (gloss_claim_get_quote (claim), ==, "5G base stations in");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.move-edge", "s", "end-back"));
  g_assert_cmpstr (gloss_claim_get_quote (claim), ==, "5G base stations");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.move-edge", "s", "start-back"));
  g_assert_cmpstr (gloss_claim_get_quote (claim), ==, "48,200 5G base stations");

  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  g_assert_cmpstr (gloss_claim_get_quote (claim), ==, "5G base stations");
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  g_assert_cmpstr (gloss_claim_get_quote (claim), ==, "48,200 5G base stations");

  ui_test_destroy_window (window);
}

/* issue 17, friction 8: a narrow window folds the claims away and brings
 * them back when it widens; the topic chips flow like words, not one per
 * line; the claim count has a line of its own */
static void
test_layout (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  GlossSidebar *sidebar = _gloss_window_get_sidebar (window);
  GtkWidget *topics = ui_test_find_widget (GTK_WIDGET (sidebar), has_buildable_id, "topic_box");
  GtkWidget *count = ui_test_find_widget (GTK_WIDGET (sidebar), has_buildable_id, "count_label");
  g_autoptr(GlossTopic) fourth = gloss_topic_new ("economy", "Economy", "#e5a50a");
  int one_line, height;

  g_assert_nonnull (topics);
  g_assert_nonnull (count);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  ui_test_wait_ms (100);
  g_assert_true (gtk_widget_get_visible (window->side_panel));

  /* four short topics in a sidebar of a few hundred pixels: at most two lines */
  gtk_widget_measure (gtk_widget_get_first_child (topics), GTK_ORIENTATION_VERTICAL, -1, &one_line, NULL, NULL, NULL);
  gloss_history_add_topic (_gloss_window_get_history (window), fourth, 3);
  ui_test_wait_ms (50);
  gtk_widget_measure (topics, GTK_ORIENTATION_VERTICAL, 380, &height, NULL, NULL, NULL);
  g_assert_cmpint (height, <, 3 * one_line);
  /* the count is not in the row of the speaker filter and the sort button */
  g_assert_false (gtk_widget_is_ancestor (count, gtk_widget_get_parent (ui_test_find_widget (GTK_WIDGET (sidebar), has_buildable_id, "sort_button"))));

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  ui_test_wait_ms (100);
  g_assert_false (gtk_widget_get_visible (window->side_panel));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL));
  ui_test_pump ();
  g_assert_true (gtk_widget_get_visible (window->side_panel));

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  ui_test_wait_ms (100);
  g_assert_true (gtk_widget_get_visible (window->side_panel));

  ui_test_destroy_window (window);
}

/* What pressing @keyval with @mods anywhere in the window does to the
 * window's undo and redo shortcuts: whether they took the key. */
static gboolean
press_history_key (GlossWindow     *window,
                   guint            keyval,
                   GdkModifierType  mods)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "gloss-history-shortcuts") != 0)
        continue;
      g_assert_cmpint (gtk_event_controller_get_propagation_phase (controller), ==, GTK_PHASE_CAPTURE);
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          gboolean taken;

          if (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) != keyval ||
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) != mods)
            continue;
          taken = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                GTK_WIDGET (window), gtk_shortcut_get_arguments (shortcut));
          ui_test_pump ();
          return taken;
        }
    }

  g_assert_not_reached ();
  return FALSE;
}

/* issue 17, bug 1: Delete in the claims list, then Ctrl+Z undoes it with
 * the focus still in the list; in the search entry Ctrl+Z is the entry's */
static void
test_undo_from_list (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  GlossProject *project = _gloss_window_get_project (window);
  GlossSidebar *sidebar = _gloss_window_get_sidebar (window);
  GtkWidget *focus;

  tag_text (window, "11.4 million", GDK_KEY_1);
  tag_text (window, "48,200 5G base stations in service", GDK_KEY_1);
  gloss_sidebar_select_claim (sidebar, gloss_project_get_claim (project, 0));
  gloss_sidebar_focus_list (sidebar);
  ui_test_pump ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (sidebar), "sidebar.delete", NULL));
  ui_test_pump ();
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 1);

  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (sidebar)));
  g_assert_true (press_history_key (window, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 2);
  g_assert_true (press_history_key (window, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 1);
  g_assert_true (press_history_key (window, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 2);

  /* typing a search: Ctrl+Z belongs to the entry */
  gloss_sidebar_focus_search (sidebar);
  ui_test_pump ();
  g_assert_false (press_history_key (window, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 2);

  ui_test_destroy_window (window);
}

typedef struct
{
  GPtrArray *pairs;      /* action (or NULL), accelerator, action, accelerator … */
  GString *text;
  char *property;
  char *action;
  char *accelerator;
} OverlayParser;

static void
overlay_start_cb (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  OverlayParser *parser = user_data;

  if (strcmp (element, "object") == 0)
    {
      g_clear_pointer (&parser->action, g_free);
      g_clear_pointer (&parser->accelerator, g_free);
    }
  else if (strcmp (element, "property") == 0)
    {
      for (guint i = 0; names[i] != NULL; i++)
        if (strcmp (names[i], "name") == 0)
          parser->property = g_strdup (values[i]);
      g_string_truncate (parser->text, 0);
    }
}

static void
overlay_text_cb (GMarkupParseContext  *context,
                 const char           *text,
                 gsize                 length,
                 gpointer              user_data,
                 GError              **error)
{
  g_string_append_len (((OverlayParser *) user_data)->text, text, length);
}

static void
overlay_end_cb (GMarkupParseContext  *context,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  OverlayParser *parser = user_data;

  if (strcmp (element, "property") == 0 && parser->property != NULL)
    {
      if (strcmp (parser->property, "action-name") == 0)
        parser->action = g_strdup (parser->text->str);
      else if (strcmp (parser->property, "accelerator") == 0)
        parser->accelerator = g_strdup (parser->text->str);
      g_clear_pointer (&parser->property, g_free);
    }
  else if (strcmp (element, "object") == 0 && parser->accelerator != NULL)
    {
      g_ptr_array_add (parser->pairs, g_steal_pointer (&parser->action));
      g_ptr_array_add (parser->pairs, g_steal_pointer (&parser->accelerator));
    }
}

/* issue 17, bug 3: every accelerator the shortcuts window lists for an
 * action is the one installed, and every installed one is listed */
static void
test_shortcuts_match (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  g_autoptr(GBytes) ui = g_resources_lookup_data ("/io/github/glossapp/Gloss/gtk/help-overlay.ui", 0, NULL);
  const GMarkupParser callbacks = { overlay_start_cb, overlay_end_cb, overlay_text_cb, NULL, NULL };
  OverlayParser parser = { g_ptr_array_new_with_free_func (g_free), g_string_new (NULL), NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&callbacks, 0, &parser, NULL);
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) bare = g_ptr_array_new_with_free_func (g_free);
  gsize size;
  const char *data;

  g_assert_nonnull (ui);
  data = g_bytes_get_data (ui, &size);
  g_assert_true (g_markup_parse_context_parse (context, data, size, NULL));
  g_assert_cmpuint (parser.pairs->len, >, 20);

  for (guint i = 0; i < parser.pairs->len; i += 2)
    {
      const char *action = g_ptr_array_index (parser.pairs, i);
      const char *accelerator = g_ptr_array_index (parser.pairs, i + 1);
      g_auto(GStrv) installed = NULL;
      guint key, installed_key;
      GdkModifierType mods, installed_mods;

      /* a line without an action lists keys the window or a view binds */
      if (action == NULL)
        {
          g_auto(GStrv) keys = g_strsplit (accelerator, " ", -1);

          for (guint k = 0; keys[k] != NULL; k++)
            g_ptr_array_add (bare, g_strdup (keys[k]));
          continue;
        }
      installed = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);
      if (installed[0] == NULL)
        g_error ("the shortcuts window lists %s for %s, which has no accelerator", accelerator, action);
      g_assert_true (gtk_accelerator_parse (installed[0], &installed_key, &installed_mods));
      g_assert_true (accelerator != NULL && gtk_accelerator_parse (accelerator, &key, &mods));
      if (key != installed_key || mods != installed_mods)
        g_error ("the shortcuts window lists %s for %s, the window uses %s", accelerator, action, installed[0]);
      g_hash_table_add (listed, (gpointer) action);
    }

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) installed = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);
      gboolean found = g_hash_table_contains (listed, actions[i]);

      for (guint k = 0; !found && k < bare->len; k++)
        {
          guint key, installed_key;
          GdkModifierType mods, installed_mods;

          found = gtk_accelerator_parse (g_ptr_array_index (bare, k), &key, &mods) &&
                  gtk_accelerator_parse (installed[0], &installed_key, &installed_mods) &&
                  key == installed_key && mods == installed_mods;
        }
      if (!found)
        g_error ("%s has an accelerator the shortcuts window does not list", actions[i]);
    }

  g_ptr_array_unref (parser.pairs);
  g_string_free (parser.text, TRUE);
  g_free (parser.property);
  g_free (parser.action);
  g_free (parser.accelerator);
  ui_test_destroy_window (window);
}

static void
test_save (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  g_autofree char *path = g_build_filename (ui_test_tmpdir (), "saved.gloss", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GlossProject) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  GlossClaim *claim;

  claim = tag_text (window, "48,200 5G base stations in service", GDK_KEY_1);
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  _gloss_document_set_file (gloss_window_get_document (window), file);
  g_action_group_activate_action (G_ACTION_GROUP (window), "save", NULL);
  g_assert_true (ui_test_wait_until (document_saved, window, 5000));
  g_assert_null (_gloss_window_get_dialog (window));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_null (strstr (gtk_window_get_title (GTK_WINDOW (window)), "•"));
  /* the briefing keeps the title; the file is the subtitle */
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "Press briefing"));
  g_assert_nonnull (strstr (adw_window_title_get_subtitle (window->window_title), "saved"));

  reloaded = gloss_project_file_load (file, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gloss_project_get_n_claims (reloaded), ==, 1);
  g_assert_cmpuint (gloss_claim_get_start (gloss_project_get_claim (reloaded, 0)), ==,
                    gloss_claim_get_start (claim));

  /* reopened in a window, the claim is highlighted where it was */
  {
    GlossWindow *again = gloss_window_new (GTK_APPLICATION (app));
    GlossTranscriptView *view = _gloss_window_get_transcript_view (again);

    g_assert_true (_gloss_window_load_file (again, file, &error));
    g_assert_no_error (error);
    g_assert_true (has_tag_at (view, gloss_transcript_view_get_topic_tag (view, "5g"),
                               gloss_claim_get_start (claim)));
    ui_test_destroy_window (again);
  }

  /* another program changes the file: saving over it asks first */
  tag_text (window, "11.4 million", GDK_KEY_1);
  g_usleep (20000);
  g_assert_true (g_file_set_contents (path, "changed elsewhere", -1, NULL));
  g_action_group_activate_action (G_ACTION_GROUP (window), "save", NULL);
  ui_test_pump ();
  g_assert_true (ADW_IS_MESSAGE_DIALOG (_gloss_window_get_dialog (window)));
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "changed elsewhere");
  }
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (_gloss_window_get_dialog (window)), "overwrite");
  g_assert_true (ui_test_wait_until (document_saved, window, 5000));
  {
    g_autoptr(GlossProject) written = gloss_project_file_load (file, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (gloss_project_get_n_claims (written), ==, 2);
  }

  ui_test_destroy_window (window);
}

static gboolean
dir_has_gloss_file (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".gloss"))
      return TRUE;

  return FALSE;
}

static void
test_drafts (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *drafts = g_build_filename (g_get_user_data_dir (), "gloss", "drafts", NULL);
  g_autofree char *path = g_build_filename (ui_test_tmpdir (), "drafted.gloss", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gint64 start;

  g_settings_set_uint (settings, "autosave-delay", 1);
  g_assert_false (dir_has_gloss_file (drafts));

  tag_text (window, "11.4 million", GDK_KEY_1);
  start = g_get_monotonic_time ();
  while (!dir_has_gloss_file (drafts) && g_get_monotonic_time () - start < 5 * G_USEC_PER_SEC)
    ui_test_wait_ms (100);
  g_assert_true (dir_has_gloss_file (drafts));
  /* a draft never touches the document itself */
  g_assert_false (document_saved (window));

  /* the real save removes the draft */
  _gloss_document_set_file (gloss_window_get_document (window), file);
  g_action_group_activate_action (G_ACTION_GROUP (window), "save", NULL);
  g_assert_true (ui_test_wait_until (document_saved, window, 5000));
  g_assert_false (dir_has_gloss_file (drafts));

  g_settings_reset (settings, "autosave-delay");
  ui_test_destroy_window (window);
}

static void
test_close_asks (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  GtkWidget *dialog;

  g_object_ref (window);

  tag_text (window, "11.4 million", GDK_KEY_1);
  gtk_window_close (GTK_WINDOW (window));
  ui_test_pump ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  dialog = _gloss_window_get_dialog (window);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "save"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "discard"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "cancel"));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  ui_test_pump ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_nonnull (_gloss_window_get_project (window));

  gtk_window_close (GTK_WINDOW (window));
  ui_test_pump ();
  dialog = _gloss_window_get_dialog (window);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "discard");
  ui_test_pump ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));

  g_object_unref (window);
  ui_test_pump ();
}

static void
test_unmodified_close (void)
{
  GlossWindow *window = ui_test_open_sample_window ();

  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  ui_test_pump ();
  g_assert_null (_gloss_window_get_dialog (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_object_unref (window);
}


static const char *words[] = {
  "province", "network", "base", "stations", "vaccine", "doses", "green", "factory",
  "energy", "growth", "percent", "million", "the", "and", "of", "to", "in", "we",
  "investment", "coverage", "clinic", "carbon", "output", "quarter", "year",
};

static void
painted_cb (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

/* CPU time of this thread, in µs: the machines that run this are shared,
 * and wall time mostly measures the neighbours */
static gint64
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* Issue 7: a 5 MB transcript with 50,000 claims. Run on demand:
 * test-window -m perf -p /window/bench */
static void
test_bench (void)
{
  GString *text;
  g_autoptr(GlossTranscript) transcript = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GError) error = NULL;
  GRand *rand;
  const char *topics[][2] = { { "5g", NULL }, { "vaccines", NULL }, { "green-manufacturing", NULL } };
  g_autoptr(GSettings) settings = NULL;
  GlossWindow *window;
  GlossSidebar *sidebar;
  GListModel *shown;
  gint64 t0, t1, wall0;
  gboolean painted = FALSE;
  double worst = 0;
  guint length, n = 0;

  if (!g_test_perf ())
    {
      g_test_skip ("run with -m perf");
      return;
    }

  settings = g_settings_new (APP_ID);
  text = g_string_new (NULL);
  rand = g_rand_new_with_seed (7);

  for (guint turn = 0; text->len < 5 * 1024 * 1024; turn++)
    {
      g_string_append_printf (text, "Speaker %u:\n\n", turn % 12);
      for (guint p = 0; p < 4; p++)
        {
          for (guint w = 0; w < 70; w++)
            g_string_append_printf (text, "%s%s", w ? " " : "", words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
          g_string_append (text, ".\n\n");
        }
    }

  t0 = cpu_now ();
  transcript = gloss_import_data (text->str, text->len, "bench.txt", NULL, NULL, &error);
  g_assert_no_error (error);
  t1 = cpu_now ();
  g_test_message ("import of %.1f MB: %.0f ms", text->len / 1048576.0, (t1 - t0) / 1000.0);

  project = gloss_project_new (transcript);
  length = gloss_transcript_get_length (transcript);
  for (guint start = 0; n < 50000 && start + 200 < length; start += length / 50000, n++)
    {
      guint len = 40 + g_rand_int_range (rand, 0, 120);
      g_autoptr(GlossClaim) claim = gloss_claim_new (transcript, start, start + len,
                                                     topics[n % 3], NULL, "bench");

      gloss_project_add_claim (project, claim);
    }
  g_test_message ("claims: %u", gloss_project_get_n_claims (project));

  /* the draft written 3 s after an edit serializes the project on the main
   * thread first (gloss_draft_store_save_async); measured on its own here,
   * kept out of the figures below */
  t0 = cpu_now ();
  g_bytes_unref (gloss_project_file_to_bytes (project));
  t1 = cpu_now ();
  g_test_message ("project snapshot for a draft, on the main thread: %.0f ms", (t1 - t0) / 1000.0);
  g_settings_set_uint (settings, "autosave-delay", 300);

  window = gloss_window_new (GTK_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));
  ui_test_pump ();
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (painted_cb), &painted);
  t0 = cpu_now ();
  wall0 = g_get_monotonic_time ();
  {
    g_autoptr(GlossDocument) document = gloss_document_new (project, NULL);

    gloss_window_set_document (window, document);
  }
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  t1 = cpu_now ();
  g_test_message ("(wall time to first frame: %.0f ms)", (g_get_monotonic_time () - wall0) / 1000.0);
  g_test_message ("open in the window to first frame: %.0f ms", (t1 - t0) / 1000.0);
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (GTK_WIDGET (window)), painted_cb, &painted);

  for (guint i = 0; i < 20; i++)
    {
      guint start = g_rand_int_range (rand, 0, length - 300);
      double ms;

      /* as the key does it: selection, claim, highlight, sidebar row */
      gloss_transcript_view_select_range (_gloss_window_get_transcript_view (window), start, start + 80);
      t0 = cpu_now ();
      g_action_group_activate_action (G_ACTION_GROUP (window), "tag-key", g_variant_new_string ("1"));
      t1 = cpu_now ();
      ms = (t1 - t0) / 1000.0;
      worst = MAX (worst, ms);
      ui_test_pump ();
    }
  g_test_message ("adding a claim with a topic key (worst of 20): %.2f ms", worst);

  sidebar = _gloss_window_get_sidebar (window);
  shown = gloss_sidebar_get_filtered_claims (sidebar);
  {
    const char *keys[] = { "b", "ba", "bas", "base", "base ", "base s", "base st", "bas", "", "vaccine d" };

    GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
    double worst_frame = 0;

    GtkWidget *list = find_descendant (GTK_WIDGET (sidebar), "claims-list");
    GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));

    /* tagging scrolled the list to the new claims; a search starts at the top */
    gtk_adjustment_set_value (vadjustment, 0);
    ui_test_wait_ms (50);

    worst = 0;
    g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);
    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      {
        gboolean timed_out = FALSE;
        guint timeout;
        gint64 t2;
        double ms, frame_ms, fill_frame;

        painted = FALSE;
        t0 = cpu_now ();
        gloss_sidebar_set_search_text (sidebar, keys[i]);
        t1 = cpu_now ();
        /* until the list is drawn: what the person typing waits for */
        timeout = g_timeout_add (300, ui_test_set_flag_cb, &timed_out);
        while (!painted && !timed_out)
          g_main_context_iteration (NULL, TRUE);
        t2 = cpu_now ();
        if (!timed_out)
          g_source_remove (timeout);
        ms = (t1 - t0) / 1000.0;
        frame_ms = (t2 - t0) / 1000.0;
        /* then the list adds its other rows, a frame at a time */
        fill_frame = 0;
        while (!gloss_sidebar_get_list_complete (sidebar))
          {
            gint64 f0 = cpu_now ();

            painted = FALSE;
            while (!painted && !gloss_sidebar_get_list_complete (sidebar))
              g_main_context_iteration (NULL, TRUE);
            fill_frame = MAX (fill_frame, (cpu_now () - f0) / 1000.0);
          }
        g_test_message ("search \"%s\": %.1f ms, to the drawn list %.1f ms, "
                        "longest frame while the list fills %.1f ms, all rows %.1f ms; %u shown",
                        keys[i], ms, frame_ms, fill_frame, (cpu_now () - t0) / 1000.0,
                        g_list_model_get_n_items (shown));
        if (i > 0)
          {
            worst = MAX (worst, ms);
            worst_frame = MAX (worst_frame, MAX (frame_ms, fill_frame));
          }
        ui_test_pump ();
        /* the list starts at its first match, as a single change would leave it */
        {
          g_autoptr(GlossClaim) first = g_list_model_get_item (shown, 0);

          g_assert_true (top_row_claim (sidebar) == first);
        }
      }
    g_signal_handlers_disconnect_by_func (clock, painted_cb, &painted);
    g_test_message ("search keystroke (worst after the first): %.1f ms; to the drawn list, "
                    "or longest frame after it: %.1f ms", worst, worst_frame);
  }

  t0 = cpu_now ();
  gloss_sidebar_set_topic_filter (sidebar, "vaccines", TRUE);
  t1 = cpu_now ();
  g_test_message ("topic filter: %.1f ms, %u shown", (t1 - t0) / 1000.0, g_list_model_get_n_items (shown));
  gloss_sidebar_set_topic_filter (sidebar, "vaccines", FALSE);
  ui_test_pump ();

  {
    const char *orders[] = { "speaker", "topic", "modified" };
    const char *keys[] = { "b", "ba", "base s", "bas", "" };

    for (guint o = 0; o < G_N_ELEMENTS (orders); o++)
      {
        t0 = cpu_now ();
        gloss_sidebar_set_sort_order (sidebar, orders[o]);
        t1 = cpu_now ();
        ui_test_pump ();
        worst = 0;
        for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
          {
            gint64 k0 = cpu_now ();

            gloss_sidebar_set_search_text (sidebar, keys[i]);
            worst = MAX (worst, (cpu_now () - k0) / 1000.0);
            ui_test_pump ();
          }
        g_test_message ("sort by %s: %.1f ms; search keystroke then (worst): %.1f ms",
                        orders[o], (t1 - t0) / 1000.0, worst);
      }
    gloss_sidebar_set_sort_order (sidebar, "transcript");
  }

  /* scrolling: a frame per step, as a wheel or a dragged scrollbar gives */
  {
    GtkWidget *scrollables[] = {
      GTK_WIDGET (_gloss_window_get_transcript_view (window)),
      find_descendant (GTK_WIDGET (sidebar), "claims-list"),
    };
    const char *names[] = { "transcript", "claims list" };
    GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

    g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);
    for (guint w = 0; w < G_N_ELEMENTS (scrollables); w++)
      {
        GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (scrollables[w]));
        double page = gtk_adjustment_get_page_size (adjustment);
        double worst_step = 0, worst_jump = 0;

        for (guint i = 0; i < 60; i++)
          {
            /* mostly wheel steps, every tenth a jump far away */
            gboolean jump = i % 10 == 9;
            double upper = gtk_adjustment_get_upper (adjustment) - page;
            double value = jump ? g_rand_double_range (rand, 0, upper)
                                : MIN (upper, gtk_adjustment_get_value (adjustment) + page / 4);
            gboolean timed_out = FALSE;
            guint timeout;
            double ms;

            painted = FALSE;
            t0 = cpu_now ();
            gtk_adjustment_set_value (adjustment, value);
            timeout = g_timeout_add (300, ui_test_set_flag_cb, &timed_out);
            while (!painted && !timed_out)
              g_main_context_iteration (NULL, TRUE);
            if (!timed_out)
              g_source_remove (timeout);
            ms = (cpu_now () - t0) / 1000.0;
            if (jump)
              worst_jump = MAX (worst_jump, ms);
            else
              worst_step = MAX (worst_step, ms);
          }
        g_test_message ("scrolling the %s: longest frame %.1f ms for a wheel step, %.1f ms for a jump",
                        names[w], worst_step, worst_jump);
      }
    g_signal_handlers_disconnect_by_func (clock, painted_cb, &painted);
  }

  g_settings_reset (settings, "autosave-delay");
  g_rand_free (rand);
  g_string_free (text, TRUE);
  ui_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv, "ui"))
    return 77;

  app = ui_test_app_new ("io.github.glossapp.Gloss.Test");

  g_test_add_func ("/model/gradual", test_gradual_model);
  g_test_add_func ("/window/open", test_open);
  g_test_add_func ("/window/open-error", test_open_error);
  g_test_add_func ("/window/open-encoding", test_open_encoding);
  g_test_add_func ("/window/tag-key", test_tag_key);
  g_test_add_func ("/window/chooser", test_chooser);
  g_test_add_func ("/window/filters", test_filters);
  g_test_add_func ("/window/empty-state", test_empty_state);
  g_test_add_func ("/window/sort", test_sort);
  g_test_add_func ("/window/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/window/question-shading", test_question_shading);
  g_test_add_func ("/window/undo-redo", test_undo_redo);
  g_test_add_func ("/window/undo-from-list", test_undo_from_list);
  g_test_add_func ("/window/words", test_words);
  g_test_add_func ("/window/layout", test_layout);
  g_test_add_func ("/window/shortcuts-match", test_shortcuts_match);
  g_test_add_func ("/window/export", test_export);
  g_test_add_func ("/window/save", test_save);
  g_test_add_func ("/window/drafts", test_drafts);
  g_test_add_func ("/window/close-asks", test_close_asks);
  g_test_add_func ("/window/close-unmodified", test_unmodified_close);
  g_test_add_func ("/window/bench", test_bench);

  return ui_test_run ();
}
