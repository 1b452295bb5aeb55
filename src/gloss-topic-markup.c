#include "config.h"

#include "gloss-topic-markup.h"

#define DOT "\xe2\x97\x8f"
#define NBSP "\xc2\xa0"
#define FALLBACK_COLOR "#9a9996"

static const char *
topic_color (GlossTopic *topic)
{
  const char *color = gloss_topic_get_color (topic);

  return gloss_color_is_valid (color) ? color : FALLBACK_COLOR;
}

char *
gloss_topic_markup_dot (GlossTopic *topic)
{
  g_return_val_if_fail (GLOSS_IS_TOPIC (topic), NULL);

  return g_strdup_printf ("<span foreground=\"%s\">" DOT "</span>", topic_color (topic));
}

char *
gloss_topic_markup_claim (GlossProject *project,
                          GlossClaim   *claim,
                          gboolean      keep_names_whole)
{
  const char * const *ids;
  GString *markup;

  g_return_val_if_fail (GLOSS_IS_PROJECT (project), NULL);
  g_return_val_if_fail (GLOSS_IS_CLAIM (claim), NULL);

  ids = gloss_claim_get_topics (claim);
  markup = g_string_new (NULL);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      GlossTopic *topic = gloss_project_lookup_topic (project, ids[i]);
      g_autofree char *dot = NULL;
      g_autoptr(GString) name = NULL;

      if (topic == NULL)
        continue;

      name = g_string_new (NULL);
      {
        g_autofree char *escaped = g_markup_escape_text (gloss_topic_get_name (topic), -1);

        g_string_append (name, escaped);
      }
      if (keep_names_whole)
        g_string_replace (name, " ", NBSP, 0);

      dot = gloss_topic_markup_dot (topic);
      if (markup->len > 0)
        g_string_append (markup, "  ");
      /* the dot carries the topic colour; the name stays in the theme colour */
      g_string_append_printf (markup, "%s" NBSP "%s", dot, name->str);
    }

  return g_string_free (markup, FALSE);
}
