/* The original beside the translation: each turn pair starts at the same
 * height on both sides, scrolling one side scrolls the other to the same
 * pair, the pair under the cursor is marked on both sides, and without an
 * original only the transcript shows. Needs a display; skipped without. */
#include "config.h"

#include <adwaita.h>

#include "gloss-import-format.h"
#include "gloss-parallel-view.h"
#include "ui-test-util.h"

/* The English turns are long where the Chinese ones are short and the
 * other way round, so that without padding the turns drift apart. */
static const char transcript_text[] =
  "Regular Press Conference\n"
  "\n"
  "WANG: Good afternoon. Before taking questions I would like to say a few words about the "
  "trade figures published this morning. Exports grew by 7.5 percent in the first three "
  "quarters, the fastest growth in four years, and imports by 3.2 percent. The figures show "
  "that the economy is recovering steadily and that our partners continue to trust it.\n"
  "\n"
  "REPORTER: Thank you.\n"
  "\n"
  "WANG: Yes.\n"
  "\n"
  "REPORTER: What will the government do about the 5G networks that several countries have "
  "restricted, and will it take the matter to the World Trade Organization this year or wait "
  "for the talks that were announced last month to conclude?\n"
  "\n"
  "WANG: We have said so many times.\n";

static const char original_text[] =
  "例行记者会\n"
  "\n"
  "汪文斌：下午好。首先我想介绍一下今天上午公布的贸易数据。\n"
  "\n"
  "记者：谢谢。我想就昨天发布的关于绿色制造的报告提一个问题。报告说，今年新增的绿色工厂有八百家，"
  "比去年多了百分之二十。请问发言人对此有何评论？这些工厂主要分布在哪些省份？政府下一步还会采取哪些措施"
  "来支持绿色制造的发展？这些措施会不会影响外国企业在华投资？\n"
  "\n"
  "汪文斌：是的。\n"
  "\n"
  "记者：关于5G网络，政府会怎么做？\n"
  "\n"
  "汪文斌：我们已经多次表明立场。我们反对将经贸问题政治化，反对以所谓国家安全为由限制正常的技术合作。"
  "希望有关国家为中国企业提供开放、公平、公正、非歧视的营商环境。\n";

/* a project whose original is paired with it turn by turn, and paragraph
 * by paragraph (one paragraph a turn here) */
static GlossProject *
make_project (gboolean with_original)
{
  g_autoptr(GlossTranscript) transcript = test_util_import (transcript_text, "briefing-en.txt", "text");
  g_autoptr(GlossTranscript) original = test_util_import (original_text, "briefing-zh.txt", "text");
  g_autoptr(GlossProject) project = gloss_project_new (transcript);

  if (!with_original)
    return g_steal_pointer (&project);

  test_util_set_original_by_turn (project, original);

  return g_steal_pointer (&project);
}

typedef struct
{
  GtkWindow *window;
  GlossParallelView *view;
  GlossProject *project;
} Fixture;

static gboolean
settled_cb (gpointer data)
{
  Fixture *fixture = data;

  return gtk_widget_get_mapped (GTK_WIDGET (fixture->view)) && gloss_parallel_view_settle (fixture->view);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  with_original)
{
  fixture->project = make_project (GPOINTER_TO_INT (with_original));
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->view = GLOSS_PARALLEL_VIEW (gloss_parallel_view_new ());
  gtk_window_set_default_size (fixture->window, 900, 500);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gloss_parallel_view_set_project (fixture->view, fixture->project);
  gtk_window_present (fixture->window);
  /* the first settle pads; the next finds nothing to change */
  g_assert_true (ui_test_wait_until (settled_cb, fixture, 5000));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  with_original)
{
  gtk_window_destroy (fixture->window);
  ui_test_pump ();
  g_clear_object (&fixture->project);
}

/* where the line holding @offset of @role's text is, in the view's window */
static int
line_y (Fixture       *fixture,
        GlossTextRole  role,
        guint          offset)
{
  GtkTextView *view = GTK_TEXT_VIEW (gloss_parallel_view_get_view (fixture->view, role));
  GtkTextIter iter;
  int y, height, window_x, window_y;

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (view), &iter, (int) offset);
  gtk_text_view_get_line_yrange (view, &iter, &y, &height);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, 0, y, &window_x, &window_y);

  return window_y;
}

static guint
turn_start (Fixture       *fixture,
            GlossTextRole  role,
            guint          turn)
{
  return gloss_transcript_get_turn (gloss_project_get_text (fixture->project, role), turn)->start;
}

static void
test_turns_level (Fixture       *fixture,
                  gconstpointer  data)
{
  guint n = gloss_transcript_get_n_turns (gloss_project_get_transcript (fixture->project));
  int drift = 0;

  g_assert_true (gloss_parallel_view_get_showing_original (fixture->view));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (gloss_parallel_view_get_view (fixture->view,
                                                                                  GLOSS_TEXT_ORIGINAL))));
  for (guint i = 0; i < n; i++)
    {
      int t = line_y (fixture, GLOSS_TEXT_TRANSCRIPT, turn_start (fixture, GLOSS_TEXT_TRANSCRIPT, i));
      int o = line_y (fixture, GLOSS_TEXT_ORIGINAL, turn_start (fixture, GLOSS_TEXT_ORIGINAL, i));

      g_test_message ("turn %u: transcript y %d, original y %d", i, t, o);
      g_assert_cmpint (t, ==, o);
      if (i > 0)
        drift = MAX (drift, t - line_y (fixture, GLOSS_TEXT_TRANSCRIPT, turn_start (fixture, GLOSS_TEXT_TRANSCRIPT, 1)));
    }
  /* the fixture's turns do differ in height, so the padding did something */
  g_assert_cmpint (drift, >, 0);
}

static double
scroll_value (Fixture       *fixture,
              GlossTextRole  role)
{
  return gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (gloss_parallel_view_get_scroller (fixture->view,
                                                                                                         role)));
}

static gboolean
turn_4_on_screen_cb (gpointer data)
{
  Fixture *fixture = data;
  int o = line_y (fixture, GLOSS_TEXT_ORIGINAL, turn_start (fixture, GLOSS_TEXT_ORIGINAL, 4));
  int height = gtk_widget_get_height (GTK_WIDGET (gloss_parallel_view_get_view (fixture->view, GLOSS_TEXT_ORIGINAL)));

  return o >= 0 && o < height;
}

static gboolean
window_short_cb (gpointer data)
{
  Fixture *fixture = data;

  return gtk_widget_get_height (GTK_WIDGET (fixture->window)) < 400;
}

static void
test_scroll_follows (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkAdjustment *transcript = gtk_scrolled_window_get_vadjustment (gloss_parallel_view_get_scroller (fixture->view,
                                                                                                    GLOSS_TEXT_TRANSCRIPT));
  GtkAdjustment *original = gtk_scrolled_window_get_vadjustment (gloss_parallel_view_get_scroller (fixture->view,
                                                                                                  GLOSS_TEXT_ORIGINAL));
  gtk_window_set_default_size (fixture->window, 900, 200);
  /* the X server's answer can take a while on a busy machine, and until it
   * comes the view is as tall as before */
  g_assert_true (ui_test_wait_until (window_short_cb, fixture, 5000));
  g_assert_true (ui_test_wait_until (settled_cb, fixture, 5000));
  g_assert_cmpfloat (gtk_adjustment_get_upper (transcript) - gtk_adjustment_get_page_size (transcript), >, 60);

  gtk_adjustment_set_value (transcript, 60);
  ui_test_pump ();
  g_assert_cmpfloat (scroll_value (fixture, GLOSS_TEXT_TRANSCRIPT), ==, 60);
  g_assert_cmpfloat (scroll_value (fixture, GLOSS_TEXT_ORIGINAL), ==, 60);

  /* and back: the original drives the transcript the same way */
  gtk_adjustment_set_value (original, 10);
  ui_test_pump ();
  g_assert_cmpfloat (scroll_value (fixture, GLOSS_TEXT_TRANSCRIPT), ==, 10);

  /* showing an offset scrolls its pair into view on both sides */
  gloss_parallel_view_show_offset (fixture->view, GLOSS_TEXT_ORIGINAL, turn_start (fixture, GLOSS_TEXT_ORIGINAL, 4));
  g_assert_true (ui_test_wait_until (turn_4_on_screen_cb, fixture, 5000));
  g_assert_true (ui_test_wait_until (settled_cb, fixture, 5000));
  g_assert_cmpint (line_y (fixture, GLOSS_TEXT_TRANSCRIPT, turn_start (fixture, GLOSS_TEXT_TRANSCRIPT, 4)), ==,
                   line_y (fixture, GLOSS_TEXT_ORIGINAL, turn_start (fixture, GLOSS_TEXT_ORIGINAL, 4)));
}

static void
test_marked_pair (Fixture       *fixture,
                  gconstpointer  data)
{
  GlossTranscript *transcript = gloss_project_get_transcript (fixture->project);
  GlossTranscript *original = gloss_project_get_original (fixture->project);
  GlossTranscriptView *view = gloss_parallel_view_get_view (fixture->view, GLOSS_TEXT_TRANSCRIPT);
  const GlossTurn *t = gloss_transcript_get_turn (transcript, 3);
  const GlossTurn *o = gloss_transcript_get_turn (original, 3);
  guint ts, te, os, oe;

  gloss_transcript_view_place_cursor (view, t->start + 4);
  g_assert_true (gloss_parallel_view_get_marked_pair (fixture->view, &ts, &te, &os, &oe));
  g_assert_cmpuint (ts, ==, t->start);
  g_assert_cmpuint (te, ==, t->end);
  g_assert_cmpuint (os, ==, o->start);
  g_assert_cmpuint (oe, ==, o->end);

  /* a click in the original marks the pair from that side too */
  o = gloss_transcript_get_turn (original, 1);
  t = gloss_transcript_get_turn (transcript, 1);
  gloss_transcript_view_place_cursor (gloss_parallel_view_get_view (fixture->view, GLOSS_TEXT_ORIGINAL), o->end - 1);
  g_assert_true (gloss_parallel_view_get_marked_pair (fixture->view, &ts, &te, &os, &oe));
  g_assert_cmpuint (ts, ==, t->start);
  g_assert_cmpuint (oe, ==, o->end);
}

static gboolean
full_width_cb (gpointer data)
{
  return gtk_widget_get_width (data) > 800;
}

static void
test_side_by_side_off (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *original = GTK_WIDGET (gloss_parallel_view_get_view (fixture->view, GLOSS_TEXT_ORIGINAL));
  GtkAdjustment *transcript = gtk_scrolled_window_get_vadjustment (gloss_parallel_view_get_scroller (fixture->view,
                                                                                                    GLOSS_TEXT_TRANSCRIPT));

  gloss_parallel_view_set_side_by_side (fixture->view, FALSE);
  ui_test_wait_ms (50);
  g_assert_false (gloss_parallel_view_get_showing_original (fixture->view));
  g_assert_false (gtk_widget_get_mapped (original));
  /* the transcript takes the width */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (gloss_parallel_view_get_view (fixture->view,
                                                                                   GLOSS_TEXT_TRANSCRIPT))), >, 800);
  gtk_adjustment_set_value (transcript, 30);
  ui_test_pump ();
  g_assert_cmpfloat (scroll_value (fixture, GLOSS_TEXT_ORIGINAL), ==, 0);

  gloss_parallel_view_set_side_by_side (fixture->view, TRUE);
  g_assert_true (ui_test_wait_until (settled_cb, fixture, 5000));
  g_assert_true (gtk_widget_get_mapped (original));

  /* stacked: the original above, the transcript below, both full width */
  gloss_parallel_view_set_stacked (fixture->view, TRUE);
  g_assert_true (ui_test_wait_until (full_width_cb, original, 5000));
  {
    graphene_point_t top = GRAPHENE_POINT_INIT (0, 0), o, t;

    g_assert_true (gtk_widget_compute_point (original, GTK_WIDGET (fixture->view), &top, &o));
    g_assert_true (gtk_widget_compute_point (GTK_WIDGET (gloss_parallel_view_get_view (fixture->view,
                                                                                      GLOSS_TEXT_TRANSCRIPT)),
                                             GTK_WIDGET (fixture->view), &top, &t));
    g_assert_cmpfloat (o.y, <, t.y);
  }
}

static void
test_no_original (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_false (gloss_parallel_view_get_showing_original (fixture->view));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (gloss_parallel_view_get_view (fixture->view,
                                                                                   GLOSS_TEXT_ORIGINAL))));

  /* adding one (as Add Original Text does) shows it, and undoing hides it */
  {
    g_autoptr(GlossProject) paired = make_project (TRUE);

    gloss_project_set_original (fixture->project, gloss_project_get_original (paired));
    gloss_project_set_alignment (fixture->project, gloss_project_get_alignment (paired));
  }
  g_assert_true (ui_test_wait_until (settled_cb, fixture, 5000));
  g_assert_true (gloss_parallel_view_get_showing_original (fixture->view));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (gloss_parallel_view_get_view (fixture->view,
                                                                                  GLOSS_TEXT_ORIGINAL))));
  g_assert_cmpint (line_y (fixture, GLOSS_TEXT_TRANSCRIPT, turn_start (fixture, GLOSS_TEXT_TRANSCRIPT, 3)), ==,
                   line_y (fixture, GLOSS_TEXT_ORIGINAL, turn_start (fixture, GLOSS_TEXT_ORIGINAL, 3)));

  gloss_project_set_alignment (fixture->project, NULL);
  gloss_project_set_original (fixture->project, NULL);
  ui_test_wait_ms (50);
  g_assert_false (gloss_parallel_view_get_showing_original (fixture->view));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_skip ("no display");
      return g_test_run ();
    }
  adw_init ();

  g_test_add ("/parallel/turns-level", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_turns_level, fixture_tear_down);
  g_test_add ("/parallel/scroll-follows", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_scroll_follows, fixture_tear_down);
  g_test_add ("/parallel/marked-pair", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_marked_pair, fixture_tear_down);
  g_test_add ("/parallel/side-by-side-off", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_side_by_side_off, fixture_tear_down);
  g_test_add ("/parallel/no-original", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_no_original, fixture_tear_down);

  return g_test_run ();
}
