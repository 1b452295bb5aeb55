#include "config.h"

#include <string.h>

#include "gloss-claim.h"

struct _GlossClaim
{
  GObject parent_instance;

  char *id;
  guint start;
  guint end;
  char *quote;
  char *prefix;
  char *suffix;
  GStrv topics;
  char *note;
  char *author;
  GDateTime *created;
  GDateTime *modified;
};

G_DEFINE_FINAL_TYPE (GlossClaim, gloss_claim, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_START,
  PROP_END,
  PROP_QUOTE,
  PROP_TOPICS,
  PROP_NOTE,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
gloss_claim_finalize (GObject *object)
{
  GlossClaim *self = GLOSS_CLAIM (object);

  g_free (self->id);
  g_free (self->quote);
  g_free (self->prefix);
  g_free (self->suffix);
  g_strfreev (self->topics);
  g_free (self->note);
  g_free (self->author);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->modified, g_date_time_unref);

  G_OBJECT_CLASS (gloss_claim_parent_class)->finalize (object);
}

static void
gloss_claim_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  GlossClaim *self = GLOSS_CLAIM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_START:
      g_value_set_uint (value, self->start);
      break;
    case PROP_END:
      g_value_set_uint (value, self->end);
      break;
    case PROP_QUOTE:
      g_value_set_string (value, self->quote);
      break;
    case PROP_TOPICS:
      g_value_set_boxed (value, self->topics);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_MODIFIED:
      g_value_set_boxed (value, self->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_claim_class_init (GlossClaimClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = gloss_claim_finalize;
  object_class->get_property = gloss_claim_get_property;

  /* read-only: a claim changes only through GlossProject */
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_START] = g_param_spec_uint ("start", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_END] = g_param_spec_uint ("end", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_QUOTE] = g_param_spec_string ("quote", NULL, NULL, NULL, flags);
  properties[PROP_TOPICS] = g_param_spec_boxed ("topics", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, flags);
  properties[PROP_MODIFIED] = g_param_spec_boxed ("modified", NULL, NULL, G_TYPE_DATE_TIME, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gloss_claim_init (GlossClaim *self)
{
}

/* a copy of @topic_ids without duplicates, never NULL */
static GStrv
dup_topics (const char * const *topic_ids)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  for (guint i = 0; topic_ids != NULL && topic_ids[i] != NULL; i++)
    {
      gboolean duplicate = FALSE;

      for (guint j = 0; j < seen->len && !duplicate; j++)
        duplicate = strcmp (g_ptr_array_index (seen, j), topic_ids[i]) == 0;

      if (!duplicate)
        {
          g_ptr_array_add (seen, (gpointer) topic_ids[i]);
          g_strv_builder_add (builder, topic_ids[i]);
        }
    }

  return g_strv_builder_end (builder);
}

GlossClaim *
gloss_claim_new (GlossTranscript    *transcript,
                 guint               start,
                 guint               end,
                 const char * const *topic_ids,
                 const char         *note,
                 const char         *author)
{
  g_autoptr(GDateTime) now = NULL;
  guint length;
  guint prefix_start;
  guint suffix_end;
  g_autofree char *quote = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (transcript), NULL);
  length = gloss_transcript_get_length (transcript);
  g_return_val_if_fail (start < end, NULL);
  g_return_val_if_fail (end <= length, NULL);

  prefix_start = start > GLOSS_CLAIM_CONTEXT_LENGTH ? start - GLOSS_CLAIM_CONTEXT_LENGTH : 0;
  suffix_end = length - end > GLOSS_CLAIM_CONTEXT_LENGTH ? end + GLOSS_CLAIM_CONTEXT_LENGTH : length;

  quote = gloss_transcript_dup_slice (transcript, start, end);
  prefix = gloss_transcript_dup_slice (transcript, prefix_start, start);
  suffix = gloss_transcript_dup_slice (transcript, end, suffix_end);
  id = g_uuid_string_random ();
  now = g_date_time_new_now_utc ();

  return gloss_claim_new_full (id, start, end, quote, prefix, suffix,
                               topic_ids, note, author, now, now);
}

/* NULL strings become "", a NULL @id a fresh UUID, NULL dates now */
GlossClaim *
gloss_claim_new_full (const char         *id,
                      guint               start,
                      guint               end,
                      const char         *quote,
                      const char         *prefix,
                      const char         *suffix,
                      const char * const *topic_ids,
                      const char         *note,
                      const char         *author,
                      GDateTime          *created,
                      GDateTime          *modified)
{
  GlossClaim *self;

  g_return_val_if_fail (start <= end, NULL);

  self = g_object_new (GLOSS_TYPE_CLAIM, NULL);
  self->id = id != NULL ? g_strdup (id) : g_uuid_string_random ();
  self->start = start;
  self->end = end;
  self->quote = g_strdup (quote != NULL ? quote : "");
  self->prefix = g_strdup (prefix != NULL ? prefix : "");
  self->suffix = g_strdup (suffix != NULL ? suffix : "");
  self->topics = dup_topics (topic_ids);
  self->note = g_strdup (note != NULL ? note : "");
  self->author = g_strdup (author != NULL ? author : "");

  if (created == NULL || modified == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      self->created = g_date_time_ref (created != NULL ? created : now);
      self->modified = g_date_time_ref (modified != NULL ? modified : now);
    }
  else
    {
      self->created = g_date_time_ref (created);
      self->modified = g_date_time_ref (modified);
    }

  return self;
}

const char *
gloss_claim_get_id (GlossClaim *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM (self), NULL);

  return self->id;
}

guint
gloss_claim_get_start (GlossClaim *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM (self), 0);

  return self->start;
}

guint
gloss_claim_get_end (GlossClaim *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM (self), 0);

  return self->end;
}

const char *
gloss_claim_get_quote (GlossClaim *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM (self), NULL);

  return self->quote;
}

const char *
gloss_claim_get_prefix (GlossClaim *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM (self), NULL);

  return self->prefix;
}

const char *
gloss_claim_get_suffix (GlossClaim *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM (self), NULL);

  return self->suffix;
}

const char * const *
gloss_claim_get_topics (GlossClaim *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM (self), NULL);

  return (const char * const *) self->topics;
}

gboolean
gloss_claim_has_topic (GlossClaim *self,
                       const char *topic_id)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM (self), FALSE);

  if (topic_id == NULL)
    return FALSE;

  return g_strv_contains ((const char * const *) self->topics, topic_id);
}

const char *
gloss_claim_get_note (GlossClaim *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM (self), NULL);

  return self->note;
}

const char *
gloss_claim_get_author (GlossClaim *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM (self), NULL);

  return self->author;
}

GDateTime *
gloss_claim_get_created (GlossClaim *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM (self), NULL);

  return self->created;
}

GDateTime *
gloss_claim_get_modified (GlossClaim *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM (self), NULL);

  return self->modified;
}

int
gloss_claim_compare (GlossClaim *a,
                     GlossClaim *b)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM (a), 0);
  g_return_val_if_fail (GLOSS_IS_CLAIM (b), 0);

  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  if (a->end != b->end)
    return a->end < b->end ? -1 : 1;

  return strcmp (a->id, b->id);
}

void
_gloss_claim_set_topics (GlossClaim         *self,
                         const char * const *topic_ids)
{
  GStrv topics;

  g_return_if_fail (GLOSS_IS_CLAIM (self));

  topics = dup_topics (topic_ids);
  if (g_strv_equal ((const char * const *) self->topics, (const char * const *) topics))
    {
      g_strfreev (topics);
      return;
    }

  g_strfreev (self->topics);
  self->topics = topics;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPICS]);
}

void
_gloss_claim_set_note (GlossClaim *self,
                       const char *note)
{
  g_return_if_fail (GLOSS_IS_CLAIM (self));

  if (note == NULL)
    note = "";

  if (strcmp (self->note, note) == 0)
    return;

  g_free (self->note);
  self->note = g_strdup (note);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

void
_gloss_claim_touch (GlossClaim *self)
{
  g_return_if_fail (GLOSS_IS_CLAIM (self));

  g_clear_pointer (&self->modified, g_date_time_unref);
  self->modified = g_date_time_new_now_utc ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

void
_gloss_claim_set_modified (GlossClaim *self,
                           GDateTime  *modified)
{
  g_return_if_fail (GLOSS_IS_CLAIM (self));
  g_return_if_fail (modified != NULL);

  if (g_date_time_equal (self->modified, modified))
    return;

  g_date_time_ref (modified);
  g_clear_pointer (&self->modified, g_date_time_unref);
  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}
