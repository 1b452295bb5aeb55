#include "config.h"

#include <string.h>

#include "gloss-export-private.h"

/* W3C Web Annotation (https://www.w3.org/TR/annotation-model/): an
 * AnnotationCollection with one embedded AnnotationPage ("first") holding
 * one Annotation per claim. A claim's target source is the source of the
 * text it is on (the transcript's or the original's) when that is an
 * absolute URI, else a urn:uuid derived from that text; the collection and
 * page ids are derived from the transcript and the claim ids, so they are
 * stable. An orphan is selected by its quote alone. */

/* a name-based (version 5 layout) UUID from SHA-1, so ids are stable */
static char *
uuid_from_checksum (GChecksum *checksum)
{
  guint8 digest[20];
  gsize length = sizeof digest;

  g_checksum_get_digest (checksum, digest, &length);
  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
                          "%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3],
                          digest[4], digest[5], digest[6], digest[7],
                          digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

static char *
derived_urn (const char      *salt,
             GlossTranscript *text,
             GPtrArray       *records)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA1);
  g_autofree char *uuid = NULL;

  g_checksum_update (checksum, (const guchar *) salt, strlen (salt) + 1);
  g_checksum_update (checksum, (const guchar *) gloss_transcript_get_text (text),
                     gloss_transcript_get_text_size (text));
  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      const GlossExportRecord *record = g_ptr_array_index (records, i);
      const char *id = gloss_claim_get_id (record->claim);

      g_checksum_update (checksum, (const guchar *) "", 1);
      g_checksum_update (checksum, (const guchar *) id, strlen (id));
    }

  uuid = uuid_from_checksum (checksum);
  return g_strconcat ("urn:uuid:", uuid, NULL);
}

static char *
claim_iri (GlossClaim *claim)
{
  const char *id = gloss_claim_get_id (claim);
  g_autofree char *escaped = NULL;

  if (g_uuid_string_is_valid (id))
    return g_strconcat ("urn:uuid:", id, NULL);

  escaped = g_uri_escape_string (id, NULL, FALSE);
  return g_strconcat ("urn:gloss:claim:", escaped, NULL);
}

static gboolean
is_absolute_uri (const char *str)
{
  g_autofree char *scheme = NULL;

  if (str == NULL || !g_uri_is_valid (str, G_URI_FLAGS_NONE, NULL))
    return FALSE;

  scheme = g_uri_parse_scheme (str);
  return scheme != NULL;
}

static char *
source_iri (GlossTranscript *text)
{
  const char *source = gloss_transcript_get_source (text);

  if (is_absolute_uri (source))
    return g_strdup (source);

  return derived_urn ("gloss-w3c-source", text, NULL);
}

static void
add_member_string (JsonBuilder *builder,
                   const char  *member,
                   const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

/* A source with a URL is a SpecificResource linking to it; a citation
 * that is no URI is a textual body with the same purpose. */
static void
add_source_body (JsonBuilder       *builder,
                 const GlossSource *source)
{
  const char *url = gloss_source_get_url (source);
  const char *title = gloss_source_get_title (source);
  const char *accessed = gloss_source_get_accessed (source);

  json_builder_begin_object (builder);
  if (g_uri_is_valid (url, G_URI_FLAGS_NONE, NULL))
    {
      add_member_string (builder, "type", "SpecificResource");
      add_member_string (builder, "purpose", "linking");
      json_builder_set_member_name (builder, "source");
      json_builder_begin_object (builder);
      add_member_string (builder, "id", url);
      if (title[0] != '\0')
        add_member_string (builder, "label", title);
      json_builder_end_object (builder);
    }
  else
    {
      add_member_string (builder, "type", "TextualBody");
      add_member_string (builder, "purpose", "linking");
      add_member_string (builder, "value", url);
      if (title[0] != '\0')
        add_member_string (builder, "label", title);
    }
  if (accessed[0] != '\0')
    add_member_string (builder, "accessed", accessed);
  json_builder_end_object (builder);
}

static void
add_bodies (JsonBuilder             *builder,
            const GlossExportRecord *record)
{
  const char *note = gloss_claim_get_note (record->claim);
  guint n_tags = record->topics->len + record->unknown_topics->len;
  gboolean noted = note != NULL && note[0] != '\0';
  GlossClaimStatus status = gloss_claim_get_status (record->claim);
  GPtrArray *sources = gloss_claim_get_sources (record->claim);

  if (n_tags == 0 && !noted && status == GLOSS_CLAIM_STATUS_UNCHECKED && sources->len == 0)
    return;

  json_builder_set_member_name (builder, "body");
  json_builder_begin_array (builder);
  for (guint j = 0; j < n_tags; j++)
    {
      const char *name;

      if (j < record->topics->len)
        name = gloss_topic_get_name (g_ptr_array_index (record->topics, j));
      else
        name = g_ptr_array_index (record->unknown_topics, j - record->topics->len);

      json_builder_begin_object (builder);
      add_member_string (builder, "type", "TextualBody");
      add_member_string (builder, "purpose", "tagging");
      add_member_string (builder, "value", name);
      json_builder_end_object (builder);
    }
  if (noted)
    {
      json_builder_begin_object (builder);
      add_member_string (builder, "type", "TextualBody");
      add_member_string (builder, "purpose", "commenting");
      add_member_string (builder, "value", note);
      add_member_string (builder, "format", "text/plain");
      json_builder_end_object (builder);
    }
  /* a checked claim's status is a tag of its own, told from topic tags by
   * its id; unchecked is the absence of a check and is not written */
  if (status != GLOSS_CLAIM_STATUS_UNCHECKED)
    {
      g_autofree char *id = g_strconcat ("urn:gloss:status:",
                                         gloss_claim_status_to_string (status), NULL);

      json_builder_begin_object (builder);
      add_member_string (builder, "id", id);
      add_member_string (builder, "type", "TextualBody");
      add_member_string (builder, "purpose", "tagging");
      add_member_string (builder, "value", gloss_claim_status_to_string (status));
      json_builder_end_object (builder);
    }
  for (guint i = 0; i < sources->len; i++)
    add_source_body (builder, g_ptr_array_index (sources, i));
  json_builder_end_array (builder);
}

static void
add_target (JsonBuilder             *builder,
            const GlossExportRecord *record,
            const char              *source)
{
  GlossClaim *claim = record->claim;
  const char *prefix = gloss_claim_get_prefix (claim);
  const char *suffix = gloss_claim_get_suffix (claim);
  gint64 begin, end;

  json_builder_set_member_name (builder, "target");
  json_builder_begin_object (builder);
  add_member_string (builder, "source", source);
  json_builder_set_member_name (builder, "selector");
  json_builder_begin_array (builder);

  json_builder_begin_object (builder);
  add_member_string (builder, "type", "TextQuoteSelector");
  add_member_string (builder, "exact", gloss_claim_get_quote (claim));
  if (prefix != NULL && prefix[0] != '\0')
    add_member_string (builder, "prefix", prefix);
  if (suffix != NULL && suffix[0] != '\0')
    add_member_string (builder, "suffix", suffix);
  json_builder_end_object (builder);

  if (record->located)
    {
      json_builder_begin_object (builder);
      add_member_string (builder, "type", "TextPositionSelector");
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, gloss_claim_get_start (claim));
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, gloss_claim_get_end (claim));
      json_builder_end_object (builder);
    }

  /* the recording's segment of the claim's turn, as a Media Fragment */
  if (record->located && gloss_export_record_get_time (record, &begin, &end))
    {
      g_autofree char *b = gloss_export_seconds_to_string (begin);
      g_autofree char *e = gloss_export_seconds_to_string (end);
      g_autofree char *value = e != NULL ? g_strdup_printf ("t=%s,%s", b, e) : g_strdup_printf ("t=%s", b);

      json_builder_begin_object (builder);
      add_member_string (builder, "type", "FragmentSelector");
      add_member_string (builder, "conformsTo", "http://www.w3.org/TR/media-frags/");
      add_member_string (builder, "value", value);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
add_annotation (JsonBuilder             *builder,
                const GlossExportRecord *record,
                const char              *source)
{
  GlossClaim *claim = record->claim;
  g_autofree char *iri = claim_iri (claim);
  g_autofree char *created = gloss_export_time_to_string (gloss_claim_get_created (claim));
  g_autofree char *modified = gloss_export_time_to_string (gloss_claim_get_modified (claim));
  const char *note = gloss_claim_get_note (claim);
  const char *author = gloss_claim_get_author (claim);
  gboolean tagged = record->topics->len + record->unknown_topics->len > 0 ||
                   gloss_claim_get_status (claim) != GLOSS_CLAIM_STATUS_UNCHECKED;
  gboolean noted = note != NULL && note[0] != '\0';

  json_builder_begin_object (builder);
  add_member_string (builder, "id", iri);
  add_member_string (builder, "type", "Annotation");
  add_member_string (builder, "motivation",
                     tagged ? "tagging" : noted ? "commenting" : "highlighting");
  if (created != NULL)
    add_member_string (builder, "created", created);
  if (modified != NULL)
    add_member_string (builder, "modified", modified);
  if (author != NULL && author[0] != '\0')
    {
      json_builder_set_member_name (builder, "creator");
      json_builder_begin_object (builder);
      add_member_string (builder, "type", "Person");
      add_member_string (builder, "name", author);
      json_builder_end_object (builder);
    }
  add_bodies (builder, record);
  add_target (builder, record, source);
  json_builder_end_object (builder);
}

GBytes *
_gloss_export_write_w3c (const GlossExportRecords  *records,
                         GlossExportFlags           flags,
                         GError                   **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const char *title = gloss_transcript_get_title (records->transcript);
  g_autofree char *collection_id = derived_urn ("gloss-w3c-collection", records->transcript,
                                                records->records);
  g_autofree char *page_id = derived_urn ("gloss-w3c-page-1", records->transcript,
                                          records->records);
  /* per text role, made when a claim needs it */
  char *sources[GLOSS_TEXT_ROLE_LAST + 1] = { NULL };

  json_builder_begin_object (builder);
  add_member_string (builder, "@context", "http://www.w3.org/ns/anno.jsonld");
  add_member_string (builder, "id", collection_id);
  add_member_string (builder, "type", "AnnotationCollection");
  if (title != NULL && title[0] != '\0')
    add_member_string (builder, "label", title);
  json_builder_set_member_name (builder, "total");
  json_builder_add_int_value (builder, records->records->len);

  json_builder_set_member_name (builder, "first");
  json_builder_begin_object (builder);
  add_member_string (builder, "id", page_id);
  add_member_string (builder, "type", "AnnotationPage");
  add_member_string (builder, "partOf", collection_id);
  json_builder_set_member_name (builder, "startIndex");
  json_builder_add_int_value (builder, 0);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);

  for (guint i = 0; i < records->records->len; i++)
    {
      const GlossExportRecord *record = g_ptr_array_index (records->records, i);

      if (sources[record->role] == NULL)
        sources[record->role] = source_iri (record->text);
      add_annotation (builder, record, sources[record->role]);
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    g_free (sources[i]);

  return _gloss_export_json_to_bytes (builder);
}
