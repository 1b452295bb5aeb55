#include "config.h"

#include <string.h>

#include "gloss-transcript-private.h"

/* Who speaks where: the turns (their kinds, times, and the turn at an
 * offset) and the participants (names and roles; the ones removed or
 * replaced are kept, see the struct). */

static const char * const turn_kind_names[] = {
  [GLOSS_TURN_HEADER] = "header",
  [GLOSS_TURN_REMARKS] = "remarks",
  [GLOSS_TURN_QUESTION] = "question",
  [GLOSS_TURN_ANSWER] = "answer",
  [GLOSS_TURN_FOOTER] = "footer",
};

const char *
gloss_turn_kind_to_string (GlossTurnKind kind)
{
  g_return_val_if_fail ((guint) kind <= GLOSS_TURN_KIND_LAST, NULL);

  return turn_kind_names[kind];
}

gboolean
gloss_turn_kind_from_string (const char    *str,
                             GlossTurnKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  if (str == NULL)
    return FALSE;

  for (guint i = 0; i <= GLOSS_TURN_KIND_LAST; i++)
    {
      if (strcmp (str, turn_kind_names[i]) == 0)
        {
          *kind = (GlossTurnKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

char *
gloss_media_time_to_string (gint64 ms)
{
  gint64 seconds;

  g_return_val_if_fail (ms >= 0, NULL);

  seconds = ms / 1000;
  if (seconds >= 3600)
    return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d:%02d", seconds / 3600,
                            (int) (seconds / 60 % 60), (int) (seconds % 60));
  return g_strdup_printf ("%d:%02d", (int) (seconds / 60), (int) (seconds % 60));
}

char *
gloss_turn_dup_time_range (const GlossTurn *turn)
{
  g_autofree char *begin = NULL;
  g_autofree char *end = NULL;

  g_return_val_if_fail (turn != NULL, NULL);

  if (turn->time < 0)
    return NULL;
  begin = gloss_media_time_to_string (turn->time);
  if (turn->end_time < turn->time)
    return g_steal_pointer (&begin);
  end = gloss_media_time_to_string (turn->end_time);
  return g_strconcat (begin, "\u2013", end, NULL);
}

int
gloss_transcript_find_participant (GlossTranscript *self,
                                   const char      *name)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (self), -1);

  for (guint i = 0; name != NULL && i < self->participants->len; i++)
    {
      GlossParticipant *participant = g_ptr_array_index (self->participants, i);

      if (strcmp (participant->name, name) == 0)
        return (int) i;
    }

  return -1;
}

static GlossParticipant *
find_participant (GlossTranscript *self,
                  const char      *name)
{
  int index = gloss_transcript_find_participant (self, name);

  return index >= 0 ? g_ptr_array_index (self->participants, index) : NULL;
}

static GlossParticipant *
participant_new (const char *name,
                 const char *role)
{
  GlossParticipant *participant = g_new0 (GlossParticipant, 1);

  participant->name = g_strdup (name);
  participant->role = g_strdup (role);

  return participant;
}

void
gloss_transcript_add_participant (GlossTranscript *self,
                                  const char      *name,
                                  const char      *role)
{
  GlossParticipant *participant;

  g_return_if_fail (GLOSS_IS_TRANSCRIPT (self));
  g_return_if_fail (name != NULL);

  participant = find_participant (self, name);
  if (participant != NULL)
    {
      if (participant->role == NULL && role != NULL)
        participant->role = g_strdup (role);
      return;
    }

  g_ptr_array_add (self->participants, participant_new (name, role));
}

void
gloss_transcript_insert_participant (GlossTranscript *self,
                                     guint            index,
                                     const char      *name,
                                     const char      *role)
{
  g_return_if_fail (GLOSS_IS_TRANSCRIPT (self));
  g_return_if_fail (name != NULL && *name != '\0');
  g_return_if_fail (find_participant (self, name) == NULL);

  g_ptr_array_insert (self->participants, (int) MIN (index, self->participants->len),
                      participant_new (name, role));
  _gloss_transcript_emit_participants_changed (self);
}

void
gloss_transcript_remove_participant (GlossTranscript *self,
                                     guint            index)
{
  g_return_if_fail (GLOSS_IS_TRANSCRIPT (self));
  g_return_if_fail (index < self->participants->len);

  g_ptr_array_add (self->retired_participants, g_ptr_array_steal_index (self->participants, index));
  _gloss_transcript_emit_participants_changed (self);
}

void
gloss_transcript_replace_participant (GlossTranscript *self,
                                      guint            index,
                                      const char      *name,
                                      const char      *role)
{
  GlossParticipant *old;
  int other;

  g_return_if_fail (GLOSS_IS_TRANSCRIPT (self));
  g_return_if_fail (index < self->participants->len);
  g_return_if_fail (name != NULL && *name != '\0');
  other = gloss_transcript_find_participant (self, name);
  g_return_if_fail (other < 0 || (guint) other == index);

  old = g_ptr_array_index (self->participants, index);
  if (strcmp (old->name, name) == 0 && g_strcmp0 (old->role, role) == 0)
    return;

  g_ptr_array_add (self->retired_participants, old);
  g_ptr_array_index (self->participants, index) = participant_new (name, role);
  _gloss_transcript_emit_participants_changed (self);
}

guint
gloss_transcript_get_n_participants (GlossTranscript *self)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (self), 0);

  return self->participants->len;
}

const GlossParticipant *
gloss_transcript_get_participant (GlossTranscript *self,
                                  guint            index)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (self), NULL);
  g_return_val_if_fail (index < self->participants->len, NULL);

  return g_ptr_array_index (self->participants, index);
}

const char *
gloss_transcript_get_role (GlossTranscript *self,
                           const char      *name)
{
  GlossParticipant *participant;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (self), NULL);

  if (name == NULL)
    return NULL;

  participant = find_participant (self, name);

  return participant != NULL ? participant->role : NULL;
}

guint
gloss_transcript_add_turn (GlossTranscript *self,
                           GlossTurnKind    kind,
                           guint            start,
                           guint            end,
                           const char      *speaker,
                           const char      *outlet,
                           int              answers)
{
  GlossTurn turn = { 0, };

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (self), G_MAXUINT);
  g_return_val_if_fail ((guint) kind <= GLOSS_TURN_KIND_LAST, G_MAXUINT);
  g_return_val_if_fail (start <= end, G_MAXUINT);
  g_return_val_if_fail (end <= self->length, G_MAXUINT);
  g_return_val_if_fail (self->turns->len == 0 ||
                        g_array_index (self->turns, GlossTurn, self->turns->len - 1).end <= start,
                        G_MAXUINT);
  g_return_val_if_fail (answers >= -1 && answers < (int) self->turns->len, G_MAXUINT);

  turn.start = start;
  turn.end = end;
  turn.kind = kind;
  turn.speaker = g_strdup (speaker);
  turn.outlet = g_strdup (outlet);
  turn.answers = answers;
  turn.time = -1;
  turn.end_time = -1;
  g_array_append_val (self->turns, turn);

  return self->turns->len - 1;
}

void
gloss_transcript_set_turn_time (GlossTranscript *self,
                                guint            index,
                                gint64           time)
{
  g_return_if_fail (GLOSS_IS_TRANSCRIPT (self));
  g_return_if_fail (index < self->turns->len);
  g_return_if_fail (time >= -1);

  g_array_index (self->turns, GlossTurn, index).time = time;
}

void
gloss_transcript_set_turn_end_time (GlossTranscript *self,
                                    guint            index,
                                    gint64           end_time)
{
  g_return_if_fail (GLOSS_IS_TRANSCRIPT (self));
  g_return_if_fail (index < self->turns->len);
  g_return_if_fail (end_time >= -1);

  g_array_index (self->turns, GlossTurn, index).end_time = end_time;
}

guint
gloss_transcript_get_n_turns (GlossTranscript *self)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (self), 0);

  return self->turns->len;
}

const GlossTurn *
gloss_transcript_get_turn (GlossTranscript *self,
                           guint            index)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (self), NULL);
  g_return_val_if_fail (index < self->turns->len, NULL);

  return &g_array_index (self->turns, GlossTurn, index);
}

int
gloss_transcript_find_turn (GlossTranscript *self,
                            guint            offset)
{
  guint lo = 0;
  guint hi;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (self), -1);

  hi = self->turns->len;

  /* first turn whose end is past @offset */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->turns, GlossTurn, mid).end <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  if (lo < self->turns->len)
    {
      const GlossTurn *turn = &g_array_index (self->turns, GlossTurn, lo);

      if (turn->start <= offset && offset < turn->end)
        return (int) lo;
    }

  return -1;
}
