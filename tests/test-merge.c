/* Merging annotators' projects: N-way (gloss_merge_projects) and 3-way
 * (gloss_merge3), and conflicting claims through the project file. */

#include "config.h"

#include <string.h>

#include "gloss-compare.h"
#include "gloss-conflict.h"
#include "gloss-merge.h"
#include "gloss-project-file.h"

/* "We built the dam" is 17-33, "Ben" 35-38, "Ben: It cost a lot." 35-54,
 * "It cost a lot" 40-53 */
#define TEXT "Header line\nAna: We built the dam.\nBen: It cost a lot.\nEnd\n"

static GDateTime *
date (int day)
{
  return g_date_time_new_utc (2025, 1, day, 10, 0, 0);
}

static GlossProject *
project_new (const char *text)
{
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new (text, -1);

  return gloss_project_new_blank (transcript);
}

static GlossTopic *
add_topic (GlossProject *project,
           const char   *id,
           const char   *name,
           const char   *color)
{
  g_autoptr(GlossTopic) topic = gloss_topic_new (id, name, color);

  gloss_project_insert_topic (project, topic, gloss_project_get_n_topics (project));
  return topic;
}

static GlossClaim *
add_claim (GlossProject *project,
           const char   *id,
           guint         start,
           guint         end,
           const char   *topic,
           const char   *note,
           const char   *author)
{
  GlossTranscript *text = gloss_project_get_transcript (project);
  const char *topics[] = { topic, NULL };
  g_autofree char *quote = NULL, *prefix = NULL, *suffix = NULL;
  g_autoptr(GDateTime) when = date (1);
  g_autoptr(GlossClaim) claim = NULL;

  gloss_claim_context_from_text (text, start, end, &quote, &prefix, &suffix);
  claim = gloss_claim_new_full (id, start, end, quote, prefix, suffix, topics, note, author,
                                when, when);
  gloss_project_add_claim (project, claim);
  return claim;
}

static char *
to_string (GlossProject *project)
{
  g_autoptr(GBytes) bytes = gloss_project_file_to_bytes (project);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static GlossProject *
annotator_a (void)
{
  GlossProject *a = project_new (TEXT);

  add_topic (a, "dam", "Dam", "#3584e4");
  add_topic (a, "cost", "Cost", "#e01b24");
  add_claim (a, "a1", 17, 33, "dam", "", "Ana");
  add_claim (a, "a2", 40, 53, "cost", "", "Ana");
  return a;
}

/* the same text; "Cost" under another id and colour, "dam" renamed, one
 * claim the same as a1, one of its own, and an id that a2 already has */
static GlossProject *
annotator_b (void)
{
  GlossProject *b = project_new (TEXT);

  add_topic (b, "money", "Cost", "#2ec27e");
  add_topic (b, "dam", "Dams", "#3584e4");
  add_claim (b, "b1", 17, 33, "dam", "", "Bea");
  add_claim (b, "a2", 35, 54, "money", "whole turn", "Bea");
  return b;
}

static void
test_merge_two (void)
{
  g_autoptr(GlossProject) a = annotator_a ();
  g_autoptr(GlossProject) b = annotator_b ();
  GlossProject *ab[] = { a, b };
  GlossProject *ba[] = { b, a };
  const char *names_ab[] = { "a.gloss", "b.gloss" };
  const char *names_ba[] = { "b.gloss", "a.gloss" };
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GlossProject) merged = NULL;
  g_autoptr(GlossProject) reversed = NULL;
  g_autofree char *one = NULL, *two = NULL, *all_notes = NULL;
  g_autoptr(GError) error = NULL;
  GlossClaim *renamed;

  merged = gloss_merge_projects (ab, names_ab, 2, notes, &error);
  g_assert_no_error (error);
  reversed = gloss_merge_projects (ba, names_ba, 2, NULL, &error);
  g_assert_no_error (error);

  /* byte-identical whatever the order */
  one = to_string (merged);
  two = to_string (reversed);
  g_assert_cmpstr (one, ==, two);

  /* two topics: "money" became "cost" (same name), "dam" kept one name */
  g_assert_cmpuint (gloss_project_get_n_topics (merged), ==, 2);
  g_assert_nonnull (gloss_project_lookup_topic (merged, "dam"));
  g_assert_nonnull (gloss_project_lookup_topic (merged, "cost"));
  g_assert_null (gloss_project_lookup_topic (merged, "money"));

  /* a1 = b1 appears once; a2 twice (different spans), the second renamed */
  g_assert_cmpuint (gloss_project_get_n_claims (merged), ==, 3);
  g_assert_nonnull (gloss_project_lookup_claim (merged, "a2"));
  renamed = gloss_project_get_claim (merged, 1);
  g_assert_cmpuint (gloss_claim_get_start (renamed), ==, 35);
  g_assert_cmpstr (gloss_claim_get_author (renamed), ==, "Bea");
  g_assert_cmpstr (gloss_claim_get_topics (renamed)[0], ==, "cost");
  g_assert_cmpstr (gloss_claim_get_note (renamed), ==, "whole turn");
  g_assert_cmpstr (gloss_claim_get_id (renamed), !=, "a2");
  g_assert_cmpuint (strlen (gloss_claim_get_id (renamed)), ==, 36);

  /* the conflicts are reported, naming the files */
  g_ptr_array_add (notes, NULL);
  all_notes = g_strjoinv ("\n", (char **) notes->pdata);
  g_assert_nonnull (strstr (all_notes, "id “money”"));
  g_assert_nonnull (strstr (all_notes, "#2ec27e"));
  g_assert_nonnull (strstr (all_notes, "named “Dam”"));
  g_assert_nonnull (strstr (all_notes, "appears once"));
  g_assert_nonnull (strstr (all_notes, "gets a new id"));
}

static void
test_merge_three_any_order (void)
{
  g_autoptr(GlossProject) a = annotator_a ();
  g_autoptr(GlossProject) b = annotator_b ();
  g_autoptr(GlossProject) c = project_new (TEXT);
  const char *names[] = { "a", "b", "c" };
  GlossProject *orders[][3] = { { a, b, c }, { c, b, a }, { b, c, a } };
  g_autofree char *first = NULL;

  add_topic (c, "other", "Other", "#9141ac");
  add_claim (c, "c1", 0, 6, "other", "in the header", "Cai");

  for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GlossProject) merged = gloss_merge_projects (orders[i], names, 3, NULL, &error);
      g_autofree char *bytes = NULL;

      g_assert_no_error (error);
      bytes = to_string (merged);
      g_assert_cmpuint (gloss_project_get_n_claims (merged), ==, 4);
      g_assert_cmpuint (gloss_project_get_n_topics (merged), ==, 3);
      if (first == NULL)
        first = g_steal_pointer (&bytes);
      else
        g_assert_cmpstr (bytes, ==, first);
    }
}

static void
test_merge_text_differs (void)
{
  g_autoptr(GlossProject) a = annotator_a ();
  g_autoptr(GlossProject) b = project_new ("Header line\nAna: We built the wall.\nBen: It cost a lot.\nEnd\n");
  GlossProject *ab[] = { a, b };
  const char *names[] = { "a.gloss", "b.gloss" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossProject) merged = gloss_merge_projects (ab, names, 2, NULL, &error);

  g_assert_null (merged);
  g_assert_error (error, GLOSS_MERGE_ERROR, GLOSS_MERGE_ERROR_TEXT_DIFFERS);
  /* "wall" against "dam": line 2, column 19, character 30 */
  g_assert_true (g_str_has_prefix (error->message, "b.gloss: "));
  g_assert_nonnull (strstr (error->message, "a.gloss"));
  g_assert_nonnull (strstr (error->message, "line 2, column 19 (character 30)"));
  g_assert_nonnull (strstr (error->message, "“wall.↵Ben"));
  g_assert_nonnull (strstr (error->message, "“dam.↵Ben"));
}

static void
test_merge_text_shorter (void)
{
  g_autoptr(GlossProject) a = annotator_a ();
  g_autoptr(GlossProject) b = project_new ("Header line\n");
  GlossProject *ab[] = { a, b };
  const char *names[] = { "a.gloss", "b.gloss" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossProject) merged = gloss_merge_projects (ab, names, 2, NULL, &error);

  g_assert_error (error, GLOSS_MERGE_ERROR, GLOSS_MERGE_ERROR_TEXT_DIFFERS);
  g_assert_nonnull (strstr (error->message, "line 2, column 1 (character 12): the end of the text here"));
}

/* base: c1 (dam), c2 (cost), c3 (cost); ours edits c1's note, deletes c3
 * and adds o1; theirs edits c2's topics, adds t1 and a topic */
typedef struct
{
  GlossProject *base, *ours, *theirs;
} Three;

static void
three_init (Three *three)
{
  GlossProject **sides[] = { &three->base, &three->ours, &three->theirs };

  for (guint i = 0; i < 3; i++)
    {
      GlossProject *p = *sides[i] = project_new (TEXT);

      add_topic (p, "dam", "Dam", "#3584e4");
      add_topic (p, "cost", "Cost", "#e01b24");
      add_claim (p, "c1", 17, 33, "dam", "", "Ana");
      add_claim (p, "c2", 40, 53, "cost", "", "Ana");
      add_claim (p, "c3", 35, 38, "cost", "", "Ana");
    }
}

static void
three_clear (Three *three)
{
  g_clear_object (&three->base);
  g_clear_object (&three->ours);
  g_clear_object (&three->theirs);
}

static void
test_merge3_clean (void)
{
  Three three;
  const char *names[] = { "base", "ours", "theirs" };
  const char *dam[] = { "dam", "cost", NULL };
  g_autoptr(GlossProject) merged = NULL;
  g_autoptr(GError) error = NULL;
  guint n_conflicts = 99;

  three_init (&three);
  gloss_project_set_claim_note (three.ours, gloss_project_lookup_claim (three.ours, "c1"), "a dam");
  gloss_project_remove_claim (three.ours, gloss_project_lookup_claim (three.ours, "c3"));
  add_claim (three.ours, "o1", 0, 6, "dam", "", "Ana");
  gloss_project_set_claim_topics (three.theirs, gloss_project_lookup_claim (three.theirs, "c2"), dam);
  add_topic (three.theirs, "people", "People", "#9141ac");
  add_claim (three.theirs, "t1", 35, 38, "people", "Ben", "Bea");

  merged = gloss_merge3 (three.base, three.ours, three.theirs, names, &n_conflicts, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_conflicts, ==, 0);

  g_assert_cmpuint (gloss_project_get_n_claims (merged), ==, 4);
  g_assert_cmpstr (gloss_claim_get_note (gloss_project_lookup_claim (merged, "c1")), ==, "a dam");
  g_assert_true (gloss_claim_has_topic (gloss_project_lookup_claim (merged, "c2"), "dam"));
  g_assert_null (gloss_project_lookup_claim (merged, "c3"));
  g_assert_nonnull (gloss_project_lookup_claim (merged, "o1"));
  g_assert_nonnull (gloss_project_lookup_claim (merged, "t1"));
  g_assert_nonnull (gloss_project_lookup_topic (merged, "people"));
  for (guint i = 0; i < gloss_project_get_n_claims (merged); i++)
    g_assert_null (gloss_claim_get_conflict (gloss_project_get_claim (merged, i)));

  three_clear (&three);
}

/* a status and sources one side set come through, whole */
static void
test_merge3_record (void)
{
  Three three;
  const char *names[] = { "base", "ours", "theirs" };
  g_autoptr(GlossProject) merged = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify) gloss_source_unref);
  GlossClaim *claim;
  guint n_conflicts = 99;

  three_init (&three);
  g_ptr_array_add (sources, gloss_source_new ("https://example.org/dam", "Dam report", "2024-03-04"));
  gloss_project_set_claim_status (three.theirs, gloss_project_lookup_claim (three.theirs, "c1"),
                                  GLOSS_CLAIM_STATUS_DISPUTED);
  gloss_project_set_claim_sources (three.theirs, gloss_project_lookup_claim (three.theirs, "c1"), sources);
  gloss_project_set_claim_status (three.ours, gloss_project_lookup_claim (three.ours, "c2"),
                                  GLOSS_CLAIM_STATUS_VERIFIED);

  merged = gloss_merge3 (three.base, three.ours, three.theirs, names, &n_conflicts, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_conflicts, ==, 0);
  claim = gloss_project_lookup_claim (merged, "c1");
  g_assert_cmpint (gloss_claim_get_status (claim), ==, GLOSS_CLAIM_STATUS_DISPUTED);
  g_assert_true (gloss_sources_equal (gloss_claim_get_sources (claim), sources));
  g_assert_cmpint (gloss_claim_get_status (gloss_project_lookup_claim (merged, "c2")), ==,
                   GLOSS_CLAIM_STATUS_VERIFIED);

  three_clear (&three);
}

static void
test_merge3_conflict (void)
{
  Three three;
  const char *names[] = { "base", "ours", "theirs" };
  g_autoptr(GlossProject) merged = NULL;
  g_autoptr(GlossProject) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  guint n_conflicts = 0;
  GlossClaim *claim, *theirs;

  three_init (&three);
  gloss_project_set_claim_note (three.ours, gloss_project_lookup_claim (three.ours, "c1"), "mine");
  gloss_project_set_claim_note (three.theirs, gloss_project_lookup_claim (three.theirs, "c1"), "yours");
  /* deleted on our side, edited on theirs: the edit is kept */
  gloss_project_remove_claim (three.ours, gloss_project_lookup_claim (three.ours, "c3"));
  gloss_project_set_claim_note (three.theirs, gloss_project_lookup_claim (three.theirs, "c3"), "kept");
  /* deleted on both sides: gone */
  gloss_project_remove_claim (three.theirs, gloss_project_lookup_claim (three.theirs, "c2"));
  gloss_project_remove_claim (three.ours, gloss_project_lookup_claim (three.ours, "c2"));

  merged = gloss_merge3 (three.base, three.ours, three.theirs, names, &n_conflicts, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_conflicts, ==, 1);

  claim = gloss_project_lookup_claim (merged, "c1");
  g_assert_cmpstr (gloss_claim_get_note (claim), ==, "mine");
  theirs = gloss_claim_get_conflict (claim);
  g_assert_nonnull (theirs);
  g_assert_cmpstr (gloss_claim_get_note (theirs), ==, "yours");
  g_assert_cmpstr (gloss_claim_get_note (gloss_project_lookup_claim (merged, "c3")), ==, "kept");
  g_assert_null (gloss_project_lookup_claim (merged, "c2"));

  /* both versions survive the file */
  bytes = gloss_project_file_to_bytes (merged);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "\"conflict\": {"));
  reloaded = gloss_project_file_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                           "merged.gloss", &error);
  g_assert_no_error (error);
  theirs = gloss_claim_get_conflict (gloss_project_lookup_claim (reloaded, "c1"));
  g_assert_nonnull (theirs);
  g_assert_cmpstr (gloss_claim_get_note (theirs), ==, "yours");
  again = gloss_project_file_to_bytes (reloaded);
  g_assert_true (g_bytes_equal (bytes, again));

  three_clear (&three);
}

/* the record is merged on its own: a status set on one side and a note on
 * the other merge; two statuses keep ours' with a note, not a conflict */
static void
test_merge3_record_only (void)
{
  Three three;
  const char *names[] = { "base", "ours", "theirs" };
  g_autoptr(GlossProject) merged = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify) gloss_source_unref);
  GlossClaim *claim;
  guint n_conflicts = 99;

  three_init (&three);
  g_ptr_array_add (sources, gloss_source_new ("https://example.org/dam", "Dam report", "2024-03-04"));
  /* c1: status on our side, a note and a source on theirs */
  gloss_project_set_claim_status (three.ours, gloss_project_lookup_claim (three.ours, "c1"),
                                  GLOSS_CLAIM_STATUS_VERIFIED);
  gloss_project_set_claim_note (three.theirs, gloss_project_lookup_claim (three.theirs, "c1"), "checked");
  gloss_project_set_claim_sources (three.theirs, gloss_project_lookup_claim (three.theirs, "c1"), sources);
  /* c2: a status on each side */
  gloss_project_set_claim_status (three.ours, gloss_project_lookup_claim (three.ours, "c2"),
                                  GLOSS_CLAIM_STATUS_FALSE);
  gloss_project_set_claim_status (three.theirs, gloss_project_lookup_claim (three.theirs, "c2"),
                                  GLOSS_CLAIM_STATUS_DISPUTED);

  merged = gloss_merge3 (three.base, three.ours, three.theirs, names, &n_conflicts, notes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_conflicts, ==, 0);

  claim = gloss_project_lookup_claim (merged, "c1");
  g_assert_null (gloss_claim_get_conflict (claim));
  g_assert_cmpstr (gloss_claim_get_note (claim), ==, "checked");
  g_assert_cmpint (gloss_claim_get_status (claim), ==, GLOSS_CLAIM_STATUS_VERIFIED);
  g_assert_true (gloss_sources_equal (gloss_claim_get_sources (claim), sources));

  claim = gloss_project_lookup_claim (merged, "c2");
  g_assert_null (gloss_claim_get_conflict (claim));
  g_assert_cmpint (gloss_claim_get_status (claim), ==, GLOSS_CLAIM_STATUS_FALSE);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (notes, 0), "changed differently in ours and theirs; ours’s are kept"));

  three_clear (&three);
}

/* a real conflict keeps the other side's status and sources, through the file */
static void
test_merge3_conflict_record (void)
{
  Three three;
  const char *names[] = { "base", "ours", "theirs" };
  g_autoptr(GlossProject) merged = NULL;
  g_autoptr(GlossProject) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func ((GDestroyNotify) gloss_source_unref);
  GlossClaim *theirs_c1;
  guint n_conflicts = 0;

  three_init (&three);
  g_ptr_array_add (sources, gloss_source_new ("https://example.org/dam", "Dam report", "2024-03-04"));
  theirs_c1 = gloss_project_lookup_claim (three.theirs, "c1");
  gloss_project_set_claim_note (three.ours, gloss_project_lookup_claim (three.ours, "c1"), "mine");
  gloss_project_set_claim_note (three.theirs, theirs_c1, "yours");
  gloss_project_set_claim_status (three.theirs, theirs_c1, GLOSS_CLAIM_STATUS_NEEDS_SOURCE);
  gloss_project_set_claim_sources (three.theirs, theirs_c1, sources);

  merged = gloss_merge3 (three.base, three.ours, three.theirs, names, &n_conflicts, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_conflicts, ==, 1);
  theirs_c1 = gloss_claim_get_conflict (gloss_project_lookup_claim (merged, "c1"));
  g_assert_cmpint (gloss_claim_get_status (gloss_project_lookup_claim (merged, "c1")), ==,
                   GLOSS_CLAIM_STATUS_UNCHECKED);
  g_assert_cmpint (gloss_claim_get_status (theirs_c1), ==, GLOSS_CLAIM_STATUS_NEEDS_SOURCE);
  g_assert_true (gloss_sources_equal (gloss_claim_get_sources (theirs_c1), sources));

  bytes = gloss_project_file_to_bytes (merged);
  reloaded = gloss_project_file_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                           "merged.gloss", &error);
  g_assert_no_error (error);
  theirs_c1 = gloss_claim_get_conflict (gloss_project_lookup_claim (reloaded, "c1"));
  g_assert_nonnull (theirs_c1);
  g_assert_cmpint (gloss_claim_get_status (theirs_c1), ==, GLOSS_CLAIM_STATUS_NEEDS_SOURCE);
  g_assert_true (gloss_sources_equal (gloss_claim_get_sources (theirs_c1), sources));
  again = gloss_project_file_to_bytes (reloaded);
  g_assert_true (g_bytes_equal (bytes, again));

  three_clear (&three);
}

static void
test_merge3_topics (void)
{
  Three three;
  const char *names[] = { "base", "ours", "theirs" };
  g_autoptr(GlossProject) merged = NULL;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  guint n_conflicts = 0;

  three_init (&three);
  /* ours renames, theirs recolours: both kept */
  gloss_project_set_topic_name (three.ours, gloss_project_lookup_topic (three.ours, "dam"), "Dams");
  gloss_project_set_topic_color (three.theirs, gloss_project_lookup_topic (three.theirs, "dam"), "#000000");
  /* both rename "cost" differently: ours wins, reported */
  gloss_project_set_topic_name (three.ours, gloss_project_lookup_topic (three.ours, "cost"), "Money");
  gloss_project_set_topic_name (three.theirs, gloss_project_lookup_topic (three.theirs, "cost"), "Price");

  merged = gloss_merge3 (three.base, three.ours, three.theirs, names, &n_conflicts, notes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_conflicts, ==, 0);
  g_assert_cmpstr (gloss_topic_get_name (gloss_project_lookup_topic (merged, "dam")), ==, "Dams");
  g_assert_cmpstr (gloss_topic_get_color (gloss_project_lookup_topic (merged, "dam")), ==, "#000000");
  g_assert_cmpstr (gloss_topic_get_name (gloss_project_lookup_topic (merged, "cost")), ==, "Money");
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (notes, 0), "changed differently in ours and theirs"));

  three_clear (&three);
}

/* a merged project with c1 conflicting: ours "mine" on 17-33, theirs
 * "yours" on 17-25 with topic cost */
static GlossProject *
conflicting_project (void)
{
  Three three;
  const char *names[] = { "base", "ours", "theirs" };
  const char *cost[] = { "cost", NULL };
  GlossProject *merged;
  GlossClaim *c1;
  guint n_conflicts = 0;

  three_init (&three);
  gloss_project_set_claim_note (three.ours, gloss_project_lookup_claim (three.ours, "c1"), "mine");
  c1 = gloss_project_lookup_claim (three.theirs, "c1");
  gloss_project_set_claim_note (three.theirs, c1, "yours");
  gloss_project_set_claim_topics (three.theirs, c1, cost);
  gloss_project_move_claim (three.theirs, c1, 17, 25, FALSE);
  gloss_project_set_claim_status (three.theirs, c1, GLOSS_CLAIM_STATUS_DISPUTED);
  merged = gloss_merge3 (three.base, three.ours, three.theirs, names, &n_conflicts, NULL, NULL);
  g_assert_cmpuint (n_conflicts, ==, 1);
  three_clear (&three);
  return merged;
}

static void
test_conflict_resolve (void)
{
  GlossConflictChoice choices[] = { GLOSS_CONFLICT_KEEP_MINE, GLOSS_CONFLICT_TAKE_THEIRS,
                                    GLOSS_CONFLICT_KEEP_BOTH };

  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      g_autoptr(GlossProject) project = conflicting_project ();
      g_autoptr(GlossHistory) history = gloss_history_new (project);
      g_autoptr(GBytes) before = gloss_project_file_to_bytes (project);
      g_autoptr(GBytes) undone = NULL;
      g_autoptr(GPtrArray) conflicts = gloss_conflict_list (project);
      GlossClaim *c1 = gloss_project_lookup_claim (project, "c1");

      g_assert_cmpuint (conflicts->len, ==, 1);
      g_assert_true (g_ptr_array_index (conflicts, 0) == c1);

      gloss_conflict_resolve (history, c1, choices[i]);
      g_assert_null (gloss_claim_get_conflict (c1));
      g_clear_pointer (&conflicts, g_ptr_array_unref);
      conflicts = gloss_conflict_list (project);
      g_assert_cmpuint (conflicts->len, ==, 0);
      g_assert_cmpstr (gloss_history_get_undo_label (history), ==, "Resolve conflict");

      switch (choices[i])
        {
        case GLOSS_CONFLICT_KEEP_MINE:
          g_assert_cmpstr (gloss_claim_get_note (c1), ==, "mine");
          g_assert_cmpint (gloss_claim_get_status (c1), ==, GLOSS_CLAIM_STATUS_UNCHECKED);
          g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 3);
          break;
        case GLOSS_CONFLICT_TAKE_THEIRS:
          g_assert_cmpstr (gloss_claim_get_note (c1), ==, "yours");
          g_assert_cmpuint (gloss_claim_get_end (c1), ==, 25);
          g_assert_cmpstr (gloss_claim_get_quote (c1), ==, "We built");
          g_assert_true (gloss_claim_has_topic (c1, "cost"));
          g_assert_false (gloss_claim_has_topic (c1, "dam"));
          /* and their record */
          g_assert_cmpint (gloss_claim_get_status (c1), ==, GLOSS_CLAIM_STATUS_DISPUTED);
          g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 3);
          break;
        case GLOSS_CONFLICT_KEEP_BOTH:
          g_assert_cmpstr (gloss_claim_get_note (c1), ==, "mine");
          g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 4);
          break;
        }

      /* one undo gives back the conflict exactly */
      g_assert_true (gloss_history_undo (history));
      undone = gloss_project_file_to_bytes (project);
      g_assert_true (g_bytes_equal (before, undone));
      g_assert_nonnull (gloss_claim_get_conflict (c1));
    }
}

static void
test_compare (void)
{
  g_autoptr(GlossProject) mine = project_new (TEXT);
  g_autoptr(GlossProject) theirs = project_new (TEXT);
  g_autoptr(GlossHistory) history = gloss_history_new (mine);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GBytes) before = NULL, undone = NULL;
  const GlossDisagreement *d;

  add_topic (mine, "dam", "Dam", "#3584e4");
  add_topic (theirs, "dam", "Dam", "#3584e4");
  add_topic (theirs, "cost", "Cost", "#e01b24");
  add_claim (mine, "same-1", 0, 6, "dam", "", "Ana");         /* agreed */
  add_claim (theirs, "same-2", 0, 6, "dam", "", "Bea");
  add_claim (mine, "m-extent", 17, 33, "dam", "", "Ana");     /* extent: 17-33 vs 17-30 */
  add_claim (theirs, "t-extent", 17, 30, "dam", "", "Bea");
  add_claim (mine, "m-topics", 40, 53, "dam", "", "Ana");     /* topics: dam vs cost */
  add_claim (theirs, "t-topics", 40, 53, "cost", "", "Bea");
  add_claim (mine, "m-only", 55, 58, "dam", "", "Ana");       /* only mine */
  add_claim (theirs, "t-only", 35, 38, "dam", "Ben", "Bea");  /* only theirs */

  list = gloss_compare_disagreements (mine, theirs);
  g_assert_cmpuint (list->len, ==, 4);
  d = g_ptr_array_index (list, 0);
  g_assert_cmpint (d->kind, ==, GLOSS_DISAGREEMENT_EXTENT);
  g_assert_cmpstr (gloss_claim_get_id (d->theirs), ==, "t-extent");
  d = g_ptr_array_index (list, 1);
  g_assert_cmpint (d->kind, ==, GLOSS_DISAGREEMENT_ONLY_THEIRS);
  g_assert_null (d->mine);
  d = g_ptr_array_index (list, 2);
  g_assert_cmpint (d->kind, ==, GLOSS_DISAGREEMENT_TOPICS);
  d = g_ptr_array_index (list, 3);
  g_assert_cmpint (d->kind, ==, GLOSS_DISAGREEMENT_ONLY_MINE);
  g_assert_cmpstr (gloss_claim_get_id (d->mine), ==, "m-only");

  /* taking theirs everywhere makes the two agree; each take is one undo */
  before = gloss_project_file_to_bytes (mine);
  for (guint i = 0; i < list->len; i++)
    gloss_compare_take_theirs (history, theirs, g_ptr_array_index (list, i));
  g_assert_nonnull (gloss_project_lookup_topic (mine, "cost"));
  g_assert_cmpstr (gloss_claim_get_author (gloss_project_lookup_claim (mine, "t-only")), ==, "Bea");
  g_clear_pointer (&list, g_ptr_array_unref);
  list = gloss_compare_disagreements (mine, theirs);
  g_assert_cmpuint (list->len, ==, 0);

  for (guint i = 0; i < 4; i++)
    {
      g_assert_cmpstr (gloss_history_get_undo_label (history), ==, "Take their version");
      g_assert_true (gloss_history_undo (history));
    }
  undone = gloss_project_file_to_bytes (mine);
  g_assert_true (g_bytes_equal (before, undone));
}

/* the user who edits a claim's topics or note becomes its author; undo
 * gives the claim its author back; the file keeps the new one */
static void
test_editor_becomes_author (void)
{
  g_autoptr(GlossProject) project = annotator_a ();
  g_autoptr(GlossHistory) history = gloss_history_new (project);
  g_autoptr(GlossProject) reloaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *cost[] = { "cost", NULL };
  GlossClaim *a1 = gloss_project_lookup_claim (project, "a1");
  GlossClaim *a2 = gloss_project_lookup_claim (project, "a2");

  /* no author set: claims keep theirs */
  gloss_history_set_claim_note (history, a1, "first");
  g_assert_cmpstr (gloss_claim_get_author (a1), ==, "Ana");

  gloss_history_set_author (history, "Bea");
  g_assert_cmpstr (gloss_history_get_author (history), ==, "Bea");
  gloss_history_set_claim_note (history, a1, "second");
  g_assert_cmpstr (gloss_claim_get_author (a1), ==, "Bea");
  gloss_history_set_claim_topics (history, a2, cost);  /* the same topics: no edit */
  g_assert_cmpstr (gloss_claim_get_author (a2), ==, "Ana");

  bytes = gloss_project_file_to_bytes (project);
  reloaded = gloss_project_file_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                           "edited.gloss", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gloss_claim_get_author (gloss_project_lookup_claim (reloaded, "a1")), ==, "Bea");

  g_assert_true (gloss_history_undo (history));
  g_assert_cmpstr (gloss_claim_get_author (a1), ==, "Ana");
  g_assert_cmpstr (gloss_claim_get_note (a1), ==, "first");
  g_assert_true (gloss_history_redo (history));
  g_assert_cmpstr (gloss_claim_get_author (a1), ==, "Bea");

  gloss_history_set_author (history, "");
  g_assert_null (gloss_history_get_author (history));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/merge/two", test_merge_two);
  g_test_add_func ("/merge/three-any-order", test_merge_three_any_order);
  g_test_add_func ("/merge/text-differs", test_merge_text_differs);
  g_test_add_func ("/merge/text-shorter", test_merge_text_shorter);
  g_test_add_func ("/merge3/clean", test_merge3_clean);
  g_test_add_func ("/merge3/conflict", test_merge3_conflict);
  g_test_add_func ("/merge3/record", test_merge3_record);
  g_test_add_func ("/merge3/topics", test_merge3_topics);
  g_test_add_func ("/merge3/record-only", test_merge3_record_only);
  g_test_add_func ("/merge3/conflict-record", test_merge3_conflict_record);
  g_test_add_func ("/conflict/resolve", test_conflict_resolve);
  g_test_add_func ("/compare/disagreements", test_compare);
  g_test_add_func ("/identity/editor-becomes-author", test_editor_becomes_author);

  return g_test_run ();
}
