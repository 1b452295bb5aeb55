/* Find in the text (issue 17, item 15): Ctrl+F opens a bar over the text,
 * every match is marked, Enter and Shift+Enter go to the next and the
 * previous one, the bar counts them, case and accents do not matter, it
 * works for Chinese, and side by side it searches the pane with the focus.
 * The claims search moved to Ctrl+Shift+F; its matches are marked in the
 * claim rows; Down from its entry goes to the results. Needs a display;
 * skipped without. */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "gloss-application.h"
#include "gloss-claim-row.h"
#include "gloss-history.h"
#include "gloss-import-format.h"
#include "gloss-window-private.h"
#include "ui-test-util.h"

static GlossApplication *app;

static const char transcript_text[] =
  "Harbour Renewal Briefing\n"
  "\n"
  "ANA RIBEIRO: The harbour plan adds 310 berths. The Renovación programme, or renovacion "
  "as the papers write it, renews the old harbour quay.\n"
  "\n"
  "REPORTER: When will the harbour works end?\n"
  "\n"
  "ANA RIBEIRO: In 2029. The base stations on the quay are moved first.\n";

static const char original_text[] =
  "港口更新发布会\n"
  "\n"
  "安娜：港口计划新增310个泊位。旧码头的基站先行迁移。\n"
  "\n"
  "记者：港口工程何时结束？\n"
  "\n"
  "安娜：2029年。码头上的基站将首先迁移。\n";

/* the English transcript, with the Chinese as its original, turn by turn */
static GlossProject *
make_project (void)
{
  g_autoptr(GlossTranscript) transcript = test_util_import (transcript_text, "harbour-en.txt", "text");
  g_autoptr(GlossTranscript) original = test_util_import (original_text, "harbour-zh.txt", "text");
  GlossProject *project = gloss_project_new (transcript);

  test_util_set_original_by_turn (project, original);

  return project;
}

typedef struct
{
  GlossWindow *window;
  GlossProject *project;
  GlossDocument *document;
  GlossFindBar *bar;
  GtkWidget *entry;
} Fixture;

static gboolean
is_search_entry (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_SEARCH_ENTRY (widget);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = gloss_window_new (GTK_APPLICATION (app));
  fixture->project = make_project ();
  fixture->document = gloss_document_new (fixture->project, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 700);
  gloss_window_set_document (fixture->window, fixture->document);
  gtk_window_present (GTK_WINDOW (fixture->window));
  ui_test_wait_ms (50);
  fixture->bar = _gloss_window_get_find_bar (fixture->window);
  fixture->entry = ui_test_find_widget (GTK_WIDGET (fixture->bar), is_search_entry, NULL);
  g_assert_nonnull (fixture->entry);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gloss_document_discard_draft (fixture->document);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  ui_test_pump ();
  g_clear_object (&fixture->document);
  g_clear_object (&fixture->project);
}

/* the ranges of the tag named @name in @view's buffer, as "start-end …" */
static char *
tag_ranges (GlossTranscriptView *view,
            const char          *name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);

  g_assert_nonnull (tag);
  return ui_test_tag_ranges (buffer, tag);
}

/* where @needle is in @haystack, ASCII case ignored, as "start-end …" in
 * code points: what the marks must be */
static char *
expected_ranges (const char *haystack,
                 const char *needle)
{
  g_autofree char *lower = g_ascii_strdown (haystack, -1);
  g_autofree char *key = g_ascii_strdown (needle, -1);
  GString *out = g_string_new (NULL);

  for (const char *hit = strstr (lower, key); hit != NULL; hit = strstr (hit + strlen (key), key))
    {
      glong start = g_utf8_pointer_to_offset (lower, hit);

      g_string_append_printf (out, "%s%ld-%ld", out->len > 0 ? " " : "", start,
                              start + g_utf8_strlen (needle, -1));
    }

  return g_string_free (out, FALSE);
}

static GlossTranscriptView *
transcript_view (Fixture *fixture)
{
  return _gloss_window_get_transcript_view (fixture->window);
}

static gboolean
focus_inside (GtkWidget *window,
              GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* a key as the widget's named key controller gets it */
static gboolean
press_key (GtkWidget       *widget,
           const char      *controller_name,
           guint            keyval,
           GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), controller_name) == 0)
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
          return handled;
        }
    }
  g_error ("no key controller %s", controller_name);
}

static void
selection (GlossTranscriptView *view,
           int                 *start,
           int                 *end)
{
  GtkTextIter s, e;

  g_assert_true (gtk_text_buffer_get_selection_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &s, &e));
  *start = gtk_text_iter_get_offset (&s);
  *end = gtk_text_iter_get_offset (&e);
}

static void
test_find (Fixture       *fixture,
           gconstpointer  data)
{
  GlossTranscriptView *view = transcript_view (fixture);
  g_autofree char *expected = expected_ranges (transcript_text, "harbour");
  g_autofree char *marked = NULL;
  int s, e;

  g_assert_false (gloss_find_bar_get_open (fixture->bar));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find", NULL));
  ui_test_pump ();
  g_assert_true (gloss_find_bar_get_open (fixture->bar));
  g_assert_true (focus_inside (GTK_WIDGET (fixture->window), fixture->entry));

  /* every match marked, whatever its case; the first is current */
  gloss_find_bar_set_text (fixture->bar, "HARBOUR");
  marked = tag_ranges (view, "find-match");
  g_assert_cmpstr (marked, ==, expected);
  g_assert_cmpuint (gloss_transcript_view_get_n_matches (view), ==, 4);
  g_assert_cmpstr (gloss_find_bar_get_count_text (fixture->bar), ==, "1 of 4 matches");
  selection (view, &s, &e);
  g_assert_cmpuint ((guint) s, ==, gloss_transcript_view_get_match (view, 0)->start);

  /* Enter: the next; Shift+Enter: the previous, round the ends */
  g_signal_emit_by_name (fixture->entry, "activate");
  g_assert_cmpstr (gloss_find_bar_get_count_text (fixture->bar), ==, "2 of 4 matches");
  selection (view, &s, &e);
  g_assert_cmpuint ((guint) s, ==, gloss_transcript_view_get_match (view, 1)->start);
  g_assert_cmpuint ((guint) e, ==, gloss_transcript_view_get_match (view, 1)->end);
  {
    g_autofree char *current = tag_ranges (view, "find-current");
    g_autofree char *want = g_strdup_printf ("%d-%d", s, e);

    g_assert_cmpstr (current, ==, want);
  }
  g_assert_true (press_key (fixture->entry, "gloss-find-keys", GDK_KEY_Return, GDK_SHIFT_MASK));
  g_assert_true (press_key (fixture->entry, "gloss-find-keys", GDK_KEY_Return, GDK_SHIFT_MASK));
  g_assert_cmpstr (gloss_find_bar_get_count_text (fixture->bar), ==, "4 of 4 matches");
  g_assert_false (press_key (fixture->entry, "gloss-find-keys", GDK_KEY_Return, 0));

  /* one match: the singular */
  gloss_find_bar_set_text (fixture->bar, "berths");
  g_assert_cmpstr (gloss_find_bar_get_count_text (fixture->bar), ==, "1 of 1 match");

  /* none: said, and the entry shows it */
  gloss_find_bar_set_text (fixture->bar, "dredging");
  g_assert_cmpstr (gloss_find_bar_get_count_text (fixture->bar), ==, "No matches");
  g_assert_true (gtk_widget_has_css_class (fixture->entry, "error"));
  g_assert_cmpuint (gloss_transcript_view_get_n_matches (view), ==, 0);
  {
    g_autofree char *none = tag_ranges (view, "find-match");

    g_assert_cmpstr (none, ==, "");
  }

  /* Escape: the marks go, the focus goes back to the text */
  gloss_find_bar_set_text (fixture->bar, "quay");
  g_assert_cmpuint (gloss_transcript_view_get_n_matches (view), ==, 2);
  g_signal_emit_by_name (fixture->entry, "stop-search");
  ui_test_pump ();
  g_assert_false (gloss_find_bar_get_open (fixture->bar));
  g_assert_cmpuint (gloss_transcript_view_get_n_matches (view), ==, 0);
  {
    g_autofree char *none = tag_ranges (view, "find-match");

    g_assert_cmpstr (none, ==, "");
  }
  g_assert_true (focus_inside (GTK_WIDGET (fixture->window), GTK_WIDGET (view)));

  /* opened again: the same search, marked again */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find", NULL);
  ui_test_pump ();
  g_assert_cmpuint (gloss_transcript_view_get_n_matches (view), ==, 2);

  /* words selected in the text: Ctrl+F looks for them */
  gloss_find_bar_close (fixture->bar);
  {
    const char *words = strstr (transcript_text, "310 berths");
    guint start = (guint) g_utf8_pointer_to_offset (transcript_text, words);

    gloss_transcript_view_select_range (view, start, start + 10);
  }
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find", NULL);
  ui_test_pump ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (fixture->entry)), ==, "310 berths");
  g_assert_cmpstr (gloss_find_bar_get_count_text (fixture->bar), ==, "1 of 1 match");
}

static void
test_accents (Fixture       *fixture,
              gconstpointer  data)
{
  GlossTranscriptView *view = transcript_view (fixture);
  GlossTranscript *transcript = gloss_project_get_transcript (fixture->project);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find", NULL);
  gloss_find_bar_set_text (fixture->bar, "RENOVACIÓN");
  g_assert_cmpuint (gloss_transcript_view_get_n_matches (view), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      const GlossTextSpan *span = gloss_transcript_view_get_match (view, i);
      const char *text = gloss_transcript_offset_to_pointer (transcript, span->start);

      g_assert_cmpint (g_ascii_strncasecmp (text, "renovaci", 8), ==, 0);
      g_assert_cmpuint (span->end - span->start, ==, 10);
    }
}

/* side by side, the pane with the focus is searched; Chinese has no spaces */
static void
test_side_by_side (Fixture       *fixture,
                   gconstpointer  data)
{
  GlossParallelView *texts = fixture->window->texts;
  GlossTranscriptView *original = gloss_parallel_view_get_view (texts, GLOSS_TEXT_ORIGINAL);
  GlossTranscriptView *view = transcript_view (fixture);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* a project with an original opens side by side */
  ui_test_wait_ms (50);
  g_assert_true (gloss_parallel_view_get_side_by_side (texts));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (original)));

  gtk_widget_grab_focus (GTK_WIDGET (original));
  ui_test_pump ();
  g_assert_true (gloss_find_bar_get_view (fixture->bar) == original);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find", NULL);
  ui_test_wait_ms (50);
  before = ui_test_line_geometry (GTK_TEXT_VIEW (original));
  gloss_find_bar_set_text (fixture->bar, "基站");
  ui_test_wait_ms (50);
  after = ui_test_line_geometry (GTK_TEXT_VIEW (original));
  /* a heading's style on the empty line before a question drew the
   * question lower than its band (GTK 4.8, see -turns.c) */
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (gloss_find_bar_get_count_text (fixture->bar), ==, "1 of 2 matches");
  {
    g_autofree char *expected = NULL;
    g_autofree char *marked = tag_ranges (original, "find-match");
    const char *first = strstr (original_text, "基站");
    const char *second = strstr (first + 1, "基站");
    glong a = g_utf8_pointer_to_offset (original_text, first);
    glong b = g_utf8_pointer_to_offset (original_text, second);

    expected = g_strdup_printf ("%ld-%ld %ld-%ld", a, a + 2, b, b + 2);
    g_assert_cmpstr (marked, ==, expected);
  }
  g_assert_cmpuint (gloss_transcript_view_get_n_matches (view), ==, 0);

  /* the focus in the translation: its matches, none left on the original */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  ui_test_pump ();
  g_assert_true (gloss_find_bar_get_view (fixture->bar) == view);
  g_assert_cmpuint (gloss_transcript_view_get_n_matches (original), ==, 0);
  g_assert_cmpstr (gloss_find_bar_get_count_text (fixture->bar), ==, "No matches");
  gloss_find_bar_set_text (fixture->bar, "base stations");
  g_assert_cmpstr (gloss_find_bar_get_count_text (fixture->bar), ==, "1 of 1 match");

  /* the original hidden while it was searched: back to the translation */
  gtk_widget_grab_focus (GTK_WIDGET (original));
  ui_test_pump ();
  g_assert_true (gloss_find_bar_get_view (fixture->bar) == original);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.side-by-side", NULL));
  ui_test_wait_ms (50);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (original)));
  g_assert_true (gloss_find_bar_get_view (fixture->bar) == view);
  g_assert_cmpuint (gloss_transcript_view_get_n_matches (original), ==, 0);
}

static gboolean
has_tag_at (GlossTranscriptView *view,
            const char          *name,
            guint                offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int) offset);

  return gtk_text_iter_has_tag (&iter, tag);
}

/* Marks change colours, never where a line is drawn. GTK 4.8 laid the
 * empty line before the question out with the heading's style after
 * the marks came, and drew the question below its band (-turns.c). */
static void
test_marks_keep_lines (Fixture       *fixture,
                       gconstpointer  data)
{
  /* names on lines of their own, no blank line after them */
  static const char text[] =
    "港口更新发布会\n"
    "\n"
    "安娜：\n"
    "港口计划新增310个泊位。旧码头的基站先行迁移。今年已建成基站一千二百个，基站覆盖全部码头。\n"
    "\n"
    "记者：\n"
    "港口工程何时结束？基站迁移会影响渡轮吗？\n"
    "\n"
    "安娜：\n"
    "2029年。码头上的基站将首先迁移，渡轮白天照常运行。\n";
  GlossTranscriptView *view = transcript_view (fixture);
  g_autoptr(GlossTranscript) transcript = test_util_import (text, "harbour-zh.txt", "text");
  g_autoptr(GlossProject) project = gloss_project_new (transcript);
  g_autoptr(GlossDocument) document = gloss_document_new (project, NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  gloss_window_set_document (fixture->window, document);
  ui_test_wait_ms (300);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find", NULL);
  ui_test_wait_ms (300);
  before = ui_test_line_geometry (GTK_TEXT_VIEW (view));
  gloss_find_bar_set_text (fixture->bar, "基站");
  ui_test_wait_ms (300);
  g_assert_cmpuint (gloss_transcript_view_get_n_matches (view), ==, 5);
  after = ui_test_line_geometry (GTK_TEXT_VIEW (view));
  g_assert_cmpstr (after, ==, before);
  gloss_document_discard_draft (document);
}

/* a long transcript: every match that can be seen is marked, and the
 * marks follow the view, but not all 4,000 are tags at once (a common
 * word in 5 MB took seconds to mark) */
/* the last match is inside what the view shows */
static gboolean
last_match_shown (gpointer data)
{
  GlossTranscriptView *view = data;
  guint n = gloss_transcript_view_get_n_matches (view);
  GdkRectangle visible;
  GtkTextIter bottom;

  if (n == 0)
    return FALSE;
  gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (view), &visible);
  gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (view), &bottom, visible.x, visible.y + visible.height - 1);
  return gloss_transcript_view_get_match (view, n - 1)->end <= (guint) gtk_text_iter_get_offset (&bottom);
}

static void
test_long_text (Fixture       *fixture,
                gconstpointer  data)
{
  GlossTranscriptView *view = transcript_view (fixture);
  GString *text = g_string_new ("Long Briefing\n\nANA RIBEIRO: Welcome.\n\n");
  g_autoptr(GlossTranscript) transcript = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GlossDocument) document = NULL;
  g_autofree char *marked = NULL;
  GdkRectangle visible;
  GtkTextIter top, bottom;
  guint n, tagged = 0, first_shown = G_MAXUINT, last_shown = 0;

  for (guint i = 0; i < 2000; i++)
    g_string_append_printf (text, "ANA RIBEIRO: Paragraph %u of the harbour plan, and the harbour quay.\n\n", i);
  transcript = test_util_import (text->str, "long.txt", "text");
  g_string_free (text, TRUE);
  project = gloss_project_new (transcript);
  document = gloss_document_new (project, NULL);
  gloss_window_set_document (fixture->window, document);
  ui_test_wait_ms (100);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.find", NULL);
  gloss_find_bar_set_text (fixture->bar, "harbour");
  ui_test_wait_ms (100);
  n = gloss_transcript_view_get_n_matches (view);
  g_assert_cmpuint (n, ==, 4000);
  g_assert_cmpstr (gloss_find_bar_get_count_text (fixture->bar), ==, "1 of 4000 matches");

  /* Shift+Enter from the first: the last, at the end of the text */
  gloss_find_bar_previous (fixture->bar);
  /* scrolling to the end takes frames of layout: more of them on a busy machine */
  g_assert_true (ui_test_wait_until (last_match_shown, view, 5000));
  g_assert_cmpstr (gloss_find_bar_get_count_text (fixture->bar), ==, "4000 of 4000 matches");
  gtk_text_view_get_visible_rect (GTK_TEXT_VIEW (view), &visible);
  gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (view), &top, visible.x, visible.y);
  gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (view), &bottom, visible.x, visible.y + visible.height - 1);
  for (guint i = 0; i < n; i++)
    {
      const GlossTextSpan *span = gloss_transcript_view_get_match (view, i);
      gboolean shown = span->start >= (guint) gtk_text_iter_get_offset (&top) &&
                       span->end <= (guint) gtk_text_iter_get_offset (&bottom);

      if (has_tag_at (view, "find-match", span->start))
        tagged++;
      if (shown)
        {
          first_shown = MIN (first_shown, i);
          last_shown = i;
          g_assert_true (has_tag_at (view, "find-match", span->start) || (int) i == gloss_transcript_view_get_current_match (view));
        }
    }
  /* the last match is shown, with those before it, and the first ones
   * far above are not tags */
  g_assert_cmpuint (last_shown, ==, n - 1);
  g_assert_cmpuint (first_shown, <, n - 4);
  g_assert_cmpuint (tagged, <, n / 2);
  g_assert_false (has_tag_at (view, "find-match", gloss_transcript_view_get_match (view, 0)->start));
  g_assert_true (has_tag_at (view, "find-current", gloss_transcript_view_get_match (view, n - 1)->start));

  /* back to the first: marked there now */
  gloss_find_bar_next (fixture->bar);
  ui_test_wait_ms (200);
  g_assert_cmpstr (gloss_find_bar_get_count_text (fixture->bar), ==, "1 of 4000 matches");
  g_assert_true (has_tag_at (view, "find-match", gloss_transcript_view_get_match (view, 1)->start));
  g_assert_false (has_tag_at (view, "find-match", gloss_transcript_view_get_match (view, n - 2)->start));

  /* closing takes every mark away */
  gloss_find_bar_close (fixture->bar);
  marked = tag_ranges (view, "find-match");
  g_assert_cmpstr (marked, ==, "");
  gloss_document_discard_draft (document);
}

static gboolean
is_claim_row_of (GtkWidget     *widget,
                 gconstpointer  claim)
{
  return GLOSS_IS_CLAIM_ROW (widget) && gloss_claim_row_get_claim (GLOSS_CLAIM_ROW (widget)) == claim;
}

/* the bold runs of @label's attributes, as the text they cover, joined with | */
static char *
bold_words (GtkLabel *label)
{
  PangoAttrList *attrs = gtk_label_get_attributes (label);
  const char *text = gtk_label_get_text (label);
  GString *out = g_string_new (NULL);
  GSList *list;

  if (attrs == NULL)
    return g_string_free (out, FALSE);
  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;

      if (attr->klass->type == PANGO_ATTR_WEIGHT)
        {
          if (out->len > 0)
            g_string_append_c (out, '|');
          g_string_append_len (out, text + attr->start_index, attr->end_index - attr->start_index);
        }
    }
  g_slist_free_full (list, (GDestroyNotify) pango_attribute_destroy);

  return g_string_free (out, FALSE);
}

/* the claims search: Ctrl+Shift+F, its words marked in the rows, Down to
 * the results */
static void
test_claims_search (Fixture       *fixture,
                    gconstpointer  data)
{
  GlossSidebar *sidebar = _gloss_window_get_sidebar (fixture->window);
  GlossTranscript *transcript = gloss_project_get_transcript (fixture->project);
  const char *topics[] = { "5g", NULL };
  const char *hit = strstr (transcript_text, "The Renovación");
  guint start = (guint) g_utf8_pointer_to_offset (transcript_text, hit);
  g_autoptr(GlossClaim) claim = gloss_claim_new (transcript, start, start + 63, topics, "renovación, twice", NULL);
  g_auto(GStrv) find = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.find");
  g_auto(GStrv) claims = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.search-claims");
  GtkWidget *search, *row, *list;
  g_autofree char *quote_bold = NULL;
  g_autofree char *note_bold = NULL;

  g_assert_cmpstr (find[0], ==, "<Control>f");
  g_assert_cmpstr (claims[0], ==, "<Shift><Control>f");

  gloss_history_add_claim (_gloss_window_get_history (fixture->window), claim);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search-claims", NULL));
  ui_test_wait_ms (50);
  search = ui_test_find_widget (GTK_WIDGET (sidebar), is_search_entry, NULL);
  g_assert_true (focus_inside (GTK_WIDGET (fixture->window), search));
  g_assert_false (gloss_find_bar_get_open (fixture->bar));

  gloss_sidebar_set_search_text (sidebar, "RENOVACION");
  ui_test_wait_ms (50);
  row = ui_test_find_widget (GTK_WIDGET (sidebar), is_claim_row_of, claim);
  g_assert_nonnull (row);
  quote_bold = bold_words (GTK_LABEL (ui_test_find_widget (row, ui_test_has_css_class, "quote")));
  g_assert_cmpstr (quote_bold, ==, "Renovación|renovacion");
  {
    GtkWidget *label = ui_test_find_widget (row, ui_test_has_css_class, "note");

    g_assert_true (GTK_IS_LABEL (label));
    note_bold = bold_words (GTK_LABEL (label));
    g_assert_cmpstr (note_bold, ==, "renovación");
  }
  /* a new search marks other words in the same row */
  gloss_sidebar_set_search_text (sidebar, "programme");
  ui_test_wait_ms (50);
  {
    g_autofree char *bold = bold_words (GTK_LABEL (ui_test_find_widget (row, ui_test_has_css_class, "quote")));

    g_assert_cmpstr (bold, ==, "programme");
  }
  gloss_sidebar_set_search_text (sidebar, "");
  ui_test_wait_ms (50);
  {
    g_autofree char *bold = bold_words (GTK_LABEL (ui_test_find_widget (row, ui_test_has_css_class, "quote")));

    g_assert_cmpstr (bold, ==, "");
  }

  /* Down from the entry: the first result, not the topic chips */
  gloss_sidebar_set_search_text (sidebar, "renovacion");
  ui_test_wait_ms (50);
  gloss_sidebar_focus_search (sidebar);
  g_assert_true (press_key (search, "gloss-search-keys", GDK_KEY_Down, 0));
  ui_test_pump ();
  list = ui_test_find_widget (GTK_WIDGET (sidebar), ui_test_has_css_class, "claims-list");
  g_assert_nonnull (list);
  g_assert_true (focus_inside (GTK_WIDGET (fixture->window), list));
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv, "find"))
    return 77;

  app = ui_test_app_new ("io.github.glossapp.Gloss.Test");

  g_test_add ("/find-bar/find", Fixture, NULL, fixture_set_up, test_find, fixture_tear_down);
  g_test_add ("/find-bar/accents", Fixture, NULL, fixture_set_up, test_accents, fixture_tear_down);
  g_test_add ("/find-bar/side-by-side", Fixture, NULL, fixture_set_up, test_side_by_side, fixture_tear_down);
  g_test_add ("/find-bar/marks-keep-lines", Fixture, NULL, fixture_set_up, test_marks_keep_lines, fixture_tear_down);
  g_test_add ("/find-bar/long-text", Fixture, NULL, fixture_set_up, test_long_text, fixture_tear_down);
  g_test_add ("/find-bar/claims-search", Fixture, NULL, fixture_set_up, test_claims_search, fixture_tear_down);

  return ui_test_run ();
}
