#pragma once

#include "gloss-history.h"
#include "gloss-text-swap.h"

G_BEGIN_DECLS

/* What gloss-history.c, -topics.c and -texts.c share: the commands and
 * the stack they are pushed on. */

typedef enum
{
  COMMAND_GROUP,
  COMMAND_ADD_CLAIM,
  COMMAND_REMOVE_CLAIM,
  COMMAND_SET_TOPICS,
  COMMAND_SET_NOTE,
  COMMAND_SET_STATUS,
  COMMAND_SET_SOURCES,
  COMMAND_ADD_TOPIC,
  COMMAND_REMOVE_TOPIC,
  COMMAND_RENAME_TOPIC,
  COMMAND_RECOLOR_TOPIC,
  COMMAND_SET_KEYWORDS,
  COMMAND_SET_REGEX,
  COMMAND_REJECT,
  COMMAND_MOVE_TOPIC,
  COMMAND_MOVE_CLAIM,
  COMMAND_SET_ORIGINAL,
  COMMAND_SET_ALIGNMENT,
  COMMAND_SET_FIELD,
  COMMAND_INSERT_PARTICIPANT,
  COMMAND_REMOVE_PARTICIPANT,
  COMMAND_REPLACE_PARTICIPANT,
  COMMAND_SET_CONFLICT,
  COMMAND_REPLACE_TRANSCRIPT,
} CommandKind;

typedef struct
{
  CommandKind kind;
  /* top-level commands get a serial that is never reused, so the saved
   * point can be compared without worrying about freed commands */
  guint64 serial;
  char *label;

  GlossClaim *claim;
  GlossTopic *topic;
  GStrv old_strv;
  GStrv new_strv;
  char *old_str;
  char *new_str;
  GDateTime *old_modified;
  GDateTime *new_modified;
  guint old_position;
  guint new_position;
  /* COMMAND_MOVE_CLAIM */
  guint old_start, old_end, new_start, new_end;
  gboolean old_orphaned, new_orphaned;
  /* COMMAND_SET_ORIGINAL, COMMAND_SET_ALIGNMENT, COMMAND_SET_CONFLICT */
  GObject *old_object;
  GObject *new_object;
  /* COMMAND_SET_FIELD: the field, its values in old_str and new_str */
  GlossTranscriptField field;
  /* participant commands: names in old_str and new_str, at old_position
   * (remove, replace) or new_position (insert) */
  char *old_role;
  char *new_role;
  /* COMMAND_REPLACE_TRANSCRIPT */
  GlossTextSwap *swap;

  /* COMMAND_SET_STATUS (statuses in old_position and new_position),
   * COMMAND_SET_SOURCES */
  GPtrArray *old_sources;
  GPtrArray *new_sources;
  /* claim edits: the claim's author before and after (the history's
   * author, gloss_history_set_author), or NULL when it stays */
  char *old_author;
  char *new_author;

  /* COMMAND_GROUP: children in the order they were done */
  GPtrArray *children;
} Command;

struct _GlossHistory
{
  GObject parent_instance;

  GlossProject *project;

  /* the last element is the top */
  GPtrArray *undo_stack;
  GPtrArray *redo_stack;

  Command *group;
  guint group_depth;

  guint64 next_serial;
  /* the state with nothing to undo: 0, or a fresh serial after clear() */
  guint64 base_serial;
  guint64 state;

  gboolean can_undo;
  gboolean can_redo;
  char *undo_label;
  char *redo_label;
  char *author;
};

Command *_gloss_history_command_new       (CommandKind         kind,
                                           const char         *label);
/* runs @command and records it (or adds it to the open group) */
void     _gloss_history_push              (GlossHistory       *self,
                                           Command            *command);
/* the user who edits a claim becomes its author */
Command *_gloss_history_stamp_author      (GlossHistory       *self,
                                           Command            *command);
void     _gloss_history_push_claim_edit   (GlossHistory       *self,
                                           Command            *command);
gboolean _gloss_history_project_has_topic (GlossHistory       *self,
                                           GlossTopic         *topic);
Command *_gloss_history_set_topics_command (GlossClaim        *claim,
                                            const char * const *topic_ids);

G_END_DECLS
