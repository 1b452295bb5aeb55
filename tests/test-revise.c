#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "gloss-history.h"
#include "gloss-import-format.h"
#include "gloss-project-file.h"
#include "gloss-revision.h"
#include "test-util.h"

/* Replacing a project's transcript with a revised one: where each claim
 * goes, that none is lost, that the whole replacement undoes as one step,
 * and that orphans and previous quotes survive a save. */

static char *
sample_text (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("GLOSS_SAMPLE_DIR") != NULL
                                            ? g_getenv ("GLOSS_SAMPLE_DIR") : SOURCE_DATADIR,
                                            "sample-briefing.txt", NULL);
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static GlossTranscript *
import (const char *text,
        const char *name)
{
  g_autoptr(GError) error = NULL;
  GlossTranscript *transcript = gloss_import_data (text, strlen (text), name, NULL, NULL, &error);

  g_assert_no_error (error);
  return transcript;
}

/* the code-point span of the @nth (from 0) occurrence of @needle in @text */
static void
find_span (GlossTranscript *text,
           const char      *needle,
           guint            nth,
           guint           *start,
           guint           *end)
{
  const char *haystack = gloss_transcript_get_text (text);
  const char *p = haystack;

  for (guint i = 0; ; i++)
    {
      p = strstr (p, needle);
      g_assert_nonnull (p);
      if (i == nth)
        break;
      p++;
    }
  *start = gloss_transcript_byte_to_offset (text, p - haystack);
  *end = *start + g_utf8_strlen (needle, -1);
}

static GlossClaim *
add_claim (GlossProject *project,
           const char   *quote,
           guint         nth,
           const char   *note)
{
  GlossTranscript *text = gloss_project_get_transcript (project);
  const char * const topics[] = { gloss_topic_get_id (gloss_project_get_topic (project, 0)), NULL };
  g_autoptr(GlossClaim) claim = NULL;
  guint start, end;

  find_span (text, quote, nth, &start, &end);
  claim = gloss_claim_new (text, start, end, topics, note, "tester");
  gloss_project_add_claim (project, claim);
  return claim;
}

static void
assert_placed (GlossRevision     *revision,
               GlossClaim        *claim,
               GlossAnchorStatus  status,
               const char        *new_quote,
               guint              nth)
{
  for (guint i = 0; i < gloss_revision_get_n_claims (revision); i++)
    {
      const GlossAnchorResult *r;
      guint start, end;

      if (gloss_revision_get_claim (revision, i) != claim)
        continue;
      r = gloss_revision_get_result (revision, i);
      g_test_message ("%s: %s [%u, %u) %.3f", gloss_claim_get_quote (claim),
                      gloss_anchor_status_to_string (r->status), r->start, r->end, r->score);
      g_assert_cmpstr (gloss_anchor_status_to_string (r->status), ==, gloss_anchor_status_to_string (status));
      if (status == GLOSS_ANCHOR_ORPHANED)
        {
          g_assert_cmpfloat (r->score, ==, 0.0);
          return;
        }
      find_span (gloss_revision_get_transcript (revision), new_quote, nth, &start, &end);
      g_assert_cmpuint (r->start, ==, start);
      g_assert_cmpuint (r->end, ==, end);
      if (status == GLOSS_ANCHOR_FUZZY)
        g_assert_cmpfloat (r->score, <, 1.0);
      else
        g_assert_cmpfloat (r->score, ==, 1.0);
      return;
    }
  g_assert_not_reached ();
}

typedef struct
{
  GlossProject *project;
  GlossHistory *history;
  GlossClaim *inserted_before, *figure, *word, *deleted, *moved, *repeated, *spaces, *kept_end;
  char *revised;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *text = sample_text ();
  g_autoptr(GlossTranscript) transcript = import (text, "sample-briefing.txt");
  g_autofree char *step1 = NULL, *step2 = NULL, *step3 = NULL, *step4 = NULL, *step5 = NULL;
  g_autofree char *step6 = NULL;
  const char *paragraph = "We are also putting these networks to work in factories.";
  const char *paragraph_end;
  const char *health = "In public health, the vaccination campaign";
  g_autofree char *moved_paragraph = NULL;

  f->project = gloss_project_new (transcript);
  f->history = gloss_history_new (f->project);

  f->inserted_before = add_claim (f->project, "good morning, and welcome to this press conference", 0, "welcome");
  f->repeated = add_claim (f->project, "48,200 5G base stations", 1, "the question repeats the figure");
  f->moved = add_claim (f->project, "312 \"5G plus industrial internet\" projects", 0, NULL);
  f->deleted = add_claim (f->project, "Gigabit broadband now reaches 2.3 million homes", 0, "gone");
  f->figure = add_claim (f->project, "3.6 million doses of influenza vaccine", 0, NULL);
  f->word = add_claim (f->project, "the highest rate we have recorded", 0, NULL);
  f->spaces = add_claim (f->project, "fill 20 million doses a year", 0, NULL);
  f->kept_end = add_claim (f->project, "lower emissions can go together", 0, NULL);

  /* the editor's revision: a note on top, a sentence dropped, a figure
   * and a word corrected, spacing changed, a paragraph moved down */
  step1 = g_strconcat ("Editor's note: this transcript was corrected on April 19, 2024.\n\n", text, NULL);
  step2 = test_util_replace_once (step1, " Gigabit broadband now reaches 2.3 million homes.", "");
  step3 = test_util_replace_once (step2, "3.6 million doses of influenza", "3.7 million doses of influenza");
  step4 = test_util_replace_once (step3, "the highest rate we have recorded", "the highest rate we have ever recorded");
  step5 = test_util_replace_once (step4, "fill 20 million doses a year", "fill 20 million  doses a year");

  paragraph_end = strstr (strstr (step5, paragraph), "\n\n");
  moved_paragraph = g_strndup (strstr (step5, paragraph), paragraph_end + 2 - strstr (step5, paragraph));
  step6 = test_util_replace_once (step5, moved_paragraph, "");
  {
    const char *h = strstr (step6, health);
    const char *h_end = strstr (h, "\n\n") + 2;

    f->revised = g_strdup_printf ("%.*s%s%s", (int) (h_end - step6), step6, moved_paragraph, h_end);
  }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_free (f->revised);
  g_object_unref (f->history);
  g_object_unref (f->project);
}

static GlossRevision *
revise (Fixture *f)
{
  g_autoptr(GlossTranscript) revised = import (f->revised, "sample-briefing-revised.txt");

  return gloss_revision_new (f->project, revised);
}

static void
test_revise_sample (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GlossRevision) revision = revise (f);

  assert_placed (revision, f->inserted_before, GLOSS_ANCHOR_EXACT,
                 "good morning, and welcome to this press conference", 0);
  assert_placed (revision, f->repeated, GLOSS_ANCHOR_EXACT, "48,200 5G base stations", 1);
  assert_placed (revision, f->moved, GLOSS_ANCHOR_MOVED, "312 \"5G plus industrial internet\" projects", 0);
  assert_placed (revision, f->deleted, GLOSS_ANCHOR_ORPHANED, NULL, 0);
  assert_placed (revision, f->figure, GLOSS_ANCHOR_FUZZY, "3.7 million doses of influenza vaccine", 0);
  assert_placed (revision, f->word, GLOSS_ANCHOR_FUZZY, "the highest rate we have ever recorded", 0);
  assert_placed (revision, f->spaces, GLOSS_ANCHOR_FUZZY, "fill 20 million  doses a year", 0);
  assert_placed (revision, f->kept_end, GLOSS_ANCHOR_EXACT, "lower emissions can go together", 0);

  g_assert_cmpuint (gloss_revision_get_n_claims (revision), ==, 8);
  g_assert_cmpuint (gloss_revision_count (revision, GLOSS_ANCHOR_EXACT), ==, 3);
  g_assert_cmpuint (gloss_revision_count (revision, GLOSS_ANCHOR_MOVED), ==, 1);
  g_assert_cmpuint (gloss_revision_count (revision, GLOSS_ANCHOR_FUZZY), ==, 3);
  g_assert_cmpuint (gloss_revision_count (revision, GLOSS_ANCHOR_ORPHANED), ==, 1);

  /* the project's metadata stays; the revision changed nothing yet */
  g_assert_cmpstr (gloss_transcript_get_title (gloss_revision_get_transcript (revision)), ==,
                   gloss_transcript_get_title (gloss_project_get_transcript (f->project)));
  g_assert_cmpstr (gloss_transcript_get_source (gloss_revision_get_transcript (revision)), ==,
                   "sample-briefing-revised.txt");
  g_assert_cmpstr (gloss_claim_get_quote (f->figure), ==, "3.6 million doses of influenza vaccine");
}

static void
test_revise_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GlossRevision) revision = revise (f);
  GlossTranscript *old_text = gloss_project_get_transcript (f->project);
  g_autofree char *old_figure_prefix = g_strdup (gloss_claim_get_prefix (f->figure));
  guint old_start = gloss_claim_get_start (f->figure);
  guint old_deleted_start = gloss_claim_get_start (f->deleted);
  guint n_claims = gloss_project_get_n_claims (f->project);

  gloss_history_replace_transcript (f->history, revision);

  g_assert_true (gloss_project_get_transcript (f->project) == gloss_revision_get_transcript (revision));
  g_assert_cmpuint (gloss_project_get_n_claims (f->project), ==, n_claims);
  g_assert_cmpstr (gloss_history_get_undo_label (f->history), ==, "Replace text with revised version");

  /* fuzzy: the new words, the old ones kept */
  g_assert_cmpstr (gloss_claim_get_quote (f->figure), ==, "3.7 million doses of influenza vaccine");
  g_assert_cmpstr (gloss_claim_get_previous_quote (f->figure), ==, "3.6 million doses of influenza vaccine");
  g_assert_false (gloss_claim_get_orphaned (f->figure));
  /* exact and moved keep their quote and have no previous one */
  g_assert_null (gloss_claim_get_previous_quote (f->moved));
  g_assert_cmpstr (gloss_claim_get_note (f->repeated), ==, "the question repeats the figure");
  /* the orphan keeps its words, note and topics */
  g_assert_true (gloss_claim_get_orphaned (f->deleted));
  g_assert_cmpstr (gloss_claim_get_quote (f->deleted), ==, "Gigabit broadband now reaches 2.3 million homes");
  g_assert_cmpstr (gloss_claim_get_note (f->deleted), ==, "gone");
  g_assert_cmpuint (g_strv_length ((char **) gloss_claim_get_topics (f->deleted)), ==, 1);
  g_assert_true (gloss_project_lookup_claim (f->project, gloss_claim_get_id (f->deleted)) == f->deleted);
  /* the project's list stays in text order */
  for (guint i = 1; i < gloss_project_get_n_claims (f->project); i++)
    g_assert_cmpint (gloss_claim_compare (gloss_project_get_claim (f->project, i - 1),
                                          gloss_project_get_claim (f->project, i)), <, 0);

  g_assert_true (gloss_history_undo (f->history));
  g_assert_true (gloss_project_get_transcript (f->project) == old_text);
  g_assert_cmpuint (gloss_claim_get_start (f->figure), ==, old_start);
  g_assert_cmpstr (gloss_claim_get_quote (f->figure), ==, "3.6 million doses of influenza vaccine");
  g_assert_cmpstr (gloss_claim_get_prefix (f->figure), ==, old_figure_prefix);
  g_assert_null (gloss_claim_get_previous_quote (f->figure));
  g_assert_false (gloss_claim_get_orphaned (f->deleted));
  g_assert_cmpuint (gloss_claim_get_start (f->deleted), ==, old_deleted_start);
  g_assert_false (gloss_history_can_undo (f->history));

  g_assert_true (gloss_history_redo (f->history));
  g_assert_true (gloss_project_get_transcript (f->project) == gloss_revision_get_transcript (revision));
  g_assert_true (gloss_claim_get_orphaned (f->deleted));
  g_assert_cmpstr (gloss_claim_get_quote (f->word), ==, "the highest rate we have ever recorded");
}

/* the user re-attaches the orphan to new text, and can undo that */
static void
test_revise_reattach (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GlossRevision) revision = revise (f);
  GlossTranscript *text;
  guint start, end;

  gloss_history_replace_transcript (f->history, revision);
  text = gloss_project_get_transcript (f->project);
  find_span (text, "The number of 5G mobile subscribers", 0, &start, &end);
  gloss_history_move_claim (f->history, f->deleted, start, end, FALSE);
  g_assert_false (gloss_claim_get_orphaned (f->deleted));
  g_assert_cmpstr (gloss_claim_get_quote (f->deleted), ==, "The number of 5G mobile subscribers");
  g_assert_cmpstr (gloss_claim_get_previous_quote (f->deleted), ==, "Gigabit broadband now reaches 2.3 million homes");

  g_assert_true (gloss_history_undo (f->history));
  g_assert_true (gloss_claim_get_orphaned (f->deleted));
  g_assert_cmpstr (gloss_claim_get_quote (f->deleted), ==, "Gigabit broadband now reaches 2.3 million homes");
  g_assert_null (gloss_claim_get_previous_quote (f->deleted));
  g_assert_true (gloss_history_redo (f->history));
  g_assert_cmpstr (gloss_claim_get_previous_quote (f->deleted), ==, "Gigabit broadband now reaches 2.3 million homes");
  g_assert_true (gloss_history_undo (f->history));

  /* deleting an orphan is undoable too */
  gloss_history_remove_claim (f->history, f->deleted);
  g_assert_null (gloss_project_lookup_claim (f->project, gloss_claim_get_id (f->deleted)));
  g_assert_true (gloss_history_undo (f->history));
  g_assert_nonnull (gloss_project_lookup_claim (f->project, gloss_claim_get_id (f->deleted)));
}

/* a saved project keeps its orphans and previous quotes, and a second
 * revision leaves orphans as they are */
static void
test_revise_save (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GlossRevision) revision = revise (f);
  g_autoptr(GlossRevision) again = NULL;
  g_autoptr(GlossTranscript) same = NULL;
  g_autoptr(GlossProject) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GlossClaim *orphan, *figure;
  gsize size;
  const char *data_bytes;

  gloss_history_replace_transcript (f->history, revision);
  bytes = gloss_project_file_to_bytes (f->project);
  data_bytes = g_bytes_get_data (bytes, &size);
  loaded = gloss_project_file_load_data (data_bytes, size, "revised.gloss", &error);
  g_assert_no_error (error);

  orphan = gloss_project_lookup_claim (loaded, gloss_claim_get_id (f->deleted));
  g_assert_nonnull (orphan);
  g_assert_true (gloss_claim_get_orphaned (orphan));
  g_assert_cmpstr (gloss_claim_get_quote (orphan), ==, "Gigabit broadband now reaches 2.3 million homes");
  figure = gloss_project_lookup_claim (loaded, gloss_claim_get_id (f->figure));
  g_assert_cmpstr (gloss_claim_get_previous_quote (figure), ==, "3.6 million doses of influenza vaccine");

  /* the same text again: everything stays, the orphan stays an orphan */
  same = import (gloss_transcript_get_text (gloss_project_get_transcript (loaded)), "again.txt");
  again = gloss_revision_new (loaded, same);
  g_assert_cmpuint (gloss_revision_count (again, GLOSS_ANCHOR_EXACT), ==, 7);
  g_assert_cmpuint (gloss_revision_count (again, GLOSS_ANCHOR_ORPHANED), ==, 1);
  {
    g_autoptr(GlossHistory) history = gloss_history_new (loaded);

    gloss_history_replace_transcript (history, again);
    /* the first revision's words are the ones kept */
    g_assert_cmpstr (gloss_claim_get_previous_quote (figure), ==, "3.6 million doses of influenza vaccine");
    g_assert_true (gloss_claim_get_orphaned (orphan));
  }
}

/* an alignment with the original follows the revision */
static void
test_revise_alignment (void)
{
  const char *old_str = "Speaker A:\n\nFirst answer about figures.\n\nSpeaker B:\n\nA question here?\n";
  const char *new_str = "Note added.\n\nSpeaker A:\n\nFirst answer about figures.\n\nSpeaker B:\n\nA question here?\n";
  g_autoptr(GlossTranscript) old_text = import (old_str, "old.txt");
  g_autoptr(GlossTranscript) new_text = import (new_str, "new.txt");
  g_autoptr(GlossTranscript) original = import (old_str, "original.txt");
  g_autoptr(GlossProject) project = gloss_project_new (old_text);
  g_autoptr(GlossHistory) history = gloss_history_new (project);
  g_autoptr(GlossAlignment) alignment = gloss_alignment_new ();
  g_autoptr(GlossRevision) revision = NULL;
  GlossAlignment *realigned;
  const GlossParagraphPair *pair;
  guint turn = 0, start, end;

  g_assert_cmpuint (gloss_transcript_get_n_turns (old_text), >, 0);
  gloss_alignment_add_turn_pair (alignment, &turn, 1, &turn, 1);
  find_span (old_text, "First answer about figures.", 0, &start, &end);
  gloss_alignment_add_paragraph_pair (alignment, start, end, start, end);
  gloss_history_set_original (history, original, alignment);

  revision = gloss_revision_new (project, new_text);
  realigned = gloss_revision_get_alignment (revision);
  g_assert_nonnull (realigned);
  pair = gloss_alignment_get_paragraph_pair (realigned, 0);
  find_span (new_text, "First answer about figures.", 0, &start, &end);
  g_assert_cmpuint (pair->transcript_start, ==, start);
  g_assert_cmpuint (pair->transcript_end, ==, end);
  g_assert_cmpuint (gloss_alignment_get_n_turn_pairs (realigned), ==, 1);
  g_assert_cmpuint (gloss_alignment_get_turn_pair (realigned, 0)->n_transcript, ==, 1);
  g_assert_cmpint (gloss_alignment_get_turn_pair (realigned, 0)->transcript[0], ==,
                   gloss_transcript_find_turn (new_text, start));

  gloss_history_replace_transcript (history, revision);
  g_assert_true (gloss_project_get_alignment (project) == realigned);
  g_assert_true (gloss_history_undo (history));
  g_assert_true (gloss_project_get_alignment (project) == alignment);
  g_assert_true (gloss_project_get_transcript (project) == old_text);
}

static int
compare_sizes (gconstpointer a,
               gconstpointer b)
{
  gsize x = *(const gsize *) a, y = *(const gsize *) b;

  return (x > y) - (x < y);
}

/* random edits away from the claims (and their context) leave every claim exact */
static void
test_revise_random_edits (void)
{
  g_autofree char *text = sample_text ();
  g_autoptr(GlossTranscript) transcript = import (text, "sample.txt");
  const char *t = gloss_transcript_get_text (transcript);
  gsize size = gloss_transcript_get_text_size (transcript);
  static const char * const words[] = { "indeed ", "the ", "2025 ", "\n\nA new paragraph.\n\n", "," };

  for (guint round = 0; round < 20; round++)
    {
      g_autoptr(GlossProject) project = gloss_project_new (transcript);
      g_autoptr(GString) revised = g_string_new (NULL);
      g_autoptr(GlossTranscript) new_text = NULL;
      g_autoptr(GlossRevision) revision = NULL;
      g_autofree gboolean *near = g_new0 (gboolean, size + 1);
      g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (gsize));
      gsize last = 0;

      /* claims on ten random stretches of words */
      for (guint c = 0; c < 10; c++)
        {
          guint length = gloss_transcript_get_length (transcript);
          guint start = g_test_rand_int_range (0, length - 80);
          guint end = start + g_test_rand_int_range (20, 60);
          g_autoptr(GlossClaim) claim = NULL;
          g_autoptr(GPtrArray) overlapping = gloss_project_get_claims_in (project, GLOSS_TEXT_TRANSCRIPT,
                                                                          start, end);
          gsize b0, b1;

          if (overlapping->len > 0)
            continue;
          claim = gloss_claim_new (transcript, start, end, NULL, NULL, NULL);
          gloss_project_add_claim (project, claim);
          b0 = gloss_transcript_offset_to_pointer (transcript, start - MIN (start, 40)) - t;
          b1 = gloss_transcript_offset_to_pointer (transcript, MIN (end + 40, length)) - t;
          for (gsize b = b0; b <= b1; b++)
            near[b] = TRUE;
        }

      /* edits at random character boundaries away from them */
      for (guint e = 0; e < 12; e++)
        {
          gsize at = g_test_rand_int_range (0, (gint32) size);

          while (at < size && ((t[at] & 0xC0) == 0x80))
            at++;
          if (!near[at])
            g_array_append_val (cuts, at);
        }
      g_array_sort (cuts, compare_sizes);
      for (guint e = 0; e < cuts->len; e++)
        {
          gsize at = g_array_index (cuts, gsize, e);

          if (at < last)
            continue;
          g_string_append_len (revised, t + last, at - last);
          if (g_test_rand_bit () && at < size && !near[at + 1] && t[at] == ' ')
            last = at + 1;   /* a space deleted */
          else
            {
              g_string_append (revised, words[g_test_rand_int_range (0, G_N_ELEMENTS (words))]);
              last = at;
            }
        }
      g_string_append_len (revised, t + last, size - last);

      new_text = import (revised->str, "edited.txt");
      revision = gloss_revision_new (project, new_text);
      for (guint i = 0; i < gloss_revision_get_n_claims (revision); i++)
        {
          GlossClaim *claim = gloss_revision_get_claim (revision, i);
          const GlossAnchorResult *r = gloss_revision_get_result (revision, i);
          g_autofree char *quote = NULL;

          g_assert_cmpint (r->status, ==, GLOSS_ANCHOR_EXACT);
          quote = gloss_transcript_dup_slice (new_text, r->start, r->end);
          g_assert_cmpstr (quote, ==, gloss_claim_get_quote (claim));
        }
    }
}

/* A project whose text was edited by hand: strict loading refuses it,
 * the lenient load keeps the mismatched claims as orphans, and the
 * re-anchoring finds them in the text again. */
static void
test_revise_reanchor (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GBytes) bytes = gloss_project_file_to_bytes (f->project);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GlossTranscript) edited_text = import (f->revised, "edited.txt");
  g_autoptr(GlossProject) strict = NULL;
  g_autoptr(GlossProject) loaded = NULL;
  g_autoptr(GlossProject) saved = NULL;
  g_autoptr(GlossRevision) revision = NULL;
  g_autoptr(GlossHistory) history = NULL;
  g_autoptr(GBytes) fixed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *edited = NULL;
  JsonObject *transcript;
  GlossClaim *figure, *gone, *moved;
  guint start, end;

  /* the revised text pasted into the project file in place of the old one */
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  transcript = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "transcript");
  json_object_set_string_member (transcript, "text", gloss_transcript_get_text (edited_text));
  json_generator_set_root (generator, json_parser_get_root (parser));
  edited = json_generator_to_data (generator, NULL);

  strict = gloss_project_file_load_data (edited, strlen (edited), "edited.gloss", &error);
  g_assert_null (strict);
  g_assert_true (g_error_matches (error, GLOSS_PROJECT_FILE_ERROR, GLOSS_PROJECT_FILE_ERROR_QUOTE) ||
                 g_error_matches (error, GLOSS_PROJECT_FILE_ERROR, GLOSS_PROJECT_FILE_ERROR_RANGE));
  g_clear_error (&error);

  loaded = gloss_project_file_load_data_full (edited, strlen (edited), "edited.gloss",
                                              GLOSS_PROJECT_LOAD_KEEP_MISMATCHED, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gloss_project_get_n_claims (loaded), ==, 8);
  /* the turns were detected again in the edited text */
  g_assert_cmpuint (gloss_transcript_get_n_turns (gloss_project_get_transcript (loaded)), ==,
                    gloss_transcript_get_n_turns (edited_text));
  figure = gloss_project_lookup_claim (loaded, gloss_claim_get_id (f->figure));
  gone = gloss_project_lookup_claim (loaded, gloss_claim_get_id (f->deleted));
  moved = gloss_project_lookup_claim (loaded, gloss_claim_get_id (f->moved));
  g_assert_true (gloss_claim_get_orphaned (figure));

  revision = gloss_revision_new_reanchor (loaded);
  history = gloss_history_new (loaded);
  gloss_history_replace_transcript (history, revision);
  g_assert_cmpstr (gloss_history_get_undo_label (history), ==, "Find claims again");
  g_assert_false (gloss_claim_get_orphaned (figure));
  g_assert_cmpstr (gloss_claim_get_quote (figure), ==, "3.7 million doses of influenza vaccine");
  g_assert_cmpstr (gloss_claim_get_previous_quote (figure), ==, "3.6 million doses of influenza vaccine");
  g_assert_false (gloss_claim_get_orphaned (moved));
  find_span (gloss_project_get_transcript (loaded), "312 \"5G plus industrial internet\" projects", 0, &start, &end);
  g_assert_cmpuint (gloss_claim_get_start (moved), ==, start);
  g_assert_true (gloss_claim_get_orphaned (gone));
  g_assert_cmpuint (gloss_revision_count (revision, GLOSS_ANCHOR_ORPHANED), ==, 1);

  /* what is saved now loads strictly */
  fixed = gloss_project_file_to_bytes (loaded);
  saved = gloss_project_file_load_data (g_bytes_get_data (fixed, NULL), g_bytes_get_size (fixed), "fixed.gloss", &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);

  g_assert_true (gloss_history_undo (history));
  g_assert_true (gloss_claim_get_orphaned (figure));
}

/* the corpus briefing, revised by us: claims on the first sentence of
 * long paragraphs; a note on top, one sentence deleted, a figure
 * corrected in another, a paragraph moved to the end */
static void
test_revise_corpus (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("GLOSS_CORPUS_DIR") != NULL
                                            ? g_getenv ("GLOSS_CORPUS_DIR") : ".",
                                            "scio-2021-07-16-miit.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GlossTranscript) transcript = NULL;
  g_autoptr(GlossTranscript) revised_text = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GlossRevision) revision = NULL;
  g_autoptr(GPtrArray) sentences = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) revised = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *figure_new = NULL;
  guint deleted = G_MAXUINT, figure = G_MAXUINT, moved = G_MAXUINT;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    {
      g_test_skip ("the corpus is not there");
      return;
    }
  transcript = import (contents, "scio-2021-07-16-miit.txt");
  project = gloss_project_new (transcript);

  /* the first sentences of the long paragraphs of the imported text */
  lines = g_strsplit (gloss_transcript_get_text (transcript), "\n", -1);
  for (guint i = 0; lines[i] != NULL && sentences->len < 24; i++)
    {
      const char *stop = strstr (lines[i], ". ");
      g_autofree char *sentence = NULL;

      if (strlen (lines[i]) < 300 || stop == NULL || stop - lines[i] < 40)
        continue;
      sentence = g_strndup (lines[i], stop - lines[i]);
      /* unique, so that the expected place is plain */
      if (strstr (strstr (gloss_transcript_get_text (transcript), sentence) + 1, sentence) != NULL)
        continue;
      if (figure == G_MAXUINT && strpbrk (sentence, "0123456789") != NULL && sentences->len > 2)
        figure = sentences->len;
      g_ptr_array_add (paragraphs, g_strdup (lines[i]));
      g_ptr_array_add (sentences, g_steal_pointer (&sentence));
    }
  g_assert_cmpuint (sentences->len, >=, 8);
  g_assert_cmpuint (figure, !=, G_MAXUINT);
  deleted = figure == 1 ? 2 : 1;
  moved = figure == 4 ? 5 : 4;
  for (guint i = 0; i < sentences->len; i++)
    add_claim (project, g_ptr_array_index (sentences, i), 0, NULL);

  revised = g_string_new ("Editor's note: two figures were corrected.\n\n");
  g_string_append (revised, gloss_transcript_get_text (transcript));
  {
    /* the figure: its first digit one more (9 becomes 0) */
    const char *sentence = g_ptr_array_index (sentences, figure);
    g_autofree char *changed = g_strdup (sentence);
    char *digit = strpbrk (changed, "0123456789");
    char *at = strstr (revised->str, sentence);

    *digit = *digit == '9' ? '0' : *digit + 1;
    memcpy (at, changed, strlen (changed));
    figure_new = g_steal_pointer (&changed);
  }
  {
    /* the deleted sentence, with its full stop and space */
    const char *sentence = g_ptr_array_index (sentences, deleted);
    char *at = strstr (revised->str, sentence);

    g_string_erase (revised, at - revised->str, strlen (sentence) + 2);
  }
  {
    /* the moved paragraph goes to the end */
    const char *paragraph = g_ptr_array_index (paragraphs, moved);
    char *at = strstr (revised->str, paragraph);

    g_string_erase (revised, at - revised->str, strlen (paragraph) + 1);
    g_string_append_printf (revised, "\n\n%s\n", paragraph);
  }

  revised_text = import (revised->str, "revised.txt");
  revision = gloss_revision_new (project, revised_text);
  for (guint i = 0; i < sentences->len; i++)
    {
      GlossClaim *claim = gloss_project_get_claim (project, i);
      const char *quote = gloss_claim_get_quote (claim);
      guint k;

      for (k = 0; k < sentences->len && strcmp (g_ptr_array_index (sentences, k), quote) != 0; k++)
        ;
      g_assert_cmpuint (k, <, sentences->len);
      if (k == deleted)
        assert_placed (revision, claim, GLOSS_ANCHOR_ORPHANED, NULL, 0);
      else if (k == figure)
        assert_placed (revision, claim, GLOSS_ANCHOR_FUZZY, figure_new, 0);
      else if (k == moved)
        assert_placed (revision, claim, GLOSS_ANCHOR_MOVED, quote, 0);
      else
        assert_placed (revision, claim, GLOSS_ANCHOR_EXACT, quote, 0);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/revise/sample", Fixture, NULL, fixture_set_up, test_revise_sample, fixture_tear_down);
  g_test_add ("/revise/undo", Fixture, NULL, fixture_set_up, test_revise_undo, fixture_tear_down);
  g_test_add ("/revise/reattach", Fixture, NULL, fixture_set_up, test_revise_reattach, fixture_tear_down);
  g_test_add ("/revise/save", Fixture, NULL, fixture_set_up, test_revise_save, fixture_tear_down);
  g_test_add ("/revise/reanchor", Fixture, NULL, fixture_set_up, test_revise_reanchor, fixture_tear_down);
  g_test_add_func ("/revise/alignment", test_revise_alignment);
  g_test_add_func ("/revise/corpus", test_revise_corpus);
  g_test_add_func ("/revise/random-edits", test_revise_random_edits);

  return g_test_run ();
}
