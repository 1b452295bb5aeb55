/* Claims as records in the window (issue 15): status from the keyboard
 * and in the rows, the sidebar's status filter, the Claim Record dialog
 * (sources; only web links can be opened), the Suggestions page and the
 * Statistics page. Needs a display. */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "gloss-application.h"
#include "gloss-claim-record-dialog.h"
#include "gloss-stats-page.h"
#include "gloss-stats.h"
#include "gloss-suggestions-page.h"
#include "gloss-topics-dialog.h"
#include "gloss-window-private.h"
#include "ui-test-util.h"

static GlossApplication *app;

static GlossWindow *
open_sample (void)
{
  g_autoptr(GFile) file = ui_test_sample_file ();

  return ui_test_open_window (file, 1280, 860);
}

static void
close_window (GlossWindow *window)
{
  window->force_close = TRUE;
  ui_test_destroy_window (window);
}

/* a claim on the first sentence with @needle, tagged @topic */
static GlossClaim *
add_claim (GlossWindow *window,
           const char  *needle,
           const char  *topic)
{
  GlossProject *project = _gloss_window_get_project (window);
  GlossTranscript *text = gloss_project_get_transcript (project);
  const char *content = gloss_transcript_get_text (text);
  const char *at = strstr (content, needle);
  const char *topics[] = { topic, NULL };
  guint start;
  g_autoptr(GlossClaim) claim = NULL;

  g_assert_nonnull (at);
  start = g_utf8_pointer_to_offset (content, at);
  claim = gloss_claim_new (text, start, start + g_utf8_strlen (needle, -1), topics, NULL, NULL);
  gloss_history_add_claim (_gloss_window_get_history (window), claim);
  ui_test_wait_ms (20);

  return claim;
}

static gboolean
label_with_text (GtkWidget     *widget,
                 gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
has_tooltip (GtkWidget     *widget,
             gconstpointer  text)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0;
}

static guint
count_widgets (GtkWidget     *root,
               UiTestMatch    match,
               gconstpointer  data)
{
  guint n = match (root, data) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child, match, data);

  return n;
}

static gboolean
entry_row_titled (GtkWidget     *widget,
                  gconstpointer  title)
{
  return ADW_IS_ENTRY_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
button_labelled (GtkWidget     *widget,
                 gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static void
test_status_shortcut_and_filter (void)
{
  GlossWindow *window = open_sample ();
  GlossHistory *history = _gloss_window_get_history (window);
  GlossSidebar *sidebar = _gloss_window_get_sidebar (window);
  g_autoptr(GlossClaim) claim = NULL;
  g_autoptr(GlossClaim) other = NULL;
  GtkWidget *shown;

  claim = g_object_ref (add_claim (window, "48,200 5G base stations", "5g"));
  other = g_object_ref (add_claim (window, "11.4 million", "5g"));
  gloss_sidebar_select_claim (sidebar, claim);
  ui_test_wait_ms (20);

  /* Ctrl+2 is win.claim-status::verified: the selected claim, undoable */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.claim-status", "s", "verified"));
  g_assert_cmpint (gloss_claim_get_status (claim), ==, GLOSS_CLAIM_STATUS_VERIFIED);
  g_assert_cmpstr (gloss_history_get_undo_label (history), ==, "Set status");
  ui_test_wait_ms (50);
  /* the row says so */
  shown = ui_test_find_widget (GTK_WIDGET (sidebar), label_with_text, "Verified");
  g_assert_nonnull (shown);
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_parent (shown), "status-verified"));

  /* the sidebar's status filter, through the one query */
  gloss_sidebar_set_status_filter (sidebar, 1u << GLOSS_CLAIM_STATUS_VERIFIED);
  ui_test_wait_ms (50);
  g_assert_true (gloss_sidebar_get_filter_active (sidebar));
  g_assert_cmpuint (g_list_model_get_n_items (gloss_sidebar_get_filtered_claims (sidebar)), ==, 1);
  gloss_sidebar_set_status_filter (sidebar, 1u << GLOSS_CLAIM_STATUS_UNCHECKED);
  ui_test_wait_ms (50);
  g_assert_cmpuint (g_list_model_get_n_items (gloss_sidebar_get_filtered_claims (sidebar)), ==, 1);

  g_assert_true (gloss_history_undo (history));
  g_assert_cmpint (gloss_claim_get_status (claim), ==, GLOSS_CLAIM_STATUS_UNCHECKED);
  ui_test_wait_ms (50);
  g_assert_cmpuint (g_list_model_get_n_items (gloss_sidebar_get_filtered_claims (sidebar)), ==, 2);
  gloss_sidebar_set_status_filter (sidebar, 0);

  close_window (window);
}

static void
test_record_dialog (void)
{
  GlossWindow *window = open_sample ();
  GlossHistory *history = _gloss_window_get_history (window);
  g_autoptr(GlossClaim) claim = g_object_ref (add_claim (window, "48,200 5G base stations", "5g"));
  GtkWidget *dialog = gloss_claim_record_dialog_new (GTK_WINDOW (window), history, claim);
  GtkWidget *url, *title, *add;

  gtk_window_present (GTK_WINDOW (dialog));
  ui_test_wait_ms (50);
  url = ui_test_find_widget (dialog, entry_row_titled, "URL or Citation");
  title = ui_test_find_widget (dialog, entry_row_titled, "Title");
  add = ui_test_find_widget (dialog, button_labelled, "_Add Source");
  g_assert_nonnull (url);
  g_assert_nonnull (add);
  g_assert_false (gtk_widget_get_sensitive (add));

  gtk_editable_set_text (GTK_EDITABLE (url), "https://www.miit.gov.cn/");
  gtk_editable_set_text (GTK_EDITABLE (title), "MIIT statistics");
  g_assert_true (gtk_widget_get_sensitive (add));
  g_signal_emit_by_name (add, "clicked");
  ui_test_wait_ms (20);
  gtk_editable_set_text (GTK_EDITABLE (url), "javascript:alert(1)");
  g_signal_emit_by_name (add, "clicked");
  ui_test_wait_ms (20);

  g_assert_cmpuint (gloss_claim_get_sources (claim)->len, ==, 2);
  g_assert_cmpstr (gloss_source_get_title (g_ptr_array_index (gloss_claim_get_sources (claim), 0)), ==,
                   "MIIT statistics");
  /* one Open button: the web link's; the other is shown, never opened */
  {
    GtkWidget *open = ui_test_find_widget (dialog, has_tooltip, "Open in Browser");

    g_assert_nonnull (open);
    g_assert_cmpstr (g_object_get_data (G_OBJECT (open), "url"), ==, "https://www.miit.gov.cn/");
    g_assert_cmpuint (count_widgets (dialog, has_tooltip, "Open in Browser"), ==, 1);
    g_assert_cmpuint (count_widgets (dialog, has_tooltip, "Remove Source"), ==, 2);
  }

  /* undo from the window: the dialog follows */
  g_assert_true (gloss_history_undo (history));
  ui_test_wait_ms (20);
  g_assert_cmpuint (gloss_claim_get_sources (claim)->len, ==, 1);
  g_assert_nonnull (ui_test_find_widget (dialog, has_tooltip, "Open in Browser"));

  /* deleting the claim closes the dialog */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gloss_history_remove_claim (history, claim);
  ui_test_wait_ms (50);
  g_assert_null (dialog);

  close_window (window);
}

static gboolean
suggestion_tagged (GtkTextBuffer *buffer)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, "gloss-suggestion-5g");
  GtkTextIter iter;

  if (tag == NULL)
    return FALSE;
  gtk_text_buffer_get_start_iter (buffer, &iter);

  return gtk_text_iter_forward_to_tag_toggle (&iter, tag);
}

static void
test_suggestions_page (void)
{
  GlossWindow *window = open_sample ();
  GlossProject *project = _gloss_window_get_project (window);
  GlossHistory *history = _gloss_window_get_history (window);
  GlossSuggestionsPage *page;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (_gloss_window_get_transcript_view (window)));
  guint n;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.suggest-claims", NULL));
  ui_test_wait_ms (50);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->side_stack), ==, "suggestions");
  page = GLOSS_SUGGESTIONS_PAGE (adw_view_stack_get_visible_child (window->side_stack));
  n = gloss_suggestions_page_get_count (page);
  g_assert_cmpuint (n, >, 1);
  /* marked in the transcript in the topic's colour */
  g_assert_true (suggestion_tagged (buffer));

  gloss_suggestions_page_accept (page, 0);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 1);
  g_assert_cmpuint (gloss_suggestions_page_get_count (page), ==, n - 1);
  gloss_suggestions_page_reject (page, 0);
  g_assert_cmpuint (gloss_project_get_rejected (project)->len, ==, 1);
  g_assert_cmpuint (gloss_suggestions_page_get_count (page), ==, n - 2);

  /* undoing the rejection brings the sentence back (after the refresh) */
  g_assert_true (gloss_history_undo (history));
  ui_test_wait_ms (600);
  g_assert_cmpuint (gloss_suggestions_page_get_count (page), ==, n - 1);

  gloss_suggestions_page_accept_all (page);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, n);
  g_assert_cmpuint (gloss_suggestions_page_get_count (page), ==, 0);
  g_assert_false (suggestion_tagged (buffer));
  g_assert_cmpstr (gloss_history_get_undo_label (history), ==, "Accept suggestions");

  close_window (window);
}

static void
test_statistics_page (void)
{
  GlossWindow *window = open_sample ();
  GlossProject *project = _gloss_window_get_project (window);
  GlossSidebar *sidebar = _gloss_window_get_sidebar (window);
  g_autoptr(GlossStats) stats = NULL;
  g_autofree char *topic_id = NULL;
  g_autofree char *speaker = NULL;
  GlossStatsPage *page;
  int count, s;

  add_claim (window, "48,200 5G base stations", "5g");
  add_claim (window, "11.4 million", "5g");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-statistics", NULL));
  ui_test_wait_ms (100);
  page = GLOSS_STATS_PAGE (adw_view_stack_get_visible_child (window->side_stack));
  g_assert_true (GLOSS_IS_STATS_PAGE (page));

  /* the cell of the first topic and the claims' speaker shows their count */
  stats = gloss_stats_new (project);
  s = -1;
  for (guint i = 0; i < stats->speakers->len && s < 0; i++)
    if (gloss_stats_count (stats, 0, i) > 0)
      s = (int) i;
  g_assert_cmpint (s, >=, 0);
  count = gloss_stats_page_cell_at (page, 120 + 5, 24 + s * 26 + 5, &topic_id, &speaker);
  g_assert_cmpint (count, ==, 2);
  g_assert_cmpstr (topic_id, ==, "5g");
  g_assert_cmpstr (speaker, ==, g_ptr_array_index (stats->speakers, s));
  g_assert_cmpint (gloss_stats_page_cell_at (page, 5, 5, NULL, NULL), ==, -1);

  /* clicking it filters the sidebar */
  g_signal_emit_by_name (page, "filter", topic_id, speaker);
  ui_test_wait_ms (50);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->side_stack), ==, "claims");
  g_assert_true (gloss_sidebar_get_filter_active (sidebar));
  g_assert_cmpuint (g_list_model_get_n_items (gloss_sidebar_get_filtered_claims (sidebar)), ==, 2);

  close_window (window);
}

static gboolean
is_entry (GtkWidget     *widget,
          gconstpointer  data)
{
  return GTK_IS_ENTRY (widget);
}

/* the Topics dialog edits keywords and a pattern, checked, in one undoable step */
static void
test_topic_pattern (void)
{
  GlossWindow *window = open_sample ();
  GlossHistory *history = _gloss_window_get_history (window);
  GlossTopic *topic = gloss_project_get_topic (_gloss_window_get_project (window), 0);
  g_autofree char *old_keywords = g_strjoinv (",", (char **) gloss_topic_get_keywords (topic));
  GtkWidget *dialog = gloss_topics_dialog_new (GTK_WINDOW (window), history);
  GtkWidget *button, *popover, *keywords, *regex, *apply;
  g_autofree char *now = NULL;

  gtk_window_present (GTK_WINDOW (dialog));
  ui_test_wait_ms (50);
  button = ui_test_find_widget (dialog, has_tooltip, "Keywords and Pattern");
  g_assert_nonnull (button);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  gtk_popover_popup (GTK_POPOVER (popover));
  ui_test_wait_ms (50);
  /* the keywords' entry comes first, the pattern's below it */
  keywords = ui_test_find_widget (popover, is_entry, NULL);
  regex = ui_test_find_widget (gtk_widget_get_next_sibling (gtk_widget_get_parent (keywords)), is_entry, NULL);
  apply = ui_test_find_widget (popover, button_labelled, "_Apply");
  g_assert_nonnull (regex);
  g_assert_true (regex != keywords);

  gtk_editable_set_text (GTK_EDITABLE (regex), "base (station");
  g_assert_false (gtk_widget_get_sensitive (apply));
  gtk_editable_set_text (GTK_EDITABLE (regex), "base stations?");
  g_assert_true (gtk_widget_get_sensitive (apply));
  gtk_editable_set_text (GTK_EDITABLE (keywords), "5G, gigabit；5G ,  ");
  g_signal_emit_by_name (apply, "clicked");
  ui_test_wait_ms (50);

  now = g_strjoinv (",", (char **) gloss_topic_get_keywords (topic));
  g_assert_cmpstr (now, ==, "5G,gigabit");
  g_assert_cmpstr (gloss_topic_get_regex (topic), ==, "base stations?");
  g_assert_cmpstr (gloss_history_get_undo_label (history), ==, "Change keywords");
  g_assert_true (gloss_history_undo (history));
  g_clear_pointer (&now, g_free);
  now = g_strjoinv (",", (char **) gloss_topic_get_keywords (topic));
  g_assert_cmpstr (now, ==, old_keywords);
  g_assert_cmpstr (gloss_topic_get_regex (topic), ==, "");

  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
}

static gboolean
record_dialog_open (gpointer data)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (GLOSS_IS_CLAIM_RECORD_DIALOG (l->data))
      {
        *(GtkWidget **) data = l->data;
        return TRUE;
      }

  return FALSE;
}

/* the claim popover, editing a claim, opens that claim's record */
static void
test_popover_opens_record (void)
{
  GlossWindow *window = open_sample ();
  g_autoptr(GlossClaim) claim = g_object_ref (add_claim (window, "11.4 million", "5g"));
  GlossTopicChooser *chooser = _gloss_window_get_topic_chooser (window);
  GtkWidget *button, *dialog = NULL;

  gloss_topic_chooser_prepare (chooser, claim, gloss_claim_get_quote (claim), FALSE);
  button = ui_test_find_widget (GTK_WIDGET (chooser), button_labelled, "Status and _Sources…");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (ui_test_wait_until (record_dialog_open, &dialog, 2000));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* a new claim has no record yet */
  gloss_topic_chooser_prepare (chooser, NULL, "new", FALSE);
  g_assert_false (gtk_widget_get_visible (button));

  close_window (window);
}

/* the popover's own status toggles: they show the claim's status, set it
 * as one undoable step and follow undo */
static void
test_popover_status (void)
{
  GlossWindow *window = open_sample ();
  GlossHistory *history = _gloss_window_get_history (window);
  g_autoptr(GlossClaim) claim = g_object_ref (add_claim (window, "11.4 million", "5g"));
  GlossTopicChooser *chooser = _gloss_window_get_topic_chooser (window);
  GtkWidget *unchecked, *verified, *disputed;

  gloss_history_set_claim_status (history, claim, GLOSS_CLAIM_STATUS_DISPUTED);
  gloss_topic_chooser_prepare (chooser, claim, gloss_claim_get_quote (claim), FALSE);
  unchecked = ui_test_find_widget (GTK_WIDGET (chooser), has_tooltip, "Unchecked (Ctrl+1)");
  verified = ui_test_find_widget (GTK_WIDGET (chooser), has_tooltip, "Verified (Ctrl+2)");
  disputed = ui_test_find_widget (GTK_WIDGET (chooser), has_tooltip, "Disputed (Ctrl+3)");
  g_assert_nonnull (unchecked);
  g_assert_nonnull (verified);
  g_assert_nonnull (disputed);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (verified)));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (disputed)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (verified)));

  g_signal_emit_by_name (verified, "clicked");
  g_assert_cmpint (gloss_claim_get_status (claim), ==, GLOSS_CLAIM_STATUS_VERIFIED);
  g_assert_cmpstr (gloss_history_get_undo_label (history), ==, "Set status");
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (disputed)));

  /* undo puts the claim and the toggles back */
  gloss_history_undo (history);
  g_assert_cmpint (gloss_claim_get_status (claim), ==, GLOSS_CLAIM_STATUS_DISPUTED);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (disputed)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (verified)));

  /* Ctrl+1…5 still set the selected claim's status, and the toggles follow */
  gloss_sidebar_select_claim (_gloss_window_get_sidebar (window), claim);
  ui_test_wait_ms (20);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.claim-status", "s", "unchecked"));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (unchecked)));

  /* a new claim has no status yet */
  gloss_topic_chooser_prepare (chooser, NULL, "new", FALSE);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (verified)));

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv, "ui-records"))
    return 77;

  app = ui_test_app_new ("io.github.glossapp.Gloss.TestRecords");

  g_test_add_func ("/records/status-shortcut-and-filter", test_status_shortcut_and_filter);
  g_test_add_func ("/records/record-dialog", test_record_dialog);
  g_test_add_func ("/records/suggestions-page", test_suggestions_page);
  g_test_add_func ("/records/statistics-page", test_statistics_page);
  g_test_add_func ("/records/topic-pattern", test_topic_pattern);
  g_test_add_func ("/records/popover-opens-record", test_popover_opens_record);
  g_test_add_func ("/records/popover-status", test_popover_status);

  return ui_test_run ();
}
