#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gloss-sentences.h"
#include "gloss-suggest.h"

typedef struct
{
  GlossTopic *topic;
  /* casefolded keywords, and the keywords as written */
  GPtrArray  *folded;
  const char * const *keywords;
  GRegex     *regex;
} TopicMatcher;

void
gloss_suggestion_free (GlossSuggestion *suggestion)
{
  if (suggestion == NULL)
    return;

  g_strfreev (suggestion->topics);
  g_free (suggestion->keyword);
  g_free (suggestion->sentence);
  g_free (suggestion);
}

static void
matcher_clear (TopicMatcher *matcher)
{
  g_clear_pointer (&matcher->folded, g_ptr_array_unref);
  g_clear_pointer (&matcher->regex, g_regex_unref);
}

/* a letter or digit of a script that separates words (not Han, kana,
 * Hangul: they are wide) */
static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) && !g_unichar_iswide (c);
}

static gboolean
at_word_end (const char *p)
{
  if (*p == '\0')
    return TRUE;

  return !is_word_char (g_utf8_get_char (p));
}

/* @folded contains @keyword (both casefolded) with word bounds where the
 * keyword has word characters at its edges */
static gboolean
contains_keyword (const char *folded,
                  const char *keyword)
{
  gunichar first = g_utf8_get_char (keyword);
  gunichar last = g_utf8_get_char (g_utf8_prev_char (keyword + strlen (keyword)));
  gsize length = strlen (keyword);

  for (const char *hit = strstr (folded, keyword); hit != NULL; hit = strstr (hit + 1, keyword))
    {
      const char *after = hit + length;

      if (is_word_char (first) && hit > folded &&
          is_word_char (g_utf8_get_char (g_utf8_prev_char (hit))))
        continue;
      if (is_word_char (last) && !at_word_end (after))
        {
          /* a plural */
          if (after[0] == 's' && at_word_end (after + 1))
            return TRUE;
          if (after[0] == 'e' && after[1] == 's' && at_word_end (after + 2))
            return TRUE;
          continue;
        }
      return TRUE;
    }

  return FALSE;
}

/* what matched (a keyword as written, or the pattern's match), or NULL */
static char *
match_topic (TopicMatcher *matcher,
             const char   *sentence,
             const char   *folded)
{
  for (guint i = 0; i < matcher->folded->len; i++)
    if (contains_keyword (folded, g_ptr_array_index (matcher->folded, i)))
      return g_strdup (matcher->keywords[i]);

  if (matcher->regex != NULL)
    {
      g_autoptr(GMatchInfo) info = NULL;

      if (g_regex_match (matcher->regex, sentence, G_REGEX_MATCH_DEFAULT, &info))
        return g_match_info_fetch (info, 0);
    }

  return NULL;
}

static gboolean
searched_turn (GlossTranscript *text,
               guint            offset)
{
  int index = gloss_transcript_find_turn (text, offset);
  const GlossTurn *turn;

  if (index < 0)
    return gloss_transcript_get_n_turns (text) == 0;

  turn = gloss_transcript_get_turn (text, (guint) index);

  return turn->kind != GLOSS_TURN_HEADER && turn->kind != GLOSS_TURN_FOOTER;
}

GPtrArray *
gloss_suggest (GlossProject *project,
               const char   *topic_id)
{
  GlossTranscript *text;
  g_autoptr(GArray) sentences = NULL;
  g_autoptr(GArray) matchers = NULL;
  GPtrArray *suggestions;
  const char *content;
  const char *cursor;
  guint cursor_offset = 0;

  g_return_val_if_fail (GLOSS_IS_PROJECT (project), NULL);

  suggestions = g_ptr_array_new_with_free_func ((GDestroyNotify) gloss_suggestion_free);
  matchers = g_array_new (FALSE, TRUE, sizeof (TopicMatcher));
  g_array_set_clear_func (matchers, (GDestroyNotify) matcher_clear);
  for (guint i = 0; i < gloss_project_get_n_topics (project); i++)
    {
      GlossTopic *topic = gloss_project_get_topic (project, i);
      const char * const *keywords = gloss_topic_get_keywords (topic);
      const char *pattern = gloss_topic_get_regex (topic);
      TopicMatcher matcher = { topic, g_ptr_array_new_with_free_func (g_free), keywords, NULL };

      if (topic_id != NULL && strcmp (gloss_topic_get_id (topic), topic_id) != 0)
        {
          g_ptr_array_unref (matcher.folded);
          continue;
        }
      for (guint k = 0; keywords[k] != NULL; k++)
        g_ptr_array_add (matcher.folded, g_utf8_casefold (keywords[k], -1));
      /* not G_REGEX_OPTIMIZE: a topic's pattern is short and runs over
       * sentences, where PCRE2's JIT costs more to compile than it saves
       * (and its wide reads past a string's end are memcheck errors) */
      if (pattern[0] != '\0')
        matcher.regex = g_regex_new (pattern, G_REGEX_DEFAULT, G_REGEX_MATCH_DEFAULT, NULL);
      g_array_append_val (matchers, matcher);
    }

  text = gloss_project_get_transcript (project);
  content = gloss_transcript_get_text (text);
  sentences = gloss_sentences_split (content, -1, 0, gloss_transcript_get_language (text));
  cursor = content;

  for (guint s = 0; s < sentences->len && matchers->len > 0; s++)
    {
      const GlossSentence *sentence = &g_array_index (sentences, GlossSentence, s);
      g_autoptr(GPtrArray) touching = NULL;
      g_autoptr(GPtrArray) topics = NULL;
      g_autofree char *words = NULL;
      g_autofree char *folded = NULL;
      g_autofree char *first_keyword = NULL;
      const char *start, *end;

      if (!searched_turn (text, sentence->start))
        continue;
      touching = gloss_project_get_claims_in (project, GLOSS_TEXT_TRANSCRIPT,
                                              sentence->start, sentence->end);
      if (touching->len > 0)
        continue;

      /* sentences come in order: walk from the previous one */
      start = g_utf8_offset_to_pointer (cursor, sentence->start - cursor_offset);
      end = g_utf8_offset_to_pointer (start, sentence->end - sentence->start);
      cursor = end;
      cursor_offset = sentence->end;

      words = g_strndup (start, end - start);
      if (gloss_project_is_rejected (project, words))
        continue;
      folded = g_utf8_casefold (words, -1);

      for (guint m = 0; m < matchers->len; m++)
        {
          TopicMatcher *matcher = &g_array_index (matchers, TopicMatcher, m);
          g_autofree char *keyword = match_topic (matcher, words, folded);

          if (keyword == NULL)
            continue;
          if (topics == NULL)
            topics = g_ptr_array_new ();
          g_ptr_array_add (topics, g_strdup (gloss_topic_get_id (matcher->topic)));
          if (first_keyword == NULL)
            first_keyword = g_steal_pointer (&keyword);
        }

      if (topics != NULL)
        {
          GlossSuggestion *suggestion = g_new0 (GlossSuggestion, 1);

          g_ptr_array_add (topics, NULL);
          suggestion->start = sentence->start;
          suggestion->end = sentence->end;
          suggestion->topics = (GStrv) g_ptr_array_free (g_steal_pointer (&topics), FALSE);
          suggestion->keyword = g_steal_pointer (&first_keyword);
          suggestion->sentence = g_steal_pointer (&words);
          g_ptr_array_add (suggestions, suggestion);
        }
    }

  return suggestions;
}

GPtrArray *
gloss_suggest_accept (GlossHistory *history,
                      GPtrArray    *suggestions)
{
  GlossProject *project;
  GlossTranscript *text;
  GPtrArray *claims;

  g_return_val_if_fail (GLOSS_IS_HISTORY (history), NULL);
  g_return_val_if_fail (suggestions != NULL, NULL);

  project = gloss_history_get_project (history);
  text = gloss_project_get_transcript (project);
  claims = g_ptr_array_new_with_free_func (g_object_unref);
  if (suggestions->len == 0)
    return claims;

  gloss_history_begin_group (history, g_dngettext (GETTEXT_PACKAGE, "Accept suggestion",
                                                   "Accept suggestions", suggestions->len));
  for (guint i = 0; i < suggestions->len; i++)
    {
      const GlossSuggestion *suggestion = g_ptr_array_index (suggestions, i);
      GlossClaim *claim;

      g_return_val_if_fail (suggestion->end <= gloss_transcript_get_length (text), claims);
      claim = gloss_claim_new (text, suggestion->start, suggestion->end,
                               (const char * const *) suggestion->topics, NULL, NULL);
      gloss_history_add_claim (history, claim);
      g_ptr_array_add (claims, claim);
    }
  gloss_history_end_group (history);

  return claims;
}
