/* The pre-scan: UTF-8 exactly as GLib sees it, wherever a bad byte falls
 * in the eight-byte steps; escapes, numbers, words and depth with their
 * member paths; encoding errors before any other. */

#include "config.h"

#include <string.h>

#include "gloss-json-scan.h"

#define NAME "scan.gloss"

static gboolean
scan (const char  *data,
      gsize        length,
      GError     **error)
{
  return gloss_json_scan (data, length, NAME, error);
}

static void
assert_scan_error (const char *data,
                   int         code,
                   const char *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (scan (data, strlen (data), &error));
  g_assert_error (error, GLOSS_PROJECT_FILE_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

/* random strings of ASCII, valid sequences and stray bytes, inside a JSON
 * string at every alignment: the scan accepts exactly what
 * g_utf8_validate_len accepts and names the same byte */
static void
test_utf8_agrees_with_glib (void)
{
  static const char * const pieces[] = {
    "a", "b", " ", "~", "é", "文", "\xf0\x9f\x98\x80", "\xc3", "\x80", "\xc0\xaf",
    "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xef\xbf\xbf", "\xe2\x82", "\xff", "\xf5",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);

  for (guint round = 0; round < 4000; round++)
    {
      g_autoptr(GString) s = g_string_new ("{\"k\": \"");
      g_autoptr(GError) error = NULL;
      guint n = g_rand_int_range (rand, 0, 40);
      const char *invalid = NULL;
      gboolean valid, scanned;

      /* 1 to 8 bytes of padding move the pieces across word boundaries */
      for (guint i = g_rand_int_range (rand, 0, 8); i > 0; i--)
        g_string_append_c (s, 'p');
      for (guint i = 0; i < n; i++)
        {
          /* mostly plain, so that runs of eight are common */
          guint k = g_rand_int_range (rand, 0, 4) > 0 ? g_rand_int_range (rand, 0, 4)
                                                       : g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces));

          g_string_append (s, pieces[k]);
        }
      g_string_append (s, "\"}");

      valid = g_utf8_validate_len (s->str, s->len, &invalid);
      scanned = scan (s->str, s->len, &error);
      g_assert_cmpint (scanned, ==, valid);
      if (!valid)
        {
          g_autofree char *expected =
            g_strdup_printf (NAME ": invalid UTF-8 at byte offset %zu", (gsize) (invalid - s->str));

          g_assert_error (error, GLOSS_PROJECT_FILE_ERROR, GLOSS_PROJECT_FILE_ERROR_INVALID_UTF8);
          g_assert_cmpstr (error->message, ==, expected);
        }
    }
}

/* a quote, a backslash, a NUL or a non-ASCII byte at each position of a
 * word is found where it is */
static void
test_specials_at_every_offset (void)
{
  for (guint at = 0; at < 17; at++)
    {
      g_autoptr(GString) s = g_string_new ("[\"");
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = NULL;
      gsize nul;

      for (guint i = 0; i < at; i++)
        g_string_append_c (s, 'x');
      /* an escaped quote does not end the string, an escape is checked */
      g_string_append (s, "\\\"é\\u0000\"]");
      g_assert_false (scan (s->str, s->len, &error));
      expected = g_strdup_printf (NAME ": [0] (line 1, column %u): a NUL character (\\u0000) is not allowed",
                                  at + 6);
      g_assert_cmpstr (error->message, ==, expected);
      g_clear_error (&error);
      g_clear_pointer (&expected, g_free);

      /* a raw NUL byte at the same place */
      nul = 2 + at;
      g_string_truncate (s, 2 + at);
      g_string_append_len (s, "\0\"]", 3);
      g_assert_false (scan (s->str, s->len, &error));
      expected = g_strdup_printf (NAME ": a NUL byte at byte offset %zu (not a text file)", nul);
      g_assert_cmpstr (error->message, ==, expected);
      g_clear_error (&error);

      /* and a plain end: the closing quote is found after any run */
      g_string_truncate (s, 2 + at);
      g_string_append (s, "\", 012]");
      g_assert_false (scan (s->str, s->len, &error));
      g_assert_error (error, GLOSS_PROJECT_FILE_ERROR, GLOSS_PROJECT_FILE_ERROR_SYNTAX);
      g_assert_true (g_str_has_prefix (error->message, NAME ": [1] (line 1, column "));
    }
}

/* the file is not text: that comes before a grammar error found earlier */
static void
test_encoding_first (void)
{
  assert_scan_error ("{\"a\": NaN, \"b\": \"\xff\"}", GLOSS_PROJECT_FILE_ERROR_INVALID_UTF8,
                     NAME ": invalid UTF-8 at byte offset 17");
  assert_scan_error ("[1, 2] \xc3", GLOSS_PROJECT_FILE_ERROR_INVALID_UTF8,
                     NAME ": invalid UTF-8 at byte offset 7");
  assert_scan_error ("[1, 2] é", GLOSS_PROJECT_FILE_ERROR_SYNTAX,
                     NAME ": line 1, column 8: unexpected character, not valid JSON");
}

static void
test_paths (void)
{
  assert_scan_error ("{\"a\": [1, {\"b\": 012}]}", GLOSS_PROJECT_FILE_ERROR_SYNTAX,
                     NAME ": a[1].b (line 1, column 17): a number with a leading zero is not valid JSON");
  assert_scan_error ("{\"claims\": [{},\n {\"start\": 1234567890123456}]}", GLOSS_PROJECT_FILE_ERROR_RANGE,
                     NAME ": claims[1].start (line 2, column 12): 1234567890123456 is too large");
  assert_scan_error ("{\"t\": {\"x\": 'a'}}", GLOSS_PROJECT_FILE_ERROR_SYNTAX,
                     NAME ": t.x (line 1, column 13): unexpected character “'”, not valid JSON");
  assert_scan_error ("{\"t\": \"a\\qb\"}", GLOSS_PROJECT_FILE_ERROR_SYNTAX,
                     NAME ": t (line 1, column 9): “\\q” is not a valid escape in a string");
  assert_scan_error ("{\"t\": \"\\udc00\"}", GLOSS_PROJECT_FILE_ERROR_INVALID_UTF8,
                     NAME ": t (line 1, column 8): a lone UTF-16 surrogate escape is not a character");
  assert_scan_error ("{\"t\": [true, nope]}", GLOSS_PROJECT_FILE_ERROR_SYNTAX,
                     NAME ": t[1] (line 1, column 14): “nope” is not valid JSON (expected a value such as true, false, null, a number or a string)");
}

static void
test_numbers (void)
{
  const char *valid[] = { "[0]", "[-0]", "[123456789012345]", "[1.5e-3]", "[2E+10]", "[-7.25]" };
  const char *malformed[] = { "[-]", "[1.]", "[1e]", "[.5]", "[1x]", "[1.5.2]", "[01]" };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (scan (valid[i], strlen (valid[i]), &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (scan (malformed[i], strlen (malformed[i]), &error));
      g_assert_error (error, GLOSS_PROJECT_FILE_ERROR, GLOSS_PROJECT_FILE_ERROR_SYNTAX);
    }
  /* a surrogate pair is one character */
  g_assert_true (scan ("[\"\\ud83d\\ude00\"]", 16, NULL));
}

static void
test_depth (void)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < GLOSS_PROJECT_FILE_MAX_DEPTH; i++)
    g_string_append_c (s, i % 2 ? '[' : '{');
  for (guint i = GLOSS_PROJECT_FILE_MAX_DEPTH; i > 0; i--)
    g_string_append_c (s, (i - 1) % 2 ? ']' : '}');
  g_assert_true (scan (s->str, s->len, NULL));
  g_string_insert_c (s, GLOSS_PROJECT_FILE_MAX_DEPTH, '[');
  g_assert_false (scan (s->str, s->len, &error));
  g_assert_error (error, GLOSS_PROJECT_FILE_ERROR, GLOSS_PROJECT_FILE_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==, NAME ": line 1, column 65: nested deeper than 64 levels");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-scan/utf8-agrees-with-glib", test_utf8_agrees_with_glib);
  g_test_add_func ("/json-scan/specials-at-every-offset", test_specials_at_every_offset);
  g_test_add_func ("/json-scan/encoding-first", test_encoding_first);
  g_test_add_func ("/json-scan/paths", test_paths);
  g_test_add_func ("/json-scan/numbers", test_numbers);
  g_test_add_func ("/json-scan/depth", test_depth);

  return g_test_run ();
}
