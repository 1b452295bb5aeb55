/* The transcript's properties as undoable edits: title, date, place,
 * language and participants (GlossHistory), what they do to the document,
 * its drafts and file, and what the exporters make of them. */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "gloss-document.h"
#include "gloss-drafts.h"
#include "gloss-export-format.h"
#include "gloss-project-file.h"
#include "test-util.h"

static char *tmpdir;

/* a briefing with a header naming its participants, then turns */
static const char briefing[] =
  "Press conference on industry, 16 July 2021\n"
  "Shou Xiaoli:\n"
  "Good morning. 961,000 5G base stations have been built.\n"
  "CCTV:\n"
  "How many vaccine doses were given?\n"
  "寿小丽:\n"
  "共接种疫苗14亿剂次。\n";

/* Everything the Properties dialog shows, and what a claim is, as text, so
 * two states compare exactly. */
static char *
snapshot (GlossProject *project)
{
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  GString *s = g_string_new (NULL);

  for (guint field = 0; field <= GLOSS_TRANSCRIPT_FIELD_LAST; field++)
    {
      const char *value = gloss_transcript_get_field (transcript, field);

      g_string_append_printf (s, "field %u %s\n", field, value ? value : "(null)");
    }
  for (guint i = 0; i < gloss_transcript_get_n_participants (transcript); i++)
    {
      const GlossParticipant *participant = gloss_transcript_get_participant (transcript, i);

      g_string_append_printf (s, "participant %u %s / %s\n", i, participant->name,
                              participant->role ? participant->role : "(null)");
    }
  for (guint i = 0; i < gloss_project_get_n_claims (project); i++)
    {
      GlossClaim *claim = gloss_project_get_claim (project, i);

      g_string_append_printf (s, "claim %s [%u,%u)\n", gloss_claim_get_id (claim),
                              gloss_claim_get_start (claim), gloss_claim_get_end (claim));
    }

  return g_string_free (s, FALSE);
}

typedef struct
{
  GlossTranscript *transcript;
  GlossProject *project;
  GlossDocument *document;
  GlossHistory *history;
  guint changes;
} Fixture;

static guint
end_of (GlossTranscript *transcript,
        const char      *needle)
{
  return test_util_offset_of (transcript, needle) + g_utf8_strlen (needle, -1);
}

static void
count_change_cb (GlossProject *project,
                 Fixture      *fixture)
{
  fixture->changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GlossTranscript *t = gloss_transcript_new (briefing, -1);
  const char *topics[] = { "5g", NULL };
  g_autoptr(GlossClaim) claim = NULL;
  guint question;

  fixture->transcript = t;
  gloss_transcript_set_title (t, "Press conference on industry");
  gloss_transcript_set_date (t, "2021-07-16");
  gloss_transcript_set_language (t, "en");
  gloss_transcript_add_participant (t, "Shou Xiaoli", "Spokesperson");
  gloss_transcript_add_participant (t, "Tian Yulong", NULL);
  gloss_transcript_add_participant (t, "寿小丽", "新闻发言人");
  gloss_transcript_add_turn (t, GLOSS_TURN_HEADER, 0, end_of (t, "2021\n"), NULL, NULL, -1);
  gloss_transcript_add_turn (t, GLOSS_TURN_REMARKS, test_util_offset_of (t, "Good morning"),
                             end_of (t, "built.\n"), "Shou Xiaoli", NULL, -1);
  question = gloss_transcript_add_turn (t, GLOSS_TURN_QUESTION, test_util_offset_of (t, "How many"),
                                        end_of (t, "given?\n"), NULL, "CCTV", -1);
  gloss_transcript_add_turn (t, GLOSS_TURN_ANSWER, test_util_offset_of (t, "共接种"),
                             end_of (t, "剂次。\n"), "寿小丽", NULL, (int) question);

  fixture->project = gloss_project_new (t);
  claim = gloss_claim_new (t, test_util_offset_of (t, "961,000"), end_of (t, "built."), topics, NULL, "Ada");
  gloss_project_add_claim (fixture->project, claim);
  fixture->document = gloss_document_new (fixture->project, NULL);
  fixture->history = g_object_ref (gloss_document_get_history (fixture->document));
  g_signal_connect (fixture->project, "changed", G_CALLBACK (count_change_cb), fixture);
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

typedef void (*EditFunc) (Fixture *fixture);

/* Does @edit (one step), then checks that undo gives back the exact state
 * and the document unmodified, that redo gives the edited state, twice. */
static void
check_round_trip (Fixture    *fixture,
                  EditFunc    edit,
                  const char *label)
{
  g_autofree char *before = snapshot (fixture->project);
  g_autofree char *after = NULL;

  g_assert_false (gloss_history_can_undo (fixture->history));
  g_assert_false (gloss_document_get_modified (fixture->document));
  fixture->changes = 0;
  edit (fixture);
  after = snapshot (fixture->project);
  g_assert_cmpstr (after, !=, before);
  g_assert_cmpuint (fixture->changes, >, 0);
  g_assert_cmpstr (gloss_history_get_undo_label (fixture->history), ==, label);
  g_assert_true (gloss_document_get_modified (fixture->document));

  for (guint round = 0; round < 2; round++)
    {
      g_autofree char *undone = NULL;
      g_autofree char *redone = NULL;

      g_assert_true (gloss_history_undo (fixture->history));
      undone = snapshot (fixture->project);
      g_assert_cmpstr (undone, ==, before);
      g_assert_false (gloss_history_can_undo (fixture->history));
      g_assert_cmpstr (gloss_history_get_redo_label (fixture->history), ==, label);
      g_assert_false (gloss_document_get_modified (fixture->document));

      g_assert_true (gloss_history_redo (fixture->history));
      redone = snapshot (fixture->project);
      g_assert_cmpstr (redone, ==, after);
      g_assert_true (gloss_document_get_modified (fixture->document));
      g_assert_false (gloss_history_can_redo (fixture->history));
    }
}

static void
edit_title (Fixture *fixture)
{
  gloss_history_set_transcript_field (fixture->history, GLOSS_TRANSCRIPT_FIELD_TITLE,
                                      "MIIT press conference");
  /* the same again: not recorded */
  gloss_history_set_transcript_field (fixture->history, GLOSS_TRANSCRIPT_FIELD_TITLE,
                                      "MIIT press conference");
  g_assert_cmpstr (gloss_transcript_get_title (fixture->transcript), ==, "MIIT press conference");
}

static void
edit_date (Fixture *fixture)
{
  gloss_history_set_transcript_field (fixture->history, GLOSS_TRANSCRIPT_FIELD_DATE, "2021-07-19");
  g_assert_cmpstr (gloss_transcript_get_date (fixture->transcript), ==, "2021-07-19");
}

/* a field that had no value gets one: undo gives NULL back, not "" */
static void
edit_place (Fixture *fixture)
{
  g_assert_null (gloss_transcript_get_place (fixture->transcript));
  gloss_history_set_transcript_field (fixture->history, GLOSS_TRANSCRIPT_FIELD_PLACE, "北京");
  g_assert_cmpstr (gloss_transcript_get_place (fixture->transcript), ==, "北京");
}

/* "" clears a field */
static void
clear_language (Fixture *fixture)
{
  gloss_history_set_transcript_field (fixture->history, GLOSS_TRANSCRIPT_FIELD_LANGUAGE, "");
  g_assert_null (gloss_transcript_get_language (fixture->transcript));
  gloss_history_set_transcript_field (fixture->history, GLOSS_TRANSCRIPT_FIELD_LANGUAGE, NULL);
}

static void
edit_language (Fixture *fixture)
{
  gloss_history_set_transcript_field (fixture->history, GLOSS_TRANSCRIPT_FIELD_LANGUAGE, "zh-Hans");
}

static void
add_participant (Fixture *fixture)
{
  gloss_history_add_participant (fixture->history, 1, "Mi Feng", "");
  g_assert_cmpint (gloss_transcript_find_participant (fixture->transcript, "Mi Feng"), ==, 1);
  /* an empty role is none */
  g_assert_null (gloss_transcript_get_role (fixture->transcript, "Mi Feng"));
  g_assert_cmpint (gloss_transcript_find_participant (fixture->transcript, "Tian Yulong"), ==, 2);
}

static void
add_participant_at_end (Fixture *fixture)
{
  gloss_history_add_participant (fixture->history, G_MAXUINT, "Mi Feng", "NHC spokesperson");
  g_assert_cmpint (gloss_transcript_find_participant (fixture->transcript, "Mi Feng"), ==, 3);
}

static void
remove_participant (Fixture *fixture)
{
  gloss_history_remove_participant (fixture->history, 0);
  g_assert_cmpint (gloss_transcript_find_participant (fixture->transcript, "Shou Xiaoli"), ==, -1);
  g_assert_cmpuint (gloss_transcript_get_n_participants (fixture->transcript), ==, 2);
}

static void
edit_participant (Fixture *fixture)
{
  gloss_history_edit_participant (fixture->history, 1, "Tian Yulong", "MIIT spokesperson");
  gloss_history_edit_participant (fixture->history, 1, "Tian Yulong", "MIIT spokesperson");
  g_assert_cmpstr (gloss_transcript_get_role (fixture->transcript, "Tian Yulong"), ==, "MIIT spokesperson");
}

static void
rename_participant (Fixture *fixture)
{
  gloss_history_edit_participant (fixture->history, 2, "Shou Xiaoli (寿小丽)", "新闻发言人");
  g_assert_cmpint (gloss_transcript_find_participant (fixture->transcript, "寿小丽"), ==, -1);
  g_assert_cmpstr (gloss_transcript_get_role (fixture->transcript, "Shou Xiaoli (寿小丽)"), ==, "新闻发言人");
}

static void
move_participant (Fixture *fixture)
{
  gloss_history_move_participant (fixture->history, 2, 0);
  /* to where it is: not recorded */
  gloss_history_move_participant (fixture->history, 0, 0);
  g_assert_cmpint (gloss_transcript_find_participant (fixture->transcript, "寿小丽"), ==, 0);
  g_assert_cmpint (gloss_transcript_find_participant (fixture->transcript, "Shou Xiaoli"), ==, 1);
  g_assert_cmpstr (gloss_transcript_get_role (fixture->transcript, "寿小丽"), ==, "新闻发言人");
}

static void
test_title (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, edit_title, "Change title");
}

static void
test_date (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, edit_date, "Change date");
}

static void
test_place (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, edit_place, "Change place");
}

static void
test_language (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, edit_language, "Change language");
}

static void
test_clear_language (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, clear_language, "Change language");
}

static void
test_add_participant (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, add_participant, "Add participant");
}

static void
test_add_participant_at_end (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, add_participant_at_end, "Add participant");
}

static void
test_remove_participant (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, remove_participant, "Remove participant");
}

static void
test_edit_participant (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, edit_participant, "Edit participant");
}

static void
test_rename_participant (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, rename_participant, "Edit participant");
}

static void
test_move_participant (Fixture *fixture, gconstpointer data)
{
  check_round_trip (fixture, move_participant, "Move participant");
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
count_participants_cb (GlossTranscript *transcript,
                       guint           *count)
{
  (*count)++;
}

/* Views learn of each edit and of its undo: the field's notify, or
 * "participants-changed", and the project's "changed" */
static void
test_signals (Fixture *fixture, gconstpointer data)
{
  guint titles = 0, participants = 0;

  g_signal_connect (fixture->transcript, "notify::title", G_CALLBACK (count_notify_cb), &titles);
  g_signal_connect (fixture->transcript, "participants-changed", G_CALLBACK (count_participants_cb),
                    &participants);

  fixture->changes = 0;
  edit_title (fixture);
  g_assert_cmpuint (titles, ==, 1);
  g_assert_cmpuint (fixture->changes, ==, 1);
  gloss_history_undo (fixture->history);
  g_assert_cmpuint (titles, ==, 2);
  g_assert_cmpuint (fixture->changes, ==, 2);

  edit_participant (fixture);
  g_assert_cmpuint (participants, ==, 1);
  g_assert_cmpuint (fixture->changes, ==, 3);
  gloss_history_undo (fixture->history);
  g_assert_cmpuint (participants, ==, 2);
  g_assert_cmpuint (titles, ==, 2);
}

static guint
position_of (Fixture    *fixture,
             const char *name)
{
  int position = gloss_transcript_find_participant (fixture->transcript, name);

  g_assert_cmpint (position, >=, 0);

  return (guint) position;
}

/* A user's session: edits of every kind, undone all the way back, redone
 * all the way, each step giving the exact state it had */
static void
test_sequence (Fixture *fixture, gconstpointer data)
{
  GPtrArray *states = g_ptr_array_new_with_free_func (g_free);
  GlossHistory *history = fixture->history;

  g_ptr_array_add (states, snapshot (fixture->project));
  for (guint step = 0; step < 9; step++)
    {
      switch (step)
        {
        case 0:
          edit_title (fixture);
          break;
        case 1:
          gloss_history_add_participant (history, 1, "Mi Feng", "NHC");
          break;
        case 2:
          edit_place (fixture);
          break;
        case 3:
          gloss_history_move_participant (history, position_of (fixture, "寿小丽"), 0);
          break;
        case 4:
          gloss_history_edit_participant (history, position_of (fixture, "Mi Feng"), "米锋", "NHC");
          break;
        case 5:
          gloss_history_remove_participant (history, position_of (fixture, "Shou Xiaoli"));
          break;
        case 6:
          gloss_history_move_participant (history, 0, G_MAXUINT);
          break;
        case 7:
          gloss_history_set_transcript_field (history, GLOSS_TRANSCRIPT_FIELD_TITLE, NULL);
          break;
        default:
          edit_date (fixture);
          break;
        }
      g_ptr_array_add (states, snapshot (fixture->project));
      g_assert_cmpstr (g_ptr_array_index (states, step + 1), !=, g_ptr_array_index (states, step));
    }

  for (guint i = states->len - 1; i > 0; i--)
    {
      g_autofree char *state = NULL;

      g_assert_true (gloss_history_undo (history));
      state = snapshot (fixture->project);
      g_assert_cmpstr (state, ==, g_ptr_array_index (states, i - 1));
    }
  g_assert_false (gloss_document_get_modified (fixture->document));
  for (guint i = 1; i < states->len; i++)
    {
      g_autofree char *state = NULL;

      g_assert_true (gloss_history_redo (history));
      state = snapshot (fixture->project);
      g_assert_cmpstr (state, ==, g_ptr_array_index (states, i));
    }
  g_ptr_array_unref (states);
}

static char *
export_text (GlossProject      *project,
             const char        *format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = gloss_export (project, NULL, gloss_export_format_lookup (format), GLOSS_EXPORT_FLAGS_NONE, &error);

  g_assert_no_error (error);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* What the dialog changes is what the exports say */
static void
test_exported (Fixture *fixture, gconstpointer data)
{
  g_autofree char *json = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *undone = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *project;

  gloss_history_set_transcript_field (fixture->history, GLOSS_TRANSCRIPT_FIELD_TITLE,
                                      "MIIT briefing on 5G");
  gloss_history_set_transcript_field (fixture->history, GLOSS_TRANSCRIPT_FIELD_PLACE, "Beijing");
  gloss_history_set_transcript_field (fixture->history, GLOSS_TRANSCRIPT_FIELD_DATE, "2021-07-19");
  gloss_history_set_transcript_field (fixture->history, GLOSS_TRANSCRIPT_FIELD_LANGUAGE, "en-GB");
  gloss_history_edit_participant (fixture->history, 0, "Shou Xiaoli", "MIIT press officer");

  json = export_text (fixture->project, "json");
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  project = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "project");
  g_assert_cmpstr (json_object_get_string_member (project, "title"), ==, "MIIT briefing on 5G");
  g_assert_cmpstr (json_object_get_string_member (project, "place"), ==, "Beijing");
  g_assert_cmpstr (json_object_get_string_member (project, "date"), ==, "2021-07-19");
  g_assert_cmpstr (json_object_get_string_member (project, "language"), ==, "en-GB");

  /* the report's heading is the title; the speaker's role is the edited one */
  markdown = export_text (fixture->project, "markdown");
  g_assert_true (g_str_has_prefix (markdown, "# MIIT briefing on 5G\n"));
  g_assert_nonnull (strstr (markdown, "MIIT press officer"));
  g_assert_null (strstr (markdown, "Spokesperson"));

  while (gloss_history_undo (fixture->history))
    ;
  undone = export_text (fixture->project, "markdown");
  g_assert_true (g_str_has_prefix (undone, "# Press conference on industry\n"));
  g_assert_nonnull (strstr (undone, "Spokesperson"));
}

/* Saved and read back, the edits are there; a draft written after them
 * holds them too */
static void
test_saved_and_drafted (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = g_build_filename (tmpdir, "properties.gloss", NULL);
  g_autofree char *drafts_path = g_build_filename (tmpdir, "drafts", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) drafts_dir = g_file_new_for_path (drafts_path);
  g_autoptr(GlossDraftStore) store = gloss_draft_store_new (drafts_dir);
  g_autoptr(GlossDocument) reopened = NULL;
  g_autoptr(GlossDocument) restored = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *read = NULL;
  g_autofree char *drafted = NULL;

  gloss_document_set_drafts (fixture->document, store, 10);
  gloss_history_set_transcript_field (fixture->history, GLOSS_TRANSCRIPT_FIELD_TITLE, "简报");
  gloss_history_add_participant (fixture->history, 0, "Mi Feng", "NHC spokesperson");
  gloss_history_remove_participant (fixture->history, 2);
  edited = snapshot (fixture->project);

  g_assert_true (gloss_document_write_draft (fixture->document, &error));
  g_assert_no_error (error);
  drafts = gloss_draft_store_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 1);
  restored = gloss_draft_store_load (store, g_ptr_array_index (drafts, 0), &error);
  g_assert_no_error (error);
  drafted = snapshot (gloss_document_get_project (restored));
  g_assert_cmpstr (drafted, ==, edited);

  g_assert_true (gloss_document_save (fixture->document, file, &error));
  g_assert_no_error (error);
  g_assert_false (gloss_document_get_modified (fixture->document));
  reopened = gloss_document_open (file, NULL, NULL, &error);
  g_assert_no_error (error);
  read = snapshot (gloss_document_get_project (reopened));
  g_assert_cmpstr (read, ==, edited);

  gloss_document_set_drafts (fixture->document, NULL, 0);
  g_clear_object (&restored);
  g_clear_object (&reopened);
  g_unlink (path);
  g_rmdir (drafts_path);
}

/* A save serializes a snapshot that borrows the participants' strings:
 * editing or removing participants after it was taken leaves it whole */
static void
test_snapshot_outlives_edits (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GlossProjectSnapshot) before = gloss_project_snapshot_new (fixture->project);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;

  gloss_history_edit_participant (fixture->history, 0, "Shou Xiaoli", "Press officer");
  gloss_history_remove_participant (fixture->history, 1);
  gloss_history_move_participant (fixture->history, 1, 0);
  /* the undo and redo stacks may drop the commands too */
  gloss_history_clear (fixture->history);

  bytes = gloss_project_snapshot_to_bytes (before);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (text, "\"Spokesperson\""));
  g_assert_nonnull (strstr (text, "\"Tian Yulong\""));
  g_assert_null (strstr (text, "Press officer"));
}

static void
test_language_tags (void)
{
  const char *valid[] = { "en", "zh", "zh-Hans", "zh-Hans-CN", "pt-BR", "es-419", "de-CH-1901",
                          "x-klingon", "en-x-gloss", "yue" };
  const char *invalid[] = { "", "e", "en-", "-en", "en--GB", "en_GB", "中文", "123", "en GB",
                            "toolongtag", "en-abcdefghi", "x" };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    g_assert_true (gloss_language_tag_is_valid (valid[i]));
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    g_assert_false (gloss_language_tag_is_valid (invalid[i]));
  g_assert_false (gloss_language_tag_is_valid (NULL));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("gloss-history-transcript-XXXXXX", NULL);

#define ADD(path, func) \
  g_test_add ("/history/transcript/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("title", test_title);
  ADD ("date", test_date);
  ADD ("place", test_place);
  ADD ("language", test_language);
  ADD ("clear-language", test_clear_language);
  ADD ("add-participant", test_add_participant);
  ADD ("add-participant-at-end", test_add_participant_at_end);
  ADD ("remove-participant", test_remove_participant);
  ADD ("edit-participant", test_edit_participant);
  ADD ("rename-participant", test_rename_participant);
  ADD ("move-participant", test_move_participant);
  ADD ("signals", test_signals);
  ADD ("sequence", test_sequence);
  ADD ("exported", test_exported);
  ADD ("saved-and-drafted", test_saved_and_drafted);
  ADD ("snapshot-outlives-edits", test_snapshot_outlives_edits);
  g_test_add_func ("/history/transcript/language-tags", test_language_tags);

#undef ADD

  status = g_test_run ();
  g_rmdir (tmpdir);
  g_free (tmpdir);

  return status;
}
