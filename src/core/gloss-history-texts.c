#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gloss-claim-private.h"
#include "gloss-history-private.h"

/* The texts' commands: the original and its alignment, a revised
 * transcript, the transcript's metadata and participants. */

void
gloss_history_set_original (GlossHistory    *self,
                            GlossTranscript *original,
                            GlossAlignment  *alignment)
{
  GlossTranscript *old = NULL;
  Command *command;
  guint n;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (original == NULL || GLOSS_IS_TRANSCRIPT (original));
  g_return_if_fail (alignment == NULL || GLOSS_IS_ALIGNMENT (alignment));

  old = gloss_project_get_original (self->project);
  if (old == original && gloss_project_get_alignment (self->project) == alignment)
    return;

  gloss_history_begin_group (self, original == NULL ? _("Remove original text")
                                   : old == NULL ? _("Add original text")
                                   : _("Replace original text"));

  /* claims on the old original go with it, and come back with undo */
  n = gloss_project_get_n_claims (self->project);
  for (guint i = n; i > 0; i--)
    {
      GlossClaim *claim = gloss_project_get_claim (self->project, i - 1);

      if (gloss_claim_get_text_role (claim) != GLOSS_TEXT_ORIGINAL)
        break;
      command = _gloss_history_command_new (COMMAND_REMOVE_CLAIM, _("Delete claim"));
      command->claim = g_object_ref (claim);
      _gloss_history_push (self, command);
    }

  gloss_history_set_alignment (self, NULL);
  if (old != original)
    {
      command = _gloss_history_command_new (COMMAND_SET_ORIGINAL, NULL);
      command->old_object = old != NULL ? g_object_ref (G_OBJECT (old)) : NULL;
      command->new_object = original != NULL ? g_object_ref (G_OBJECT (original)) : NULL;
      _gloss_history_push (self, command);
    }
  gloss_history_set_alignment (self, alignment);

  gloss_history_end_group (self);
}

void
gloss_history_replace_transcript (GlossHistory  *self,
                                  GlossRevision *revision)
{
  GlossProject *project;
  Command *command;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (revision != NULL);
  project = gloss_revision_get_project (revision);
  g_return_if_fail (project == self->project);

  command = _gloss_history_command_new (COMMAND_REPLACE_TRANSCRIPT,
                         gloss_revision_get_transcript (revision) == gloss_project_get_transcript (project)
                         ? _("Find claims again") : _("Replace text with revised version"));
  command->swap = _gloss_text_swap_new (revision);
  _gloss_history_push (self, command);
}

void
gloss_history_set_alignment (GlossHistory   *self,
                             GlossAlignment *alignment)
{
  GlossAlignment *old;
  Command *command;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (alignment == NULL || GLOSS_IS_ALIGNMENT (alignment));

  old = gloss_project_get_alignment (self->project);
  if (old == alignment || (old != NULL && alignment != NULL && gloss_alignment_equal (old, alignment)))
    return;

  command = _gloss_history_command_new (COMMAND_SET_ALIGNMENT, _("Change alignment"));
  command->old_object = old != NULL ? g_object_ref (G_OBJECT (old)) : NULL;
  command->new_object = alignment != NULL ? g_object_ref (G_OBJECT (alignment)) : NULL;
  _gloss_history_push (self, command);
}

/* the transcript's metadata and participants */

static const char *
nonempty (const char *value)
{
  return value != NULL && *value != '\0' ? value : NULL;
}

void
gloss_history_set_transcript_field (GlossHistory         *self,
                                    GlossTranscriptField  field,
                                    const char           *value)
{
  GlossTranscript *transcript;
  const char *label;
  Command *command;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail ((guint) field <= GLOSS_TRANSCRIPT_FIELD_LAST);

  value = nonempty (value);
  g_return_if_fail (value == NULL || g_utf8_validate (value, -1, NULL));
  g_return_if_fail (field != GLOSS_TRANSCRIPT_FIELD_DATE || value == NULL || gloss_date_is_valid (value));
  g_return_if_fail (field != GLOSS_TRANSCRIPT_FIELD_LANGUAGE || value == NULL ||
                    gloss_language_tag_is_valid (value));

  transcript = gloss_project_get_transcript (self->project);
  if (g_strcmp0 (gloss_transcript_get_field (transcript, field), value) == 0)
    return;

  switch (field)
    {
    case GLOSS_TRANSCRIPT_FIELD_TITLE:
      label = _("Change title");
      break;
    case GLOSS_TRANSCRIPT_FIELD_DATE:
      label = _("Change date");
      break;
    case GLOSS_TRANSCRIPT_FIELD_PLACE:
      label = _("Change place");
      break;
    case GLOSS_TRANSCRIPT_FIELD_LANGUAGE:
    default:
      label = _("Change language");
      break;
    }

  command = _gloss_history_command_new (COMMAND_SET_FIELD, label);
  command->field = field;
  command->old_str = g_strdup (gloss_transcript_get_field (transcript, field));
  command->new_str = g_strdup (value);
  _gloss_history_push (self, command);
}

static gboolean
name_is_free (GlossHistory *self,
              const char   *name,
              int           except)
{
  int index = gloss_transcript_find_participant (gloss_project_get_transcript (self->project), name);

  return index < 0 || index == except;
}

static void
push_insert_participant (GlossHistory *self,
                         const char   *label,
                         guint         position,
                         const char   *name,
                         const char   *role)
{
  Command *command = _gloss_history_command_new (COMMAND_INSERT_PARTICIPANT, label);

  command->new_position = position;
  command->new_str = g_strdup (name);
  command->new_role = g_strdup (role);
  _gloss_history_push (self, command);
}

static void
push_remove_participant (GlossHistory *self,
                         const char   *label,
                         guint         position)
{
  const GlossParticipant *participant =
    gloss_transcript_get_participant (gloss_project_get_transcript (self->project), position);
  Command *command = _gloss_history_command_new (COMMAND_REMOVE_PARTICIPANT, label);

  command->old_position = position;
  command->old_str = g_strdup (participant->name);
  command->old_role = g_strdup (participant->role);
  _gloss_history_push (self, command);
}

void
gloss_history_add_participant (GlossHistory *self,
                               guint         position,
                               const char   *name,
                               const char   *role)
{
  guint n;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (name != NULL && *name != '\0' && g_utf8_validate (name, -1, NULL));
  g_return_if_fail (role == NULL || g_utf8_validate (role, -1, NULL));
  g_return_if_fail (name_is_free (self, name, -1));

  n = gloss_transcript_get_n_participants (gloss_project_get_transcript (self->project));
  push_insert_participant (self, _("Add participant"), MIN (position, n), name, nonempty (role));
}

void
gloss_history_remove_participant (GlossHistory *self,
                                  guint         position)
{
  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (position < gloss_transcript_get_n_participants (gloss_project_get_transcript (self->project)));

  push_remove_participant (self, _("Remove participant"), position);
}

void
gloss_history_edit_participant (GlossHistory *self,
                                guint         position,
                                const char   *name,
                                const char   *role)
{
  GlossTranscript *transcript;
  const GlossParticipant *participant;
  Command *command;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  transcript = gloss_project_get_transcript (self->project);
  g_return_if_fail (position < gloss_transcript_get_n_participants (transcript));
  g_return_if_fail (name != NULL && *name != '\0' && g_utf8_validate (name, -1, NULL));
  g_return_if_fail (role == NULL || g_utf8_validate (role, -1, NULL));
  g_return_if_fail (name_is_free (self, name, (int) position));

  role = nonempty (role);
  participant = gloss_transcript_get_participant (transcript, position);
  if (strcmp (participant->name, name) == 0 && g_strcmp0 (participant->role, role) == 0)
    return;

  command = _gloss_history_command_new (COMMAND_REPLACE_PARTICIPANT, _("Edit participant"));
  command->old_position = position;
  command->old_str = g_strdup (participant->name);
  command->old_role = g_strdup (participant->role);
  command->new_str = g_strdup (name);
  command->new_role = g_strdup (role);
  _gloss_history_push (self, command);
}

void
gloss_history_move_participant (GlossHistory *self,
                                guint         position,
                                guint         new_position)
{
  GlossTranscript *transcript;
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;
  guint n;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  transcript = gloss_project_get_transcript (self->project);
  n = gloss_transcript_get_n_participants (transcript);
  g_return_if_fail (position < n);

  new_position = MIN (new_position, n - 1);
  if (new_position == position)
    return;

  name = g_strdup (gloss_transcript_get_participant (transcript, position)->name);
  role = g_strdup (gloss_transcript_get_participant (transcript, position)->role);
  gloss_history_begin_group (self, _("Move participant"));
  push_remove_participant (self, NULL, position);
  push_insert_participant (self, NULL, new_position, name, role);
  gloss_history_end_group (self);
}
