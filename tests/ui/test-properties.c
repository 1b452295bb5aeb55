/* The transcript's Properties dialog (win.properties, Alt+Return): it shows
 * the title, date, place, language and participants; each committed edit
 * is one undoable step; undo shows in the dialog and in the window title.
 * Needs a display; skipped without one. */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "gloss-application.h"
#include "gloss-properties-dialog.h"
#include "gloss-window-private.h"
#include "ui-test-util.h"

static GlossApplication *app;

static GtkWidget *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (GLOSS_IS_PROPERTIES_DIALOG (toplevel))
        found = GTK_WIDGET (toplevel);
    }

  return found;
}

static GtkWidget *
open_dialog (GlossWindow *window)
{
  GtkWidget *dialog;

  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "properties"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "properties", NULL);
  ui_test_pump ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (dialog));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));

  return dialog;
}

typedef struct
{
  GType type;
  const char *title;
} RowMatch;

static gboolean
row_matches (GtkWidget     *widget,
             gconstpointer  data)
{
  const RowMatch *match = data;

  return G_TYPE_CHECK_INSTANCE_TYPE (widget, match->type) &&
         gtk_widget_get_mapped (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), match->title) == 0;
}

/* the shown row of @type titled @title under @root */
static gpointer
row (GtkWidget  *root,
     GType       type,
     const char *title)
{
  RowMatch match = { type, title };
  GtkWidget *found = ui_test_find_widget (root, row_matches, &match);

  g_assert_nonnull (found);

  return found;
}

static gboolean
is_text (GtkWidget     *widget,
         gconstpointer  data)
{
  return GTK_IS_TEXT (widget);
}

/* types @text into the entry row and presses Enter */
static void
enter_text (AdwEntryRow *entry,
            const char  *text)
{
  GtkWidget *inner = ui_test_find_widget (GTK_WIDGET (entry), is_text, NULL);

  g_assert_nonnull (inner);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  ui_test_pump ();
  g_signal_emit_by_name (inner, "activate");
  ui_test_pump ();
}

static gboolean
has_tooltip (GtkWidget     *widget,
             gconstpointer  tooltip)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

/* clicks the button with @tooltip in the participant's expanded row */
typedef struct
{
  GtkWidget *root;
  const char *tooltip;
} Lookup;

static gboolean
button_shown (gpointer data)
{
  Lookup *lookup = data;

  return ui_test_find_widget (lookup->root, has_tooltip, lookup->tooltip) != NULL;
}

static void
click_in (GtkWidget  *expander,
          const char *tooltip)
{
  Lookup lookup = { expander, tooltip };
  GtkWidget *button;

  /* an expanded row maps its buttons at the next frame, later on a busy machine */
  g_assert_true (ui_test_wait_until (button_shown, &lookup, 5000));
  button = ui_test_find_widget (expander, has_tooltip, tooltip);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  ui_test_pump ();
}

static GlossTranscript *
transcript_of (GlossWindow *window)
{
  return gloss_project_get_transcript (_gloss_window_get_project (window));
}

static void
undo (GlossWindow *window,
      const char  *label)
{
  GlossHistory *history = _gloss_window_get_history (window);

  g_assert_cmpstr (gloss_history_get_undo_label (history), ==, label);
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  ui_test_pump ();
}

static void
leave_row (GtkWidget *row)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (row);
  gboolean left = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_FOCUS (controller))
        {
          g_signal_emit_by_name (controller, "leave");
          left = TRUE;
        }
    }
  g_assert_true (left);
}

/* The fields: shown, edited on Enter, one step each, undone in place */
static void
test_fields (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  GlossTranscript *transcript = transcript_of (window);
  GlossHistory *history = _gloss_window_get_history (window);
  g_autofree char *title = g_strdup (gloss_transcript_get_title (transcript));
  g_autofree char *date = g_strdup (gloss_transcript_get_date (transcript));
  GtkWidget *dialog = open_dialog (window);
  AdwEntryRow *title_row = row (dialog, ADW_TYPE_ENTRY_ROW, "Title");
  AdwEntryRow *date_row = row (dialog, ADW_TYPE_ENTRY_ROW, "Date (YYYY-MM-DD)");
  AdwEntryRow *place_row = row (dialog, ADW_TYPE_ENTRY_ROW, "Place");
  AdwEntryRow *language_row = row (dialog, ADW_TYPE_ENTRY_ROW, "Language");

  g_assert_nonnull (title);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, title);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, "2024-04-18");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (place_row)), ==, "Harbourton");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (language_row)), ==, "en");

  /* typing is not an edit yet; Enter is one */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Riverland briefing, first quarter");
  ui_test_pump ();
  g_assert_cmpstr (gloss_transcript_get_title (transcript), ==, title);
  g_assert_false (gloss_history_can_undo (history));
  enter_text (title_row, "  Riverland briefing, first quarter ");
  g_assert_cmpstr (gloss_transcript_get_title (transcript), ==, "Riverland briefing, first quarter");
  g_assert_cmpstr (gloss_history_get_undo_label (history), ==, "Change title");
  /* an unsaved import goes by its title */
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "Riverland briefing, first quarter"));

  /* an impossible date is marked and not taken */
  enter_text (date_row, "2024-02-30");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (date_row), "error"));
  g_assert_cmpstr (gloss_transcript_get_date (transcript), ==, date);
  g_assert_cmpstr (gloss_history_get_undo_label (history), ==, "Change title");
  enter_text (date_row, "2024-04-19");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (date_row), "error"));
  g_assert_cmpstr (gloss_transcript_get_date (transcript), ==, "2024-04-19");

  /* a language tag, typed or from the suggestions */
  enter_text (language_row, "English");
  g_assert_cmpstr (gloss_transcript_get_language (transcript), ==, "English");
  enter_text (language_row, "en GB");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (language_row), "error"));
  g_assert_cmpstr (gloss_transcript_get_language (transcript), ==, "English");
  gtk_widget_activate_action (dialog, "properties.language", "s", "zh-Hans");
  ui_test_pump ();
  g_assert_cmpstr (gloss_transcript_get_language (transcript), ==, "zh-Hans");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (language_row)), ==, "zh-Hans");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (language_row), "error"));

  /* emptied: the place is gone */
  enter_text (place_row, "");
  g_assert_null (gloss_transcript_get_place (transcript));

  /* undone from the window: the model and the dialog go back, step by step */
  undo (window, "Change place");
  g_assert_cmpstr (gloss_transcript_get_place (transcript), ==, "Harbourton");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (place_row)), ==, "Harbourton");
  undo (window, "Change language");
  undo (window, "Change language");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (language_row)), ==, "en");
  undo (window, "Change date");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date_row)), ==, date);
  undo (window, "Change title");
  g_assert_cmpstr (gloss_transcript_get_title (transcript), ==, title);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, title);
  g_assert_false (gloss_history_can_undo (history));
  g_assert_false (gloss_document_get_modified (gloss_window_get_document (window)));

  /* redo brings the title back */
  g_action_group_activate_action (G_ACTION_GROUP (window), "redo", NULL);
  ui_test_pump ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "Riverland briefing, first quarter");

  /* leaving a field commits it. The focus moves only in the active
   * window, and tests running beside this one take the X focus: what the
   * focus leaving does is what the row's focus controller says */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Riverland briefing");
  leave_row (GTK_WIDGET (title_row));
  ui_test_pump ();
  g_assert_cmpstr (gloss_transcript_get_title (transcript), ==, "Riverland briefing");
  undo (window, "Change title");

  /* what was typed but not entered is kept when the dialog closes */
  gtk_editable_set_text (GTK_EDITABLE (place_row), "Harbourton City Hall");
  gtk_window_close (GTK_WINDOW (dialog));
  ui_test_pump ();
  g_assert_null (find_dialog ());
  g_assert_cmpstr (gloss_transcript_get_place (transcript), ==, "Harbourton City Hall");
  undo (window, "Change place");

  ui_test_destroy_window (window);
}

static const char *
participant_name (GlossTranscript *transcript,
                  guint            index)
{
  return gloss_transcript_get_participant (transcript, index)->name;
}

/* Participants: edit a role and a name, add, move and remove, undo all */
static void
test_participants (void)
{
  GlossWindow *window = ui_test_open_sample_window ();
  GlossTranscript *transcript = transcript_of (window);
  guint n = gloss_transcript_get_n_participants (transcript);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *first_role = NULL;
  GtkWidget *dialog;
  AdwExpanderRow *expander;
  AdwEntryRow *name_row, *role_row;

  g_assert_cmpuint (n, >=, 3);
  first = g_strdup (participant_name (transcript, 0));
  second = g_strdup (participant_name (transcript, 1));
  first_role = g_strdup (gloss_transcript_get_participant (transcript, 0)->role);
  g_assert_nonnull (first_role);

  dialog = open_dialog (window);
  expander = row (dialog, ADW_TYPE_EXPANDER_ROW, first);
  g_assert_cmpstr (adw_expander_row_get_subtitle (expander), ==, first_role);
  adw_expander_row_set_expanded (expander, TRUE);
  ui_test_wait_ms (400);
  name_row = row (GTK_WIDGET (expander), ADW_TYPE_ENTRY_ROW, "Name");
  role_row = row (GTK_WIDGET (expander), ADW_TYPE_ENTRY_ROW, "Role");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, first);

  /* a new role: the row's summary and what exports read follow */
  enter_text (role_row, "spokesperson");
  g_assert_cmpstr (gloss_transcript_get_role (transcript, first), ==, "spokesperson");
  g_assert_cmpstr (adw_expander_row_get_subtitle (expander), ==, "spokesperson");

  /* a name already taken is refused and marked */
  enter_text (name_row, second);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name_row), "error"));
  g_assert_cmpstr (participant_name (transcript, 0), ==, first);
  enter_text (name_row, "Mara Lindqvist-Berg");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (name_row), "error"));
  g_assert_cmpstr (participant_name (transcript, 0), ==, "Mara Lindqvist-Berg");
  g_assert_cmpstr (gloss_transcript_get_role (transcript, "Mara Lindqvist-Berg"), ==, "spokesperson");

  /* added at the end, from the last row */
  enter_text (row (dialog, ADW_TYPE_ENTRY_ROW, "New Participant’s Name"), "李明");
  g_assert_cmpuint (gloss_transcript_get_n_participants (transcript), ==, n + 1);
  g_assert_cmpstr (participant_name (transcript, n), ==, "李明");
  g_assert_null (gloss_transcript_get_role (transcript, "李明"));

  /* moved down one place, then removed */
  click_in (GTK_WIDGET (expander), "Move Down");
  g_assert_cmpstr (participant_name (transcript, 0), ==, second);
  g_assert_cmpstr (participant_name (transcript, 1), ==, "Mara Lindqvist-Berg");
  /* the expanded row is the one that moved */
  expander = row (dialog, ADW_TYPE_EXPANDER_ROW, "Mara Lindqvist-Berg");
  g_assert_true (adw_expander_row_get_expanded (expander));
  click_in (GTK_WIDGET (expander), "Remove Participant");
  ui_test_wait_ms (20);
  g_assert_cmpuint (gloss_transcript_get_n_participants (transcript), ==, n);
  g_assert_cmpint (gloss_transcript_find_participant (transcript, "Mara Lindqvist-Berg"), ==, -1);

  /* closing commits nothing more: each edit was one step */
  gtk_window_close (GTK_WINDOW (dialog));
  ui_test_pump ();
  undo (window, "Remove participant");
  g_assert_cmpstr (participant_name (transcript, 1), ==, "Mara Lindqvist-Berg");
  undo (window, "Move participant");
  g_assert_cmpstr (participant_name (transcript, 0), ==, "Mara Lindqvist-Berg");
  undo (window, "Add participant");
  g_assert_cmpuint (gloss_transcript_get_n_participants (transcript), ==, n);
  undo (window, "Edit participant");
  g_assert_cmpstr (participant_name (transcript, 0), ==, first);
  undo (window, "Edit participant");
  g_assert_cmpstr (gloss_transcript_get_role (transcript, first), ==, first_role);
  g_assert_false (gloss_history_can_undo (_gloss_window_get_history (window)));

  /* opened again, the dialog shows the state undone to */
  dialog = open_dialog (window);
  expander = row (dialog, ADW_TYPE_EXPANDER_ROW, first);
  g_assert_cmpstr (adw_expander_row_get_subtitle (expander), ==, first_role);
  gtk_window_close (GTK_WINDOW (dialog));
  ui_test_pump ();

  ui_test_destroy_window (window);
}

/* win.properties has a shortcut, listed in the shortcuts window, and needs
 * a document */
static void
test_action (void)
{
  GlossWindow *empty = gloss_window_new (GTK_APPLICATION (app));
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.properties");

  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_assert_cmpstr (accels[0], ==, "<Alt>Return");
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (empty), "properties"));
  gtk_window_destroy (GTK_WINDOW (empty));
  ui_test_pump ();
}

int
main (int   argc,
      char *argv[])
{
  if (!ui_test_init (&argc, &argv, "properties"))
    return 77;

  app = ui_test_app_new ("io.github.glossapp.Gloss.PropertiesTest");

  g_test_add_func ("/properties/fields", test_fields);
  g_test_add_func ("/properties/participants", test_participants);
  g_test_add_func ("/properties/action", test_action);

  return ui_test_run ();
}
