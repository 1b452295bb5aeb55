#include "config.h"

#include <string.h>

#include "gloss-source.h"

struct _GlossSource
{
  gatomicrefcount ref_count;
  char *url;
  char *title;
  char *accessed;
};

G_DEFINE_BOXED_TYPE (GlossSource, gloss_source, gloss_source_ref, gloss_source_unref)

GlossSource *
gloss_source_new (const char *url,
                  const char *title,
                  const char *accessed)
{
  GlossSource *self;

  g_return_val_if_fail (url != NULL && *url != '\0', NULL);

  self = g_new0 (GlossSource, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->url = g_strdup (url);
  self->title = g_strdup (title != NULL ? title : "");
  self->accessed = g_strdup (accessed != NULL ? accessed : "");

  return self;
}

GlossSource *
gloss_source_ref (GlossSource *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
gloss_source_unref (GlossSource *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->url);
  g_free (self->title);
  g_free (self->accessed);
  g_free (self);
}

const char *
gloss_source_get_url (const GlossSource *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->url;
}

const char *
gloss_source_get_title (const GlossSource *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

const char *
gloss_source_get_accessed (const GlossSource *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->accessed;
}

const char *
gloss_source_get_label (const GlossSource *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return *self->title != '\0' ? self->title : self->url;
}

gboolean
gloss_source_equal (const GlossSource *a,
                    const GlossSource *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a == b
         || (strcmp (a->url, b->url) == 0
             && strcmp (a->title, b->title) == 0
             && strcmp (a->accessed, b->accessed) == 0);
}

gboolean
gloss_source_is_web_link (const GlossSource *self)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  g_return_val_if_fail (self != NULL, FALSE);

  uri = g_uri_parse (self->url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;

  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
    return FALSE;

  return g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0';
}

gboolean
gloss_sources_equal (GPtrArray *a,
                     GPtrArray *b)
{
  guint n_a = a != NULL ? a->len : 0;
  guint n_b = b != NULL ? b->len : 0;

  if (n_a != n_b)
    return FALSE;

  for (guint i = 0; i < n_a; i++)
    if (!gloss_source_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
      return FALSE;

  return TRUE;
}

GPtrArray *
gloss_sources_copy (GPtrArray *sources)
{
  guint n = sources != NULL ? sources->len : 0;
  GPtrArray *copy = g_ptr_array_new_full (n, (GDestroyNotify) gloss_source_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (copy, gloss_source_ref (g_ptr_array_index (sources, i)));

  return copy;
}
