#include "config.h"

#include <string.h>

#include "gloss-export-private.h"

/* RFC 4180: UTF-8 with a byte-order mark unless GLOSS_EXPORT_FLAGS_NO_BOM,
 * CRLF line ends, a field quoted when it holds a comma, a double quote, CR
 * or LF, its double quotes doubled. A header row of untranslated column ids,
 * then one row per claim. A cell that would begin with =, +, -, @, TAB or CR
 * gets a leading apostrophe so that no spreadsheet evaluates it (OWASP "CSV
 * injection"). A claim on the original has its offsets and turn in the
 * original; an orphan has empty offset, turn and speaker cells. time_begin
 * and time_end are the media time of the claim's turn in seconds (from
 * subtitles or timestamps), empty when it has none. conflict is empty, or
 * for a claim a 3-way merge left conflicting, the other version's topics,
 * note and author (gloss_export_record_dup_conflict_summary). */

void
_gloss_export_csv_append_cell (GString    *out,
                               const char *value)
{
  gboolean neutralise;
  gboolean quote;

  if (value == NULL)
    value = "";

  neutralise = value[0] != '\0' && strchr ("=+-@\t\r", value[0]) != NULL;
  quote = strpbrk (value, ",\"\r\n") != NULL;

  if (quote)
    g_string_append_c (out, '"');
  if (neutralise)
    g_string_append_c (out, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  if (quote)
    g_string_append_c (out, '"');
}

GBytes *
_gloss_export_write_csv (const GlossExportRecords  *records,
                         GlossExportFlags           flags,
                         GError                   **error)
{
  static const char * const columns[] = {
    "id", "topics", "speaker", "speaker_kind", "asked_by", "quote", "note",
    "status", "figures", "sources",
    "start", "end", "turn", "author", "created", "modified", "time_begin", "time_end",
    "conflict",
  };
  g_autoptr(GString) out = g_string_new (NULL);

  if (!(flags & GLOSS_EXPORT_FLAGS_NO_BOM))
    g_string_append (out, "\xef\xbb\xbf");

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, columns[i]);
    }
  g_string_append (out, "\r\n");

  for (guint i = 0; i < records->records->len; i++)
    {
      const GlossExportRecord *record = g_ptr_array_index (records->records, i);
      GlossClaim *claim = record->claim;
      g_autofree char *topics = gloss_export_record_join_topic_names (record, "; ");
      g_autofree char *created = gloss_export_time_to_string (gloss_claim_get_created (claim));
      g_autofree char *modified = gloss_export_time_to_string (gloss_claim_get_modified (claim));
      guint turn = gloss_export_record_get_turn_number (record);
      gint64 begin, end;
      g_autofree char *time_begin = NULL;
      g_autofree char *time_end = NULL;
      g_autofree char *figures = gloss_export_record_join_figures (record, "; ");
      g_autofree char *sources = gloss_export_record_join_sources (record, "; ");
      g_autofree char *conflict = gloss_export_record_dup_conflict_summary (record);

      if (gloss_export_record_get_time (record, &begin, &end))
        {
          time_begin = gloss_export_seconds_to_string (begin);
          time_end = gloss_export_seconds_to_string (end);
        }

      _gloss_export_csv_append_cell (out, gloss_claim_get_id (claim));
      g_string_append_c (out, ',');
      _gloss_export_csv_append_cell (out, topics);
      g_string_append_c (out, ',');
      _gloss_export_csv_append_cell (out, record->speaker.speaker);
      g_string_append_c (out, ',');
      _gloss_export_csv_append_cell (out, gloss_export_record_get_speaker_kind (record));
      g_string_append_c (out, ',');
      _gloss_export_csv_append_cell (out, record->speaker.asked_by);
      g_string_append_c (out, ',');
      _gloss_export_csv_append_cell (out, gloss_claim_get_quote (claim));
      g_string_append_c (out, ',');
      _gloss_export_csv_append_cell (out, gloss_claim_get_note (claim));
      g_string_append_c (out, ',');
      _gloss_export_csv_append_cell (out, gloss_claim_status_to_string (gloss_claim_get_status (claim)));
      g_string_append_c (out, ',');
      _gloss_export_csv_append_cell (out, figures);
      g_string_append_c (out, ',');
      _gloss_export_csv_append_cell (out, sources);
      g_string_append_c (out, ',');
      if (record->located)
        g_string_append_printf (out, "%u,%u", gloss_claim_get_start (claim),
                                gloss_claim_get_end (claim));
      else
        g_string_append_c (out, ',');
      g_string_append_c (out, ',');
      if (turn > 0)
        g_string_append_printf (out, "%u", turn);
      g_string_append_c (out, ',');
      _gloss_export_csv_append_cell (out, gloss_claim_get_author (claim));
      g_string_append_c (out, ',');
      _gloss_export_csv_append_cell (out, created);
      g_string_append_c (out, ',');
      _gloss_export_csv_append_cell (out, modified);
      g_string_append_c (out, ',');
      _gloss_export_csv_append_cell (out, time_begin);
      g_string_append_c (out, ',');
      _gloss_export_csv_append_cell (out, time_end);
      g_string_append_c (out, ',');
      _gloss_export_csv_append_cell (out, conflict);
      g_string_append (out, "\r\n");
    }

  return g_string_free_to_bytes (g_steal_pointer (&out));
}
