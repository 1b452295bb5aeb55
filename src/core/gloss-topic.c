#include "config.h"

#include <string.h>

#include "gloss-topic.h"

#define DEFAULT_COLOR "#e66100"

struct _GlossTopic
{
  GObject parent_instance;

  char *id;
  char *name;
  char *color;
  char *key;
  GStrv keywords;
  char *regex;
};

G_DEFINE_FINAL_TYPE (GlossTopic, gloss_topic, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_COLOR,
  PROP_KEY,
  PROP_KEYWORDS,
  PROP_REGEX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
gloss_topic_finalize (GObject *object)
{
  GlossTopic *self = GLOSS_TOPIC (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->color);
  g_free (self->key);
  g_strfreev (self->keywords);
  g_free (self->regex);

  G_OBJECT_CLASS (gloss_topic_parent_class)->finalize (object);
}

static void
gloss_topic_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  GlossTopic *self = GLOSS_TOPIC (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_KEYWORDS:
      g_value_set_boxed (value, self->keywords);
      break;
    case PROP_REGEX:
      g_value_set_string (value, self->regex);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_topic_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  GlossTopic *self = GLOSS_TOPIC (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_assert (self->id == NULL);
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      gloss_topic_set_name (self, g_value_get_string (value));
      break;
    case PROP_COLOR:
      gloss_topic_set_color (self, g_value_get_string (value));
      break;
    case PROP_KEY:
      gloss_topic_set_key (self, g_value_get_string (value));
      break;
    case PROP_KEYWORDS:
      gloss_topic_set_keywords (self, g_value_get_boxed (value));
      break;
    case PROP_REGEX:
      gloss_topic_set_regex (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_topic_constructed (GObject *object)
{
  GlossTopic *self = GLOSS_TOPIC (object);

  G_OBJECT_CLASS (gloss_topic_parent_class)->constructed (object);

  if (self->id == NULL || *self->id == '\0')
    {
      g_critical ("GlossTopic needs a non-empty id");
      g_free (self->id);
      self->id = g_strdup ("topic");
    }
}

static void
gloss_topic_class_init (GlossTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = gloss_topic_finalize;
  object_class->get_property = gloss_topic_get_property;
  object_class->set_property = gloss_topic_set_property;
  object_class->constructed = gloss_topic_constructed;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_COLOR] = g_param_spec_string ("color", NULL, NULL, DEFAULT_COLOR, flags);
  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, "", flags);
  properties[PROP_KEYWORDS] = g_param_spec_boxed ("keywords", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_REGEX] = g_param_spec_string ("regex", NULL, NULL, "", flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
gloss_topic_init (GlossTopic *self)
{
  self->name = g_strdup ("");
  self->color = g_strdup (DEFAULT_COLOR);
  self->key = g_strdup ("");
  self->keywords = g_new0 (char *, 1);
  self->regex = g_strdup ("");
}

/* @color NULL gives the default orange, far from the selection blue */
GlossTopic *
gloss_topic_new (const char *id,
                 const char *name,
                 const char *color)
{
  g_return_val_if_fail (id != NULL && *id != '\0', NULL);
  g_return_val_if_fail (color == NULL || gloss_color_is_valid (color), NULL);

  return g_object_new (GLOSS_TYPE_TOPIC,
                       "id", id,
                       "name", name,
                       "color", color,
                       NULL);
}

const char *
gloss_topic_get_id (GlossTopic *self)
{
  g_return_val_if_fail (GLOSS_IS_TOPIC (self), NULL);

  return self->id;
}

const char *
gloss_topic_get_name (GlossTopic *self)
{
  g_return_val_if_fail (GLOSS_IS_TOPIC (self), NULL);

  return self->name;
}

void
gloss_topic_set_name (GlossTopic *self,
                      const char *name)
{
  g_return_if_fail (GLOSS_IS_TOPIC (self));

  if (name == NULL)
    name = "";

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
gloss_topic_get_color (GlossTopic *self)
{
  g_return_val_if_fail (GLOSS_IS_TOPIC (self), NULL);

  return self->color;
}

void
gloss_topic_set_color (GlossTopic *self,
                       const char *color)
{
  g_return_if_fail (GLOSS_IS_TOPIC (self));

  if (color == NULL)
    color = DEFAULT_COLOR;

  g_return_if_fail (gloss_color_is_valid (color));

  if (g_strcmp0 (self->color, color) == 0)
    return;

  g_free (self->color);
  self->color = g_strdup (color);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR]);
}

const char *
gloss_topic_get_key (GlossTopic *self)
{
  g_return_val_if_fail (GLOSS_IS_TOPIC (self), NULL);

  return self->key;
}

void
gloss_topic_set_key (GlossTopic *self,
                     const char *key)
{
  g_return_if_fail (GLOSS_IS_TOPIC (self));

  if (key == NULL)
    key = "";

  if (g_strcmp0 (self->key, key) == 0)
    return;

  g_free (self->key);
  self->key = g_strdup (key);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);
}

const char * const *
gloss_topic_get_keywords (GlossTopic *self)
{
  g_return_val_if_fail (GLOSS_IS_TOPIC (self), NULL);

  return (const char * const *) self->keywords;
}

void
gloss_topic_set_keywords (GlossTopic         *self,
                          const char * const *keywords)
{
  static const char * const empty[] = { NULL };

  g_return_if_fail (GLOSS_IS_TOPIC (self));

  if (keywords == NULL)
    keywords = empty;

  if (g_strv_equal ((const char * const *) self->keywords, keywords))
    return;

  g_strfreev (self->keywords);
  self->keywords = g_strdupv ((char **) keywords);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEYWORDS]);
}

const char *
gloss_topic_get_regex (GlossTopic *self)
{
  g_return_val_if_fail (GLOSS_IS_TOPIC (self), NULL);

  return self->regex;
}

void
gloss_topic_set_regex (GlossTopic *self,
                       const char *regex)
{
  g_return_if_fail (GLOSS_IS_TOPIC (self));

  if (regex == NULL)
    regex = "";
  if (strcmp (self->regex, regex) == 0)
    return;

  g_free (self->regex);
  self->regex = g_strdup (regex);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGEX]);
}

gboolean
gloss_topic_regex_is_valid (const char  *regex,
                            GError     **error)
{
  g_autoptr(GRegex) compiled = NULL;

  if (regex == NULL || regex[0] == '\0')
    return TRUE;

  compiled = g_regex_new (regex, G_REGEX_DEFAULT, G_REGEX_MATCH_DEFAULT, error);

  return compiled != NULL;
}

gboolean
gloss_color_is_valid (const char *color)
{
  if (color == NULL || color[0] != '#' || strlen (color) != 7)
    return FALSE;

  for (guint i = 1; i < 7; i++)
    {
      if (!g_ascii_isxdigit (color[i]))
        return FALSE;
    }

  return TRUE;
}

char *
gloss_topic_make_id (const char *name)
{
  GString *slug = g_string_new (NULL);
  gboolean pending_dash = FALSE;

  g_return_val_if_fail (name != NULL, NULL);

  for (const char *p = name; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (pending_dash && slug->len > 0)
            g_string_append_c (slug, '-');
          pending_dash = FALSE;
          g_string_append_c (slug, g_ascii_tolower (*p));
        }
      else
        {
          pending_dash = TRUE;
        }
    }

  if (slug->len == 0)
    g_string_append (slug, "topic");

  return g_string_free (slug, FALSE);
}
