#include "config.h"

#include <string.h>

#include "gloss-text-normalize.h"
#include "import-test-util.h"

/* Import normalisation: line endings, byte-order marks, encodings, the
 * refusal of what is not text. */

static void
assert_line_endings_fixture (GlossTranscript *t)
{
  const char *text = gloss_transcript_get_text (t);

  import_test_assert_spans (t);
  g_assert_null (strchr (text, '\r'));
  g_assert_false (g_str_has_prefix (text, "\xEF\xBB\xBF"));
  g_assert_true (g_str_has_prefix (text, "Briefing with "));
  g_assert_cmpstr (gloss_transcript_get_date (t), ==, "2022-02-01");
  g_assert_cmpstr (gloss_transcript_get_place (t), ==, "Bern");
  g_assert_cmpuint (gloss_transcript_get_n_participants (t), ==, 2);
  import_test_assert_turn (t, 1, GLOSS_TURN_REMARKS, "Eva Roth", NULL, -1, "Eva Roth:\n\nWelcome.");
  import_test_assert_turn (t, 2, GLOSS_TURN_REMARKS, "Marc Weber", NULL, -1, "Marc Weber:\n\nTrain");
  import_test_assert_turn (t, 3, GLOSS_TURN_QUESTION, "Swiss Radio", "Swiss Radio", -1, NULL);
  import_test_assert_turn (t, 4, GLOSS_TURN_ANSWER, "Marc Weber", NULL, 3, "Marc Weber:\n\nIn December.");
}

static void
test_bom_crlf (void)
{
  g_autoptr(GlossTranscript) t = import_test_fixture ("bom-crlf.txt");

  assert_line_endings_fixture (t);
}

static void
test_cr_only (void)
{
  g_autoptr(GlossTranscript) t = import_test_fixture ("cr-only.txt");

  assert_line_endings_fixture (t);
}

static void
test_mixed_line_endings (void)
{
  g_autoptr(GlossTranscript) t = import_test_string ("Title\r\nline two\rline three\n\r\nend");

  g_assert_cmpstr (gloss_transcript_get_text (t), ==, "Title\nline two\nline three\n\nend");
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossTranscript) t = NULL;
  g_autoptr(GString) data = g_string_new ("Briefing\n\n");

  for (guint i = 0; data->len < 1234; i++)
    g_string_append (data, "Some text. ");
  g_string_truncate (data, 1234);
  g_string_append (data, "caf\xC3");   /* a truncated sequence at byte 1237 */
  g_string_append (data, "(more)");

  t = gloss_import_data (data->str, data->len, "/some/dir/briefing.txt", NULL, NULL, &error);
  g_assert_null (t);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_INVALID_UTF8);
  g_assert_true (g_str_has_prefix (error->message, "briefing.txt: "));
  g_assert_nonnull (strstr (error->message, "1237"));
  g_clear_error (&error);

  /* offsets count the original bytes, a byte-order mark included */
  t = gloss_import_data ("\xEF\xBB\xBF" "ab\xFF", 6, "bom.txt", NULL, NULL, &error);
  g_assert_null (t);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_INVALID_UTF8);
  g_assert_cmpstr (error->message, ==, "bom.txt: invalid UTF-8 at byte 5");
  g_clear_error (&error);

  /* an overlong encoding of '/' */
  t = gloss_import_data ("x\xC0\xAF", 3, "overlong.txt", NULL, NULL, &error);
  g_assert_null (t);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_INVALID_UTF8);
  g_assert_nonnull (strstr (error->message, "byte 1"));
}

static void
test_nul (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossTranscript) t = NULL;
  static const char data[] = "Title\nSpeaker:\n\nHello\0world\n";

  t = gloss_import_data (data, sizeof data - 1, "nul.txt", NULL, NULL, &error);
  g_assert_null (t);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_NUL);
  g_assert_true (g_str_has_prefix (error->message, "nul.txt: "));
  g_assert_nonnull (strstr (error->message, "byte 21"));
}

static void
test_empty (void)
{
  const struct { const char *data; gsize len; } cases[] = {
    { "", 0 },
    { "\xEF\xBB\xBF", 3 },
    { "  \n\r\n\t \r", 8 },
    { "\xC2\xA0\n\xE3\x80\x80\n", 7 },   /* no-break and ideographic spaces */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GlossTranscript) t = NULL;

      t = gloss_import_data (cases[i].data, cases[i].len, "empty.txt", NULL, NULL, &error);
      g_assert_null (t);
      g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_EMPTY);
      g_assert_true (g_str_has_prefix (error->message, "empty.txt: "));
    }
}

/* ----------------------------------------------------------- encodings */

static const char french[] =
  "Conférence de presse sur l’écluse du port\n"
  "\n"
  "Ana Lima, présidente de l’autorité portuaire\n"
  "\n"
  "Ana Lima:\n"
  "\n"
  "Bonjour à tous. Le trafic a augmenté de 12 % cette année, « un record ».\n"
  "\n"
  "Rádio Norte:\n"
  "\n"
  "Quand la nouvelle écluse sera-t-elle prête ?\n"
  "\n"
  "Ana Lima:\n"
  "\n"
  "En été 2025.\n";

static const char chinese[] =
  "港口绿色发展新闻发布会\n"
  "2024年3月4日\n"
  "\n"
  "主持人：\n"
  "\n"
  "各位记者，上午好。\n"
  "\n"
  "新华社记者：\n"
  "\n"
  "请问今年的集装箱吞吐量是多少？\n"
  "\n"
  "林海涛：\n"
  "\n"
  "今年前两个月增长了百分之八。\n";

static char *
encode (const char *utf8,
        const char *encoding,
        gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *bytes = g_convert (utf8, -1, encoding, "UTF-8", NULL, length, &error);

  g_assert_no_error (error);
  return bytes;
}

static gsize
first_high_byte (const char *data,
                 gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if ((guchar) data[i] >= 0x80)
      return i;
  g_assert_not_reached ();
}

/* refused with the encoding named; accepted with it; read as written */
static void
assert_suggested (const char *utf8,
                  const char *encoding,
                  const char *suggestion,
                  const char *description)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossTranscript) refused = NULL;
  g_autoptr(GlossTranscript) t = NULL;
  g_autofree char *data = NULL;
  g_autofree char *where = NULL;
  GlossImportOptions options = { NULL, };
  gsize length;

  data = encode (utf8, encoding, &length);
  refused = gloss_import_data (data, length, "/tmp/old.txt", NULL, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_ENCODING);
  g_assert_cmpstr (gloss_import_error_get_encoding (error), ==, suggestion);
  g_assert_true (g_str_has_prefix (error->message, "old.txt: "));
  g_assert_nonnull (strstr (error->message, description));
  if (g_strcmp0 (suggestion, "UTF-16LE") != 0)
    {
      where = g_strdup_printf ("byte %" G_GSIZE_FORMAT, first_high_byte (data, length));
      g_assert_nonnull (strstr (error->message, where));
    }

  /* a copy keeps what the window needs to offer the encoding */
  {
    g_autoptr(GError) copy = g_error_copy (error);

    g_assert_cmpstr (gloss_import_error_get_encoding (copy), ==, suggestion);
  }

  options.encoding = gloss_import_error_get_encoding (error);
  t = gloss_import_data (data, length, "old.txt", NULL, &options, NULL);
  g_assert_nonnull (t);
  g_assert_cmpstr (gloss_transcript_get_text (t), ==, utf8);
  import_test_assert_spans (t);
}

static void
test_windows_1252 (void)
{
  g_autoptr(GlossTranscript) t = NULL;
  g_autofree char *data = NULL;
  GlossImportOptions options = { .encoding = "WINDOWS-1252" };
  gsize length;

  assert_suggested (french, "WINDOWS-1252", "WINDOWS-1252", "Windows-1252");

  data = encode (french, "WINDOWS-1252", &length);
  t = gloss_import_data (data, length, "old.txt", NULL, &options, NULL);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "Conférence de presse sur l’écluse du port");
  g_assert_cmpstr (gloss_transcript_get_role (t, "Ana Lima"), ==, "présidente de l’autorité portuaire");
  import_test_assert_turn (t, 2, GLOSS_TURN_QUESTION, "Rádio Norte", "Rádio Norte", -1, NULL);
  import_test_assert_turn (t, 3, GLOSS_TURN_ANSWER, "Ana Lima", NULL, 2, NULL);
}

/* Latin-1 is read with its own name too */
static void
test_latin_1 (void)
{
  static const char text[] = "R\xe9union \xe0 Gen\xe8ve\n\nAnna Berg:\n\nBonjour.\n";
  GlossImportOptions options = { .encoding = "ISO-8859-1" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossTranscript) t = NULL;
  g_autoptr(GlossTranscript) refused = NULL;

  refused = gloss_import_data (text, sizeof text - 1, "a.txt", NULL, NULL, &error);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==,
                   "a.txt: not UTF-8 text (invalid at byte 1); it looks like Windows-1252 (Latin-1)");
  g_clear_error (&error);

  t = gloss_import_data (text, sizeof text - 1, "a.txt", NULL, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gloss_transcript_get_title (t), ==, "Réunion à Genève");
}

static void
test_gb18030 (void)
{
  assert_suggested (chinese, "GB18030", "GB18030", "GB18030");
  /* GBK is its subset */
  assert_suggested (chinese, "GBK", "GB18030", "GB18030");
}

static void
test_utf16_without_bom (void)
{
  assert_suggested (french, "UTF-16LE", "UTF-16LE", "UTF-16");
  assert_suggested (chinese, "UTF-16BE", "UTF-16BE", "UTF-16");
}

/* a byte-order mark says UTF-16: read without asking */
static void
test_utf16_with_bom (void)
{
  const char *encodings[] = { "UTF-16LE", "UTF-16BE" };

  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    for (guint k = 0; k < 2; k++)
      {
        const char *utf8 = k == 0 ? french : chinese;
        g_autofree char *body = NULL;
        g_autofree char *data = NULL;
        g_autoptr(GlossTranscript) t = NULL;
        gsize length;

        body = encode (utf8, encodings[i], &length);
        data = g_malloc (length + 2);
        memcpy (data, i == 0 ? "\xff\xfe" : "\xfe\xff", 2);
        memcpy (data + 2, body, length);
        t = import_test_data (data, length + 2, "utf16.txt");
        g_assert_cmpstr (gloss_transcript_get_text (t), ==, utf8);
        g_assert_cmpuint (gloss_transcript_get_n_participants (t), ==, (k == 0 ? 1u : 0u));
        g_assert_cmpuint (import_test_count_kind (t, GLOSS_TURN_QUESTION), ==, 1);
      }
}

/* damaged UTF-8 is not mistaken for Windows-1252: what its bytes would be
 * there ("CafÃ©", "â‚") does not read as text */
static void
test_damaged_utf8_is_not_guessed (void)
{
  const char *cases[] = {
    "Caf\xc3\xa9 cr\xc3\xa8me and one stray \xe9 byte\n",
    "Anna:\nthe price in \xe2\x82 only\n",
    "Anna:\nab\xc3\x28 cd\n",
    "Anna:\nA line.\n\xff" "tail\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GlossTranscript) t = NULL;

      t = gloss_import_data (cases[i], strlen (cases[i]), "damaged.txt", NULL, NULL, &error);
      g_assert_null (t);
      g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_INVALID_UTF8);
      g_assert_null (gloss_import_error_get_encoding (error));
    }
}

/* binary files keep their message */
static void
test_binary (void)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\x00";
  static const char elf[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0";
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossTranscript) t = NULL;
  g_autoptr(GlossTranscript) t2 = NULL;

  t = gloss_import_data (png, sizeof png - 1, "picture.png", NULL, NULL, &error);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_INVALID_UTF8);
  g_assert_cmpstr (error->message, ==, "picture.png: invalid UTF-8 at byte 0");
  g_clear_error (&error);

  t2 = gloss_import_data (elf, sizeof elf - 1, "program", NULL, NULL, &error);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_NUL);
  g_assert_cmpstr (error->message, ==, "program: NUL byte at byte 7: not a text file");
}

static void
test_conversion_errors (void)
{
  const struct {
    const char *data;
    const char *encoding;
    const char *message;
  } cases[] = {
    { "abc", "NO-SUCH-ENCODING", "x.txt: “NO-SUCH-ENCODING” is not an encoding this system can read" },
    /* 0x81 is not a Windows-1252 character */
    { "ab\x81" "c", "WINDOWS-1252", "x.txt: not valid WINDOWS-1252 text at byte 2" },
    { "\x81\x30\x81", "GB18030", "x.txt: the text ends in the middle of a GB18030 character at byte 0" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GlossImportOptions options = { .encoding = cases[i].encoding };
      g_autoptr(GError) error = NULL;
      g_autoptr(GlossTranscript) t = NULL;

      t = gloss_import_data (cases[i].data, strlen (cases[i].data), "x.txt", NULL, &options, &error);
      g_assert_null (t);
      g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_CONVERSION);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* UTF-8 by name reads like no encoding at all, without guessing */
static void
test_explicit_utf8 (void)
{
  GlossImportOptions options = { .encoding = "utf-8" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GlossTranscript) t = NULL;
  g_autoptr(GlossTranscript) refused = NULL;

  t = gloss_import_data (french, strlen (french), "x.txt", NULL, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gloss_transcript_get_text (t), ==, french);

  refused = gloss_import_data ("R\xe9union\n", 8, "x.txt", NULL, &options, &error);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_INVALID_UTF8);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-normalize/bom-crlf", test_bom_crlf);
  g_test_add_func ("/text-normalize/cr-only", test_cr_only);
  g_test_add_func ("/text-normalize/mixed-line-endings", test_mixed_line_endings);
  g_test_add_func ("/text-normalize/error/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/text-normalize/error/nul", test_nul);
  g_test_add_func ("/text-normalize/error/empty", test_empty);
  g_test_add_func ("/text-normalize/encoding/windows-1252", test_windows_1252);
  g_test_add_func ("/text-normalize/encoding/latin-1", test_latin_1);
  g_test_add_func ("/text-normalize/encoding/gb18030", test_gb18030);
  g_test_add_func ("/text-normalize/encoding/utf16-without-bom", test_utf16_without_bom);
  g_test_add_func ("/text-normalize/encoding/utf16-with-bom", test_utf16_with_bom);
  g_test_add_func ("/text-normalize/encoding/damaged-utf8", test_damaged_utf8_is_not_guessed);
  g_test_add_func ("/text-normalize/encoding/binary", test_binary);
  g_test_add_func ("/text-normalize/encoding/conversion-errors", test_conversion_errors);
  g_test_add_func ("/text-normalize/encoding/explicit-utf8", test_explicit_utf8);

  return g_test_run ();
}
