#include "config.h"

#include <string.h>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "export-test-util.h"
#include "gloss-export-qdpx.h"
#include "gloss-import-container.h"

/* The QDPX export: a ZIP with project.qde, valid against the REFI-QDA
 * schema, and the texts the selections point into. */

static gboolean
want_all (const char *name,
          gpointer    user_data)
{
  return TRUE;
}

static GHashTable *
export_entries (GlossProject *project)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  g_autofree char *data = export_string (project, NULL, "qdpx", 0, &length);
  GHashTable *entries = _gloss_zip_read (data, length, "fixture.qdpx", want_all, NULL, &error);

  g_assert_no_error (error);
  return entries;
}

static xmlDoc *
project_doc (GHashTable *entries)
{
  GBytes *qde = g_hash_table_lookup (entries, GLOSS_QDPX_PROJECT_ENTRY);
  gsize length;
  const char *data;

  g_assert_nonnull (qde);
  data = g_bytes_get_data (qde, &length);
  return xmlReadMemory (data, (int) length, "project.qde", "UTF-8", XML_PARSE_NONET);
}

static void
assert_valid (xmlDoc *doc)
{
  const char *dir = g_getenv ("GLOSS_REFI_QDA_DIR");
  g_autofree char *path = dir != NULL ? g_build_filename (dir, "Project-mrt2019.xsd", NULL) : NULL;
  xmlSchemaParserCtxt *parser;
  xmlSchema *schema;
  xmlSchemaValidCtxt *valid;
  int result;

  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("the REFI-QDA schema is not there (GLOSS_REFI_QDA_DIR)");
      return;
    }
  parser = xmlSchemaNewParserCtxt (path);
  schema = xmlSchemaParse (parser);
  g_assert_nonnull (schema);
  valid = xmlSchemaNewValidCtxt (schema);
  result = xmlSchemaValidateDoc (valid, doc);
  xmlSchemaFreeValidCtxt (valid);
  xmlSchemaFree (schema);
  xmlSchemaFreeParserCtxt (parser);
  g_assert_cmpint (result, ==, 0);
}

static guint
count_elements (xmlNode    *node,
                const char *name)
{
  guint n = 0;

  for (; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      n += xmlStrEqual (node->name, BAD_CAST name) + count_elements (node->children, name);
  return n;
}

static void
test_structure (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  g_autoptr(GHashTable) entries = export_entries (project);
  xmlDoc *doc = project_doc (entries);
  xmlNode *root = xmlDocGetRootElement (doc);
  xmlNode *sources, *source;
  g_autofree char *path = NULL;
  g_autofree char *entry_name = NULL;
  GBytes *text;
  guint n = 0;

  assert_valid (doc);
  g_assert_cmpstr ((const char *) root->ns->href, ==, GLOSS_QDPX_NAMESPACE);
  g_assert_cmpuint (count_elements (root, "Code"), ==, gloss_project_get_n_topics (project));
  g_assert_cmpuint (count_elements (root, "PlainTextSelection"), ==, N_FIXTURE_CLAIMS);

  /* the text the positions count in is in the archive, as it is */
  sources = _gloss_xml_child (root, GLOSS_QDPX_NAMESPACE, "Sources");
  source = _gloss_xml_child (sources, GLOSS_QDPX_NAMESPACE, "TextSource");
  path = (char *) xmlGetProp (source, BAD_CAST "plainTextPath");
  g_assert_true (g_str_has_prefix (path, "internal://"));
  entry_name = g_strconcat (GLOSS_QDPX_SOURCES_DIR, path + strlen ("internal://"), NULL);
  text = g_hash_table_lookup (entries, entry_name);
  g_assert_nonnull (text);
  g_assert_cmpmem (g_bytes_get_data (text, NULL), g_bytes_get_size (text),
                   gloss_transcript_get_text (transcript), gloss_transcript_get_text_size (transcript));

  for (xmlNode *sel = source->children; sel != NULL; sel = sel->next)
    {
      xmlChar *start, *end;
      GlossClaim *claim;

      if (sel->type != XML_ELEMENT_NODE)
        continue;
      claim = gloss_project_get_claim (project, n++);
      start = xmlGetProp (sel, BAD_CAST "startPosition");
      end = xmlGetProp (sel, BAD_CAST "endPosition");
      g_assert_cmpuint (g_ascii_strtoull ((char *) start, NULL, 10), ==, gloss_claim_get_start (claim));
      g_assert_cmpuint (g_ascii_strtoull ((char *) end, NULL, 10), ==, gloss_claim_get_end (claim));
      g_assert_cmpuint (count_elements (sel->children, "CodeRef"), ==,
                        g_strv_length ((char **) gloss_claim_get_topics (claim)));
      xmlFree (start);
      xmlFree (end);
    }
  g_assert_cmpuint (n, ==, N_FIXTURE_CLAIMS);
  xmlFree (path);
  path = NULL;
  xmlFreeDoc (doc);
}

/* claims on the original point into a second source; orphans stay out */
static void
test_bilingual (void)
{
  g_autoptr(GlossProject) project = make_bilingual_fixture ();
  g_autoptr(GHashTable) entries = export_entries (project);
  xmlDoc *doc = project_doc (entries);
  xmlNode *root = xmlDocGetRootElement (doc);

  assert_valid (doc);
  g_assert_cmpuint (count_elements (root, "TextSource"), ==, 2);
  g_assert_cmpuint (g_hash_table_size (entries), ==, 3);
  g_assert_cmpuint (count_elements (root, "PlainTextSelection"), ==, gloss_project_get_n_claims (project) - 1);
  xmlFreeDoc (doc);
}

/* users and notes, with what XML cannot hold */
static void
test_authors_and_notes (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  g_autoptr(GHashTable) entries = NULL;
  GlossClaim *claim = gloss_project_get_claim (project, 0);
  xmlDoc *doc;
  xmlNode *root;

  gloss_project_set_claim_note (project, claim, "a \x01 control & <tag> \"quoted\"");
  entries = export_entries (project);
  doc = project_doc (entries);
  g_assert_nonnull (doc);
  root = xmlDocGetRootElement (doc);
  assert_valid (doc);
  g_assert_cmpuint (count_elements (root, "Description"), >=, 1);
  g_assert_cmpuint (count_elements (root, "User"), >=, 1);
  xmlFreeDoc (doc);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/qdpx/structure", test_structure);
  g_test_add_func ("/export/qdpx/bilingual", test_bilingual);
  g_test_add_func ("/export/qdpx/authors-and-notes", test_authors_and_notes);

  return g_test_run ();
}
