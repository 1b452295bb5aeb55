#pragma once

#include "gloss-orphans-page.h"
#include "gloss-find-bar.h"
#include "gloss-parallel-view.h"
#include "gloss-review-marks.h"
#include "gloss-review-page.h"
#include "gloss-sidebar.h"
#include "gloss-tagging-controller.h"
#include "gloss-topic-chooser.h"
#include "gloss-transcript-view.h"
#include "gloss-window.h"

G_BEGIN_DECLS

struct _GlossWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  GlossDocument *document;
  /* the project the views show (a reload replaces the document's) */
  GlossProject *shown_project;
  GlossTaggingController *tagging;

  GtkFileChooserNative *chooser;
  GtkWidget *dialog;
  GCancellable *open_cancellable;
  gboolean close_after_save;
  gboolean saving;
  guint close_id;
  gboolean narrow;
  gboolean force_close;

  AdwWindowTitle *window_title;
  AdwToastOverlay *toast_overlay;
  GtkStack *stack;
  GtkPaned *paned;
  GlossParallelView *texts;
  GlossFindBar *find_bar;
  GtkScrolledWindow *transcript_scroller;
  GlossTranscriptView *transcript_view;
  GtkWidget *side_by_side_button;
  GlossSidebar *sidebar;
  GtkWidget *side_panel;
  AdwViewSwitcher *side_switcher;
  AdwViewStack *side_stack;
  GlossOrphansPage *orphans_page;
  GtkMenuButton *tag_button;
  GtkWidget *save_button;
  GtkWidget *history_box;
  GtkWidget *sidebar_button;
  GtkWidget *export_button;
  GtkWidget *project_widgets[5];
  GlossTopicChooser *topic_chooser;
  GtkListBox *recent_list;
  GtkWidget *recent_group;
  GtkButton *undo_button;
  GtkButton *redo_button;
  GtkWidget *sample_button;

  /* the translation review (gloss-window-original.c) */
  GCancellable *original_cancellable;
  GlossReviewPage *review_page;
  GlossReviewMarks *review_marks;
  /* gloss-window-revise.c: the revision running in a worker thread, and
   * the modal dialog that shows it */
  GCancellable *revise_cancellable;
  GtkWidget *revise_progress;
  /* gloss-teams-actions.c */
  GtkWidget *conflicts_page;
  GtkWidget *compare_page;
};

/* gloss-window.c */
void     _gloss_window_toast             (GlossWindow *self,
                                          const char  *title);
void     _gloss_window_show_error        (GlossWindow *self,
                                          const char  *heading,
                                          GError      *error);
/* @error is about @file: its message names the file as the window does
 * (_gloss_window_file_label) */
void     _gloss_window_show_file_error   (GlossWindow *self,
                                          const char  *heading,
                                          GFile       *file,
                                          GError      *error);
/* the window waits on @dialog (close, error …) until it is destroyed */
void     _gloss_window_track_dialog      (GlossWindow *self,
                                          GtkWidget   *dialog);
/* the name of @file in titles and messages: gloss_file_label () beside the
 * files open in the application's other windows */
char    *_gloss_window_file_label        (GlossWindow *self,
                                          GFile       *file);
void     _gloss_window_close_soon        (GlossWindow *self);
/* shows or hides a page of the side panel ("claims", "review", "orphans" …);
 * the page switcher shows when more than one page does */
void     _gloss_window_show_side_page    (GlossWindow *self,
                                          const char  *name,
                                          gboolean     visible);
/* opens the side panel (folded in a narrow window) on the page @name */
void     _gloss_window_present_side_page (GlossWindow *self,
                                          const char  *name);

/* gloss-window-title.c */
void     _gloss_window_update_title      (GlossWindow *self);
/* a file's label depends on the files of the other windows */
void     _gloss_window_update_other_titles (GlossWindow *self);
/* the title follows @project's transcript (and the one a revision swaps in) */
void     _gloss_window_title_follow_project (GlossWindow  *self,
                                             GlossProject *project);

/* gloss-window-actions.c */
void     _gloss_window_add_actions       (GlossWindow *self);
/* gloss-teams-actions.c: the conflicts and compare pages, win.compare-with
 * and win.stop-comparing */
void     _gloss_window_teams_init        (GlossWindow *self);
void     _gloss_window_teams_set_document (GlossWindow *self);
/* compares the project with the one in @file, on the compare page */
gboolean _gloss_window_compare_with_file (GlossWindow *self,
                                          GFile       *file,
                                          GError     **error);
/* enables the actions that need a document, and undo/redo as the history allows */
void     _gloss_window_update_actions    (GlossWindow *self);

/* gloss-window-files.c */
void     _gloss_window_run_open_chooser  (GlossWindow *self,
                                          gboolean     import);
void     _gloss_window_run_save_chooser  (GlossWindow *self);
/* saves to the document's file, after asking when it changed on disk */
void     _gloss_window_save              (GlossWindow *self);
/* asks Save / Discard / Cancel; TRUE when the window may close now */
gboolean _gloss_window_confirm_close     (GlossWindow *self);
void     _gloss_window_note_recent       (GlossWindow *self,
                                          GFile       *file);

/* gloss-window-original.c: the original text, its alignment and review */
void     _gloss_window_setup_original    (GlossWindow *self);
void     _gloss_window_add_original_actions (GlossWindow *self);
void     _gloss_window_update_original_actions (GlossWindow *self);
/* the review page shows, and checks, the project's original when it has one */
void     _gloss_window_update_review     (GlossWindow *self);
/* imports @file as the original (replacing one), aligned: one undoable step */
void     _gloss_window_add_original      (GlossWindow *self,
                                          GFile       *file);
void     _gloss_window_dispose_original  (GlossWindow *self);

/* gloss-window-review.c */
void     _gloss_window_setup_review      (GlossWindow *self);
void     _gloss_window_dispose_review    (GlossWindow *self);
/* the import table's filters: everything Gloss reads at once, then each
 * format (and with @with_projects, Gloss projects) */
void     _gloss_window_add_import_filters (GtkFileChooser *chooser,
                                           gboolean        with_projects);

/* gloss-window-revise.c */
void     _gloss_window_run_revise_chooser (GlossWindow *self);
/* imports @file as the revised text of the document's transcript and
 * re-anchors every claim in a worker thread, a modal dialog showing
 * progress (its Cancel, or closing the window, cancels); then replaces the
 * text in one undoable step and shows the summary, and calls @callback.
 * _finish: FALSE (nothing changed) when the file cannot be read or the
 * revision was cancelled. */
void     _gloss_window_revise_file_async  (GlossWindow         *self,
                                           GFile               *file,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
gboolean _gloss_window_revise_file_finish (GlossWindow         *self,
                                           GAsyncResult        *result,
                                           GError             **error);
/* TRUE while a revision runs */
gboolean _gloss_window_get_revising      (GlossWindow  *self);
void     _gloss_window_dispose_revise    (GlossWindow  *self);
/* opens @file, a project whose text was edited by hand, with its claims
 * found again (one undoable step) and the summary */
gboolean _gloss_window_reanchor_file     (GlossWindow  *self,
                                          GFile        *file,
                                          GError      **error);
/* after a QUOTE or RANGE error opening @file: offers to find the claims
 * again; FALSE (nothing shown) for other errors */
gboolean _gloss_window_offer_reanchor    (GlossWindow  *self,
                                          GFile        *file,
                                          const char   *heading,
                                          const GError *error);
void     _gloss_window_setup_revise      (GlossWindow  *self);
void     _gloss_window_revise_set_project (GlossWindow *self,
                                           GlossProject *project);
/* gloss-window-records.c: status, sources, suggestions, statistics, print */
void     _gloss_window_records_init      (GlossWindow *self);
/* after the document changed: the pages follow it */
void     _gloss_window_records_set_document (GlossWindow *self);
void     _gloss_window_install_record_accels (GtkApplication *application);

/* gloss-window-dnd.c */
void     _gloss_window_setup_drop        (GlossWindow *self);

/* for tests */
GlossProject        *_gloss_window_get_project         (GlossWindow *self);
GlossHistory        *_gloss_window_get_history         (GlossWindow *self);
gboolean             _gloss_window_load_file           (GlossWindow *self,
                                                        GFile       *file,
                                                        GError     **error);
GlossTranscriptView *_gloss_window_get_transcript_view (GlossWindow *self);
GlossSidebar        *_gloss_window_get_sidebar         (GlossWindow *self);
GlossFindBar        *_gloss_window_get_find_bar        (GlossWindow *self);
GlossTopicChooser   *_gloss_window_get_topic_chooser   (GlossWindow *self);
GlossReviewPage     *_gloss_window_get_review_page     (GlossWindow *self);
GlossReviewMarks    *_gloss_window_get_review_marks    (GlossWindow *self);
GlossParallelView   *_gloss_window_get_texts           (GlossWindow *self);
/* the message dialog the window is waiting on (close, error …), or NULL */
GtkWidget           *_gloss_window_get_dialog          (GlossWindow *self);

G_END_DECLS
