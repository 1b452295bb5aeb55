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

/* --------------------------------------------------------------- layout */

static char *
normalize (const char              *text,
           GlossTextNormalizeFlags  flags)
{
  g_autoptr(GlossNormalizedText) n = gloss_text_normalize (text, strlen (text), flags);

  return gloss_normalized_text_steal_text (n, NULL);
}

static void
test_trailing_space_and_padding (void)
{
  g_autofree char *out = normalize ("Title  \t\n"
                                    "\n"
                                    "Dana Whitfield:         So I started.   \n"
                                    "  \n"
                                    "Dana Whitfield:\tThen I stopped.\n"
                                    "Total:        1,234\n",
                                    GLOSS_TEXT_NORMALIZE_NONE);

  /* a table-like line of a name used once keeps its spaces */
  g_assert_cmpstr (out, ==, "Title\n"
                            "\n"
                            "Dana Whitfield: So I started.\n"
                            "\n"
                            "Dana Whitfield: Then I stopped.\n"
                            "Total:        1,234\n");
}

static const char wrapped_cjk[] =
  "港口发布会\n"
  "\n"
  "林海涛：今年前两个月，港口集装箱吞吐量同比增长了百分之八，其中新能源汽车出口增长\n"
  "最快。我们将继续推进绿色港口建设，在年底前完成岸电设施的改造，并扩大智能闸口的覆\n"
  "盖范围。\n"
  "\n"
  "记者：请问岸电设施改造需要多少投资？港口方面是否已经与航运公司达成了使用协议，费\n"
  "用将如何分担？\n"
  "\n"
  "林海涛：总投资约三亿元，其中一半由港口承担，另一半由航运公司按照使用时间分摊。目\n"
  "前已经有六家航运公司签署了协议，其余公司的谈判将在下个月结束，结果会及时公布。\n"
  "\n"
  "周晓梅：我补充一点，岸电改造完成后，每年可以减少二氧化碳排放约四万吨，这相当于种\n"
  "植两百万棵树，也将明显改善港区周边居民的空气质量和生活环境，效果十分可观。\n"
  "\n"
  "记者：智能闸口投入使用以后，集卡司机平均等待的时间能够缩短多少？对周边道路的交通\n"
  "拥堵情况会有什么样的影响？\n"
  "\n"
  "周晓梅：根据试点的数据，平均等待时间从四十分钟缩短到了十二分钟，高峰时段港区周边\n"
  "道路的拥堵指数下降了约三成，我们会在年底前把试点经验推广到全部十四个闸口。\n"
;

static const char * const cjk_paragraphs[] = {
  "林海涛：今年前两个月，港口集装箱吞吐量同比增长了百分之八，其中新能源汽车出口增长最快。我们将继续推进绿色港口建设，在年底前完成岸电设施的改造，并扩大智能闸口的覆盖范围。",
  "记者：请问岸电设施改造需要多少投资？港口方面是否已经与航运公司达成了使用协议，费用将如何分担？",
  "林海涛：总投资约三亿元，其中一半由港口承担，另一半由航运公司按照使用时间分摊。目前已经有六家航运公司签署了协议，其余公司的谈判将在下个月结束，结果会及时公布。",
  "周晓梅：我补充一点，岸电改造完成后，每年可以减少二氧化碳排放约四万吨，这相当于种植两百万棵树，也将明显改善港区周边居民的空气质量和生活环境，效果十分可观。",
  "记者：智能闸口投入使用以后，集卡司机平均等待的时间能够缩短多少？对周边道路的交通拥堵情况会有什么样的影响？",
  "周晓梅：根据试点的数据，平均等待时间从四十分钟缩短到了十二分钟，高峰时段港区周边道路的拥堵指数下降了约三成，我们会在年底前把试点经验推广到全部十四个闸口。",
};

static void
test_join_wrapped_cjk (void)
{
  g_autofree char *out = normalize (wrapped_cjk, GLOSS_TEXT_NORMALIZE_JOIN_WRAPPED);

  /* no space between two Chinese characters */
  for (guint i = 0; i < G_N_ELEMENTS (cjk_paragraphs); i++)
    {
      g_autofree char *paragraph = g_strconcat ("\n", cjk_paragraphs[i], "\n", NULL);

      g_assert_nonnull (strstr (out, paragraph));
    }
  g_assert_true (g_str_has_prefix (out, "港口发布会\n\n林海涛："));
}

static void
test_join_wrapped_hyphen (void)
{
  static const char text[] =
    "Minutes of the council\n"
    "\n"
    "ANN LEE: The harbour plan sets out a long-term programme for the old\n"
    "quay, with a well-known firm of engineers and a carefully phased time-\n"
    "table that keeps the fishing boats working through the whole summer.\n"
    "It also asks for a new study of the silt, which the council will pay\n"
    "for out of the reserve that was set aside for dredging in the budget.\n"
    "\n"
    "TOM REED: The study will take about three months, and the engineers\n"
    "expect to publish the first results before the end of the autumn, in\n"
    "time for the public meeting that the council has promised to hold on\n"
    "the question of the salt marsh and the future of the east pontoon.\n";
  g_autofree char *out = normalize (text, GLOSS_TEXT_NORMALIZE_ALL);

  g_assert_nonnull (strstr (out, "carefully phased time-table that keeps"));
  g_assert_nonnull (strstr (out, "long-term programme for the old quay, with"));
  g_assert_nonnull (strstr (out, "in the budget.\n\nTOM REED: The study"));
  g_assert_nonnull (strstr (out, "hold on the question of the salt marsh and the future of the east pontoon.\n"));
}

/* too few lines to tell a wrap from a layout: nothing is joined */
static void
test_short_text_is_not_joined (void)
{
  static const char text[] =
    "A very long title of a briefing that takes up most of the line\n"
    "Beijing\n"
    "\n"
    "Ann Lee:\n"
    "\n"
    "Hello.\n";
  g_autofree char *out = normalize (text, GLOSS_TEXT_NORMALIZE_ALL);

  g_assert_cmpstr (out, ==, text);
}

static void
test_split_long_line_chinese (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *out = NULL;
  g_auto(GStrv) paragraphs = NULL;
  guint n = 0;

  while (g_utf8_strlen (text->str, -1) < 3 * GLOSS_TEXT_MAX_LINE_CHARS)
    g_string_append_printf (text, "第%u周港口处理了%u个集装箱，比上周有所增加。", n, 1000 + n), n++;

  out = normalize (text->str, GLOSS_TEXT_NORMALIZE_SPLIT_LONG_LINES);
  paragraphs = g_strsplit (out, "\n\n", -1);
  g_assert_cmpuint (g_strv_length (paragraphs), >=, 15);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_assert_cmpuint (g_utf8_strlen (paragraphs[i], -1), <=, GLOSS_TEXT_SPLIT_CHARS);
      g_assert_true (g_str_has_suffix (paragraphs[i], "有所增加。"));
      g_assert_null (strchr (paragraphs[i], '\n'));
    }
}

/* one sentence of 30,000 characters: pieces at word boundaries */
static void
test_split_long_sentence (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *out = NULL;
  g_auto(GStrv) paragraphs = NULL;
  g_autofree char *joined = NULL;

  while (text->len < 30000)
    g_string_append (text, "harbour ");
  g_string_append (text, "end");

  out = normalize (text->str, GLOSS_TEXT_NORMALIZE_SPLIT_LONG_LINES);
  paragraphs = g_strsplit (out, "\n\n", -1);
  g_assert_cmpuint (g_strv_length (paragraphs), >=, 15);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (paragraphs[i]), <=, GLOSS_TEXT_SPLIT_CHARS);
      g_assert_true (g_str_has_prefix (paragraphs[i], "harbour") || g_str_equal (paragraphs[i], "end"));
    }
  /* nothing but the breaks changed */
  joined = g_strjoinv (" ", paragraphs);
  g_assert_cmpstr (joined, ==, text->str);
}

/* Every word of the input is found where the map says it went: the join,
 * the padding, the breaks before inline labels and the sentence splits
 * all keep offsets from a source format usable. */
static void
assert_map_keeps_words (const char *input,
                        gsize       length)
{
  g_autoptr(GlossNormalizedText) n = gloss_text_normalize (input, length, GLOSS_TEXT_NORMALIZE_ALL);
  gsize out_length;
  const char *out = gloss_normalized_text_get_text (n, &out_length);
  gsize prev = 0;
  guint words = 0;

  for (gsize i = 0; i < length; i++)
    {
      gsize end = i, mapped;

      if (g_ascii_isspace (input[i]) || (i > 0 && !g_ascii_isspace (input[i - 1])))
        continue;
      while (end < length && !g_ascii_isspace (input[end]))
        end++;
      mapped = gloss_normalized_text_map_offset (n, i);
      g_assert_cmpuint (mapped, >=, prev);
      g_assert_cmpuint (mapped + (end - i), <=, out_length);
      if (memcmp (out + mapped, input + i, end - i) != 0)
        g_error ("“%.*s” at %" G_GSIZE_FORMAT " maps to “%.*s”", (int) (end - i), input + i, i,
                 (int) (end - i), out + mapped);
      prev = mapped;
      words++;
    }
  g_assert_cmpuint (words, >, 0);
  g_assert_cmpuint (gloss_normalized_text_map_offset (n, length), ==, out_length);
}

static void
test_offset_map (void)
{
  const char *fixtures[] = { "meeting-wrapped.txt", "briefing-one-line.txt", "interview-coded.txt" };
  g_autoptr(GString) long_line = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *path = import_test_fixture_path (fixtures[i]);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      assert_map_keeps_words (contents, length);
    }

  for (guint n = 0; long_line->len < 50000; n++)
    g_string_append_printf (long_line, "Sentence %u ends here.   ", n);
  assert_map_keeps_words (long_line->str, long_line->len);
  assert_map_keeps_words ("Dana:      padded\n", 18);
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
  g_test_add_func ("/text-normalize/layout/trailing-space-and-padding", test_trailing_space_and_padding);
  g_test_add_func ("/text-normalize/layout/join-wrapped-cjk", test_join_wrapped_cjk);
  g_test_add_func ("/text-normalize/layout/join-wrapped-hyphen", test_join_wrapped_hyphen);
  g_test_add_func ("/text-normalize/layout/short-text-not-joined", test_short_text_is_not_joined);
  g_test_add_func ("/text-normalize/layout/split-long-line-chinese", test_split_long_line_chinese);
  g_test_add_func ("/text-normalize/layout/split-long-sentence", test_split_long_sentence);
  g_test_add_func ("/text-normalize/layout/offset-map", test_offset_map);
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
