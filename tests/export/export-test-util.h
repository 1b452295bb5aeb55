#pragma once

#include <json-glib/json-glib.h>

#include "gloss-export-format.h"

G_BEGIN_DECLS

/* The export tests' fixture: a small briefing, written for these tests,
 * holding every awkward thing a project may: commas, quotes, newlines,
 * markup, formula prefixes, CJK, a question without an outlet line. */

typedef struct
{
  const char *id;
  const char *quote;
  const char *topics[3];
  const char *note;
  const char *author;
  const char *created;
  const char *modified;
  /* NULL: unchecked */
  const char *status;
  /* up to two sources: URL (or citation), title, access date */
  const char *sources[2][3];
} FixtureClaim;

#define N_FIXTURE_CLAIMS 9

extern const char fixture_text[];
extern const FixtureClaim fixture_claims[N_FIXTURE_CLAIMS];

/* the code-point offset of @needle, which occurs once in @text */
guint               find_offset          (const char         *text,
                                          const char         *needle);
guint               add_turn             (GlossTranscript    *transcript,
                                          GlossTurnKind       kind,
                                          const char         *first,
                                          const char         *last,
                                          const char         *speaker,
                                          const char         *outlet,
                                          int                 answers);
GlossClaim         *make_claim           (GlossTranscript    *transcript,
                                          const FixtureClaim *fc);
void                add_topic            (GlossProject       *project,
                                          const char         *id,
                                          const char         *name,
                                          const char         *color);
GlossProject       *make_fixture         (void);
const FixtureClaim *lookup_fixture_claim (const char         *id);
/* gives the fixture's first claim a conflicting version, as a 3-way merge
 * would: topic "industry", a two-line note, author "Tom Reed"; returns it */
GlossClaim         *add_fixture_conflict (GlossProject       *project);

/* the format of @id, which must exist */
const GlossExportFormat *
                    export_format        (const char         *id);
/* the export as a string, asserted to be valid UTF-8 */
char               *export_string        (GlossProject       *project,
                                          GListModel         *claims,
                                          const char         *format_id,
                                          GlossExportFlags    flags,
                                          gsize              *length);

/* soffice (or libreoffice) from $PATH; NULL when not installed */
char               *find_libreoffice     (void);
/* LibreOffice @soffice, headless with its profile in @profile_dir, converts
 * the NULL-terminated @inputs to CSV (comma, double quote, UTF-8) in
 * @out_dir; @infilter (or NULL) reads the inputs. Fails the test when it fails. */
void                libreoffice_to_csv   (const char         *soffice,
                                          const char         *profile_dir,
                                          const char         *infilter,
                                          const char         *out_dir,
                                          const char * const *inputs);

/* RFC 4180; @lenient accepts LF alone as a record end (LibreOffice on Linux).
 * Rows are NULL-terminated string arrays. */
GPtrArray          *parse_csv            (const char         *data,
                                          gsize               length,
                                          gboolean            lenient);
/* undoes the exporter's neutralising apostrophe */
const char         *unneutralise         (const char         *cell);
gboolean            is_dangerous         (const char         *cell);
char               *format_utc           (const char         *iso);

JsonNode           *parse_json           (const char         *data);
/* the member must be present; NULL when it is null */
const char         *nullable_string      (JsonObject         *object,
                                          const char         *member);

/* every '<' opens a tag we emit, and elements nest properly */
void                check_html_structure (const char         *html);
char               *html_escape_text     (const char         *text);
guint               count_occurrences    (const char         *haystack,
                                          const char         *needle);
/* removes CommonMark backslash escapes */
char               *md_unescape          (const char         *text);

/* The fixture with an original text (Chinese) holding two claims, one in
 * an answer and one in an outlet's question, and an orphan on the
 * transcript ("Good morning.", revised away). */
#define ORIGINAL_ANSWER_ID   "00000000-0000-4000-8000-0000000000b1"
#define ORIGINAL_QUESTION_ID "00000000-0000-4000-8000-0000000000b2"
#define ORPHAN_ID            "00000000-0000-4000-8000-0000000000a1"

extern const char original_text[];

GlossProject       *make_bilingual_fixture (void);

G_END_DECLS
