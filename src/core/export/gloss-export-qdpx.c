#include "config.h"

#include <string.h>
#include <archive.h>
#include <archive_entry.h>
#include <libxml/tree.h>
#include <glib/gi18n-lib.h>

#include "gloss-export-private.h"
#include "gloss-export-qdpx.h"

/* REFI-QDA project exchange (QDA-XML 1.0, urn:QDA-XML:project:1.0): a ZIP
 * holding project.qde and Sources/<guid>.txt, the transcript (and the
 * original, when claims are on it) as UTF-8 plain text.
 *  - topics are Codes of the CodeBook, with their colour;
 *  - each located claim is a PlainTextSelection of its text, offsets in
 *    characters (code points) of that text, with a Coding per topic and
 *    its note as the Description; authors are Users;
 *  - orphans, keywords, turns and media times are not part of the standard
 *    and stay behind.
 * GUIDs are derived from what they name (a claim's UUID is its GUID), so
 * the same project always gives the same file. */

#define QDA_NS "urn:QDA-XML:project:1.0"
/* DOS time cannot say 1970; any fixed date keeps the archive reproducible */
#define ENTRY_MTIME 315532800

char *
_gloss_qdpx_guid_for (const char *kind,
                      const char *id)
{
  g_autofree char *key = NULL;
  g_autofree char *hash = NULL;

  if (g_uuid_string_is_valid (id))
    return g_ascii_strdown (id, -1);

  /* name-based, in the shape of a version 5 UUID */
  key = g_strconcat ("gloss:", kind, ":", id, NULL);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA1, key, -1);
  hash[12] = '5';
  hash[16] = "89ab"[g_ascii_xdigit_value (hash[16]) & 3];
  return g_strdup_printf ("%.8s-%.4s-%.4s-%.4s-%.12s", hash, hash + 8, hash + 12, hash + 16, hash + 20);
}

/* XML 1.0 has no place for C0 controls other than tab and line ends */
static char *
xml_safe (const char *text)
{
  char *copy = g_strdup (text != NULL ? text : "");

  for (char *p = copy; *p != '\0'; p++)
    if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
      *p = ' ';
  return copy;
}

static void
set_prop (xmlNode    *node,
          const char *name,
          const char *value)
{
  g_autofree char *safe = xml_safe (value);

  xmlNewProp (node, BAD_CAST name, BAD_CAST safe);
}

static void
set_date_prop (xmlNode    *node,
               const char *name,
               GDateTime  *time)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *text = NULL;

  if (time == NULL)
    return;
  /* xsd:dateTime, microseconds kept so that a round trip loses nothing */
  utc = g_date_time_to_utc (time);
  text = g_date_time_format_iso8601 (utc);
  set_prop (node, name, text);
}

static xmlNode *
add_text_child (xmlNode    *parent,
                xmlNs      *ns,
                const char *name,
                const char *text)
{
  g_autofree char *safe = xml_safe (text);

  return xmlNewTextChild (parent, ns, BAD_CAST name, BAD_CAST safe);
}

typedef struct
{
  GlossTranscript *text;
  GlossTextRole role;
  char *guid;
  xmlNode *node;
} Source;

static void
source_clear (Source *source)
{
  g_free (source->guid);
}

static la_ssize_t
write_cb (struct archive *archive,
          void           *user_data,
          const void     *buffer,
          size_t          length)
{
  g_byte_array_append (user_data, buffer, length);
  return length;
}

static gboolean
add_entry (struct archive *archive,
           const char     *name,
           const char     *data,
           gsize           length)
{
  struct archive_entry *entry = archive_entry_new ();
  gboolean ok;

  archive_entry_set_pathname (entry, name);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, length);
  archive_entry_set_mtime (entry, ENTRY_MTIME, 0);
  ok = archive_write_header (archive, entry) == ARCHIVE_OK &&
       (length == 0 || archive_write_data (archive, data, length) == (la_ssize_t) length);
  archive_entry_free (entry);
  return ok;
}

static xmlDoc *
build_project (const GlossExportRecords *records,
               Source                    sources[2])
{
  GlossTranscript *transcript = records->transcript;
  xmlDoc *doc = xmlNewDoc (BAD_CAST "1.0");
  xmlNode *root = xmlNewNode (NULL, BAD_CAST "Project");
  xmlNs *ns = xmlNewNs (root, BAD_CAST QDA_NS, NULL);
  xmlNode *users = NULL, *codebook, *codes, *sources_node;
  g_autoptr(GHashTable) user_guids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  GDateTime *first = NULL, *last = NULL;
  const char *title = gloss_transcript_get_title (transcript);
  g_autofree char *origin = g_strdup_printf ("Gloss %s", PACKAGE_VERSION);

  xmlSetNs (root, ns);
  xmlDocSetRootElement (doc, root);
  set_prop (root, "name", title != NULL && *title != '\0' ? title : "Gloss");
  set_prop (root, "origin", origin);

  for (guint i = 0; i < records->records->len; i++)
    {
      const GlossExportRecord *record = g_ptr_array_index (records->records, i);
      const char *author = gloss_claim_get_author (record->claim);
      GDateTime *created = gloss_claim_get_created (record->claim);
      GDateTime *modified = gloss_claim_get_modified (record->claim);

      if (first == NULL || g_date_time_compare (created, first) < 0)
        first = created;
      if (last == NULL || g_date_time_compare (modified, last) > 0)
        last = modified;
      if (author != NULL && *author != '\0' && !g_hash_table_contains (user_guids, author))
        g_hash_table_insert (user_guids, (gpointer) author, _gloss_qdpx_guid_for ("user", author));
    }
  set_date_prop (root, "creationDateTime", first);
  set_date_prop (root, "modifiedDateTime", last);

  /* users in the order their claims come */
  if (g_hash_table_size (user_guids) > 0)
    {
      g_autoptr(GHashTable) done = g_hash_table_new (g_str_hash, g_str_equal);

      users = xmlNewChild (root, ns, BAD_CAST "Users", NULL);
      for (guint i = 0; i < records->records->len; i++)
        {
          const GlossExportRecord *record = g_ptr_array_index (records->records, i);
          const char *author = gloss_claim_get_author (record->claim);
          xmlNode *user;

          if (author == NULL || *author == '\0' || !g_hash_table_add (done, (gpointer) author))
            continue;
          user = xmlNewChild (users, ns, BAD_CAST "User", NULL);
          set_prop (user, "guid", g_hash_table_lookup (user_guids, author));
          set_prop (user, "name", author);
        }
    }

  if (records->topics->len > 0)
    {
      codebook = xmlNewChild (root, ns, BAD_CAST "CodeBook", NULL);
      codes = xmlNewChild (codebook, ns, BAD_CAST "Codes", NULL);
      for (guint i = 0; i < records->topics->len; i++)
        {
          GlossTopic *topic = g_ptr_array_index (records->topics, i);
          g_autofree char *guid = _gloss_qdpx_guid_for ("topic", gloss_topic_get_id (topic));
          xmlNode *code = xmlNewChild (codes, ns, BAD_CAST "Code", NULL);

          set_prop (code, "guid", guid);
          set_prop (code, "name", gloss_topic_get_name (topic));
          set_prop (code, "isCodable", "true");
          set_prop (code, "color", gloss_topic_get_color (topic));
        }
    }

  sources_node = xmlNewChild (root, ns, BAD_CAST "Sources", NULL);
  for (guint s = 0; s < 2; s++)
    {
      const char *name;

      if (sources[s].text == NULL)
        continue;
      name = gloss_transcript_get_source (sources[s].text);
      if (name == NULL || *name == '\0')
        name = gloss_transcript_get_title (sources[s].text);
      sources[s].node = xmlNewChild (sources_node, ns, BAD_CAST "TextSource", NULL);
      set_prop (sources[s].node, "guid", sources[s].guid);
      set_prop (sources[s].node, "name", name != NULL && *name != '\0' ? name :
                s == 0 ? "transcript" : "original");
      {
        g_autofree char *path = g_strconcat ("internal://", sources[s].guid, ".txt", NULL);

        set_prop (sources[s].node, "plainTextPath", path);
      }
      set_date_prop (sources[s].node, "creationDateTime", first);
    }

  for (guint i = 0; i < records->records->len; i++)
    {
      const GlossExportRecord *record = g_ptr_array_index (records->records, i);
      GlossClaim *claim = record->claim;
      Source *source = &sources[record->role == GLOSS_TEXT_ORIGINAL ? 1 : 0];
      const char *author = gloss_claim_get_author (claim);
      const char *user = author != NULL ? g_hash_table_lookup (user_guids, author) : NULL;
      const char *note = gloss_claim_get_note (claim);
      g_autofree char *guid = _gloss_qdpx_guid_for ("claim", gloss_claim_get_id (claim));
      g_autofree char *name = g_utf8_substring (gloss_claim_get_quote (claim), 0,
                                                MIN (g_utf8_strlen (gloss_claim_get_quote (claim), -1), 60));
      char number[16];
      xmlNode *selection;

      if (!record->located || source->node == NULL)
        continue;
      selection = xmlNewChild (source->node, ns, BAD_CAST "PlainTextSelection", NULL);
      set_prop (selection, "guid", guid);
      set_prop (selection, "name", name);
      g_snprintf (number, sizeof number, "%u", gloss_claim_get_start (claim));
      set_prop (selection, "startPosition", number);
      g_snprintf (number, sizeof number, "%u", gloss_claim_get_end (claim));
      set_prop (selection, "endPosition", number);
      if (user != NULL)
        set_prop (selection, "creatingUser", user);
      set_date_prop (selection, "creationDateTime", gloss_claim_get_created (claim));
      if (user != NULL)
        set_prop (selection, "modifyingUser", user);
      set_date_prop (selection, "modifiedDateTime", gloss_claim_get_modified (claim));
      if (note != NULL && *note != '\0')
        add_text_child (selection, ns, "Description", note);
      for (guint t = 0; t < record->topics->len; t++)
        {
          GlossTopic *topic = g_ptr_array_index (record->topics, t);
          g_autofree char *code_guid = _gloss_qdpx_guid_for ("topic", gloss_topic_get_id (topic));
          g_autofree char *coding_key = g_strconcat (gloss_claim_get_id (claim), "/", gloss_topic_get_id (topic), NULL);
          g_autofree char *coding_guid = _gloss_qdpx_guid_for ("coding", coding_key);
          xmlNode *coding = xmlNewChild (selection, ns, BAD_CAST "Coding", NULL);
          xmlNode *ref;

          set_prop (coding, "guid", coding_guid);
          if (user != NULL)
            set_prop (coding, "creatingUser", user);
          set_date_prop (coding, "creationDateTime", gloss_claim_get_created (claim));
          ref = xmlNewChild (coding, ns, BAD_CAST "CodeRef", NULL);
          set_prop (ref, "targetGUID", code_guid);
        }
    }

  return doc;
}

GBytes *
_gloss_export_write_qdpx (const GlossExportRecords  *records,
                          GlossExportFlags           flags,
                          GError                   **error)
{
  Source sources[2] = { { 0, }, { 0, } };
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  struct archive *archive;
  xmlDoc *doc;
  xmlChar *xml = NULL;
  int xml_length = 0;
  gboolean ok = TRUE;

  sources[0].text = records->transcript;
  sources[0].role = GLOSS_TEXT_TRANSCRIPT;
  for (guint i = 0; i < records->records->len; i++)
    {
      const GlossExportRecord *record = g_ptr_array_index (records->records, i);

      if (record->role == GLOSS_TEXT_ORIGINAL && record->located)
        sources[1].text = record->text;
    }
  sources[1].role = GLOSS_TEXT_ORIGINAL;
  for (guint s = 0; s < 2; s++)
    if (sources[s].text != NULL)
      {
        g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA1,
                                                               gloss_transcript_get_text (sources[s].text), -1);

        sources[s].guid = _gloss_qdpx_guid_for (s == 0 ? "transcript" : "original", hash);
      }

  doc = build_project (records, sources);
  xmlDocDumpFormatMemoryEnc (doc, &xml, &xml_length, "UTF-8", 1);
  xmlFreeDoc (doc);

  archive = archive_write_new ();
  archive_write_set_format_zip (archive);
  archive_write_set_bytes_in_last_block (archive, 1);
  ok = archive_write_open (archive, bytes, NULL, write_cb, NULL) == ARCHIVE_OK &&
       add_entry (archive, GLOSS_QDPX_PROJECT_ENTRY, (const char *) xml, xml_length);
  for (guint s = 0; s < 2 && ok; s++)
    if (sources[s].text != NULL)
      {
        g_autofree char *name = g_strconcat (GLOSS_QDPX_SOURCES_DIR, sources[s].guid, ".txt", NULL);

        ok = add_entry (archive, name, gloss_transcript_get_text (sources[s].text),
                        gloss_transcript_get_text_size (sources[s].text));
      }
  ok = ok && archive_write_close (archive) == ARCHIVE_OK;
  if (!ok)
    g_set_error (error, GLOSS_EXPORT_ERROR, GLOSS_EXPORT_ERROR_FAILED,
                 _("The QDPX archive could not be written: %s"), archive_error_string (archive));
  archive_write_free (archive);
  xmlFree (xml);
  source_clear (&sources[0]);
  source_clear (&sources[1]);
  if (!ok)
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
