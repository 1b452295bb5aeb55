#pragma once

#include <glib.h>

/* Scratch folders for the tests, shared by every suite (core, formats,
 * exports, command line, window): one way to make them and one to remove
 * them, so that no test leaves files behind. */

/* a new empty folder gloss-@name-XXXXXX in the system's temporary folder */
char *test_util_make_tmp_dir (const char *name);

/* removes @path and everything under it; a symbolic link is removed, never followed */
void  test_util_remove_tree  (const char *path);
