#include "config.h"

#include <string.h>

#include "gloss-turn-detect-private.h"

/* Who asks: "Reuters reporter" -> "Reuters", "新华社记者" -> "新华社",
 * "Reporter" -> NULL. Generic words only, never names. */
char *
_gloss_outlet_from_label (const char *name)
{
  static const char * const generic[] = {
    "reporter", "journalist", "correspondent", "记者",
  };
  g_autofree char *folded = g_utf8_casefold (name, -1);
  gsize len = strlen (folded);

  for (guint i = 0; i < G_N_ELEMENTS (generic); i++)
    {
      gsize n = strlen (generic[i]);

      if (strcmp (folded, generic[i]) == 0)
        return NULL;
      /* casefolding keeps ASCII lengths, so the prefix length carries over */
      if (len > n && strcmp (folded + len - n, generic[i]) == 0 && strlen (name) == len)
        {
          gsize off = 0, plen = len - n;

          _gloss_trim_range (name, &off, &plen);
          return plen > 0 ? g_strndup (name + off, plen) : NULL;
        }
    }
  return g_strdup (name);
}

/* A paragraph that asks: it holds a question mark and ends with it, or with
 * a short courtesy after it ("…implemented? Thank you."). */
static gboolean
paragraph_asks (Detector *self,
                guint     first,
                guint     last)
{
  const Line *line = line_at (self, last);
  const char *q = NULL;
  gboolean any = FALSE;

  for (guint i = first; i <= last; i++)
    any |= line_at (self, i)->has_question;
  if (!any || !line->has_question)
    return FALSE;

  for (const char *p = line->s + line->len; p > line->s; p--)
    if (p[-1] == '?' || (p - line->s >= 3 && memcmp (p - 3, "？", 3) == 0))
      {
        q = p;
        break;
      }
  return q != NULL && (line->s + line->len - q) <= 40;
}

/* Index of the line where an unlabelled question starts at the end of the
 * turn running from @first to @last, or 0 if there is none. */
static guint
find_unlabelled_question (Detector *self,
                          guint     first,
                          guint     last)
{
  const Line *label = line_at (self, first);
  /* the first paragraph stays with the turn: the label line itself when the
   * text follows the label, else the line after it */
  guint body = label->is_label && label->label.text_off >= label->len ? first + 1 : first;
  guint para = 0;

  /* a wider gap than between paragraphs, then a question */
  for (guint i = last; i > body; i--)
    {
      if (line_at (self, i)->gap >= 2)
        {
          gboolean any = FALSE;

          for (guint j = i; j <= last; j++)
            any |= line_at (self, j)->has_question;
          if (any)
            return i;
          break;
        }
    }

  /* otherwise the last paragraph, if it asks */
  for (guint i = last; i > body; i--)
    if (line_at (self, i)->gap >= 1)
      {
        para = i;
        break;
      }
  if (para > body && paragraph_asks (self, para, last))
    return para;

  return 0;
}

void
_gloss_raw_turn_clear (RawTurn *turn)
{
  g_clear_pointer (&turn->outlet, g_free);
}

/* In an interview, a named interviewer asks in most turns and nearly
 * always hands over to someone who rarely asks. */
static void
find_interviewers (Detector *self,
                   GArray   *raw)
{
  for (guint s = 0; s < self->speakers->len; s++)
    {
      Speaker *speaker = speaker_at (self, (int) s);
      guint handed_over = 0;

      if (speaker->participant || speaker->role != ROLE_OFFICIAL ||
          speaker->n_turns < 2 || speaker->n_asking * 2 < speaker->n_turns)
        continue;
      for (guint i = 0; i + 1 < raw->len; i++)
        {
          const RawTurn *turn = &g_array_index (raw, RawTurn, i);
          const Speaker *next = speaker_at (self, g_array_index (raw, RawTurn, i + 1).speaker);

          if (turn->speaker == (int) s && next != NULL && next != speaker &&
              next->n_turns >= 2 && next->n_asking * 4 <= next->n_turns)
            handed_over++;
        }
      if (handed_over * 5 >= speaker->n_turns * 3)
        {
          speaker->role = ROLE_ASKER;
          speaker->interviewer = TRUE;
        }
    }
}

void
_gloss_classify_speakers (Detector *self,
                          GArray   *raw,
                          gboolean  have_list)
{
  int first_speaker = -1;

  for (guint i = 0; i < raw->len; i++)
    {
      RawTurn *turn = &g_array_index (raw, RawTurn, i);
      Speaker *speaker = speaker_at (self, turn->speaker);

      for (guint j = turn->first; j <= turn->last; j++)
        turn->asks |= line_at (self, j)->has_question;
      if (speaker == NULL)
        continue;
      speaker->n_turns++;
      if (turn->asks)
        speaker->n_asking++;
      if (first_speaker < 0)
        first_speaker = turn->speaker;
    }

  for (guint i = 0; i < self->speakers->len; i++)
    {
      Speaker *speaker = speaker_at (self, (int) i);

      if (speaker->participant)
        speaker->role = ROLE_OFFICIAL;
      else if (speaker->generic)
        speaker->role = ROLE_ASKER;
      else if ((int) i == first_speaker || self->question_style)
        speaker->role = ROLE_OFFICIAL;
      else if (have_list)
        speaker->role = speaker->n_turns >= 2 && speaker->n_asking == 0 ? ROLE_OFFICIAL : ROLE_ASKER;
      else
        speaker->role = speaker->n_turns > 0 && speaker->n_asking == speaker->n_turns ?
                        ROLE_ASKER : ROLE_OFFICIAL;
    }

  if (!have_list && !self->question_style)
    find_interviewers (self, raw);
}

static gboolean
turn_is_official (Detector      *self,
                  const RawTurn *turn)
{
  if (turn->type == _GLOSS_LABEL_ANSWER)
    return TRUE;
  if (turn->type != _GLOSS_LABEL_NAME || turn->speaker < 0)
    return FALSE;
  return speaker_at (self, turn->speaker)->role == ROLE_OFFICIAL;
}

static int
find_moderator (Detector *self,
                GArray   *raw)
{
  RawTurn *first;
  int moderator = -1;

  if (raw->len == 0)
    return -1;

  /* the moderator speaks first and hands over to other officials before
   * any question is asked */
  first = &g_array_index (raw, RawTurn, 0);
  if (turn_is_official (self, first) && first->type == _GLOSS_LABEL_NAME)
    for (guint i = 1; i < raw->len; i++)
      {
        RawTurn *turn = &g_array_index (raw, RawTurn, i);

        if (!turn_is_official (self, turn))
          break;
        if (turn->type == _GLOSS_LABEL_NAME && turn->speaker != first->speaker)
          {
            moderator = first->speaker;
            break;
          }
      }

  /* ... and never takes a question first: whoever does is an official
   * who opened the briefing, not a moderator */
  for (guint i = 1; moderator >= 0 && i < raw->len; i++)
    {
      RawTurn *turn = &g_array_index (raw, RawTurn, i);
      RawTurn *prev = &g_array_index (raw, RawTurn, i - 1);

      if (turn->speaker == moderator && !turn_is_official (self, prev) &&
          prev->type != _GLOSS_LABEL_ANSWER)
        moderator = -1;
    }

  return moderator;
}

guint
_gloss_add_turn (Detector      *self,
                 GlossTurnKind  kind,
                 guint          first,
                 guint          last,
                 const char    *speaker,
                 const char    *outlet,
                 int            answers,
                 gint64         time)
{
  guint index = gloss_transcript_add_turn (self->transcript, kind,
                                           line_at (self, first)->cstart,
                                           line_at (self, last)->cend,
                                           speaker, outlet, answers);

  if (time >= 0)
    gloss_transcript_set_turn_time (self->transcript, index, time);
  return index;
}

void
_gloss_emit_turns (Detector *self,
                   GArray   *raw)
{
  int moderator = find_moderator (self, raw);
  int current_question = -1;
  gboolean floor_open = FALSE;

  for (guint i = 0; i < raw->len; i++)
    {
      RawTurn *turn = &g_array_index (raw, RawTurn, i);
      RawTurn *next = i + 1 < raw->len ? &g_array_index (raw, RawTurn, i + 1) : NULL;
      const Speaker *speaker = speaker_at (self, turn->speaker);
      gboolean is_moderator = moderator >= 0 && turn->speaker == moderator;
      gboolean aside = FALSE;
      gboolean asking = turn->type == _GLOSS_LABEL_QUESTION ||
                        (speaker != NULL && speaker->role == ROLE_ASKER);
      guint last = turn->last;
      guint split = 0;

      /* Someone who usually asks but asks nothing here: an announcer
       * ("VOICE: The Press Secretary.") before the floor is open, or
       * thanks that nobody answers, are remarks. */
      if (asking && speaker != NULL && (speaker->generic || speaker->interviewer) && !turn->asks &&
          (!floor_open || next == NULL || !turn_is_official (self, next)))
        asking = FALSE, aside = TRUE;

      if (turn_is_official (self, turn) && floor_open && next != NULL &&
          turn_is_official (self, next) &&
          (next->type == _GLOSS_LABEL_ANSWER || moderator < 0 || next->speaker != moderator))
        {
          split = find_unlabelled_question (self, turn->first, turn->last);
          if (split > 0)
            last = split - 1;
        }

      if (asking)
        {
          current_question = (int) _gloss_add_turn (self, GLOSS_TURN_QUESTION, turn->first, last,
                                              speaker ? speaker->name : NULL, turn->outlet, -1,
                                              turn->time);
          floor_open = TRUE;
        }
      else
        {
          GlossTurnKind kind = GLOSS_TURN_REMARKS;

          if (!is_moderator && !aside && current_question >= 0)
            kind = GLOSS_TURN_ANSWER;
          _gloss_add_turn (self, kind, turn->first, last, speaker ? speaker->name : NULL, NULL,
                    kind == GLOSS_TURN_ANSWER ? current_question : -1, turn->time);
          if (!is_moderator)
            floor_open = TRUE;
        }

      /* a question nobody labelled: no speaker, no outlet */
      if (split > 0)
        {
          current_question = (int) _gloss_add_turn (self, GLOSS_TURN_QUESTION, split, turn->last,
                                              NULL, NULL, -1, line_at (self, split)->time);
          floor_open = TRUE;
        }
    }
}

