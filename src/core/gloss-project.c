#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gloss-claim-index.h"
#include "gloss-claim-private.h"
#include "gloss-project.h"

struct _GlossProject
{
  GObject parent_instance;

  GlossTranscript *transcript;
  GlossTranscript *original;
  GlossAlignment *alignment;

  GListStore *topics;
  /* topic id -> topic (ids are construct-only); exporters look topics up per claim */
  GHashTable *topics_by_id;

  /* sorted by gloss_claim_compare; owns a reference to each claim */
  GlossClaimIndex *claims;
  /* claim id -> claim (the key is the claim's own id string) */
  GHashTable *claims_by_id;
};

static void gloss_project_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GlossProject, gloss_project, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, gloss_project_list_model_init))

enum {
  PROP_0,
  PROP_TRANSCRIPT,
  PROP_ORIGINAL,
  PROP_ALIGNMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  CLAIM_CHANGED,
  TOPIC_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GType
gloss_project_get_item_type (GListModel *model)
{
  return GLOSS_TYPE_CLAIM;
}

static guint
gloss_project_get_n_items (GListModel *model)
{
  return gloss_claim_index_get_n (GLOSS_PROJECT (model)->claims);
}

static gpointer
gloss_project_get_item (GListModel *model,
                        guint       position)
{
  GlossProject *self = GLOSS_PROJECT (model);

  if (position >= gloss_claim_index_get_n (self->claims))
    return NULL;

  return g_object_ref (gloss_claim_index_get (self->claims, position));
}

static void
gloss_project_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = gloss_project_get_item_type;
  iface->get_n_items = gloss_project_get_n_items;
  iface->get_item = gloss_project_get_item;
}

static void
gloss_project_dispose (GObject *object)
{
  GlossProject *self = GLOSS_PROJECT (object);

  g_clear_object (&self->topics);
  g_clear_pointer (&self->topics_by_id, g_hash_table_unref);
  g_clear_pointer (&self->claims_by_id, g_hash_table_unref);
  g_clear_pointer (&self->claims, gloss_claim_index_free);

  G_OBJECT_CLASS (gloss_project_parent_class)->dispose (object);
}

static void
gloss_project_finalize (GObject *object)
{
  GlossProject *self = GLOSS_PROJECT (object);

  g_clear_object (&self->transcript);
  g_clear_object (&self->original);
  g_clear_object (&self->alignment);

  G_OBJECT_CLASS (gloss_project_parent_class)->finalize (object);
}

static void
gloss_project_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  GlossProject *self = GLOSS_PROJECT (object);

  switch (prop_id)
    {
    case PROP_TRANSCRIPT:
      g_value_set_object (value, self->transcript);
      break;
    case PROP_ORIGINAL:
      g_value_set_object (value, self->original);
      break;
    case PROP_ALIGNMENT:
      g_value_set_object (value, self->alignment);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_project_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  GlossProject *self = GLOSS_PROJECT (object);

  switch (prop_id)
    {
    case PROP_TRANSCRIPT:
      self->transcript = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_project_class_init (GlossProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gloss_project_dispose;
  object_class->finalize = gloss_project_finalize;
  object_class->get_property = gloss_project_get_property;
  object_class->set_property = gloss_project_set_property;

  properties[PROP_TRANSCRIPT] =
    g_param_spec_object ("transcript", NULL, NULL, GLOSS_TYPE_TRANSCRIPT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS |
                         G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ORIGINAL] =
    g_param_spec_object ("original", NULL, NULL, GLOSS_TYPE_TRANSCRIPT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ALIGNMENT] =
    g_param_spec_object ("alignment", NULL, NULL, GLOSS_TYPE_ALIGNMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CLAIM_CHANGED] =
    g_signal_new ("claim-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSS_TYPE_CLAIM);
  signals[TOPIC_CHANGED] =
    g_signal_new ("topic-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSS_TYPE_TOPIC);
}

static void
gloss_project_init (GlossProject *self)
{
  self->topics = g_list_store_new (GLOSS_TYPE_TOPIC);
  self->topics_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->claims = gloss_claim_index_new ();
  self->claims_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

GlossProject *
gloss_project_new_blank (GlossTranscript *transcript)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (transcript), NULL);

  return g_object_new (GLOSS_TYPE_PROJECT, "transcript", transcript, NULL);
}

GlossProject *
gloss_project_new (GlossTranscript *transcript)
{
  static const struct {
    const char *id;
    const char *name;
    const char *color;
    const char *keywords[8];
    /* more keywords in the UI's language, separated by ";" */
    const char *translated;
  } defaults[] = {
    /* English and Chinese always: a briefing is often in one of them
     * whatever the UI language */
    { "5g", N_("5G"), "#e66100", { "5G", "base station", "基站", "千兆", NULL },
      /* Translators: keywords of the default topic "5G", separated by ";" */
      N_("base station;gigabit") },
    { "vaccines", N_("Vaccines"), "#9141ac", { "vaccine", "doses", "疫苗", "接种", NULL },
      /* Translators: keywords of the default topic "Vaccines", separated by ";" */
      N_("vaccine;vaccination;doses") },
    { "green-manufacturing", N_("Green manufacturing"), "#2ec27e",
      { "green", "low carbon", "carbon", "绿色制造", "碳达峰", "碳中和", "节能", NULL },
      /* Translators: keywords of the default topic "Green manufacturing", separated by ";" */
      N_("green manufacturing;low carbon;carbon neutrality;energy saving") },
  };
  GlossProject *self;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT (transcript), NULL);

  self = gloss_project_new_blank (transcript);
  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    {
      g_autoptr(GlossTopic) topic = gloss_topic_new (defaults[i].id,
                                                     g_dgettext (GETTEXT_PACKAGE, defaults[i].name),
                                                     defaults[i].color);

      g_auto(GStrv) translated = g_strsplit (g_dgettext (GETTEXT_PACKAGE, defaults[i].translated), ";", -1);
      g_autoptr(GStrvBuilder) keywords = g_strv_builder_new ();
      g_auto(GStrv) all = NULL;

      g_strv_builder_addv (keywords, (const char **) defaults[i].keywords);
      for (guint k = 0; translated[k] != NULL; k++)
        {
          g_autofree char *folded = g_utf8_casefold (g_strstrip (translated[k]), -1);
          gboolean known = translated[k][0] == '\0';

          for (guint j = 0; !known && defaults[i].keywords[j] != NULL; j++)
            {
              g_autofree char *other = g_utf8_casefold (defaults[i].keywords[j], -1);

              known = strcmp (folded, other) == 0;
            }
          if (!known)
            g_strv_builder_add (keywords, translated[k]);
        }
      all = g_strv_builder_end (keywords);
      gloss_topic_set_keywords (topic, (const char * const *) all);
      gloss_project_insert_topic (self, topic, i);
    }

  return self;
}

GlossTranscript *
gloss_project_get_transcript (GlossProject *self)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (self), NULL);

  return self->transcript;
}

GlossTranscript *
gloss_project_get_text (GlossProject  *self,
                        GlossTextRole  role)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (self), NULL);
  g_return_val_if_fail ((guint) role <= GLOSS_TEXT_ROLE_LAST, NULL);

  return role == GLOSS_TEXT_ORIGINAL ? self->original : self->transcript;
}

GlossTranscript *
gloss_project_get_original (GlossProject *self)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (self), NULL);

  return self->original;
}

GlossAlignment *
gloss_project_get_alignment (GlossProject *self)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (self), NULL);

  return self->alignment;
}

static void
emit_changed (GlossProject *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* topics */

GListModel *
gloss_project_get_topics (GlossProject *self)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->topics);
}

guint
gloss_project_get_n_topics (GlossProject *self)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->topics));
}

/* transfer none */
GlossTopic *
gloss_project_get_topic (GlossProject *self,
                         guint         position)
{
  g_autoptr(GlossTopic) topic = NULL;

  g_return_val_if_fail (GLOSS_IS_PROJECT (self), NULL);

  topic = g_list_model_get_item (G_LIST_MODEL (self->topics), position);

  /* the store keeps its own reference */
  return topic;
}

GlossTopic *
gloss_project_lookup_topic (GlossProject *self,
                            const char   *id)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (self), NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->topics_by_id, id);
}

GlossTopic *
gloss_project_lookup_topic_by_key (GlossProject *self,
                                   const char   *key)
{
  guint n;

  g_return_val_if_fail (GLOSS_IS_PROJECT (self), NULL);

  if (key == NULL || *key == '\0')
    return NULL;

  n = gloss_project_get_n_topics (self);
  for (guint i = 0; i < n; i++)
    {
      GlossTopic *topic = gloss_project_get_topic (self, i);

      if (strcmp (gloss_topic_get_key (topic), key) == 0)
        return topic;
    }

  return NULL;
}

int
gloss_project_get_topic_position (GlossProject *self,
                                  GlossTopic   *topic)
{
  guint position;

  g_return_val_if_fail (GLOSS_IS_PROJECT (self), -1);
  g_return_val_if_fail (GLOSS_IS_TOPIC (topic), -1);

  if (!g_list_store_find (self->topics, topic, &position))
    return -1;

  return (int) position;
}

char *
gloss_project_make_topic_id (GlossProject *self,
                             const char   *name)
{
  g_autofree char *base = NULL;
  char *id;

  g_return_val_if_fail (GLOSS_IS_PROJECT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  base = gloss_topic_make_id (name);
  if (gloss_project_lookup_topic (self, base) == NULL)
    return g_steal_pointer (&base);

  for (guint i = 2;; i++)
    {
      id = g_strdup_printf ("%s-%u", base, i);
      if (gloss_project_lookup_topic (self, id) == NULL)
        return id;
      g_free (id);
    }
}

guint
gloss_project_count_claims_with_topic (GlossProject *self,
                                       const char   *topic_id)
{
  guint count = 0;

  g_return_val_if_fail (GLOSS_IS_PROJECT (self), 0);
  g_return_val_if_fail (topic_id != NULL, 0);

  for (guint i = 0; i < gloss_claim_index_get_n (self->claims); i++)
    {
      if (gloss_claim_has_topic (gloss_claim_index_get (self->claims, i), topic_id))
        count++;
    }

  return count;
}

static void
renumber_key (GlossProject *self,
              guint         position)
{
  GlossTopic *topic = gloss_project_get_topic (self, position);
  char key[2] = { 0, };

  if (position < GLOSS_MAX_TOPIC_KEYS)
    key[0] = (char) ('1' + position);

  if (strcmp (gloss_topic_get_key (topic), key) != 0)
    {
      gloss_topic_set_key (topic, key);
      g_signal_emit (self, signals[TOPIC_CHANGED], 0, topic);
    }
}

/* Keys go by position: "1".."9", then "". An edit shifts topics by one
 * place at most, but for the one inserted or moved (at @landed, or
 * G_MAXUINT), so past the first ten only that one can need a new key: a
 * file with thousands of topics is not renumbered whole at each insert. */
static void
renumber_keys (GlossProject *self,
               guint         landed)
{
  guint n = gloss_project_get_n_topics (self);

  for (guint i = 0; i < MIN (n, GLOSS_MAX_TOPIC_KEYS + 1); i++)
    renumber_key (self, i);
  if (landed != G_MAXUINT && landed > GLOSS_MAX_TOPIC_KEYS && landed < n)
    renumber_key (self, landed);
}

void
gloss_project_insert_topic (GlossProject *self,
                            GlossTopic   *topic,
                            guint         position)
{
  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_TOPIC (topic));
  g_return_if_fail (gloss_project_lookup_topic (self, gloss_topic_get_id (topic)) == NULL);

  position = MIN (position, gloss_project_get_n_topics (self));
  g_list_store_insert (self->topics, position, topic);
  g_hash_table_insert (self->topics_by_id, (gpointer) gloss_topic_get_id (topic), topic);
  renumber_keys (self, position);
  emit_changed (self);
}

void
gloss_project_remove_topic (GlossProject *self,
                            GlossTopic   *topic)
{
  guint position;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_TOPIC (topic));

  if (!g_list_store_find (self->topics, topic, &position))
    {
      g_critical ("%s: topic “%s” is not in the project", G_STRFUNC, gloss_topic_get_id (topic));
      return;
    }

  g_hash_table_remove (self->topics_by_id, gloss_topic_get_id (topic));
  g_list_store_remove (self->topics, position);
  renumber_keys (self, G_MAXUINT);
  emit_changed (self);
}

void
gloss_project_move_topic (GlossProject *self,
                          GlossTopic   *topic,
                          guint         position)
{
  g_autoptr(GlossTopic) keep = NULL;
  guint old_position;
  guint n;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_TOPIC (topic));

  if (!g_list_store_find (self->topics, topic, &old_position))
    {
      g_critical ("%s: topic “%s” is not in the project", G_STRFUNC, gloss_topic_get_id (topic));
      return;
    }

  n = gloss_project_get_n_topics (self);
  position = MIN (position, n - 1);
  if (position == old_position)
    return;

  keep = g_object_ref (topic);
  g_list_store_remove (self->topics, old_position);
  g_list_store_insert (self->topics, position, topic);
  renumber_keys (self, position);
  emit_changed (self);
}

static gboolean
has_topic (GlossProject *self,
           GlossTopic   *topic)
{
  return g_list_store_find (self->topics, topic, NULL);
}

void
gloss_project_set_topic_name (GlossProject *self,
                              GlossTopic   *topic,
                              const char   *name)
{
  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_TOPIC (topic));
  g_return_if_fail (has_topic (self, topic));

  if (g_strcmp0 (gloss_topic_get_name (topic), name != NULL ? name : "") == 0)
    return;

  gloss_topic_set_name (topic, name);
  g_signal_emit (self, signals[TOPIC_CHANGED], 0, topic);
  emit_changed (self);
}

void
gloss_project_set_topic_color (GlossProject *self,
                               GlossTopic   *topic,
                               const char   *color)
{
  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_TOPIC (topic));
  g_return_if_fail (has_topic (self, topic));
  g_return_if_fail (gloss_color_is_valid (color));

  if (strcmp (gloss_topic_get_color (topic), color) == 0)
    return;

  gloss_topic_set_color (topic, color);
  g_signal_emit (self, signals[TOPIC_CHANGED], 0, topic);
  emit_changed (self);
}

void
gloss_project_set_topic_keywords (GlossProject       *self,
                                  GlossTopic         *topic,
                                  const char * const *keywords)
{
  static const char * const empty[] = { NULL };

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_TOPIC (topic));
  g_return_if_fail (has_topic (self, topic));

  if (g_strv_equal (gloss_topic_get_keywords (topic), keywords != NULL ? keywords : empty))
    return;

  gloss_topic_set_keywords (topic, keywords);
  g_signal_emit (self, signals[TOPIC_CHANGED], 0, topic);
  emit_changed (self);
}

/* the transcript's metadata and participants */

void
gloss_project_set_transcript_field (GlossProject         *self,
                                    GlossTranscriptField  field,
                                    const char           *value)
{
  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail ((guint) field <= GLOSS_TRANSCRIPT_FIELD_LAST);

  if (g_strcmp0 (gloss_transcript_get_field (self->transcript, field), value) == 0)
    return;

  gloss_transcript_set_field (self->transcript, field, value);
  emit_changed (self);
}

void
gloss_project_insert_participant (GlossProject *self,
                                  guint         index,
                                  const char   *name,
                                  const char   *role)
{
  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (name != NULL && *name != '\0');
  g_return_if_fail (gloss_transcript_find_participant (self->transcript, name) < 0);

  gloss_transcript_insert_participant (self->transcript, index, name, role);
  emit_changed (self);
}

void
gloss_project_remove_participant (GlossProject *self,
                                  guint         index)
{
  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (index < gloss_transcript_get_n_participants (self->transcript));

  gloss_transcript_remove_participant (self->transcript, index);
  emit_changed (self);
}

void
gloss_project_replace_participant (GlossProject *self,
                                   guint         index,
                                   const char   *name,
                                   const char   *role)
{
  const GlossParticipant *old;
  int other;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (index < gloss_transcript_get_n_participants (self->transcript));
  g_return_if_fail (name != NULL && *name != '\0');
  other = gloss_transcript_find_participant (self->transcript, name);
  g_return_if_fail (other < 0 || (guint) other == index);

  old = gloss_transcript_get_participant (self->transcript, index);
  if (strcmp (old->name, name) == 0 && g_strcmp0 (old->role, role) == 0)
    return;

  gloss_transcript_replace_participant (self->transcript, index, name, role);
  emit_changed (self);
}

/* texts */

void
gloss_project_set_original (GlossProject    *self,
                            GlossTranscript *original)
{
  guint first, last;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (original == NULL || GLOSS_IS_TRANSCRIPT (original));
  gloss_claim_index_role_range (self->claims, GLOSS_TEXT_ORIGINAL, &first, &last);
  g_return_if_fail (first == last);

  if (self->original == original)
    return;

  g_set_object (&self->original, original);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIGINAL]);
  emit_changed (self);
}

static int
compare_claims_cb (gconstpointer a,
                   gconstpointer b)
{
  return gloss_claim_compare (*(GlossClaim **) a, *(GlossClaim **) b);
}

void
gloss_project_replace_transcript (GlossProject              *self,
                                  GlossTranscript           *transcript,
                                  GlossAlignment            *alignment,
                                  const GlossClaimPlacement *placements,
                                  guint                      n_placements)
{
  g_autoptr(GPtrArray) claims = NULL;
  gboolean text_changed, alignment_changed;
  guint first, last;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_TRANSCRIPT (transcript));
  g_return_if_fail (alignment == NULL || GLOSS_IS_ALIGNMENT (alignment));
  g_return_if_fail (alignment == NULL || self->original != NULL);
  g_return_if_fail (placements != NULL || n_placements == 0);
  gloss_claim_index_role_range (self->claims, GLOSS_TEXT_TRANSCRIPT, &first, &last);
  g_return_if_fail (n_placements == last - first);
  for (guint i = 0; i < n_placements; i++)
    {
      const GlossClaimPlacement *p = &placements[i];

      g_return_if_fail (GLOSS_IS_CLAIM (p->claim));
      g_return_if_fail (gloss_project_get_claim_position (self, p->claim) >= 0);
      g_return_if_fail (gloss_claim_get_text_role (p->claim) == GLOSS_TEXT_TRANSCRIPT);
      g_return_if_fail (p->start < p->end && p->end <= gloss_transcript_get_length (transcript));
    }

  /* the claims leave the index while their spans change, and come back sorted */
  claims = g_ptr_array_new_full (n_placements, g_object_unref);
  for (guint i = first; i < last; i++)
    g_ptr_array_add (claims, g_object_ref (gloss_claim_index_get (self->claims, i)));
  gloss_claim_index_splice (self->claims, first, last - first, NULL, 0);

  for (guint i = 0; i < n_placements; i++)
    {
      const GlossClaimPlacement *p = &placements[i];

      _gloss_claim_set_span (p->claim, p->start, p->end, p->quote, p->prefix, p->suffix);
      _gloss_claim_set_orphaned (p->claim, p->orphaned);
      _gloss_claim_set_previous_quote (p->claim, p->previous_quote);
    }
  g_ptr_array_sort (claims, compare_claims_cb);
  gloss_claim_index_splice (self->claims, first, 0, (GlossClaim * const *) claims->pdata, claims->len);

  /* the text and its alignment first, both, so that a view showing them
   * never sees one with the other's offsets, and has the new text when it
   * hears of the claims */
  text_changed = g_set_object (&self->transcript, transcript);
  alignment_changed = g_set_object (&self->alignment, alignment);
  if (text_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRANSCRIPT]);
  if (alignment_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIGNMENT]);
  if (claims->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), first, claims->len, claims->len);
  emit_changed (self);
}

void
gloss_project_set_alignment (GlossProject   *self,
                             GlossAlignment *alignment)
{
  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (alignment == NULL || GLOSS_IS_ALIGNMENT (alignment));

  if (self->alignment == alignment)
    return;

  g_set_object (&self->alignment, alignment);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIGNMENT]);
  emit_changed (self);
}

/* claims */

guint
gloss_project_get_n_claims (GlossProject *self)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (self), 0);

  return gloss_claim_index_get_n (self->claims);
}

/* transfer none */
GlossClaim *
gloss_project_get_claim (GlossProject *self,
                         guint         position)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (self), NULL);

  return gloss_claim_index_get (self->claims, position);
}

GlossClaim *
gloss_project_lookup_claim (GlossProject *self,
                            const char   *id)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (self), NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->claims_by_id, id);
}

int
gloss_project_get_claim_position (GlossProject *self,
                                  GlossClaim   *claim)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (self), -1);
  g_return_val_if_fail (GLOSS_IS_CLAIM (claim), -1);

  return gloss_claim_index_find (self->claims, claim);
}

GPtrArray *
gloss_project_get_claims_at (GlossProject  *self,
                             GlossTextRole  role,
                             guint          offset)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (self), NULL);

  return gloss_claim_index_overlapping (self->claims, role, offset, offset);
}

GPtrArray *
gloss_project_get_claims_in (GlossProject  *self,
                             GlossTextRole  role,
                             guint          start,
                             guint          end)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (self), NULL);
  g_return_val_if_fail (start <= end, NULL);

  return gloss_claim_index_overlapping (self->claims, role, start, end);
}

guint
gloss_project_add_claim (GlossProject *self,
                         GlossClaim   *claim)
{
  guint position;

  g_return_val_if_fail (GLOSS_IS_PROJECT (self), 0);
  g_return_val_if_fail (GLOSS_IS_CLAIM (claim), 0);
  g_return_val_if_fail (!g_hash_table_contains (self->claims_by_id, gloss_claim_get_id (claim)), 0);

  position = gloss_claim_index_insert (self->claims, claim);
  g_hash_table_insert (self->claims_by_id, (gpointer) gloss_claim_get_id (claim), claim);

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  emit_changed (self);

  return position;
}

void
gloss_project_add_claims (GlossProject *self,
                          GPtrArray    *claims)
{
  guint n;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (claims != NULL);

  if (claims->len == 0)
    return;

  n = gloss_claim_index_get_n (self->claims);
  for (guint i = 0; i < claims->len; i++)
    {
      GlossClaim *claim = g_ptr_array_index (claims, i);
      GlossClaim *before = i > 0 ? g_ptr_array_index (claims, i - 1)
                         : n > 0 ? gloss_claim_index_get (self->claims, n - 1)
                         : NULL;

      g_return_if_fail (GLOSS_IS_CLAIM (claim));
      g_return_if_fail (!g_hash_table_contains (self->claims_by_id, gloss_claim_get_id (claim)));

      /* not one sorted run after the existing claims: insert one by one */
      if (before != NULL && gloss_claim_compare (before, claim) >= 0)
        {
          for (guint k = 0; k < claims->len; k++)
            gloss_project_add_claim (self, g_ptr_array_index (claims, k));
          return;
        }
    }

  gloss_claim_index_splice (self->claims, n, 0, (GlossClaim * const *) claims->pdata, claims->len);
  for (guint i = 0; i < claims->len; i++)
    {
      GlossClaim *claim = g_ptr_array_index (claims, i);

      g_hash_table_insert (self->claims_by_id, (gpointer) gloss_claim_get_id (claim), claim);
    }

  g_list_model_items_changed (G_LIST_MODEL (self), n, 0, claims->len);
  emit_changed (self);
}

void
gloss_project_remove_claim (GlossProject *self,
                            GlossClaim   *claim)
{
  g_autoptr(GlossClaim) keep = NULL;
  int position;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));

  position = gloss_project_get_claim_position (self, claim);
  if (position < 0)
    {
      g_critical ("%s: claim %s is not in the project", G_STRFUNC, gloss_claim_get_id (claim));
      return;
    }

  keep = g_object_ref (claim);
  g_hash_table_remove (self->claims_by_id, gloss_claim_get_id (claim));
  gloss_claim_index_remove (self->claims, (guint) position);

  g_list_model_items_changed (G_LIST_MODEL (self), (guint) position, 1, 0);
  emit_changed (self);
}

void
gloss_project_move_claim (GlossProject *self,
                          GlossClaim   *claim,
                          guint         start,
                          guint         end,
                          gboolean      orphaned)
{
  g_autoptr(GlossClaim) keep = NULL;
  g_autofree char *quote = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  GlossTranscript *text;
  int old_position;
  guint position;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));
  old_position = gloss_project_get_claim_position (self, claim);
  g_return_if_fail (old_position >= 0);
  text = gloss_project_get_text (self, gloss_claim_get_text_role (claim));
  g_return_if_fail (start < end && end <= gloss_transcript_get_length (text));

  if (gloss_claim_get_start (claim) == start && gloss_claim_get_end (claim) == end &&
      gloss_claim_get_orphaned (claim) == !!orphaned)
    return;

  keep = g_object_ref (claim);
  gloss_claim_index_remove (self->claims, (guint) old_position);
  if (orphaned)
    {
      /* an orphan keeps the words it had; its span only keeps its place in the list */
      _gloss_claim_set_span (claim, start, end, gloss_claim_get_quote (claim),
                             gloss_claim_get_prefix (claim), gloss_claim_get_suffix (claim));
    }
  else
    {
      gloss_claim_context_from_text (text, start, end, &quote, &prefix, &suffix);
      _gloss_claim_set_span (claim, start, end, quote, prefix, suffix);
    }
  _gloss_claim_set_orphaned (claim, orphaned);
  position = gloss_claim_index_insert (self->claims, claim);

  if (position == (guint) old_position)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
    }
  else
    {
      g_list_model_items_changed (G_LIST_MODEL (self), (guint) old_position, 1, 0);
      g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
    }
  g_signal_emit (self, signals[CLAIM_CHANGED], 0, claim);
  emit_changed (self);
}

static void
claim_changed (GlossProject *self,
               GlossClaim   *claim,
               int           position)
{
  _gloss_claim_touch (claim);
  g_list_model_items_changed (G_LIST_MODEL (self), (guint) position, 1, 1);
  g_signal_emit (self, signals[CLAIM_CHANGED], 0, claim);
  emit_changed (self);
}

void
gloss_project_set_claim_topics (GlossProject       *self,
                                GlossClaim         *claim,
                                const char * const *topic_ids)
{
  g_auto(GStrv) old = NULL;
  int position;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));

  position = gloss_project_get_claim_position (self, claim);
  g_return_if_fail (position >= 0);

  old = g_strdupv ((char **) gloss_claim_get_topics (claim));
  _gloss_claim_set_topics (claim, topic_ids);
  if (g_strv_equal ((const char * const *) old, gloss_claim_get_topics (claim)))
    return;

  claim_changed (self, claim, position);
}

void
gloss_project_set_claim_note (GlossProject *self,
                              GlossClaim   *claim,
                              const char   *note)
{
  int position;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));

  position = gloss_project_get_claim_position (self, claim);
  g_return_if_fail (position >= 0);

  if (strcmp (gloss_claim_get_note (claim), note != NULL ? note : "") == 0)
    return;

  _gloss_claim_set_note (claim, note);
  claim_changed (self, claim, position);
}

void
gloss_project_set_claim_status (GlossProject     *self,
                                GlossClaim       *claim,
                                GlossClaimStatus  status)
{
  int position;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));
  g_return_if_fail ((guint) status <= GLOSS_CLAIM_STATUS_LAST);

  position = gloss_project_get_claim_position (self, claim);
  g_return_if_fail (position >= 0);

  if (gloss_claim_get_status (claim) == status)
    return;

  _gloss_claim_set_status (claim, status);
  claim_changed (self, claim, position);
}

void
gloss_project_set_claim_conflict (GlossProject *self,
                                  GlossClaim   *claim,
                                  GlossClaim   *conflict)
{
  int position;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));
  g_return_if_fail (conflict == NULL || GLOSS_IS_CLAIM (conflict));

  position = gloss_project_get_claim_position (self, claim);
  g_return_if_fail (position >= 0);

  if (gloss_claim_get_conflict (claim) == conflict)
    return;

  _gloss_claim_set_conflict (claim, conflict);
  claim_changed (self, claim, position);
}

void
gloss_project_set_claim_sources (GlossProject *self,
                                 GlossClaim   *claim,
                                 GPtrArray    *sources)
{
  int position;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));

  position = gloss_project_get_claim_position (self, claim);
  g_return_if_fail (position >= 0);

  if (gloss_sources_equal (gloss_claim_get_sources (claim), sources))
    return;

  _gloss_claim_set_sources (claim, sources);
  claim_changed (self, claim, position);
}

void
gloss_project_set_topic_regex (GlossProject *self,
                               GlossTopic   *topic,
                               const char   *regex)
{
  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (GLOSS_IS_TOPIC (topic));
  g_return_if_fail (has_topic (self, topic));
  g_return_if_fail (gloss_topic_regex_is_valid (regex, NULL));

  if (g_strcmp0 (gloss_topic_get_regex (topic), regex != NULL ? regex : "") == 0)
    return;

  gloss_topic_set_regex (topic, regex);
  g_signal_emit (self, signals[TOPIC_CHANGED], 0, topic);
  emit_changed (self);
}

static GHashTable *
rejected_set (GlossProject *self)
{
  GHashTable *set = g_object_get_data (G_OBJECT (self), "gloss-rejected-set");

  if (set == NULL)
    {
      set = g_hash_table_new (g_str_hash, g_str_equal);
      g_object_set_data_full (G_OBJECT (self), "gloss-rejected-set", set,
                              (GDestroyNotify) g_hash_table_unref);
    }

  return set;
}

GPtrArray *
gloss_project_get_rejected (GlossProject *self)
{
  GPtrArray *list;

  g_return_val_if_fail (GLOSS_IS_PROJECT (self), NULL);

  list = g_object_get_data (G_OBJECT (self), "gloss-rejected");
  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (g_free);
      g_object_set_data_full (G_OBJECT (self), "gloss-rejected", list,
                              (GDestroyNotify) g_ptr_array_unref);
    }

  return list;
}

gboolean
gloss_project_is_rejected (GlossProject *self,
                           const char   *sentence)
{
  g_return_val_if_fail (GLOSS_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (sentence != NULL, FALSE);

  return g_hash_table_contains (rejected_set (self), sentence);
}

void
gloss_project_add_rejected (GlossProject *self,
                            const char   *sentence)
{
  GPtrArray *list;
  char *copy;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (sentence != NULL && sentence[0] != '\0');

  if (gloss_project_is_rejected (self, sentence))
    return;

  list = gloss_project_get_rejected (self);
  copy = g_strdup (sentence);
  g_ptr_array_add (list, copy);
  g_hash_table_add (rejected_set (self), copy);
  emit_changed (self);
}

void
gloss_project_remove_rejected (GlossProject *self,
                               const char   *sentence)
{
  GPtrArray *list;

  g_return_if_fail (GLOSS_IS_PROJECT (self));
  g_return_if_fail (sentence != NULL);

  if (!gloss_project_is_rejected (self, sentence))
    return;

  list = gloss_project_get_rejected (self);
  g_hash_table_remove (rejected_set (self), sentence);
  for (guint i = 0; i < list->len; i++)
    if (strcmp (g_ptr_array_index (list, i), sentence) == 0)
      {
        g_ptr_array_remove_index (list, i);
        break;
      }
  emit_changed (self);
}
