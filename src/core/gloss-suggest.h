#pragma once

#include "gloss-history.h"

G_BEGIN_DECLS

/* "Suggest Claims": the transcript's sentences (ICU's sentence breaks,
 * gloss-sentences) that no claim touches, that the user has not rejected
 * (gloss_project_is_rejected) and that contain one of a topic's keywords
 * or match its pattern (gloss_topic_get_regex).
 *
 * A keyword matches ignoring case; a keyword that starts (ends) with a
 * letter or digit of an alphabetic script matches only at a word start
 * (end), where a plural "s" or "es" may follow: "vaccine" finds "Vaccines"
 * but "green" does not find "evergreen". Han, kana and Hangul have no word
 * breaks and match anywhere ("疫苗" in "新冠疫苗接种"). Header and footer
 * turns are not searched. */

typedef struct
{
  /* the sentence, code points into the transcript, half-open */
  guint  start;
  guint  end;
  /* the ids of the topics it matches, in the project's order */
  GStrv  topics;
  /* what matched for the first topic: the keyword as the topic writes it,
   * or the text the pattern matched */
  char  *keyword;
  /* the sentence's text, which a rejection remembers */
  char  *sentence;
} GlossSuggestion;

void       gloss_suggestion_free       (GlossSuggestion *suggestion);

/* The suggestions for @topic_id (NULL: every topic), in text order, as a
 * GPtrArray of GlossSuggestion that frees them. */
GPtrArray *gloss_suggest               (GlossProject    *project,
                                        const char      *topic_id);

/* Each suggestion becomes a claim with its topics (status unchecked), in
 * one undoable step ("Accept suggestions", or "Accept suggestion" for one).
 * Returns the new claims, in the suggestions' order (transfer container). */
GPtrArray *gloss_suggest_accept        (GlossHistory    *history,
                                        GPtrArray       *suggestions);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GlossSuggestion, gloss_suggestion_free)

G_END_DECLS
