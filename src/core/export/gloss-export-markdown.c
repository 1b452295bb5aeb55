#include "config.h"

#include <string.h>

#include "gloss-export-private.h"
#include "gloss-export-report.h"

/* The report (gloss-export-report.h) in CommonMark with a GitHub table.
 * Everything from the project is backslash-escaped. */

#define ELLIPSIS "\xe2\x80\xa6"

/* Backslash-escapes what CommonMark and GitHub tables would interpret;
 * line-start syntax is escaped at the start of @text, which callers place
 * at the start of a line or after a label. */
static char *
md_escape (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *p = text;

  /* a list item, a setext underline or a thematic break at line start */
  if (*p == '-' || *p == '+' || *p == '=')
    {
      g_string_append_c (out, '\\');
      g_string_append_c (out, *p++);
    }
  else if (g_ascii_isdigit (*p))
    {
      while (g_ascii_isdigit (*p))
        g_string_append_c (out, *p++);
      if ((*p == '.' || *p == ')') && (p[1] == '\0' || p[1] == ' ' || p[1] == '\t'))
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p++);
        }
    }

  for (; *p != '\0'; p++)
    {
      if (strchr ("\\`*_[]<>#|~&", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static char *
md_escape_collapsed (const char *text)
{
  g_autofree char *flat = gloss_export_collapse_whitespace (text);

  return md_escape (flat);
}

static void
append_label (GString    *out,
              const char *label)
{
  g_autofree char *escaped = md_escape (label);

  g_string_append_printf (out, "- **%s** ", escaped);
}

static void
begin_cb (const GlossReport *report,
          gpointer           user_data)
{
  GString *out = user_data;
  g_autofree char *title = md_escape_collapsed (report->title);

  g_string_append_printf (out, "# %s\n\n", title);
  if (report->meta[0] != '\0')
    {
      g_autofree char *escaped = md_escape_collapsed (report->meta);

      g_string_append_printf (out, "%s  \n", escaped);
    }
  g_string_append_printf (out, "%s\n\n", report->total_label);

  g_string_append_printf (out, "## %s\n\n", report->claims_heading);
  if (report->no_claims != NULL)
    g_string_append_printf (out, "%s\n\n", report->no_claims);
}

static void
begin_section_cb (const GlossReportSection *section,
                  gpointer                  user_data)
{
  GString *out = user_data;
  g_autofree char *name = md_escape_collapsed (section->name);

  g_string_append_printf (out, "### %s (%s)\n\n", name, section->count_label);
}

/* A web link is a Markdown link (its URL percent-escaped where Markdown
 * would end it); anything else is text, never a link. */
static void
append_source (GString                *out,
               const GlossReportClaim *claim,
               const GlossSource      *source)
{
  const char *title = gloss_source_get_title (source);
  const char *accessed = gloss_source_get_accessed (source);
  g_autofree char *label = md_escape_collapsed (gloss_source_get_label (source));

  g_string_append (out, "  - ");
  if (gloss_source_is_web_link (source))
    {
      g_autofree char *url = g_uri_escape_string (gloss_source_get_url (source),
                                                  G_URI_RESERVED_CHARS_GENERIC_DELIMITERS G_URI_RESERVED_CHARS_SUBCOMPONENT_DELIMITERS "%", FALSE);
      g_autoptr(GString) safe = g_string_new (url);

      g_string_replace (safe, "(", "%28", 0);
      g_string_replace (safe, ")", "%29", 0);
      g_string_append_printf (out, "[%s](%s)", label, safe->str);
    }
  else
    {
      g_string_append (out, label);
      if (title[0] != '\0')
        {
          g_autofree char *url = md_escape_collapsed (gloss_source_get_url (source));

          g_string_append_printf (out, " (%s)", url);
        }
    }
  if (accessed[0] != '\0')
    {
      g_autofree char *date = md_escape (accessed);
      g_autofree char *text = gloss_report_fill_template (claim->accessed_label, date, md_escape);

      g_string_append_printf (out, ", %s", text);
    }
  g_string_append_c (out, '\n');
}

static void
claim_cb (const GlossReportClaim *claim,
          gpointer                user_data)
{
  GString *out = user_data;
  g_auto(GStrv) lines = g_strsplit (claim->quote, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));
      g_autofree char *escaped = NULL;

      if (line[0] == '\0')
        {
          g_string_append (out, ">\n");
          continue;
        }
      escaped = md_escape (line);
      g_string_append_printf (out, "> %s\n", escaped);
    }
  g_string_append_c (out, '\n');

  if (claim->remark != NULL)
    {
      g_autofree char *escaped = md_escape (claim->remark);

      g_string_append_printf (out, "- *%s*\n", escaped);
    }

  if (claim->speaker != NULL)
    {
      g_autofree char *speaker = md_escape_collapsed (claim->speaker);

      append_label (out, claim->speaker_label);
      g_string_append (out, speaker);
      if (claim->role != NULL)
        {
          g_autofree char *role = md_escape_collapsed (claim->role);

          g_string_append_printf (out, ", %s", role);
        }
      g_string_append (out, "\n");
    }

  if (claim->question_label != NULL)
    {
      g_autofree char *label = NULL;
      g_autofree char *escaped = md_escape (claim->question);

      if (claim->asked_by != NULL)
        {
          g_autofree char *asked_by = md_escape_collapsed (claim->asked_by);
          g_autofree char *bold = g_strconcat ("**", asked_by, "**", NULL);

          label = gloss_report_fill_template (claim->question_label, bold, md_escape);
        }
      else
        label = md_escape (claim->question_label);
      g_string_append_printf (out, "- %s %s\n", label, escaped);
    }

  if (claim->note != NULL)
    {
      g_autofree char *escaped = md_escape_collapsed (claim->note);

      append_label (out, claim->note_label);
      g_string_append_printf (out, "%s\n", escaped);
    }

  if (claim->context != NULL)
    {
      g_autofree char *before = md_escape (claim->context->before);
      g_autofree char *quote = md_escape (claim->context->quote);
      g_autofree char *after = md_escape (claim->context->after);

      append_label (out, claim->context_label);
      g_string_append_printf (out, "%s%s**%s**%s%s\n",
                              claim->context->cut_before ? ELLIPSIS : "", before,
                              quote, after, claim->context->cut_after ? ELLIPSIS : "");
    }

  if (claim->topics != NULL)
    {
      g_autofree char *escaped = md_escape_collapsed (claim->topics);

      append_label (out, claim->topics_label);
      g_string_append_printf (out, "%s\n", escaped);
    }

  {
    g_autofree char *status = md_escape (claim->status);

    append_label (out, claim->status_label);
    g_string_append_printf (out, "%s\n", status);
  }

  if (claim->figures != NULL)
    {
      g_autofree char *escaped = md_escape_collapsed (claim->figures);

      append_label (out, claim->figures_label);
      g_string_append_printf (out, "%s\n", escaped);
    }

  if (claim->sources != NULL)
    {
      g_autofree char *label = md_escape (claim->sources_label);

      g_string_append_printf (out, "- **%s**\n", label);
      for (guint i = 0; i < claim->sources->len; i++)
        append_source (out, claim, g_ptr_array_index (claim->sources, i));
    }

  g_string_append_c (out, '\n');
}

static void
summary_cb (const GlossReport *report,
            gpointer           user_data)
{
  GString *out = user_data;

  g_string_append_printf (out, "## %s\n\n", report->summary_heading);
  g_string_append_printf (out, "| %s |", report->speaker_heading);
  for (guint i = 0; i < report->sections->len; i++)
    {
      const GlossReportSection *section = g_ptr_array_index (report->sections, i);
      g_autofree char *name = md_escape_collapsed (section->name);

      g_string_append_printf (out, " %s |", name);
    }
  g_string_append_printf (out, " %s |\n|---|", report->total_heading);
  for (guint i = 0; i <= report->sections->len; i++)
    g_string_append (out, "--:|");
  g_string_append_c (out, '\n');

  for (guint s = 0; s <= report->speakers->len; s++)
    {
      const char *speaker = s < report->speakers->len ? g_ptr_array_index (report->speakers, s) : NULL;
      g_autofree char *name = md_escape_collapsed (speaker != NULL ? speaker : report->total_heading);

      if (speaker != NULL)
        g_string_append_printf (out, "| %s |", name);
      else
        g_string_append_printf (out, "| **%s** |", name);
      for (guint i = 0; i < report->sections->len; i++)
        g_string_append_printf (out, " %u |",
                                gloss_report_count (report, speaker,
                                                    g_ptr_array_index (report->sections, i)));
      g_string_append_printf (out, " %u |\n", gloss_report_count (report, speaker, NULL));
    }
  g_string_append_c (out, '\n');
  g_string_append_printf (out, "%s\n", report->summary_note);
}

GBytes *
_gloss_export_write_markdown (const GlossExportRecords  *records,
                              GlossExportFlags           flags,
                              GError                   **error)
{
  static const GlossReportRenderer renderer = {
    .begin = begin_cb,
    .begin_section = begin_section_cb,
    .claim = claim_cb,
    .summary = summary_cb,
  };
  g_autoptr(GString) out = g_string_new (NULL);

  gloss_report_walk (records, &renderer, out);

  return g_string_free_to_bytes (g_steal_pointer (&out));
}
