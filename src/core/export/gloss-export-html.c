#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gloss-export-private.h"
#include "gloss-export-report.h"

/* The report (gloss-export-report.h) as one self-contained HTML file:
 * inline CSS, printable, no scripts, nothing fetched; everything from the
 * project escaped. */

#define ELLIPSIS "\xe2\x80\xa6"

char *
_gloss_export_html_escape (const char *text)
{
  GString *out = g_string_sized_new (strlen (text) + 16);

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&#39;"); break;
        case '\t': case '\n': case '\r':
          g_string_append_c (out, *p);
          break;
        default:
          /* control characters are not allowed in HTML text */
          if ((guchar) *p < 0x20 || *p == 0x7f)
            g_string_append (out, "\xef\xbf\xbd");
          else
            g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

static char *
html_escape_collapsed (const char *text)
{
  g_autofree char *flat = gloss_export_collapse_whitespace (text);

  return _gloss_export_html_escape (flat);
}

static const char html_style[] =
  "    :root { color-scheme: light; }\n"
  "    body { font-family: Cantarell, \"Noto Sans\", system-ui, sans-serif; line-height: 1.5;\n"
  "           max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #241f31; background: #ffffff; }\n"
  "    h1 { font-size: 1.8rem; margin-bottom: 0.25rem; }\n"
  "    h2 { font-size: 1.4rem; margin-top: 2.5rem; border-bottom: 1px solid #deddda; }\n"
  "    h3 { font-size: 1.15rem; margin-top: 2rem; }\n"
  "    .meta, .count, .label, .footnote { color: #5e5c64; }\n"
  "    figure.chart { margin: 1.5em 0 0; overflow-x: auto; }\n"
  "    figure.chart figcaption { font-weight: bold; margin-bottom: 0.4em; }\n"
  "    figure.chart text { font: 12px sans-serif; fill: currentColor; }\n"
  "    .count { font-weight: normal; font-size: 0.9em; }\n"
  "    .label { font-weight: bold; }\n"
  "    .swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.4em;\n"
  "              border-radius: 50%; border: 1px solid rgba(0, 0, 0, 0.25); vertical-align: -0.05em; }\n"
  "    .claim { margin: 1.25rem 0; padding-left: 0.8rem; border-left: 4px solid var(--topic, #9a9996); }\n"
  "    .claim p { margin: 0.25rem 0; }\n"
  "    .quote { margin: 0 0 0.4rem; font-size: 1.05rem; white-space: pre-wrap; }\n"
  "    .context mark { background: #f9f06b; color: inherit; }\n"
  "    nav ul { padding-left: 1.2rem; }\n"
  "    table { border-collapse: collapse; margin: 1rem 0; }\n"
  "    th, td { border: 1px solid #c0bfbc; padding: 0.25rem 0.6rem; text-align: right; }\n"
  "    th:first-child, td:first-child { text-align: left; }\n"
  "    thead th, tfoot th, tfoot td { background: #f6f5f4; font-weight: bold; }\n"
  "    * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
  "    @media print {\n"
  "      body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }\n"
  "      nav { display: none; }\n"
  "      h2, h3 { break-after: avoid; page-break-after: avoid; }\n"
  "      .claim, tr { break-inside: avoid; page-break-inside: avoid; }\n"
  "      a { color: inherit; text-decoration: none; }\n"
  "    }\n";

static void
begin_cb (const GlossReport *report,
          gpointer           user_data)
{
  GString *out = user_data;
  g_autofree char *title = html_escape_collapsed (report->title);
  g_autofree char *total = _gloss_export_html_escape (report->total_label);
  g_autofree char *heading = _gloss_export_html_escape (report->claims_heading);

  g_string_append (out, "<!DOCTYPE html>\n");
  if (report->language != NULL)
    {
      g_autofree char *lang = _gloss_export_html_escape (report->language);

      g_string_append_printf (out, "<html lang=\"%s\">\n", lang);
    }
  else
    g_string_append (out, "<html>\n");
  g_string_append (out, "  <head>\n"
                        "    <meta charset=\"utf-8\">\n"
                        "    <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
  g_string_append_printf (out, "    <meta name=\"generator\" content=\"Gloss %s\">\n", PACKAGE_VERSION);
  g_string_append_printf (out, "    <title>%s</title>\n", title);
  g_string_append_printf (out, "    <style>\n%s    </style>\n", html_style);
  g_string_append (out, "  </head>\n  <body>\n    <header>\n");
  g_string_append_printf (out, "      <h1>%s</h1>\n", title);
  if (report->meta[0] != '\0')
    {
      g_autofree char *meta = _gloss_export_html_escape (report->meta);

      g_string_append_printf (out, "      <p class=\"meta\">%s</p>\n", meta);
    }
  g_string_append_printf (out, "      <p class=\"meta\">%s</p>\n", total);
  g_string_append (out, "    </header>\n");

  if (report->sections->len > 0)
    {
      g_autofree char *contents = _gloss_export_html_escape (_("Contents"));

      g_string_append_printf (out, "    <nav aria-label=\"%s\">\n      <ul>\n", contents);
      for (guint i = 0; i < report->sections->len; i++)
        {
          const GlossReportSection *section = g_ptr_array_index (report->sections, i);
          g_autofree char *name = html_escape_collapsed (section->name);

          g_string_append_printf (out, "        <li><a href=\"#topic-%u\">%s</a> "
                                  "<span class=\"count\">(%u)</span></li>\n",
                                  section->index + 1, name, section->records->len);
        }
      g_string_append (out, "      </ul>\n    </nav>\n");
    }

  g_string_append (out, "    <main>\n");
  g_string_append_printf (out, "      <h2>%s</h2>\n", heading);
  if (report->no_claims != NULL)
    {
      g_autofree char *none = _gloss_export_html_escape (report->no_claims);

      g_string_append_printf (out, "      <p>%s</p>\n", none);
    }
}

static void
begin_section_cb (const GlossReportSection *section,
                  gpointer                  user_data)
{
  GString *out = user_data;
  g_autofree char *name = html_escape_collapsed (section->name);
  g_autofree char *count = _gloss_export_html_escape (section->count_label);

  g_string_append_printf (out, "      <section id=\"topic-%u\" class=\"topic\" style=\"--topic: %s\">\n",
                          section->index + 1, section->color);
  g_string_append_printf (out, "        <h3><span class=\"swatch\" style=\"background-color: %s\"></span>"
                          "%s <span class=\"count\">(%s)</span></h3>\n",
                          section->color, name, count);
}

static void
end_section_cb (const GlossReportSection *section,
                gpointer                  user_data)
{
  GString *out = user_data;

  g_string_append (out, "      </section>\n");
}

/* a lang attribute for text in another language than the page's */
static char *
lang_attribute (const char *language)
{
  g_autofree char *escaped = NULL;

  if (language == NULL)
    return g_strdup ("");

  escaped = _gloss_export_html_escape (language);
  return g_strdup_printf (" lang=\"%s\"", escaped);
}

/* only a web link becomes a link: a javascript: or file: "source" is text */
static void
append_source (GString                *out,
               const GlossReportClaim *claim,
               const GlossSource      *source)
{
  const char *title = gloss_source_get_title (source);
  const char *accessed = gloss_source_get_accessed (source);
  g_autofree char *label = html_escape_collapsed (gloss_source_get_label (source));
  g_autofree char *url = _gloss_export_html_escape (gloss_source_get_url (source));

  g_string_append (out, "              <li>");
  if (gloss_source_is_web_link (source))
    g_string_append_printf (out, "<a href=\"%s\" rel=\"noreferrer\">%s</a>", url, label);
  else if (title[0] != '\0')
    g_string_append_printf (out, "%s (<span class=\"citation\">%s</span>)", label, url);
  else
    g_string_append_printf (out, "<span class=\"citation\">%s</span>", label);
  if (accessed[0] != '\0')
    {
      g_autofree char *date = _gloss_export_html_escape (accessed);
      g_autofree char *text = gloss_report_fill_template (claim->accessed_label, date, _gloss_export_html_escape);

      g_string_append_printf (out, ", %s", text);
    }
  g_string_append (out, "</li>\n");
}

static void
claim_cb (const GlossReportClaim *claim,
          gpointer                user_data)
{
  GString *out = user_data;
  g_autofree char *id = _gloss_export_html_escape (gloss_claim_get_id (claim->record->claim));
  g_autofree char *quote = _gloss_export_html_escape (claim->quote);
  g_autofree char *lang = lang_attribute (claim->language);

  g_string_append_printf (out, "        <article class=\"claim\" data-claim=\"%s\">\n", id);
  g_string_append_printf (out, "          <blockquote class=\"quote\"%s>%s</blockquote>\n", lang, quote);

  if (claim->remark != NULL)
    {
      g_autofree char *remark = _gloss_export_html_escape (claim->remark);

      g_string_append_printf (out, "          <p class=\"remark\"><em>%s</em></p>\n", remark);
    }

  if (claim->speaker != NULL)
    {
      g_autofree char *speaker = html_escape_collapsed (claim->speaker);
      g_autofree char *label = _gloss_export_html_escape (claim->speaker_label);

      g_string_append_printf (out, "          <p class=\"speaker\"><span class=\"label\">%s</span> %s",
                              label, speaker);
      if (claim->role != NULL)
        {
          g_autofree char *role = html_escape_collapsed (claim->role);

          g_string_append_printf (out, ", <span class=\"role\">%s</span>", role);
        }
      g_string_append (out, "</p>\n");
    }

  if (claim->question_label != NULL)
    {
      g_autofree char *label = NULL;
      g_autofree char *escaped = _gloss_export_html_escape (claim->question);
      g_autofree char *question = claim->language != NULL ?
                                  g_strdup_printf ("<span%s>%s</span>", lang, escaped) :
                                  g_steal_pointer (&escaped);

      if (claim->asked_by != NULL)
        {
          g_autofree char *asked_by = html_escape_collapsed (claim->asked_by);
          g_autofree char *strong = g_strconcat ("<strong>", asked_by, "</strong>", NULL);

          label = gloss_report_fill_template (claim->question_label, strong, _gloss_export_html_escape);
        }
      else
        label = _gloss_export_html_escape (claim->question_label);
      g_string_append_printf (out, "          <p class=\"question\"><span class=\"label\">%s</span> %s</p>\n",
                              label, question);
    }

  if (claim->note != NULL)
    {
      g_autofree char *label = _gloss_export_html_escape (claim->note_label);
      g_autofree char *note = _gloss_export_html_escape (claim->note);

      g_string_append_printf (out, "          <p class=\"note\"><span class=\"label\">%s</span> "
                              "<span style=\"white-space: pre-wrap\">%s</span></p>\n",
                              label, note);
    }

  if (claim->context != NULL)
    {
      g_autofree char *label = _gloss_export_html_escape (claim->context_label);
      g_autofree char *before = _gloss_export_html_escape (claim->context->before);
      g_autofree char *marked = _gloss_export_html_escape (claim->context->quote);
      g_autofree char *after = _gloss_export_html_escape (claim->context->after);
      g_autofree char *sentence = g_strdup_printf ("%s%s<mark>%s</mark>%s%s",
                                                   claim->context->cut_before ? ELLIPSIS : "",
                                                   before, marked, after,
                                                   claim->context->cut_after ? ELLIPSIS : "");

      if (claim->language != NULL)
        {
          g_autofree char *plain = g_steal_pointer (&sentence);

          sentence = g_strdup_printf ("<span%s>%s</span>", lang, plain);
        }
      g_string_append_printf (out, "          <p class=\"context\"><span class=\"label\">%s</span> %s</p>\n",
                              label, sentence);
    }

  if (claim->topics != NULL)
    {
      g_autofree char *label = _gloss_export_html_escape (claim->topics_label);
      g_autofree char *topics = _gloss_export_html_escape (claim->topics);

      g_string_append_printf (out, "          <p class=\"topics\"><span class=\"label\">%s</span> %s</p>\n",
                              label, topics);
    }

  {
    g_autofree char *label = _gloss_export_html_escape (claim->status_label);
    g_autofree char *status = _gloss_export_html_escape (claim->status);

    g_string_append_printf (out, "          <p class=\"status status-%s\"><span class=\"label\">%s</span> %s</p>\n",
                            claim->status_id, label, status);
  }

  if (claim->figures != NULL)
    {
      g_autofree char *label = _gloss_export_html_escape (claim->figures_label);
      g_autofree char *figures = _gloss_export_html_escape (claim->figures);

      g_string_append_printf (out, "          <p class=\"figures\"><span class=\"label\">%s</span> %s</p>\n",
                              label, figures);
    }

  if (claim->sources != NULL)
    {
      g_autofree char *label = _gloss_export_html_escape (claim->sources_label);

      g_string_append_printf (out, "          <div class=\"sources\"><span class=\"label\">%s</span>\n"
                              "            <ul>\n", label);
      for (guint i = 0; i < claim->sources->len; i++)
        append_source (out, claim, g_ptr_array_index (claim->sources, i));
      g_string_append (out, "            </ul>\n          </div>\n");
    }

  g_string_append (out, "        </article>\n");
}

static void
summary_cb (const GlossReport *report,
            gpointer           user_data)
{
  GString *out = user_data;
  g_autofree char *heading = _gloss_export_html_escape (report->summary_heading);
  g_autofree char *speaker_label = _gloss_export_html_escape (report->speaker_heading);
  g_autofree char *total_label = _gloss_export_html_escape (report->total_heading);
  g_autofree char *footnote = _gloss_export_html_escape (report->summary_note);

  g_string_append_printf (out, "      <section class=\"summary\">\n        <h2>%s</h2>\n", heading);
  g_string_append (out, "        <table>\n          <thead>\n            <tr>");
  g_string_append_printf (out, "<th scope=\"col\">%s</th>", speaker_label);
  for (guint i = 0; i < report->sections->len; i++)
    {
      const GlossReportSection *section = g_ptr_array_index (report->sections, i);
      g_autofree char *name = html_escape_collapsed (section->name);

      g_string_append_printf (out, "<th scope=\"col\"><span class=\"swatch\" "
                              "style=\"background-color: %s\"></span>%s</th>",
                              section->color, name);
    }
  g_string_append_printf (out, "<th scope=\"col\">%s</th></tr>\n          </thead>\n          <tbody>\n",
                          total_label);

  for (guint s = 0; s <= report->speakers->len; s++)
    {
      const char *speaker = s < report->speakers->len ? g_ptr_array_index (report->speakers, s) : NULL;
      g_autofree char *name = speaker != NULL ? html_escape_collapsed (speaker) : NULL;

      if (speaker == NULL)
        g_string_append (out, "          </tbody>\n          <tfoot>\n");
      g_string_append (out, "            <tr>");
      g_string_append_printf (out, "<th scope=\"row\">%s</th>", speaker != NULL ? name : total_label);
      for (guint i = 0; i < report->sections->len; i++)
        g_string_append_printf (out, "<td>%u</td>",
                                gloss_report_count (report, speaker,
                                                    g_ptr_array_index (report->sections, i)));
      g_string_append_printf (out, "<td>%u</td></tr>\n", gloss_report_count (report, speaker, NULL));
    }
  g_string_append (out, "          </tfoot>\n        </table>\n");
  g_string_append_printf (out, "        <p class=\"footnote\">%s</p>\n", footnote);
  _gloss_export_html_append_charts (out, report, _gloss_export_html_escape);
  g_string_append (out, "      </section>\n");
}

static void
end_cb (const GlossReport *report,
        gpointer           user_data)
{
  GString *out = user_data;

  g_string_append (out, "    </main>\n  </body>\n</html>\n");
}

GBytes *
_gloss_export_write_html (const GlossExportRecords  *records,
                          GlossExportFlags           flags,
                          GError                   **error)
{
  static const GlossReportRenderer renderer = {
    .begin = begin_cb,
    .begin_section = begin_section_cb,
    .claim = claim_cb,
    .end_section = end_section_cb,
    .summary = summary_cb,
    .end = end_cb,
  };
  g_autoptr(GString) out = g_string_new (NULL);

  gloss_report_walk (records, &renderer, out);

  return g_string_free_to_bytes (g_steal_pointer (&out));
}
