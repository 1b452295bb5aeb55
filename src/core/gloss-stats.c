#include "config.h"

#include "gloss-speaker.h"
#include "gloss-stats.h"

typedef struct
{
  GlossStats  public;
  GHashTable *speaker_index;  /* name → position + 1 */
  GHashTable *question_index; /* turn → position + 1 */
} Stats;

static guint
add_speaker (Stats      *stats,
             const char *name)
{
  gpointer found = g_hash_table_lookup (stats->speaker_index, name);

  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;

  g_ptr_array_add (stats->public.speakers, (gpointer) name);
  g_hash_table_insert (stats->speaker_index, (gpointer) name,
                       GUINT_TO_POINTER (stats->public.speakers->len));

  return stats->public.speakers->len - 1;
}

GlossStats *
gloss_stats_new (GlossProject *project)
{
  Stats *stats;
  GlossStats *self;
  GlossTranscript *transcript;
  g_autoptr(GPtrArray) turn_speakers = NULL;
  g_autofree guint *speaker_of = NULL;
  g_autofree int *topic_of = NULL;
  g_autoptr(GHashTable) topic_index = NULL;
  guint n_claims, n_topics, n_speakers;

  g_return_val_if_fail (GLOSS_IS_PROJECT (project), NULL);

  stats = g_new0 (Stats, 1);
  self = &stats->public;
  stats->speaker_index = g_hash_table_new (g_str_hash, g_str_equal);
  stats->question_index = g_hash_table_new (NULL, NULL);
  self->speakers = g_ptr_array_new ();
  self->topics = g_ptr_array_new_with_free_func (g_object_unref);
  self->questions = g_array_new (FALSE, FALSE, sizeof (GlossStatsQuestion));

  transcript = gloss_project_get_transcript (project);
  turn_speakers = gloss_speaker_list (transcript);
  for (guint i = 0; i < turn_speakers->len; i++)
    add_speaker (stats, g_ptr_array_index (turn_speakers, i));
  for (guint i = 0; i < gloss_transcript_get_n_turns (transcript); i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (transcript, i);
      GlossStatsQuestion question = { i, NULL, 0 };

      if (turn->kind != GLOSS_TURN_QUESTION)
        continue;
      question.asked_by = gloss_speaker_asker (turn);
      g_array_append_val (self->questions, question);
      g_hash_table_insert (stats->question_index, GUINT_TO_POINTER (i),
                           GUINT_TO_POINTER (self->questions->len));
    }

  n_topics = gloss_project_get_n_topics (project);
  topic_index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint t = 0; t < n_topics; t++)
    {
      GlossTopic *topic = gloss_project_get_topic (project, t);

      g_ptr_array_add (self->topics, g_object_ref (topic));
      g_hash_table_insert (topic_index, (gpointer) gloss_topic_get_id (topic), GUINT_TO_POINTER (t + 1));
    }

  /* first pass: the speakers (claims on the original may add some) */
  n_claims = gloss_project_get_n_claims (project);
  speaker_of = g_new (guint, n_claims);
  for (guint i = 0; i < n_claims; i++)
    {
      GlossClaim *claim = gloss_project_get_claim (project, i);
      GlossSpeaker speaker;

      speaker_of[i] = G_MAXUINT;
      self->by_status[gloss_claim_get_status (claim)]++;
      if (gloss_claim_get_orphaned (claim) || !gloss_speaker_of_claim (project, claim, &speaker))
        continue;
      if (speaker.speaker != NULL)
        speaker_of[i] = add_speaker (stats, speaker.speaker);
      if (gloss_claim_get_text_role (claim) == GLOSS_TEXT_TRANSCRIPT)
        {
          int question = speaker.kind == GLOSS_TURN_QUESTION ? speaker.turn : speaker.question;
          gpointer found = question >= 0 ?
                           g_hash_table_lookup (stats->question_index, GINT_TO_POINTER (question)) : NULL;

          if (found != NULL)
            g_array_index (self->questions, GlossStatsQuestion, GPOINTER_TO_UINT (found) - 1).claims++;
        }
    }

  n_speakers = self->speakers->len;
  self->topic_speaker = g_new0 (guint, (gsize) MAX (n_topics, 1) * MAX (n_speakers, 1));
  self->topic_unspoken = g_new0 (guint, MAX (n_topics, 1));
  for (guint i = 0; i < n_claims; i++)
    {
      const char * const *ids = gloss_claim_get_topics (gloss_project_get_claim (project, i));

      for (guint k = 0; ids[k] != NULL; k++)
        {
          gpointer found = g_hash_table_lookup (topic_index, ids[k]);
          guint t;

          if (found == NULL)
            continue;
          t = GPOINTER_TO_UINT (found) - 1;
          if (speaker_of[i] == G_MAXUINT)
            self->topic_unspoken[t]++;
          else
            self->topic_speaker[t * n_speakers + speaker_of[i]]++;
        }
    }
  self->n_claims = n_claims;

  return self;
}

void
gloss_stats_free (GlossStats *self)
{
  Stats *stats = (Stats *) self;

  if (self == NULL)
    return;

  g_ptr_array_unref (self->speakers);
  g_ptr_array_unref (self->topics);
  g_array_unref (self->questions);
  g_free (self->topic_speaker);
  g_free (self->topic_unspoken);
  g_hash_table_unref (stats->speaker_index);
  g_hash_table_unref (stats->question_index);
  g_free (stats);
}

guint
gloss_stats_count (const GlossStats *self,
                   guint             topic,
                   guint             speaker)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (topic < self->topics->len, 0);
  g_return_val_if_fail (speaker < self->speakers->len, 0);

  return self->topic_speaker[topic * self->speakers->len + speaker];
}

int
gloss_stats_speaker_index (const GlossStats *self,
                           const char       *speaker)
{
  const Stats *stats = (const Stats *) self;
  gpointer found;

  g_return_val_if_fail (self != NULL, -1);

  found = speaker != NULL ? g_hash_table_lookup (stats->speaker_index, speaker) : NULL;

  return found != NULL ? (int) GPOINTER_TO_UINT (found) - 1 : -1;
}
