/* Tooltips in every language are as wide as their text (issue 17, item
 * 14): GTK 4.8 wraps Chinese tooltips to a character or two a line. */
#include "config.h"

#include <adwaita.h>

#include "gloss-tooltips.h"
#include "ui-test-util.h"

static int
one_line_height (const char *text)
{
  GtkWidget *label = g_object_ref_sink (gtk_label_new (text));
  int height;

  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, -1, NULL, &height, NULL, NULL);
  g_object_unref (label);

  return height;
}

/* the height of @label at the width it asks for */
static int
height_at_request (GtkWidget *label,
                   int       *width)
{
  int height;

  gtk_widget_get_size_request (label, width, NULL);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, *width, NULL, &height, NULL, NULL);

  return height;
}

static void
test_label_width (void)
{
  const char *short_texts[] = { "仅显示某位发言人的陈述", "导出陈述 (Ctrl+E)", "話者ごとの発言だけを表示", "Undo" };
  g_autoptr(GString) long_text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (short_texts); i++)
    {
      GtkWidget *label = g_object_ref_sink (gloss_tooltip_label_new (short_texts[i]));
      int width;

      /* on one line */
      g_assert_cmpint (height_at_request (label, &width), ==, one_line_height (short_texts[i]));
      g_assert_cmpint (width, >, 0);
      g_object_unref (label);
    }

  for (guint i = 0; i < 12; i++)
    g_string_append (long_text, "仅显示某位发言人的陈述");
  {
    GtkWidget *label = g_object_ref_sink (gloss_tooltip_label_new (long_text->str));
    int width;
    int height = height_at_request (label, &width);

    /* a long one wraps, at a readable width, not at a character or two */
    g_assert_cmpint (height, >, one_line_height (long_text->str));
    g_assert_cmpint (height, <, 5 * one_line_height (long_text->str));
    g_assert_cmpint (width, >=, 300);
    g_object_unref (label);
  }
}

/* every widget with a tooltip gets the label, once realized */
static void
test_widgets_take_it (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *with_tip = gtk_button_new_with_label ("A");
  GtkWidget *without = gtk_button_new_with_label ("B");
  guint query_tooltip = g_signal_lookup ("query-tooltip", GTK_TYPE_WIDGET);

  gloss_tooltips_install ();
  gtk_widget_set_tooltip_text (with_tip, "仅显示某位发言人的陈述");
  gtk_box_append (GTK_BOX (box), with_tip);
  gtk_box_append (GTK_BOX (box), without);
  gtk_window_set_child (GTK_WINDOW (window), box);
  g_assert_false (g_signal_has_handler_pending (with_tip, query_tooltip, 0, FALSE));

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_realize (window);
  ui_test_pump ();
  g_assert_true (gtk_widget_get_realized (with_tip));
  g_assert_true (g_signal_has_handler_pending (with_tip, query_tooltip, 0, FALSE));
  g_assert_false (g_signal_has_handler_pending (without, query_tooltip, 0, FALSE));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_pump ();
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      return 77;
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/tooltips/label-width", test_label_width);
  g_test_add_func ("/tooltips/widgets-take-it", test_widgets_take_it);

  return g_test_run ();
}
