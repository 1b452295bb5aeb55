#include "config.h"

#include <string.h>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "import-test-util.h"
#include "gloss-codebook.h"

/* REFI-QDA codebooks (.qdc): valid against Codebook.xsd, read back with
 * the same names and colours; hostile codebooks refused. */

static GPtrArray *
sample_topics (void)
{
  GPtrArray *topics = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (topics, gloss_topic_new ("water", "Water & sewers", "#3584e4"));
  g_ptr_array_add (topics, gloss_topic_new ("budget", "Budget <2024>", "#e66100"));
  g_ptr_array_add (topics, gloss_topic_new ("5g", "5G 基站", "#2ec27e"));
  return topics;
}

static void
test_write_valid (void)
{
  g_autoptr(GPtrArray) topics = sample_topics ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = gloss_codebook_write (topics, &error);
  const char *dir = g_getenv ("GLOSS_REFI_QDA_DIR");
  g_autofree char *path = dir != NULL ? g_build_filename (dir, "Codebook.xsd", NULL) : NULL;
  xmlDoc *doc;

  g_assert_no_error (error);
  doc = xmlReadMemory (g_bytes_get_data (bytes, NULL), (int) g_bytes_get_size (bytes), "x.qdc", NULL, XML_PARSE_NONET);
  g_assert_nonnull (doc);
  if (path != NULL && g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      xmlSchemaParserCtxt *parser = xmlSchemaNewParserCtxt (path);
      xmlSchema *schema = xmlSchemaParse (parser);
      xmlSchemaValidCtxt *valid = xmlSchemaNewValidCtxt (schema);

      g_assert_cmpint (xmlSchemaValidateDoc (valid, doc), ==, 0);
      xmlSchemaFreeValidCtxt (valid);
      xmlSchemaFree (schema);
      xmlSchemaFreeParserCtxt (parser);
    }
  else
    g_test_message ("Codebook.xsd not found: not validated");
  xmlFreeDoc (doc);
}

static void
test_round_trip (void)
{
  g_autoptr(GPtrArray) topics = sample_topics ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = gloss_codebook_write (topics, &error);
  g_autoptr(GPtrArray) back = gloss_codebook_read (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                                   "/some/dir/topics.qdc", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (back->len, ==, topics->len);
  for (guint i = 0; i < topics->len; i++)
    {
      g_assert_cmpstr (gloss_topic_get_name (g_ptr_array_index (back, i)), ==, gloss_topic_get_name (g_ptr_array_index (topics, i)));
      g_assert_cmpstr (gloss_topic_get_color (g_ptr_array_index (back, i)), ==, gloss_topic_get_color (g_ptr_array_index (topics, i)));
    }
  g_assert_cmpstr (gloss_topic_get_id (g_ptr_array_index (back, 0)), ==, "water-sewers");
}

/* QualCoder's codebooks nest categories; a project's CodeBook reads too */
static void
test_nested (void)
{
  static const char qdc[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"QualCoder\"><Codes>"
    "<Code guid=\"{11111111-1111-4111-8111-111111111111}\" name=\"Economy\" isCodable=\"false\">"
    "<Description>a category</Description>"
    "<Code guid=\"22222222-2222-4222-8222-222222222222\" name=\"Jobs\" isCodable=\"true\" color=\"#abc\"/>"
    "</Code></Codes></CodeBook>";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) topics = gloss_codebook_read (qdc, strlen (qdc), "qc.qdc", &error);

  g_assert_no_error (error);
  /* a category that cannot be coded is no topic, but names its children */
  g_assert_cmpuint (topics->len, ==, 1);
  g_assert_cmpstr (gloss_topic_get_name (g_ptr_array_index (topics, 0)), ==, "Economy / Jobs");
  g_assert_cmpstr (gloss_topic_get_color (g_ptr_array_index (topics, 0)), ==, "#aabbcc");
}

static void
test_hostile (void)
{
  g_autoptr(GString) deep = g_string_new ("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>");
  struct { const char *data; int code; const char *substring; } cases[] = {
    { "<?xml version=\"1.0\"?><!DOCTYPE CodeBook [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><CodeBook/>", GLOSS_IMPORT_ERROR_UNSAFE, "declares a document type" },
    { "<CodeBook><Codes/></CodeBook>", GLOSS_IMPORT_ERROR_MALFORMED, "not a REFI-QDA codebook" },
    { "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes></Codes></CodeBook>", GLOSS_IMPORT_ERROR_EMPTY, "no codes" },
    { "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>", GLOSS_IMPORT_ERROR_MALFORMED, "not well-formed XML" },
    { NULL, GLOSS_IMPORT_ERROR_MALFORMED, "deeper than 128 levels" },
  };

  for (guint i = 0; i < 200; i++)
    g_string_append_printf (deep, "<Code guid=\"%08x-0000-4000-8000-000000000000\" name=\"c\" isCodable=\"true\">", i);
  for (guint i = 0; i < 200; i++)
    g_string_append (deep, "</Code>");
  g_string_append (deep, "</Codes></CodeBook>");
  cases[G_N_ELEMENTS (cases) - 1].data = deep->str;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) topics = gloss_codebook_read (cases[i].data, strlen (cases[i].data), "bad.qdc", &error);

      g_assert_null (topics);
      g_assert_error (error, GLOSS_IMPORT_ERROR, cases[i].code);
      if (!g_str_has_prefix (error->message, "bad.qdc: ") || strstr (error->message, cases[i].substring) == NULL)
        g_error ("case %u: %s", i, error->message);
    }
}

static void
test_no_topics (void)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = gloss_codebook_write (none, &error);

  g_assert_null (bytes);
  g_assert_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_EMPTY);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/codebook/write-valid", test_write_valid);
  g_test_add_func ("/codebook/round-trip", test_round_trip);
  g_test_add_func ("/codebook/nested", test_nested);
  g_test_add_func ("/codebook/hostile", test_hostile);
  g_test_add_func ("/codebook/no-topics", test_no_topics);

  return g_test_run ();
}
