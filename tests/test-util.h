#pragma once

#include <glib.h>

#include "gloss-project.h"
#include "gloss-transcript.h"

/* What the tests of every suite (core, formats, exports, command line,
 * window) share: scratch folders, made one way and removed one way so
 * that no test leaves files behind, and texts made or read for a test. */

/* a new empty folder gloss-@name-XXXXXX in the system's temporary folder */
char *test_util_make_tmp_dir (const char *name);

/* removes @path and everything under it; a symbolic link is removed, never followed */
void  test_util_remove_tree  (const char *path);

/* @text with its first @from replaced by @to; asserts @from is there */
char            *test_util_replace_once (const char *text,
                                         const char *from,
                                         const char *to);

/* @text imported as the file @name would be, as @format_id (NULL: by
 * sniffing); asserts it imports */
GlossTranscript *test_util_import       (const char *text,
                                         const char *name,
                                         const char *format_id);

/* tests/data/@folder/@name, imported; asserts it imports */
GlossTranscript *test_util_import_data_file (const char *folder,
                                             const char *name);

/* g_test_init() with --seed=@seed added unless the command line gives a
 * seed: the same random texts and edits on every run */
void             test_util_init_seeded  (int         *argc,
                                         char      ***argv,
                                         const char  *seed);

/* gives @project @original, paired with its transcript turn by turn and
 * paragraph by paragraph (one paragraph a turn): the texts have as many turns */
void             test_util_set_original_by_turn (GlossProject    *project,
                                                 GlossTranscript *original);

/* The project two annotators start from in the team tests (merge, compare,
 * conflicts): TEST_UTIL_TEAM_TEXT, topics "dam" and "cost", claims "c1" on
 * "We built the dam" (17-33) and "c2" on "It cost a lot" (40-53), by Ana;
 * with @with_turns, the header, two turns and the footer too. */
#define TEST_UTIL_TEAM_TEXT "Header line\nAna: We built the dam.\nBen: It cost a lot.\nEnd\n"

GlossProject    *test_util_team_project (gboolean with_turns);

/* the code-point offset in @transcript of the first @needle, which must be there */
guint            test_util_offset_of    (GlossTranscript *transcript,
                                         const char      *needle);
