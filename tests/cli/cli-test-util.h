#pragma once

#include <glib.h>

#include "test-util.h"

/* gloss-cli, run as a user runs it, in a scratch folder: what the command
 * line tests share. */

typedef struct
{
  int status;
  GBytes *out_bytes;  /* standard output as written (it may be binary) */
  char *out;          /* the same, NUL-terminated */
  char *err;
} CliResult;

void cli_result_clear (CliResult *result);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliResult, cli_result_clear)

/* g_test_init(), the gloss-cli to run (the first argument, or $GLOSS_CLI),
 * and a scratch folder gloss-@name-XXXXXX, the commands' working folder */
void        cli_test_init      (int         *argc,
                                char      ***argv,
                                const char  *name);

const char *cli_test_cli_path  (void);
const char *cli_test_tmp_dir   (void);

/* @name in the scratch folder */
char       *cli_test_tmp_path  (const char *name);

/* runs gloss-cli with @args in the scratch folder, and asserts it exited
 * (a crash or a sanitizer abort is never an acceptable outcome) */
void        cli_test_run_argv  (CliResult          *result,
                                const char * const *args);
void        cli_test_run       (CliResult          *result,
                                const char         *first,
                                ...) G_GNUC_NULL_TERMINATED;

/* runs the tests, then removes the scratch folder */
int         cli_test_finish    (void);
