#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gloss-export-report.h"
#include "gloss-speaker.h"

#define NEUTRAL_COLOR "#9a9996"

typedef struct
{
  GlossReportSection public;
  char *count_label;
} Section;

static void
section_free (Section *section)
{
  g_ptr_array_unref (section->public.records);
  g_free (section->count_label);
  g_free (section);
}

static char *
claims_count_label (guint n)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim", "%u claims", n), n);
}

static Section *
section_new (GlossTopic *topic)
{
  Section *section = g_new0 (Section, 1);
  const char *color = topic != NULL ? gloss_topic_get_color (topic) : NULL;

  section->public.topic = topic;
  section->public.name = topic != NULL ? gloss_topic_get_name (topic) : _("Without topic");
  section->public.color = color != NULL && gloss_color_is_valid (color) ? color : NEUTRAL_COLOR;
  section->public.records = g_ptr_array_new ();

  return section;
}

static GPtrArray *
make_sections (const GlossExportRecords *records)
{
  GPtrArray *sections = g_ptr_array_new_with_free_func ((GDestroyNotify) section_free);
  Section *untagged = NULL;

  for (guint i = 0; i < records->topics->len; i++)
    {
      Section *section = section_new (g_ptr_array_index (records->topics, i));

      for (guint j = 0; j < records->records->len; j++)
        {
          GlossExportRecord *record = g_ptr_array_index (records->records, j);

          if (g_ptr_array_find (record->topics, section->public.topic, NULL))
            g_ptr_array_add (section->public.records, record);
        }

      if (section->public.records->len > 0)
        g_ptr_array_add (sections, section);
      else
        section_free (section);
    }

  for (guint j = 0; j < records->records->len; j++)
    {
      GlossExportRecord *record = g_ptr_array_index (records->records, j);

      if (record->topics->len > 0)
        continue;
      if (untagged == NULL)
        untagged = section_new (NULL);
      g_ptr_array_add (untagged->public.records, record);
    }
  if (untagged != NULL)
    g_ptr_array_add (sections, untagged);

  for (guint i = 0; i < sections->len; i++)
    {
      Section *section = g_ptr_array_index (sections, i);

      section->public.index = i;
      section->count_label = claims_count_label (section->public.records->len);
      section->public.count_label = section->count_label;
    }

  return sections;
}

static const char *
speaker_name (const GlossExportRecord *record)
{
  return record->speaker.speaker != NULL ? record->speaker.speaker : _("No speaker");
}

/* speakers in order of their first claim */
static GPtrArray *
collect_speakers (const GlossExportRecords *records)
{
  GPtrArray *speakers = g_ptr_array_new ();

  for (guint i = 0; i < records->records->len; i++)
    {
      const char *speaker = speaker_name (g_ptr_array_index (records->records, i));

      if (!g_ptr_array_find_with_equal_func (speakers, speaker, g_str_equal, NULL))
        g_ptr_array_add (speakers, (gpointer) speaker);
    }

  return speakers;
}

guint
gloss_report_count (const GlossReport        *report,
                    const char               *speaker,
                    const GlossReportSection *section)
{
  GPtrArray *records;
  guint n = 0;

  g_return_val_if_fail (report != NULL, 0);

  records = section != NULL ? section->records : report->records->records;
  for (guint i = 0; i < records->len; i++)
    if (speaker == NULL || g_str_equal (speaker_name (g_ptr_array_index (records, i)), speaker))
      n++;

  return n;
}

guint
gloss_report_count_max (const GlossReport *report)
{
  guint max = 1;

  g_return_val_if_fail (report != NULL, 1);

  for (guint s = 0; s < report->speakers->len; s++)
    for (guint t = 0; t < report->sections->len; t++)
      max = MAX (max, gloss_report_count (report, g_ptr_array_index (report->speakers, s),
                                          g_ptr_array_index (report->sections, t)));

  return max;
}

double
gloss_report_cell_opacity (guint count,
                           guint max)
{
  return count > 0 ? 0.2 + 0.8 * MIN (count, MAX (max, 1)) / MAX (max, 1) : 0.06;
}

const char *
gloss_report_turn_color (GlossTurnKind kind)
{
  switch (kind)
    {
    case GLOSS_TURN_QUESTION:
      return "#1c71d8";
    case GLOSS_TURN_ANSWER:
      return "#9a9996";
    case GLOSS_TURN_REMARKS:
      return "#5e5c64";
    default:
      return "#deddda";
    }
}

static char *
meta_line (GlossTranscript *transcript)
{
  const char *parts[] = {
    gloss_transcript_get_date (transcript),
    gloss_transcript_get_place (transcript),
    gloss_transcript_get_source (transcript),
  };
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL || parts[i][0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, " · ");
      g_string_append (out, parts[i]);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const char *
non_empty (const char *str)
{
  return str != NULL && str[0] != '\0' ? str : NULL;
}

static void
walk_claim (const GlossReport         *report,
            const GlossReportSection  *section,
            const GlossExportRecord   *record,
            const GlossReportRenderer *renderer,
            gpointer                   user_data)
{
  g_autofree char *question = gloss_export_record_dup_question_excerpt (record);
  g_autofree char *topics = gloss_export_record_join_topic_names (record, ", ");
  g_autofree char *figures = gloss_export_record_join_figures (record, ", ");
  GlossClaimStatus status = gloss_claim_get_status (record->claim);
  GPtrArray *sources = gloss_claim_get_sources (record->claim);
  g_auto(GlossExportContext) context = { 0 };
  const char *language = gloss_transcript_get_language (record->text);
  GlossReportClaim claim = {
    .record = record,
    .section = section,
    .quote = gloss_claim_get_quote (record->claim),
    .speaker = record->speaker.speaker,
    .role = non_empty (record->speaker.role),
    /* an asker nobody named reads better as “a question” in a sentence */
    .asked_by = g_strcmp0 (record->speaker.asked_by, gloss_speaker_unidentified ()) != 0
                ? record->speaker.asked_by : NULL,
    .question = question,
    .note = non_empty (gloss_claim_get_note (record->claim)),
    .topics = non_empty (topics),
    .status_label = _("Status:"),
    .status = gloss_claim_status_get_label (status),
    .status_id = gloss_claim_status_to_string (status),
    .figures = non_empty (figures),
    .sources = sources->len > 0 ? sources : NULL,
  };

  if (non_empty (language) != NULL && g_strcmp0 (language, report->language) != 0)
    claim.language = language;

  if (!record->located)
    claim.remark = _("No longer found in the text");
  else if (record->role == GLOSS_TEXT_ORIGINAL)
    claim.remark = _("From the original text");

  if (claim.speaker != NULL)
    claim.speaker_label = record->speaker.kind == GLOSS_TURN_QUESTION ?
                          _("Asked by:") : _("Speaker:");
  if (question != NULL)
    claim.question_label = claim.asked_by != NULL ?
                           _("In answer to %s:") : _("In answer to a question:");
  if (claim.note != NULL)
    claim.note_label = _("Note:");
  if (gloss_export_record_get_context (record, &context))
    {
      claim.context_label = _("Context:");
      claim.context = &context;
    }
  if (claim.topics != NULL)
    claim.topics_label = _("Topics:");
  if (claim.figures != NULL)
    claim.figures_label = _("Figures:");
  if (claim.sources != NULL)
    {
      claim.sources_label = _("Sources:");
      /* Translators: after a source in a report, the day it was read */
      claim.accessed_label = _("accessed %s");
    }

  renderer->claim (&claim, user_data);
}

void
gloss_report_walk (const GlossExportRecords  *records,
                   const GlossReportRenderer *renderer,
                   gpointer                   user_data)
{
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GPtrArray) speakers = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *total = NULL;
  const char *title;
  GlossReport report;

  g_return_if_fail (records != NULL);
  g_return_if_fail (renderer != NULL);

  sections = make_sections (records);
  speakers = collect_speakers (records);
  meta = meta_line (records->transcript);
  total = claims_count_label (records->records->len);
  title = gloss_transcript_get_title (records->transcript);

  report = (GlossReport) {
    .records = records,
    .title = non_empty (title) != NULL ? title : _("Claims report"),
    .meta = meta,
    .total_label = total,
    .n_claims = records->records->len,
    .language = non_empty (gloss_transcript_get_language (records->transcript)),
    .claims_heading = _("Claims by topic"),
    .no_claims = records->records->len == 0 ? _("No claims.") : NULL,
    .sections = sections,
    .speakers = speakers,
    .summary_heading = _("Summary"),
    .speaker_heading = _("Speaker"),
    .total_heading = _("Total"),
    .summary_note = _("A claim with several topics counts under each of them; "
                      "the totals count each claim once."),
    .matrix_heading = _("Claims by speaker and topic"),
    .timeline_heading = _("Where topics are discussed"),
  };

  if (renderer->begin != NULL)
    renderer->begin (&report, user_data);

  for (guint i = 0; i < sections->len; i++)
    {
      const GlossReportSection *section = g_ptr_array_index (sections, i);

      if (renderer->begin_section != NULL)
        renderer->begin_section (section, user_data);
      for (guint j = 0; renderer->claim != NULL && j < section->records->len; j++)
        walk_claim (&report, section, g_ptr_array_index (section->records, j),
                    renderer, user_data);
      if (renderer->end_section != NULL)
        renderer->end_section (section, user_data);
    }

  if (renderer->summary != NULL)
    renderer->summary (&report, user_data);
  if (renderer->end != NULL)
    renderer->end (&report, user_data);
}

char *
gloss_report_fill_template (const char            *template,
                            const char            *escaped_arg,
                            GlossReportEscapeFunc  escape)
{
  const char *hole;
  g_autofree char *head = NULL;
  g_autofree char *escaped_head = NULL;
  g_autofree char *escaped_tail = NULL;

  g_return_val_if_fail (template != NULL, NULL);
  g_return_val_if_fail (escaped_arg != NULL, NULL);
  g_return_val_if_fail (escape != NULL, NULL);

  hole = strstr (template, "%s");
  if (hole == NULL)
    return escape (template);

  head = g_strndup (template, hole - template);
  escaped_head = escape (head);
  escaped_tail = escape (hole + 2);

  return g_strconcat (escaped_head, escaped_arg, escaped_tail, NULL);
}
