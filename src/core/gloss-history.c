#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gloss-claim-private.h"
#include "gloss-history-private.h"
#include "gloss-text-swap.h"

G_DEFINE_FINAL_TYPE (GlossHistory, gloss_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
command_free (gpointer data)
{
  Command *command = data;

  g_free (command->label);
  g_clear_object (&command->claim);
  g_clear_object (&command->topic);
  g_strfreev (command->old_strv);
  g_strfreev (command->new_strv);
  g_free (command->old_str);
  g_free (command->new_str);
  g_free (command->old_role);
  g_free (command->new_role);
  g_free (command->old_author);
  g_free (command->new_author);
  g_clear_pointer (&command->old_modified, g_date_time_unref);
  g_clear_pointer (&command->new_modified, g_date_time_unref);
  g_clear_pointer (&command->children, g_ptr_array_unref);
  g_clear_pointer (&command->old_sources, g_ptr_array_unref);
  g_clear_pointer (&command->new_sources, g_ptr_array_unref);
  g_clear_object (&command->old_object);
  g_clear_object (&command->new_object);
  g_clear_pointer (&command->swap, _gloss_text_swap_free);
  g_free (command);
}

Command *
_gloss_history_command_new (CommandKind  kind,
             const char  *label)
{
  Command *command = g_new0 (Command, 1);

  command->kind = kind;
  command->label = g_strdup (label);

  return command;
}

static void
command_redo (GlossHistory *self,
              Command      *command)
{
  GlossProject *project = self->project;

  /* before the edit, so that what it emits sees the new author */
  if (command->new_author != NULL)
    _gloss_claim_set_author (command->claim, command->new_author);

  switch (command->kind)
    {
    case COMMAND_GROUP:
      for (guint i = 0; i < command->children->len; i++)
        command_redo (self, g_ptr_array_index (command->children, i));
      break;
    case COMMAND_ADD_CLAIM:
      gloss_project_add_claim (project, command->claim);
      break;
    case COMMAND_REMOVE_CLAIM:
      gloss_project_remove_claim (project, command->claim);
      break;
    case COMMAND_SET_TOPICS:
      gloss_project_set_claim_topics (project, command->claim,
                                      (const char * const *) command->new_strv);
      if (command->new_modified != NULL)
        _gloss_claim_set_modified (command->claim, command->new_modified);
      break;
    case COMMAND_SET_NOTE:
      gloss_project_set_claim_note (project, command->claim, command->new_str);
      if (command->new_modified != NULL)
        _gloss_claim_set_modified (command->claim, command->new_modified);
      break;
    case COMMAND_SET_STATUS:
      gloss_project_set_claim_status (project, command->claim, command->new_position);
      if (command->new_modified != NULL)
        _gloss_claim_set_modified (command->claim, command->new_modified);
      break;
    case COMMAND_SET_SOURCES:
      gloss_project_set_claim_sources (project, command->claim, command->new_sources);
      if (command->new_modified != NULL)
        _gloss_claim_set_modified (command->claim, command->new_modified);
      break;
    case COMMAND_ADD_TOPIC:
      gloss_project_insert_topic (project, command->topic, command->new_position);
      break;
    case COMMAND_REMOVE_TOPIC:
      gloss_project_remove_topic (project, command->topic);
      break;
    case COMMAND_RENAME_TOPIC:
      gloss_project_set_topic_name (project, command->topic, command->new_str);
      break;
    case COMMAND_RECOLOR_TOPIC:
      gloss_project_set_topic_color (project, command->topic, command->new_str);
      break;
    case COMMAND_SET_KEYWORDS:
      gloss_project_set_topic_keywords (project, command->topic,
                                        (const char * const *) command->new_strv);
      break;
    case COMMAND_SET_REGEX:
      gloss_project_set_topic_regex (project, command->topic, command->new_str);
      break;
    case COMMAND_REJECT:
      gloss_project_add_rejected (project, command->new_str);
      break;
    case COMMAND_MOVE_TOPIC:
      gloss_project_move_topic (project, command->topic, command->new_position);
      break;
    case COMMAND_MOVE_CLAIM:
      gloss_project_move_claim (project, command->claim, command->new_start, command->new_end,
                                command->new_orphaned);
      /* re-attached: the words it had stay visible as its previous quote */
      if (command->old_orphaned && !command->new_orphaned && command->old_strv[3][0] == '\0' &&
          strcmp (command->old_strv[0], gloss_claim_get_quote (command->claim)) != 0)
        _gloss_claim_set_previous_quote (command->claim, command->old_strv[0]);
      break;
    case COMMAND_SET_ORIGINAL:
      gloss_project_set_original (project, GLOSS_TRANSCRIPT (command->new_object));
      break;
    case COMMAND_SET_ALIGNMENT:
      gloss_project_set_alignment (project, GLOSS_ALIGNMENT (command->new_object));
      break;
    case COMMAND_SET_FIELD:
      gloss_project_set_transcript_field (project, command->field, command->new_str);
      break;
    case COMMAND_INSERT_PARTICIPANT:
      gloss_project_insert_participant (project, command->new_position, command->new_str,
                                        command->new_role);
      break;
    case COMMAND_REMOVE_PARTICIPANT:
      gloss_project_remove_participant (project, command->old_position);
      break;
    case COMMAND_REPLACE_PARTICIPANT:
      gloss_project_replace_participant (project, command->old_position, command->new_str,
                                         command->new_role);
      break;
    case COMMAND_SET_CONFLICT:
      gloss_project_set_claim_conflict (project, command->claim, GLOSS_CLAIM (command->new_object));
      if (command->new_modified != NULL)
        _gloss_claim_set_modified (command->claim, command->new_modified);
      break;
    case COMMAND_REPLACE_TRANSCRIPT:
      _gloss_text_swap_apply (command->swap, project, TRUE);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
command_undo (GlossHistory *self,
              Command      *command)
{
  GlossProject *project = self->project;

  if (command->old_author != NULL)
    _gloss_claim_set_author (command->claim, command->old_author);

  switch (command->kind)
    {
    case COMMAND_GROUP:
      for (guint i = command->children->len; i > 0; i--)
        command_undo (self, g_ptr_array_index (command->children, i - 1));
      break;
    case COMMAND_ADD_CLAIM:
      gloss_project_remove_claim (project, command->claim);
      break;
    case COMMAND_REMOVE_CLAIM:
      gloss_project_add_claim (project, command->claim);
      break;
    case COMMAND_SET_TOPICS:
      gloss_project_set_claim_topics (project, command->claim,
                                      (const char * const *) command->old_strv);
      _gloss_claim_set_modified (command->claim, command->old_modified);
      break;
    case COMMAND_SET_NOTE:
      gloss_project_set_claim_note (project, command->claim, command->old_str);
      _gloss_claim_set_modified (command->claim, command->old_modified);
      break;
    case COMMAND_SET_STATUS:
      gloss_project_set_claim_status (project, command->claim, command->old_position);
      _gloss_claim_set_modified (command->claim, command->old_modified);
      break;
    case COMMAND_SET_SOURCES:
      gloss_project_set_claim_sources (project, command->claim, command->old_sources);
      _gloss_claim_set_modified (command->claim, command->old_modified);
      break;
    case COMMAND_ADD_TOPIC:
      gloss_project_remove_topic (project, command->topic);
      break;
    case COMMAND_REMOVE_TOPIC:
      gloss_project_insert_topic (project, command->topic, command->old_position);
      break;
    case COMMAND_RENAME_TOPIC:
      gloss_project_set_topic_name (project, command->topic, command->old_str);
      break;
    case COMMAND_RECOLOR_TOPIC:
      gloss_project_set_topic_color (project, command->topic, command->old_str);
      break;
    case COMMAND_SET_KEYWORDS:
      gloss_project_set_topic_keywords (project, command->topic,
                                        (const char * const *) command->old_strv);
      break;
    case COMMAND_SET_REGEX:
      gloss_project_set_topic_regex (project, command->topic, command->old_str);
      break;
    case COMMAND_REJECT:
      gloss_project_remove_rejected (project, command->new_str);
      break;
    case COMMAND_MOVE_TOPIC:
      gloss_project_move_topic (project, command->topic, command->old_position);
      break;
    case COMMAND_MOVE_CLAIM:
      /* an orphan gets its own words back (the move took the new text's) */
      if (command->old_orphaned)
        {
          _gloss_claim_set_span (command->claim, gloss_claim_get_start (command->claim),
                                 gloss_claim_get_end (command->claim), command->old_strv[0],
                                 command->old_strv[1], command->old_strv[2]);
          _gloss_claim_set_previous_quote (command->claim, command->old_strv[3]);
        }
      gloss_project_move_claim (project, command->claim, command->old_start, command->old_end,
                                command->old_orphaned);
      break;
    case COMMAND_SET_ORIGINAL:
      gloss_project_set_original (project, GLOSS_TRANSCRIPT (command->old_object));
      break;
    case COMMAND_SET_ALIGNMENT:
      gloss_project_set_alignment (project, GLOSS_ALIGNMENT (command->old_object));
      break;
    case COMMAND_SET_FIELD:
      gloss_project_set_transcript_field (project, command->field, command->old_str);
      break;
    case COMMAND_INSERT_PARTICIPANT:
      gloss_project_remove_participant (project, command->new_position);
      break;
    case COMMAND_REMOVE_PARTICIPANT:
      gloss_project_insert_participant (project, command->old_position, command->old_str,
                                        command->old_role);
      break;
    case COMMAND_REPLACE_PARTICIPANT:
      gloss_project_replace_participant (project, command->old_position, command->old_str,
                                         command->old_role);
      break;
    case COMMAND_SET_CONFLICT:
      gloss_project_set_claim_conflict (project, command->claim, GLOSS_CLAIM (command->old_object));
      _gloss_claim_set_modified (command->claim, command->old_modified);
      break;
    case COMMAND_REPLACE_TRANSCRIPT:
      _gloss_text_swap_apply (command->swap, project, FALSE);
      break;
    default:
      g_assert_not_reached ();
    }
}

static const char *
command_get_label (Command *command)
{
  if (command->label != NULL)
    return command->label;

  /* an unlabelled group takes its first command's label */
  if (command->kind == COMMAND_GROUP && command->children->len > 0)
    return command_get_label (g_ptr_array_index (command->children, 0));

  return NULL;
}

static guint64
current_serial (GlossHistory *self)
{
  if (self->undo_stack->len == 0)
    return self->base_serial;

  return ((Command *) g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1))->serial;
}

static void
update_state (GlossHistory *self)
{
  gboolean can_undo = self->undo_stack->len > 0;
  gboolean can_redo = self->redo_stack->len > 0;
  const char *undo_label = NULL;
  const char *redo_label = NULL;


  if (can_undo)
    undo_label = command_get_label (g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1));
  if (can_redo)
    redo_label = command_get_label (g_ptr_array_index (self->redo_stack, self->redo_stack->len - 1));

  g_object_freeze_notify (G_OBJECT (self));

  if (can_undo != self->can_undo)
    {
      self->can_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }
  if (can_redo != self->can_redo)
    {
      self->can_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
  if (g_strcmp0 (undo_label, self->undo_label) != 0)
    {
      g_free (self->undo_label);
      self->undo_label = g_strdup (undo_label);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
    }
  if (g_strcmp0 (redo_label, self->redo_label) != 0)
    {
      g_free (self->redo_label);
      self->redo_label = g_strdup (redo_label);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
    }

  if (self->group_depth == 0 && current_serial (self) != self->state)
    {
      self->state = current_serial (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/* Runs @command and records it. */
void
_gloss_history_push (GlossHistory *self,
      Command      *command)
{
  command_redo (self, command);

  /* a new edit makes the undone commands unreachable */
  g_ptr_array_set_size (self->redo_stack, 0);

  if (self->group != NULL)
    {
      g_ptr_array_add (self->group->children, command);
      update_state (self);
      return;
    }

  command->serial = self->next_serial++;
  g_ptr_array_add (self->undo_stack, command);
  update_state (self);
}

static void
gloss_history_dispose (GObject *object)
{
  GlossHistory *self = GLOSS_HISTORY (object);

  g_clear_pointer (&self->group, command_free);
  if (self->undo_stack != NULL)
    g_ptr_array_set_size (self->undo_stack, 0);
  if (self->redo_stack != NULL)
    g_ptr_array_set_size (self->redo_stack, 0);
  g_clear_object (&self->project);

  G_OBJECT_CLASS (gloss_history_parent_class)->dispose (object);
}

static void
gloss_history_finalize (GObject *object)
{
  GlossHistory *self = GLOSS_HISTORY (object);

  g_ptr_array_unref (self->undo_stack);
  g_ptr_array_unref (self->redo_stack);
  g_free (self->undo_label);
  g_free (self->redo_label);
  g_free (self->author);

  G_OBJECT_CLASS (gloss_history_parent_class)->finalize (object);
}

static void
gloss_history_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  GlossHistory *self = GLOSS_HISTORY (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, self->can_undo);
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, self->can_redo);
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, self->undo_label);
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, self->redo_label);
      break;
    case PROP_STATE:
      g_value_set_uint64 (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_history_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  GlossHistory *self = GLOSS_HISTORY (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_history_class_init (GlossHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = gloss_history_dispose;
  object_class->finalize = gloss_history_finalize;
  object_class->get_property = gloss_history_get_property;
  object_class->set_property = gloss_history_set_property;

  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, GLOSS_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, flags);
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, flags);
  properties[PROP_STATE] = g_param_spec_uint64 ("state", NULL, NULL, 0, G_MAXUINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gloss_history_init (GlossHistory *self)
{
  self->undo_stack = g_ptr_array_new_with_free_func (command_free);
  self->redo_stack = g_ptr_array_new_with_free_func (command_free);
  self->next_serial = 1;
}

GlossHistory *
gloss_history_new (GlossProject *project)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (project), NULL);

  return g_object_new (GLOSS_TYPE_HISTORY, "project", project, NULL);
}

GlossProject *
gloss_history_get_project (GlossHistory *self)
{
  g_return_val_if_fail (GLOSS_IS_HISTORY (self), NULL);

  return self->project;
}

gboolean
_gloss_history_project_has_topic (GlossHistory *self,
                   GlossTopic   *topic)
{
  return gloss_project_get_topic_position (self->project, topic) >= 0;
}

void
gloss_history_add_claim (GlossHistory *self,
                         GlossClaim   *claim)
{
  Command *command;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));
  g_return_if_fail (gloss_project_lookup_claim (self->project, gloss_claim_get_id (claim)) == NULL);

  command = _gloss_history_command_new (COMMAND_ADD_CLAIM, _("Add claim"));
  command->claim = g_object_ref (claim);
  _gloss_history_push (self, command);
}

void
gloss_history_remove_claim (GlossHistory *self,
                            GlossClaim   *claim)
{
  Command *command;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));
  g_return_if_fail (gloss_project_get_claim_position (self->project, claim) >= 0);

  command = _gloss_history_command_new (COMMAND_REMOVE_CLAIM, _("Delete claim"));
  command->claim = g_object_ref (claim);
  _gloss_history_push (self, command);
}

Command *
_gloss_history_set_topics_command (GlossClaim         *claim,
                    const char * const *topic_ids)
{
  static const char * const empty[] = { NULL };
  Command *command = _gloss_history_command_new (COMMAND_SET_TOPICS, _("Change topics"));

  command->claim = g_object_ref (claim);
  command->old_strv = g_strdupv ((char **) gloss_claim_get_topics (claim));
  command->new_strv = g_strdupv ((char **) (topic_ids != NULL ? topic_ids : empty));
  command->old_modified = g_date_time_ref (gloss_claim_get_modified (claim));

  return command;
}

/* the user who edits a claim becomes its author */
Command *
_gloss_history_stamp_author (GlossHistory *self,
              Command      *command)
{
  const char *author = gloss_claim_get_author (command->claim);

  if (self->author != NULL && strcmp (author, self->author) != 0)
    {
      command->old_author = g_strdup (author);
      command->new_author = g_strdup (self->author);
    }
  return command;
}

void
gloss_history_set_author (GlossHistory *self,
                          const char   *author)
{
  g_return_if_fail (GLOSS_IS_HISTORY (self));

  g_free (self->author);
  self->author = author != NULL && *author != '\0' ? g_strdup (author) : NULL;
}

const char *
gloss_history_get_author (GlossHistory *self)
{
  g_return_val_if_fail (GLOSS_IS_HISTORY (self), NULL);

  return self->author;
}

/* the first run stamps the claim; redo restores that same stamp */
void
_gloss_history_push_claim_edit (GlossHistory *self,
                 Command      *command)
{
  GlossClaim *claim = command->claim;

  _gloss_history_push (self, command);
  command->new_modified = g_date_time_ref (gloss_claim_get_modified (claim));
}

void
gloss_history_set_claim_topics (GlossHistory       *self,
                                GlossClaim         *claim,
                                const char * const *topic_ids)
{
  static const char * const empty[] = { NULL };

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));
  g_return_if_fail (gloss_project_get_claim_position (self->project, claim) >= 0);

  if (g_strv_equal (gloss_claim_get_topics (claim), topic_ids != NULL ? topic_ids : empty))
    return;

  _gloss_history_push_claim_edit (self, _gloss_history_stamp_author (self, _gloss_history_set_topics_command (claim, topic_ids)));
}

void
gloss_history_set_claim_note (GlossHistory *self,
                              GlossClaim   *claim,
                              const char   *note)
{
  Command *command;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));
  g_return_if_fail (gloss_project_get_claim_position (self->project, claim) >= 0);

  if (note == NULL)
    note = "";
  if (strcmp (gloss_claim_get_note (claim), note) == 0)
    return;

  command = _gloss_history_command_new (COMMAND_SET_NOTE, _("Edit note"));
  command->claim = g_object_ref (claim);
  command->old_str = g_strdup (gloss_claim_get_note (claim));
  command->new_str = g_strdup (note);
  command->old_modified = g_date_time_ref (gloss_claim_get_modified (claim));
  _gloss_history_push_claim_edit (self, _gloss_history_stamp_author (self, command));
}

void
gloss_history_set_claim_status (GlossHistory     *self,
                                GlossClaim       *claim,
                                GlossClaimStatus  status)
{
  Command *command;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));
  g_return_if_fail ((guint) status <= GLOSS_CLAIM_STATUS_LAST);
  g_return_if_fail (gloss_project_get_claim_position (self->project, claim) >= 0);

  if (gloss_claim_get_status (claim) == status)
    return;

  command = _gloss_history_command_new (COMMAND_SET_STATUS, _("Set status"));
  command->claim = g_object_ref (claim);
  command->old_position = gloss_claim_get_status (claim);
  command->new_position = status;
  command->old_modified = g_date_time_ref (gloss_claim_get_modified (claim));
  _gloss_history_push_claim_edit (self, _gloss_history_stamp_author (self, command));
}

void
gloss_history_set_claim_sources (GlossHistory *self,
                                 GlossClaim   *claim,
                                 GPtrArray    *sources)
{
  Command *command;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));
  g_return_if_fail (gloss_project_get_claim_position (self->project, claim) >= 0);

  if (gloss_sources_equal (gloss_claim_get_sources (claim), sources))
    return;

  command = _gloss_history_command_new (COMMAND_SET_SOURCES, _("Edit sources"));
  command->claim = g_object_ref (claim);
  command->old_sources = g_ptr_array_ref (gloss_claim_get_sources (claim));
  command->new_sources = gloss_sources_copy (sources);
  command->old_modified = g_date_time_ref (gloss_claim_get_modified (claim));
  _gloss_history_push_claim_edit (self, _gloss_history_stamp_author (self, command));
}

void
gloss_history_move_claim (GlossHistory *self,
                          GlossClaim   *claim,
                          guint         start,
                          guint         end,
                          gboolean      orphaned)
{
  Command *command;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));
  g_return_if_fail (gloss_project_get_claim_position (self->project, claim) >= 0);

  orphaned = !!orphaned;
  if (gloss_claim_get_start (claim) == start && gloss_claim_get_end (claim) == end &&
      gloss_claim_get_orphaned (claim) == orphaned)
    return;

  command = _gloss_history_command_new (COMMAND_MOVE_CLAIM, orphaned ? _("Detach claim") : _("Move claim"));
  command->claim = g_object_ref (claim);
  command->old_start = gloss_claim_get_start (claim);
  command->old_end = gloss_claim_get_end (claim);
  command->old_orphaned = gloss_claim_get_orphaned (claim);
  command->new_start = start;
  command->new_end = end;
  command->new_orphaned = orphaned;
  command->old_modified = g_date_time_ref (gloss_claim_get_modified (claim));
  if (command->old_orphaned)
    {
      const char *previous = gloss_claim_get_previous_quote (claim);

      command->old_strv = g_new0 (char *, 5);
      command->old_strv[0] = g_strdup (gloss_claim_get_quote (claim));
      command->old_strv[1] = g_strdup (gloss_claim_get_prefix (claim));
      command->old_strv[2] = g_strdup (gloss_claim_get_suffix (claim));
      command->old_strv[3] = g_strdup (previous != NULL ? previous : "");
    }
  _gloss_history_push (self, command);
}

void
gloss_history_set_claim_conflict (GlossHistory *self,
                                  GlossClaim   *claim,
                                  GlossClaim   *conflict)
{
  Command *command;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));
  g_return_if_fail (conflict == NULL || GLOSS_IS_CLAIM (conflict));
  g_return_if_fail (gloss_project_get_claim_position (self->project, claim) >= 0);

  if (gloss_claim_get_conflict (claim) == conflict)
    return;

  command = _gloss_history_command_new (COMMAND_SET_CONFLICT, _("Resolve conflict"));
  command->claim = g_object_ref (claim);
  g_set_object (&command->old_object, (GObject *) gloss_claim_get_conflict (claim));
  g_set_object (&command->new_object, (GObject *) conflict);
  command->old_modified = g_date_time_ref (gloss_claim_get_modified (claim));
  _gloss_history_push_claim_edit (self, command);
}

void
gloss_history_begin_group (GlossHistory *self,
                           const char   *label)
{
  g_return_if_fail (GLOSS_IS_HISTORY (self));

  if (self->group_depth++ == 0)
    {
      self->group = _gloss_history_command_new (COMMAND_GROUP, label);
      self->group->children = g_ptr_array_new_with_free_func (command_free);
    }
}

void
gloss_history_end_group (GlossHistory *self)
{
  Command *group;

  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  group = g_steal_pointer (&self->group);
  if (group->children->len == 0)
    {
      command_free (group);
      return;
    }

  group->serial = self->next_serial++;
  g_ptr_array_add (self->undo_stack, group);
  update_state (self);
}

guint64
gloss_history_get_state (GlossHistory *self)
{
  g_return_val_if_fail (GLOSS_IS_HISTORY (self), 0);

  return self->state;
}

gboolean
gloss_history_can_undo (GlossHistory *self)
{
  g_return_val_if_fail (GLOSS_IS_HISTORY (self), FALSE);

  return self->can_undo;
}

gboolean
gloss_history_can_redo (GlossHistory *self)
{
  g_return_val_if_fail (GLOSS_IS_HISTORY (self), FALSE);

  return self->can_redo;
}

const char *
gloss_history_get_undo_label (GlossHistory *self)
{
  g_return_val_if_fail (GLOSS_IS_HISTORY (self), NULL);

  return self->undo_label;
}

const char *
gloss_history_get_redo_label (GlossHistory *self)
{
  g_return_val_if_fail (GLOSS_IS_HISTORY (self), NULL);

  return self->redo_label;
}

gboolean
gloss_history_undo (GlossHistory *self)
{
  Command *command;

  g_return_val_if_fail (GLOSS_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->group_depth == 0, FALSE);

  if (self->undo_stack->len == 0)
    return FALSE;

  command = g_ptr_array_steal_index (self->undo_stack, self->undo_stack->len - 1);
  command_undo (self, command);
  g_ptr_array_add (self->redo_stack, command);
  update_state (self);

  return TRUE;
}

gboolean
gloss_history_redo (GlossHistory *self)
{
  Command *command;

  g_return_val_if_fail (GLOSS_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->group_depth == 0, FALSE);

  if (self->redo_stack->len == 0)
    return FALSE;

  command = g_ptr_array_steal_index (self->redo_stack, self->redo_stack->len - 1);
  command_redo (self, command);
  g_ptr_array_add (self->undo_stack, command);
  update_state (self);

  return TRUE;
}

void
gloss_history_clear (GlossHistory *self)
{
  g_return_if_fail (GLOSS_IS_HISTORY (self));
  g_return_if_fail (self->group_depth == 0);

  self->base_serial = self->next_serial++;
  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  update_state (self);
}
