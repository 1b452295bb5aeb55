#include "config.h"

#include <string.h>

#include "gloss-claim-private.h"
#include "gloss-claim-query.h"
#include "gloss-speaker.h"
#include "gloss-text-find.h"
#include "gloss-text-fold.h"

struct _GlossClaimQuery
{
  GObject parent_instance;

  GStrv topics;
  GStrv speakers;
  guint statuses;
  char *text_key;
};

G_DEFINE_FINAL_TYPE (GlossClaimQuery, gloss_claim_query, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT_KEY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const no_strings[] = { NULL };

static void
gloss_claim_query_finalize (GObject *object)
{
  GlossClaimQuery *self = GLOSS_CLAIM_QUERY (object);

  g_strfreev (self->topics);
  g_strfreev (self->speakers);
  g_free (self->text_key);

  G_OBJECT_CLASS (gloss_claim_query_parent_class)->finalize (object);
}

static void
gloss_claim_query_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  GlossClaimQuery *self = GLOSS_CLAIM_QUERY (object);

  switch (prop_id)
    {
    case PROP_TEXT_KEY:
      g_value_set_string (value, self->text_key);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_claim_query_class_init (GlossClaimQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = gloss_claim_query_finalize;
  object_class->get_property = gloss_claim_query_get_property;

  properties[PROP_TEXT_KEY] =
    g_param_spec_string ("text-key", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gloss_claim_query_init (GlossClaimQuery *self)
{
  self->topics = g_new0 (char *, 1);
  self->speakers = g_new0 (char *, 1);
  self->text_key = g_strdup ("");
}

GlossClaimQuery *
gloss_claim_query_new (void)
{
  return g_object_new (GLOSS_TYPE_CLAIM_QUERY, NULL);
}

void
gloss_claim_query_set_topics (GlossClaimQuery    *self,
                              const char * const *topic_ids)
{
  g_return_if_fail (GLOSS_IS_CLAIM_QUERY (self));

  g_strfreev (self->topics);
  self->topics = g_strdupv ((char **) (topic_ids != NULL ? topic_ids : no_strings));
}

const char * const *
gloss_claim_query_get_topics (GlossClaimQuery *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM_QUERY (self), NULL);

  return (const char * const *) self->topics;
}

void
gloss_claim_query_set_speakers (GlossClaimQuery    *self,
                                const char * const *speakers)
{
  g_return_if_fail (GLOSS_IS_CLAIM_QUERY (self));

  g_strfreev (self->speakers);
  self->speakers = g_strdupv ((char **) (speakers != NULL ? speakers : no_strings));
}

const char * const *
gloss_claim_query_get_speakers (GlossClaimQuery *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM_QUERY (self), NULL);

  return (const char * const *) self->speakers;
}

void
gloss_claim_query_set_statuses (GlossClaimQuery *self,
                                guint            statuses)
{
  g_return_if_fail (GLOSS_IS_CLAIM_QUERY (self));

  self->statuses = statuses & ((1u << (GLOSS_CLAIM_STATUS_LAST + 1)) - 1);
}

guint
gloss_claim_query_get_statuses (GlossClaimQuery *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM_QUERY (self), 0);

  return self->statuses;
}

gboolean
gloss_claim_query_parse_statuses (const char *list,
                                  guint      *statuses)
{
  g_auto(GStrv) names = NULL;

  g_return_val_if_fail (list != NULL, FALSE);
  g_return_val_if_fail (statuses != NULL, FALSE);

  *statuses = 0;
  names = g_strsplit (list, ",", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      GlossClaimStatus status;

      g_strstrip (names[i]);
      if (*names[i] == '\0')
        continue;
      if (!gloss_claim_status_from_string (names[i], &status))
        {
          *statuses = 0;
          return FALSE;
        }
      *statuses |= 1u << status;
    }

  return TRUE;
}

gboolean
gloss_claim_query_matches_status (GlossClaimQuery *self,
                                  GlossClaim      *claim)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM_QUERY (self), FALSE);
  g_return_val_if_fail (GLOSS_IS_CLAIM (claim), FALSE);

  return self->statuses == 0 || (self->statuses & (1u << gloss_claim_get_status (claim))) != 0;
}

void
gloss_claim_query_set_text (GlossClaimQuery *self,
                            const char      *text)
{
  g_autofree char *key = NULL;

  g_return_if_fail (GLOSS_IS_CLAIM_QUERY (self));

  key = gloss_text_fold (text != NULL ? text : "", -1);
  if (strcmp (key, self->text_key) == 0)
    return;
  g_free (self->text_key);
  self->text_key = g_steal_pointer (&key);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_KEY]);
}

GArray *
gloss_claim_query_text_matches (GlossClaimQuery *self,
                                const char      *text)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM_QUERY (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  /* the key is folded already; folding it again changes nothing */
  return gloss_text_find (text, -1, self->text_key);
}

const char *
gloss_claim_query_get_text_key (GlossClaimQuery *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM_QUERY (self), NULL);

  return self->text_key;
}

gboolean
gloss_claim_query_is_empty (GlossClaimQuery *self)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM_QUERY (self), TRUE);

  return self->topics[0] == NULL && self->speakers[0] == NULL && self->statuses == 0 &&
         self->text_key[0] == '\0';
}

gboolean
gloss_claim_query_matches_topics (GlossClaimQuery *self,
                                  GlossClaim      *claim)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM_QUERY (self), FALSE);
  g_return_val_if_fail (GLOSS_IS_CLAIM (claim), FALSE);

  if (self->topics[0] == NULL)
    return TRUE;

  for (guint i = 0; self->topics[i] != NULL; i++)
    if (gloss_claim_has_topic (claim, self->topics[i]))
      return TRUE;

  return FALSE;
}

gboolean
gloss_claim_query_matches_speaker (GlossClaimQuery *self,
                                   GlossProject    *project,
                                   GlossClaim      *claim)
{
  GlossSpeaker speaker;

  g_return_val_if_fail (GLOSS_IS_CLAIM_QUERY (self), FALSE);
  g_return_val_if_fail (GLOSS_IS_CLAIM (claim), FALSE);

  if (self->speakers[0] == NULL)
    return TRUE;

  return gloss_speaker_of_claim (project, claim, &speaker) && speaker.speaker != NULL &&
         g_strv_contains ((const char * const *) self->speakers, speaker.speaker);
}

const char *
gloss_claim_query_search_key (GlossClaim *claim)
{
  GQuark quark = _gloss_claim_derived_quark ();
  char *key;

  g_return_val_if_fail (GLOSS_IS_CLAIM (claim), NULL);

  key = g_object_get_qdata (G_OBJECT (claim), quark);
  if (key == NULL)
    {
      g_autofree char *joined = g_strconcat (gloss_claim_get_quote (claim), "\n",
                                             gloss_claim_get_note (claim), NULL);

      key = gloss_text_fold (joined, -1);
      g_object_set_qdata_full (G_OBJECT (claim), quark, key, g_free);
    }

  return key;
}

gboolean
gloss_claim_query_matches_text (GlossClaimQuery *self,
                                GlossClaim      *claim)
{
  g_return_val_if_fail (GLOSS_IS_CLAIM_QUERY (self), FALSE);
  g_return_val_if_fail (GLOSS_IS_CLAIM (claim), FALSE);

  if (self->text_key[0] == '\0')
    return TRUE;

  return strstr (gloss_claim_query_search_key (claim), self->text_key) != NULL;
}

gboolean
gloss_claim_query_matches (GlossClaimQuery *self,
                           GlossProject    *project,
                           GlossClaim      *claim)
{
  return gloss_claim_query_matches_topics (self, claim) &&
         gloss_claim_query_matches_status (self, claim) &&
         gloss_claim_query_matches_speaker (self, project, claim) &&
         gloss_claim_query_matches_text (self, claim);
}

GListModel *
gloss_claim_query_filter (GlossClaimQuery *self,
                          GlossProject    *project)
{
  GListStore *store;
  guint n;

  g_return_val_if_fail (GLOSS_IS_CLAIM_QUERY (self), NULL);
  g_return_val_if_fail (GLOSS_IS_PROJECT (project), NULL);

  store = g_list_store_new (GLOSS_TYPE_CLAIM);
  n = gloss_project_get_n_claims (project);
  for (guint i = 0; i < n; i++)
    {
      GlossClaim *claim = gloss_project_get_claim (project, i);

      if (gloss_claim_query_matches (self, project, claim))
        g_list_store_append (store, claim);
    }

  return G_LIST_MODEL (store);
}
