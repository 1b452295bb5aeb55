/* The translation review in the window: an original added from a file
 * shows side by side, removing it is one step that Ctrl+Z undoes, the
 * Review page lists the planted discrepancies and shows each at its place
 * on both sides, and one key makes a finding a claim with the
 * "Translation issue" topic. Needs a display; skipped without. */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "gloss-application.h"
#include "gloss-document-private.h"
#include "gloss-window-private.h"
#include "ui-test-util.h"

static GlossApplication *app;

/* A briefing and its Chinese original, with three discrepancies planted:
 * 6.1% against 6.3%, 2.1 times against 2.4倍, and the original's 800 coastal
 * sets that the translation leaves out. Every other figure matches. */
static const char english[] =
  "Press conference on the port economy in the first five months\n"
  "Beijing | May 12, 2023\n"
  "\n"
  "Lin Haitao, spokesperson of the Ministry of Transport\n"
  "\n"
  "Zhou Xiaomei, director general of the Department of Comprehensive Planning\n"
  "\n"
  "Moderator:\n"
  "\n"
  "Good morning, ladies and gentlemen. Welcome to today's press conference.\n"
  "\n"
  "Lin Haitao:\n"
  "\n"
  "Good morning, friends from the press. In the first five months, ports across the country handled "
  "3.85 billion tonnes of cargo, up 6.1% year on year. Container throughput reached 961,000 TEUs a day.\n"
  "\n"
  "Investment in waterways came to 36.5 billion yuan, 2.1 times the figure of a year earlier.\n"
  "\n"
  "China Daily:\n"
  "\n"
  "How many shore power facilities have been built, and what comes next?\n"
  "\n"
  "Zhou Xiaomei:\n"
  "\n"
  "By the end of May, 14,000 shore power facilities had been built, covering 75% of berths. First, we "
  "will extend shore power; second, we will promote new energy ships. Under the 14th Five-Year Plan "
  "(2021-2025), we will add 1,400 more.\n"
  "\n"
  "Moderator:\n"
  "\n"
  "Thank you. That concludes the press conference.\n";

static const char chinese[] =
  "前五个月港口经济新闻发布会\n"
  "北京 | 2023年5月12日\n"
  "\n"
  "林海涛，交通运输部新闻发言人\n"
  "\n"
  "周晓梅，交通运输部综合规划司司长\n"
  "\n"
  "主持人：\n"
  "\n"
  "女士们、先生们，上午好。欢迎出席今天的发布会。\n"
  "\n"
  "林海涛：\n"
  "\n"
  "各位记者朋友，上午好。1—5月，全国港口完成货物吞吐量38.5亿吨，同比增长6.3%。集装箱日均吞吐量96.1万标箱。\n"
  "\n"
  "水运建设完成投资365亿元，是去年同期的2.4倍。\n"
  "\n"
  "中国日报记者：\n"
  "\n"
  "目前已建成多少岸电设施？下一步有何打算？\n"
  "\n"
  "周晓梅：\n"
  "\n"
  "截至5月底，已建成岸电设施1.4万套，覆盖75%的泊位。一是扩大岸电覆盖，二是推广新能源船舶。"
  "“十四五”期间，还将新增1400套，其中沿海港口800套。\n"
  "\n"
  "主持人：\n"
  "\n"
  "谢谢。今天的发布会到此结束。\n";

static GFile *
write_file (const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (ui_test_tmpdir (), name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static gboolean
has_original_cb (gpointer data)
{
  GlossProject *project = _gloss_window_get_project (data);

  return project != NULL && gloss_project_get_original (project) != NULL;
}

static gboolean
review_ready_cb (gpointer data)
{
  GlossReviewPage *page = _gloss_window_get_review_page (data);

  return gloss_review_page_get_review (page) != NULL && !gloss_review_page_get_busy (page);
}

/* the English project, with the Chinese original added as the window adds it */
static GlossWindow *
open_with_original (void)
{
  GlossWindow *window = gloss_window_new (GTK_APPLICATION (app));
  g_autoptr(GFile) translation = write_file ("briefing-en.txt", english);
  g_autoptr(GFile) original = write_file ("briefing-zh.txt", chinese);
  g_autoptr(GError) error = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (_gloss_window_load_file (window, translation, &error));
  g_assert_no_error (error);
  ui_test_wait_ms (50);

  _gloss_window_add_original (window, original);
  g_assert_true (ui_test_wait_until (has_original_cb, window, 10000));
  g_assert_true (ui_test_wait_until (review_ready_cb, window, 10000));

  return window;
}

static gboolean
action_state (GlossWindow *window,
              const char  *name)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (window), name);

  return g_variant_get_boolean (state);
}

static GtkWidget *
side_page (GlossWindow *window,
           const char  *name)
{
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (_gloss_window_get_review_page (window)),
                                                                ADW_TYPE_VIEW_STACK));

  return adw_view_stack_get_child_by_name (stack, name);
}

static gboolean
side_page_visible (GlossWindow *window,
                   const char  *name)
{
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (side_page (window, name), ADW_TYPE_VIEW_STACK));

  return adw_view_stack_page_get_visible (adw_view_stack_get_page (stack, side_page (window, name)));
}

static gboolean
is_status_page (GtkWidget     *widget,
                gconstpointer  data)
{
  return ADW_IS_STATUS_PAGE (widget);
}

static gboolean
chooser_has_file_cb (gpointer data)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (data);

  return file != NULL;
}

/* the original's pane is above the translation's */
static gboolean
stacked_cb (gpointer data)
{
  GlossParallelView *texts = data;
  graphene_point_t top = GRAPHENE_POINT_INIT (0, 0), o, t;

  if (!gtk_widget_compute_point (GTK_WIDGET (gloss_parallel_view_get_view (texts, GLOSS_TEXT_ORIGINAL)),
                                 GTK_WIDGET (texts), &top, &o) ||
      !gtk_widget_compute_point (GTK_WIDGET (gloss_parallel_view_get_view (texts, GLOSS_TEXT_TRANSCRIPT)),
                                 GTK_WIDGET (texts), &top, &t))
    return FALSE;

  return o.y < t.y && o.x == t.x;
}

static void
test_add_original (void)
{
  GlossWindow *window = gloss_window_new (GTK_APPLICATION (app));
  g_autoptr(GFile) translation = write_file ("briefing-en.txt", english);
  g_autoptr(GFile) original = write_file ("briefing-zh.txt", chinese);
  GlossParallelView *texts = _gloss_window_get_texts (window);
  GtkWidget *pane = gloss_parallel_view_get_original_pane (texts);
  GlossTranscriptView *original_view = gloss_parallel_view_get_view (texts, GLOSS_TEXT_ORIGINAL);
  g_autoptr(GError) error = NULL;
  GtkWidget *empty;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (_gloss_window_load_file (window, translation, &error));
  g_assert_no_error (error);
  ui_test_wait_ms (50);

  /* without an original: the translation alone, no Review page; side by
   * side offers where to add one */
  g_assert_false (action_state (window, "side-by-side"));
  g_assert_false (gtk_widget_get_mapped (pane));
  g_assert_false (side_page_visible (window, "review"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "add-original"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "remove-original"));
  g_action_group_change_action_state (G_ACTION_GROUP (window), "side-by-side", g_variant_new_boolean (TRUE));
  ui_test_wait_ms (50);
  empty = ui_test_find_widget (pane, is_status_page, NULL);
  g_assert_nonnull (empty);
  g_assert_true (gtk_widget_get_mapped (empty));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (original_view)));
  g_action_group_change_action_state (G_ACTION_GROUP (window), "side-by-side", g_variant_new_boolean (FALSE));

  /* a file that is not a transcript says so, naming it */
  {
    g_autofree char *missing_path = g_build_filename (ui_test_tmpdir (), "no-such-original.txt", NULL);
    g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
    GtkWidget *dialog;

    _gloss_window_add_original (window, missing);
    /* while it is read, the original's side shows a spinner */
    g_assert_true (gloss_parallel_view_get_loading (texts));
    g_assert_true (gtk_widget_get_visible (pane));
    g_assert_true (gtk_widget_get_visible (ui_test_find_widget (pane, ui_test_has_css_class, "original-loading")));
    g_assert_false (gtk_widget_get_visible (empty));
    ui_test_wait_ms (300);
    g_assert_false (gloss_parallel_view_get_loading (texts));
    /* side by side was only for the spinner */
    g_assert_false (action_state (window, "side-by-side"));
    dialog = _gloss_window_get_dialog (window);
    g_assert_nonnull (dialog);
    g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "no-such-original.txt"));
    gtk_window_destroy (GTK_WINDOW (dialog));
    ui_test_pump ();
    g_assert_null (gloss_project_get_original (_gloss_window_get_project (window)));
  }

  /* Add Original Text… offers the transcripts the import table reads, and adds the one chosen */
  g_action_group_activate_action (G_ACTION_GROUP (window), "add-original", NULL);
  ui_test_pump ();
  g_assert_nonnull (window->chooser);
  {
    GtkFileChooser *chooser = GTK_FILE_CHOOSER (window->chooser);
    g_autoptr(GListModel) filters = gtk_file_chooser_get_filters (chooser);
    g_autoptr(GtkFileFilter) first = g_list_model_get_item (filters, 0);

    g_assert_cmpuint (g_list_model_get_n_items (filters), >, 2);
    g_assert_cmpstr (gtk_file_filter_get_name (first), ==, "Transcripts");
    g_assert_true (gtk_file_chooser_set_file (chooser, original, NULL));
    /* the dialog selects it once it has read the folder */
    g_assert_true (ui_test_wait_until (chooser_has_file_cb, chooser, 5000));
    g_signal_emit_by_name (chooser, "response", GTK_RESPONSE_ACCEPT);
  }
  g_assert_null (window->chooser);
  g_assert_true (ui_test_wait_until (has_original_cb, window, 10000));
  ui_test_wait_ms (100);

  /* side by side now, the original beside the translation */
  g_assert_true (action_state (window, "side-by-side"));
  g_assert_true (gloss_parallel_view_get_showing_original (texts));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (original_view)));
  g_assert_false (gtk_widget_get_mapped (empty));
  g_assert_false (gloss_parallel_view_get_loading (texts));
  g_assert_false (gtk_widget_get_mapped (ui_test_find_widget (pane, ui_test_has_css_class, "original-loading")));
  g_assert_true (side_page_visible (window, "review"));
  /* and its findings beside them */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (_gloss_window_get_review_page (window))));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "remove-original"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "add-original"));
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (original_view));
    GtkTextTag *language = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "language");
    g_autofree char *shown = NULL;
    g_autofree char *tag_language = NULL;
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_nonnull (strstr (shown, "96.1万标箱"));
    /* Chinese text in a Chinese font: the view says its language */
    g_assert_nonnull (language);
    g_assert_true (gtk_text_iter_has_tag (&start, language));
    g_object_get (language, "language", &tag_language, NULL);
    g_assert_true (g_str_has_prefix (tag_language, "zh"));
  }

  /* the translation's language, as Properties sets it, is its view's */
  gloss_history_set_transcript_field (_gloss_window_get_history (window), GLOSS_TRANSCRIPT_FIELD_LANGUAGE, "en-GB");
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (gloss_parallel_view_get_view (texts, GLOSS_TEXT_TRANSCRIPT)));
    GtkTextTag *language = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "language");
    g_autofree char *tag_language = NULL;
    GtkTextIter start;

    gtk_text_buffer_get_start_iter (buffer, &start);
    g_assert_true (gtk_text_iter_has_tag (&start, language));
    g_object_get (language, "language", &tag_language, NULL);
    g_assert_cmpstr (tag_language, ==, "en-gb");
  }

  g_assert_true (gloss_document_get_modified (gloss_window_get_document (window)));

  /* at 800 px with the claims shown, the original goes above the translation */
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  g_action_group_change_action_state (G_ACTION_GROUP (window), "show-sidebar", g_variant_new_boolean (TRUE));
  g_assert_true (ui_test_wait_until (stacked_cb, texts, 5000));

  ui_test_destroy_window (window);
}

static void
test_remove_undo (void)
{
  GlossWindow *window = open_with_original ();
  GlossProject *project = _gloss_window_get_project (window);
  GlossTranscript *original = gloss_project_get_original (project);
  GlossParallelView *texts = _gloss_window_get_texts (window);
  g_autoptr(GFile) again = write_file ("briefing-zh-2.txt", chinese);

  g_action_group_activate_action (G_ACTION_GROUP (window), "remove-original", NULL);
  ui_test_wait_ms (50);
  g_assert_null (gloss_project_get_original (project));
  g_assert_null (gloss_project_get_alignment (project));
  g_assert_false (gloss_parallel_view_get_showing_original (texts));
  g_assert_false (side_page_visible (window, "review"));

  /* one step back: the same original, aligned as before, side by side */
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  ui_test_wait_ms (50);
  g_assert_true (gloss_project_get_original (project) == original);
  g_assert_nonnull (gloss_project_get_alignment (project));
  g_assert_true (gloss_parallel_view_get_showing_original (texts));
  g_assert_true (ui_test_wait_until (review_ready_cb, window, 10000));

  /* replacing (a file dropped on the original's pane) is one step too */
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (gloss_parallel_view_get_original_pane (texts));
    g_auto(GValue) value = G_VALUE_INIT;
    gboolean dropped = FALSE;
    guint n_targets = 0;

    g_value_init (&value, G_TYPE_FILE);
    g_value_set_object (&value, again);
    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DROP_TARGET (controller))
          {
            g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &dropped);
            n_targets++;
          }
      }
    g_assert_cmpuint (n_targets, ==, 1);
    g_assert_true (dropped);
  }
  g_assert_true (ui_test_wait_until (has_original_cb, window, 10000));
  while (gloss_project_get_original (project) == original)
    g_main_context_iteration (NULL, TRUE);
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  ui_test_wait_ms (50);
  g_assert_true (gloss_project_get_original (project) == original);

  ui_test_destroy_window (window);
}

static guint
offset_of (GlossTranscript *text,
           const char      *needle)
{
  const char *hit = strstr (gloss_transcript_get_text (text), needle);

  g_assert_nonnull (hit);
  return gloss_transcript_byte_to_offset (text, hit - gloss_transcript_get_text (text));
}

static GlossReviewFinding *
find_finding (GListModel *findings,
              const char *translation,
              const char *original)
{
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(GlossReviewFinding) finding = g_list_model_get_item (findings, i);

      if (g_str_equal (gloss_review_finding_get_text (finding, GLOSS_TEXT_TRANSCRIPT), translation) &&
          g_str_equal (gloss_review_finding_get_text (finding, GLOSS_TEXT_ORIGINAL), original))
        return finding;
    }

  return NULL;
}

static guint
position_of (GListModel         *findings,
             GlossReviewFinding *finding)
{
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(GlossReviewFinding) each = g_list_model_get_item (findings, i);

      if (each == finding)
        return i;
    }
  g_assert_not_reached ();
}

/* the line holding @offset is on screen in @view */
static gboolean
on_screen (GlossTranscriptView *view,
           guint                offset)
{
  GtkTextIter iter;
  GdkRectangle visible, location;

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &iter, (int) offset);
  gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (view), &visible);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (view), &iter, &location);

  return location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

typedef struct
{
  GlossTranscriptView *view;
  guint offset;
} OnScreen;

static gboolean
on_screen_cb (gpointer data)
{
  OnScreen *where = data;

  return on_screen (where->view, where->offset);
}

/* the findings' list, not the filter's popup list */
static gboolean
is_findings_list (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_LIST_VIEW (widget) && gtk_widget_has_css_class (widget, "review-list");
}

static GtkListView *
findings_list (GlossWindow *window)
{
  GtkWidget *list = ui_test_find_widget (GTK_WIDGET (_gloss_window_get_review_page (window)), is_findings_list, NULL);

  g_assert_nonnull (list);

  return GTK_LIST_VIEW (list);
}

static void
test_findings (void)
{
  GlossWindow *window = open_with_original ();
  GlossProject *project = _gloss_window_get_project (window);
  GlossReviewPage *page = _gloss_window_get_review_page (window);
  GlossReviewMarks *marks = _gloss_window_get_review_marks (window);
  GlossParallelView *texts = _gloss_window_get_texts (window);
  GlossTranscriptView *translation_view = gloss_parallel_view_get_view (texts, GLOSS_TEXT_TRANSCRIPT);
  GlossTranscriptView *original_view = gloss_parallel_view_get_view (texts, GLOSS_TEXT_ORIGINAL);
  GListModel *shown = gloss_review_page_get_shown (page);
  GlossReviewFinding *planted[2];
  g_autofree char *label = NULL;
  g_autofree char *note = NULL;

  /* the list opens on the problems: the two mismatches and the figure the
   * translation leaves out, none of the matches */
  g_assert_cmpint (gloss_review_page_get_filter (page), ==, GLOSS_REVIEW_FILTER_PROBLEMS);
  planted[0] = find_finding (shown, "6.1%", "6.3%");
  planted[1] = find_finding (shown, "2.1 times", "2.4倍");
  g_assert_nonnull (planted[0]);
  g_assert_nonnull (planted[1]);
  g_assert_nonnull (find_finding (shown, "", "800"));
  g_assert_null (find_finding (shown, "961,000", "96.1万"));
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(GlossReviewFinding) finding = g_list_model_get_item (shown, i);

      g_assert_true (gloss_review_finding_is_problem (finding));
    }

  /* each status has its count, and its filter lists only it */
  gloss_review_page_set_filter (page, GLOSS_REVIEW_FILTER_MISMATCH);
  g_assert_nonnull (find_finding (shown, "6.1%", "6.3%"));
  g_assert_null (find_finding (shown, "", "800"));
  label = gloss_review_page_dup_filter_label (page, GLOSS_REVIEW_FILTER_MISMATCH);
  {
    g_autofree char *count = g_strdup_printf ("(%u)", g_list_model_get_n_items (shown));

    g_assert_true (g_str_has_suffix (label, count));
  }
  gloss_review_page_set_filter (page, GLOSS_REVIEW_FILTER_MATCH);
  g_assert_nonnull (find_finding (shown, "961,000", "96.1万"));
  gloss_review_page_set_filter (page, GLOSS_REVIEW_FILTER_PROBLEMS);

  /* in the panes: a match lightly, a problem strongly, with both figures
   * in its tooltip */
  {
    GlossTranscript *translation = gloss_project_get_transcript (project);
    GlossTranscript *original = gloss_project_get_original (project);
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (translation_view));
    GtkTextIter iter;

    gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) offset_of (translation, "6.1%"));
    g_assert_true (gtk_text_iter_has_tag (&iter, gloss_review_marks_get_tag (marks, GLOSS_TEXT_TRANSCRIPT, TRUE)));
    gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) offset_of (translation, "961,000"));
    g_assert_true (gtk_text_iter_has_tag (&iter, gloss_review_marks_get_tag (marks, GLOSS_TEXT_TRANSCRIPT, FALSE)));
    g_assert_false (gtk_text_iter_has_tag (&iter, gloss_review_marks_get_tag (marks, GLOSS_TEXT_TRANSCRIPT, TRUE)));
    buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (original_view));
    gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) offset_of (original, "2.4倍"));
    g_assert_true (gtk_text_iter_has_tag (&iter, gloss_review_marks_get_tag (marks, GLOSS_TEXT_ORIGINAL, TRUE)));

    note = gloss_transcript_view_get_tooltip_markup (translation_view, offset_of (translation, "2.1 times") + 1);
    g_assert_nonnull (note);
    g_assert_nonnull (strstr (note, "2.1 times"));
    g_assert_nonnull (strstr (note, "2.4倍"));
  }

  /* activating a finding (Enter in the list) shows it on both sides */
  {
    GtkListView *list = findings_list (window);
    guint position = position_of (shown, planted[1]);
    OnScreen where[2] = {
      { translation_view, gloss_review_finding_get_start (planted[1], GLOSS_TEXT_TRANSCRIPT) },
      { original_view, gloss_review_finding_get_start (planted[1], GLOSS_TEXT_ORIGINAL) },
    };
    GtkTextIter s, e;

    /* somewhere else first, in a window too short for the whole text */
    gtk_window_set_default_size (GTK_WINDOW (window), 800, 420);
    ui_test_wait_ms (200);
    gloss_parallel_view_show_offset (texts, GLOSS_TEXT_TRANSCRIPT,
                                     gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (GTK_TEXT_VIEW (translation_view))));
    ui_test_wait_ms (200);
    g_assert_false (on_screen (translation_view, where[0].offset));

    g_signal_emit_by_name (list, "activate", position);
    g_assert_true (ui_test_wait_until (on_screen_cb, &where[0], 5000));
    g_assert_true (ui_test_wait_until (on_screen_cb, &where[1], 5000));
    g_assert_true (gtk_text_buffer_get_selection_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (translation_view)),
                                                         &s, &e));
    g_assert_cmpuint (gtk_text_iter_get_offset (&s), ==, where[0].offset);
    g_assert_cmpuint (gtk_text_iter_get_offset (&e), ==,
                      gloss_review_finding_get_end (planted[1], GLOSS_TEXT_TRANSCRIPT));
  }

  ui_test_destroy_window (window);
}

/* F7 and Shift+F7 go from problem to problem, in the list's order, skipping
 * the matches even when the list shows them, and around at the ends; the
 * translation's selection is each finding's figure. */
static void
test_step_problems (void)
{
  GlossWindow *window = open_with_original ();
  GlossReviewPage *page = _gloss_window_get_review_page (window);
  GlossParallelView *texts = _gloss_window_get_texts (window);
  GlossTranscriptView *translation_view = gloss_parallel_view_get_view (texts, GLOSS_TEXT_TRANSCRIPT);
  GListModel *shown = gloss_review_page_get_shown (page);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  GtkTextIter s, e;

  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "next-finding"));
  gloss_review_page_set_filter (page, GLOSS_REVIEW_FILTER_ALL);
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      GlossReviewFinding *finding = g_list_model_get_item (shown, i);

      if (gloss_review_finding_is_problem (finding))
        g_ptr_array_add (problems, finding);
      else
        g_object_unref (finding);
    }
  /* the three planted problems, and matches between them */
  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, problems->len);

  for (guint round = 0; round < problems->len + 1; round++)
    {
      GlossReviewFinding *expected = g_ptr_array_index (problems, round % problems->len);

      g_action_group_activate_action (G_ACTION_GROUP (window), "next-finding", NULL);
      ui_test_pump ();
      g_assert_true (gloss_review_page_get_selected (page) == expected);
    }
  /* on the first again: back goes to the last */
  g_action_group_activate_action (G_ACTION_GROUP (window), "previous-finding", NULL);
  ui_test_pump ();
  g_assert_true (gloss_review_page_get_selected (page) == g_ptr_array_index (problems, problems->len - 1));
  g_action_group_activate_action (G_ACTION_GROUP (window), "previous-finding", NULL);
  ui_test_pump ();
  g_assert_true (gloss_review_page_get_selected (page) == g_ptr_array_index (problems, problems->len - 2));
  if (gloss_review_finding_get_figure (g_ptr_array_index (problems, problems->len - 2), GLOSS_TEXT_TRANSCRIPT) != NULL)
    {
      GlossReviewFinding *finding = g_ptr_array_index (problems, problems->len - 2);

      g_assert_true (gtk_text_buffer_get_selection_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (translation_view)),
                                                           &s, &e));
      g_assert_cmpuint (gtk_text_iter_get_offset (&s), ==, gloss_review_finding_get_start (finding, GLOSS_TEXT_TRANSCRIPT));
      g_assert_cmpuint (gtk_text_iter_get_offset (&e), ==, gloss_review_finding_get_end (finding, GLOSS_TEXT_TRANSCRIPT));
    }

  /* only matches listed: nothing to step to, the selection stays */
  gloss_review_page_set_filter (page, GLOSS_REVIEW_FILTER_MATCH);
  g_assert_false (gloss_review_page_step_problem (page, TRUE));

  ui_test_destroy_window (window);
}

/* The review's own test briefing, its turns longer than the screen, in a
 * window of 800 x 600 with the findings beside the texts (stacked): an
 * activated finding's figure is on screen on both sides. */
static void
test_findings_stacked (void)
{
  GlossWindow *window = gloss_window_new (GTK_APPLICATION (app));
  g_autofree char *dir = g_build_filename (SOURCE_DATADIR, "..", "tests", "data", "review", NULL);
  g_autofree char *en_path = g_build_filename (dir, "briefing-en.txt", NULL);
  g_autofree char *zh_path = g_build_filename (dir, "briefing-zh.txt", NULL);
  g_autoptr(GFile) translation = g_file_new_for_path (en_path);
  g_autoptr(GFile) original = g_file_new_for_path (zh_path);
  GlossParallelView *texts = _gloss_window_get_texts (window);
  GlossReviewPage *page = _gloss_window_get_review_page (window);
  GListModel *shown;
  g_autoptr(GError) error = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (_gloss_window_load_file (window, translation, &error));
  g_assert_no_error (error);
  _gloss_window_add_original (window, original);
  g_assert_true (ui_test_wait_until (has_original_cb, window, 10000));
  g_assert_true (ui_test_wait_until (review_ready_cb, window, 10000));
  g_assert_true (ui_test_wait_until (stacked_cb, texts, 5000));
  shown = gloss_review_page_get_shown (page);
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 0);

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(GlossReviewFinding) finding = g_list_model_get_item (shown, i);
      OnScreen where[2];
      guint n = 0;

      for (GlossTextRole role = GLOSS_TEXT_TRANSCRIPT; role <= GLOSS_TEXT_ORIGINAL; role++)
        if (gloss_review_finding_get_figure (finding, role) != NULL)
          where[n++] = (OnScreen) { gloss_parallel_view_get_view (texts, role),
                                    gloss_review_finding_get_start (finding, role) };
      g_signal_emit_by_name (findings_list (window), "activate", i);
      for (guint k = 0; k < n; k++)
        {
          g_test_message ("finding %u, side %u at %u", i, k, where[k].offset);
          g_assert_true (ui_test_wait_until (on_screen_cb, &where[k], 5000));
        }
    }

  ui_test_destroy_window (window);
}

/* presses @keyval on the review page as GTK would: its own shortcut */
static void
press_page_key (GlossReviewPage *page,
                guint            keyval,
                GdkModifierType  mods)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (page));
  gboolean activated = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !activated; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !activated; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods)
            activated = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                      GTK_SHORTCUT_ACTION_EXCLUSIVE, GTK_WIDGET (page),
                                                      gtk_shortcut_get_arguments (shortcut));
        }
    }

  g_assert_true (activated);
  ui_test_pump ();
}

static void
test_claim (void)
{
  GlossWindow *window = open_with_original ();
  GlossProject *project = _gloss_window_get_project (window);
  GlossHistory *history = _gloss_window_get_history (window);
  GlossReviewPage *page = _gloss_window_get_review_page (window);
  GListModel *shown = gloss_review_page_get_shown (page);
  GlossReviewFinding *finding = find_finding (shown, "2.1 times", "2.4倍");
  GlossTopic *topic;
  GlossClaim *claim;
  guint n_topics = gloss_project_get_n_topics (project);
  const char * const *topics;

  g_assert_nonnull (finding);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 0);
  gloss_review_page_select (page, position_of (shown, finding));
  press_page_key (page, GDK_KEY_t, 0);

  /* a claim on the translation, on the sentence with the figure, under a
   * topic made for it, with both figures in its note */
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 1);
  g_assert_cmpuint (gloss_project_get_n_topics (project), ==, n_topics + 1);
  claim = gloss_project_get_claim (project, 0);
  topic = gloss_project_get_topic (project, n_topics);
  g_assert_cmpstr (gloss_topic_get_name (topic), ==, "Translation issue");
  topics = gloss_claim_get_topics (claim);
  g_assert_cmpstr (topics[0], ==, gloss_topic_get_id (topic));
  g_assert_null (topics[1]);
  g_assert_cmpint (gloss_claim_get_text_role (claim), ==, GLOSS_TEXT_TRANSCRIPT);
  g_assert_nonnull (strstr (gloss_claim_get_quote (claim), "2.1 times"));
  g_assert_nonnull (strstr (gloss_claim_get_note (claim), "2.1 times"));
  g_assert_nonnull (strstr (gloss_claim_get_note (claim), "2.4倍"));

  /* a second one reuses the topic (Ctrl+Return does the same as T) */
  finding = find_finding (shown, "6.1%", "6.3%");
  gloss_review_page_select (page, position_of (shown, finding));
  press_page_key (page, GDK_KEY_Return, GDK_CONTROL_MASK);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 2);
  g_assert_cmpuint (gloss_project_get_n_topics (project), ==, n_topics + 1);

  /* one undo takes back a claim; the first also its topic */
  gloss_history_undo (history);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 1);
  g_assert_cmpuint (gloss_project_get_n_topics (project), ==, n_topics + 1);
  gloss_history_undo (history);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 0);
  g_assert_cmpuint (gloss_project_get_n_topics (project), ==, n_topics);

  ui_test_destroy_window (window);
}

static void
test_correct_alignment (void)
{
  GlossWindow *window = open_with_original ();
  GlossProject *project = _gloss_window_get_project (window);
  GlossParallelView *texts = _gloss_window_get_texts (window);
  GlossTranscript *original = gloss_project_get_original (project);
  GlossAlignment *before = gloss_project_get_alignment (project);
  guint n = gloss_alignment_get_n_turn_pairs (before);
  guint turn_offset = offset_of (original, "水运建设");
  int turn = gloss_transcript_find_turn (original, turn_offset);
  int pair = gloss_alignment_find_turn_pair (before, TRUE, (guint) turn);

  g_assert_cmpint (pair, >, 0);
  /* the cursor in a turn of the original, then the context menu's Merge with the Previous Pair */
  gloss_transcript_view_place_cursor (gloss_parallel_view_get_view (texts, GLOSS_TEXT_ORIGINAL), turn_offset);
  g_action_group_activate_action (G_ACTION_GROUP (window), "align", g_variant_new_string ("merge-previous"));
  g_assert_true (gloss_project_get_alignment (project) != before);
  g_assert_cmpuint (gloss_alignment_get_n_turn_pairs (gloss_project_get_alignment (project)), <, n);
  g_assert_cmpint (gloss_alignment_find_turn_pair (gloss_project_get_alignment (project), TRUE, (guint) turn), ==,
                   gloss_alignment_find_turn_pair (gloss_project_get_alignment (project), TRUE, (guint) turn - 1));

  /* undone in one step */
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  g_assert_true (gloss_project_get_alignment (project) == before);

  /* unlinked: the turn is in a pair of its own, with nothing of the translation */
  g_action_group_activate_action (G_ACTION_GROUP (window), "align", g_variant_new_string ("unlink"));
  {
    GlossAlignment *after = gloss_project_get_alignment (project);
    int own = gloss_alignment_find_turn_pair (after, TRUE, (guint) turn);
    const GlossTurnPair *was = gloss_alignment_get_turn_pair (before, (guint) pair);

    g_assert_true (after != before);
    g_assert_cmpuint (was->n_transcript, >, 0);
    for (guint i = 0; i < was->n_transcript; i++)
      g_assert_cmpint (gloss_alignment_find_turn_pair (after, FALSE, was->transcript[i]), !=, own);
  }
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  g_assert_true (gloss_project_get_alignment (project) == before);

  ui_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv, "review-ui"))
    return 77;

  app = ui_test_app_new ("io.github.glossapp.Gloss.ReviewTest");

  g_test_add_func ("/review-window/add-original", test_add_original);
  g_test_add_func ("/review-window/remove-undo", test_remove_undo);
  g_test_add_func ("/review-window/findings", test_findings);
  g_test_add_func ("/review-window/findings-stacked", test_findings_stacked);
  g_test_add_func ("/review-window/step-problems", test_step_problems);
  g_test_add_func ("/review-window/claim", test_claim);
  g_test_add_func ("/review-window/correct-alignment", test_correct_alignment);

  return ui_test_run ();
}
