#pragma once

#include "gloss-import-format.h"

G_BEGIN_DECLS

/* tests/data/transcripts/NAME */
char            *import_test_fixture_path (const char      *name);
/* data/sample-briefing.txt */
char            *import_test_sample_path  (void);
/* the real corpus (GLOSS_CORPUS_DIR), or NULL when absent */
char            *import_test_corpus_path  (void);

/* import or fail the test; turns are listed with --verbose */
GlossTranscript *import_test_path         (const char      *path);
GlossTranscript *import_test_fixture      (const char      *name);
GlossTranscript *import_test_string       (const char      *text);
GlossTranscript *import_test_data         (const char      *data,
                                           gsize            length,
                                           const char      *name);

void             import_test_dump_turns   (GlossTranscript *transcript);
char            *import_test_turn_text    (GlossTranscript *transcript,
                                           guint            index);
void             import_test_assert_turn  (GlossTranscript *transcript,
                                           guint            index,
                                           GlossTurnKind    kind,
                                           const char      *speaker,
                                           const char      *outlet,
                                           int              answers,
                                           const char      *prefix);
/* Invariants every import keeps: turns in order, not overlapping, each
 * starting and ending on non-blank text, only blank text between them,
 * the header first and the footer last, answers pointing back at
 * questions. */
void             import_test_assert_spans (GlossTranscript *transcript);
guint            import_test_count_kind   (GlossTranscript *transcript,
                                           GlossTurnKind    kind);
/* the longest line of the text, in characters */
guint            import_test_longest_line (GlossTranscript *transcript);

G_END_DECLS

G_BEGIN_DECLS

/* ZIP archives made in memory with libarchive, for the archive formats'
 * tests: entries are added in order; @store leaves them uncompressed */
typedef struct _ImportTestZip ImportTestZip;

ImportTestZip   *import_test_zip_new      (gboolean         store);
void             import_test_zip_add      (ImportTestZip   *zip,
                                           const char      *name,
                                           const char      *data,
                                           gssize           length);
GBytes          *import_test_zip_finish   (ImportTestZip   *zip);
/* the bytes of tests/data/transcripts/NAME */
GBytes          *import_test_fixture_bytes (const char     *name);

G_END_DECLS
