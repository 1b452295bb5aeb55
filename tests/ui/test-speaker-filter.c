/* The sidebar's speaker filter (issue 17, item 16): the speakers who give
 * remarks and answers under one heading, those who only ask (outlets, the
 * unidentified questioner last) under another; choosing one filters the
 * list; its tooltip is gone while its menu is open, so that it does not
 * cover “All speakers”. Needs a display; skipped without one. */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "gloss-application.h"
#include "gloss-speaker.h"
#include "gloss-speaker-filter.h"
#include "gloss-window-private.h"
#include "ui-test-util.h"

static GlossApplication *app;

static GlossClaim *
tag (GlossWindow *window,
     const char  *needle)
{
  GlossProject *project = _gloss_window_get_project (window);
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  const char *text = gloss_transcript_get_text (transcript);
  const char *hit = strstr (text, needle);
  guint n = gloss_project_get_n_claims (project);
  guint start;

  g_assert_nonnull (hit);
  start = gloss_transcript_byte_to_offset (transcript, hit - text);
  gloss_transcript_view_select_range (_gloss_window_get_transcript_view (window), start,
                                      start + g_utf8_strlen (needle, -1));
  g_action_group_activate_action (G_ACTION_GROUP (window), "tag-key", g_variant_new_string ("1"));
  ui_test_pump ();
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, n + 1);

  for (guint i = 0; i <= n; i++)
    if (strcmp (gloss_claim_get_quote (gloss_project_get_claim (project, i)), needle) == 0)
      return gloss_project_get_claim (project, i);
  g_assert_not_reached ();
}

static gboolean
is_type (GtkWidget     *widget,
         gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gboolean
has_label_text (GtkWidget     *widget,
                gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static char *
menu_label (GMenuModel *menu,
            guint       item)
{
  char *label = NULL;

  g_assert_true (g_menu_model_get_item_attribute (menu, item, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  return label;
}

/* the names of a section's items, joined by "|" */
static char *
section_names (GMenuModel *menu,
               guint       section)
{
  g_autoptr(GMenuModel) items = g_menu_model_get_item_link (menu, section, G_MENU_LINK_SECTION);
  GString *names = g_string_new (NULL);

  g_assert_nonnull (items);
  for (int i = 0; i < g_menu_model_get_n_items (items); i++)
    {
      g_autofree char *label = menu_label (items, i);

      g_string_append_printf (names, "%s%s", i ? "|" : "", label);
    }

  return g_string_free (names, FALSE);
}

static gboolean
popover_visible (gpointer data)
{
  return gtk_widget_get_visible (GTK_WIDGET (data));
}

static gboolean
popover_hidden (gpointer data)
{
  return !gtk_widget_get_visible (GTK_WIDGET (data));
}

static void
test_groups (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  GlossSidebar *sidebar = _gloss_window_get_sidebar (window);
  GListModel *shown = gloss_sidebar_get_filtered_claims (sidebar);
  GlossSpeakerFilter *filter = GLOSS_SPEAKER_FILTER (
    ui_test_find_widget (GTK_WIDGET (sidebar), is_type, GSIZE_TO_POINTER (GLOSS_TYPE_SPEAKER_FILTER)));
  GMenuModel *menu = gloss_speaker_filter_get_menu (filter);
  GtkWidget *button = ui_test_find_widget (GTK_WIDGET (filter), is_type, GSIZE_TO_POINTER (GTK_TYPE_MENU_BUTTON));
  GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  g_autofree char *questions = g_strconcat ("Harbourton Daily|Valley Broadcasting|Northern Business Review|"
                                            "Coastline Radio|Riverland Science Weekly|",
                                            gloss_speaker_unidentified (), NULL);
  GlossClaim *answer, *question, *unlabelled;

  /* all, then who answers, then who asks, each under its heading */
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 3);
  {
    g_autofree char *all = section_names (menu, 0);
    g_autofree char *officials = section_names (menu, 1);
    g_autofree char *askers = section_names (menu, 2);
    g_autofree char *heading1 = menu_label (menu, 1);
    g_autofree char *heading2 = menu_label (menu, 2);

    g_assert_cmpstr (all, ==, _("All speakers"));
    g_assert_cmpstr (officials, ==, "Helen Achterberg|Mara Lindqvist|Tomas Okonkwo|Ines Castellano");
    g_assert_cmpstr (askers, ==, questions);
    g_assert_cmpstr (heading1, ==, _("Remarks and Answers"));
    g_assert_cmpstr (heading2, ==, _("Questions"));
  }

  answer = tag (window, "3.6 million doses of influenza vaccine");
  question = tag (window, "How many vaccine doses were given");
  unlabelled = tag (window, "Some of our listeners work in small workshops");

  /* the menu's entries filter the list, and the button says which */
  gtk_widget_activate_action (GTK_WIDGET (filter), "speaker-filter.speaker", "s", "Valley Broadcasting");
  ui_test_pump ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_true (g_list_model_get_item (shown, 0) == (gpointer) question);
  g_object_unref (question);
  g_assert_nonnull (ui_test_find_widget (button, has_label_text, "Valley Broadcasting"));
  gtk_widget_activate_action (GTK_WIDGET (filter), "speaker-filter.speaker", "s", gloss_speaker_unidentified ());
  ui_test_pump ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_true (g_list_model_get_item (shown, 0) == (gpointer) unlabelled);
  g_object_unref (unlabelled);
  gtk_widget_activate_action (GTK_WIDGET (filter), "speaker-filter.speaker", "s", "Tomas Okonkwo");
  ui_test_pump ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_assert_true (g_list_model_get_item (shown, 0) == (gpointer) answer);
  g_object_unref (answer);
  gtk_widget_activate_action (GTK_WIDGET (filter), "speaker-filter.speaker", "s", "");
  ui_test_pump ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 3);
  g_assert_nonnull (ui_test_find_widget (button, has_label_text, _("All speakers")));

  /* the open menu shows the headings; the tooltip that would cover its
   * first entry is gone until it closes */
  g_assert_nonnull (gtk_widget_get_tooltip_text (button));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  g_assert_true (ui_test_wait_until (popover_visible, popover, 2000));
  ui_test_wait_ms (50);
  g_assert_null (gtk_widget_get_tooltip_text (button));
  g_assert_false (gtk_widget_get_has_tooltip (button));
  g_assert_nonnull (ui_test_find_widget (GTK_WIDGET (popover), has_label_text, _("Remarks and Answers")));
  g_assert_nonnull (ui_test_find_widget (GTK_WIDGET (popover), has_label_text, _("Questions")));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  g_assert_true (ui_test_wait_until (popover_hidden, popover, 2000));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, _("Show only claims of one speaker"));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_pump ();
}

/* a speaker's name is shown as it is, not read for a mnemonic */
static void
test_underscore (void)
{
  g_autoptr(GlossTranscript) text = gloss_transcript_new ("Hello. Why? Because.", -1);
  GtkWidget *filter = g_object_ref_sink (gloss_speaker_filter_new ());
  GMenuModel *menu;

  gloss_transcript_add_turn (text, GLOSS_TURN_REMARKS, 0, 6, "teacher_4", NULL, -1);
  gloss_transcript_add_turn (text, GLOSS_TURN_QUESTION, 7, 11, "P3", NULL, -1);
  gloss_transcript_add_turn (text, GLOSS_TURN_ANSWER, 12, 20, "teacher_4", NULL, 1);
  gloss_speaker_filter_set_transcript (GLOSS_SPEAKER_FILTER (filter), text);
  menu = gloss_speaker_filter_get_menu (GLOSS_SPEAKER_FILTER (filter));
  {
    g_autofree char *officials = section_names (menu, 1);
    g_autofree char *askers = section_names (menu, 2);

    g_assert_cmpstr (officials, ==, "teacher__4");
    g_assert_cmpstr (askers, ==, "P3");
  }
  gloss_speaker_filter_set_speaker (GLOSS_SPEAKER_FILTER (filter), "teacher_4");
  g_assert_cmpstr (gloss_speaker_filter_get_speaker (GLOSS_SPEAKER_FILTER (filter)), ==, "teacher_4");
  /* a name that is not listed is all of them */
  gloss_speaker_filter_set_speaker (GLOSS_SPEAKER_FILTER (filter), "nobody");
  g_assert_null (gloss_speaker_filter_get_speaker (GLOSS_SPEAKER_FILTER (filter)));
  g_object_unref (filter);
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv, "speakers"))
    return 77;

  app = ui_test_app_new ("io.github.glossapp.Gloss.SpeakerFilterTest");

  g_test_add_func ("/speaker-filter/groups", test_groups);
  g_test_add_func ("/speaker-filter/underscore", test_underscore);

  return ui_test_run ();
}
