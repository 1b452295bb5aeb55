#include "config.h"

#include <string.h>

#include "gloss-project-private.h"

/* The project's topics: lookups, ids, their keys (by position), insert,
 * remove, move, their fields; and the sentences rejected as suggestions. */

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
      _gloss_project_emit_topic_changed (self, topic);
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
  _gloss_project_emit_changed (self);
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
  _gloss_project_emit_changed (self);
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
  _gloss_project_emit_changed (self);
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
  _gloss_project_emit_topic_changed (self, topic);
  _gloss_project_emit_changed (self);
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
  _gloss_project_emit_topic_changed (self, topic);
  _gloss_project_emit_changed (self);
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
  _gloss_project_emit_topic_changed (self, topic);
  _gloss_project_emit_changed (self);
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
  _gloss_project_emit_topic_changed (self, topic);
  _gloss_project_emit_changed (self);
}

/* the sentences rejected as suggestions */

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
  _gloss_project_emit_changed (self);
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
  _gloss_project_emit_changed (self);
}
