#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gloss-project-private.h"

/* The project: its GObject and list model, its constructors, and the
 * signals the other parts end their edits with. Claims are in
 * gloss-project-claims.c, topics and rejected suggestions in
 * gloss-project-topics.c, the texts (metadata, participants, the original,
 * a revision, the alignment) in gloss-project-texts.c. */

static void gloss_project_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (GlossProject, gloss_project, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, gloss_project_list_model_init))

static GParamSpec *properties[GLOSS_PROJECT_N_PROPS];

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
    case GLOSS_PROJECT_PROP_TRANSCRIPT:
      g_value_set_object (value, self->transcript);
      break;
    case GLOSS_PROJECT_PROP_ORIGINAL:
      g_value_set_object (value, self->original);
      break;
    case GLOSS_PROJECT_PROP_ALIGNMENT:
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
    case GLOSS_PROJECT_PROP_TRANSCRIPT:
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

  properties[GLOSS_PROJECT_PROP_TRANSCRIPT] =
    g_param_spec_object ("transcript", NULL, NULL, GLOSS_TYPE_TRANSCRIPT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS |
                         G_PARAM_EXPLICIT_NOTIFY);
  properties[GLOSS_PROJECT_PROP_ORIGINAL] =
    g_param_spec_object ("original", NULL, NULL, GLOSS_TYPE_TRANSCRIPT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[GLOSS_PROJECT_PROP_ALIGNMENT] =
    g_param_spec_object ("alignment", NULL, NULL, GLOSS_TYPE_ALIGNMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, GLOSS_PROJECT_N_PROPS, properties);

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

void
_gloss_project_emit_changed (GlossProject *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

void
_gloss_project_emit_claim_changed (GlossProject *self,
                                   GlossClaim   *claim)
{
  g_signal_emit (self, signals[CLAIM_CHANGED], 0, claim);
}

void
_gloss_project_emit_topic_changed (GlossProject *self,
                                   GlossTopic   *topic)
{
  g_signal_emit (self, signals[TOPIC_CHANGED], 0, topic);
}

void
_gloss_project_notify (GlossProject         *self,
                       GlossProjectProperty  property)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[property]);
}
