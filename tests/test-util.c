#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "gloss-import-format.h"
#include "test-util.h"

char *
test_util_make_tmp_dir (const char *name)
{
  g_autofree char *template = g_strdup_printf ("gloss-%s-XXXXXX", name);
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return dir;
}

void
test_util_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      GStatBuf st;

      if (g_lstat (child, &st) == 0 && S_ISDIR (st.st_mode))
        test_util_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

char *
test_util_replace_once (const char *text,
                        const char *from,
                        const char *to)
{
  const char *p = strstr (text, from);

  g_assert_nonnull (p);
  return g_strdup_printf ("%.*s%s%s", (int) (p - text), text, to, p + strlen (from));
}

GlossTranscript *
test_util_import (const char *text,
                  const char *name,
                  const char *format_id)
{
  g_autoptr(GError) error = NULL;
  GlossTranscript *transcript = gloss_import_data (text, strlen (text), name, format_id, NULL, &error);

  g_assert_no_error (error);
  return transcript;
}

GlossTranscript *
test_util_import_data_file (const char *folder,
                            const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", folder, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GlossTranscript *text = gloss_import_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return text;
}

void
test_util_init_seeded (int         *argc,
                       char      ***argv,
                       const char  *seed)
{
  /* g_test_init() keeps pointing into the vector: it lives as long as the test */
  static char **args;
  gboolean seeded = FALSE;
  int n = 0;

  g_assert_null (args);
  args = g_new0 (char *, *argc + 2);
  for (int i = 0; i < *argc; i++)
    {
      seeded |= g_str_has_prefix ((*argv)[i], "--seed");
      args[n++] = (*argv)[i];
    }
  if (!seeded)
    args[n++] = g_strconcat ("--seed=", seed, NULL);
  *argc = n;
  *argv = args;
  g_test_init (argc, argv, NULL);
}

void
test_util_set_original_by_turn (GlossProject    *project,
                                GlossTranscript *original)
{
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  g_autoptr(GlossAlignment) alignment = gloss_alignment_new ();
  guint n = gloss_transcript_get_n_turns (transcript);

  g_assert_cmpuint (gloss_transcript_get_n_turns (original), ==, n);
  for (guint i = 0; i < n; i++)
    {
      const GlossTurn *t = gloss_transcript_get_turn (transcript, i);
      const GlossTurn *o = gloss_transcript_get_turn (original, i);

      gloss_alignment_add_turn_pair (alignment, &i, 1, &i, 1);
      gloss_alignment_add_paragraph_pair (alignment, t->start, t->end, o->start, o->end);
    }
  gloss_project_set_original (project, original);
  gloss_project_set_alignment (project, alignment);
}

GlossProject *
test_util_team_project (gboolean with_turns)
{
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new (TEST_UTIL_TEAM_TEXT, -1);
  GlossProject *project;
  g_autoptr(GlossTopic) dam = gloss_topic_new ("dam", "Dam", "#3584e4");
  g_autoptr(GlossTopic) cost = gloss_topic_new ("cost", "Cost", "#e01b24");
  g_autoptr(GDateTime) when = g_date_time_new_utc (2025, 1, 1, 10, 0, 0);
  const char *dam_topics[] = { "dam", NULL };
  const char *cost_topics[] = { "cost", NULL };
  struct { const char *id; guint start, end; const char **topics; } claims[] = {
    { "c1", 17, 33, dam_topics },   /* We built the dam */
    { "c2", 40, 53, cost_topics },  /* It cost a lot */
  };

  if (with_turns)
    {
      gloss_transcript_add_turn (transcript, GLOSS_TURN_HEADER, 0, 12, NULL, NULL, -1);
      gloss_transcript_add_turn (transcript, GLOSS_TURN_REMARKS, 12, 35, "Ana", NULL, -1);
      gloss_transcript_add_turn (transcript, GLOSS_TURN_REMARKS, 35, 55, "Ben", NULL, -1);
      gloss_transcript_add_turn (transcript, GLOSS_TURN_FOOTER, 55, 59, NULL, NULL, -1);
    }
  project = gloss_project_new_blank (transcript);
  gloss_project_insert_topic (project, dam, 0);
  gloss_project_insert_topic (project, cost, 1);
  for (guint i = 0; i < G_N_ELEMENTS (claims); i++)
    {
      g_autofree char *quote = NULL, *prefix = NULL, *suffix = NULL;
      g_autoptr(GlossClaim) claim = NULL;

      gloss_claim_context_from_text (transcript, claims[i].start, claims[i].end,
                                     &quote, &prefix, &suffix);
      claim = gloss_claim_new_full (claims[i].id, claims[i].start, claims[i].end, quote, prefix,
                                    suffix, claims[i].topics, "", "Ana", when, when);
      gloss_project_add_claim (project, claim);
    }
  return project;
}

guint
test_util_offset_of (GlossTranscript *transcript,
                     const char      *needle)
{
  const char *text = gloss_transcript_get_text (transcript);
  const char *hit = strstr (text, needle);

  g_assert_nonnull (hit);
  return gloss_transcript_byte_to_offset (transcript, hit - text);
}
