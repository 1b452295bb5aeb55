/* The default topics of a new project are named in the user's language;
 * a saved project keeps the names it was saved with. */
#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "gloss-project.h"
#include "gloss-project-file.h"

typedef struct
{
  const char *language;
  const char *names[3];
} ExpectedNames;

/* must match po/<language>.po */
static const ExpectedNames expected[] = {
  { "de",    { "5G", "Impfstoffe", "Grüne Fertigung" } },
  { "es",    { "5G", "Vacunas", "Fabricación verde" } },
  { "fr",    { "5G", "Vaccins", "Fabrication verte" } },
  { "ja",    { "5G", "ワクチン", "グリーン製造" } },
  { "zh_CN", { "5G", "疫苗", "绿色制造" } },
};

static const char *english[] = { "5G", "Vaccines", "Green manufacturing" };

static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  /* setlocale() invalidates gettext's cache of translations already looked up */
  setlocale (LC_ALL, "");
}

static GlossProject *
new_project (void)
{
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new ("Q: How many 5G base stations?\n", -1);

  return gloss_project_new (transcript);
}

static void
assert_topic_names (GlossProject       *project,
                    const char * const *names)
{
  g_assert_cmpuint (gloss_project_get_n_topics (project), ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (gloss_topic_get_name (gloss_project_get_topic (project, i)), ==, names[i]);
}

static void
test_topics_untranslated (void)
{
  g_autoptr(GlossProject) project = NULL;

  use_language ("");
  project = new_project ();
  assert_topic_names (project, english);
}

static void
test_topics_translated (gconstpointer data)
{
  const ExpectedNames *e = data;
  g_autoptr(GlossProject) project = NULL;

  use_language (e->language);
  project = new_project ();
  assert_topic_names (project, e->names);
  /* ids and shortcut keys do not depend on the language */
  g_assert_cmpstr (gloss_topic_get_id (gloss_project_get_topic (project, 1)), ==, "vaccines");
  g_assert_nonnull (gloss_project_lookup_topic_by_key (project, "3"));
  use_language ("");
}

static void
test_saved_names_kept (void)
{
  g_autoptr(GlossProject) saved = NULL;
  g_autoptr(GlossProject) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data;

  use_language ("");
  saved = new_project ();
  bytes = gloss_project_file_to_bytes (saved);
  data = g_bytes_get_data (bytes, &size);

  use_language ("de");
  loaded = gloss_project_file_load_data (data, size, "english.gloss", &error);
  g_assert_no_error (error);
  assert_topic_names (loaded, english);
  use_language ("");
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("GLOSS_LOCALEDIR");

  g_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "");
  if (localedir != NULL && localedir[0] != '\0')
    bindtextdomain (GETTEXT_PACKAGE, localedir);
  else
    bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/i18n/topics/untranslated", test_topics_untranslated);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *path = g_strdup_printf ("/i18n/topics/%s", expected[i].language);

      g_test_add_data_func (path, &expected[i], test_topics_translated);
    }
  g_test_add_func ("/i18n/topics/saved-names-kept", test_saved_names_kept);

  return g_test_run ();
}
