#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "gloss-document.h"

/* Everything a user can see of a project, as text, so two states compare
 * exactly (modification stamps included). */
static char *
snapshot (GlossProject *project)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < gloss_project_get_n_topics (project); i++)
    {
      GlossTopic *topic = gloss_project_get_topic (project, i);
      g_autofree char *keywords = g_strjoinv (",", (char **) gloss_topic_get_keywords (topic));

      g_string_append_printf (s, "topic %s name=%s color=%s key=%s keywords=%s\n",
                              gloss_topic_get_id (topic), gloss_topic_get_name (topic),
                              gloss_topic_get_color (topic), gloss_topic_get_key (topic), keywords);
    }

  for (guint i = 0; i < gloss_project_get_n_claims (project); i++)
    {
      GlossClaim *claim = gloss_project_get_claim (project, i);
      g_autofree char *topics = g_strjoinv (",", (char **) gloss_claim_get_topics (claim));
      g_autofree char *modified = g_date_time_format_iso8601 (gloss_claim_get_modified (claim));

      GPtrArray *sources = gloss_claim_get_sources (claim);

      g_string_append_printf (s, "claim %s %s [%u,%u)%s “%s|%s|%s” topics=%s note=%s status=%s modified=%s\n",
                              gloss_claim_get_id (claim),
                              gloss_text_role_to_string (gloss_claim_get_text_role (claim)),
                              gloss_claim_get_start (claim), gloss_claim_get_end (claim),
                              gloss_claim_get_orphaned (claim) ? " orphan" : "",
                              gloss_claim_get_prefix (claim), gloss_claim_get_quote (claim),
                              gloss_claim_get_suffix (claim), topics, gloss_claim_get_note (claim),
                              gloss_claim_status_to_string (gloss_claim_get_status (claim)),
                              modified);
      for (guint j = 0; j < sources->len; j++)
        {
          GlossSource *source = g_ptr_array_index (sources, j);

          g_string_append_printf (s, "  source %s|%s|%s\n", gloss_source_get_url (source),
                                  gloss_source_get_title (source), gloss_source_get_accessed (source));
        }
    }

  if (gloss_project_get_original (project) != NULL)
    g_string_append_printf (s, "original %s\n",
                            gloss_transcript_get_text (gloss_project_get_original (project)));
  if (gloss_project_get_alignment (project) != NULL)
    g_string_append_printf (s, "alignment of %u pairs\n",
                            gloss_alignment_get_n_turn_pairs (gloss_project_get_alignment (project)));

  return g_string_free (s, FALSE);
}

typedef struct
{
  GlossTranscript *transcript;
  GlossProject *project;
  GlossDocument *document;
  GlossHistory *history;
} Fixture;

static GlossClaim *
add_old_claim (GlossProject *project,
               const char   *id,
               guint         start,
               guint         end,
               const char   *topics)
{
  g_autoptr(GDateTime) old = g_date_time_new_utc (2021, 7, 16, 10, 0, 0);
  g_auto(GStrv) topic_ids = g_strsplit (topics, ",", -1);
  g_autofree char *quote = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  g_autoptr(GlossClaim) claim = NULL;

  gloss_claim_context_from_text (gloss_project_get_transcript (project), start, end,
                                 &quote, &prefix, &suffix);
  claim = gloss_claim_new_full (id, start, end, quote, prefix, suffix,
                                (const char * const *) topic_ids, "", "", old, old);

  gloss_project_add_claim (project, claim);

  return claim;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->transcript = gloss_transcript_new ("Officials said 961,000 5G base stations were built; "
                                              "1.4 billion vaccine doses were given; green factories grew.", -1);
  fixture->project = gloss_project_new (fixture->transcript);
  add_old_claim (fixture->project, "c-5g", 15, 39, "5g");
  add_old_claim (fixture->project, "c-both", 15, 70, "5g,vaccines");
  add_old_claim (fixture->project, "c-vacc", 52, 70, "vaccines");
  add_old_claim (fixture->project, "c-rev", 60, 90, "vaccines,5g");
  add_old_claim (fixture->project, "c-green", 91, 107, "green-manufacturing");
  fixture->document = gloss_document_new (fixture->project, NULL);
  fixture->history = g_object_ref (gloss_document_get_history (fixture->document));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->document);
  g_assert_finalize_object (fixture->history);
  g_assert_finalize_object (fixture->project);
  g_assert_finalize_object (fixture->transcript);
}

static GlossClaim *
claim (Fixture    *fixture,
       const char *id)
{
  GlossClaim *found = gloss_project_lookup_claim (fixture->project, id);

  g_assert_nonnull (found);

  return found;
}

static GlossTopic *
topic (Fixture    *fixture,
       const char *id)
{
  GlossTopic *found = gloss_project_lookup_topic (fixture->project, id);

  g_assert_nonnull (found);

  return found;
}

typedef void (*EditFunc) (Fixture *fixture);

/* Does @edit, then checks undo gives back the exact state, redo the edited
 * one, and again. */
static void
check_round_trip (Fixture    *fixture,
                  EditFunc    edit,
                  const char *label)
{
  g_autofree char *before = snapshot (fixture->project);
  g_autofree char *after = NULL;
  g_autofree char *state = NULL;

  g_assert_false (gloss_history_can_undo (fixture->history));
  edit (fixture);
  after = snapshot (fixture->project);
  g_assert_cmpstr (after, !=, before);
  g_assert_true (gloss_history_can_undo (fixture->history));
  g_assert_false (gloss_history_can_redo (fixture->history));
  g_assert_cmpstr (gloss_history_get_undo_label (fixture->history), ==, label);
  g_assert_null (gloss_history_get_redo_label (fixture->history));
  g_assert_true (gloss_document_get_modified (fixture->document));

  for (guint round = 0; round < 2; round++)
    {
      g_assert_true (gloss_history_undo (fixture->history));
      state = snapshot (fixture->project);
      g_assert_cmpstr (state, ==, before);
      g_clear_pointer (&state, g_free);
      g_assert_false (gloss_history_can_undo (fixture->history));
      g_assert_true (gloss_history_can_redo (fixture->history));
      g_assert_null (gloss_history_get_undo_label (fixture->history));
      g_assert_cmpstr (gloss_history_get_redo_label (fixture->history), ==, label);
      g_assert_false (gloss_document_get_modified (fixture->document));
      g_assert_false (gloss_history_undo (fixture->history));

      g_assert_true (gloss_history_redo (fixture->history));
      state = snapshot (fixture->project);
      g_assert_cmpstr (state, ==, after);
      g_clear_pointer (&state, g_free);
      g_assert_true (gloss_document_get_modified (fixture->document));
      g_assert_false (gloss_history_redo (fixture->history));
    }
}

static void
edit_add_claim (Fixture *fixture)
{
  g_autoptr(GlossClaim) added = NULL;
  const char *topics[] = { "green-manufacturing", NULL };

  added = gloss_claim_new (fixture->transcript, 91, 106, topics, NULL, NULL);
  gloss_history_add_claim (fixture->history, added);
  g_assert_cmpint (gloss_project_get_claim_position (fixture->project, added), ==, 4);
}

static void
edit_remove_claim (Fixture *fixture)
{
  gloss_history_remove_claim (fixture->history, claim (fixture, "c-vacc"));
  g_assert_null (gloss_project_lookup_claim (fixture->project, "c-vacc"));
}

static void
edit_set_topics (Fixture *fixture)
{
  const char *topics[] = { "green-manufacturing", "5g", NULL };

  gloss_history_set_claim_topics (fixture->history, claim (fixture, "c-both"), topics);
  /* unchanged: not recorded */
  gloss_history_set_claim_topics (fixture->history, claim (fixture, "c-both"), topics);
}

static void
edit_set_note (Fixture *fixture)
{
  gloss_history_set_claim_note (fixture->history, claim (fixture, "c-5g"), "MIIT figure, check");
  gloss_history_set_claim_note (fixture->history, claim (fixture, "c-5g"), "MIIT figure, check");
}

static void
edit_set_status (Fixture *fixture)
{
  gloss_history_set_claim_status (fixture->history, claim (fixture, "c-5g"), GLOSS_CLAIM_STATUS_DISPUTED);
  gloss_history_set_claim_status (fixture->history, claim (fixture, "c-5g"), GLOSS_CLAIM_STATUS_DISPUTED);
  g_assert_cmpint (gloss_claim_get_status (claim (fixture, "c-5g")), ==, GLOSS_CLAIM_STATUS_DISPUTED);
}

static void
edit_set_sources (Fixture *fixture)
{
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify) gloss_source_unref);
  GPtrArray *kept;

  g_ptr_array_add (sources, gloss_source_new ("https://www.miit.gov.cn/", "MIIT statistics", "2021-07-20"));
  g_ptr_array_add (sources, gloss_source_new ("Annual report 2020, p. 12", NULL, NULL));
  gloss_history_set_claim_sources (fixture->history, claim (fixture, "c-vacc"), sources);
  gloss_history_set_claim_sources (fixture->history, claim (fixture, "c-vacc"), sources);
  /* the claim holds its own list: changing the caller's does nothing */
  kept = gloss_claim_get_sources (claim (fixture, "c-vacc"));
  g_ptr_array_set_size (sources, 0);
  g_assert_cmpuint (kept->len, ==, 2);
}

static void
edit_add_topic (Fixture *fixture)
{
  g_autoptr(GlossTopic) economy = gloss_topic_new ("economy", "Economy", "#e5a50a");

  gloss_history_add_topic (fixture->history, economy, 1);
  g_assert_cmpstr (gloss_topic_get_key (economy), ==, "2");
}

static void
edit_rename_topic (Fixture *fixture)
{
  gloss_history_rename_topic (fixture->history, topic (fixture, "vaccines"), "Vaccination");
  gloss_history_rename_topic (fixture->history, topic (fixture, "vaccines"), "Vaccination");
}

static void
edit_recolor_topic (Fixture *fixture)
{
  gloss_history_recolor_topic (fixture->history, topic (fixture, "vaccines"), "#c01c28");
}

static void
edit_set_keywords (Fixture *fixture)
{
  const char *keywords[] = { "jab", NULL };

  gloss_history_set_topic_keywords (fixture->history, topic (fixture, "vaccines"), keywords);
}

static void
edit_move_topic (Fixture *fixture)
{
  gloss_history_move_topic (fixture->history, topic (fixture, "green-manufacturing"), 0);
  gloss_history_move_topic (fixture->history, topic (fixture, "green-manufacturing"), 0);
  g_assert_cmpstr (gloss_topic_get_key (topic (fixture, "green-manufacturing")), ==, "1");
}

static void
test_history_add_claim (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, edit_add_claim, "Add claim");
}

static void
test_history_remove_claim (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, edit_remove_claim, "Delete claim");
}

static void
test_history_set_topics (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, edit_set_topics, "Change topics");
}

static void
test_history_set_note (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, edit_set_note, "Edit note");
}

static void
test_history_set_status (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, edit_set_status, "Set status");
}

static void
test_history_set_sources (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, edit_set_sources, "Edit sources");
}

static void
test_history_add_topic (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, edit_add_topic, "Add topic");
}

static void
test_history_rename_topic (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, edit_rename_topic, "Rename topic");
}

static void
test_history_recolor_topic (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, edit_recolor_topic, "Change topic colour");
}

static void
test_history_set_keywords (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, edit_set_keywords, "Change keywords");
}

static void
test_history_move_topic (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, edit_move_topic, "Move topic");
}

static void
edit_remove_untag (Fixture *fixture)
{
  gloss_history_remove_topic (fixture->history, topic (fixture, "5g"), GLOSS_TOPIC_REMOVAL_UNTAG, NULL);
}

static void
edit_remove_reassign (Fixture *fixture)
{
  gloss_history_remove_topic (fixture->history, topic (fixture, "5g"), GLOSS_TOPIC_REMOVAL_REASSIGN,
                              topic (fixture, "vaccines"));
}

static void
edit_remove_delete (Fixture *fixture)
{
  gloss_history_remove_topic (fixture->history, topic (fixture, "5g"), GLOSS_TOPIC_REMOVAL_DELETE_CLAIMS, NULL);
}

static const char *
topics_of (Fixture    *fixture,
           const char *id)
{
  static char buffer[256];
  g_autofree char *joined = g_strjoinv (",", (char **) gloss_claim_get_topics (claim (fixture, id)));

  g_strlcpy (buffer, joined, sizeof buffer);

  return buffer;
}

static void
test_history_remove_topic_untag (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, edit_remove_untag, "Delete topic");

  /* the claim tagged only 5G is gone; the others lost the tag */
  g_assert_null (gloss_project_lookup_topic (fixture->project, "5g"));
  g_assert_null (gloss_project_lookup_claim (fixture->project, "c-5g"));
  g_assert_cmpstr (topics_of (fixture, "c-both"), ==, "vaccines");
  g_assert_cmpstr (topics_of (fixture, "c-rev"), ==, "vaccines");
  g_assert_cmpstr (topics_of (fixture, "c-vacc"), ==, "vaccines");
  g_assert_cmpstr (topics_of (fixture, "c-green"), ==, "green-manufacturing");
  g_assert_cmpstr (gloss_topic_get_key (topic (fixture, "vaccines")), ==, "1");
  g_assert_cmpuint (gloss_project_get_n_claims (fixture->project), ==, 4);
}

static void
test_history_remove_topic_reassign (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, edit_remove_reassign, "Delete topic");

  /* the replacement takes the removed topic's place, never twice */
  g_assert_null (gloss_project_lookup_topic (fixture->project, "5g"));
  g_assert_cmpstr (topics_of (fixture, "c-5g"), ==, "vaccines");
  g_assert_cmpstr (topics_of (fixture, "c-both"), ==, "vaccines");
  g_assert_cmpstr (topics_of (fixture, "c-rev"), ==, "vaccines");
  g_assert_cmpstr (topics_of (fixture, "c-green"), ==, "green-manufacturing");
  g_assert_cmpuint (gloss_project_get_n_claims (fixture->project), ==, 5);
}

static void
test_history_remove_topic_reassign_order (Fixture *fixture, gconstpointer data)
{
  g_autofree char *before = snapshot (fixture->project);
  g_autofree char *after = NULL;

  gloss_history_remove_topic (fixture->history, topic (fixture, "vaccines"), GLOSS_TOPIC_REMOVAL_REASSIGN,
                              topic (fixture, "green-manufacturing"));
  g_assert_cmpstr (topics_of (fixture, "c-both"), ==, "5g,green-manufacturing");
  g_assert_cmpstr (topics_of (fixture, "c-rev"), ==, "green-manufacturing,5g");
  g_assert_cmpstr (topics_of (fixture, "c-vacc"), ==, "green-manufacturing");
  g_assert_cmpstr (gloss_topic_get_key (topic (fixture, "green-manufacturing")), ==, "2");

  gloss_history_undo (fixture->history);
  after = snapshot (fixture->project);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (gloss_project_get_topic_position (fixture->project, topic (fixture, "vaccines")), ==, 1);
}

static void
test_history_remove_topic_delete (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, edit_remove_delete, "Delete topic");

  g_assert_null (gloss_project_lookup_topic (fixture->project, "5g"));
  g_assert_cmpuint (gloss_project_get_n_claims (fixture->project), ==, 2);
  g_assert_nonnull (gloss_project_lookup_claim (fixture->project, "c-vacc"));
  g_assert_nonnull (gloss_project_lookup_claim (fixture->project, "c-green"));
}

static void
test_history_new_command_clears_redo (Fixture *fixture, gconstpointer data)
{
  g_autofree char *state = NULL;

  gloss_history_rename_topic (fixture->history, topic (fixture, "5g"), "Five G");
  gloss_history_rename_topic (fixture->history, topic (fixture, "5g"), "5G networks");
  g_assert_true (gloss_history_undo (fixture->history));
  g_assert_cmpstr (gloss_topic_get_name (topic (fixture, "5g")), ==, "Five G");
  g_assert_true (gloss_history_can_redo (fixture->history));

  gloss_history_set_claim_note (fixture->history, claim (fixture, "c-5g"), "new");
  g_assert_false (gloss_history_can_redo (fixture->history));
  g_assert_false (gloss_history_redo (fixture->history));
  g_assert_cmpstr (gloss_history_get_undo_label (fixture->history), ==, "Edit note");

  /* the rest of the history is still there */
  g_assert_true (gloss_history_undo (fixture->history));
  g_assert_true (gloss_history_undo (fixture->history));
  g_assert_cmpstr (gloss_topic_get_name (topic (fixture, "5g")), ==, "5G");
  g_assert_cmpstr (gloss_claim_get_note (claim (fixture, "c-5g")), ==, "");
  g_assert_false (gloss_history_can_undo (fixture->history));
}

static void
test_history_group (Fixture *fixture, gconstpointer data)
{
  g_autofree char *before = snapshot (fixture->project);
  g_autofree char *after = NULL;
  g_autofree char *state = NULL;
  g_autoptr(GlossClaim) added = NULL;
  const char *topics[] = { "vaccines", NULL };

  added = gloss_claim_new (fixture->transcript, 0, 9, topics, NULL, NULL);

  gloss_history_begin_group (fixture->history, "Tag claim");
  gloss_history_add_claim (fixture->history, added);
  gloss_history_set_claim_note (fixture->history, added, "opening line");
  /* nested: still one step, under the outer label */
  gloss_history_begin_group (fixture->history, "Inner");
  gloss_history_remove_claim (fixture->history, claim (fixture, "c-green"));
  gloss_history_recolor_topic (fixture->history, topic (fixture, "5g"), "#000000");
  gloss_history_end_group (fixture->history);
  /* undo is not offered as the group's until it is closed */
  g_assert_cmpstr (gloss_history_get_undo_label (fixture->history), !=, "Tag claim");
  gloss_history_end_group (fixture->history);

  after = snapshot (fixture->project);
  g_assert_cmpstr (gloss_history_get_undo_label (fixture->history), ==, "Tag claim");
  g_assert_true (gloss_document_get_modified (fixture->document));

  g_assert_true (gloss_history_undo (fixture->history));
  state = snapshot (fixture->project);
  g_assert_cmpstr (state, ==, before);
  g_clear_pointer (&state, g_free);
  g_assert_false (gloss_history_can_undo (fixture->history));
  g_assert_cmpstr (gloss_history_get_redo_label (fixture->history), ==, "Tag claim");
  g_assert_false (gloss_document_get_modified (fixture->document));

  g_assert_true (gloss_history_redo (fixture->history));
  state = snapshot (fixture->project);
  g_assert_cmpstr (state, ==, after);
}

static void
test_history_group_empty (Fixture *fixture, gconstpointer data)
{
  gloss_history_begin_group (fixture->history, "Nothing");
  gloss_history_rename_topic (fixture->history, topic (fixture, "5g"), "5G");
  gloss_history_end_group (fixture->history);
  g_assert_false (gloss_history_can_undo (fixture->history));
  g_assert_false (gloss_document_get_modified (fixture->document));

  /* unlabelled: named after its first command */
  gloss_history_begin_group (fixture->history, NULL);
  gloss_history_rename_topic (fixture->history, topic (fixture, "5g"), "Five G");
  gloss_history_move_topic (fixture->history, topic (fixture, "5g"), 2);
  gloss_history_end_group (fixture->history);
  g_assert_cmpstr (gloss_history_get_undo_label (fixture->history), ==, "Rename topic");
}

static void
test_history_undo_in_group (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GlossTranscript) transcript = gloss_transcript_new ("text", -1);
      g_autoptr(GlossProject) project = gloss_project_new (transcript);
      g_autoptr(GlossHistory) history = gloss_history_new (project);

      gloss_history_rename_topic (history, gloss_project_get_topic (project, 0), "x");
      gloss_history_begin_group (history, "open");
      gloss_history_undo (history);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*group_depth == 0*");
}

/* a real save, the way a document reaches its saved point */
static void
save (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileIOStream) stream = NULL;
  g_autoptr(GFile) file = g_file_new_tmp ("gloss-history-XXXXXX.gloss", &stream, &error);

  g_assert_no_error (error);
  g_assert_true (gloss_document_save (fixture->document, file, &error));
  g_assert_no_error (error);
  g_file_delete (file, NULL, NULL);
}

static void
test_history_saved_point (Fixture       *fixture,
                          gconstpointer  data)
{
  GlossHistory *history = fixture->history;
  GlossTopic *t = topic (fixture, "5g");
  guint64 start = gloss_history_get_state (history);

  g_assert_false (gloss_document_get_modified (fixture->document));

  gloss_history_rename_topic (history, t, "A");
  gloss_history_rename_topic (history, t, "B");
  g_assert_cmpuint (gloss_history_get_state (history), !=, start);
  g_assert_true (gloss_document_get_modified (fixture->document));
  save (fixture);
  g_assert_false (gloss_document_get_modified (fixture->document));

  /* away from the saved point and back, both ways */
  gloss_history_undo (history);
  g_assert_true (gloss_document_get_modified (fixture->document));
  gloss_history_undo (history);
  g_assert_cmpuint (gloss_history_get_state (history), ==, start);
  g_assert_true (gloss_document_get_modified (fixture->document));
  gloss_history_redo (history);
  g_assert_true (gloss_document_get_modified (fixture->document));
  gloss_history_redo (history);
  g_assert_false (gloss_document_get_modified (fixture->document));

  gloss_history_rename_topic (history, t, "C");
  g_assert_true (gloss_document_get_modified (fixture->document));
  gloss_history_undo (history);
  g_assert_false (gloss_document_get_modified (fixture->document));

  /* saved on a branch that is then discarded: never unmodified again */
  gloss_history_redo (history);
  save (fixture);
  gloss_history_undo (history);
  gloss_history_rename_topic (history, t, "D");
  g_assert_true (gloss_document_get_modified (fixture->document));
  gloss_history_undo (history);
  g_assert_true (gloss_document_get_modified (fixture->document));
  gloss_history_undo (history);
  gloss_history_undo (history);
  g_assert_false (gloss_history_can_undo (history));
  g_assert_true (gloss_document_get_modified (fixture->document));

  /* clearing gives a state of its own, which no save reached */
  start = gloss_history_get_state (history);
  gloss_history_clear (history);
  g_assert_cmpuint (gloss_history_get_state (history), !=, start);
  g_assert_true (gloss_document_get_modified (fixture->document));
  g_assert_false (gloss_history_can_undo (history));
  g_assert_false (gloss_history_can_redo (history));
  save (fixture);
  gloss_history_rename_topic (history, t, "E");
  gloss_history_undo (history);
  g_assert_false (gloss_document_get_modified (fixture->document));
}

static void
test_history_saved_at_start (void)
{
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new ("text", -1);
  g_autoptr(GlossProject) project = gloss_project_new (transcript);
  g_autoptr(GlossDocument) document = gloss_document_new (project, NULL);
  GlossHistory *history = gloss_document_get_history (document);

  /* a project that was never saved stays modified even when all is undone */
  gloss_document_set_unsaved (document);
  gloss_history_rename_topic (history, gloss_project_get_topic (project, 0), "x");
  gloss_history_undo (history);
  g_assert_true (gloss_document_get_modified (document));
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           GString    *log)
{
  g_string_append_printf (log, "%s;", pspec->name);
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* notifications are batched, so their order is not part of the contract */
static void
check_notified (GString    *log,
                const char *expected)
{
  g_auto(GStrv) names = g_strsplit (log->str, ";", -1);
  g_autofree char *sorted = NULL;

  qsort (names, g_strv_length (names), sizeof (char *), compare_strings);
  sorted = g_strjoinv (";", names);
  g_assert_cmpstr (sorted, ==, expected);
  g_string_truncate (log, 0);
}

static void
test_history_notify (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GString) log = g_string_new (NULL);
  gboolean can_undo;
  g_autofree char *label = NULL;

  g_signal_connect (fixture->history, "notify", G_CALLBACK (notify_cb), log);

  gloss_history_rename_topic (fixture->history, topic (fixture, "5g"), "A");
  check_notified (log, ";can-undo;state;undo-label");

  gloss_history_rename_topic (fixture->history, topic (fixture, "5g"), "B");
  check_notified (log, ";state");

  gloss_history_set_claim_note (fixture->history, claim (fixture, "c-5g"), "n");
  check_notified (log, ";state;undo-label");

  gloss_history_undo (fixture->history);
  check_notified (log, ";can-redo;redo-label;state;undo-label");

  g_object_get (fixture->history, "can-undo", &can_undo, "undo-label", &label, NULL);
  g_assert_true (can_undo);
  g_assert_cmpstr (label, ==, "Rename topic");
  g_assert_true (gloss_history_get_project (fixture->history) == fixture->project);
}

static void
test_history_many (Fixture *fixture, gconstpointer data)
{
  g_autofree char *before = snapshot (fixture->project);
  g_autofree char *after = NULL;
  g_autofree char *state = NULL;
  guint n = 2000;

  /* no limit */
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *note = g_strdup_printf ("note %u", i);

      gloss_history_set_claim_note (fixture->history, claim (fixture, "c-both"), note);
    }
  after = snapshot (fixture->project);

  for (guint i = 0; i < n; i++)
    g_assert_true (gloss_history_undo (fixture->history));
  state = snapshot (fixture->project);
  g_assert_cmpstr (state, ==, before);
  g_clear_pointer (&state, g_free);

  for (guint i = 0; i < n; i++)
    g_assert_true (gloss_history_redo (fixture->history));
  state = snapshot (fixture->project);
  g_assert_cmpstr (state, ==, after);
}

static void
edit_move_claim (Fixture *fixture)
{
  GlossClaim *moved = claim (fixture, "c-5g");

  /* it now sorts after c-vacc, which starts there too but ends sooner */
  gloss_history_move_claim (fixture->history, moved, 52, 76, FALSE);
  g_assert_cmpstr (gloss_claim_get_quote (moved), ==, "1.4 billion vaccine dose");
  g_assert_cmpint (gloss_project_get_claim_position (fixture->project, moved), ==, 2);
  g_assert_false (gloss_claim_get_orphaned (moved));
  /* the same span again: nothing recorded */
  gloss_history_move_claim (fixture->history, moved, 52, 76, FALSE);
}

static void
test_history_move_claim (Fixture       *fixture,
                         gconstpointer  data)
{
  check_round_trip (fixture, edit_move_claim, "Move claim");
}

static void
edit_detach_claim (Fixture *fixture)
{
  GlossClaim *detached = claim (fixture, "c-vacc");
  g_autofree char *quote = g_strdup (gloss_claim_get_quote (detached));
  g_autoptr(GPtrArray) at = NULL;

  gloss_history_move_claim (fixture->history, detached, 52, 70, TRUE);
  /* an orphan keeps its words and is found at no offset */
  g_assert_true (gloss_claim_get_orphaned (detached));
  g_assert_cmpstr (gloss_claim_get_quote (detached), ==, quote);
  at = gloss_project_get_claims_at (fixture->project, GLOSS_TEXT_TRANSCRIPT, 53);
  g_assert_false (g_ptr_array_find (at, detached, NULL));
}

static void
test_history_detach_claim (Fixture       *fixture,
                           gconstpointer  data)
{
  check_round_trip (fixture, edit_detach_claim, "Detach claim");
}

static void
edit_set_original (Fixture *fixture)
{
  g_autoptr(GlossTranscript) first = gloss_transcript_new ("官员说建成5G基站96.1万个。", -1);
  g_autoptr(GlossTranscript) second = gloss_transcript_new ("官员说建成5G基站96.2万个。", -1);
  g_autoptr(GlossAlignment) alignment = gloss_alignment_new ();
  g_autoptr(GlossClaim) on_original = gloss_claim_new (first, 5, 15, NULL, "原文", NULL);
  const guint zero[] = { 0 };

  gloss_history_begin_group (fixture->history, "Add original text");
  gloss_history_set_original (fixture->history, first, NULL);
  gloss_claim_set_text_role (on_original, GLOSS_TEXT_ORIGINAL);
  gloss_history_add_claim (fixture->history, on_original);
  gloss_history_end_group (fixture->history);
  g_assert_true (gloss_project_get_text (fixture->project, GLOSS_TEXT_ORIGINAL) == first);
  /* the original's claims follow the transcript's */
  g_assert_cmpint (gloss_project_get_claim_position (fixture->project, on_original), ==, 5);

  /* replacing it takes its claims along, in one step */
  gloss_alignment_add_turn_pair (alignment, zero, 1, zero, 1);
  gloss_history_set_original (fixture->history, second, alignment);
  g_assert_cmpstr (gloss_history_get_undo_label (fixture->history), ==, "Replace original text");
  g_assert_null (gloss_project_lookup_claim (fixture->project, gloss_claim_get_id (on_original)));
  g_assert_true (gloss_project_get_alignment (fixture->project) == alignment);

  gloss_history_undo (fixture->history);
  g_assert_true (gloss_project_get_original (fixture->project) == first);
  g_assert_nonnull (gloss_project_lookup_claim (fixture->project, gloss_claim_get_id (on_original)));
  g_assert_null (gloss_project_get_alignment (fixture->project));
  gloss_history_redo (fixture->history);
}

static void
test_history_set_original (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *before = snapshot (fixture->project);
  g_autofree char *after = NULL;

  edit_set_original (fixture);
  after = snapshot (fixture->project);
  g_assert_true (g_str_has_suffix (after, "original 官员说建成5G基站96.2万个。\nalignment of 1 pairs\n"));

  /* removing it is one more step; undoing everything gives the start back */
  gloss_history_set_original (fixture->history, NULL, NULL);
  g_assert_cmpstr (gloss_history_get_undo_label (fixture->history), ==, "Remove original text");
  g_assert_null (gloss_project_get_original (fixture->project));
  while (gloss_history_undo (fixture->history))
    ;
  {
    g_autofree char *state = snapshot (fixture->project);

    g_assert_cmpstr (state, ==, before);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/history/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("add-claim", test_history_add_claim);
  ADD ("remove-claim", test_history_remove_claim);
  ADD ("set-topics", test_history_set_topics);
  ADD ("set-note", test_history_set_note);
  ADD ("set-status", test_history_set_status);
  ADD ("set-sources", test_history_set_sources);
  ADD ("add-topic", test_history_add_topic);
  ADD ("rename-topic", test_history_rename_topic);
  ADD ("recolor-topic", test_history_recolor_topic);
  ADD ("set-keywords", test_history_set_keywords);
  ADD ("move-topic", test_history_move_topic);
  ADD ("move-claim", test_history_move_claim);
  ADD ("detach-claim", test_history_detach_claim);
  ADD ("set-original", test_history_set_original);
  ADD ("remove-topic/untag", test_history_remove_topic_untag);
  ADD ("remove-topic/reassign", test_history_remove_topic_reassign);
  ADD ("remove-topic/reassign-order", test_history_remove_topic_reassign_order);
  ADD ("remove-topic/delete-claims", test_history_remove_topic_delete);
  ADD ("new-command-clears-redo", test_history_new_command_clears_redo);
  ADD ("group", test_history_group);
  ADD ("group-empty", test_history_group_empty);
  ADD ("saved-point", test_history_saved_point);
  ADD ("notify", test_history_notify);
  ADD ("unlimited", test_history_many);
  g_test_add_func ("/history/saved-at-start", test_history_saved_at_start);
  g_test_add_func ("/history/undo-in-group", test_history_undo_in_group);

#undef ADD

  return g_test_run ();
}
