#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "gloss-export-qdpx.h"
#include "gloss-import-container.h"
#include "gloss-text-normalize.h"
#include "gloss-topic.h"

/* REFI-QDA projects (.qdpx): project.qde read with libxml2 (no network,
 * DTD or entities) from the ZIP, and the first TextSource's text (inline
 * PlainTextContent, or the archive entry its plainTextPath names). Codes
 * become topics, nested codes flattened to "Parent / Child"; the source's
 * PlainTextSelections become claims, with their codings as topics, their
 * Description as the note, their creating user as the author and their
 * dates. Selection offsets count characters of the source text; the text
 * goes through the same normalisation as a plain-text import and the
 * offsets are mapped through it. Other sources (PDF, pictures, media),
 * cases, variables, sets and graphs are not read. */

#define QDA_NS GLOSS_QDPX_NAMESPACE

/* the archive entries worth reading: the project and plain texts */
static gboolean
want_entry (const char *name,
            gpointer    user_data)
{
  return g_str_equal (name, GLOSS_QDPX_PROJECT_ENTRY) || g_str_has_suffix (name, ".txt") ||
         g_str_has_suffix (name, ".TXT");
}

static char *
prop (xmlNode    *node,
      const char *name)
{
  xmlChar *value = xmlGetProp (node, BAD_CAST name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* "{ABC-…}" and "ABC-…" name the same GUID */
static char *
guid_key (const char *guid)
{
  g_autofree char *copy = g_strdup (guid != NULL ? guid : "");

  g_strstrip (copy);
  if (copy[0] == '{' && g_str_has_suffix (copy, "}"))
    {
      memmove (copy, copy + 1, strlen (copy));
      copy[strlen (copy) - 1] = '\0';
    }
  return g_ascii_strdown (copy, -1);
}

typedef struct
{
  const char *source_name;
  GPtrArray *topics;          /* GlossTopic * */
  GHashTable *topic_by_guid;  /* guid key -> topic id (owned by the topic) */
  GHashTable *topic_ids;      /* ids taken */
  GHashTable *users;          /* guid key -> name */
} Reader;

/* "Water policy" -> "water-policy", unique in the project */
static char *
topic_id_for (Reader     *self,
              const char *name)
{
  g_autofree char *folded = g_utf8_strdown (name, -1);
  GString *id = g_string_new (NULL);
  g_autofree char *base = NULL;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (id, c);
      else if (id->len > 0 && id->str[id->len - 1] != '-')
        g_string_append_c (id, '-');
    }
  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);
  if (id->len == 0)
    g_string_append (id, "topic");
  base = g_string_free (id, FALSE);
  if (!g_hash_table_contains (self->topic_ids, base))
    return g_steal_pointer (&base);
  for (guint n = 2; ; n++)
    {
      char *candidate = g_strdup_printf ("%s-%u", base, n);

      if (!g_hash_table_contains (self->topic_ids, candidate))
        return candidate;
      g_free (candidate);
    }
}

static gboolean
read_codes (Reader     *self,
            xmlNode    *parent,
            const char *path,
            guint       depth,
            GError    **error)
{
  for (xmlNode *code = parent->children; code != NULL; code = code->next)
    {
      g_autofree char *guid = NULL;
      g_autofree char *name = NULL;
      g_autofree char *color = NULL;
      g_autofree char *full = NULL;
      g_autofree char *codable = NULL;

      if (!_gloss_xml_is (code, QDA_NS, "Code"))
        continue;
      if (depth >= GLOSS_XML_MAX_DEPTH)
        {
          _gloss_xml_set_too_deep (error, GLOSS_QDPX_PROJECT_ENTRY, self->source_name);
          return FALSE;
        }
      guid = prop (code, "guid");
      name = prop (code, "name");
      color = prop (code, "color");
      codable = prop (code, "isCodable");
      if (name == NULL || !g_utf8_validate (name, -1, NULL))
        name = g_strdup (_("Unnamed code"));
      g_strstrip (name);
      full = path != NULL ? g_strconcat (path, " / ", name, NULL) : g_strdup (name);

      /* "#abc" is the standard's short form */
      if (color != NULL && strlen (color) == 4 && color[0] == '#')
        {
          char *longer = g_strdup_printf ("#%c%c%c%c%c%c", color[1], color[1], color[2], color[2],
                                          color[3], color[3]);

          g_free (color);
          color = longer;
        }
      if (color != NULL)
        {
          char *lower = g_ascii_strdown (color, -1);

          g_free (color);
          color = lower;
        }
      if (codable == NULL || g_strcmp0 (codable, "false") != 0)
        {
          g_autofree char *id = topic_id_for (self, full);
          GlossTopic *topic = gloss_topic_new (id, full, color != NULL && gloss_color_is_valid (color) ? color : NULL);

          g_ptr_array_add (self->topics, topic);
          g_hash_table_add (self->topic_ids, (gpointer) gloss_topic_get_id (topic));
          if (guid != NULL)
            g_hash_table_insert (self->topic_by_guid, guid_key (guid), (gpointer) gloss_topic_get_id (topic));
        }
      if (!read_codes (self, code, full, depth + 1, error))
        return FALSE;
    }
  return TRUE;
}

static GDateTime *
date_prop (xmlNode    *node,
           const char *name)
{
  g_autofree char *value = prop (node, name);

  return value != NULL ? g_date_time_new_from_iso8601 (value, NULL) : NULL;
}

static gboolean
parse_position (const char *value,
                guint64    *out)
{
  return value != NULL && g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT, out, NULL);
}

typedef struct
{
  guint64 position;   /* characters */
  gsize *byte;        /* where the byte offset goes */
} Position;

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  const Position *pa = a, *pb = b;

  return pa->position < pb->position ? -1 : pa->position > pb->position;
}

/* character positions to byte offsets of @text in one pass */
static void
positions_to_bytes (GArray     *positions,
                    const char *text,
                    gsize       length)
{
  const char *p = text, *end = text + length;
  guint64 chars = 0;

  g_array_sort (positions, compare_positions);
  for (guint i = 0; i < positions->len; i++)
    {
      Position *pos = &g_array_index (positions, Position, i);

      while (chars < pos->position && p < end)
        {
          p = g_utf8_next_char (p);
          chars++;
        }
      *pos->byte = MIN ((gsize) (p - text), length);
    }
}

/* gloss_text_decode drops a UTF-8 byte-order mark and the CR of each CRLF
 * (a lone CR or a form feed becomes one LF): the same offsets in its text */
static gsize
raw_offset_to_decoded (const char *raw,
                       gsize       length,
                       gsize       offset,
                       gsize      *scanned,
                       gsize      *dropped)
{
  gsize bom = length >= 3 && memcmp (raw, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;

  if (*scanned < bom)
    *scanned = bom;
  for (; *scanned < offset && *scanned < length; (*scanned)++)
    if (raw[*scanned] == '\r' && *scanned + 1 < length && raw[*scanned + 1] == '\n')
      (*dropped)++;
  return offset < bom ? 0 : offset - bom - *dropped;
}

static int
compare_offset_pointers (gconstpointer a,
                         gconstpointer b)
{
  gsize oa = **(gsize * const *) a, ob = **(gsize * const *) b;

  return oa < ob ? -1 : oa > ob;
}

static void
raw_to_decoded (GPtrArray  *selections,
                const char *raw,
                gsize       length)
{
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize *));
  gsize scanned = 0, dropped = 0;

  for (guint i = 0; i < selections->len; i++)
    {
      GlossImportSelection *sel = g_ptr_array_index (selections, i);
      gsize *start = &sel->start, *end = &sel->end;

      g_array_append_val (offsets, start);
      g_array_append_val (offsets, end);
    }
  /* one forward pass over every offset, smallest first */
  g_array_sort (offsets, compare_offset_pointers);
  for (guint i = 0; i < offsets->len; i++)
    {
      gsize *offset = g_array_index (offsets, gsize *, i);

      *offset = raw_offset_to_decoded (raw, length, *offset, &scanned, &dropped);
    }
}

static GHashTable *
read_users (xmlNode *root)
{
  GHashTable *users = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  xmlNode *list = _gloss_xml_child (root, QDA_NS, "Users");

  for (xmlNode *user = list != NULL ? list->children : NULL; user != NULL; user = user->next)
    {
      g_autofree char *guid = NULL;
      char *name;

      if (!_gloss_xml_is (user, QDA_NS, "User"))
        continue;
      guid = prop (user, "guid");
      name = prop (user, "name");
      if (guid != NULL && name != NULL && g_utf8_validate (name, -1, NULL))
        g_hash_table_insert (users, guid_key (guid), name);
      else
        g_free (name);
    }
  return users;
}

static GBytes *
find_entry (GHashTable *entries,
            const char *path)
{
  g_autofree char *wanted = NULL;
  GHashTableIter iter;
  gpointer key, value;

  if (path == NULL)
    return NULL;
  if (g_ascii_strncasecmp (path, "internal://", 11) == 0)
    path += 11;
  /* tools disagree on the folder ("Sources/", "sources/", none) */
  wanted = g_path_get_basename (path);
  g_hash_table_iter_init (&iter, entries);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *base = g_path_get_basename (key);

      if (g_ascii_strcasecmp (base, wanted) == 0)
        return value;
    }
  return NULL;
}

static guint
sniff_qdpx (const char *data,
            gsize       length)
{
  if (!_gloss_zip_sniff (data, length))
    return 0;
  if (memmem (data, length, GLOSS_QDPX_PROJECT_ENTRY, strlen (GLOSS_QDPX_PROJECT_ENTRY)) != NULL)
    return 80;
  return 0;
}

static GlossImportSource *
read_qdpx (const char               *data,
           gsize                     length,
           const char               *source_name,
           const GlossImportOptions *options,
           GError                  **error)
{
  g_autoptr(GHashTable) entries = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GHashTable) users = NULL;
  g_autoptr(GHashTable) topic_by_guid = NULL;
  g_autoptr(GHashTable) topic_ids = NULL;
  g_autoptr(GPtrArray) topics = NULL;
  g_autoptr(GPtrArray) selections = NULL;
  g_autoptr(GArray) positions = NULL;
  g_autoptr(GlossNormalizedText) normalized = NULL;
  g_autofree char *text = NULL;
  g_autofree char *project_name = NULL;
  GlossImportSource *source;
  xmlNode *root, *codebook, *sources, *text_source = NULL, *content;
  GBytes *project;
  gsize text_length = 0;
  const char *raw = NULL;
  gsize raw_length = 0;
  Reader reader;
  char *out;
  gsize out_length;

  entries = _gloss_zip_read (data, length, source_name, want_entry, NULL, error);
  if (entries == NULL)
    return NULL;
  project = g_hash_table_lookup (entries, GLOSS_QDPX_PROJECT_ENTRY);
  if (project == NULL)
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
                   _("%s: not a REFI-QDA project: the archive has no %s"), source_name,
                   GLOSS_QDPX_PROJECT_ENTRY);
      return NULL;
    }
  doc = _gloss_xml_read (project, GLOSS_QDPX_PROJECT_ENTRY, source_name, error);
  if (doc == NULL)
    return NULL;
  root = xmlDocGetRootElement (doc);
  if (!_gloss_xml_is (root, QDA_NS, "Project"))
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
                   _("%s: %s is not a QDA-XML project (%s)"), source_name,
                   GLOSS_QDPX_PROJECT_ENTRY, QDA_NS);
      return NULL;
    }

  sources = _gloss_xml_child (root, QDA_NS, "Sources");
  for (xmlNode *n = sources != NULL ? sources->children : NULL; n != NULL && text_source == NULL; n = n->next)
    if (_gloss_xml_is (n, QDA_NS, "TextSource"))
      text_source = n;
  if (text_source == NULL)
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
                   _("%s: the project holds no text source"), source_name);
      return NULL;
    }

  content = _gloss_xml_child (text_source, QDA_NS, "PlainTextContent");
  if (content != NULL)
    {
      xmlChar *inline_text = xmlNodeGetContent (content);

      text = g_strdup ((const char *) inline_text);
      text_length = strlen (text);
      xmlFree (inline_text);
    }
  else
    {
      g_autofree char *path = prop (text_source, "plainTextPath");
      GBytes *entry = find_entry (entries, path);
      const char *bytes;
      gsize size;

      if (entry == NULL)
        {
          g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
                       _("%s: the text source’s plain text (%s) is not in the archive"),
                       source_name, path != NULL ? path : "plainTextPath");
          return NULL;
        }
      bytes = g_bytes_get_data (entry, &size);
      /* selections count characters of the file as it is, line ends
       * included: they are found there, then follow the decoding */
      if (options->encoding == NULL && g_utf8_validate_len (bytes, size, NULL))
        {
          raw = bytes;
          raw_length = size;
        }
      text = gloss_text_decode (bytes, size, options->encoding, source_name, &text_length, error);
      if (text == NULL)
        return NULL;
    }

  topics = g_ptr_array_new_with_free_func (g_object_unref);
  topic_by_guid = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  topic_ids = g_hash_table_new (g_str_hash, g_str_equal);
  users = read_users (root);
  reader = (Reader) { source_name, topics, topic_by_guid, topic_ids, users };
  codebook = _gloss_xml_child (_gloss_xml_child (root, QDA_NS, "CodeBook"), QDA_NS, "Codes");
  if (codebook != NULL && !read_codes (&reader, codebook, NULL, 3, error))
    return NULL;

  selections = g_ptr_array_new_with_free_func ((GDestroyNotify) gloss_import_selection_free);
  positions = g_array_new (FALSE, FALSE, sizeof (Position));
  for (xmlNode *n = text_source->children; n != NULL; n = n->next)
    {
      g_autofree char *start_text = NULL;
      g_autofree char *end_text = NULL;
      g_autofree char *guid = NULL;
      g_autofree char *user = NULL;
      g_autoptr(GPtrArray) ids = NULL;
      GlossImportSelection *sel;
      xmlNode *description;
      guint64 start, end;

      if (!_gloss_xml_is (n, QDA_NS, "PlainTextSelection"))
        continue;
      start_text = prop (n, "startPosition");
      end_text = prop (n, "endPosition");
      if (!parse_position (start_text, &start) || !parse_position (end_text, &end) || end <= start)
        {
          g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_MALFORMED,
                       _("%s: %s, line %d: a selection needs positions with startPosition before endPosition (not “%s” and “%s”)"),
                       source_name, GLOSS_QDPX_PROJECT_ENTRY, (int) xmlGetLineNo (n),
                       start_text != NULL ? start_text : "", end_text != NULL ? end_text : "");
          return NULL;
        }

      sel = g_new0 (GlossImportSelection, 1);
      g_ptr_array_add (selections, sel);
      guid = prop (n, "guid");
      if (guid != NULL)
        {
          g_autofree char *key = guid_key (guid);

          if (g_uuid_string_is_valid (key))
            sel->id = g_steal_pointer (&key);
        }
      user = prop (n, "creatingUser");
      if (user != NULL)
        {
          g_autofree char *key = guid_key (user);

          sel->author = g_strdup (g_hash_table_lookup (users, key));
        }
      sel->created = date_prop (n, "creationDateTime");
      sel->modified = date_prop (n, "modifiedDateTime");
      description = _gloss_xml_child (n, QDA_NS, "Description");
      if (description != NULL)
        {
          xmlChar *note = xmlNodeGetContent (description);

          sel->note = g_strdup ((const char *) note);
          xmlFree (note);
        }
      ids = g_ptr_array_new ();
      for (xmlNode *coding = n->children; coding != NULL; coding = coding->next)
        {
          xmlNode *ref = _gloss_xml_child (coding, QDA_NS, "CodeRef");
          g_autofree char *target = NULL;
          g_autofree char *key = NULL;
          const char *topic_id;

          if (!_gloss_xml_is (coding, QDA_NS, "Coding") || ref == NULL)
            continue;
          target = prop (ref, "targetGUID");
          key = guid_key (target);
          topic_id = g_hash_table_lookup (topic_by_guid, key);
          if (topic_id != NULL)
            g_ptr_array_add (ids, g_strdup (topic_id));
        }
      g_ptr_array_add (ids, NULL);
      sel->topic_ids = (GStrv) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
      {
        Position a = { start, &sel->start }, b = { end, &sel->end };

        g_array_append_val (positions, a);
        g_array_append_val (positions, b);
      }
    }
  if (raw != NULL)
    {
      positions_to_bytes (positions, raw, raw_length);
      raw_to_decoded (selections, raw, raw_length);
    }
  else
    positions_to_bytes (positions, text, text_length);

  /* the same layout as a plain-text import; the offsets follow the text */
  normalized = gloss_text_normalize (text, text_length, GLOSS_TEXT_NORMALIZE_ALL);
  for (guint i = 0; i < selections->len; i++)
    {
      GlossImportSelection *sel = g_ptr_array_index (selections, i);

      sel->start = gloss_normalized_text_map_offset (normalized, sel->start);
      sel->end = gloss_normalized_text_map_offset (normalized, sel->end);
    }
  out = gloss_normalized_text_steal_text (normalized, &out_length);
  source = gloss_import_source_new (out, out_length);
  project_name = prop (root, "name");
  if (project_name != NULL && g_utf8_validate (project_name, -1, NULL) && *g_strstrip (project_name) != '\0')
    source->title = g_steal_pointer (&project_name);
  source->topics = g_steal_pointer (&topics);
  source->selections = g_steal_pointer (&selections);
  return source;
}

static const char * const qdpx_extensions[] = { "qdpx", NULL };
static const char * const qdpx_mime_types[] = { "application/x-refi-qda-project", NULL };

const GlossImportFormat _gloss_import_format_qdpx = {
  .id = "qdpx",
  .label = N_("REFI-QDA project"),
  .extensions = qdpx_extensions,
  .mime_types = qdpx_mime_types,
  .sniff = sniff_qdpx,
  .read = read_qdpx,
};
