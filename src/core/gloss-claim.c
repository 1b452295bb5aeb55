#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gloss-claim-private.h"

struct _GlossClaim
{
  GObject parent_instance;

  char *id;
  guint start;
  guint end;
  /* the words are GRefStrings, so that a snapshot can keep them after the
   * claim moves (_gloss_claim_acquire_words) */
  char *quote;
  char *prefix;
  char *suffix;
  GStrv topics;
  char *note;
  char *author;
  GDateTime *created;
  GDateTime *modified;
  GlossTextRole text_role;
  gboolean orphaned;
  char *previous_quote;
  GlossClaimStatus status;
  GPtrArray *sources;
  /* the other side's version after a 3-way merge, or NULL */
  GlossClaim *conflict;
};

G_DEFINE_FINAL_TYPE (GlossClaim, gloss_claim, G_TYPE_OBJECT)

GQuark
_gloss_claim_derived_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("gloss-claim-derived");

  return quark;
}

static void
drop_derived (GlossClaim *self)
{
  g_object_set_qdata (G_OBJECT (self), _gloss_claim_derived_quark (), NULL);
}

enum {
  PROP_0,
  PROP_ID,
  PROP_START,
  PROP_END,
  PROP_QUOTE,
  PROP_TOPICS,
  PROP_NOTE,
  PROP_MODIFIED,
  PROP_ORPHANED,
  PROP_STATUS,
  PROP_SOURCES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
gloss_claim_finalize (GObject *object)
{
  GlossClaim *self = GLOSS_CLAIM (object);

  g_free (self->id);
  g_ref_string_release (self->quote);
  g_ref_string_release (self->prefix);
  g_ref_string_release (self->suffix);
  g_strfreev (self->topics);
  g_free (self->note);
  g_free (self->author);
  g_clear_pointer (&self->previous_quote, g_ref_string_release);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_object (&self->conflict);
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
    case PROP_ORPHANED:
      g_value_set_boolean (value, self->orphaned);
      break;
    case PROP_STATUS:
      g_value_set_uint (value, self->status);
      break;
    case PROP_SOURCES:
      g_value_set_boxed (value, self->sources);
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
  properties[PROP_ORPHANED] = g_param_spec_boolean ("orphaned", NULL, NULL, FALSE, flags);
  /* a GlossClaimStatus */
  properties[PROP_STATUS] = g_param_spec_uint ("status", NULL, NULL, 0, GLOSS_CLAIM_STATUS_LAST,
                                               GLOSS_CLAIM_STATUS_UNCHECKED, flags);
  properties[PROP_SOURCES] = g_param_spec_boxed ("sources", NULL, NULL, G_TYPE_PTR_ARRAY, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gloss_claim_init (GlossClaim *self)
{
  self->sources = gloss_sources_copy (NULL);
}

static const char * const status_names[] = {
  [GLOSS_CLAIM_STATUS_UNCHECKED] = "unchecked",
  [GLOSS_CLAIM_STATUS_VERIFIED] = "verified",
  [GLOSS_CLAIM_STATUS_DISPUTED] = "disputed",
  [GLOSS_CLAIM_STATUS_FALSE] = "false",
  [GLOSS_CLAIM_STATUS_NEEDS_SOURCE] = "needs-source",
};

const char *
gloss_claim_status_to_string (GlossClaimStatus status)
{
  g_return_val_if_fail ((guint) status <= GLOSS_CLAIM_STATUS_LAST, NULL);

  return status_names[status];
}

gboolean
gloss_claim_status_from_string (const char       *text,
                                GlossClaimStatus *status)
{
  g_return_val_if_fail (status != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  for (guint i = 0; i <= GLOSS_CLAIM_STATUS_LAST; i++)
    if (strcmp (text, status_names[i]) == 0)
      {
        *status = i;
        return TRUE;
      }

  return FALSE;
}

const char *
gloss_claim_status_get_label (GlossClaimStatus status)
{
  static const char * const labels[] = {
    [GLOSS_CLAIM_STATUS_UNCHECKED] = N_("Unchecked"),
    [GLOSS_CLAIM_STATUS_VERIFIED] = N_("Verified"),
    [GLOSS_CLAIM_STATUS_DISPUTED] = N_("Disputed"),
    [GLOSS_CLAIM_STATUS_FALSE] = N_("False"),
    [GLOSS_CLAIM_STATUS_NEEDS_SOURCE] = N_("Needs Source"),
  };

  g_return_val_if_fail ((guint) status <= GLOSS_CLAIM_STATUS_LAST, NULL);

  return _(labels[status]);
}

/* a copy of @topic_ids without duplicates, never NULL; claims carry a
 * handful of topics, so comparing beats hashing but for long lists */
#define DUP_TOPICS_HASH_MIN 16

static GStrv
dup_topics (const char * const *topic_ids)
{
  guint n = topic_ids != NULL ? g_strv_length ((char **) topic_ids) : 0;
  g_autoptr(GHashTable) seen = NULL;
  GStrv topics = g_new (char *, n + 1);
  guint k = 0;

  if (n >= DUP_TOPICS_HASH_MIN)
    seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      gboolean duplicate = FALSE;

      if (seen != NULL)
        duplicate = !g_hash_table_add (seen, (gpointer) topic_ids[i]);
      else
        for (guint j = 0; j < k && !duplicate; j++)
          duplicate = strcmp (topics[j], topic_ids[i]) == 0;

      if (!duplicate)
        topics[k++] = g_strdup (topic_ids[i]);
    }
  topics[k] = NULL;

  return topics;
}

void
gloss_claim_context_from_text (GlossTranscript *text,
                               guint            start,
                               guint            end,
                               char           **quote,
                               char           **prefix,
                               char           **suffix)
{
  guint length;

  g_return_if_fail (GLOSS_IS_TRANSCRIPT (text));
  length = gloss_transcript_get_length (text);
  g_return_if_fail (start <= end && end <= length);

  if (quote != NULL)
    *quote = gloss_transcript_dup_slice (text, start, end);
  if (prefix != NULL)
    *prefix = gloss_transcript_dup_slice (text,
                                          start > GLOSS_CLAIM_CONTEXT_LENGTH ? start - GLOSS_CLAIM_CONTEXT_LENGTH : 0,
                                          start);
  if (suffix != NULL)
    *suffix = gloss_transcript_dup_slice (text, end,
                                          length - end > GLOSS_CLAIM_CONTEXT_LENGTH ? end + GLOSS_CLAIM_CONTEXT_LENGTH : length);
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
  g_autofree char *quote = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (transcript), NULL);
  g_return_val_if_fail (start < end, NULL);
  g_return_val_if_fail (end <= gloss_transcript_get_length (transcript), NULL);

  gloss_claim_context_from_text (transcript, start, end, &quote, &prefix, &suffix);
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
  self->quote = g_ref_string_new (quote != NULL ? quote : "");
  self->prefix = g_ref_string_new (prefix != NULL ? prefix : "");
  self->suffix = g_ref_string_new (suffix != NULL ? suffix : "");
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

GlossClaimStatus
gloss_claim_get_status (GlossClaim *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM (self), GLOSS_CLAIM_STATUS_UNCHECKED);

  return self->status;
}

GPtrArray *
gloss_claim_get_sources (GlossClaim *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM (self), NULL);

  return self->sources;
}

GlossTextRole
gloss_claim_get_text_role (GlossClaim *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM (self), GLOSS_TEXT_TRANSCRIPT);

  return self->text_role;
}

void
gloss_claim_set_text_role (GlossClaim    *self,
                           GlossTextRole  role)
{
  g_return_if_fail (GLOSS_IS_CLAIM (self));
  g_return_if_fail ((guint) role <= GLOSS_TEXT_ROLE_LAST);

  self->text_role = role;
}

gboolean
gloss_claim_get_orphaned (GlossClaim *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM (self), FALSE);

  return self->orphaned;
}

const char *
gloss_claim_get_previous_quote (GlossClaim *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM (self), NULL);

  return self->previous_quote;
}

int
gloss_claim_compare (GlossClaim *a,
                     GlossClaim *b)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM (a), 0);
  g_return_val_if_fail (GLOSS_IS_CLAIM (b), 0);

  if (a->text_role != b->text_role)
    return a->text_role < b->text_role ? -1 : 1;
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
  drop_derived (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

void
_gloss_claim_set_status (GlossClaim       *self,
                         GlossClaimStatus  status)
{
  g_return_if_fail (GLOSS_IS_CLAIM (self));
  g_return_if_fail ((guint) status <= GLOSS_CLAIM_STATUS_LAST);

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

void
_gloss_claim_set_sources (GlossClaim *self,
                          GPtrArray  *sources)
{
  g_return_if_fail (GLOSS_IS_CLAIM (self));

  if (gloss_sources_equal (self->sources, sources))
    return;

  /* replaced, never changed in place: snapshots keep the old array */
  g_ptr_array_unref (self->sources);
  self->sources = gloss_sources_copy (sources);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCES]);
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

void
_gloss_claim_set_span (GlossClaim *self,
                       guint       start,
                       guint       end,
                       const char *quote,
                       const char *prefix,
                       const char *suffix)
{
  char *new_quote, *new_prefix, *new_suffix;

  g_return_if_fail (GLOSS_IS_CLAIM (self));
  g_return_if_fail (start <= end);

  /* the strings may be the claim's own: copy them before releasing */
  new_quote = g_ref_string_new (quote != NULL ? quote : "");
  new_prefix = g_ref_string_new (prefix != NULL ? prefix : "");
  new_suffix = g_ref_string_new (suffix != NULL ? suffix : "");

  if (self->start != start)
    {
      self->start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
    }
  if (self->end != end)
    {
      self->end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
    }
  g_ref_string_release (self->prefix);
  self->prefix = new_prefix;
  g_ref_string_release (self->suffix);
  self->suffix = new_suffix;
  if (strcmp (self->quote, new_quote) != 0)
    {
      g_ref_string_release (self->quote);
      self->quote = new_quote;
      drop_derived (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUOTE]);
    }
  else
    g_ref_string_release (new_quote);
}

void
_gloss_claim_set_orphaned (GlossClaim *self,
                           gboolean    orphaned)
{
  g_return_if_fail (GLOSS_IS_CLAIM (self));

  orphaned = !!orphaned;
  if (self->orphaned == orphaned)
    return;

  self->orphaned = orphaned;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORPHANED]);
}

void
_gloss_claim_set_previous_quote (GlossClaim *self,
                                 const char *previous_quote)
{
  g_return_if_fail (GLOSS_IS_CLAIM (self));

  if (previous_quote != NULL && *previous_quote == '\0')
    previous_quote = NULL;
  g_clear_pointer (&self->previous_quote, g_ref_string_release);
  if (previous_quote != NULL)
    self->previous_quote = g_ref_string_new (previous_quote);
}

void
_gloss_claim_acquire_words (GlossClaim  *self,
                            char       **quote,
                            char       **prefix,
                            char       **suffix,
                            char       **previous_quote)
{
  g_return_if_fail (GLOSS_IS_CLAIM (self));

  *quote = g_ref_string_acquire (self->quote);
  *prefix = g_ref_string_acquire (self->prefix);
  *suffix = g_ref_string_acquire (self->suffix);
  *previous_quote = self->previous_quote != NULL ? g_ref_string_acquire (self->previous_quote) : NULL;
}

GlossClaim *
gloss_claim_get_conflict (GlossClaim *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM (self), NULL);

  return self->conflict;
}

void
_gloss_claim_set_conflict (GlossClaim *self,
                           GlossClaim *conflict)
{
  g_return_if_fail (GLOSS_IS_CLAIM (self));
  g_return_if_fail (conflict == NULL || GLOSS_IS_CLAIM (conflict));
  g_return_if_fail (conflict != self);
  /* one level only: a version is a plain claim */
  g_return_if_fail (conflict == NULL || conflict->conflict == NULL);

  g_set_object (&self->conflict, conflict);
}

void
_gloss_claim_set_author (GlossClaim *self,
                         const char *author)
{
  g_return_if_fail (GLOSS_IS_CLAIM (self));

  g_free (self->author);
  self->author = g_strdup (author != NULL ? author : "");
}
