#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "gloss-claim-private.h"
#include "gloss-merge-private.h"
#include "gloss-project-file.h"

/* code points of each text shown where two texts differ */
#define EXCERPT_LENGTH 24

G_DEFINE_QUARK (gloss-merge-error-quark, gloss_merge_error)

/* up to EXCERPT_LENGTH code points from @p, on one line */
static char *
excerpt (const char *p,
         const char *end)
{
  GString *out;

  if (p >= end)
    return g_strdup (_("the end of the text"));

  out = g_string_new (NULL);
  g_string_append (out, "“");
  for (guint i = 0; i < EXCERPT_LENGTH && p < end; i++)
    {
      const char *next = g_utf8_next_char (p);

      if (*p == '\n')
        g_string_append (out, "↵");
      else if (*p == '\t' || *p == '\r')
        g_string_append_c (out, ' ');
      else
        g_string_append_len (out, p, next - p);
      p = next;
    }
  if (p < end)
    g_string_append (out, "…");
  g_string_append (out, "”");

  return g_string_free (out, FALSE);
}

static gboolean
check_text (GlossTranscript *a,
            const char      *a_name,
            GlossTranscript *b,
            const char      *b_name,
            const char      *what,
            GError         **error)
{
  const char *a_text = gloss_transcript_get_text (a);
  const char *b_text = gloss_transcript_get_text (b);
  gsize a_size = gloss_transcript_get_text_size (a);
  gsize b_size = gloss_transcript_get_text_size (b);
  gsize n = MIN (a_size, b_size);
  gsize i = 0;
  guint offset = 0, line = 1, column = 1;
  g_autofree char *a_excerpt = NULL;
  g_autofree char *b_excerpt = NULL;

  if (a_size == b_size && memcmp (a_text, b_text, a_size) == 0)
    return TRUE;

  while (i < n && a_text[i] == b_text[i])
    i++;
  /* back to the start of the character that differs */
  while (i > 0 && ((guchar) a_text[i] & 0xc0) == 0x80)
    i--;
  for (const char *p = a_text; p < a_text + i; p = g_utf8_next_char (p))
    {
      offset++;
      if (*p == '\n')
        line++, column = 1;
      else
        column++;
    }

  a_excerpt = excerpt (a_text + i, a_text + a_size);
  b_excerpt = excerpt (b_text + i, b_text + b_size);
  /* TRANSLATORS: "b.gloss: its transcript differs from a.gloss's at line 3,
   * column 12 (character 57): “…” here, “…” in a.gloss. …"; the second %s is
   * "transcript" or "original" */
  g_set_error (error, GLOSS_MERGE_ERROR, GLOSS_MERGE_ERROR_TEXT_DIFFERS,
               _("%1$s: its %2$s differs from %3$s’s at line %4$u, column %5$u (character %6$u): "
                 "%7$s here, %8$s in %3$s. Only projects on the same text can be merged: "
                 "re-anchor one on the other’s text first."),
               b_name, what, a_name, line, column, offset, b_excerpt, a_excerpt);
  return FALSE;
}

gboolean
_gloss_merge_check_texts (GlossProject *a,
                          const char   *a_name,
                          GlossProject *b,
                          const char   *b_name,
                          GError      **error)
{
  GlossTranscript *a_original = gloss_project_get_original (a);
  GlossTranscript *b_original = gloss_project_get_original (b);

  if (!check_text (gloss_project_get_transcript (a), a_name,
                   gloss_project_get_transcript (b), b_name, _("transcript"), error))
    return FALSE;

  if ((a_original == NULL) != (b_original == NULL))
    {
      g_set_error (error, GLOSS_MERGE_ERROR, GLOSS_MERGE_ERROR_TEXT_DIFFERS,
                   a_original == NULL ? _("%s: it has an original text and %s has none; "
                                          "only projects on the same texts can be merged")
                                      : _("%s: it has no original text and %s has one; "
                                          "only projects on the same texts can be merged"),
                   b_name, a_name);
      return FALSE;
    }
  if (a_original != NULL &&
      !check_text (a_original, a_name, b_original, b_name, _("original"), error))
    return FALSE;

  return TRUE;
}

static GlossClaim *
copy_one (GlossClaim *claim,
          GHashTable *topic_map,
          const char *id)
{
  const char * const *topics = gloss_claim_get_topics (claim);
  g_autofree const char **mapped = g_new0 (const char *, g_strv_length ((char **) topics) + 1);
  GlossClaim *copy;

  for (guint i = 0; topics[i] != NULL; i++)
    {
      const char *to = topic_map != NULL ? g_hash_table_lookup (topic_map, topics[i]) : NULL;

      mapped[i] = to != NULL ? to : topics[i];
    }

  copy = gloss_claim_new_full (id != NULL ? id : gloss_claim_get_id (claim),
                               gloss_claim_get_start (claim), gloss_claim_get_end (claim),
                               gloss_claim_get_quote (claim), gloss_claim_get_prefix (claim),
                               gloss_claim_get_suffix (claim), mapped,
                               gloss_claim_get_note (claim), gloss_claim_get_author (claim),
                               gloss_claim_get_created (claim), gloss_claim_get_modified (claim));
  gloss_claim_set_text_role (copy, gloss_claim_get_text_role (claim));
  /* the record: a merge must not lose what a fact-checker found */
  _gloss_claim_set_status (copy, gloss_claim_get_status (claim));
  _gloss_claim_set_sources (copy, gloss_claim_get_sources (claim));
  if (gloss_claim_get_orphaned (claim))
    _gloss_claim_set_orphaned (copy, TRUE);
  if (gloss_claim_get_previous_quote (claim) != NULL)
    _gloss_claim_set_previous_quote (copy, gloss_claim_get_previous_quote (claim));

  return copy;
}

GlossClaim *
_gloss_merge_copy_claim (GlossClaim *claim,
                         GHashTable *topic_map,
                         const char *id)
{
  GlossClaim *copy = copy_one (claim, topic_map, id);
  GlossClaim *conflict = gloss_claim_get_conflict (claim);

  if (conflict != NULL)
    {
      g_autoptr(GlossClaim) version = copy_one (conflict, topic_map, gloss_claim_get_id (copy));

      _gloss_claim_set_conflict (copy, version);
    }

  return copy;
}

static gboolean
same_topic_lists (const char * const *a,
                  const char * const *b)
{
  guint n = g_strv_length ((char **) a);

  if (n != g_strv_length ((char **) b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!g_strv_contains (b, a[i]))
      return FALSE;
  return TRUE;
}

gboolean
_gloss_merge_same_topics (GlossClaim *a,
                          GlossClaim *b)
{
  return same_topic_lists (gloss_claim_get_topics (a), gloss_claim_get_topics (b));
}

gboolean
_gloss_merge_claims_equal (GlossClaim *a,
                           GlossClaim *b,
                           gboolean    with_conflict)
{
  GlossClaim *a_conflict, *b_conflict;

  if (gloss_claim_get_text_role (a) != gloss_claim_get_text_role (b) ||
      gloss_claim_get_start (a) != gloss_claim_get_start (b) ||
      gloss_claim_get_end (a) != gloss_claim_get_end (b) ||
      gloss_claim_get_orphaned (a) != gloss_claim_get_orphaned (b) ||
      strcmp (gloss_claim_get_note (a), gloss_claim_get_note (b)) != 0 ||
      gloss_claim_get_status (a) != gloss_claim_get_status (b) ||
      !gloss_sources_equal (gloss_claim_get_sources (a), gloss_claim_get_sources (b)) ||
      !same_topic_lists (gloss_claim_get_topics (a), gloss_claim_get_topics (b)))
    return FALSE;
  if (!with_conflict)
    return TRUE;

  a_conflict = gloss_claim_get_conflict (a);
  b_conflict = gloss_claim_get_conflict (b);
  if (a_conflict == NULL || b_conflict == NULL)
    return a_conflict == b_conflict;
  return _gloss_merge_claims_equal (a_conflict, b_conflict, FALSE);
}

/* N-way merge */

typedef struct
{
  GlossProject *project;
  const char   *name;
} Input;

#define RETURN_IF_DIFFERENT(x) G_STMT_START { int _c = (x); if (_c != 0) return _c; } G_STMT_END

static int
compare_uints (guint a,
               guint b)
{
  return a < b ? -1 : a > b;
}

static int
compare_strvs (const char * const *a,
               const char * const *b)
{
  for (guint i = 0;; i++)
    {
      if (a[i] == NULL || b[i] == NULL)
        return (a[i] != NULL) - (b[i] != NULL);
      RETURN_IF_DIFFERENT (strcmp (a[i], b[i]));
    }
}

static int
compare_claim_contents (GlossClaim *a,
                        GlossClaim *b)
{
  GlossClaim *x, *y;

  RETURN_IF_DIFFERENT (strcmp (gloss_claim_get_id (a), gloss_claim_get_id (b)));
  RETURN_IF_DIFFERENT (compare_uints (gloss_claim_get_text_role (a), gloss_claim_get_text_role (b)));
  RETURN_IF_DIFFERENT (compare_uints (gloss_claim_get_start (a), gloss_claim_get_start (b)));
  RETURN_IF_DIFFERENT (compare_uints (gloss_claim_get_end (a), gloss_claim_get_end (b)));
  RETURN_IF_DIFFERENT (compare_strvs (gloss_claim_get_topics (a), gloss_claim_get_topics (b)));
  RETURN_IF_DIFFERENT (strcmp (gloss_claim_get_note (a), gloss_claim_get_note (b)));
  RETURN_IF_DIFFERENT (strcmp (gloss_claim_get_author (a), gloss_claim_get_author (b)));
  RETURN_IF_DIFFERENT (g_date_time_compare (gloss_claim_get_created (a), gloss_claim_get_created (b)));
  RETURN_IF_DIFFERENT (g_date_time_compare (gloss_claim_get_modified (a), gloss_claim_get_modified (b)));
  RETURN_IF_DIFFERENT (compare_uints (gloss_claim_get_orphaned (a), gloss_claim_get_orphaned (b)));
  RETURN_IF_DIFFERENT (strcmp (gloss_claim_get_quote (a), gloss_claim_get_quote (b)));
  RETURN_IF_DIFFERENT (g_strcmp0 (gloss_claim_get_previous_quote (a), gloss_claim_get_previous_quote (b)));
  x = gloss_claim_get_conflict (a);
  y = gloss_claim_get_conflict (b);
  if (x == NULL || y == NULL)
    return (x != NULL) - (y != NULL);
  return compare_claim_contents (x, y);
}

/* A total order on what the merge reads, field by field: projects usually
 * differ in their first topic or claim, so this rarely walks far. What it
 * does not look at (the alignment, the turns' speakers) is settled by the
 * canonical bytes, only for projects equal in all the rest. */
static int
compare_contents (GlossProject *a,
                  GlossProject *b)
{
  GlossTranscript *x = gloss_project_get_transcript (a);
  GlossTranscript *y = gloss_project_get_transcript (b);
  guint n_topics = gloss_project_get_n_topics (a);
  guint n_claims = gloss_project_get_n_claims (a);
  guint n_participants = gloss_transcript_get_n_participants (x);

  RETURN_IF_DIFFERENT (compare_uints (n_topics, gloss_project_get_n_topics (b)));
  for (guint i = 0; i < n_topics; i++)
    {
      GlossTopic *s = gloss_project_get_topic (a, i), *t = gloss_project_get_topic (b, i);

      RETURN_IF_DIFFERENT (strcmp (gloss_topic_get_id (s), gloss_topic_get_id (t)));
      RETURN_IF_DIFFERENT (strcmp (gloss_topic_get_name (s), gloss_topic_get_name (t)));
      RETURN_IF_DIFFERENT (g_ascii_strcasecmp (gloss_topic_get_color (s), gloss_topic_get_color (t)));
      RETURN_IF_DIFFERENT (compare_strvs (gloss_topic_get_keywords (s), gloss_topic_get_keywords (t)));
    }
  RETURN_IF_DIFFERENT (compare_uints (n_claims, gloss_project_get_n_claims (b)));
  for (guint i = 0; i < n_claims; i++)
    RETURN_IF_DIFFERENT (compare_claim_contents (gloss_project_get_claim (a, i),
                                                 gloss_project_get_claim (b, i)));

  RETURN_IF_DIFFERENT (g_strcmp0 (gloss_transcript_get_source (x), gloss_transcript_get_source (y)));
  for (GlossTranscriptField field = 0; field <= GLOSS_TRANSCRIPT_FIELD_LAST; field++)
    RETURN_IF_DIFFERENT (g_strcmp0 (gloss_transcript_get_field (x, field),
                                    gloss_transcript_get_field (y, field)));
  RETURN_IF_DIFFERENT (compare_uints (n_participants, gloss_transcript_get_n_participants (y)));
  for (guint i = 0; i < n_participants; i++)
    {
      const GlossParticipant *p = gloss_transcript_get_participant (x, i);
      const GlossParticipant *q = gloss_transcript_get_participant (y, i);

      RETURN_IF_DIFFERENT (strcmp (p->name, q->name));
      RETURN_IF_DIFFERENT (g_strcmp0 (p->role, q->role));
    }

  {
    g_autoptr(GBytes) bytes_a = gloss_project_file_to_bytes (a);
    g_autoptr(GBytes) bytes_b = gloss_project_file_to_bytes (b);

    return g_bytes_compare (bytes_a, bytes_b);
  }
}

static int
compare_inputs (gconstpointer a,
                gconstpointer b)
{
  const Input *x = a, *y = b;

  return compare_contents (x->project, y->project);
}

void
_gloss_merge_add_note (GPtrArray *notes,
                       char      *note)
{
  if (notes != NULL)
    g_ptr_array_add (notes, note);
  else
    g_free (note);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* what makes two claims the same claim: text, span, orphaned, topics as a
 * set, note, and the same of a conflict */
static void
append_claim_key (GString    *key,
                  GlossClaim *claim)
{
  g_autofree const char **topics = NULL;
  guint n;

  g_string_append_printf (key, "%d:%u:%u:%d:", gloss_claim_get_text_role (claim),
                          gloss_claim_get_start (claim), gloss_claim_get_end (claim),
                          gloss_claim_get_orphaned (claim));
  topics = (const char **) g_strdupv ((char **) gloss_claim_get_topics (claim));
  n = g_strv_length ((char **) topics);
  qsort (topics, n, sizeof (char *), compare_strings);
  for (guint i = 0; i < n; i++)
    {
      g_string_append (key, topics[i]);
      g_string_append_c (key, '\x1f');
    }
  g_strfreev ((char **) g_steal_pointer (&topics));
  g_string_append_c (key, '\x1e');
  g_string_append (key, gloss_claim_get_note (claim));
}

static char *
claim_key (GlossClaim *claim)
{
  GString *key = g_string_new (NULL);
  GlossClaim *conflict = gloss_claim_get_conflict (claim);

  append_claim_key (key, claim);
  if (conflict != NULL)
    {
      g_string_append_c (key, '\x1d');
      append_claim_key (key, conflict);
    }

  return g_string_free (key, FALSE);
}

/* a fresh id that depends only on the claim: a UUID-shaped SHA-256 */
static char *
derive_id (const char *id,
           const char *key,
           GHashTable *used)
{
  for (guint attempt = 0;; attempt++)
    {
      g_autofree char *seed = g_strdup_printf ("%s\n%s\n%u", id, key, attempt);
      g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, seed, -1);
      char *derived = g_strdup_printf ("%.8s-%.4s-5%.3s-8%.3s-%.12s",
                                       hash, hash + 8, hash + 12, hash + 15, hash + 18);

      if (!g_hash_table_contains (used, derived))
        return derived;
      g_free (derived);
    }
}

static void
merge_keywords (GlossTopic *into,
                GlossTopic *from)
{
  const char * const *have = gloss_topic_get_keywords (into);
  const char * const *more = gloss_topic_get_keywords (from);
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  gboolean changed = FALSE;

  for (guint i = 0; have[i] != NULL; i++)
    g_ptr_array_add (all, (gpointer) have[i]);
  for (guint i = 0; more[i] != NULL; i++)
    if (!g_strv_contains (have, more[i]))
      {
        g_ptr_array_add (all, (gpointer) more[i]);
        changed = TRUE;
      }
  if (!changed)
    return;
  g_ptr_array_add (all, NULL);
  gloss_topic_set_keywords (into, (const char * const *) all->pdata);
}

/* the key a topic gets at @position in a project (they are numbered) */
static void
position_key (guint position,
              char  key[2])
{
  key[0] = position < GLOSS_MAX_TOPIC_KEYS ? (char) ('1' + position) : '\0';
  key[1] = '\0';
}

static void
merge_topics (Input        *inputs,
              guint         n,
              GlossProject *merged,
              GHashTable  **maps,
              GPtrArray    *notes)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_name = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) first_name = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < n; i++)
    {
      GlossProject *project = inputs[i].project;

      maps[i] = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint t = 0; t < gloss_project_get_n_topics (project); t++)
        {
          GlossTopic *topic = gloss_project_get_topic (project, t);
          const char *id = gloss_topic_get_id (topic);
          const char *name = gloss_topic_get_name (topic);
          const char *key = gloss_topic_get_key (topic);
          GlossTopic *into = g_hash_table_lookup (by_id, id);
          char merged_key[2];

          if (into == NULL)
            into = g_hash_table_lookup (by_name, name);
          if (into == NULL)
            {
              g_autoptr(GlossTopic) copy = gloss_topic_new (id, name, gloss_topic_get_color (topic));

              gloss_topic_set_keywords (copy, gloss_topic_get_keywords (topic));
              gloss_project_insert_topic (merged, copy, gloss_project_get_n_topics (merged));
              into = copy;
              g_hash_table_insert (by_id, (gpointer) gloss_topic_get_id (into), into);
              g_hash_table_insert (by_name, (gpointer) gloss_topic_get_name (into), into);
              g_hash_table_insert (first_name, into, (gpointer) inputs[i].name);
            }
          else
            {
              const char *from = g_hash_table_lookup (first_name, into);

              if (strcmp (gloss_topic_get_id (into), id) != 0)
                _gloss_merge_add_note (notes, g_strdup_printf (_("%s: topic “%s” (id “%s”) is the same topic as in %s, "
                                                    "whose id “%s” is kept"),
                                                  inputs[i].name, name, id, from,
                                                  gloss_topic_get_id (into)));
              else if (strcmp (gloss_topic_get_name (into), name) != 0)
                _gloss_merge_add_note (notes, g_strdup_printf (_("%s: topic “%s” is named “%s” in %s; that name is kept"),
                                                  inputs[i].name, name,
                                                  gloss_topic_get_name (into), from));
              if (g_ascii_strcasecmp (gloss_topic_get_color (into), gloss_topic_get_color (topic)) != 0)
                _gloss_merge_add_note (notes, g_strdup_printf (_("%s: topic “%s” has the colour %s, %s gives it %s; "
                                                    "%s is kept"),
                                                  inputs[i].name, name, gloss_topic_get_color (topic),
                                                  from, gloss_topic_get_color (into),
                                                  gloss_topic_get_color (into)));
              merge_keywords (into, topic);
              /* the same name may also be reached by the other id later */
              if (!g_hash_table_contains (by_name, name))
                g_hash_table_insert (by_name, (gpointer) name, into);
            }
          g_hash_table_insert (maps[i], (gpointer) id, (gpointer) gloss_topic_get_id (into));

          position_key ((guint) gloss_project_get_topic_position (merged, into), merged_key);
          if (*key != '\0' && strcmp (key, merged_key) != 0)
            _gloss_merge_add_note (notes, *merged_key != '\0'
                      ? g_strdup_printf (_("%s: topic “%s” had the key %s; in the merged project its key is %s"),
                                         inputs[i].name, gloss_topic_get_name (into), key, merged_key)
                      : g_strdup_printf (_("%s: topic “%s” had the key %s; in the merged project it has no key"),
                                         inputs[i].name, gloss_topic_get_name (into), key));
        }
    }
}

static int
compare_claims (gconstpointer a,
                gconstpointer b)
{
  return gloss_claim_compare (*(GlossClaim * const *) a, *(GlossClaim * const *) b);
}

GlossProject *
gloss_merge_projects (GlossProject * const *projects,
                      const char * const   *names,
                      guint                 n_projects,
                      GPtrArray            *notes,
                      GError              **error)
{
  g_autofree Input *inputs = NULL;
  g_autofree GHashTable **maps = NULL;
  g_autoptr(GlossProject) merged = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GHashTable) used_ids = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  GlossProject *first;

  g_return_val_if_fail (projects != NULL && names != NULL, NULL);
  g_return_val_if_fail (n_projects > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint i = 1; i < n_projects; i++)
    if (!_gloss_merge_check_texts (projects[0], names[0], projects[i], names[i], error))
      return NULL;

  inputs = g_new0 (Input, n_projects);
  for (guint i = 0; i < n_projects; i++)
    {
      g_return_val_if_fail (GLOSS_IS_PROJECT (projects[i]), NULL);
      inputs[i] = (Input) { projects[i], names[i] };
    }
  qsort (inputs, n_projects, sizeof (Input), compare_inputs);

  first = inputs[0].project;
  merged = gloss_project_new_blank (gloss_project_get_transcript (first));
  if (gloss_project_get_original (first) != NULL)
    gloss_project_set_original (merged, gloss_project_get_original (first));
  if (gloss_project_get_alignment (first) != NULL)
    gloss_project_set_alignment (merged, gloss_project_get_alignment (first));

  maps = g_new0 (GHashTable *, n_projects);
  merge_topics (inputs, n_projects, merged, maps, notes);

  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  used_ids = g_hash_table_new (g_str_hash, g_str_equal);
  claims = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_projects; i++)
    {
      GlossProject *project = inputs[i].project;
      guint n_duplicates = 0, n_renamed = 0;

      for (guint c = 0; c < gloss_project_get_n_claims (project); c++)
        {
          GlossClaim *claim = gloss_project_get_claim (project, c);
          g_autoptr(GlossClaim) mapped = _gloss_merge_copy_claim (claim, maps[i], NULL);
          g_autofree char *key = claim_key (mapped);
          const char *id = gloss_claim_get_id (claim);

          if (g_hash_table_contains (seen, key))
            {
              n_duplicates++;
              continue;
            }
          if (g_hash_table_contains (used_ids, id))
            {
              g_autofree char *fresh = derive_id (id, key, used_ids);

              g_clear_object (&mapped);
              mapped = _gloss_merge_copy_claim (claim, maps[i], fresh);
              n_renamed++;
            }
          g_hash_table_add (used_ids, (gpointer) gloss_claim_get_id (mapped));
          g_hash_table_add (seen, g_steal_pointer (&key));
          g_ptr_array_add (claims, g_steal_pointer (&mapped));
        }

      if (n_duplicates > 0)
        _gloss_merge_add_note (notes, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "%s: %u claim is the same as one already merged and appears once",
                                                       "%s: %u claims are the same as ones already merged and appear once",
                                                       n_duplicates),
                                          inputs[i].name, n_duplicates));
      if (n_renamed > 0)
        _gloss_merge_add_note (notes, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "%s: %u claim has the id of a different claim and gets a new id",
                                                       "%s: %u claims have the ids of different claims and get new ids",
                                                       n_renamed),
                                          inputs[i].name, n_renamed));
    }

  g_ptr_array_sort (claims, compare_claims);
  gloss_project_add_claims (merged, claims);

  for (guint i = 0; i < n_projects; i++)
    g_hash_table_unref (maps[i]);

  return g_steal_pointer (&merged);
}
