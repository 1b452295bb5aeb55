#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "gloss-application.h"
#include "gloss-environment.h"
#include "gloss-export-pdf.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GlossApplication) app = NULL;
  const char *localedir = g_getenv ("GLOSS_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir && *localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GSettingsSchema) schema = gloss_environment_lookup_schema (&error);

    if (schema == NULL)
      {
        g_printerr ("gloss: %s\n", error->message);
        return 1;
      }
  }

  gloss_export_pdf_register ();
  app = gloss_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
