#include "config.h"

#include "gloss-topic.h"

static void
test_topic_make_id (void)
{
  static const struct {
    const char *name;
    const char *id;
  } cases[] = {
    { "Green manufacturing", "green-manufacturing" },
    { "5G", "5g" },
    { "  Vaccines!  ", "vaccines" },
    { "R&D -- spending / GDP", "r-d-spending-gdp" },
    { "Café Économie", "caf-conomie" },
    { "疫苗", "topic" },
    { "", "topic" },
    { "---", "topic" },
    { "5G 基站 stations", "5g-stations" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *id = gloss_topic_make_id (cases[i].name);

      g_assert_cmpstr (id, ==, cases[i].id);
    }
}

static void
test_topic_color (void)
{
  g_assert_true (gloss_color_is_valid ("#3584e4"));
  g_assert_true (gloss_color_is_valid ("#ABCDEF"));
  g_assert_false (gloss_color_is_valid ("3584e4"));
  g_assert_false (gloss_color_is_valid ("#3584e"));
  g_assert_false (gloss_color_is_valid ("#3584e4f"));
  g_assert_false (gloss_color_is_valid ("#3584g4"));
  g_assert_false (gloss_color_is_valid ("blue"));
  g_assert_false (gloss_color_is_valid (""));
  g_assert_false (gloss_color_is_valid (NULL));
}

static void
test_topic_invalid_color (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GlossTopic) topic = gloss_topic_new ("a", "A", "#123456");

      gloss_topic_set_color (topic, "red");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*gloss_color_is_valid*");
}

static void
test_topic_properties (void)
{
  g_autoptr(GlossTopic) topic = gloss_topic_new ("vaccines", "Vaccines", NULL);
  const char *keywords[] = { "vaccine", "doses", NULL };
  g_autofree char *id = NULL;
  g_auto(GStrv) got_keywords = NULL;

  g_assert_cmpstr (gloss_topic_get_id (topic), ==, "vaccines");
  g_assert_cmpstr (gloss_topic_get_name (topic), ==, "Vaccines");
  g_assert_true (gloss_color_is_valid (gloss_topic_get_color (topic)));
  g_assert_cmpstr (gloss_topic_get_key (topic), ==, "");
  g_assert_nonnull (gloss_topic_get_keywords (topic));
  g_assert_null (gloss_topic_get_keywords (topic)[0]);

  gloss_topic_set_keywords (topic, keywords);
  g_object_get (topic, "id", &id, "keywords", &got_keywords, NULL);
  g_assert_cmpstr (id, ==, "vaccines");
  g_assert_true (g_strv_equal ((const char * const *) got_keywords, keywords));

  gloss_topic_set_keywords (topic, NULL);
  g_assert_null (gloss_topic_get_keywords (topic)[0]);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          GString    *log)
{
  g_string_append_printf (log, "%s;", pspec->name);
}

static void
test_topic_notify (void)
{
  g_autoptr(GlossTopic) topic = gloss_topic_new ("5g", "5G", "#3584e4");
  g_autoptr(GString) log = g_string_new (NULL);
  const char *keywords[] = { "5G", NULL };
  const char *same_keywords[] = { "5G", NULL };

  g_signal_connect (topic, "notify", G_CALLBACK (count_cb), log);

  gloss_topic_set_name (topic, "5G");
  gloss_topic_set_color (topic, "#3584e4");
  gloss_topic_set_key (topic, "");
  gloss_topic_set_keywords (topic, NULL);
  g_assert_cmpstr (log->str, ==, "");

  gloss_topic_set_name (topic, "5G networks");
  gloss_topic_set_color (topic, "#e01b24");
  gloss_topic_set_key (topic, "1");
  gloss_topic_set_keywords (topic, keywords);
  gloss_topic_set_keywords (topic, same_keywords);
  g_object_set (topic, "name", "5G networks", NULL);
  g_assert_cmpstr (log->str, ==, "name;color;key;keywords;");
  g_assert_cmpstr (gloss_topic_get_name (topic), ==, "5G networks");
  g_assert_cmpstr (gloss_topic_get_color (topic), ==, "#e01b24");
  g_assert_cmpstr (gloss_topic_get_key (topic), ==, "1");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/topic/make-id", test_topic_make_id);
  g_test_add_func ("/topic/color", test_topic_color);
  g_test_add_func ("/topic/invalid-color", test_topic_invalid_color);
  g_test_add_func ("/topic/properties", test_topic_properties);
  g_test_add_func ("/topic/notify", test_topic_notify);

  return g_test_run ();
}
