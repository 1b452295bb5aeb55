#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gloss-claim-private.h"
#include "gloss-history-private.h"

/* The topics' commands: add, rename, recolour, keywords and pattern, move,
 * remove (with or without their claims), and rejected suggestions. */

void
gloss_history_add_topic (GlossHistory *self,
                         GlossTopic   *topic,
                         guint         position)
{
  Command *command;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (GLOSS_IS_TOPIC (topic));
  g_return_if_fail (gloss_project_lookup_topic (self->project, gloss_topic_get_id (topic)) == NULL);

  command = _gloss_history_command_new (COMMAND_ADD_TOPIC, _("Add topic"));
  command->topic = g_object_ref (topic);
  command->new_position = MIN (position, gloss_project_get_n_topics (self->project));
  _gloss_history_push (self, command);
}

void
gloss_history_rename_topic (GlossHistory *self,
                            GlossTopic   *topic,
                            const char   *name)
{
  Command *command;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (GLOSS_IS_TOPIC (topic));
  g_return_if_fail (_gloss_history_project_has_topic (self, topic));
  g_return_if_fail (name != NULL);

  if (strcmp (gloss_topic_get_name (topic), name) == 0)
    return;

  command = _gloss_history_command_new (COMMAND_RENAME_TOPIC, _("Rename topic"));
  command->topic = g_object_ref (topic);
  command->old_str = g_strdup (gloss_topic_get_name (topic));
  command->new_str = g_strdup (name);
  _gloss_history_push (self, command);
}

void
gloss_history_recolor_topic (GlossHistory *self,
                             GlossTopic   *topic,
                             const char   *color)
{
  Command *command;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (GLOSS_IS_TOPIC (topic));
  g_return_if_fail (_gloss_history_project_has_topic (self, topic));
  g_return_if_fail (gloss_color_is_valid (color));

  if (strcmp (gloss_topic_get_color (topic), color) == 0)
    return;

  command = _gloss_history_command_new (COMMAND_RECOLOR_TOPIC, _("Change topic colour"));
  command->topic = g_object_ref (topic);
  command->old_str = g_strdup (gloss_topic_get_color (topic));
  command->new_str = g_strdup (color);
  _gloss_history_push (self, command);
}

void
gloss_history_set_topic_keywords (GlossHistory       *self,
                                  GlossTopic         *topic,
                                  const char * const *keywords)
{
  static const char * const empty[] = { NULL };
  Command *command;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (GLOSS_IS_TOPIC (topic));
  g_return_if_fail (_gloss_history_project_has_topic (self, topic));

  if (keywords == NULL)
    keywords = empty;
  if (g_strv_equal (gloss_topic_get_keywords (topic), keywords))
    return;

  command = _gloss_history_command_new (COMMAND_SET_KEYWORDS, _("Change keywords"));
  command->topic = g_object_ref (topic);
  command->old_strv = g_strdupv ((char **) gloss_topic_get_keywords (topic));
  command->new_strv = g_strdupv ((char **) keywords);
  _gloss_history_push (self, command);
}

void
gloss_history_set_topic_regex (GlossHistory *self,
                               GlossTopic   *topic,
                               const char   *regex)
{
  Command *command;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (GLOSS_IS_TOPIC (topic));
  g_return_if_fail (_gloss_history_project_has_topic (self, topic));
  g_return_if_fail (gloss_topic_regex_is_valid (regex, NULL));

  if (regex == NULL)
    regex = "";
  if (strcmp (gloss_topic_get_regex (topic), regex) == 0)
    return;

  command = _gloss_history_command_new (COMMAND_SET_REGEX, _("Change pattern"));
  command->topic = g_object_ref (topic);
  command->old_str = g_strdup (gloss_topic_get_regex (topic));
  command->new_str = g_strdup (regex);
  _gloss_history_push (self, command);
}

void
gloss_history_reject_suggestion (GlossHistory *self,
                                 const char   *sentence)
{
  Command *command;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (sentence != NULL && sentence[0] != '\0');

  if (gloss_project_is_rejected (self->project, sentence))
    return;

  command = _gloss_history_command_new (COMMAND_REJECT, _("Reject suggestion"));
  command->new_str = g_strdup (sentence);
  _gloss_history_push (self, command);
}

void
gloss_history_move_topic (GlossHistory *self,
                          GlossTopic   *topic,
                          guint         position)
{
  Command *command;
  int old_position;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (GLOSS_IS_TOPIC (topic));

  old_position = gloss_project_get_topic_position (self->project, topic);
  g_return_if_fail (old_position >= 0);

  position = MIN (position, gloss_project_get_n_topics (self->project) - 1);
  if (position == (guint) old_position)
    return;

  command = _gloss_history_command_new (COMMAND_MOVE_TOPIC, _("Move topic"));
  command->topic = g_object_ref (topic);
  command->old_position = (guint) old_position;
  command->new_position = position;
  _gloss_history_push (self, command);
}

void
gloss_history_remove_topic (GlossHistory      *self,
                            GlossTopic        *topic,
                            GlossTopicRemoval  removal,
                            GlossTopic        *replacement)
{
  g_autoptr(GPtrArray) affected = NULL;
  const char *id;
  Command *command;
  guint n;
  int position;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (GLOSS_IS_TOPIC (topic));
  g_return_if_fail (removal <= GLOSS_TOPIC_REMOVAL_DELETE_CLAIMS);
  g_return_if_fail (removal != GLOSS_TOPIC_REMOVAL_REASSIGN ||
                    (GLOSS_IS_TOPIC (replacement) && replacement != topic &&
                     _gloss_history_project_has_topic (self, replacement)));

  position = gloss_project_get_topic_position (self->project, topic);
  g_return_if_fail (position >= 0);

  id = gloss_topic_get_id (topic);

  /* the edits below change the claim list: take the affected claims first */
  affected = g_ptr_array_new_with_free_func (g_object_unref);
  n = gloss_project_get_n_claims (self->project);
  for (guint i = 0; i < n; i++)
    {
      GlossClaim *claim = gloss_project_get_claim (self->project, i);

      if (gloss_claim_has_topic (claim, id))
        g_ptr_array_add (affected, g_object_ref (claim));
    }

  gloss_history_begin_group (self, _("Delete topic"));

  for (guint i = 0; i < affected->len; i++)
    {
      GlossClaim *claim = g_ptr_array_index (affected, i);
      const char * const *topics = gloss_claim_get_topics (claim);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) new_topics = NULL;
      gboolean delete_claim = removal == GLOSS_TOPIC_REMOVAL_DELETE_CLAIMS;

      if (!delete_claim)
        {
          const char *replacement_id = replacement != NULL ? gloss_topic_get_id (replacement) : NULL;
          gboolean has_replacement = replacement_id != NULL && g_strv_contains (topics, replacement_id);

          for (guint j = 0; topics[j] != NULL; j++)
            {
              if (strcmp (topics[j], id) != 0)
                g_strv_builder_add (builder, topics[j]);
              else if (removal == GLOSS_TOPIC_REMOVAL_REASSIGN && !has_replacement)
                g_strv_builder_add (builder, replacement_id);
            }
          new_topics = g_strv_builder_end (builder);
          delete_claim = new_topics[0] == NULL;
        }

      if (delete_claim)
        {
          command = _gloss_history_command_new (COMMAND_REMOVE_CLAIM, _("Delete claim"));
          command->claim = g_object_ref (claim);
          _gloss_history_push (self, command);
        }
      else
        {
          _gloss_history_push_claim_edit (self, _gloss_history_set_topics_command (claim, (const char * const *) new_topics));
        }
    }

  command = _gloss_history_command_new (COMMAND_REMOVE_TOPIC, _("Delete topic"));
  command->topic = g_object_ref (topic);
  command->old_position = (guint) position;
  _gloss_history_push (self, command);

  gloss_history_end_group (self);
}
