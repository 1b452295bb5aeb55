#include "config.h"

#include "gloss-project-snapshot-private.h"

#include <string.h>

#include "gloss-claim-private.h"
#include "gloss-project-writer.h"

/* a project has a handful of topics: comparing beats hashing */
#define SNAPSHOT_HASH_TOPICS 16

static guint64
id_head (const char *id,
         gsize       length)
{
  guint64 head = 0;

  memcpy (&head, id, MIN (length, sizeof head));
  return head;
}

static void
snapshot_text_init (GlossSnapshotText *copy,
                    GlossTranscript   *text)
{
  guint n_turns, n_participants;

  *copy = (GlossSnapshotText) { NULL, };
  if (text == NULL)
    return;

  copy->text = g_object_ref (text);
  copy->content = gloss_transcript_get_text (text);
  copy->size = gloss_transcript_get_text_size (text);
  copy->title = g_strdup (gloss_transcript_get_title (text));
  copy->date = g_strdup (gloss_transcript_get_date (text));
  copy->place = g_strdup (gloss_transcript_get_place (text));
  copy->language = g_strdup (gloss_transcript_get_language (text));
  copy->source = g_strdup (gloss_transcript_get_source (text));

  n_turns = gloss_transcript_get_n_turns (text);
  copy->turns = g_array_sized_new (FALSE, FALSE, sizeof (GlossTurn), n_turns);
  for (guint i = 0; i < n_turns; i++)
    g_array_append_vals (copy->turns, gloss_transcript_get_turn (text, i), 1);

  n_participants = gloss_transcript_get_n_participants (text);
  copy->participants = g_array_sized_new (FALSE, FALSE, sizeof (GlossParticipant), n_participants);
  for (guint i = 0; i < n_participants; i++)
    g_array_append_vals (copy->participants, gloss_transcript_get_participant (text, i), 1);
}

static void
snapshot_text_clear (GlossSnapshotText *copy)
{
  if (copy->text == NULL)
    return;

  g_array_unref (copy->turns);
  g_array_unref (copy->participants);
  g_free (copy->title);
  g_free (copy->date);
  g_free (copy->place);
  g_free (copy->language);
  g_free (copy->source);
  g_object_unref (copy->text);
}

static void
snapshot_add_topic_id (GlossProjectSnapshot *snapshot,
                       GHashTable           *ids,
                       const char           *id)
{
  const char *copy = NULL;

  if (id != NULL && ids != NULL)
    copy = g_hash_table_lookup (ids, id);
  else if (id != NULL)
    {
      gsize length = strlen (id);
      guint64 head = id_head (id, length);

      for (guint i = 0; i < snapshot->n_topics && copy == NULL; i++)
        {
          const GlossSnapshotTopic *topic = &snapshot->topics[i];

          if (topic->id_length == length && topic->id_head == head &&
              memcmp (topic->id, id, length) == 0)
            copy = topic->id;
        }
    }
  if (id != NULL && copy == NULL)
    copy = g_string_chunk_insert_const (snapshot->strings, id);

  if (snapshot->n_topic_ids == snapshot->topic_ids_size)
    {
      snapshot->topic_ids_size *= 2;
      snapshot->topic_ids = g_renew (const char *, snapshot->topic_ids, snapshot->topic_ids_size);
    }
  snapshot->topic_ids[snapshot->n_topic_ids++] = copy;
}

static void
snapshot_topics_init (GlossProjectSnapshot *snapshot,
                      GlossProject         *project)
{
  snapshot->n_topics = gloss_project_get_n_topics (project);
  snapshot->topics = g_new0 (GlossSnapshotTopic, snapshot->n_topics);
  for (guint i = 0; i < snapshot->n_topics; i++)
    {
      GlossTopic *topic = gloss_project_get_topic (project, i);
      GlossSnapshotTopic *copy = &snapshot->topics[i];

      copy->id = g_strdup (gloss_topic_get_id (topic));
      copy->name = g_strdup (gloss_topic_get_name (topic));
      copy->color = g_strdup (gloss_topic_get_color (topic));
      copy->key = g_strdup (gloss_topic_get_key (topic));
      copy->keywords = g_strdupv ((char **) gloss_topic_get_keywords (topic));
      copy->regex = g_strdup (gloss_topic_get_regex (topic));
      copy->id_length = strlen (copy->id);
      copy->id_head = id_head (copy->id, copy->id_length);
    }
}

GlossProjectSnapshot *
gloss_project_snapshot_new (GlossProject *project)
{
  GlossProjectSnapshot *snapshot;
  GlossAlignment *alignment;
  g_autoptr(GHashTable) ids = NULL;

  g_return_val_if_fail (GLOSS_IS_PROJECT (project), NULL);

  snapshot = g_new0 (GlossProjectSnapshot, 1);
  for (guint role = 0; role <= GLOSS_TEXT_ROLE_LAST; role++)
    snapshot_text_init (&snapshot->texts[role], gloss_project_get_text (project, role));
  alignment = gloss_project_get_alignment (project);
  snapshot->alignment = alignment != NULL ? g_object_ref (alignment) : NULL;

  snapshot->strings = g_string_chunk_new (4096);
  {
    GPtrArray *rejected = gloss_project_get_rejected (project);

    snapshot->rejected = g_new0 (char *, rejected->len + 1);
    for (guint i = 0; i < rejected->len; i++)
      snapshot->rejected[i] = g_strdup (g_ptr_array_index (rejected, i));
  }
  snapshot_topics_init (snapshot, project);
  if (snapshot->n_topics > SNAPSHOT_HASH_TOPICS)
    {
      ids = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < snapshot->n_topics; i++)
        g_hash_table_insert (ids, snapshot->topics[i].id, snapshot->topics[i].id);
    }

  snapshot->n_claims = gloss_project_get_n_claims (project);
  snapshot->claims = g_new (GlossSnapshotClaim, snapshot->n_claims);
  snapshot->topic_ids_size = (gsize) snapshot->n_claims * 3 + 1;
  snapshot->topic_ids = g_new (const char *, snapshot->topic_ids_size);
  for (guint i = 0; i < snapshot->n_claims; i++)
    {
      GlossClaim *claim = gloss_project_get_claim (project, i);
      GlossSnapshotClaim *copy = &snapshot->claims[i];
      const char * const *topics = gloss_claim_get_topics (claim);
      const char *note = gloss_claim_get_note (claim);
      const char *author = gloss_claim_get_author (claim);

      copy->claim = g_object_ref (claim);
      copy->start = gloss_claim_get_start (claim);
      copy->end = gloss_claim_get_end (claim);
      _gloss_claim_acquire_words (claim, &copy->quote, &copy->prefix, &copy->suffix,
                                  &copy->previous_quote);
      copy->note = *note == '\0' ? "" : g_string_chunk_insert (snapshot->strings, note);
      copy->author = *author == '\0' ? "" : g_string_chunk_insert_const (snapshot->strings, author);
      copy->modified = g_date_time_ref (gloss_claim_get_modified (claim));
      copy->role = gloss_claim_get_text_role (claim);
      copy->orphaned = gloss_claim_get_orphaned (claim);
      copy->status = gloss_claim_get_status (claim);
      copy->sources = g_ptr_array_ref (gloss_claim_get_sources (claim));
      copy->conflict = gloss_claim_get_conflict (claim);
      if (copy->conflict != NULL)
        g_object_ref (copy->conflict);
      copy->topics = snapshot->n_topic_ids;
      for (guint j = 0; topics[j] != NULL; j++)
        snapshot_add_topic_id (snapshot, ids, topics[j]);
      snapshot_add_topic_id (snapshot, ids, NULL);
    }

  return snapshot;
}

GBytes *
gloss_project_snapshot_to_bytes (const GlossProjectSnapshot *snapshot)
{
  g_return_val_if_fail (snapshot != NULL, NULL);

  return gloss_project_writer_write (snapshot);
}

void
gloss_project_snapshot_free (GlossProjectSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;

  for (guint i = 0; i < snapshot->n_claims; i++)
    {
      GlossSnapshotClaim *copy = &snapshot->claims[i];

      g_ref_string_release (copy->quote);
      g_ref_string_release (copy->prefix);
      g_ref_string_release (copy->suffix);
      g_clear_pointer (&copy->previous_quote, g_ref_string_release);
      g_date_time_unref (copy->modified);
      g_ptr_array_unref (copy->sources);
      g_object_unref (copy->claim);
      g_clear_object (&copy->conflict);
    }
  g_free (snapshot->claims);
  for (guint i = 0; i < snapshot->n_topics; i++)
    {
      GlossSnapshotTopic *topic = &snapshot->topics[i];

      g_free (topic->id);
      g_free (topic->name);
      g_free (topic->color);
      g_free (topic->key);
      g_strfreev (topic->keywords);
      g_free (topic->regex);
    }
  g_free (snapshot->topics);
  g_free (snapshot->topic_ids);
  g_string_chunk_free (snapshot->strings);
  g_strfreev (snapshot->rejected);
  g_clear_object (&snapshot->alignment);
  for (guint role = 0; role <= GLOSS_TEXT_ROLE_LAST; role++)
    snapshot_text_clear (&snapshot->texts[role]);
  g_free (snapshot);
}
