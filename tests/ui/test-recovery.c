/* Crash recovery end to end (issue 6): a real Gloss session makes edits, is
 * killed with SIGKILL, and the next launch offers the draft. Ended with
 * SIGTERM instead (logout), it writes its last edit as a draft and quits.
 *
 * The test program runs itself as the application: the parent never
 * initialises GTK; each session is a child process started with
 * --child-crash, --child-restore, --child-discard, --child-restore-open,
 * --child-left-over, --child-busy, --child-term or --child-clean, with
 * its own XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME and XDG_STATE_HOME
 * (and its settings in memory: GSETTINGS_BACKEND=memory). A crashing
 * session tells the parent over fd 3 when its draft is on disk and one more
 * edit is made; the parent kills it at once. */

#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <adwaita.h>
#include <glib/gstdio.h>
#include <glib-unix.h>

#include "gloss-application.h"
#include "gloss-drafts.h"
#include "gloss-fileutil.h"
#include "gloss-document-private.h"
#include "gloss-project-file.h"
#include "gloss-window-private.h"
#include "ui-test-util.h"

#define REPORT_FD     3
#define WAIT_SECONDS  20
#define TEST_APP_ID   "io.github.glossapp.Gloss.RecoveryTest"

/* What a crashing session does. Every edit is made through the window's
 * actions, as the keys do; the last one is made after the draft is on
 * disk and must be lost. */
typedef struct
{
  const char *quote;
  const char *key;          /* the topic key pressed, or NULL: Tag Claim (Ctrl+T) */
  const char *topics[3];    /* what the claim has afterwards */
  const char *note;         /* set in the chooser, or NULL */
} Edit;

/* in the project file before the session crashes (the discard case) */
static const Edit saved_edit =
  { "48,200 5G base stations in service", "1", { "5g", NULL }, NULL };

static const Edit drafted_edits[] = {
  { "11.4 million", "1", { "5g", NULL }, NULL },
  { "3.6 million doses of influenza vaccine", NULL, { "vaccines", NULL }, "campaña de vacunación" },
  { "126 certified green factories", "3", { "green-manufacturing", NULL }, NULL },
  /* a note added to the first claim: an edit of a claim, not a new one */
  { "11.4 million", NULL, { "5g", NULL }, "checked against the bureau's release" },
};

static const Edit lost_edit =
  { "30% less energy per dose filled", "2", { "vaccines", NULL }, NULL };

/* ---- the application side: runs in a child process ---------------------- */

static GlossApplication *child_app;

typedef gboolean (*Condition) (gpointer data);

/* polls @condition while the application runs; FALSE after WAIT_SECONDS */
static gboolean
wait_until (Condition condition,
            gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  ui_test_pump ();
  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      ui_test_wait_ms (20);
    }

  return TRUE;
}

static GlossWindow *
active_window (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (child_app));

  return GLOSS_IS_WINDOW (window) ? GLOSS_WINDOW (window) : NULL;
}

static gboolean
window_modified (GlossWindow *window)
{
  return gloss_document_get_modified (gloss_window_get_document (window));
}

static gboolean
window_saved_cb (gpointer window)
{
  return !window_modified (window);
}

static gboolean
project_open_cb (gpointer data)
{
  GlossWindow *window = active_window ();

  return window != NULL && _gloss_window_get_project (window) != NULL;
}

static GtkWidget *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) widget = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (widget) && gtk_widget_get_visible (widget))
        {
          /* one draft was left: exactly one offer */
          g_assert_null (found);
          found = widget;
        }
    }

  return found;
}

static gboolean
dialog_shown_cb (gpointer data)
{
  return find_message_dialog () != NULL;
}

static gboolean
dialog_gone_cb (gpointer data)
{
  return find_message_dialog () == NULL;
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  return ui_test_find_widget (widget, is_button_labelled, label);
}

/* a click on the response's button: responds, then the dialog closes */
static void
click_response (GtkWidget  *dialog,
                const char *response)
{
  const char *label = adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (dialog), response);
  GtkWidget *button = find_button (dialog, label);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_activate (button));
  g_assert_true (wait_until (dialog_gone_cb, NULL));
}

static void
find_text (GlossProject *project,
           const char   *needle,
           guint        *start,
           guint        *end)
{
  *start = test_util_offset_of (gloss_project_get_transcript (project), needle);
  *end = *start + g_utf8_strlen (needle, -1);
}

/* the topic key as the transcript view's shortcut delivers it */
static void
press_topic_key (GlossWindow *window,
                 const char  *key)
{
  GtkWidget *view = GTK_WIDGET (_gloss_window_get_transcript_view (window));

  g_assert_true (gtk_widget_activate_action (view, "win.tag-key", "s", key));
  ui_test_pump ();
}

static void
make_edit (GlossWindow *window,
           const Edit  *edit)
{
  GlossProject *project = _gloss_window_get_project (window);
  GlossTranscriptView *view = _gloss_window_get_transcript_view (window);
  guint start, end;

  find_text (project, edit->quote, &start, &end);
  gloss_transcript_view_select_range (view, start, end);
  if (edit->key != NULL)
    {
      press_topic_key (window, edit->key);
      return;
    }

  {
    GlossTopicChooser *chooser = _gloss_window_get_topic_chooser (window);

    g_action_group_activate_action (G_ACTION_GROUP (window), "tag", NULL);
    ui_test_pump ();
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (chooser)));
    for (guint i = 0; edit->topics[i] != NULL; i++)
      gloss_topic_chooser_set_active (chooser, edit->topics[i], TRUE);
    if (edit->note != NULL)
      gloss_topic_chooser_set_note (chooser, edit->note);
    gloss_topic_chooser_apply (chooser);
    ui_test_pump ();
  }
}

static GlossClaim *
claim_with_quote (GlossProject *project,
                  const char   *quote)
{
  for (guint i = 0; i < gloss_project_get_n_claims (project); i++)
    {
      GlossClaim *claim = gloss_project_get_claim (project, i);

      if (g_strcmp0 (gloss_claim_get_quote (claim), quote) == 0)
        return claim;
    }

  return NULL;
}

/* the claim @edits leave over @quote is in @project, topics and note as made */
static void
assert_has_claim (GlossProject *project,
                  const Edit   *edits,
                  guint         n_edits,
                  const char   *quote)
{
  GlossClaim *claim = claim_with_quote (project, quote);
  const Edit *last = NULL;
  const char * const *topics;

  for (guint i = 0; i < n_edits; i++)
    if (strcmp (edits[i].quote, quote) == 0)
      last = &edits[i];
  g_assert_nonnull (last);

  if (claim == NULL)
    g_error ("the claim over “%s” is missing", quote);
  topics = gloss_claim_get_topics (claim);
  g_assert_cmpuint (g_strv_length ((char **) topics), ==, g_strv_length ((char **) last->topics));
  for (guint i = 0; last->topics[i] != NULL; i++)
    g_assert_true (g_strv_contains (topics, last->topics[i]));
  if (last->note != NULL)
    g_assert_cmpstr (gloss_claim_get_note (claim), ==, last->note);
  else
    g_assert_true (gloss_claim_get_note (claim) == NULL || *gloss_claim_get_note (claim) == '\0');
}

/* exactly the claims of the drafted edits (and the saved one when @saved) */
static void
assert_drafted_claims (GlossProject *project,
                       gboolean      saved)
{
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, saved ? 4 : 3);
  for (guint i = 0; i < G_N_ELEMENTS (drafted_edits); i++)
    assert_has_claim (project, drafted_edits, G_N_ELEMENTS (drafted_edits), drafted_edits[i].quote);
  if (saved)
    assert_has_claim (project, &saved_edit, 1, saved_edit.quote);
  g_assert_null (claim_with_quote (project, lost_edit.quote));
}

typedef struct
{
  GlossDraftStore *store;
  gboolean         saved;
} DraftWait;

static gboolean
drafted_cb (gpointer data)
{
  DraftWait *wait = data;
  g_autoptr(GPtrArray) drafts = gloss_draft_store_list (wait->store, NULL);
  g_autoptr(GlossDocument) document = NULL;

  if (drafts == NULL || drafts->len != 1)
    return FALSE;
  document = gloss_draft_store_load (wait->store, g_ptr_array_index (drafts, 0), NULL);

  return document != NULL &&
         gloss_project_get_n_claims (gloss_document_get_project (document)) == (wait->saved ? 4u : 3u);
}

static guint
n_drafts (void)
{
  g_autoptr(GlossDraftStore) store = gloss_draft_store_new (NULL);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;

  drafts = gloss_draft_store_list (store, &error);
  g_assert_no_error (error);

  return drafts->len;
}

/* what the draft of the project holds, or NULL */
static GBytes *
draft_bytes (GlossDraftStore *store)
{
  g_autoptr(GPtrArray) drafts = gloss_draft_store_list (store, NULL);
  char *contents;
  gsize len;

  if (drafts == NULL || drafts->len != 1)
    return NULL;
  if (!g_file_load_contents (((GlossDraftInfo *) g_ptr_array_index (drafts, 0))->draft_file,
                             NULL, &contents, &len, NULL, NULL))
    return NULL;

  return g_bytes_new_take (contents, len);
}

/* Waits for the draft to hold @project as it is; fails when it does sooner
 * than 1 s (the delay) after @edited. Returns when it was seen. */
static gint64
wait_for_draft_of (GlossDraftStore *store,
                   GlossProject    *project,
                   gint64           edited)
{
  g_autoptr(GBytes) expected = gloss_project_file_to_bytes (project);
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  for (;;)
    {
      g_autoptr(GBytes) drafted = draft_bytes (store);
      gint64 now = g_get_monotonic_time ();

      if (drafted != NULL && g_bytes_equal (drafted, expected))
        {
          if (now < edited + G_USEC_PER_SEC)
            g_error ("a draft was written %.2f s after the last edit, under a 1 s delay",
                     (now - edited) / 1e6);
          return now;
        }
      if (now > deadline)
        g_error ("no draft with the edits appeared in %s within %d s",
                 g_file_peek_path (gloss_draft_store_get_dir (store)), WAIT_SECONDS);
      ui_test_wait_ms (10);
    }
}

static void
report (const char *line)
{
  gsize len = strlen (line);

  while (len > 0)
    {
      ssize_t n = write (REPORT_FD, line, len);

      if (n < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (n, >, 0);
      line += n;
      len -= (gsize) n;
    }
}

/* argv: --child-crash [PROJECT]: imports the sample; with PROJECT, saves it
 * there after one claim, then edits on */
static void
crash_session (const char *save_path)
{
  GlossWindow *window;
  GlossProject *project;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GlossDraftStore) store = gloss_draft_store_new (NULL);
  DraftWait wait = { store, save_path != NULL };
  gint64 edited, drafted, last_edit;
  g_autofree char *line = NULL;

  g_assert_true (wait_until (project_open_cb, NULL));
  window = active_window ();
  project = _gloss_window_get_project (window);
  g_settings_set_uint (settings, "autosave-delay", 1);

  if (save_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (save_path);

      make_edit (window, &saved_edit);
      _gloss_document_set_file (gloss_window_get_document (window), file);
      g_action_group_activate_action (G_ACTION_GROUP (window), "save", NULL);
      g_assert_true (ui_test_wait_until (window_saved_cb, window, WAIT_SECONDS * 1000));
      g_assert_null (_gloss_window_get_dialog (window));
      g_assert_false (window_modified (window));
      g_assert_true (g_file_test (save_path, G_FILE_TEST_IS_REGULAR));
    }

  /* Under a 1 s delay each draft is written 1 s after the last edit, never
   * earlier. The first two edits come 0.6 s apart: no draft in between (the
   * timer restarts on each edit). Then each edit (and an undo and a redo)
   * waits for the draft holding it, 0.2 s later in the second than the one
   * before: a timer on whole seconds (g_timeout_add_seconds) fires up to a
   * quarter second early at some phase, and one of them meets it. */
  make_edit (window, &drafted_edits[0]);
  ui_test_wait_ms (600);
  if (n_drafts () != 0)
    g_error ("a draft was written 0.6 s after an edit, under a 1 s delay");
  for (guint i = 1; i < G_N_ELEMENTS (drafted_edits) + 2; i++)
    {
      if (i > 1)
        ui_test_wait_ms (200);
      edited = g_get_monotonic_time ();
      if (i < G_N_ELEMENTS (drafted_edits))
        make_edit (window, &drafted_edits[i]);
      else
        {
          g_action_group_activate_action (G_ACTION_GROUP (window),
                                          i == G_N_ELEMENTS (drafted_edits) ? "undo" : "redo", NULL);
          ui_test_pump ();
        }
      drafted = wait_for_draft_of (store, project, edited);
    }
  assert_drafted_claims (project, save_path != NULL);
  g_assert_true (window_modified (window));

  /* and it is listed, with the drafted claims */
  g_assert_true (drafted_cb (&wait));

  /* The last edit is made under the default delay (3 s), so the parent's
   * kill, milliseconds later, always comes before its draft would. */
  g_settings_reset (settings, "autosave-delay");
  make_edit (window, &lost_edit);
  last_edit = g_get_monotonic_time ();
  g_assert_nonnull (claim_with_quote (project, lost_edit.quote));

  line = g_strdup_printf ("drafted\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%s\n",
                          drafted - edited, last_edit,
                          gloss_transcript_get_title (gloss_project_get_transcript (project)));
  report (line);

  /* a live session, until the parent kills it */
  ui_test_wait_ms (WAIT_SECONDS * 1000);
  g_error ("the crashing session was not killed");
}

/* argv: --child-term: imports the sample, edits, and runs until SIGTERM.
 * No draft is due before it (the default delay, 3 s): the one the parent
 * finds is written by the SIGTERM handler. */
static void
term_session (void)
{
  GlossWindow *window;
  GlossProject *project;
  g_autofree char *line = NULL;

  g_assert_true (wait_until (project_open_cb, NULL));
  window = active_window ();
  project = _gloss_window_get_project (window);

  for (guint i = 0; i < G_N_ELEMENTS (drafted_edits); i++)
    make_edit (window, &drafted_edits[i]);
  make_edit (window, &lost_edit);
  g_assert_true (window_modified (window));

  line = g_strdup_printf ("edited\t%" G_GINT64_FORMAT "\t%s\n", g_get_monotonic_time (),
                          gloss_transcript_get_title (gloss_project_get_transcript (project)));
  report (line);
}

static GtkWidget *
wait_for_offer (const char *title)
{
  g_autoptr(GPtrArray) drafts = NULL;
  g_autofree char *when = NULL;
  AdwMessageDialog *dialog;

  if (!wait_until (dialog_shown_cb, NULL))
    g_error ("no dialog offered the draft within %d s", WAIT_SECONDS);
  dialog = ADW_MESSAGE_DIALOG (find_message_dialog ());

  g_assert_true (adw_message_dialog_has_response (dialog, "restore"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  if (strstr (adw_message_dialog_get_body (dialog), title) == NULL)
    g_error ("the offer “%s” does not name the project “%s”",
             adw_message_dialog_get_body (dialog), title);

  /* and says when the changes were made, as a user reads a time */
  drafts = gloss_draft_store_list (gloss_application_get_drafts (child_app), NULL);
  g_assert_nonnull (drafts);
  g_assert_cmpuint (drafts->len, ==, 1);
  when = gloss_application_format_draft_time (((GlossDraftInfo *) g_ptr_array_index (drafts, 0))->modified);
  g_assert_nonnull (when);
  if (strstr (adw_message_dialog_get_body (dialog), when) == NULL)
    g_error ("the offer “%s” does not say when (“%s”)", adw_message_dialog_get_body (dialog), when);
  /* and, for a saved project, in which folder: two may share a name */
  {
    GFile *original = ((GlossDraftInfo *) g_ptr_array_index (drafts, 0))->original_file;
    g_autofree char *folder = original != NULL ? gloss_file_display_folder (original) : NULL;

    if (folder != NULL && strstr (adw_message_dialog_get_body (dialog), folder) == NULL)
      g_error ("the offer “%s” does not name the folder %s", adw_message_dialog_get_body (dialog), folder);
  }

  return GTK_WIDGET (dialog);
}

static gboolean
title_is_modified (GlossWindow *window)
{
  return strstr (gtk_window_get_title (GTK_WINDOW (window)), "•") != NULL;
}

/* argv: --child-restore TITLE SAVE-PATH: started without a file, restores
 * the draft, then saves the project to SAVE-PATH */
static void
restore_session (const char *title,
                 const char *save_path)
{
  g_autoptr(GFile) file = g_file_new_for_path (save_path);
  GtkWidget *dialog = wait_for_offer (title);
  GlossWindow *window;
  GlossProject *project;

  g_assert_true (gloss_draft_store_previous_session_crashed (gloss_application_get_drafts (child_app)));
  click_response (dialog, "restore");
  g_assert_true (wait_until (project_open_cb, NULL));
  window = active_window ();
  project = _gloss_window_get_project (window);

  assert_drafted_claims (project, FALSE);
  g_assert_true (window_modified (window));
  g_assert_true (title_is_modified (window));
  g_assert_cmpuint (g_list_model_get_n_items (gloss_sidebar_get_filtered_claims (_gloss_window_get_sidebar (window))), ==, 3);
  /* restored is not saved: the draft stays until the real save */
  g_assert_cmpuint (n_drafts (), ==, 1);

  /* what Save As does once the file is chosen */
  _gloss_document_set_file (gloss_window_get_document (window), file);
  g_action_group_activate_action (G_ACTION_GROUP (window), "save", NULL);
  g_assert_true (ui_test_wait_until (window_saved_cb, window, WAIT_SECONDS * 1000));
  g_assert_null (_gloss_window_get_dialog (window));
  g_assert_false (window_modified (window));
  g_assert_false (title_is_modified (window));
  g_assert_cmpuint (n_drafts (), ==, 0);
}

/* argv: --child-discard TITLE PROJECT: started with PROJECT, discards the
 * draft of it */
static void
discard_session (const char *title,
                 const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *dialog;
  GlossWindow *window;
  GlossProject *project;

  g_assert_true (wait_until (project_open_cb, NULL));
  dialog = wait_for_offer (title);
  g_assert_true (gloss_draft_store_previous_session_crashed (gloss_application_get_drafts (child_app)));
  click_response (dialog, "discard");
  g_assert_cmpuint (n_drafts (), ==, 0);

  window = active_window ();
  project = _gloss_window_get_project (window);
  g_assert_true (g_file_equal (gloss_document_get_file (gloss_window_get_document (window)), file));
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 1);
  assert_has_claim (project, &saved_edit, 1, saved_edit.quote);
  g_assert_false (window_modified (window));
  g_assert_false (title_is_modified (window));
}

static guint
n_windows (void)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (child_app)); l != NULL; l = l->next)
    if (GLOSS_IS_WINDOW (l->data))
      n++;

  return n;
}

/* argv: --child-restore-open TITLE PROJECT: started with PROJECT, restores
 * its draft in a window of its own beside the one showing the file, and
 * quits without saving */
static void
restore_open_session (const char *title,
                      const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *dialog;
  GlossWindow *window;
  GlossWindow *restored;
  GlossProject *project;

  g_assert_true (wait_until (project_open_cb, NULL));
  window = active_window ();
  dialog = wait_for_offer (title);
  click_response (dialog, "restore");

  /* the file the user asked for stays open as saved */
  g_assert_cmpuint (n_windows (), ==, 2);
  g_assert_false (window_modified (window));
  g_assert_cmpuint (gloss_project_get_n_claims (_gloss_window_get_project (window)), ==, 1);

  restored = active_window ();
  g_assert_true (restored != window);
  project = _gloss_window_get_project (restored);
  g_assert_true (g_file_equal (gloss_document_get_file (gloss_window_get_document (restored)), file));
  assert_drafted_claims (project, TRUE);
  g_assert_true (window_modified (restored));
  g_assert_true (title_is_modified (restored));
  g_assert_cmpuint (n_drafts (), ==, 1);

  /* Ctrl+Q then Discard in the close dialog: the draft goes */
  g_action_group_activate_action (G_ACTION_GROUP (child_app), "quit", NULL);
  ui_test_pump ();
  g_assert_nonnull (_gloss_window_get_dialog (restored));
  g_assert_cmpuint (n_drafts (), ==, 1);
  click_response (_gloss_window_get_dialog (restored), "discard");
}

/* argv: --child-left-over TITLE: the previous session ended cleanly but
 * left a draft: it is offered all the same; closing the offer keeps it */
static void
left_over_session (const char *title)
{
  GtkWidget *dialog = wait_for_offer (title);

  g_assert_false (gloss_draft_store_previous_session_crashed (gloss_application_get_drafts (child_app)));
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (wait_until (dialog_gone_cb, NULL));
  g_assert_cmpuint (n_drafts (), ==, 1);
}

/* argv: --child-busy: another Gloss is running with a draft of its own:
 * that is its live work, not offered here, and left alone */
static void
busy_session (void)
{
  /* activate presents any offer before this runs */
  ui_test_pump ();
  g_assert_null (find_message_dialog ());
  g_assert_cmpuint (n_drafts (), ==, 1);
}

/* the first session marker in @dir whose name starts with @prefix */
static GFile *
find_marker (GFile      *dir,
             const char *prefix)
{
  g_autofree char *path = g_file_get_path (dir);
  g_autoptr(GDir) gdir = g_dir_open (path, 0, NULL);
  const char *name;

  while (gdir != NULL && (name = g_dir_read_name (gdir)) != NULL)
    if (g_str_has_prefix (name, prefix))
      return g_file_get_child (dir, name);

  return NULL;
}

/* argv: --child-clean: started after a clean exit, offers nothing */
static void
clean_session (void)
{
  /* activate presents any offer before this runs */
  ui_test_pump ();
  g_assert_false (gloss_draft_store_previous_session_crashed (gloss_application_get_drafts (child_app)));
  g_assert_null (find_message_dialog ());
  g_assert_nonnull (active_window ());
  g_assert_null (_gloss_window_get_project (active_window ()));

  /* the session is the process's, not a window's: closing one of two
   * windows does not end it (the parent sees the marker gone after Ctrl+Q) */
  {
    g_autofree char *prefix = g_strdup_printf ("running-%d-", (int) getpid ());
    g_autoptr(GFile) marker = find_marker (gloss_draft_store_get_dir (gloss_application_get_drafts (child_app)),
                                           prefix);
    GlossWindow *second = gloss_window_new (GTK_APPLICATION (child_app));

    g_assert_nonnull (marker);
    gtk_window_present (GTK_WINDOW (second));
    ui_test_pump ();
    g_assert_cmpuint (n_windows (), ==, 2);
    gtk_window_close (GTK_WINDOW (second));
    ui_test_pump ();
    g_assert_cmpuint (n_windows (), ==, 1);
    g_assert_true (g_file_query_exists (marker, NULL));
  }
}

typedef struct
{
  char **args;
  gboolean started;
} Script;

static gboolean
run_script_cb (gpointer data)
{
  Script *script = data;
  const char *mode = script->args[1];

  if (strcmp (mode, "--child-crash") == 0)
    crash_session (script->args[2]);
  else if (strcmp (mode, "--child-restore") == 0)
    restore_session (script->args[2], script->args[3]);
  else if (strcmp (mode, "--child-discard") == 0)
    discard_session (script->args[2], script->args[3]);
  else if (strcmp (mode, "--child-clean") == 0)
    clean_session ();
  else if (strcmp (mode, "--child-restore-open") == 0)
    {
      restore_open_session (script->args[2], script->args[3]);
      return G_SOURCE_REMOVE;
    }
  else if (strcmp (mode, "--child-left-over") == 0)
    left_over_session (script->args[2]);
  else if (strcmp (mode, "--child-busy") == 0)
    busy_session ();
  else if (strcmp (mode, "--child-term") == 0)
    {
      /* runs on until the parent's SIGTERM */
      term_session ();
      return G_SOURCE_REMOVE;
    }
  else
    g_assert_not_reached ();

  /* Ctrl+Q: a clean shutdown */
  g_action_group_activate_action (G_ACTION_GROUP (child_app), "quit", NULL);

  return G_SOURCE_REMOVE;
}

static void
started_cb (GApplication *app,
            Script       *script)
{
  if (!script->started)
    g_idle_add (run_script_cb, script);
  script->started = TRUE;
}

static void
opened_cb (GApplication  *app,
           GFile        **files,
           int            n_files,
           const char    *hint,
           Script        *script)
{
  started_cb (app, script);
}

/* The session as a user starts it: `gloss` or `gloss FILE`. */
static int
child_main (int    argc,
            char **argv)
{
  Script script = { argv, FALSE };
  const char *open_path = NULL;
  char *app_argv[3] = { argv[0], NULL, NULL };
  int status;

  /* never outlive the test */
  prctl (PR_SET_PDEATHSIG, SIGKILL);

  if (strcmp (argv[1], "--child-crash") == 0 || strcmp (argv[1], "--child-term") == 0)
    {
      g_autofree char *dir = g_strdup (g_getenv ("GLOSS_SAMPLE_DIR"));

      g_assert_nonnull (dir);
      open_path = g_build_filename (dir, "sample-briefing.txt", NULL);
    }
  else if (strcmp (argv[1], "--child-discard") == 0 || strcmp (argv[1], "--child-restore-open") == 0)
    open_path = g_strdup (argv[3]);
  app_argv[1] = (char *) open_path;

  child_app = g_object_new (GLOSS_TYPE_APPLICATION,
                            "application-id", TEST_APP_ID,
                            "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                            "resource-base-path", "/io/github/glossapp/Gloss",
                            NULL);
  g_signal_connect_after (child_app, "activate", G_CALLBACK (started_cb), &script);
  g_signal_connect_after (child_app, "open", G_CALLBACK (opened_cb), &script);

  status = g_application_run (G_APPLICATION (child_app), open_path ? 2 : 1, app_argv);
  g_assert_true (script.started);

  g_clear_object (&child_app);
  g_free ((char *) open_path);

  return status;
}

/* ---- the test side: the parent process ----------------------------------- */

static char *self_exe;
static GSubprocess *xserver;
static char *private_display;

typedef struct
{
  char *root;
  char *data;
  char *drafts;
  char *project;
} Home;

static void
home_init (Home *home)
{
  home->root = test_util_make_tmp_dir ("recovery");
  home->data = g_build_filename (home->root, "data", NULL);
  home->drafts = g_build_filename (home->data, "gloss", "drafts", NULL);
  home->project = g_build_filename (home->root, "briefing.gloss", NULL);
}

static void
home_clear (Home *home)
{
  test_util_remove_tree (home->root);
  g_clear_pointer (&home->root, g_free);
  g_clear_pointer (&home->data, g_free);
  g_clear_pointer (&home->drafts, g_free);
  g_clear_pointer (&home->project, g_free);
}

static void
die_with_parent_cb (gpointer data)
{
  prctl (PR_SET_PDEATHSIG, SIGKILL);
}

static char *read_report (int         fd,
                          int         seconds,
                          const char *what);

/* The sessions present windows, which takes the X input focus: on the
 * display other window tests run on in parallel, that would steal theirs.
 * So the sessions get an X server of their own when Xvfb is there. */
static void
start_private_display (void)
{
  g_autofree char *xvfb = g_find_program_in_path ("Xvfb");
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  int fds[2];

  if (xvfb == NULL)
    {
      g_test_message ("no Xvfb: the sessions use $DISPLAY");
      return;
    }

  g_assert_true (g_unix_open_pipe (fds, FD_CLOEXEC, &error));
  g_assert_no_error (error);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                        G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_set_child_setup (launcher, die_with_parent_cb, NULL, NULL);
  g_subprocess_launcher_take_fd (launcher, fds[1], REPORT_FD);
  xserver = g_subprocess_launcher_spawn (launcher, &error, xvfb, "-displayfd", "3",
                                         "-screen", "0", "1280x1024x24",
                                         "-nolisten", "tcp", NULL);
  g_assert_no_error (error);
  g_clear_object (&launcher);

  number = read_report (fds[0], WAIT_SECONDS, "Xvfb");
  close (fds[0]);
  private_display = g_strconcat (":", number, NULL);
}

static void
stop_private_display (void)
{
  if (xserver == NULL)
    return;

  g_subprocess_send_signal (xserver, SIGTERM);
  g_subprocess_wait (xserver, NULL, NULL);
  g_clear_object (&xserver);
  g_clear_pointer (&private_display, g_free);
}

/* a session of the application in @home; @report_fd (or -1) becomes its fd 3 */
static GSubprocess *
spawn_session (Home        *home,
               int          report_fd,
               const char  *mode,
               const char  *arg1,
               const char  *arg2)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  const char *dirs[][2] = {
    { "XDG_DATA_HOME", "data" }, { "XDG_CONFIG_HOME", "config" },
    { "XDG_CACHE_HOME", "cache" }, { "XDG_STATE_HOME", "state" },
  };
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = g_build_filename (home->root, dirs[i][1], NULL);

      g_subprocess_launcher_setenv (launcher, dirs[i][0], path, TRUE);
    }
  if (private_display != NULL)
    {
      g_subprocess_launcher_setenv (launcher, "DISPLAY", private_display, TRUE);
      g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
      g_subprocess_launcher_setenv (launcher, "GDK_BACKEND", "x11", TRUE);
    }
  if (report_fd >= 0)
    g_subprocess_launcher_take_fd (launcher, report_fd, REPORT_FD);

  process = g_subprocess_launcher_spawn (launcher, &error, self_exe, mode, arg1, arg2, NULL);
  g_assert_no_error (error);

  return process;
}

static void
assert_clean_exit (GSubprocess *process,
                   const char  *what)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_subprocess_wait (process, NULL, &error));
  g_assert_no_error (error);
  if (!g_subprocess_get_if_exited (process) || g_subprocess_get_exit_status (process) != 0)
    g_error ("the %s session failed (%s %d): see its messages above", what,
             g_subprocess_get_if_exited (process) ? "exit status" : "signal",
             g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process)
                                                  : g_subprocess_get_term_sig (process));
}

typedef struct
{
  gint64  drafted_after;  /* µs from the last drafted edit to the draft on disk */
  gint64  killed_after;   /* µs from the lost edit to SIGKILL */
  char   *title;          /* the project's title in the crashed session */
} Crash;

/* reads one line from @fd, failing after @seconds or when the writer ends */
static char *
read_report (int         fd,
             int         seconds,
             const char *what)
{
  GString *line = g_string_new (NULL);
  gint64 deadline = g_get_monotonic_time () + (gint64) seconds * G_USEC_PER_SEC;

  for (;;)
    {
      struct pollfd pfd = { fd, POLLIN, 0 };
      gint64 left = deadline - g_get_monotonic_time ();
      char c;
      ssize_t n;

      if (left <= 0)
        g_error ("%s: no report within %d s", what, seconds);
      if (poll (&pfd, 1, (int) (left / 1000) + 1) <= 0)
        continue;
      n = read (fd, &c, 1);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        g_error ("%s ended before its report: see the messages above", what);
      if (c == '\n')
        break;
      g_string_append_c (line, c);
    }

  return g_string_free (line, FALSE);
}

/* runs a session that edits, waits for its draft, edits once more and is
 * killed with SIGKILL */
static void
crash_session_in (Home  *home,
                  const char *save_path,
                  Crash *crash)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autofree char *line = NULL;
  g_auto(GStrv) fields = NULL;
  g_autoptr(GError) error = NULL;
  gint64 killed;
  int fds[2];

  g_assert_true (g_unix_open_pipe (fds, FD_CLOEXEC, &error));
  g_assert_no_error (error);
  process = spawn_session (home, fds[1], "--child-crash", save_path, NULL);

  /* slow start-ups (sanitizers) plus the child's own draft wait */
  line = read_report (fds[0], 3 * WAIT_SECONDS, "the crashing session (before its draft)");
  g_assert_cmpint (kill (atoi (g_subprocess_get_identifier (process)), SIGKILL), ==, 0);
  killed = g_get_monotonic_time ();
  close (fds[0]);

  g_assert_true (g_subprocess_wait (process, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (process));
  g_assert_cmpint (g_subprocess_get_term_sig (process), ==, SIGKILL);

  fields = g_strsplit (line, "\t", 4);
  g_assert_cmpuint (g_strv_length (fields), ==, 4);
  g_assert_cmpstr (fields[0], ==, "drafted");
  crash->drafted_after = g_ascii_strtoll (fields[1], NULL, 10);
  crash->killed_after = killed - g_ascii_strtoll (fields[2], NULL, 10);
  crash->title = g_strdup (fields[3]);
  g_assert_cmpstr (crash->title, !=, "");
  g_test_message ("draft on disk %.2f s after the last edit; SIGKILL %.1f ms after the lost edit",
                  crash->drafted_after / 1e6, crash->killed_after / 1e3);
  /* otherwise the lost edit could have been drafted (default delay: 3 s) */
  g_assert_cmpint (crash->killed_after, <, 3 * G_USEC_PER_SEC);
}

/* the one draft in @home (asserted to be the only one), and its entry */
static GlossDocument *
load_only_draft (Home            *home,
                 GlossDraftInfo **info_out)
{
  g_autoptr(GFile) dir = g_file_new_for_path (home->drafts);
  g_autoptr(GlossDraftStore) store = gloss_draft_store_new (dir);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  GlossDocument *document;

  drafts = gloss_draft_store_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 1);
  document = gloss_draft_store_load (store, g_ptr_array_index (drafts, 0), &error);
  g_assert_no_error (error);
  if (info_out != NULL)
    *info_out = g_ptr_array_steal_index (drafts, 0);

  return document;
}

/* the project saved at @home's project file */
static GlossProject *
load_saved (Home *home)
{
  g_autoptr(GFile) file = g_file_new_for_path (home->project);
  g_autoptr(GError) error = NULL;
  GlossProject *project = gloss_project_file_load (file, &error);

  g_assert_no_error (error);
  return project;
}

/* after a kill: the marker says the session never ended, and exactly one
 * draft holds the drafted edits and not the lost one */
static void
assert_crash_left_draft (Home     *home,
                         gboolean  saved)
{
  g_autoptr(GFile) dir = g_file_new_for_path (home->drafts);
  g_autoptr(GFile) marker = find_marker (dir, "running-");
  g_autoptr(GlossDraftInfo) info = NULL;
  g_autoptr(GlossDocument) document = NULL;
  GlossProject *project;

  g_assert_nonnull (marker);
  document = load_only_draft (home, &info);
  g_assert_true ((info->original_file != NULL) == saved);
  project = gloss_document_get_project (document);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, saved ? 4 : 3);
  g_assert_null (claim_with_quote (project, lost_edit.quote));
}

/* the one draft is still there, whole, with @n_claims claims */
static void
assert_one_draft_with (Home  *home,
                       guint  n_claims)
{
  g_autoptr(GlossDocument) document = load_only_draft (home, NULL);

  g_assert_cmpuint (gloss_project_get_n_claims (gloss_document_get_project (document)), ==, n_claims);
}

/* the draft of the crashed session is still there, whole */
static void
assert_one_draft (Home *home)
{
  assert_one_draft_with (home, 3);
}

/* after a clean exit: no marker, no draft */
static void
assert_clean_state (Home *home)
{
  g_autoptr(GDir) dir = g_dir_open (home->drafts, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "running"))
      g_error ("a session marker is left after a clean exit: %s", name);
    else if (g_str_has_suffix (name, ".gloss") || g_str_has_suffix (name, ".draft"))
      g_error ("a draft is left after the real save or discard: %s", name);
}

static void
test_restore (void)
{
  Home home = { 0 };
  Crash crash = { 0 };
  g_autoptr(GSubprocess) relaunch = NULL;
  g_autoptr(GlossProject) project = NULL;

  home_init (&home);

  crash_session_in (&home, NULL, &crash);
  assert_crash_left_draft (&home, FALSE);

  relaunch = spawn_session (&home, -1, "--child-restore", crash.title, home.project);
  assert_clean_exit (relaunch, "restoring");
  assert_clean_state (&home);

  /* that session ended cleanly: the next one offers nothing */
  g_clear_object (&relaunch);
  relaunch = spawn_session (&home, -1, "--child-clean", NULL, NULL);
  assert_clean_exit (relaunch, "clean");
  assert_clean_state (&home);

  /* the real save holds what was restored */
  project = load_saved (&home);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 3);
  g_assert_nonnull (claim_with_quote (project, drafted_edits[1].quote));
  g_assert_cmpstr (gloss_claim_get_note (claim_with_quote (project, drafted_edits[1].quote)), ==,
                   drafted_edits[1].note);

  g_free (crash.title);
  home_clear (&home);
}

static void
test_discard (void)
{
  Home home = { 0 };
  Crash crash = { 0 };
  g_autoptr(GSubprocess) relaunch = NULL;
  g_autoptr(GlossProject) project = NULL;

  home_init (&home);

  crash_session_in (&home, home.project, &crash);
  assert_crash_left_draft (&home, TRUE);

  /* a saved project goes by its file's name, as in the window title */
  relaunch = spawn_session (&home, -1, "--child-discard", "briefing", home.project);
  assert_clean_exit (relaunch, "discarding");
  assert_clean_state (&home);

  /* the file is as it was saved before the crash */
  project = load_saved (&home);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 1);
  g_assert_nonnull (claim_with_quote (project, saved_edit.quote));

  g_free (crash.title);
  home_clear (&home);
}

/* a saved project's draft restored while the file is open: the window
 * showing it takes the draft, and the draft stays until saved or discarded */
static void
test_restore_open (void)
{
  Home home = { 0 };
  Crash crash = { 0 };
  g_autoptr(GSubprocess) relaunch = NULL;

  home_init (&home);

  crash_session_in (&home, home.project, &crash);
  assert_crash_left_draft (&home, TRUE);

  relaunch = spawn_session (&home, -1, "--child-restore-open", "briefing", home.project);
  assert_clean_exit (relaunch, "restoring into the open file");
  assert_clean_state (&home);

  g_free (crash.title);
  home_clear (&home);
}

/* a draft left by a session that ended cleanly is still the user's work */
static void
test_left_over (void)
{
  Home home = { 0 };
  Crash crash = { 0 };
  g_autoptr(GSubprocess) relaunch = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFile) marker = NULL;
  g_autoptr(GError) error = NULL;

  home_init (&home);

  crash_session_in (&home, NULL, &crash);
  dir = g_file_new_for_path (home.drafts);
  marker = find_marker (dir, "running-");
  g_assert_nonnull (marker);
  g_assert_true (g_file_delete (marker, NULL, &error));
  g_assert_no_error (error);

  relaunch = spawn_session (&home, -1, "--child-left-over", crash.title, NULL);
  assert_clean_exit (relaunch, "left-over");
  g_clear_object (&marker);
  marker = find_marker (dir, "running");
  g_assert_null (marker);
  /* the offer was closed, not answered: the next start still has it */
  assert_one_draft (&home);

  g_free (crash.title);
  home_clear (&home);
}

/* A session marker names a live Gloss (this test program, the same
 * executable; in the old single-marker form too): its draft is work in
 * progress, neither offered nor touched, even beside a crashed session's
 * marker. */
static void
test_other_instance (void)
{
  Home home = { 0 };
  Crash crash = { 0 };
  g_autoptr(GSubprocess) relaunch = NULL;
  g_autofree char *marker = NULL;
  g_autofree char *pid = g_strdup_printf ("%d\n", (int) getpid ());
  g_autoptr(GError) error = NULL;

  home_init (&home);

  crash_session_in (&home, NULL, &crash);
  marker = g_build_filename (home.drafts, "running", NULL);
  g_file_set_contents (marker, pid, -1, &error);
  g_assert_no_error (error);

  relaunch = spawn_session (&home, -1, "--child-busy", NULL, NULL);
  assert_clean_exit (relaunch, "second instance");
  assert_one_draft (&home);

  /* the marker as this version writes it: running-PID-START */
  g_assert_cmpint (g_unlink (marker), ==, 0);
  g_clear_pointer (&marker, g_free);
  {
    g_autofree char *stat = NULL;
    g_auto(GStrv) fields = NULL;
    g_autofree char *name = NULL;

    g_assert_true (g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL));
    fields = g_strsplit (strrchr (stat, ')') + 2, " ", -1);
    g_assert_cmpuint (g_strv_length (fields), >, 19);
    name = g_strdup_printf ("running-%d-%s", (int) getpid (), fields[19]);
    marker = g_build_filename (home.drafts, name, NULL);
  }
  g_file_set_contents (marker, pid, -1, &error);
  g_assert_no_error (error);

  g_clear_object (&relaunch);
  relaunch = spawn_session (&home, -1, "--child-busy", NULL, NULL);
  assert_clean_exit (relaunch, "second instance");
  assert_one_draft (&home);
  g_assert_true (g_file_test (marker, G_FILE_TEST_IS_REGULAR));

  g_free (crash.title);
  home_clear (&home);
}

static void
wait_exited_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  *(gboolean *) data = TRUE;
}

/* SIGTERM (logout, `kill`) is no crash: the session writes its last edit
 * as a draft, quits by itself, and the next start offers that draft as
 * kept, not as lost in a crash */
static void
test_sigterm (void)
{
  Home home = { 0 };
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GSubprocess) relaunch = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFile) marker = NULL;
  g_autoptr(GlossDocument) document = NULL;
  GlossProject *project;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  g_auto(GStrv) fields = NULL;
  gboolean exited = FALSE;
  gint64 termed, deadline;
  int fds[2];

  home_init (&home);

  g_assert_true (g_unix_open_pipe (fds, FD_CLOEXEC, &error));
  g_assert_no_error (error);
  process = spawn_session (&home, fds[1], "--child-term", NULL, NULL);
  line = read_report (fds[0], 3 * WAIT_SECONDS, "the session to end with SIGTERM");
  g_subprocess_send_signal (process, SIGTERM);
  termed = g_get_monotonic_time ();
  close (fds[0]);
  fields = g_strsplit (line, "\t", 3);
  g_assert_cmpuint (g_strv_length (fields), ==, 3);
  g_assert_cmpstr (fields[0], ==, "edited");
  /* before the last edit's own draft was due (3 s) */
  g_assert_cmpint (termed - g_ascii_strtoll (fields[1], NULL, 10), <, 3 * G_USEC_PER_SEC);

  /* it quits by itself, with no dialog waiting on a user */
  g_subprocess_wait_async (process, NULL, wait_exited_cb, &exited);
  deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;
  while (!exited && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  if (!exited)
    {
      g_subprocess_force_exit (process);
      g_error ("the session did not quit within %d s of SIGTERM", WAIT_SECONDS);
    }
  g_test_message ("quit %.2f s after SIGTERM", (g_get_monotonic_time () - termed) / 1e6);
  assert_clean_exit (process, "SIGTERM");

  /* its session ended cleanly, and the draft holds every edit */
  dir = g_file_new_for_path (home.drafts);
  marker = find_marker (dir, "running");
  g_assert_null (marker);
  document = load_only_draft (&home, NULL);
  project = gloss_document_get_project (document);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 4);
  g_assert_nonnull (claim_with_quote (project, lost_edit.quote));
  g_assert_cmpstr (gloss_claim_get_note (claim_with_quote (project, drafted_edits[1].quote)), ==,
                   drafted_edits[1].note);

  /* offered at the next start, not as a crash */
  relaunch = spawn_session (&home, -1, "--child-left-over", fields[2], NULL);
  assert_clean_exit (relaunch, "after SIGTERM");
  assert_one_draft_with (&home, 4);

  home_clear (&home);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  if (argc >= 2 && g_str_has_prefix (argv[1], "--child-"))
    return child_main (argc, argv);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (run under xvfb-run)\n");
      return 77;
    }

  g_test_init (&argc, &argv, NULL);

  self_exe = g_file_read_link ("/proc/self/exe", NULL);
  g_assert_nonnull (self_exe);
  start_private_display ();

  g_test_add_func ("/recovery/kill-restore-save", test_restore);
  g_test_add_func ("/recovery/kill-discard", test_discard);
  g_test_add_func ("/recovery/kill-restore-into-open-file", test_restore_open);
  g_test_add_func ("/recovery/left-over-after-clean-exit", test_left_over);
  g_test_add_func ("/recovery/other-instance-running", test_other_instance);
  g_test_add_func ("/recovery/sigterm-keeps-last-edit", test_sigterm);

  ret = g_test_run ();
  stop_private_display ();
  g_free (self_exe);

  return ret;
}
