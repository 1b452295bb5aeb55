/* The window starts translated: under LANGUAGE=zh_CN (or ja) the header bar
 * and the empty state show the catalogue's text, and no string of ours is
 * left in English. Needs a display; skipped without one. */
#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>
#include <adwaita.h>

#include "gloss-application.h"
#include "gloss-window-private.h"

static GlossApplication *app;

static void
add_menu_labels (GMenuModel *model,
                 GPtrArray  *strings)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        g_ptr_array_add (strings, g_steal_pointer (&label));

      links = g_menu_model_iterate_item_links (model, i);
      while (g_menu_link_iter_get_next (links, NULL, &link))
        {
          add_menu_labels (link, strings);
          g_object_unref (link);
        }
    }
}

/* every visible text of a widget tree: labels, tooltips, titles, menus */
static void
collect_strings (GtkWidget *widget,
                 GPtrArray *strings)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (tooltip != NULL && *tooltip != '\0')
    g_ptr_array_add (strings, g_strdup (tooltip));

  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (strings, g_strdup (gtk_label_get_label (GTK_LABEL (widget))));
  else if (ADW_IS_STATUS_PAGE (widget))
    {
      const char *title = adw_status_page_get_title (ADW_STATUS_PAGE (widget));
      const char *description = adw_status_page_get_description (ADW_STATUS_PAGE (widget));

      if (title != NULL)
        g_ptr_array_add (strings, g_strdup (title));
      if (description != NULL)
        g_ptr_array_add (strings, g_strdup (description));
    }
  else if (ADW_IS_WINDOW_TITLE (widget))
    g_ptr_array_add (strings, g_strdup (adw_window_title_get_title (ADW_WINDOW_TITLE (widget))));
  else if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)))
    add_menu_labels (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)), strings);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_strings (child, strings);
}

static void
find_widgets (GtkWidget *widget,
              GType      type,
              GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_widgets (child, type, found);
}

static gboolean
has_script (const char    *text,
            GUnicodeScript script)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == script)
      return TRUE;
  return FALSE;
}

/* Fails on any string that is one of our English messages although the
 * catalogue translates it; needs at least one string in the script of the
 * language. */
static void
assert_translated (const char *where,
                   GPtrArray  *strings)
{
  const char *language = g_getenv ("LANGUAGE");
  GUnicodeScript script = g_str_has_prefix (language, "ja") ? G_UNICODE_SCRIPT_KATAKANA : G_UNICODE_SCRIPT_HAN;
  guint in_script = 0;

  g_assert_cmpuint (strings->len, >, 0);
  for (guint i = 0; i < strings->len; i++)
    {
      const char *s = g_ptr_array_index (strings, i);
      const char *translated = g_dgettext (GETTEXT_PACKAGE, s);

      if (*s == '\0')
        continue;
      g_test_message ("%s: %s", where, s);
      if (g_strcmp0 (translated, s) != 0)
        g_error ("%s shows “%s” untranslated (the %s catalogue has “%s”)", where, s, language, translated);
      if (has_script (s, script) || has_script (s, G_UNICODE_SCRIPT_HAN))
        in_script++;
    }
  if (in_script == 0)
    g_error ("%s shows nothing in %s", where, language);
}

static GtkWidget *
new_window (void)
{
  GlossWindow *window = gloss_window_new (GTK_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);

  return GTK_WIDGET (window);
}

static void
close_window (GtkWidget *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_header_bar (void)
{
  GtkWidget *window = new_window ();
  g_autoptr(GPtrArray) bars = g_ptr_array_new ();
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);

  find_widgets (window, ADW_TYPE_HEADER_BAR, bars);
  g_assert_cmpuint (bars->len, >, 0);
  for (guint i = 0; i < bars->len; i++)
    collect_strings (g_ptr_array_index (bars, i), strings);
  assert_translated ("the header bar", strings);

  close_window (window);
}

static void
test_empty_state (void)
{
  GtkWidget *window = new_window ();
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);

  find_widgets (window, ADW_TYPE_STATUS_PAGE, pages);
  g_assert_cmpuint (pages->len, >, 0);
  for (guint i = 0; i < pages->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (pages, i)))
      collect_strings (g_ptr_array_index (pages, i), strings);
  assert_translated ("the empty state", strings);

  close_window (window);
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("GLOSS_LOCALEDIR");
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);
  if (!gtk_init_check ())
    {
      g_print ("1..0 # SKIP no display\n");
      return 77;
    }
  adw_init ();

  app = gloss_application_new ();
  /* no D-Bus name: several tests may run at once */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/i18n/ui/header-bar", test_header_bar);
  g_test_add_func ("/i18n/ui/empty-state", test_empty_state);
  status = g_test_run ();

  g_object_unref (app);
  return status;
}
