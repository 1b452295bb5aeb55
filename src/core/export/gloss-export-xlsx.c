#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "gloss-export-private.h"

/* A spreadsheet (libxlsxwriter):
 *  - "Claims": the CSV's columns and values, a frozen header row with an
 *    autofilter, widths that fit, quotes and notes wrapped, the topics cell
 *    filled in the (first) topic's colour; offsets, turns and media times
 *    are numbers, everything else text: a note "=SUM(A1)" stays text,
 *    never a formula;
 *  - "Topics x Speakers": how many claims each speaker has on each topic.
 * libxlsxwriter writes files, so the workbook goes through a temporary
 * file. Its creation date is the latest claim's, so that the same claims
 * make the same file. */

#define CLAIMS_SHEET "Claims"
#define MATRIX_SHEET "Topics x Speakers"

static const struct { const char *id; double width; gboolean wrap; } columns[] = {
  { "id", 12, FALSE }, { "topics", 20, FALSE }, { "speaker", 22, FALSE },
  { "speaker_kind", 12, FALSE }, { "asked_by", 20, FALSE }, { "quote", 60, TRUE },
  { "note", 40, TRUE }, { "status", 12, FALSE }, { "figures", 24, TRUE }, { "sources", 40, TRUE },
  { "start", 8, FALSE }, { "end", 8, FALSE }, { "turn", 6, FALSE },
  { "author", 14, FALSE }, { "created", 21, FALSE }, { "modified", 21, FALSE },
  { "time_begin", 11, FALSE }, { "time_end", 11, FALSE },
};

enum { COL_ID, COL_TOPICS, COL_SPEAKER, COL_KIND, COL_ASKED_BY, COL_QUOTE, COL_NOTE, COL_STATUS,
       COL_FIGURES, COL_SOURCES, COL_START,
       COL_END, COL_TURN, COL_AUTHOR, COL_CREATED, COL_MODIFIED, COL_TIME_BEGIN, COL_TIME_END };

static lxw_color_t
parse_color (const char *color)
{
  return color != NULL && color[0] == '#' ? (lxw_color_t) g_ascii_strtoull (color + 1, NULL, 16) : 0xFFFFFF;
}

/* a fill in the topic's colour, with text that reads on it */
static lxw_format *
topic_format (lxw_workbook *workbook,
              GHashTable   *formats,
              GlossTopic   *topic)
{
  lxw_format *format = g_hash_table_lookup (formats, topic);
  lxw_color_t color;
  double luma;

  if (format != NULL)
    return format;
  color = parse_color (gloss_topic_get_color (topic));
  luma = 0.299 * ((color >> 16) & 0xFF) + 0.587 * ((color >> 8) & 0xFF) + 0.114 * (color & 0xFF);
  format = workbook_add_format (workbook);
  format_set_pattern (format, LXW_PATTERN_SOLID);
  format_set_bg_color (format, color);
  format_set_font_color (format, luma < 140 ? LXW_COLOR_WHITE : LXW_COLOR_BLACK);
  format_set_align (format, LXW_ALIGN_VERTICAL_TOP);
  g_hash_table_insert (formats, topic, format);
  return format;
}

static void
write_text (lxw_worksheet *sheet,
            lxw_row_t      row,
            lxw_col_t      col,
            const char    *text,
            lxw_format    *format)
{
  if (text != NULL && *text != '\0')
    worksheet_write_string (sheet, row, col, text, format);
  else if (format != NULL)
    worksheet_write_blank (sheet, row, col, format);
}

static void
write_seconds (lxw_worksheet *sheet,
               lxw_row_t      row,
               lxw_col_t      col,
               gint64         ms,
               lxw_format    *format)
{
  if (ms >= 0)
    worksheet_write_number (sheet, row, col, ms / 1000.0, format);
}

static void
write_claims (lxw_workbook             *workbook,
              const GlossExportRecords *records)
{
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, CLAIMS_SHEET);
  lxw_format *header = workbook_add_format (workbook);
  lxw_format *top = workbook_add_format (workbook);
  lxw_format *wrapped = workbook_add_format (workbook);
  lxw_format *seconds = workbook_add_format (workbook);
  g_autoptr(GHashTable) formats = g_hash_table_new (NULL, NULL);

  format_set_bold (header);
  format_set_bottom (header, LXW_BORDER_THIN);
  format_set_align (top, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (wrapped);
  format_set_align (wrapped, LXW_ALIGN_VERTICAL_TOP);
  format_set_num_format (seconds, "0.000");
  format_set_align (seconds, LXW_ALIGN_VERTICAL_TOP);

  for (lxw_col_t c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      worksheet_write_string (sheet, 0, c, columns[c].id, header);
      worksheet_set_column (sheet, c, c, columns[c].width, columns[c].wrap ? wrapped : top);
    }
  worksheet_freeze_panes (sheet, 1, 0);
  worksheet_autofilter (sheet, 0, 0, MAX (records->records->len, 1), G_N_ELEMENTS (columns) - 1);

  for (guint i = 0; i < records->records->len; i++)
    {
      const GlossExportRecord *record = g_ptr_array_index (records->records, i);
      GlossClaim *claim = record->claim;
      lxw_row_t row = i + 1;
      g_autofree char *topics = gloss_export_record_join_topic_names (record, "; ");
      g_autofree char *created = gloss_export_time_to_string (gloss_claim_get_created (claim));
      g_autofree char *modified = gloss_export_time_to_string (gloss_claim_get_modified (claim));
      guint turn = gloss_export_record_get_turn_number (record);
      g_autofree char *figures = gloss_export_record_join_figures (record, "; ");
      g_autofree char *sources = gloss_export_record_join_sources (record, "\n");
      gint64 begin, end;

      write_text (sheet, row, COL_ID, gloss_claim_get_id (claim), top);
      write_text (sheet, row, COL_TOPICS, topics,
                  record->topics->len > 0 ? topic_format (workbook, formats, g_ptr_array_index (record->topics, 0)) : top);
      write_text (sheet, row, COL_SPEAKER, record->speaker.speaker, top);
      write_text (sheet, row, COL_KIND, gloss_export_record_get_speaker_kind (record), top);
      write_text (sheet, row, COL_ASKED_BY, record->speaker.asked_by, top);
      write_text (sheet, row, COL_QUOTE, gloss_claim_get_quote (claim), wrapped);
      write_text (sheet, row, COL_NOTE, gloss_claim_get_note (claim), wrapped);
      write_text (sheet, row, COL_STATUS, gloss_claim_status_to_string (gloss_claim_get_status (claim)), top);
      write_text (sheet, row, COL_FIGURES, figures, wrapped);
      /* one source a line in the cell */
      write_text (sheet, row, COL_SOURCES, sources, wrapped);
      if (record->located)
        {
          worksheet_write_number (sheet, row, COL_START, gloss_claim_get_start (claim), top);
          worksheet_write_number (sheet, row, COL_END, gloss_claim_get_end (claim), top);
        }
      if (turn > 0)
        worksheet_write_number (sheet, row, COL_TURN, turn, top);
      write_text (sheet, row, COL_AUTHOR, gloss_claim_get_author (claim), top);
      write_text (sheet, row, COL_CREATED, created, top);
      write_text (sheet, row, COL_MODIFIED, modified, top);
      if (gloss_export_record_get_time (record, &begin, &end))
        {
          write_seconds (sheet, row, COL_TIME_BEGIN, begin, seconds);
          write_seconds (sheet, row, COL_TIME_END, end, seconds);
        }
    }
}

static void
write_matrix (lxw_workbook             *workbook,
              const GlossExportRecords *records)
{
  lxw_worksheet *sheet = workbook_add_worksheet (workbook, MATRIX_SHEET);
  lxw_format *header = workbook_add_format (workbook);
  g_autoptr(GPtrArray) speakers = g_ptr_array_new ();
  g_autoptr(GHashTable) column_of = g_hash_table_new (g_str_hash, g_str_equal);
  const char *nobody = _("No speaker");
  guint n_topics = records->topics->len;
  g_autofree guint *counts = NULL;

  format_set_bold (header);
  /* speakers in the order they first speak a claim */
  for (guint i = 0; i < records->records->len; i++)
    {
      const GlossExportRecord *record = g_ptr_array_index (records->records, i);
      const char *speaker = record->speaker.speaker != NULL ? record->speaker.speaker : nobody;

      if (!g_hash_table_contains (column_of, speaker))
        {
          g_hash_table_insert (column_of, (gpointer) speaker, GUINT_TO_POINTER (speakers->len));
          g_ptr_array_add (speakers, (gpointer) speaker);
        }
    }

  counts = g_new0 (guint, MAX (n_topics * speakers->len, 1));
  for (guint i = 0; i < records->records->len; i++)
    {
      const GlossExportRecord *record = g_ptr_array_index (records->records, i);
      const char *speaker = record->speaker.speaker != NULL ? record->speaker.speaker : nobody;
      guint col = GPOINTER_TO_UINT (g_hash_table_lookup (column_of, speaker));

      for (guint t = 0; t < record->topics->len; t++)
        {
          guint topic_index;

          if (g_ptr_array_find (records->topics, g_ptr_array_index (record->topics, t), &topic_index))
            counts[topic_index * speakers->len + col]++;
        }
    }

  worksheet_write_string (sheet, 0, 0, _("Topic"), header);
  worksheet_set_column (sheet, 0, 0, 24, NULL);
  for (guint s = 0; s < speakers->len; s++)
    {
      worksheet_write_string (sheet, 0, s + 1, g_ptr_array_index (speakers, s), header);
      worksheet_set_column (sheet, s + 1, s + 1, 18, NULL);
    }
  for (guint t = 0; t < n_topics; t++)
    {
      GlossTopic *topic = g_ptr_array_index (records->topics, t);

      worksheet_write_string (sheet, t + 1, 0, gloss_topic_get_name (topic), NULL);
      for (guint s = 0; s < speakers->len; s++)
        worksheet_write_number (sheet, t + 1, s + 1, counts[t * speakers->len + s], NULL);
    }
  worksheet_freeze_panes (sheet, 1, 1);
}

GBytes *
_gloss_export_write_xlsx (const GlossExportRecords  *records,
                          GlossExportFlags           flags,
                          GError                   **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  lxw_workbook_options options = { 0, };
  lxw_doc_properties properties = { 0, };
  lxw_workbook *workbook;
  GDateTime *latest = NULL;
  lxw_error status;
  gsize length = 0;
  int fd;

  fd = g_file_open_tmp ("gloss-export-XXXXXX.xlsx", &path, &local_error);
  if (fd < 0)
    {
      g_set_error (error, GLOSS_EXPORT_ERROR, GLOSS_EXPORT_ERROR_FAILED,
                   _("The spreadsheet could not be written: %s"), local_error->message);
      return NULL;
    }
  close (fd);

  options.tmpdir = (char *) g_get_tmp_dir ();
  workbook = workbook_new_opt (path, &options);
  if (workbook == NULL)
    {
      g_unlink (path);
      g_set_error (error, GLOSS_EXPORT_ERROR, GLOSS_EXPORT_ERROR_FAILED,
                   _("The spreadsheet could not be written to %s"), path);
      return NULL;
    }

  for (guint i = 0; i < records->records->len; i++)
    {
      const GlossExportRecord *record = g_ptr_array_index (records->records, i);
      GDateTime *modified = gloss_claim_get_modified (record->claim);

      if (latest == NULL || g_date_time_compare (modified, latest) > 0)
        latest = modified;
    }
  properties.title = (char *) gloss_transcript_get_title (records->transcript);
  /* 2000-01-01 for a file without claims: a fixed date all the same */
  properties.created = latest != NULL ? (time_t) g_date_time_to_unix (latest) : 946684800;
  workbook_set_properties (workbook, &properties);

  write_claims (workbook, records);
  write_matrix (workbook, records);

  status = workbook_close (workbook);
  if (status != LXW_NO_ERROR ||
      !g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_unlink (path);
      g_set_error (error, GLOSS_EXPORT_ERROR, GLOSS_EXPORT_ERROR_FAILED,
                   _("The spreadsheet could not be written: %s"),
                   status != LXW_NO_ERROR ? lxw_strerror (status) : local_error->message);
      return NULL;
    }
  g_unlink (path);
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}
