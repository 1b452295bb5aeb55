#include "config.h"

#include <math.h>

#include <string.h>

#include "gloss-project.h"

/* Records every signal of a project as text, in order. */
typedef struct
{
  GString *log;
} Recorder;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Recorder   *recorder)
{
  g_string_append_printf (recorder->log, "items(%u,%u,%u);", position, removed, added);
}

static void
topics_changed_cb (GListModel *model,
                   guint       position,
                   guint       removed,
                   guint       added,
                   Recorder   *recorder)
{
  g_string_append_printf (recorder->log, "topics(%u,%u,%u);", position, removed, added);
}

static void
claim_changed_cb (GlossProject *project,
                  GlossClaim   *claim,
                  Recorder     *recorder)
{
  g_string_append_printf (recorder->log, "claim(%s);", gloss_claim_get_id (claim));
}

static void
topic_changed_cb (GlossProject *project,
                  GlossTopic   *topic,
                  Recorder     *recorder)
{
  g_string_append_printf (recorder->log, "topic(%s);", gloss_topic_get_id (topic));
}

static void
changed_cb (GlossProject *project,
            Recorder     *recorder)
{
  g_string_append (recorder->log, "changed;");
}

static void
recorder_connect (Recorder     *recorder,
                  GlossProject *project)
{
  recorder->log = g_string_new (NULL);
  g_signal_connect (project, "items-changed", G_CALLBACK (items_changed_cb), recorder);
  g_signal_connect (gloss_project_get_topics (project), "items-changed", G_CALLBACK (topics_changed_cb), recorder);
  g_signal_connect (project, "claim-changed", G_CALLBACK (claim_changed_cb), recorder);
  g_signal_connect (project, "topic-changed", G_CALLBACK (topic_changed_cb), recorder);
  g_signal_connect (project, "changed", G_CALLBACK (changed_cb), recorder);
}

static void
recorder_check (Recorder   *recorder,
                const char *expected)
{
  g_assert_cmpstr (recorder->log->str, ==, expected);
  g_string_truncate (recorder->log, 0);
}

static void
recorder_clear (Recorder *recorder)
{
  g_string_free (recorder->log, TRUE);
}

static GlossTranscript *
make_transcript (guint length)
{
  GString *s = g_string_new (NULL);
  GlossTranscript *transcript;

  for (guint i = 0; i < length; i++)
    g_string_append (s, i % 3 == 0 ? "疫" : "a");
  transcript = gloss_transcript_new (s->str, -1);
  g_string_free (s, TRUE);

  return transcript;
}

static GlossClaim *
make_claim (const char *id,
            guint       start,
            guint       end)
{
  return gloss_claim_new_full (id, start, end, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
}

/* hue in degrees of "#rrggbb" */
static double
hue_of (const char *color)
{
  double r = g_ascii_xdigit_value (color[1]) * 16 + g_ascii_xdigit_value (color[2]);
  double g = g_ascii_xdigit_value (color[3]) * 16 + g_ascii_xdigit_value (color[4]);
  double b = g_ascii_xdigit_value (color[5]) * 16 + g_ascii_xdigit_value (color[6]);
  double max = MAX (r, MAX (g, b)), min = MIN (r, MIN (g, b));
  double h;

  if (max == min)
    return 0;
  if (max == r)
    h = 60 * fmod ((g - b) / (max - min), 6);
  else if (max == g)
    h = 60 * ((b - r) / (max - min) + 2);
  else
    h = 60 * ((r - g) / (max - min) + 4);

  return h < 0 ? h + 360 : h;
}

/* a new claim in a default topic must not look like text still selected:
 * GNOME's selection is the accent blue */
static void
test_project_default_colors (void)
{
  g_autoptr(GlossTranscript) transcript = make_transcript (10);
  g_autoptr(GlossProject) project = gloss_project_new (transcript);
  double selection = hue_of ("#3584e4");

  for (guint i = 0; i < gloss_project_get_n_topics (project); i++)
    {
      double distance = fabs (hue_of (gloss_topic_get_color (gloss_project_get_topic (project, i))) - selection);

      g_assert_cmpfloat (MIN (distance, 360 - distance), >=, 60);
    }
}

static void
test_project_default_topics (void)
{
  g_autoptr(GlossTranscript) transcript = make_transcript (10);
  g_autoptr(GlossProject) project = gloss_project_new (transcript);
  static const char * const ids[] = { "5g", "vaccines", "green-manufacturing" };
  static const char * const names[] = { "5G", "Vaccines", "Green manufacturing" };
  static const char * const colors[] = { "#e66100", "#9141ac", "#2ec27e" };
  static const char * const keys[] = { "1", "2", "3" };

  g_assert_true (gloss_project_get_transcript (project) == transcript);
  g_assert_cmpuint (gloss_project_get_n_topics (project), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (gloss_project_get_topics (project)), ==, 3);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (project)) == GLOSS_TYPE_CLAIM);

  for (guint i = 0; i < 3; i++)
    {
      GlossTopic *topic = gloss_project_get_topic (project, i);

      g_assert_cmpstr (gloss_topic_get_id (topic), ==, ids[i]);
      g_assert_cmpstr (gloss_topic_get_name (topic), ==, names[i]);
      g_assert_cmpstr (gloss_topic_get_color (topic), ==, colors[i]);
      g_assert_cmpstr (gloss_topic_get_key (topic), ==, keys[i]);
      g_assert_nonnull (gloss_topic_get_keywords (topic)[0]);
      g_assert_true (gloss_project_lookup_topic (project, ids[i]) == topic);
      g_assert_true (gloss_project_lookup_topic_by_key (project, keys[i]) == topic);
      g_assert_cmpint (gloss_project_get_topic_position (project, topic), ==, i);
    }
  g_assert_true (g_strv_contains (gloss_topic_get_keywords (gloss_project_get_topic (project, 0)), "base station"));
  g_assert_true (g_strv_contains (gloss_topic_get_keywords (gloss_project_get_topic (project, 2)), "low carbon"));
  g_assert_null (gloss_project_lookup_topic (project, "nope"));
  g_assert_null (gloss_project_lookup_topic_by_key (project, "4"));
  g_assert_null (gloss_project_lookup_topic_by_key (project, ""));

  g_clear_object (&project);
  project = gloss_project_new_blank (transcript);
  g_assert_cmpuint (gloss_project_get_n_topics (project), ==, 0);
}

static void
test_project_sorted_insertion (void)
{
  g_autoptr(GlossTranscript) transcript = make_transcript (100);
  g_autoptr(GlossProject) project = gloss_project_new (transcript);
  Recorder recorder;
  static const struct {
    const char *id;
    guint start, end;
    guint position;
  } adds[] = {
    { "c", 50, 60, 0 },
    { "a", 10, 20, 0 },
    { "e", 90, 95, 2 },
    { "b", 10, 30, 1 },
    { "d", 50, 60, 3 },   /* same span as "c": after it by id */
    { "a2", 10, 20, 1 },  /* same span as "a": after it by id */
  };
  static const char * const order[] = { "a", "a2", "b", "c", "d", "e" };

  recorder_connect (&recorder, project);

  for (guint i = 0; i < G_N_ELEMENTS (adds); i++)
    {
      g_autoptr(GlossClaim) claim = make_claim (adds[i].id, adds[i].start, adds[i].end);
      g_autofree char *expected = g_strdup_printf ("items(%u,0,1);changed;", adds[i].position);

      g_assert_cmpuint (gloss_project_add_claim (project, claim), ==, adds[i].position);
      recorder_check (&recorder, expected);
    }

  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, G_N_ELEMENTS (order));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (project)), ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autoptr(GlossClaim) item = g_list_model_get_item (G_LIST_MODEL (project), i);
      GlossClaim *claim = gloss_project_lookup_claim (project, order[i]);

      g_assert_cmpstr (gloss_claim_get_id (item), ==, order[i]);
      g_assert_true (item == claim);
      g_assert_true (gloss_project_get_claim (project, i) == claim);
      g_assert_cmpint (gloss_project_get_claim_position (project, claim), ==, i);
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (project), G_N_ELEMENTS (order)));
  g_assert_null (gloss_project_lookup_claim (project, "zzz"));

  /* removal reports the position it had */
  gloss_project_remove_claim (project, gloss_project_lookup_claim (project, "c"));
  recorder_check (&recorder, "items(3,1,0);changed;");
  g_assert_null (gloss_project_lookup_claim (project, "c"));
  g_assert_cmpstr (gloss_claim_get_id (gloss_project_get_claim (project, 3)), ==, "d");

  {
    g_autoptr(GlossClaim) stranger = make_claim ("c", 50, 60);

    g_assert_cmpint (gloss_project_get_claim_position (project, stranger), ==, -1);
  }

  recorder_clear (&recorder);
}

static void
test_project_claim_edits (void)
{
  g_autoptr(GlossTranscript) transcript = make_transcript (100);
  g_autoptr(GlossProject) project = gloss_project_new (transcript);
  g_autoptr(GDateTime) old = g_date_time_new_utc (2020, 1, 1, 0, 0, 0);
  const char *topics[] = { "vaccines", "5g", NULL };
  Recorder recorder;
  GlossClaim *target;

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *id = g_strdup_printf ("claim-%u", i);
      g_autoptr(GlossClaim) claim = gloss_claim_new_full (id, i * 10, i * 10 + 5, NULL, NULL, NULL,
                                                          NULL, NULL, NULL, old, old);

      gloss_project_add_claim (project, claim);
    }
  target = gloss_project_lookup_claim (project, "claim-3");

  recorder_connect (&recorder, project);

  gloss_project_set_claim_topics (project, target, topics);
  recorder_check (&recorder, "items(3,1,1);claim(claim-3);changed;");
  g_assert_true (g_strv_equal (gloss_claim_get_topics (target), topics));
  g_assert_cmpint (g_date_time_compare (gloss_claim_get_modified (target), old), >, 0);
  g_assert_cmpuint (gloss_project_count_claims_with_topic (project, "5g"), ==, 1);
  g_assert_cmpuint (gloss_project_count_claims_with_topic (project, "green-manufacturing"), ==, 0);

  gloss_project_set_claim_note (project, target, "source?");
  recorder_check (&recorder, "items(3,1,1);claim(claim-3);changed;");
  g_assert_cmpstr (gloss_claim_get_note (target), ==, "source?");

  /* no change, no signal */
  gloss_project_set_claim_note (project, target, "source?");
  gloss_project_set_claim_topics (project, target, topics);
  recorder_check (&recorder, "");

  recorder_clear (&recorder);
}

static void
test_project_claims_at (void)
{
  g_autoptr(GlossTranscript) transcript = make_transcript (400);
  g_autoptr(GlossProject) project = gloss_project_new_blank (transcript);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint n_claims = 300;

  /* overlapping claims of all lengths, one long one, added out of order */
  for (guint i = 0; i < n_claims; i++)
    {
      g_autofree char *id = g_strdup_printf ("%08x", g_rand_int (rand));
      guint start = g_rand_int_range (rand, 0, 390);
      guint end = start + (i == 17 ? 200 : g_rand_int_range (rand, 1, 10));
      g_autoptr(GlossClaim) claim = make_claim (id, start, MIN (end, 400));

      gloss_project_add_claim (project, claim);
    }

  for (int round = 0; round < 2; round++)
    {
      for (guint offset = 0; offset <= 401; offset++)
        {
          g_autoptr(GPtrArray) at = gloss_project_get_claims_at (project, GLOSS_TEXT_TRANSCRIPT, offset);
          guint j = 0;

          /* against a plain scan, order included */
          for (guint i = 0; i < gloss_project_get_n_claims (project); i++)
            {
              GlossClaim *claim = gloss_project_get_claim (project, i);

              if (gloss_claim_get_start (claim) <= offset && offset < gloss_claim_get_end (claim))
                {
                  g_assert_cmpuint (j, <, at->len);
                  g_assert_true (g_ptr_array_index (at, j) == claim);
                  j++;
                }
            }
          g_assert_cmpuint (j, ==, at->len);
        }

      /* remove the longest claims, so the look-back bound must shrink safely */
      for (guint i = gloss_project_get_n_claims (project); i > 0; i--)
        {
          GlossClaim *claim = gloss_project_get_claim (project, i - 1);

          if (gloss_claim_get_end (claim) - gloss_claim_get_start (claim) >= 8)
            gloss_project_remove_claim (project, claim);
        }
    }
}

static void
test_project_claims_at_simple (void)
{
  g_autoptr(GlossTranscript) transcript = make_transcript (100);
  g_autoptr(GlossProject) project = gloss_project_new_blank (transcript);
  g_autoptr(GlossClaim) outer = make_claim ("outer", 10, 50);
  g_autoptr(GlossClaim) inner = make_claim ("inner", 20, 30);
  g_autoptr(GlossClaim) later = make_claim ("later", 30, 40);
  g_autoptr(GPtrArray) at = NULL;

  gloss_project_add_claim (project, later);
  gloss_project_add_claim (project, inner);
  gloss_project_add_claim (project, outer);

  at = gloss_project_get_claims_at (project, GLOSS_TEXT_TRANSCRIPT, 25);
  g_assert_cmpuint (at->len, ==, 2);
  g_assert_true (g_ptr_array_index (at, 0) == outer);
  g_assert_true (g_ptr_array_index (at, 1) == inner);
  g_clear_pointer (&at, g_ptr_array_unref);

  /* half-open: 30 is past inner's end and at later's start */
  at = gloss_project_get_claims_at (project, GLOSS_TEXT_TRANSCRIPT, 30);
  g_assert_cmpuint (at->len, ==, 2);
  g_assert_true (g_ptr_array_index (at, 0) == outer);
  g_assert_true (g_ptr_array_index (at, 1) == later);
  g_clear_pointer (&at, g_ptr_array_unref);

  at = gloss_project_get_claims_at (project, GLOSS_TEXT_TRANSCRIPT, 50);
  g_assert_cmpuint (at->len, ==, 0);
  g_clear_pointer (&at, g_ptr_array_unref);
  at = gloss_project_get_claims_at (project, GLOSS_TEXT_TRANSCRIPT, 9);
  g_assert_cmpuint (at->len, ==, 0);
}

static void
check_keys (GlossProject *project,
            const char   *expected)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < gloss_project_get_n_topics (project); i++)
    {
      GlossTopic *topic = gloss_project_get_topic (project, i);

      g_string_append_printf (s, "%s=%s ", gloss_topic_get_id (topic), gloss_topic_get_key (topic));
    }
  g_assert_cmpstr (s->str, ==, expected);
}

static void
test_project_topic_keys (void)
{
  g_autoptr(GlossTranscript) transcript = make_transcript (10);
  g_autoptr(GlossProject) project = gloss_project_new (transcript);
  g_autoptr(GlossTopic) economy = gloss_topic_new ("economy", "Economy", "#e5a50a");
  GlossTopic *vaccines = gloss_project_lookup_topic (project, "vaccines");
  Recorder recorder;

  recorder_connect (&recorder, project);

  gloss_project_insert_topic (project, economy, 0);
  recorder_check (&recorder, "topics(0,0,1);topic(economy);topic(5g);topic(vaccines);topic(green-manufacturing);changed;");
  check_keys (project, "economy=1 5g=2 vaccines=3 green-manufacturing=4 ");
  g_assert_true (gloss_project_lookup_topic_by_key (project, "1") == economy);

  gloss_project_move_topic (project, economy, 3);
  recorder_check (&recorder, "topics(0,1,0);topics(3,0,1);topic(5g);topic(vaccines);topic(green-manufacturing);topic(economy);changed;");
  check_keys (project, "5g=1 vaccines=2 green-manufacturing=3 economy=4 ");

  /* past the end means last; to the same place does nothing */
  gloss_project_move_topic (project, vaccines, 99);
  check_keys (project, "5g=1 green-manufacturing=2 economy=3 vaccines=4 ");
  g_string_truncate (recorder.log, 0);
  gloss_project_move_topic (project, vaccines, 3);
  recorder_check (&recorder, "");

  gloss_project_remove_topic (project, gloss_project_lookup_topic (project, "5g"));
  recorder_check (&recorder, "topics(0,1,0);topic(green-manufacturing);topic(economy);topic(vaccines);changed;");
  check_keys (project, "green-manufacturing=1 economy=2 vaccines=3 ");
  g_assert_null (gloss_project_lookup_topic (project, "5g"));
  g_assert_null (gloss_project_lookup_topic_by_key (project, "4"));

  /* only nine keys */
  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *id = g_strdup_printf ("extra-%u", i);
      g_autoptr(GlossTopic) topic = gloss_topic_new (id, id, NULL);

      gloss_project_insert_topic (project, topic, G_MAXUINT);
    }
  g_assert_cmpuint (gloss_project_get_n_topics (project), ==, 11);
  g_assert_cmpstr (gloss_topic_get_key (gloss_project_get_topic (project, 8)), ==, "9");
  g_assert_cmpstr (gloss_topic_get_key (gloss_project_get_topic (project, 9)), ==, "");
  g_assert_cmpstr (gloss_topic_get_key (gloss_project_get_topic (project, 10)), ==, "");
  gloss_project_move_topic (project, gloss_project_get_topic (project, 10), 0);
  g_assert_cmpstr (gloss_topic_get_id (gloss_project_get_topic (project, 0)), ==, "extra-7");
  g_assert_cmpstr (gloss_topic_get_key (gloss_project_get_topic (project, 0)), ==, "1");
  g_assert_cmpstr (gloss_topic_get_key (gloss_project_get_topic (project, 10)), ==, "");

  /* far from the first ten: a topic moved or inserted there loses its key */
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *id = g_strdup_printf ("more-%u", i);
      g_autoptr(GlossTopic) topic = gloss_topic_new (id, id, NULL);

      if (i == 0)
        gloss_topic_set_key (topic, "5");
      gloss_project_insert_topic (project, topic, i == 0 ? 15 : G_MAXUINT);
    }
  gloss_project_move_topic (project, gloss_project_get_topic (project, 0), 20);
  gloss_project_remove_topic (project, gloss_project_get_topic (project, 3));
  for (guint i = 0; i < gloss_project_get_n_topics (project); i++)
    {
      char key[2] = { i < 9 ? (char) ('1' + i) : '\0', '\0' };

      g_assert_cmpstr (gloss_topic_get_key (gloss_project_get_topic (project, i)), ==, key);
    }

  recorder_clear (&recorder);
}

static void
test_project_topic_edits (void)
{
  g_autoptr(GlossTranscript) transcript = make_transcript (10);
  g_autoptr(GlossProject) project = gloss_project_new (transcript);
  GlossTopic *topic = gloss_project_lookup_topic (project, "5g");
  const char *keywords[] = { "5G", "6G", NULL };
  g_autofree char *id = NULL;
  g_autofree char *id2 = NULL;
  g_autoptr(GlossTopic) clash = NULL;
  Recorder recorder;

  recorder_connect (&recorder, project);

  gloss_project_set_topic_name (project, topic, "Mobile networks");
  recorder_check (&recorder, "topic(5g);changed;");
  gloss_project_set_topic_color (project, topic, "#c01c28");
  recorder_check (&recorder, "topic(5g);changed;");
  gloss_project_set_topic_keywords (project, topic, keywords);
  recorder_check (&recorder, "topic(5g);changed;");
  g_assert_cmpstr (gloss_topic_get_name (topic), ==, "Mobile networks");
  g_assert_cmpstr (gloss_topic_get_color (topic), ==, "#c01c28");
  g_assert_true (g_strv_equal (gloss_topic_get_keywords (topic), keywords));

  gloss_project_set_topic_name (project, topic, "Mobile networks");
  gloss_project_set_topic_color (project, topic, "#c01c28");
  gloss_project_set_topic_keywords (project, topic, keywords);
  recorder_check (&recorder, "");

  id = gloss_project_make_topic_id (project, "Vaccines");
  g_assert_cmpstr (id, ==, "vaccines-2");
  clash = gloss_topic_new (id, "Vaccines", NULL);
  gloss_project_insert_topic (project, clash, 3);
  id2 = gloss_project_make_topic_id (project, "VACCINES!");
  g_assert_cmpstr (id2, ==, "vaccines-3");

  recorder_clear (&recorder);
}

static void
test_project_large (void)
{
  g_autoptr(GlossTranscript) transcript = make_transcript (600000);
  g_autoptr(GlossProject) project = gloss_project_new_blank (transcript);
  guint n = 50000;
  gint64 begin, load_time, lookup_time;
  guint found = 0;

  begin = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    {
      char id[32];
      g_autoptr(GlossClaim) claim = NULL;

      g_snprintf (id, sizeof id, "%08u", i);
      claim = make_claim (id, i * 12, i * 12 + 8 + i % 10);
      g_assert_cmpuint (gloss_project_add_claim (project, claim), ==, i);
    }
  load_time = g_get_monotonic_time () - begin;

  begin = g_get_monotonic_time ();
  for (guint offset = 0; offset < 600000; offset += 3)
    {
      g_autoptr(GPtrArray) at = gloss_project_get_claims_at (project, GLOSS_TEXT_TRANSCRIPT, offset);

      found += at->len;
    }
  lookup_time = g_get_monotonic_time () - begin;
  g_assert_cmpuint (found, >, 0);

  g_test_message ("50000 sorted claims added in %.3f s; 200000 claims_at in %.3f s",
                  load_time / 1e6, lookup_time / 1e6);
}

static void
test_project_add_claims (void)
{
  g_autoptr(GlossTranscript) transcript = make_transcript (100);
  g_autoptr(GlossProject) project = gloss_project_new (transcript);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) unsorted = g_ptr_array_new_with_free_func (g_object_unref);
  static const char * const order[] = { "a", "b", "c", "d", "e" };
  Recorder recorder;

  recorder_connect (&recorder, project);

  /* a sorted run, as a loaded file gives: one signal of each kind */
  g_ptr_array_add (sorted, make_claim ("b", 20, 30));
  g_ptr_array_add (sorted, make_claim ("d", 40, 50));
  gloss_project_add_claims (project, sorted);
  recorder_check (&recorder, "items(0,0,2);changed;");

  /* out of order or before existing claims: inserted one by one, still sorted */
  g_ptr_array_add (unsorted, make_claim ("e", 60, 70));
  g_ptr_array_add (unsorted, make_claim ("a", 10, 15));
  g_ptr_array_add (unsorted, make_claim ("c", 30, 35));
  gloss_project_add_claims (project, unsorted);
  recorder_check (&recorder, "items(2,0,1);changed;items(0,0,1);changed;items(2,0,1);changed;");

  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      GlossClaim *claim = gloss_project_get_claim (project, i);

      g_assert_cmpstr (gloss_claim_get_id (claim), ==, order[i]);
      g_assert_true (gloss_project_lookup_claim (project, order[i]) == claim);
    }
  recorder_clear (&recorder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/project/default-topics", test_project_default_topics);
  g_test_add_func ("/project/default-colors", test_project_default_colors);
  g_test_add_func ("/project/sorted-insertion", test_project_sorted_insertion);
  g_test_add_func ("/project/add-claims", test_project_add_claims);
  g_test_add_func ("/project/claim-edits", test_project_claim_edits);
  g_test_add_func ("/project/claims-at", test_project_claims_at_simple);
  g_test_add_func ("/project/claims-at-random", test_project_claims_at);
  g_test_add_func ("/project/topic-keys", test_project_topic_keys);
  g_test_add_func ("/project/topic-edits", test_project_topic_edits);
  g_test_add_func ("/project/large", test_project_large);

  return g_test_run ();
}
