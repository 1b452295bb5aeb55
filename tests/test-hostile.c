/* Hostile input: every malformed project or transcript is refused with the
 * error a user can act on, quickly, without a crash or a leak. */

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "gloss-import-format.h"
#include "gloss-project-file.h"

#define PROJECT_NAME    "hostile.gloss"
#define TRANSCRIPT_NAME "hostile.txt"

/* each case must be refused this fast: large inputs by their size, before
 * anything is read */
#define MAX_CASE_USEC (2 * G_USEC_PER_SEC)

/* Offsets count code points: "ë" makes them differ from byte offsets. */
#define BASE_PROJECT \
  "{\n" \
  "  \"format\": \"gloss-project\",\n" \
  "  \"version\": 1,\n" \
  "  \"transcript\": {\n" \
  "    \"title\": \"Water briefing\",\n" \
  "    \"date\": \"2024-03-03\",\n" \
  "    \"language\": \"en\",\n" \
  "    \"source\": \"water.txt\",\n" \
  "    \"text\": \"Zo\u00eb Ruiz:\\nWe laid 1,250 km of pipe.\\nBen Okafor:\\nIt cost 48.6 million.\\n\",\n" \
  "    \"turns\": [\n" \
  "      { \"start\": 0, \"end\": 36, \"speaker\": \"Zo\u00eb Ruiz\", \"kind\": \"remarks\" },\n" \
  "      { \"start\": 36, \"end\": 70, \"speaker\": \"Ben Okafor\", \"kind\": \"remarks\" }\n" \
  "    ],\n" \
  "    \"participants\": [ { \"name\": \"Zo\u00eb Ruiz\", \"role\": \"spokesperson\" } ]\n" \
  "  },\n" \
  "  \"topics\": [\n" \
  "    { \"id\": \"water\", \"name\": \"Water\", \"color\": \"#3584e4\", \"key\": \"1\", \"keywords\": [ \"pipe\" ] },\n" \
  "    { \"id\": \"budget\", \"name\": \"Budget\", \"color\": \"#e66100\", \"key\": \"2\", \"keywords\": [] }\n" \
  "  ],\n" \
  "  \"claims\": [\n" \
  "    {\n" \
  "      \"id\": \"c1\", \"start\": 18, \"end\": 34,\n" \
  "      \"quote\": \"1,250 km of pipe\",\n" \
  "      \"prefix\": \"Zo\u00eb Ruiz:\\nWe laid \",\n" \
  "      \"suffix\": \".\\nBen Okafor:\\nIt cost 48.6 milli\",\n" \
  "      \"topics\": [ \"water\" ], \"note\": \"\", \"author\": \"\",\n" \
  "      \"created\": \"2024-03-03T09:00:00Z\", \"modified\": \"2024-03-03T09:00:00Z\"\n" \
  "    },\n" \
  "    {\n" \
  "      \"id\": \"c2\", \"start\": 56, \"end\": 68,\n" \
  "      \"quote\": \"48.6 million\",\n" \
  "      \"prefix\": \"km of pipe.\\nBen Okafor:\\nIt cost \",\n" \
  "      \"suffix\": \".\\n\",\n" \
  "      \"topics\": [ \"water\", \"budget\" ], \"note\": \"\", \"author\": \"\",\n" \
  "      \"created\": \"2024-03-03T09:00:00Z\", \"modified\": \"2024-03-03T09:00:00Z\"\n" \
  "    }\n" \
  "  ]\n" \
  "}\n"

/* Version 2: the same transcript with an original of its own writing, an
 * alignment, a claim on the original and an orphan. */
#define BASE_PROJECT_V2 \
  "{\n" \
  "  \"format\": \"gloss-project\",\n" \
  "  \"version\": 2,\n" \
  "  \"transcript\": {\n" \
  "    \"title\": \"Water briefing\",\n" \
  "    \"language\": \"en\",\n" \
  "    \"text\": \"Zo\u00eb Ruiz:\\nWe laid 1,250 km of pipe.\\nBen Okafor:\\nIt cost 48.6 million.\\n\",\n" \
  "    \"turns\": [\n" \
  "      { \"start\": 0, \"end\": 36, \"speaker\": \"Zo\u00eb Ruiz\", \"kind\": \"remarks\" },\n" \
  "      { \"start\": 36, \"end\": 70, \"speaker\": \"Ben Okafor\", \"kind\": \"remarks\" }\n" \
  "    ]\n" \
  "  },\n" \
  "  \"original\": {\n" \
  "    \"title\": \"供水发布会\",\n" \
  "    \"date\": \"2024-03-03\",\n" \
  "    \"language\": \"zh\",\n" \
  "    \"text\": \"鲁伊斯：\\n我们铺设了一千二百五十公里管道。\\n奥卡福：\\n花费了四千八百六十万元。\\n\",\n" \
  "    \"turns\": [\n" \
  "      { \"start\": 0, \"end\": 22, \"speaker\": \"鲁伊斯\", \"kind\": \"remarks\" },\n" \
  "      { \"start\": 22, \"end\": 40, \"speaker\": \"奥卡福\", \"kind\": \"remarks\" }\n" \
  "    ]\n" \
  "  },\n" \
  "  \"alignment\": {\n" \
  "    \"turns\": [ { \"transcript\": [ 0 ], \"original\": [ 0 ] }, { \"transcript\": [ 1 ], \"original\": [ 1 ] } ],\n" \
  "    \"paragraphs\": [ { \"transcript\": [ 10, 35 ], \"original\": [ 5, 21 ] }, { \"transcript\": [ 48, 69 ], \"original\": [ 27, 39 ] } ],\n" \
  "    \"user\": [ { \"transcript\": 1, \"original\": 1, \"linked\": true } ]\n" \
  "  },\n" \
  "  \"topics\": [\n" \
  "    { \"id\": \"water\", \"name\": \"Water\", \"color\": \"#3584e4\", \"key\": \"1\", \"keywords\": [ \"pipe\" ] }\n" \
  "  ],\n" \
  "  \"claims\": [\n" \
  "    {\n" \
  "      \"id\": \"c1\", \"start\": 18, \"end\": 34,\n" \
  "      \"quote\": \"1,250 km of pipe\",\n" \
  "      \"topics\": [ \"water\" ],\n" \
  "      \"created\": \"2024-03-03T09:00:00Z\", \"modified\": \"2024-03-03T09:00:00Z\"\n" \
  "    },\n" \
  "    {\n" \
  "      \"id\": \"c2\", \"start\": 56, \"end\": 68,\n" \
  "      \"quote\": \"48.6 million\",\n" \
  "      \"topics\": [ \"water\" ],\n" \
  "      \"created\": \"2024-03-03T09:00:00Z\", \"modified\": \"2024-03-03T09:05:00Z\",\n" \
  "      \"status\": \"verified\",\n" \
  "      \"sources\": [ { \"url\": \"https://example.org/pipes\", \"title\": \"Pipe report\", \"accessed\": \"2024-03-04\" },\n" \
  "                   { \"url\": \"javascript:alert(1)\" } ]\n" \
  "    },\n" \
  "    {\n" \
  "      \"id\": \"c3\", \"start\": 10, \"end\": 20,\n" \
  "      \"quote\": \"一千二百五十公里管道\",\n" \
  "      \"prefix\": \"鲁伊斯：\\n我们铺设了\",\n" \
  "      \"topics\": [ \"water\" ],\n" \
  "      \"created\": \"2024-03-03T09:00:00Z\", \"modified\": \"2024-03-03T09:00:00Z\",\n" \
  "      \"text\": \"original\"\n" \
  "    },\n" \
  "    {\n" \
  "      \"id\": \"c4\", \"start\": 0, \"end\": 5,\n" \
  "      \"quote\": \"We dug 900 wells\", \"prefix\": \"\", \"suffix\": \"\",\n" \
  "      \"topics\": [ \"water\" ],\n" \
  "      \"created\": \"2024-03-03T09:00:00Z\", \"modified\": \"2024-03-03T09:00:00Z\",\n" \
  "      \"orphaned\": true, \"previous_quote\": \"We dug 800 wells\"\n" \
  "    }\n" \
  "  ]\n" \
  "}\n"

typedef enum
{
  TARGET_PROJECT,
  TARGET_TRANSCRIPT,
} Target;

typedef GBytes *(*MakeBytes) (void);
typedef GFile *(*MakeFile) (const char *tmpdir);

typedef struct
{
  const char *name;
  Target target;
  /* exactly one way to make the input: */
  const char *bytes;       /* inline, @length bytes (-1: up to the NUL) */
  gssize length;
  const char *find;        /* BASE_PROJECT (BASE_PROJECT_V2 with @v2) with */
  const char *replace;     /* @find replaced by @replace */
  gboolean v2;
  MakeBytes make_bytes;    /* a generated buffer */
  MakeFile make_file;      /* a path, loaded from disk */
  /* the error it must give */
  int code;
  const char *substring;   /* in the message, after the file name */
} HostileCase;

static GBytes *
make_deep_arrays (void)
{
  const guint depth = 100000;
  GString *s = g_string_sized_new (2 * depth);

  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, ']');

  return g_string_free_to_bytes (s);
}

static GBytes *
make_deep_objects (void)
{
  const guint depth = 100000;
  GString *s = g_string_sized_new (7 * depth);

  for (guint i = 0; i < depth; i++)
    g_string_append (s, "{\"a\":");
  g_string_append (s, "1");
  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, '}');

  return g_string_free_to_bytes (s);
}

/* unclosed: the scanner must not recurse or read past the end either */
static GBytes *
make_deep_unclosed (void)
{
  const guint depth = 100000;
  GString *s = g_string_sized_new (depth);

  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, i % 2 ? '[' : '{');

  return g_string_free_to_bytes (s);
}

/* a real project whose "claims" member hides one level too many */
static GBytes *
make_just_too_deep (void)
{
  GString *s = g_string_new (BASE_PROJECT);
  GString *nested = g_string_new ("\"claims\": ");

  /* the root object is level 1 */
  for (guint i = 1; i < GLOSS_PROJECT_FILE_MAX_DEPTH + 1; i++)
    g_string_append_c (nested, '[');
  for (guint i = 1; i < GLOSS_PROJECT_FILE_MAX_DEPTH + 1; i++)
    g_string_append_c (nested, ']');
  g_string_append (nested, ", \"unused\": ");
  g_string_replace (s, "\"claims\": ", nested->str, 1);
  g_string_free (nested, TRUE);

  return g_string_free_to_bytes (s);
}

/* one source more than a claim may have, each of them valid */
static GBytes *
make_many_sources (void)
{
  GString *s = g_string_new (BASE_PROJECT_V2);
  GString *sources = g_string_new ("\"sources\": [");

  for (guint i = 0; i < GLOSS_CLAIM_MAX_SOURCES + 1; i++)
    g_string_append_printf (sources, "%s{ \"url\": \"https://example.org/%u\" }", i > 0 ? ", " : "", i);
  g_string_append (sources, "], \"unused\": [");
  g_string_replace (s, "\"sources\": [", sources->str, 1);
  g_string_free (sources, TRUE);

  return g_string_free_to_bytes (s);
}

static GBytes *
make_truncated (void)
{
  return g_bytes_new (BASE_PROJECT, strlen (BASE_PROJECT) / 2);
}

/* the file stops in the middle of the title string */
static GBytes *
make_truncated_in_string (void)
{
  const char *at = strstr (BASE_PROJECT, "Water briefing");

  return g_bytes_new (BASE_PROJECT, (gsize) (at - BASE_PROJECT) + 5);
}

static GBytes *
make_truncated_in_escape (void)
{
  const char *at = strstr (BASE_PROJECT, "Water briefing");
  GString *s = g_string_new_len (BASE_PROJECT, at - BASE_PROJECT);

  g_string_append (s, "Water \\u00");

  return g_string_free_to_bytes (s);
}

/* between members, where only the closing brackets are missing */
static GBytes *
make_truncated_after_member (void)
{
  const char *at = strstr (BASE_PROJECT, "\"claims\"");

  return g_bytes_new (BASE_PROJECT, (gsize) (at - BASE_PROJECT));
}

static GBytes *
make_garbage (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (6);
  guint8 *data = g_malloc (4096);

  for (guint i = 0; i < 4096; i++)
    data[i] = g_rand_int_range (rand, 0, 256);

  return g_bytes_new_take (data, 4096);
}

/* ASCII control characters only: valid UTF-8, not JSON */
static GBytes *
make_control_garbage (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint8 *data = g_malloc (4096);

  for (guint i = 0; i < 4096; i++)
    data[i] = g_rand_int_range (rand, 1, 32);

  return g_bytes_new_take (data, 4096);
}

static GBytes *
make_nul_in_project (void)
{
  GByteArray *array = g_byte_array_new ();
  const char *base = BASE_PROJECT;
  const char *at = strstr (base, "We laid");

  g_byte_array_append (array, (const guint8 *) base, at - base);
  g_byte_array_append (array, (const guint8 *) "", 1);
  g_byte_array_append (array, (const guint8 *) at, strlen (at));

  return g_byte_array_free_to_bytes (array);
}

/* a long transcript with one bad byte far from the start, so the message must
 * give the real offset */
static GBytes *
make_late_invalid_transcript (void)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < 10000; i++)
    g_string_append (s, "Speaker:\nA line of text.\n");
  g_string_append_c (s, '\xff');
  g_string_append (s, "tail\n");

  return g_string_free_to_bytes (s);
}

static GBytes *
replace_once (const char *base,
              const char *find,
              const char *replace)
{
  GString *s = g_string_new (base);
  const char *at = strstr (base, find);

  /* a patch that no longer applies would test the valid base */
  g_assert_nonnull (at);
  g_assert_null (strstr (at + 1, find));
  g_string_replace (s, find, replace, 1);
  return g_string_free_to_bytes (s);
}

/* version 2 without its original and alignment: the claim on the original
 * is left pointing at nothing */
static GBytes *
make_claim_without_original (void)
{
  const char *base = BASE_PROJECT_V2;
  const char *from = strstr (base, "  \"original\": {");
  const char *to = strstr (base, "  \"topics\": [");
  GString *s = g_string_new_len (base, from - base);

  g_string_append (s, to);
  return g_string_free_to_bytes (s);
}

/* 20,000 topics, all on one claim, then one twice: nothing on the way may
 * take time by the square of the count */
#define MANY_TOPICS 20000

static GBytes *
make_many_topics (void)
{
  GString *s = g_string_new ("{\"format\": \"gloss-project\", \"version\": 2,"
                             " \"transcript\": {\"text\": \"abcdef\"}, \"topics\": [");

  for (guint i = 0; i < MANY_TOPICS; i++)
    g_string_append_printf (s, "%s{\"id\": \"t%u\", \"name\": \"T\", \"color\": \"#000000\"}",
                            i > 0 ? ", " : "", i);
  g_string_append (s, "], \"claims\": [{\"id\": \"c\", \"start\": 0, \"end\": 2, \"quote\": \"ab\","
                      " \"created\": \"2024-01-01T00:00:00Z\", \"modified\": \"2024-01-01T00:00:00Z\","
                      " \"topics\": [");
  for (guint i = 0; i < MANY_TOPICS; i++)
    g_string_append_printf (s, "\"t%u\", ", i);
  g_string_append (s, "\"t0\"]}]}");

  return g_string_free_to_bytes (s);
}

static GFile *
make_directory (const char *tmpdir)
{
  g_autofree char *path = g_build_filename (tmpdir, "a-directory.gloss", NULL);

  g_assert_no_errno (g_mkdir (path, 0700));
  return g_file_new_for_path (path);
}

static GFile *
make_dev_zero (const char *tmpdir)
{
  return g_file_new_for_path ("/dev/zero");
}

static GFile *
make_fifo (const char *tmpdir)
{
  g_autofree char *path = g_build_filename (tmpdir, "a-fifo.gloss", NULL);

  g_assert_no_errno (mkfifo (path, 0600));
  return g_file_new_for_path (path);
}

/* 3 GB that cost nothing on disk: reading it would take seconds and memory */
static GFile *
make_sparse_3gb (const char *tmpdir)
{
  g_autofree char *path = g_build_filename (tmpdir, "huge.gloss", NULL);
  int fd;

  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_no_errno (ftruncate (fd, (off_t) 3 * 1024 * 1024 * 1024));
  g_assert_no_errno (close (fd));

  return g_file_new_for_path (path);
}

/* one byte over the limit, also sparse */
static GFile *
make_just_too_large (const char *tmpdir)
{
  g_autofree char *path = g_build_filename (tmpdir, "just-too-large.txt", NULL);
  int fd;

  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_no_errno (ftruncate (fd, (off_t) GLOSS_IMPORT_MAX_SIZE + 1));
  g_assert_no_errno (close (fd));

  return g_file_new_for_path (path);
}

static GFile *
make_missing (const char *tmpdir)
{
  g_autofree char *path = g_build_filename (tmpdir, "no-such-file", NULL);

  return g_file_new_for_path (path);
}

static GFile *
make_unreadable (const char *tmpdir)
{
  g_autofree char *path = g_build_filename (tmpdir, "unreadable", NULL);

  g_assert_true (g_file_set_contents (path, "Speaker:\nText.\n", -1, NULL));
  g_assert_no_errno (g_chmod (path, 0));
  return g_file_new_for_path (path);
}

#define P TARGET_PROJECT
#define T TARGET_TRANSCRIPT
#define E(code) GLOSS_PROJECT_FILE_ERROR_##code
#define I(code) GLOSS_IMPORT_ERROR_##code

static const HostileCase cases[] = {
  /* not JSON at all */
  { "project/empty", P, .bytes = "", .length = 0, .code = E (TRUNCATED), .substring = "file is empty" },
  { "project/whitespace", P, .bytes = " \n\t\r\n ", .length = -1, .code = E (TRUNCATED), .substring = "file is empty" },
  { "project/truncated", P, .make_bytes = make_truncated, .code = E (TRUNCATED), .substring = "line 18, column 55): it is probably truncated" },
  { "project/truncated-in-string", P, .make_bytes = make_truncated_in_string, .code = E (TRUNCATED), .substring = "ends early, in transcript.title (line" },
  { "project/truncated-in-escape", P, .make_bytes = make_truncated_in_escape, .code = E (TRUNCATED), .substring = "ends early, in transcript.title" },
  { "project/truncated-after-member", P, .make_bytes = make_truncated_after_member, .code = E (TRUNCATED), .substring = "ends early" },
  { "project/binary-garbage", P, .make_bytes = make_garbage, .code = E (INVALID_UTF8), .substring = "byte offset 0" },
  { "project/control-garbage", P, .make_bytes = make_control_garbage, .code = E (SYNTAX), .substring = "line 1, column 1" },
  { "project/trailing-garbage", P, .find = "  ]\n}\n", .replace = "  ]\n}\n}", .code = E (SYNTAX), .substring = "line 39" },
  { "project/nan", P, .find = "\"start\": 18", .replace = "\"start\": NaN", .code = E (SYNTAX), .substring = "NaN" },
  { "project/infinity", P, .find = "\"start\": 18", .replace = "\"start\": Infinity", .code = E (SYNTAX), .substring = "Infinity" },
  /* depth */
  { "project/deep-arrays", P, .make_bytes = make_deep_arrays, .code = E (TOO_DEEP), .substring = "deeper than 64" },
  { "project/deep-objects", P, .make_bytes = make_deep_objects, .code = E (TOO_DEEP), .substring = "deeper than 64" },
  { "project/deep-unclosed", P, .make_bytes = make_deep_unclosed, .code = E (TOO_DEEP), .substring = "deeper than 64" },
  { "project/just-too-deep", P, .make_bytes = make_just_too_deep, .code = E (TOO_DEEP), .substring = "line 20" },
  /* encoding */
  { "project/invalid-utf8-in-string", P, .find = "Water briefing", .replace = "Water \xc3\x28 briefing", .code = E (INVALID_UTF8), .substring = "byte offset 85" },
  { "project/invalid-utf8-in-key", P, .find = "\"title\"", .replace = "\"ti\xfftle\"", .code = E (INVALID_UTF8), .substring = "byte offset 72" },
  { "project/nul-byte", P, .make_bytes = make_nul_in_project, .code = E (INVALID_UTF8), .substring = "byte offset 196" },
  { "project/escaped-nul-in-text", P, .find = "48.6 million.\\n\"", .replace = "48.6 million.\\u0000\\n\"", .code = E (INVALID_UTF8), .substring = "transcript.text" },
  { "project/lone-surrogate-escape", P, .find = "48.6 million.\\n\"", .replace = "48.6 million.\\ud800\\n\"", .code = E (INVALID_UTF8), .substring = "transcript.text" },
  { "project/short-u-escape", P, .find = "Water briefing", .replace = "Water \\uc briefing", .code = E (SYNTAX), .substring = "transcript.title" },
  { "project/hex-escape", P, .find = "Water briefing", .replace = "Water \\x41 briefing", .code = E (SYNTAX), .substring = "transcript.title" },
  { "project/octal-escape", P, .find = "Water briefing", .replace = "Water \\377 briefing", .code = E (SYNTAX), .substring = "transcript.title" },
  /* the root */
  { "project/root-array", P, .bytes = "[1, 2, 3]", .length = -1, .code = E (NOT_PROJECT), .substring = "array" },
  { "project/root-string", P, .bytes = "\"gloss-project\"", .length = -1, .code = E (NOT_PROJECT), .substring = "string" },
  { "project/missing-format", P, .find = "\"format\": \"gloss-project\",", .replace = "", .code = E (NOT_PROJECT), .substring = "format" },
  { "project/wrong-format", P, .find = "\"gloss-project\"", .replace = "\"gloss-theme\"", .code = E (NOT_PROJECT), .substring = "gloss-theme" },
  { "project/missing-version", P, .find = "\"version\": 1,", .replace = "", .code = E (VERSION), .substring = "version: missing" },
  { "project/newer-version", P, .find = "\"version\": 1,", .replace = "\"version\": 3,", .code = E (VERSION), .substring = "version 3 is newer than this Gloss supports (2)" },
  { "project/version-0", P, .find = "\"version\": 1,", .replace = "\"version\": 0,", .code = E (VERSION), .substring = "version 0" },
  { "project/version-string", P, .find = "\"version\": 1,", .replace = "\"version\": \"1\",", .code = E (VERSION), .substring = "version: expected an integer" },
  /* members and types */
  { "project/missing-transcript", P, .find = "\"transcript\": {", .replace = "\"transcript-x\": {", .code = E (SCHEMA), .substring = "transcript: missing" },
  { "project/missing-text", P, .find = "\"text\":", .replace = "\"txt\":", .code = E (SCHEMA), .substring = "transcript.text" },
  { "project/null-text", P, .find = "\"text\": \"Zo", .replace = "\"text\": null, \"x\": \"Zo", .code = E (SCHEMA), .substring = "transcript.text" },
  { "project/missing-claim-start", P, .find = "\"start\": 18,", .replace = "", .code = E (SCHEMA), .substring = "claims[0].start" },
  { "project/string-for-int", P, .find = "\"start\": 18", .replace = "\"start\": \"18\"", .code = E (SCHEMA), .substring = "claims[0].start" },
  { "project/float-for-int", P, .find = "\"start\": 18", .replace = "\"start\": 18.5", .code = E (SCHEMA), .substring = "claims[0].start" },
  { "project/object-for-array", P, .find = "\"claims\": [", .replace = "\"claims\": {}, \"x\": [", .code = E (SCHEMA), .substring = "claims" },
  { "project/null-topics", P, .find = "\"topics\": [ \"water\" ]", .replace = "\"topics\": null", .code = E (SCHEMA), .substring = "claims[0].topics" },
  { "project/number-for-topic-id", P, .find = "\"topics\": [ \"water\" ]", .replace = "\"topics\": [ 1 ]", .code = E (SCHEMA), .substring = "claims[0].topics[0]" },
  { "project/bad-color", P, .find = "#3584e4", .replace = "blue", .code = E (SCHEMA), .substring = "topics[0].color" },
  { "project/bad-turn-kind", P, .find = "\"kind\": \"remarks\" },", .replace = "\"kind\": \"monologue\" },", .code = E (SCHEMA), .substring = "transcript.turns[0].kind" },
  /* a turn's media time */
  { "project/turn-time-not-object", P, .find = "\"kind\": \"remarks\" },", .replace = "\"kind\": \"remarks\", \"time\": 5 },", .code = E (SCHEMA), .substring = "transcript.turns[0].time: expected an object, not a number" },
  { "project/turn-time-missing-begin", P, .find = "\"kind\": \"remarks\" },", .replace = "\"kind\": \"remarks\", \"time\": { \"end\": 3 } },", .code = E (SCHEMA), .substring = "transcript.turns[0].time.begin: missing" },
  { "project/turn-time-string", P, .find = "\"kind\": \"remarks\" },", .replace = "\"kind\": \"remarks\", \"time\": { \"begin\": \"00:01\" } },", .code = E (SCHEMA), .substring = "transcript.turns[0].time.begin: expected a number of seconds, not a string" },
  { "project/turn-time-negative", P, .find = "\"kind\": \"remarks\" },", .replace = "\"kind\": \"remarks\", \"time\": { \"begin\": -0.5 } },", .code = E (RANGE), .substring = "transcript.turns[0].time.begin: -0.5 is not a media time" },
  { "project/turn-time-huge", P, .find = "\"kind\": \"remarks\" },", .replace = "\"kind\": \"remarks\", \"time\": { \"begin\": 1e300 } },", .code = E (RANGE), .substring = "transcript.turns[0].time.begin" },
  { "project/turn-time-ends-before-begin", P, .find = "\"kind\": \"remarks\" },", .replace = "\"kind\": \"remarks\", \"time\": { \"begin\": 5, \"end\": 3.25 } },", .code = E (RANGE), .substring = "transcript.turns[0].time: ends (3.250 s) before it begins (5.000 s)" },
  { "project/turn-time-end-not-number", P, .find = "\"kind\": \"remarks\" },", .replace = "\"kind\": \"remarks\", \"time\": { \"begin\": 5, \"end\": true } },", .code = E (SCHEMA), .substring = "transcript.turns[0].time.end: expected a number of seconds, not a boolean" },
  /* numbers */
  { "project/huge-double", P, .find = "\"start\": 18", .replace = "\"start\": 1e400", .code = E (SCHEMA), .substring = "claims[0].start" },
  { "project/huge-integer", P, .find = "\"start\": 18", .replace = "\"start\": 99999999999999999999", .code = E (RANGE), .substring = "claims[0].start" },
  { "project/uint32-wrap", P, .find = "\"start\": 18", .replace = "\"start\": 4294967314", .code = E (RANGE), .substring = "claims[0].start" },
  /* offsets */
  { "project/negative-start", P, .find = "\"start\": 18", .replace = "\"start\": -1", .code = E (RANGE), .substring = "claims[0].start" },
  { "project/reversed", P, .find = "\"start\": 18, \"end\": 34", .replace = "\"start\": 34, \"end\": 18", .code = E (RANGE), .substring = "claims[0]" },
  { "project/empty-span", P, .find = "\"start\": 18, \"end\": 34", .replace = "\"start\": 18, \"end\": 18", .code = E (RANGE), .substring = "claims[0]" },
  { "project/end-past-text", P, .find = "\"start\": 56, \"end\": 68", .replace = "\"start\": 56, \"end\": 71", .code = E (RANGE), .substring = "claims[1].end" },
  { "project/turn-past-text", P, .find = "\"start\": 36, \"end\": 70", .replace = "\"start\": 36, \"end\": 700", .code = E (RANGE), .substring = "transcript.turns[1].end" },
  { "project/turns-overlap", P, .find = "\"start\": 36, \"end\": 70", .replace = "\"start\": 30, \"end\": 70", .code = E (RANGE), .substring = "transcript.turns[1]" },
  /* consistency */
  { "project/quote-mismatch", P, .find = "\"quote\": \"48.6 million\"", .replace = "\"quote\": \"48.9 million\"", .code = E (QUOTE), .substring = "claims[1].quote" },
  { "project/unknown-topic", P, .find = "\"topics\": [ \"water\", \"budget\" ]", .replace = "\"topics\": [ \"water\", \"vaccines\" ]", .code = E (UNKNOWN_TOPIC), .substring = "claims[1].topics[1]" },
  { "project/duplicate-claim-id", P, .find = "\"id\": \"c2\"", .replace = "\"id\": \"c1\"", .code = E (DUPLICATE_ID), .substring = "claims[1].id" },
  { "project/duplicate-topic-id", P, .find = "\"id\": \"budget\"", .replace = "\"id\": \"water\"", .code = E (DUPLICATE_ID), .substring = "topics[1].id" },
  /* version 2: the version, the original */
  { "project/v2/newer-version", P, .v2 = TRUE, .find = "\"version\": 2,", .replace = "\"version\": 3,", .code = E (VERSION), .substring = "version 3 is newer than this Gloss supports (2)" },
  { "project/v2/original-not-object", P, .v2 = TRUE, .find = "\"original\": {", .replace = "\"original\": [], \"x\": {", .code = E (SCHEMA), .substring = "original: expected an object, not an array" },
  { "project/v2/original-missing-text", P, .v2 = TRUE, .find = "\"text\": \"鲁伊斯", .replace = "\"txt\": \"鲁伊斯", .code = E (SCHEMA), .substring = "original.text: missing" },
  { "project/v2/original-bad-date", P, .v2 = TRUE, .find = "\"date\": \"2024-03-03\"", .replace = "\"date\": \"2024-13-03\"", .code = E (SCHEMA), .substring = "original.date: “2024-13-03” is not a date" },
  { "project/v2/original-turn-past-text", P, .v2 = TRUE, .find = "\"start\": 22, \"end\": 40", .replace = "\"start\": 22, \"end\": 41", .code = E (RANGE), .substring = "original.turns[1].end: 41 is past the end of the text (40 characters)" },
  { "project/v2/original-turns-overlap", P, .v2 = TRUE, .find = "\"start\": 22, \"end\": 40", .replace = "\"start\": 20, \"end\": 40", .code = E (RANGE), .substring = "original.turns[1]: starts at 20, before the previous turn ends (22)" },
  { "project/v2/original-bad-turn-kind", P, .v2 = TRUE, .find = "\"奥卡福\", \"kind\": \"remarks\"", .replace = "\"奥卡福\", \"kind\": \"speech\"", .code = E (SCHEMA), .substring = "original.turns[1].kind: unknown kind “speech”" },
  /* the alignment */
  { "project/v2/alignment-not-object", P, .v2 = TRUE, .find = "\"alignment\": {", .replace = "\"alignment\": [], \"x\": {", .code = E (SCHEMA), .substring = "alignment: expected an object, not an array" },
  { "project/v2/alignment-without-original", P, .v2 = TRUE, .find = "\"original\": {", .replace = "\"original-x\": {", .code = E (SCHEMA), .substring = "alignment: there is no “original”" },
  { "project/v2/alignment-turn-out-of-range", P, .v2 = TRUE, .find = "[ 1 ], \"original\": [ 1 ]", .replace = "[ 1 ], \"original\": [ 2 ]", .code = E (RANGE), .substring = "alignment.turns[1].original[0]: there is no turn 2 (“original” has 2 turns)" },
  { "project/v2/alignment-transcript-turn-out-of-range", P, .v2 = TRUE, .find = "\"transcript\": [ 1 ]", .replace = "\"transcript\": [ 7 ]", .code = E (RANGE), .substring = "alignment.turns[1].transcript[0]: there is no turn 7 (“transcript” has 2 turns)" },
  { "project/v2/alignment-turn-negative", P, .v2 = TRUE, .find = "\"transcript\": [ 0 ]", .replace = "\"transcript\": [ -1 ]", .code = E (RANGE), .substring = "alignment.turns[0].transcript[0]: -1 is negative" },
  { "project/v2/alignment-turn-string", P, .v2 = TRUE, .find = "\"transcript\": [ 0 ]", .replace = "\"transcript\": [ \"0\" ]", .code = E (SCHEMA), .substring = "alignment.turns[0].transcript[0]: expected an integer, not a string" },
  { "project/v2/alignment-pair-missing-side", P, .v2 = TRUE, .find = "[ 0 ], \"original\": [ 0 ]", .replace = "[ 0 ]", .code = E (SCHEMA), .substring = "alignment.turns[0].original: missing" },
  { "project/v2/alignment-empty-pair", P, .v2 = TRUE, .find = "[ { \"transcript\": [ 0 ]", .replace = "[ { \"transcript\": [], \"original\": [] }, { \"transcript\": [ 0 ]", .code = E (SCHEMA), .substring = "alignment.turns[0]: an empty pair" },
  { "project/v2/alignment-pairs-out-of-order", P, .v2 = TRUE, .find = "{ \"transcript\": [ 0 ], \"original\": [ 0 ] }, { \"transcript\": [ 1 ], \"original\": [ 1 ] }", .replace = "{ \"transcript\": [ 1 ], \"original\": [ 1 ] }, { \"transcript\": [ 0 ], \"original\": [ 0 ] }", .code = E (RANGE), .substring = "alignment.turns[1].transcript[0]: turn 0 comes after turn 1" },
  { "project/v2/alignment-decreasing-in-pair", P, .v2 = TRUE, .find = "\"transcript\": [ 0 ]", .replace = "\"transcript\": [ 1, 0 ]", .code = E (RANGE), .substring = "alignment.turns[0].transcript[1]: turn 0 comes after turn 1" },
  { "project/v2/alignment-turn-in-two-pairs", P, .v2 = TRUE, .find = "[ 1 ], \"original\": [ 1 ]", .replace = "[ 1 ], \"original\": [ 0 ]", .code = E (DUPLICATE_ID), .substring = "alignment.turns[1].original[0]: turn 0 is already in alignment.turns[0]" },
  { "project/v2/alignment-turn-twice-in-pair", P, .v2 = TRUE, .find = "\"transcript\": [ 0 ]", .replace = "\"transcript\": [ 0, 0 ]", .code = E (DUPLICATE_ID), .substring = "alignment.turns[0].transcript[1]: turn 0 is listed twice in this pair" },
  { "project/v2/alignment-paragraph-past-text", P, .v2 = TRUE, .find = "\"original\": [ 27, 39 ]", .replace = "\"original\": [ 27, 41 ]", .code = E (RANGE), .substring = "alignment.paragraphs[1].original: 41 is past the end of the text (“original” has 40 characters)" },
  { "project/v2/alignment-paragraphs-overlap", P, .v2 = TRUE, .find = "\"transcript\": [ 48, 69 ]", .replace = "\"transcript\": [ 30, 69 ]", .code = E (RANGE), .substring = "alignment.paragraphs[1].transcript: starts at 30, before the previous paragraph ends (35)" },
  { "project/v2/alignment-paragraph-reversed", P, .v2 = TRUE, .find = "\"transcript\": [ 10, 35 ]", .replace = "\"transcript\": [ 35, 10 ]", .code = E (RANGE), .substring = "alignment.paragraphs[0].transcript: start 35 is after end 10" },
  { "project/v2/alignment-paragraph-not-a-span", P, .v2 = TRUE, .find = "\"transcript\": [ 10, 35 ]", .replace = "\"transcript\": [ 10 ]", .code = E (SCHEMA), .substring = "alignment.paragraphs[0].transcript: expected a span of two numbers, [start, end]" },
  { "project/v2/alignment-link-out-of-range", P, .v2 = TRUE, .find = "\"original\": 1, \"linked\"", .replace = "\"original\": 9, \"linked\"", .code = E (RANGE), .substring = "alignment.user[0].original: there is no turn 9" },
  { "project/v2/alignment-link-not-boolean", P, .v2 = TRUE, .find = "\"linked\": true", .replace = "\"linked\": 1", .code = E (SCHEMA), .substring = "alignment.user[0].linked: expected a boolean, not a number" },
  { "project/v2/alignment-link-twice", P, .v2 = TRUE, .find = "\"linked\": true }", .replace = "\"linked\": true }, { \"transcript\": 1, \"original\": 1, \"linked\": false }", .code = E (DUPLICATE_ID), .substring = "alignment.user[1]: turns 1 and 1 are already in alignment.user[0]" },
  /* claims: their text, orphans, previous quotes */
  { "project/v2/claim-text-unknown", P, .v2 = TRUE, .find = "\"text\": \"original\"", .replace = "\"text\": \"translation\"", .code = E (SCHEMA), .substring = "claims[2].text: unknown text “translation” (expected transcript or original)" },
  { "project/v2/claim-text-number", P, .v2 = TRUE, .find = "\"text\": \"original\"", .replace = "\"text\": 1", .code = E (SCHEMA), .substring = "claims[2].text: expected a string, not a number" },
  { "project/v2/claim-on-original-without-original", P, .make_bytes = make_claim_without_original, .code = E (SCHEMA), .substring = "claims[2].text: the claim is on the original, but the project has no “original”" },
  { "project/v2/claim-on-original-quote-differs", P, .v2 = TRUE, .find = "\"quote\": \"一千二百五十公里管道\"", .replace = "\"quote\": \"一千二百五十公里水管\"", .code = E (QUOTE), .substring = "claims[2].quote: “一千二百五十公里水管” differs from the text at 10–20 (“一千二百五十公里管道”)" },
  { "project/v2/claim-on-original-prefix-differs", P, .v2 = TRUE, .find = "\"prefix\": \"鲁伊斯：\\n我们", .replace = "\"prefix\": \"鲁伊斯：\\n他们", .code = E (QUOTE), .substring = "claims[2].prefix" },
  { "project/v2/claim-on-original-past-text", P, .v2 = TRUE, .find = "\"start\": 10, \"end\": 20", .replace = "\"start\": 10, \"end\": 41", .code = E (RANGE), .substring = "claims[2].end: 41 is past the end of the text (40 characters)" },
  { "project/v2/claim-checked-against-its-text", P, .v2 = TRUE, .find = ",\n      \"text\": \"original\"", .replace = "", .code = E (QUOTE), .substring = "claims[2].quote: “一千二百五十公里管道” differs from the text at 10–20" },
  { "project/v2/orphaned-not-boolean", P, .v2 = TRUE, .find = "\"orphaned\": true", .replace = "\"orphaned\": \"yes\"", .code = E (SCHEMA), .substring = "claims[3].orphaned: expected a boolean, not a string" },
  { "project/v2/orphan-past-text", P, .v2 = TRUE, .find = "\"start\": 0, \"end\": 5,", .replace = "\"start\": 0, \"end\": 71,", .code = E (RANGE), .substring = "claims[3].end: 71 is past the end of the text (70 characters)" },
  { "project/v2/orphan-empty-span", P, .v2 = TRUE, .find = "\"start\": 0, \"end\": 5,", .replace = "\"start\": 5, \"end\": 5,", .code = E (RANGE), .substring = "claims[3]: start 5 is not before end 5" },
  { "project/v2/not-orphaned-quote-checked", P, .v2 = TRUE, .find = "\"orphaned\": true", .replace = "\"orphaned\": false", .code = E (QUOTE), .substring = "claims[3].quote: “We dug 900 wells” differs from the text at 0–5" },
  { "project/v2/previous-quote-not-string", P, .v2 = TRUE, .find = "\"previous_quote\": \"We dug 800 wells\"", .replace = "\"previous_quote\": 800", .code = E (SCHEMA), .substring = "claims[3].previous_quote: expected a string, not a number" },
  { "project/v2/unknown-status", P, .v2 = TRUE, .find = "\"status\": \"verified\"", .replace = "\"status\": \"Verified\"", .code = E (SCHEMA), .substring = "claims[1].status: claim “c2” has the unknown status “Verified”" },
  { "project/v2/status-not-string", P, .v2 = TRUE, .find = "\"status\": \"verified\"", .replace = "\"status\": 1", .code = E (SCHEMA), .substring = "claims[1].status: expected a string, not a number" },
  { "project/v2/sources-not-array", P, .v2 = TRUE, .find = "\"sources\": [", .replace = "\"sources\": \"https://example.org\", \"unused\": [", .code = E (SCHEMA), .substring = "claims[1].sources: expected an array" },
  { "project/v2/source-not-object", P, .v2 = TRUE, .find = "\"sources\": [", .replace = "\"sources\": [ \"https://example.org\", ", .code = E (SCHEMA), .substring = "claims[1].sources[0]: expected an object" },
  { "project/v2/source-without-url", P, .v2 = TRUE, .find = "{ \"url\": \"javascript:alert(1)\" }", .replace = "{ \"title\": \"No link\" }", .code = E (SCHEMA), .substring = "claims[1].sources[1].url" },
  { "project/v2/source-empty-url", P, .v2 = TRUE, .find = "\"url\": \"javascript:alert(1)\"", .replace = "\"url\": \"\"", .code = E (SCHEMA), .substring = "claims[1].sources[1].url" },
  { "project/v2/source-bad-date", P, .v2 = TRUE, .find = "\"accessed\": \"2024-03-04\"", .replace = "\"accessed\": \"2024-02-30\"", .code = E (SCHEMA), .substring = "claims[1].sources[0].accessed: a source of claim “c2” has “2024-02-30”, not a date" },
  { "project/v2/too-many-sources", P, .make_bytes = make_many_sources, .code = E (RANGE), .substring = "claims[1].sources: claim “c2” has 1001 sources, more than the 1000" },
  { "project/invalid-regex", P, .find = "\"keywords\": [ \"pipe\" ] }", .replace = "\"keywords\": [ \"pipe\" ], \"regex\": \"pipe(s\" }", .code = E (SCHEMA), .substring = "topics[0].regex: the pattern of topic “water” is not a valid regular expression" },
  { "project/regex-not-string", P, .find = "\"keywords\": [ \"pipe\" ] }", .replace = "\"keywords\": [ \"pipe\" ], \"regex\": [] }", .code = E (SCHEMA), .substring = "topics[0].regex: expected a string" },
  { "project/rejected-not-array", P, .find = "  ]\n}\n", .replace = "  ],\n  \"rejected_suggestions\": \"all\"\n}\n", .code = E (SCHEMA), .substring = "rejected_suggestions: expected an array" },
  { "project/rejected-empty", P, .find = "  ]\n}\n", .replace = "  ],\n  \"rejected_suggestions\": [ \"We laid 1,250 km of pipe.\", \"\" ]\n}\n", .code = E (SCHEMA), .substring = "rejected_suggestions[1]: a rejected sentence is empty" },
  /* a conflicting claim's other version is checked like a claim */
  { "project/v2/conflict-not-object", P, .v2 = TRUE, .find = "\"modified\": \"2024-03-03T09:05:00Z\"", .replace = "\"modified\": \"2024-03-03T09:05:00Z\", \"conflict\": [ 1 ]", .code = E (SCHEMA), .substring = "claims[1].conflict: expected an object, not an array" },
  { "project/v2/conflict-quote-differs", P, .v2 = TRUE, .find = "\"modified\": \"2024-03-03T09:05:00Z\"", .replace = "\"modified\": \"2024-03-03T09:05:00Z\", \"conflict\": { \"start\": 56, \"end\": 68, \"quote\": \"48.7 million\", \"topics\": [ \"water\" ], \"note\": \"theirs\", \"modified\": \"2024-03-04T10:00:00Z\" }", .code = E (QUOTE), .substring = "claims[1].conflict.quote: “48.7 million” differs from the text at 56–68 (“48.6 million”)" },
  { "project/v2/conflict-unknown-topic", P, .v2 = TRUE, .find = "\"modified\": \"2024-03-03T09:05:00Z\"", .replace = "\"modified\": \"2024-03-03T09:05:00Z\", \"conflict\": { \"start\": 56, \"end\": 68, \"quote\": \"48.6 million\", \"topics\": [ \"fire\" ], \"note\": \"theirs\", \"modified\": \"2024-03-04T10:00:00Z\" }", .code = E (UNKNOWN_TOPIC), .substring = "claims[1].conflict.topics[0]: unknown topic “fire”" },
  { "project/v2/conflict-topic-twice", P, .v2 = TRUE, .find = "\"modified\": \"2024-03-03T09:05:00Z\"", .replace = "\"modified\": \"2024-03-03T09:05:00Z\", \"conflict\": { \"start\": 56, \"end\": 68, \"quote\": \"48.6 million\", \"topics\": [ \"water\", \"water\" ], \"note\": \"theirs\", \"modified\": \"2024-03-04T10:00:00Z\" }", .code = E (DUPLICATE_ID), .substring = "claims[1].conflict.topics[1]: topic “water” is listed twice" },
  { "project/v2/conflict-past-text", P, .v2 = TRUE, .find = "\"modified\": \"2024-03-03T09:05:00Z\"", .replace = "\"modified\": \"2024-03-03T09:05:00Z\", \"conflict\": { \"start\": 56, \"end\": 71, \"quote\": \"48.6 million\", \"topics\": [ \"water\" ], \"note\": \"theirs\", \"modified\": \"2024-03-04T10:00:00Z\" }", .code = E (RANGE), .substring = "claims[1].conflict.end: 71 is past the end of the text (70 characters)" },
  { "project/v2/conflict-empty-span", P, .v2 = TRUE, .find = "\"modified\": \"2024-03-03T09:05:00Z\"", .replace = "\"modified\": \"2024-03-03T09:05:00Z\", \"conflict\": { \"start\": 60, \"end\": 60, \"quote\": \"48.6 million\", \"topics\": [ \"water\" ], \"note\": \"theirs\", \"modified\": \"2024-03-04T10:00:00Z\" }", .code = E (RANGE), .substring = "claims[1].conflict: start 60 is not before end 60" },
  { "project/v2/conflict-negative-start", P, .v2 = TRUE, .find = "\"modified\": \"2024-03-03T09:05:00Z\"", .replace = "\"modified\": \"2024-03-03T09:05:00Z\", \"conflict\": { \"start\": -1, \"end\": 68, \"quote\": \"48.6 million\", \"topics\": [ \"water\" ], \"note\": \"theirs\", \"modified\": \"2024-03-04T10:00:00Z\" }", .code = E (RANGE), .substring = "claims[1].conflict.start" },
  { "project/v2/conflict-no-modified", P, .v2 = TRUE, .find = "\"modified\": \"2024-03-03T09:05:00Z\"", .replace = "\"modified\": \"2024-03-03T09:05:00Z\", \"conflict\": { \"start\": 56, \"end\": 68, \"quote\": \"48.6 million\", \"topics\": [ \"water\" ], \"note\": \"theirs\" }", .code = E (SCHEMA), .substring = "claims[1].conflict.modified" },
  /* and so is its record, as strictly as a claim's */
  { "project/v2/conflict-unknown-status", P, .v2 = TRUE, .find = "\"modified\": \"2024-03-03T09:05:00Z\"", .replace = "\"modified\": \"2024-03-03T09:05:00Z\", \"conflict\": { \"start\": 56, \"end\": 68, \"quote\": \"48.6 million\", \"topics\": [ \"water\" ], \"note\": \"theirs\", \"modified\": \"2024-03-04T10:00:00Z\", \"status\": \"maybe\" }", .code = E (SCHEMA), .substring = "claims[1].conflict.status: claim “c2” has the unknown status “maybe”" },
  { "project/v2/conflict-status-not-string", P, .v2 = TRUE, .find = "\"modified\": \"2024-03-03T09:05:00Z\"", .replace = "\"modified\": \"2024-03-03T09:05:00Z\", \"conflict\": { \"start\": 56, \"end\": 68, \"quote\": \"48.6 million\", \"topics\": [ \"water\" ], \"note\": \"theirs\", \"modified\": \"2024-03-04T10:00:00Z\", \"status\": true }", .code = E (SCHEMA), .substring = "claims[1].conflict.status: expected a string, not a boolean" },
  { "project/v2/conflict-sources-not-array", P, .v2 = TRUE, .find = "\"modified\": \"2024-03-03T09:05:00Z\"", .replace = "\"modified\": \"2024-03-03T09:05:00Z\", \"conflict\": { \"start\": 56, \"end\": 68, \"quote\": \"48.6 million\", \"topics\": [ \"water\" ], \"note\": \"theirs\", \"modified\": \"2024-03-04T10:00:00Z\", \"sources\": { } }", .code = E (SCHEMA), .substring = "claims[1].conflict.sources: expected an array" },
  { "project/v2/conflict-source-not-object", P, .v2 = TRUE, .find = "\"modified\": \"2024-03-03T09:05:00Z\"", .replace = "\"modified\": \"2024-03-03T09:05:00Z\", \"conflict\": { \"start\": 56, \"end\": 68, \"quote\": \"48.6 million\", \"topics\": [ \"water\" ], \"note\": \"theirs\", \"modified\": \"2024-03-04T10:00:00Z\", \"sources\": [ 7 ] }", .code = E (SCHEMA), .substring = "claims[1].conflict.sources[0]: expected an object" },
  { "project/v2/conflict-source-bad-date", P, .v2 = TRUE, .find = "\"modified\": \"2024-03-03T09:05:00Z\"", .replace = "\"modified\": \"2024-03-03T09:05:00Z\", \"conflict\": { \"start\": 56, \"end\": 68, \"quote\": \"48.6 million\", \"topics\": [ \"water\" ], \"note\": \"theirs\", \"modified\": \"2024-03-04T10:00:00Z\", \"sources\": [ { \"url\": \"https://example.org/x\", \"accessed\": \"2024-13-01\" } ] }", .code = E (SCHEMA), .substring = "claims[1].conflict.sources[0].accessed: a source of claim “c2” has “2024-13-01”, not a date" },
  { "project/v2/conflict-bad-date", P, .v2 = TRUE, .find = "\"modified\": \"2024-03-03T09:05:00Z\"", .replace = "\"modified\": \"2024-03-03T09:05:00Z\", \"conflict\": { \"start\": 56, \"end\": 68, \"quote\": \"48.6 million\", \"topics\": [ \"water\" ], \"note\": \"theirs\", \"modified\": \"yesterday\" }", .code = E (SCHEMA), .substring = "claims[1].conflict.modified" },
  { "project/v2/conflict-note-not-string", P, .v2 = TRUE, .find = "\"modified\": \"2024-03-03T09:05:00Z\"", .replace = "\"modified\": \"2024-03-03T09:05:00Z\", \"conflict\": { \"start\": 56, \"end\": 68, \"quote\": \"48.6 million\", \"topics\": [ \"water\" ], \"note\": 3, \"modified\": \"2024-03-04T10:00:00Z\" }", .code = E (SCHEMA), .substring = "claims[1].conflict.note: expected a string, not a number" },
  { "project/many-topics", P, .make_bytes = make_many_topics, .code = E (DUPLICATE_ID), .substring = "claims[0].topics[20000]: topic “t0” is listed twice" },
  /* files */
  { "project/directory", P, .make_file = make_directory, .code = E (NOT_REGULAR), .substring = "folder" },
  { "project/dev-zero", P, .make_file = make_dev_zero, .code = E (NOT_REGULAR), .substring = "not a regular file" },
  { "project/fifo", P, .make_file = make_fifo, .code = E (NOT_REGULAR), .substring = "not a regular file" },
  { "project/sparse-3gb", P, .make_file = make_sparse_3gb, .code = E (TOO_LARGE), .substring = "too large" },
  { "project/missing-file", P, .make_file = make_missing, .code = E (IO), .substring = "no such file" },

  /* transcripts */
  { "transcript/empty", T, .bytes = "", .length = 0, .code = I (EMPTY), .substring = "empty" },
  { "transcript/whitespace", T, .bytes = "\n \r\n\t\n", .length = -1, .code = I (EMPTY), .substring = "white space" },
  { "transcript/bom-only", T, .bytes = "\xef\xbb\xbf", .length = -1, .code = I (EMPTY), .substring = "empty" },
  { "transcript/invalid-utf8", T, .bytes = "Ana:\nab\xc3\x28 cd\n", .length = -1, .code = I (INVALID_UTF8), .substring = "byte 7" },
  { "transcript/invalid-utf8-late", T, .make_bytes = make_late_invalid_transcript, .code = I (INVALID_UTF8), .substring = "byte 250000" },
  { "transcript/truncated-utf8", T, .bytes = "Ana:\nend \xe2\x82", .length = -1, .code = I (INVALID_UTF8), .substring = "byte 9" },
  { "transcript/overlong-utf8", T, .bytes = "Ana:\n\xc0\xaf\n", .length = -1, .code = I (INVALID_UTF8), .substring = "byte 5" },
  { "transcript/surrogate-utf8", T, .bytes = "Ana:\n\xed\xa0\x80\n", .length = -1, .code = I (INVALID_UTF8), .substring = "byte 5" },
  /* a byte-order mark makes the text UTF-16, which must then be whole */
  { "transcript/utf16-odd-length", T, .bytes = "\xff\xfe" "A\0n\0a\0:\0\n", .length = 11, .code = I (CONVERSION), .substring = "byte 10" },
  { "transcript/utf16-lone-surrogate", T, .bytes = "\xff\xfe" "A\0" "\x00\xd8" "b\0", .length = 8, .code = I (CONVERSION), .substring = "byte 4" },
  { "transcript/nul", T, .bytes = "Ana:\nab\0cd\n", .length = 11, .code = I (NUL), .substring = "byte 7" },
  { "transcript/binary-garbage", T, .make_bytes = make_garbage, .code = I (INVALID_UTF8), .substring = "byte 0" },
  { "transcript/directory", T, .make_file = make_directory, .code = I (NOT_REGULAR), .substring = "folder" },
  { "transcript/dev-zero", T, .make_file = make_dev_zero, .code = I (NOT_REGULAR), .substring = "not a regular file" },
  { "transcript/sparse-3gb", T, .make_file = make_sparse_3gb, .code = I (TOO_LARGE), .substring = "too large" },
  { "transcript/just-too-large", T, .make_file = make_just_too_large, .code = I (TOO_LARGE), .substring = "too large" },
  { "transcript/missing-file", T, .make_file = make_missing, .code = I (IO), .substring = "no such file" },
  { "transcript/unreadable", T, .make_file = make_unreadable, .code = I (IO), .substring = NULL },
};

#undef P
#undef T
#undef E
#undef I

static gboolean
running_under_valgrind (void)
{
  const char *preload = g_getenv ("LD_PRELOAD");

  /* set by the 'valgrind' test setup */
  if (g_getenv ("GLOSS_TEST_SLOW") != NULL)
    return TRUE;

  return preload != NULL && strstr (preload, "vgpreload") != NULL;
}

static GBytes *
make_input_bytes (const HostileCase *c)
{
  if (c->make_bytes != NULL)
    return c->make_bytes ();

  if (c->find != NULL)
    return replace_once (c->v2 ? BASE_PROJECT_V2 : BASE_PROJECT, c->find, c->replace);

  g_assert_nonnull (c->bytes);
  return g_bytes_new (c->bytes, c->length < 0 ? strlen (c->bytes) : (gsize) c->length);
}

static void
test_hostile_case (gconstpointer data)
{
  const HostileCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *display_name = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) input = NULL;
  GObject *result = NULL;
  GQuark domain;
  gint64 begin, elapsed;

  domain = c->target == TARGET_PROJECT ? GLOSS_PROJECT_FILE_ERROR : GLOSS_IMPORT_ERROR;

  if (c->make_file != NULL)
    {
      if (c->make_file == make_unreadable && geteuid () == 0)
        {
          g_test_skip ("root reads any file");
          return;
        }

      tmpdir = g_dir_make_tmp ("gloss-hostile-XXXXXX", &error);
      g_assert_no_error (error);
      file = c->make_file (tmpdir);
      display_name = g_file_get_path (file);

      begin = g_get_monotonic_time ();
      if (c->target == TARGET_PROJECT)
        result = (GObject *) gloss_project_file_load (file, &error);
      else
        result = (GObject *) gloss_import_file (file, NULL, NULL, &error);
      elapsed = g_get_monotonic_time () - begin;
    }
  else
    {
      const char *bytes;
      gsize length;

      input = make_input_bytes (c);
      bytes = g_bytes_get_data (input, &length);
      display_name = g_strdup (c->target == TARGET_PROJECT ? PROJECT_NAME : TRANSCRIPT_NAME);

      begin = g_get_monotonic_time ();
      if (c->target == TARGET_PROJECT)
        result = (GObject *) gloss_project_file_load_data (bytes, length, display_name, &error);
      else
        result = (GObject *) gloss_import_data (bytes, length, display_name, NULL, NULL, &error);
      elapsed = g_get_monotonic_time () - begin;
    }

  if (result != NULL)
    {
      g_object_unref (result);
      g_error ("%s was accepted; expected error %d", c->name, c->code);
    }

  if (g_test_verbose ())
    g_test_message ("%s: %s", c->name, error ? error->message : "(no error)");

  g_assert_error (error, domain, c->code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (!g_str_has_prefix (error->message, display_name))
    g_error ("message does not begin with “%s”: %s", display_name, error->message);
  /* says more than the name */
  g_assert_cmpuint (strlen (error->message), >, strlen (display_name) + 4);
  if (c->substring != NULL && strstr (error->message + strlen (display_name), c->substring) == NULL)
    g_error ("message lacks “%s”: %s", c->substring, error->message);

  if (!running_under_valgrind ())
    g_assert_cmpint (elapsed, <, MAX_CASE_USEC);

  if (tmpdir != NULL)
    {
      g_autofree char *path = g_file_get_path (file);

      /* /dev/zero is not ours */
      if (g_str_has_prefix (path, tmpdir))
        {
          if (g_file_test (path, G_FILE_TEST_IS_DIR))
            g_rmdir (path);
          else
            g_unlink (path);
        }
      g_rmdir (tmpdir);
    }
}

/* the base every patch starts from is valid, so each patch is what fails */
static void
test_base_is_valid (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossProject) project = NULL;

  project = gloss_project_file_load_data (BASE_PROJECT, strlen (BASE_PROJECT),
                                          PROJECT_NAME, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 2);
  g_assert_cmpuint (gloss_project_get_n_topics (project), ==, 2);
  g_assert_cmpuint (gloss_transcript_get_length (gloss_project_get_transcript (project)), ==, 70);
}

static void
test_base_v2_is_valid (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossProject) project = NULL;
  GlossClaim *orphan, *checked;
  GlossSource *source;

  project = gloss_project_file_load_data (BASE_PROJECT_V2, strlen (BASE_PROJECT_V2),
                                          PROJECT_NAME, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (gloss_project_get_n_claims (project), ==, 4);
  g_assert_cmpuint (gloss_transcript_get_length (gloss_project_get_original (project)), ==, 40);
  g_assert_cmpuint (gloss_alignment_get_n_turn_pairs (gloss_project_get_alignment (project)), ==, 2);
  g_assert_cmpint (gloss_claim_get_text_role (gloss_project_lookup_claim (project, "c3")), ==,
                   GLOSS_TEXT_ORIGINAL);
  orphan = gloss_project_lookup_claim (project, "c4");
  g_assert_true (gloss_claim_get_orphaned (orphan));
  g_assert_cmpstr (gloss_claim_get_previous_quote (orphan), ==, "We dug 800 wells");

  /* a non-web source is kept, to be shown, but is not a link to open */
  checked = gloss_project_lookup_claim (project, "c2");
  g_assert_cmpint (gloss_claim_get_status (checked), ==, GLOSS_CLAIM_STATUS_VERIFIED);
  g_assert_cmpuint (gloss_claim_get_sources (checked)->len, ==, 2);
  source = g_ptr_array_index (gloss_claim_get_sources (checked), 0);
  g_assert_cmpstr (gloss_source_get_title (source), ==, "Pipe report");
  g_assert_cmpstr (gloss_source_get_accessed (source), ==, "2024-03-04");
  g_assert_true (gloss_source_is_web_link (source));
  source = g_ptr_array_index (gloss_claim_get_sources (checked), 1);
  g_assert_cmpstr (gloss_source_get_url (source), ==, "javascript:alert(1)");
  g_assert_false (gloss_source_is_web_link (source));
  g_assert_cmpint (gloss_claim_get_status (orphan), ==, GLOSS_CLAIM_STATUS_UNCHECKED);
}

/* the deepest nesting allowed is still accepted where the schema permits */
static void
test_depth_limit_is_exact (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossProject) project = NULL;
  GString *s = g_string_new (BASE_PROJECT);
  GString *nested = g_string_new ("\"claims\": ");

  for (guint i = 1; i < GLOSS_PROJECT_FILE_MAX_DEPTH; i++)
    g_string_append_c (nested, '[');
  for (guint i = 1; i < GLOSS_PROJECT_FILE_MAX_DEPTH; i++)
    g_string_append_c (nested, ']');
  g_string_append (nested, ", \"unused\": ");
  g_string_replace (s, "\"claims\": ", nested->str, 1);
  g_string_free (nested, TRUE);

  project = gloss_project_file_load_data (s->str, s->len, PROJECT_NAME, &error);
  /* refused for the schema (an unknown member), not for the depth */
  if (project == NULL)
    g_assert_false (g_error_matches (error, GLOSS_PROJECT_FILE_ERROR,
                                     GLOSS_PROJECT_FILE_ERROR_TOO_DEEP));
  g_string_free (s, TRUE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hostile/base-is-valid", test_base_is_valid);
  g_test_add_func ("/hostile/base-v2-is-valid", test_base_v2_is_valid);
  g_test_add_func ("/hostile/depth-limit-is-exact", test_depth_limit_is_exact);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strconcat ("/hostile/", cases[i].name, NULL);

      g_test_add_data_func (path, &cases[i], test_hostile_case);
    }

  return g_test_run ();
}
