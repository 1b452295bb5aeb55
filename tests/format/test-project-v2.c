/* Project format version 2: the original text, the alignment, claims on
 * the original, orphans and previous quotes; and version 1 files opening
 * and saving as version 2 without losing anything. */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "gloss-claim-private.h"
#include "gloss-project-file.h"
#include "project-compare.h"

#define TRANSCRIPT_TEXT \
  "Briefing on water\n" \
  "Li Wei:\n" \
  "We laid 1,250 km of pipe this year.\n" \
  "Xinhua:\n" \
  "How much did it cost?\n" \
  "Li Wei:\n" \
  "It cost 48.6 million yuan, \"less\" than planned.\n"

/* the original, in Chinese, with a footer the translation left out */
#define ORIGINAL_TEXT \
  "供水情况发布会\n" \
  "李伟：\n" \
  "今年我们铺设了一千二百五十公里管道。\n" \
  "新华社：\n" \
  "花了多少钱？\n" \
  "李伟：\n" \
  "花费了四千八百六十万元，比计划“少”。\n" \
  "（完）\n"

static guint
offset_of (GlossTranscript *text,
           const char      *needle)
{
  const char *content = gloss_transcript_get_text (text);
  const char *at = strstr (content, needle);

  g_assert_nonnull (at);
  return (guint) g_utf8_pointer_to_offset (content, at);
}

static guint
end_of (GlossTranscript *text,
        const char      *needle)
{
  return offset_of (text, needle) + (guint) g_utf8_strlen (needle, -1);
}

/* header, remarks, question, answer (and a footer) found by their first words */
static GlossTranscript *
make_text (const char *content,
           const char *language,
           const char *speaker,
           const char *remarks,
           const char *outlet,
           const char *answer,
           const char *footer)
{
  GlossTranscript *text = gloss_transcript_new (content, -1);
  guint length = gloss_transcript_get_length (text);
  guint r = offset_of (text, remarks);
  guint q = offset_of (text, outlet);
  guint a = offset_of (text, answer);
  guint f = footer != NULL ? offset_of (text, footer) : length;

  gloss_transcript_set_language (text, language);
  gloss_transcript_add_participant (text, speaker, NULL);
  gloss_transcript_add_turn (text, GLOSS_TURN_HEADER, 0, r, NULL, NULL, -1);
  gloss_transcript_add_turn (text, GLOSS_TURN_REMARKS, r, q, speaker, NULL, -1);
  gloss_transcript_add_turn (text, GLOSS_TURN_QUESTION, q, a, NULL, outlet, -1);
  gloss_transcript_add_turn (text, GLOSS_TURN_ANSWER, a, f, speaker, NULL, 2);
  if (footer != NULL)
    gloss_transcript_add_turn (text, GLOSS_TURN_FOOTER, f, length, NULL, NULL, -1);

  return text;
}

static void
add_topic (GlossProject *project,
           const char   *id,
           const char   *name,
           const char   *color)
{
  g_autoptr(GlossTopic) topic = gloss_topic_new (id, name, color);

  gloss_project_insert_topic (project, topic, gloss_project_get_n_topics (project));
}

/* a project with every version 2 member: an original, an alignment with
 * a one-sided pair, paragraphs (one empty on a side) and user links,
 * claims on both texts, an orphan and a revised claim */
static GlossProject *
build_v2_project (void)
{
  g_autoptr(GlossTranscript) transcript =
    make_text (TRANSCRIPT_TEXT, "en", "Li Wei", "Li Wei:", "Xinhua:", "Li Wei:\nIt cost", NULL);
  g_autoptr(GlossTranscript) original =
    make_text (ORIGINAL_TEXT, "zh", "李伟", "李伟：", "新华社：", "李伟：\n花费", "（完）");
  g_autoptr(GlossAlignment) alignment = gloss_alignment_new ();
  g_autoptr(GlossClaim) pipe = NULL;
  g_autoptr(GlossClaim) cost = NULL;
  g_autoptr(GlossClaim) pipe_zh = NULL;
  g_autoptr(GlossClaim) orphan = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  GlossProject *project;
  const char *water[] = { "water", NULL };
  const char *budget[] = { "budget", "water", NULL };
  const guint none[] = { 0 };

  gloss_transcript_set_title (original, "供水情况发布会");
  gloss_transcript_set_source (original, "briefing-zh.txt");
  for (guint i = 0; i < 4; i++)
    gloss_alignment_add_turn_pair (alignment, &i, 1, &i, 1);
  gloss_alignment_add_turn_pair (alignment, none, 0, (const guint[]) { 4 }, 1);
  gloss_alignment_add_paragraph_pair (alignment,
                                      offset_of (transcript, "We laid"), end_of (transcript, "this year."),
                                      offset_of (original, "今年"), end_of (original, "管道。"));
  gloss_alignment_add_paragraph_pair (alignment,
                                      gloss_transcript_get_length (transcript),
                                      gloss_transcript_get_length (transcript),
                                      offset_of (original, "（完）"), end_of (original, "（完）"));
  gloss_alignment_add_link (alignment, 3, 3, TRUE);
  gloss_alignment_add_link (alignment, 1, 2, FALSE);

  project = gloss_project_new (transcript);
  gloss_project_set_original (project, original);
  gloss_project_set_alignment (project, alignment);
  add_topic (project, "water", "Water", "#3584e4");
  add_topic (project, "budget", "Budget", "#e66100");

  pipe = gloss_claim_new (transcript, offset_of (transcript, "1,250"), end_of (transcript, "of pipe"),
                          water, "", "anna");
  cost = gloss_claim_new (transcript, offset_of (transcript, "48.6"), end_of (transcript, "\"less\""),
                          budget, "Check the \"plan\"\nfigure.", "李");
  pipe_zh = gloss_claim_new (original, offset_of (original, "一千"), end_of (original, "公里"),
                             water, "原文", "anna");
  gloss_claim_set_text_role (pipe_zh, GLOSS_TEXT_ORIGINAL);
  orphan = gloss_claim_new (transcript, offset_of (transcript, "How much"), end_of (transcript, "cost?"),
                            water, "asked twice", "");
  _gloss_claim_set_status (cost, GLOSS_CLAIM_STATUS_FALSE);
  sources = g_ptr_array_new_with_free_func ((GDestroyNotify) gloss_source_unref);
  g_ptr_array_add (sources, gloss_source_new ("https://example.org/budget", "Budget 2024", "2024-03-04"));
  _gloss_claim_set_sources (cost, sources);
  gloss_project_add_claim (project, pipe);
  gloss_project_add_claim (project, cost);
  gloss_project_add_claim (project, pipe_zh);
  gloss_project_add_claim (project, orphan);
  /* its words are gone from a revised transcript: it keeps them */
  _gloss_claim_set_previous_quote (orphan, "How much did this cost?");
  gloss_project_move_claim (project, orphan, 0, 3, TRUE);

  return project;
}

static GlossProject *
load_bytes (GBytes     *bytes,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  GlossProject *project = gloss_project_file_load_data (data, size, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);
  return project;
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  gsize na, nb;
  const char *da = g_bytes_get_data (a, &na);
  const char *db = g_bytes_get_data (b, &nb);

  g_assert_cmpmem (da, na, db, nb);
}

/* save -> load -> save is byte-identical, and every member comes back */
static void
test_round_trip (void)
{
  g_autofree char *dir = g_dir_make_tmp ("gloss-v2-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "v2.gloss", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GlossProject) project = build_v2_project ();
  g_autoptr(GlossProject) loaded = NULL;
  g_autoptr(GlossProject) from_disk = NULL;
  g_autoptr(GBytes) first = gloss_project_file_to_bytes (project);
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;
  GlossClaim *claim;

  loaded = load_bytes (first, "v2.gloss");
  assert_projects_equal (project, loaded);
  second = gloss_project_file_to_bytes (loaded);
  assert_bytes_equal (first, second);

  g_assert_true (gloss_project_file_save (loaded, file, &error));
  g_assert_no_error (error);
  from_disk = gloss_project_file_load (file, &error);
  g_assert_no_error (error);
  assert_projects_equal (project, from_disk);

  /* what the model says, after the trip */
  g_assert_nonnull (gloss_project_get_original (loaded));
  g_assert_cmpuint (gloss_alignment_get_n_turn_pairs (gloss_project_get_alignment (loaded)), ==, 5);
  g_assert_cmpuint (gloss_alignment_get_n_links (gloss_project_get_alignment (loaded)), ==, 2);
  claim = gloss_project_get_claim (loaded, gloss_project_get_n_claims (loaded) - 1);
  g_assert_cmpint (gloss_claim_get_text_role (claim), ==, GLOSS_TEXT_ORIGINAL);
  g_assert_cmpstr (gloss_claim_get_quote (claim), ==, "一千二百五十公里");
  claim = gloss_project_get_claim (loaded, 0);
  g_assert_true (gloss_claim_get_orphaned (claim));
  g_assert_cmpstr (gloss_claim_get_quote (claim), ==, "How much did it cost?");
  g_assert_cmpstr (gloss_claim_get_previous_quote (claim), ==, "How much did this cost?");

  g_unlink (path);
  g_rmdir (dir);
}

/* the canonical form of version 2, member by member */
static void
test_layout (void)
{
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new ("Ab\ncd", -1);
  g_autoptr(GlossTranscript) original = gloss_transcript_new ("甲乙\n丙丁", -1);
  g_autoptr(GlossProject) project = gloss_project_new_blank (transcript);
  g_autoptr(GlossAlignment) alignment = gloss_alignment_new ();
  g_autoptr(GlossTopic) topic = gloss_topic_new ("t", "T", "#000000");
  g_autoptr(GDateTime) created = g_date_time_new_utc (2021, 7, 16, 9, 30, 0);
  g_autoptr(GlossClaim) on_original = NULL;
  g_autoptr(GlossClaim) orphan = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  const char *topics[] = { "t", NULL };
  const guint zero = 0;
  const char *expected =
    "{\n"
    "  \"format\": \"gloss-project\",\n"
    "  \"version\": 2,\n"
    "  \"transcript\": {\n"
    "    \"text\": \"Ab\\ncd\",\n"
    "    \"turns\": [\n"
    "      {\n"
    "        \"start\": 0,\n"
    "        \"end\": 5,\n"
    "        \"speaker\": \"A\",\n"
    "        \"kind\": \"remarks\"\n"
    "      }\n"
    "    ],\n"
    "    \"participants\": []\n"
    "  },\n"
    "  \"original\": {\n"
    "    \"language\": \"zh\",\n"
    "    \"text\": \"甲乙\\n丙丁\",\n"
    "    \"turns\": [\n"
    "      {\n"
    "        \"start\": 0,\n"
    "        \"end\": 5,\n"
    "        \"speaker\": \"甲\",\n"
    "        \"kind\": \"remarks\"\n"
    "      }\n"
    "    ],\n"
    "    \"participants\": []\n"
    "  },\n"
    "  \"alignment\": {\n"
    "    \"turns\": [\n"
    "      {\n"
    "        \"transcript\": [\n"
    "          0\n"
    "        ],\n"
    "        \"original\": [\n"
    "          0\n"
    "        ]\n"
    "      }\n"
    "    ],\n"
    "    \"paragraphs\": [\n"
    "      {\n"
    "        \"transcript\": [\n"
    "          0,\n"
    "          2\n"
    "        ],\n"
    "        \"original\": [\n"
    "          0,\n"
    "          2\n"
    "        ]\n"
    "      }\n"
    "    ],\n"
    "    \"user\": [\n"
    "      {\n"
    "        \"transcript\": 0,\n"
    "        \"original\": 0,\n"
    "        \"linked\": true\n"
    "      }\n"
    "    ]\n"
    "  },\n"
    "  \"topics\": [\n"
    "    {\n"
    "      \"id\": \"t\",\n"
    "      \"name\": \"T\",\n"
    "      \"color\": \"#000000\",\n"
    "      \"key\": \"1\",\n"
    "      \"keywords\": []\n"
    "    }\n"
    "  ],\n"
    "  \"claims\": [\n"
    "    {\n"
    "      \"id\": \"o\",\n"
    "      \"start\": 1,\n"
    "      \"end\": 2,\n"
    "      \"quote\": \"gone\",\n"
    "      \"prefix\": \"\",\n"
    "      \"suffix\": \"\",\n"
    "      \"topics\": [\n"
    "        \"t\"\n"
    "      ],\n"
    "      \"note\": \"\",\n"
    "      \"author\": \"\",\n"
    "      \"created\": \"2021-07-16T09:30:00Z\",\n"
    "      \"modified\": \"2021-07-16T09:30:00Z\",\n"
    "      \"orphaned\": true,\n"
    "      \"previous_quote\": \"went\",\n"
    "      \"status\": \"needs-source\",\n"
    "      \"sources\": [\n"
    "        {\n"
    "          \"url\": \"https://example.org/a?b=\\\"c\\\"\",\n"
    "          \"title\": \"报告\",\n"
    "          \"accessed\": \"2021-07-20\"\n"
    "        },\n"
    "        {\n"
    "          \"url\": \"Annual report, p. 3\"\n"
    "        }\n"
    "      ]\n"
    "    },\n"
    "    {\n"
    "      \"id\": \"z\",\n"
    "      \"start\": 3,\n"
    "      \"end\": 5,\n"
    "      \"quote\": \"丙丁\",\n"
    "      \"prefix\": \"甲乙\\n\",\n"
    "      \"suffix\": \"\",\n"
    "      \"topics\": [\n"
    "        \"t\"\n"
    "      ],\n"
    "      \"note\": \"\",\n"
    "      \"author\": \"\",\n"
    "      \"created\": \"2021-07-16T09:30:00Z\",\n"
    "      \"modified\": \"2021-07-16T09:30:00Z\",\n"
    "      \"text\": \"original\"\n"
    "    }\n"
    "  ]\n"
    "}\n";

  gloss_transcript_add_turn (transcript, GLOSS_TURN_REMARKS, 0, 5, "A", NULL, -1);
  gloss_transcript_set_language (original, "zh");
  gloss_transcript_add_turn (original, GLOSS_TURN_REMARKS, 0, 5, "甲", NULL, -1);
  gloss_alignment_add_turn_pair (alignment, &zero, 1, &zero, 1);
  gloss_alignment_add_paragraph_pair (alignment, 0, 2, 0, 2);
  gloss_alignment_add_link (alignment, 0, 0, TRUE);
  gloss_project_set_original (project, original);
  gloss_project_set_alignment (project, alignment);
  gloss_project_insert_topic (project, topic, 0);

  on_original = gloss_claim_new_full ("z", 3, 5, "丙丁", "甲乙\n", "", topics, NULL, NULL, created, created);
  gloss_claim_set_text_role (on_original, GLOSS_TEXT_ORIGINAL);
  orphan = gloss_claim_new_full ("o", 1, 2, "gone", "", "", topics, NULL, NULL, created, created);
  _gloss_claim_set_orphaned (orphan, TRUE);
  _gloss_claim_set_previous_quote (orphan, "went");
  _gloss_claim_set_status (orphan, GLOSS_CLAIM_STATUS_NEEDS_SOURCE);
  sources = g_ptr_array_new_with_free_func ((GDestroyNotify) gloss_source_unref);
  g_ptr_array_add (sources, gloss_source_new ("https://example.org/a?b=\"c\"", "报告", "2021-07-20"));
  g_ptr_array_add (sources, gloss_source_new ("Annual report, p. 3", "", NULL));
  _gloss_claim_set_sources (orphan, sources);
  gloss_project_add_claim (project, on_original);
  gloss_project_add_claim (project, orphan);

  bytes = gloss_project_file_to_bytes (project);
  g_assert_cmpstr (g_bytes_get_data (bytes, NULL), ==, expected);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, strlen (expected));
}

/* without an original nor an alignment, and with empty alignment parts,
 * nothing of them is written */
static void
test_optional_members (void)
{
  g_autoptr(GlossProject) project = build_v2_project ();
  g_autoptr(GlossAlignment) turns_only = gloss_alignment_new ();
  g_autoptr(GBytes) with_turns_only = NULL;
  g_autoptr(GBytes) without = NULL;
  g_autoptr(GlossProject) reloaded = NULL;
  const char *data;

  gloss_project_set_alignment (project, turns_only);
  with_turns_only = gloss_project_file_to_bytes (project);
  data = g_bytes_get_data (with_turns_only, NULL);
  g_assert_nonnull (strstr (data, "  \"alignment\": {\n    \"turns\": []\n  },\n"));
  g_assert_null (strstr (data, "\"paragraphs\""));
  g_assert_null (strstr (data, "\"user\""));
  reloaded = load_bytes (with_turns_only, "turns-only.gloss");
  assert_projects_equal (project, reloaded);

  /* the claim on the original goes first */
  gloss_project_remove_claim (project, gloss_project_get_claim (project, gloss_project_get_n_claims (project) - 1));
  gloss_project_set_alignment (project, NULL);
  gloss_project_set_original (project, NULL);
  without = gloss_project_file_to_bytes (project);
  data = g_bytes_get_data (without, NULL);
  g_assert_null (strstr (data, "\"original\""));
  g_assert_null (strstr (data, "\"alignment\""));
  g_assert_null (strstr (data, "\"text\": \"transcript\""));
  /* the orphan is still one */
  g_assert_nonnull (strstr (data, "\"orphaned\": true"));
}

/* "text": "transcript" is what a claim without "text" says; it is never
 * written. An orphan's words are its own. */
static void
test_reading_defaults (void)
{
  const char *data =
    "{\"format\": \"gloss-project\", \"version\": 2,"
    " \"transcript\": {\"text\": \"0123456789\"},"
    " \"topics\": [{\"id\": \"a\", \"name\": \"A\", \"color\": \"#ABCDEF\"}],"
    " \"claims\": [{\"id\": \"x\", \"start\": 2, \"end\": 4, \"quote\": \"23\", \"text\": \"transcript\","
    "   \"topics\": [\"a\"], \"created\": \"2021-07-16T09:30:00Z\", \"modified\": \"2021-07-16T09:30:00Z\","
    "   \"orphaned\": false, \"previous_quote\": null},"
    "  {\"id\": \"y\", \"start\": 5, \"end\": 9, \"quote\": \"not in the text at all\","
    "   \"topics\": [\"a\"], \"created\": \"2021-07-16T09:30:00Z\", \"modified\": \"2021-07-16T09:30:00Z\","
    "   \"orphaned\": true, \"text\": null}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GlossClaim *claim;

  project = gloss_project_file_load_data (data, strlen (data), "defaults.gloss", &error);
  g_assert_no_error (error);
  claim = gloss_project_lookup_claim (project, "x");
  g_assert_cmpint (gloss_claim_get_text_role (claim), ==, GLOSS_TEXT_TRANSCRIPT);
  g_assert_false (gloss_claim_get_orphaned (claim));
  g_assert_null (gloss_claim_get_previous_quote (claim));
  g_assert_cmpstr (gloss_claim_get_prefix (claim), ==, "01");

  claim = gloss_project_lookup_claim (project, "y");
  g_assert_true (gloss_claim_get_orphaned (claim));
  g_assert_cmpstr (gloss_claim_get_quote (claim), ==, "not in the text at all");
  /* not taken from a text that no longer holds its words */
  g_assert_cmpstr (gloss_claim_get_prefix (claim), ==, "");
  g_assert_cmpstr (gloss_claim_get_suffix (claim), ==, "");

  bytes = gloss_project_file_to_bytes (project);
  g_assert_null (strstr (g_bytes_get_data (bytes, NULL), "\"text\": \"transcript\""));
  g_assert_null (strstr (g_bytes_get_data (bytes, NULL), "\"orphaned\": false"));
}

static char *
read_sample (gsize *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "projects", "sample.gloss", NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

/* A project saved by Gloss 0.1 (version 1) opens, and saves as version 2
 * without losing anything: the file changes in its version line only, and
 * the project read back is the same, member by member. */
static void
test_v1_migrates (void)
{
  g_autofree char *sample = NULL;
  g_auto(GStrv) v1_lines = NULL;
  g_auto(GStrv) v2_lines = NULL;
  g_autoptr(GlossProject) v1 = NULL;
  g_autoptr(GlossProject) v2 = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved_text = NULL;
  guint differing = 0;
  gsize length;

  sample = read_sample (&length);
  g_assert_nonnull (strstr (sample, "\n  \"version\": 1,\n"));
  v1 = gloss_project_file_load_data (sample, length, "sample.gloss", &error);
  g_assert_no_error (error);
  g_assert_null (gloss_project_get_original (v1));
  g_assert_null (gloss_project_get_alignment (v1));

  saved = gloss_project_file_to_bytes (v1);
  saved_text = g_strndup (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));
  v1_lines = g_strsplit (sample, "\n", -1);
  v2_lines = g_strsplit (saved_text, "\n", -1);
  g_assert_cmpuint (g_strv_length (v1_lines), ==, g_strv_length (v2_lines));
  for (guint i = 0; v1_lines[i] != NULL; i++)
    {
      if (strcmp (v1_lines[i], v2_lines[i]) == 0)
        continue;
      differing++;
      g_assert_cmpstr (v1_lines[i], ==, "  \"version\": 1,");
      g_assert_cmpstr (v2_lines[i], ==, "  \"version\": 2,");
    }
  g_assert_cmpuint (differing, ==, 1);

  v2 = load_bytes (saved, "sample-v2.gloss");
  assert_projects_equal (v1, v2);
  for (guint i = 0; i < gloss_project_get_n_claims (v2); i++)
    {
      GlossClaim *claim = gloss_project_get_claim (v2, i);

      g_assert_cmpint (gloss_claim_get_text_role (claim), ==, GLOSS_TEXT_TRANSCRIPT);
      g_assert_false (gloss_claim_get_orphaned (claim));
      g_assert_null (gloss_claim_get_previous_quote (claim));
    }
}

/* the drafts worker's snapshot carries the original, the alignment and
 * every claim member as they were, whatever happens next */
static void
test_snapshot (void)
{
  g_autoptr(GlossProject) project = build_v2_project ();
  g_autoptr(GlossProjectSnapshot) snapshot = gloss_project_snapshot_new (project);
  g_autoptr(GBytes) before = gloss_project_file_to_bytes (project);
  g_autoptr(GBytes) from_snapshot = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GlossAlignment) other = gloss_alignment_new ();
  GlossClaim *orphan = gloss_project_get_claim (project, 0);
  GlossClaim *on_original = gloss_project_get_claim (project, gloss_project_get_n_claims (project) - 1);

  g_assert_true (gloss_claim_get_orphaned (orphan));
  gloss_project_move_claim (project, orphan, 10, 20, FALSE);
  _gloss_claim_set_previous_quote (orphan, NULL);
  gloss_project_move_claim (project, on_original, 0, 4, TRUE);
  gloss_project_set_alignment (project, other);
  gloss_transcript_set_title (gloss_project_get_original (project), "另一个标题");

  from_snapshot = gloss_project_snapshot_to_bytes (snapshot);
  assert_bytes_equal (from_snapshot, before);
  after = gloss_project_file_to_bytes (project);
  g_assert_false (g_bytes_equal (after, before));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/project-v2/round-trip", test_round_trip);
  g_test_add_func ("/project-v2/layout", test_layout);
  g_test_add_func ("/project-v2/optional-members", test_optional_members);
  g_test_add_func ("/project-v2/reading-defaults", test_reading_defaults);
  g_test_add_func ("/project-v2/v1-migrates", test_v1_migrates);
  g_test_add_func ("/project-v2/snapshot", test_snapshot);

  return g_test_run ();
}
