#include "config.h"

#include "gloss-alignment-reader.h"

#include <glib/gi18n-lib.h>

/* The rules GlossAlignment states, checked with member paths: turn pairs
 * are in text order on both sides (indexes strictly increase inside a pair
 * and from one pair to the next, so no turn is in two pairs), and no pair
 * is empty on both sides; paragraph spans lie within each text and follow
 * one another without overlapping on each side; a user link joins two
 * turns that exist, and is not given twice. */

#define PATH_SIZE 64
#define N_SIDES 2

typedef GlossJsonReader Reader;

static const char * const side_names[N_SIDES] = { "transcript", "original" };

typedef struct
{
  guint n_turns[N_SIDES];
  guint length[N_SIDES];
  /* per side, the pair each turn is in, plus one (0: none yet) */
  guint *pair_of[N_SIDES];
  gint64 last_turn[N_SIDES];
  guint paragraph_end[N_SIDES];
} Sides;

static gboolean
check_turn_index (Reader     *reader,
                  const char *path,
                  guint       side,
                  guint       turn,
                  Sides      *sides)
{
  if (turn >= sides->n_turns[side])
    return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_RANGE,
                                   _("%s: there is no turn %u (“%s” has %u turns)"),
                                   path, turn, side_names[side], sides->n_turns[side]);
  return TRUE;
}

static gboolean
read_turn_pairs (Reader         *reader,
                 JsonArray      *pairs,
                 const char     *array_path,
                 Sides          *sides,
                 GlossAlignment *alignment)
{
  for (guint i = 0, n = pairs != NULL ? json_array_get_length (pairs) : 0; i < n; i++)
    {
      char path[PATH_SIZE];
      g_autoptr(GArray) transcript_turns = NULL;
      g_autoptr(GArray) original_turns = NULL;
      GArray *turns[N_SIDES];
      JsonObject *pair;

      gloss_json_element_path (path, sizeof path, array_path, i);
      if (!gloss_json_reader_element_object (reader, pairs, i, path, &pair) ||
          !gloss_json_reader_get_uint_list (reader, pair, path, side_names[0], &transcript_turns) ||
          !gloss_json_reader_get_uint_list (reader, pair, path, side_names[1], &original_turns))
        return FALSE;
      turns[0] = transcript_turns;
      turns[1] = original_turns;

      if (turns[0]->len == 0 && turns[1]->len == 0)
        return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_SCHEMA,
                                       _("%s: an empty pair (it needs a turn of the transcript, of the original or of both)"),
                                       path);

      for (guint side = 0; side < N_SIDES; side++)
        {
          for (guint j = 0; j < turns[side]->len; j++)
            {
              guint turn = g_array_index (turns[side], guint, j);
              g_autofree char *element = g_strdup_printf ("%s.%s[%u]", path, side_names[side], j);
              guint owner;

              if (!check_turn_index (reader, element, side, turn, sides))
                return FALSE;

              owner = sides->pair_of[side][turn];
              if (owner == i + 1)
                return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_DUPLICATE_ID,
                                               _("%s: turn %u is listed twice in this pair"),
                                               element, turn);
              if (owner != 0)
                return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_DUPLICATE_ID,
                                               _("%s: turn %u is already in %s[%u]; a turn is in one pair at most"),
                                               element, turn, array_path, owner - 1);
              if ((gint64) turn <= sides->last_turn[side])
                return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_RANGE,
                                               _("%s: turn %u comes after turn %u; turns must be in the order of the text, in a pair and from one pair to the next"),
                                               element, turn, (guint) sides->last_turn[side]);

              sides->pair_of[side][turn] = i + 1;
              sides->last_turn[side] = turn;
            }
        }

      gloss_alignment_add_turn_pair (alignment,
                                     (const guint *) turns[0]->data, turns[0]->len,
                                     (const guint *) turns[1]->data, turns[1]->len);
    }

  return TRUE;
}

static gboolean
read_paragraph_side (Reader     *reader,
                     JsonObject *pair,
                     const char *path,
                     guint       side,
                     Sides      *sides,
                     guint      *start,
                     guint      *end)
{
  g_autoptr(GArray) span = NULL;
  g_autofree char *member = NULL;

  if (!gloss_json_reader_get_uint_list (reader, pair, path, side_names[side], &span))
    return FALSE;

  member = gloss_json_member_path (path, side_names[side]);
  if (span->len != 2)
    return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_SCHEMA,
                                   _("%s: expected a span of two numbers, [start, end]"),
                                   member);

  *start = g_array_index (span, guint, 0);
  *end = g_array_index (span, guint, 1);
  if (*start > *end)
    return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_RANGE,
                                   _("%s: start %u is after end %u"), member, *start, *end);
  if (*end > sides->length[side])
    return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_RANGE,
                                   _("%s: %u is past the end of the text (“%s” has %u characters)"),
                                   member, *end, side_names[side], sides->length[side]);
  if (*start < sides->paragraph_end[side])
    return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_RANGE,
                                   _("%s: starts at %u, before the previous paragraph ends (%u); paragraphs must be in order and must not overlap"),
                                   member, *start, sides->paragraph_end[side]);

  sides->paragraph_end[side] = *end;
  return TRUE;
}

static gboolean
read_paragraph_pairs (Reader         *reader,
                      JsonArray      *pairs,
                      const char     *array_path,
                      Sides          *sides,
                      GlossAlignment *alignment)
{
  for (guint i = 0, n = pairs != NULL ? json_array_get_length (pairs) : 0; i < n; i++)
    {
      char path[PATH_SIZE];
      JsonObject *pair;
      guint start[N_SIDES], end[N_SIDES];

      gloss_json_element_path (path, sizeof path, array_path, i);
      if (!gloss_json_reader_element_object (reader, pairs, i, path, &pair) ||
          !read_paragraph_side (reader, pair, path, 0, sides, &start[0], &end[0]) ||
          !read_paragraph_side (reader, pair, path, 1, sides, &start[1], &end[1]))
        return FALSE;

      gloss_alignment_add_paragraph_pair (alignment, start[0], end[0], start[1], end[1]);
    }

  return TRUE;
}

static gboolean
read_links (Reader         *reader,
            JsonArray      *links,
            const char     *array_path,
            Sides          *sides,
            GlossAlignment *alignment)
{
  for (guint i = 0, n = links != NULL ? json_array_get_length (links) : 0; i < n; i++)
    {
      char path[PATH_SIZE];
      JsonObject *link;
      guint turn[N_SIDES];
      gboolean linked;

      gloss_json_element_path (path, sizeof path, array_path, i);
      if (!gloss_json_reader_element_object (reader, links, i, path, &link) ||
          !gloss_json_reader_get_uint (reader, link, path, side_names[0], GLOSS_JSON_REQUIRED, NULL, &turn[0]) ||
          !gloss_json_reader_get_uint (reader, link, path, side_names[1], GLOSS_JSON_REQUIRED, NULL, &turn[1]) ||
          !gloss_json_reader_get_boolean (reader, link, path, "linked", GLOSS_JSON_REQUIRED, &linked))
        return FALSE;

      for (guint side = 0; side < N_SIDES; side++)
        {
          g_autofree char *member = gloss_json_member_path (path, side_names[side]);

          if (!check_turn_index (reader, member, side, turn[side], sides))
            return FALSE;
        }

      /* the model keeps the last of two links between the same turns: a
       * file holding both would not read back as written */
      for (guint k = 0; k < gloss_alignment_get_n_links (alignment); k++)
        {
          const GlossAlignmentLink *old = gloss_alignment_get_link (alignment, k);

          if (old->transcript_turn == turn[0] && old->original_turn == turn[1])
            return gloss_json_reader_fail (reader, GLOSS_PROJECT_FILE_ERROR_DUPLICATE_ID,
                                           _("%s: turns %u and %u are already in %s[%u]"),
                                           path, turn[0], turn[1], array_path, k);
        }

      gloss_alignment_add_link (alignment, turn[0], turn[1], linked);
    }

  return TRUE;
}

GlossAlignment *
gloss_alignment_reader_read (GlossJsonReader *reader,
                             JsonObject      *object,
                             const char      *path,
                             GlossTranscript *transcript,
                             GlossTranscript *original)
{
  g_autoptr(GlossAlignment) alignment = gloss_alignment_new ();
  g_autofree char *turns_path = gloss_json_member_path (path, "turns");
  g_autofree char *paragraphs_path = gloss_json_member_path (path, "paragraphs");
  g_autofree char *user_path = gloss_json_member_path (path, "user");
  GlossTranscript *texts[N_SIDES] = { transcript, original };
  JsonArray *turns, *paragraphs, *user;
  Sides sides = { { 0, }, };
  gboolean ok;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (transcript), NULL);
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (original), NULL);

  if (!gloss_json_reader_get_array (reader, object, path, "turns", GLOSS_JSON_OPTIONAL, &turns) ||
      !gloss_json_reader_get_array (reader, object, path, "paragraphs", GLOSS_JSON_OPTIONAL, &paragraphs) ||
      !gloss_json_reader_get_array (reader, object, path, "user", GLOSS_JSON_OPTIONAL, &user))
    return NULL;

  for (guint side = 0; side < N_SIDES; side++)
    {
      sides.n_turns[side] = gloss_transcript_get_n_turns (texts[side]);
      sides.length[side] = gloss_transcript_get_length (texts[side]);
      sides.pair_of[side] = g_new0 (guint, sides.n_turns[side] + 1);
      sides.last_turn[side] = -1;
    }

  ok = read_turn_pairs (reader, turns, turns_path, &sides, alignment) &&
       read_paragraph_pairs (reader, paragraphs, paragraphs_path, &sides, alignment) &&
       read_links (reader, user, user_path, &sides, alignment);

  for (guint side = 0; side < N_SIDES; side++)
    g_free (sides.pair_of[side]);

  return ok ? g_steal_pointer (&alignment) : NULL;
}
