#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gloss-claim-private.h"
#include "gloss-json-reader.h"
#include "gloss-merge-private.h"

/* The 3-way merge (see gloss_merge3 in gloss-merge.h). */

static GHashTable *
claims_by_id (GlossProject *project)
{
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < gloss_project_get_n_claims (project); i++)
    {
      GlossClaim *claim = gloss_project_get_claim (project, i);

      g_hash_table_insert (table, (gpointer) gloss_claim_get_id (claim), claim);
    }
  return table;
}

/* the metadata and participants a user edits; the words and turns are the
 * same on every side (the texts were checked) */
static gboolean
same_metadata (GlossTranscript *a,
               GlossTranscript *b)
{
  guint n = gloss_transcript_get_n_participants (a);

  if (g_strcmp0 (gloss_transcript_get_source (a), gloss_transcript_get_source (b)) != 0)
    return FALSE;
  for (GlossTranscriptField field = 0; field <= GLOSS_TRANSCRIPT_FIELD_LAST; field++)
    if (g_strcmp0 (gloss_transcript_get_field (a, field), gloss_transcript_get_field (b, field)) != 0)
      return FALSE;
  if (n != gloss_transcript_get_n_participants (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const GlossParticipant *x = gloss_transcript_get_participant (a, i);
      const GlossParticipant *y = gloss_transcript_get_participant (b, i);

      if (strcmp (x->name, y->name) != 0 || g_strcmp0 (x->role, y->role) != 0)
        return FALSE;
    }
  return TRUE;
}

/* one of a topic's fields, 3-way: theirs when ours kept base's, else ours
 * (reported when theirs changed it too, differently) */
static const char *
pick_field (const char *base,
            const char *ours,
            const char *theirs,
            gboolean   *clash)
{
  if (g_strcmp0 (ours, theirs) == 0)
    return ours;
  if (base != NULL && g_strcmp0 (ours, base) == 0)
    return theirs;
  if (base == NULL || g_strcmp0 (theirs, base) != 0)
    *clash = TRUE;
  return ours;
}

static GlossTopic *
merge_topic (GlossTopic *base,
             GlossTopic *ours,
             GlossTopic *theirs,
             const char *ours_name,
             const char *theirs_name,
             GPtrArray  *notes)
{
  g_autofree char *base_keywords = NULL;
  g_autofree char *ours_keywords = NULL;
  g_autofree char *theirs_keywords = NULL;
  g_auto(GStrv) keywords = NULL;
  gboolean clash = FALSE;
  const char *name, *color, *joined;
  GlossTopic *topic;

  if (base != NULL)
    base_keywords = g_strjoinv ("\n", (char **) gloss_topic_get_keywords (base));
  ours_keywords = g_strjoinv ("\n", (char **) gloss_topic_get_keywords (ours));
  theirs_keywords = g_strjoinv ("\n", (char **) gloss_topic_get_keywords (theirs));

  name = pick_field (base != NULL ? gloss_topic_get_name (base) : NULL,
                     gloss_topic_get_name (ours), gloss_topic_get_name (theirs), &clash);
  color = pick_field (base != NULL ? gloss_topic_get_color (base) : NULL,
                      gloss_topic_get_color (ours), gloss_topic_get_color (theirs), &clash);
  joined = pick_field (base_keywords, ours_keywords, theirs_keywords, &clash);

  topic = gloss_topic_new (gloss_topic_get_id (ours), name, color);
  keywords = *joined != '\0' ? g_strsplit (joined, "\n", -1) : g_new0 (char *, 1);
  gloss_topic_set_keywords (topic, (const char * const *) keywords);
  if (clash)
    _gloss_merge_add_note (notes, g_strdup_printf (_("topic “%s” was changed differently in %s and %s; %s’s version is kept"),
                                      gloss_topic_get_name (ours), ours_name, theirs_name, ours_name));
  return topic;
}

static GlossTopic *
copy_topic (GlossTopic *topic)
{
  GlossTopic *copy = gloss_topic_new (gloss_topic_get_id (topic), gloss_topic_get_name (topic),
                                      gloss_topic_get_color (topic));

  gloss_topic_set_keywords (copy, gloss_topic_get_keywords (topic));
  return copy;
}

static gboolean
same_topic (GlossTopic *a,
            GlossTopic *b)
{
  return strcmp (gloss_topic_get_name (a), gloss_topic_get_name (b)) == 0 &&
         g_ascii_strcasecmp (gloss_topic_get_color (a), gloss_topic_get_color (b)) == 0 &&
         g_strv_equal (gloss_topic_get_keywords (a), gloss_topic_get_keywords (b));
}

/* the topics of the result, in order; a topic deleted on one side that a
 * kept claim still uses is brought back */
static void
merge_topics (GlossProject *base,
              GlossProject *ours,
              GlossProject *theirs,
              const char   *ours_name,
              const char   *theirs_name,
              GPtrArray    *claims,
              GlossProject *merged,
              GPtrArray    *notes)
{
  g_autoptr(GPtrArray) deleted = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < gloss_project_get_n_topics (ours); i++)
    {
      GlossTopic *o = gloss_project_get_topic (ours, i);
      GlossTopic *b = gloss_project_lookup_topic (base, gloss_topic_get_id (o));
      GlossTopic *t = gloss_project_lookup_topic (theirs, gloss_topic_get_id (o));
      g_autoptr(GlossTopic) topic = NULL;

      if (t != NULL)
        topic = merge_topic (b, o, t, ours_name, theirs_name, notes);
      else
        topic = copy_topic (o);

      if (t == NULL && b != NULL && same_topic (o, b))
        g_ptr_array_add (deleted, g_steal_pointer (&topic));
      else
        gloss_project_insert_topic (merged, topic, gloss_project_get_n_topics (merged));
    }

  for (guint i = 0; i < gloss_project_get_n_topics (theirs); i++)
    {
      GlossTopic *t = gloss_project_get_topic (theirs, i);
      GlossTopic *b = gloss_project_lookup_topic (base, gloss_topic_get_id (t));
      g_autoptr(GlossTopic) topic = NULL;

      if (gloss_project_lookup_topic (ours, gloss_topic_get_id (t)) != NULL)
        continue;
      topic = copy_topic (t);
      if (b != NULL && same_topic (t, b))
        g_ptr_array_add (deleted, g_steal_pointer (&topic));
      else
        gloss_project_insert_topic (merged, topic, gloss_project_get_n_topics (merged));
    }

  for (guint i = 0; i < deleted->len; i++)
    {
      GlossTopic *topic = g_ptr_array_index (deleted, i);
      gboolean used = FALSE;

      for (guint c = 0; c < claims->len && !used; c++)
        {
          GlossClaim *claim = g_ptr_array_index (claims, c);
          GlossClaim *conflict = gloss_claim_get_conflict (claim);

          used = gloss_claim_has_topic (claim, gloss_topic_get_id (topic)) ||
                 (conflict != NULL && gloss_claim_has_topic (conflict, gloss_topic_get_id (topic)));
        }
      if (used)
        {
          _gloss_merge_add_note (notes, g_strdup_printf (_("topic “%s” was deleted on one side but claims kept from the other use it; it is kept"),
                                            gloss_topic_get_name (topic)));
          gloss_project_insert_topic (merged, topic, gloss_project_get_n_topics (merged));
        }
    }
}

static GlossClaim *
conflict_claim (GlossClaim *ours,
                GlossClaim *theirs)
{
  GlossClaim *claim = _gloss_merge_copy_claim (ours, NULL, NULL);
  g_autoptr(GlossClaim) version = _gloss_merge_copy_claim (theirs, NULL, NULL);

  /* a version has no conflict of its own: theirs unresolved is dropped */
  _gloss_claim_set_conflict (version, NULL);
  _gloss_claim_set_conflict (claim, NULL);
  _gloss_claim_set_conflict (claim, version);
  return claim;
}

/* a claim's words, span, note and topics: all but its record and conflict */
static gboolean
same_content (GlossClaim *a,
              GlossClaim *b)
{
  g_autoptr(GlossClaim) copy = _gloss_merge_copy_claim (b, NULL, NULL);

  /* compared with the one equality, b's record made a's */
  _gloss_claim_set_conflict (copy, NULL);
  _gloss_claim_set_status (copy, gloss_claim_get_status (a));
  _gloss_claim_set_sources (copy, gloss_claim_get_sources (a));
  return _gloss_merge_claims_equal (a, copy, FALSE);
}

/* @content's words with the status and sources merged 3-way, each as a
 * topic's field: theirs when ours kept base's, else ours (noted when both
 * changed it differently) */
static GlossClaim *
merge_record (GlossClaim *b,
              GlossClaim *o,
              GlossClaim *t,
              GlossClaim *content,
              const char *ours_name,
              const char *theirs_name,
              GPtrArray  *notes)
{
  GlossClaim *claim = _gloss_merge_copy_claim (content, NULL, NULL);
  GlossClaimStatus status = gloss_claim_get_status (o);
  GPtrArray *sources = gloss_claim_get_sources (o);
  gboolean clash = FALSE;

  if (gloss_claim_get_status (o) != gloss_claim_get_status (t))
    {
      if (gloss_claim_get_status (o) == gloss_claim_get_status (b))
        status = gloss_claim_get_status (t);
      else if (gloss_claim_get_status (t) != gloss_claim_get_status (b))
        clash = TRUE;
    }
  if (!gloss_sources_equal (gloss_claim_get_sources (o), gloss_claim_get_sources (t)))
    {
      if (gloss_sources_equal (gloss_claim_get_sources (o), gloss_claim_get_sources (b)))
        sources = gloss_claim_get_sources (t);
      else if (!gloss_sources_equal (gloss_claim_get_sources (t), gloss_claim_get_sources (b)))
        clash = TRUE;
    }
  _gloss_claim_set_status (claim, status);
  _gloss_claim_set_sources (claim, sources);
  if (clash)
    {
      const char *quote = gloss_claim_get_quote (content);
      g_autofree char *shown = gloss_json_excerpt (quote, strlen (quote));

      _gloss_merge_add_note (notes, g_strdup_printf (_("the status or sources of claim “%s” were changed differently in %s and %s; %s’s are kept"),
                                                     shown, ours_name, theirs_name, ours_name));
    }
  return claim;
}

/* the claim to keep for one id, or NULL for none */
static GlossClaim *
merge_claim (GlossClaim *b,
             GlossClaim *o,
             GlossClaim *t,
             const char *ours_name,
             const char *theirs_name,
             guint      *n_conflicts,
             GPtrArray  *notes)
{
  if (o != NULL && t != NULL)
    {
      GlossClaim *content;

      if (_gloss_merge_claims_equal (o, t, TRUE) ||
          (b != NULL && _gloss_merge_claims_equal (t, b, TRUE)))
        return _gloss_merge_copy_claim (o, NULL, NULL);
      if (b != NULL && _gloss_merge_claims_equal (o, b, TRUE))
        return _gloss_merge_copy_claim (t, NULL, NULL);
      /* the record (status, sources) is merged on its own: a status set on
       * one side and a note or another status on the other is no conflict */
      content = b == NULL ? NULL :
                same_content (o, t) || same_content (t, b) ? o :
                same_content (o, b) ? t : NULL;
      if (content != NULL)
        return merge_record (b, o, t, content, ours_name, theirs_name, notes);
      (*n_conflicts)++;
      return conflict_claim (o, t);
    }

  if (o != NULL || t != NULL)
    {
      GlossClaim *kept = o != NULL ? o : t;
      const char *quote = gloss_claim_get_quote (kept);
      g_autofree char *shown = NULL;

      if (b == NULL)
        return _gloss_merge_copy_claim (kept, NULL, NULL);
      if (_gloss_merge_claims_equal (kept, b, TRUE))
        return NULL;
      shown = gloss_json_excerpt (quote, strlen (quote));
      _gloss_merge_add_note (notes, g_strdup_printf (_("claim “%s” was deleted in %s and edited in %s; the edited claim is kept"),
                                                     shown, o != NULL ? theirs_name : ours_name,
                                                     o != NULL ? ours_name : theirs_name));
      return _gloss_merge_copy_claim (kept, NULL, NULL);
    }

  return NULL;
}

static int
compare_claims (gconstpointer a,
                gconstpointer b)
{
  return gloss_claim_compare (*(GlossClaim * const *) a, *(GlossClaim * const *) b);
}

GlossProject *
gloss_merge3 (GlossProject       *base,
              GlossProject       *ours,
              GlossProject       *theirs,
              const char * const *names,
              guint              *n_conflicts,
              GPtrArray          *notes,
              GError            **error)
{
  g_autoptr(GHashTable) base_claims = NULL;
  g_autoptr(GHashTable) ours_claims = NULL;
  g_autoptr(GHashTable) theirs_claims = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  g_autoptr(GlossProject) merged = NULL;
  GlossTranscript *transcript;
  guint conflicts = 0;

  g_return_val_if_fail (GLOSS_IS_PROJECT (base), NULL);
  g_return_val_if_fail (GLOSS_IS_PROJECT (ours), NULL);
  g_return_val_if_fail (GLOSS_IS_PROJECT (theirs), NULL);
  g_return_val_if_fail (names != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_gloss_merge_check_texts (base, names[0], ours, names[1], error) ||
      !_gloss_merge_check_texts (base, names[0], theirs, names[2], error))
    return NULL;

  transcript = gloss_project_get_transcript (ours);
  if (same_metadata (transcript, gloss_project_get_transcript (base)))
    transcript = gloss_project_get_transcript (theirs);
  merged = gloss_project_new_blank (transcript);
  if (gloss_project_get_original (ours) != NULL)
    gloss_project_set_original (merged, gloss_project_get_original (ours));
  if (gloss_project_get_alignment (ours) != NULL)
    gloss_project_set_alignment (merged, gloss_project_get_alignment (ours));

  base_claims = claims_by_id (base);
  ours_claims = claims_by_id (ours);
  theirs_claims = claims_by_id (theirs);
  claims = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < gloss_project_get_n_claims (ours); i++)
    {
      GlossClaim *o = gloss_project_get_claim (ours, i);
      const char *id = gloss_claim_get_id (o);
      GlossClaim *claim = merge_claim (g_hash_table_lookup (base_claims, id), o,
                                       g_hash_table_lookup (theirs_claims, id),
                                       names[1], names[2], &conflicts, notes);

      if (claim != NULL)
        g_ptr_array_add (claims, claim);
    }
  for (guint i = 0; i < gloss_project_get_n_claims (theirs); i++)
    {
      GlossClaim *t = gloss_project_get_claim (theirs, i);
      const char *id = gloss_claim_get_id (t);
      GlossClaim *claim;

      if (g_hash_table_contains (ours_claims, id))
        continue;
      claim = merge_claim (g_hash_table_lookup (base_claims, id), NULL, t,
                           names[1], names[2], &conflicts, notes);
      if (claim != NULL)
        g_ptr_array_add (claims, claim);
    }

  merge_topics (base, ours, theirs, names[1], names[2], claims, merged, notes);

  g_ptr_array_sort (claims, compare_claims);
  gloss_project_add_claims (merged, claims);

  if (n_conflicts != NULL)
    *n_conflicts = conflicts;
  return g_steal_pointer (&merged);
}
