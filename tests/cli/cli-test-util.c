#include "config.h"

#include <gio/gio.h>

#include "cli-test-util.h"

static char *cli_path;
static char *tmp_dir;

void
cli_result_clear (CliResult *result)
{
  g_clear_pointer (&result->out_bytes, g_bytes_unref);
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

void
cli_test_init (int         *argc,
               char      ***argv,
               const char  *name)
{
  g_test_init (argc, argv, NULL);

  if (*argc > 1)
    cli_path = g_canonicalize_filename ((*argv)[1], NULL);
  else if (g_getenv ("GLOSS_CLI") != NULL)
    cli_path = g_canonicalize_filename (g_getenv ("GLOSS_CLI"), NULL);
  else
    g_error ("usage: %s PATH-TO-GLOSS-CLI (or set GLOSS_CLI)", g_get_prgname ());

  tmp_dir = test_util_make_tmp_dir (name);
}

const char *
cli_test_cli_path (void)
{
  return cli_path;
}

const char *
cli_test_tmp_dir (void)
{
  return tmp_dir;
}

char *
cli_test_tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static char *
bytes_to_string (GBytes *bytes)
{
  gsize length = 0;
  const char *data = bytes != NULL ? g_bytes_get_data (bytes, &length) : NULL;

  return length > 0 ? g_strndup (data, length) : g_strdup ("");
}

void
cli_test_run_argv (CliResult          *result,
                   const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (gpointer) cli_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, tmp_dir);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, NULL, NULL, &result->out_bytes, &err, &error);
  g_assert_no_error (error);

  /* a crash or a sanitizer abort is never an acceptable outcome */
  g_assert_true (g_subprocess_get_if_exited (process));
  result->status = g_subprocess_get_exit_status (process);
  result->out = bytes_to_string (result->out_bytes);
  result->err = bytes_to_string (err);
}

void
cli_test_run (CliResult  *result,
              const char *first,
              ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  cli_test_run_argv (result, (const char * const *) args->pdata);
}

int
cli_test_finish (void)
{
  int status = g_test_run ();

  test_util_remove_tree (tmp_dir);
  g_clear_pointer (&tmp_dir, g_free);
  g_clear_pointer (&cli_path, g_free);

  return status;
}
