#include "config.h"

#include <string.h>

#include "export-test-util.h"
#include "gloss-export-report.h"

static void
test_html_escaped (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  g_autofree char *html = export_string (project, NULL, "html", 0, NULL);
  g_autofree char *lower = g_ascii_strdown (html, -1);

  check_html_structure (html);

  g_assert_null (strstr (lower, "<script"));
  g_assert_null (strstr (lower, "<b>"));
  g_assert_nonnull (strstr (html, "<html lang=\"en\">"));
  g_assert_nonnull (strstr (html, "<meta charset=\"utf-8\">"));
  g_assert_nonnull (strstr (html, "@media print"));
  g_assert_nonnull (strstr (html, "background-color: #3584e4"));
  g_assert_nonnull (strstr (html, "<title>Press Briefing on Networks &amp; Health</title>"));
  g_assert_nonnull (strstr (html, "Minister of Networks &amp; Health &lt;MNH&gt;"));
  /* self-contained: nothing fetched */
  g_assert_null (strstr (lower, "<link"));
  g_assert_null (strstr (lower, "src="));
  g_assert_null (strstr (lower, "url("));

  for (guint i = 0; i < G_N_ELEMENTS (fixture_claims); i++)
    {
      const FixtureClaim *fc = &fixture_claims[i];
      g_autofree char *quote = html_escape_text (fc->quote);
      g_autofree char *note = html_escape_text (fc->note);
      g_autofree char *blockquote = g_strconcat ("<blockquote class=\"quote\">", quote,
                                                 "</blockquote>", NULL);
      guint n_topics = g_strv_length ((char **) fc->topics);

      /* under each of its topics */
      g_assert_cmpuint (count_occurrences (html, blockquote), ==, MAX (n_topics, 1));
      g_assert_nonnull (strstr (html, note));
    }

  /* grouped by topic in project order; "Unused" has no claims and no section */
  {
    const char *g5 = strstr (html, "</span>5G <span class=\"count\">(5 claims)</span></h3>");
    const char *vaccines = strstr (html, "</span>Vaccines, &quot;jabs&quot; <span class=\"count\">(2 claims)</span></h3>");
    const char *industry = strstr (html, "</span>Green &lt;manufacturing&gt; &amp; industry <span class=\"count\">(3 claims)</span></h3>");
    const char *untagged = strstr (html, "</span>Without topic <span class=\"count\">(1 claim)</span></h3>");

    g_assert_nonnull (g5);
    g_assert_nonnull (vaccines);
    g_assert_nonnull (industry);
    g_assert_nonnull (untagged);
    g_assert_true (g5 < vaccines && vaccines < industry && industry < untagged);
    g_assert_null (strstr (html, "Unused"));
  }

  /* the question an answer answers, and the sentence around a claim */
  g_assert_nonnull (strstr (html, "In answer to <strong>Daily Ledger &amp; &lt;Co&gt;</strong>:</span> "
                                  "How many base stations, exactly? Some say =SUM(A1) of them, "
                                  "others say +1 million. Which is it?"));
  g_assert_nonnull (strstr (html, "In answer to a question:</span> Please identify"));
  g_assert_nonnull (strstr (html, "Context:</span> We have built <mark>961,000 5G base stations</mark>, "
                                  "covering every city.</p>"));
  g_assert_nonnull (strstr (html, "Context:</span> 截至目前，<mark>一共接种了十亿剂疫苗</mark>。</p>"));

  /* summary: Dr. Ada Lin has 7 claims, 3 of them on 5G */
  g_assert_nonnull (strstr (html, "<th scope=\"row\">Dr. Ada Lin</th><td>3</td><td>1</td><td>3</td><td>1</td><td>7</td></tr>"));
  g_assert_nonnull (strstr (html, "<th scope=\"row\">Total</th><td>5</td><td>2</td><td>3</td><td>1</td><td>9</td></tr>"));
}

static void
test_markdown_quotes (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  g_autofree char *md = export_string (project, NULL, "markdown", 0, NULL);
  g_autofree char *plain = md_unescape (md);

  g_assert_true (g_str_has_prefix (md, "# Press Briefing on Networks \\& Health\n"));
  g_assert_nonnull (strstr (md, "\n## Claims by topic\n"));
  g_assert_nonnull (strstr (md, "\n### 5G (5 claims)\n"));
  g_assert_nonnull (strstr (md, "\n### Green \\<manufacturing\\> \\& industry (3 claims)\n"));
  g_assert_nonnull (strstr (md, "\n## Summary\n"));
  g_assert_nonnull (strstr (md, "\n| Dr. Ada Lin | 3 | 1 | 3 | 1 | 7 |\n"));

  /* no raw markup from the project survives: every '<' is escaped */
  for (const char *p = strchr (md, '<'); p != NULL; p = strchr (p + 1, '<'))
    g_assert_cmpint (p[-1], ==, '\\');
  g_assert_nonnull (strstr (md, "\\<script\\>"));
  /* line-start syntax is escaped */
  g_assert_nonnull (strstr (md, "\n> \\=SUM(A1) of them\n"));
  g_assert_nonnull (strstr (md, "\n> \\-2% in rural areas"));
  g_assert_nonnull (strstr (md, "\n> \\+1 million\n"));

  for (guint i = 0; i < G_N_ELEMENTS (fixture_claims); i++)
    {
      g_auto(GStrv) lines = g_strsplit (fixture_claims[i].quote, "\n", -1);

      for (guint l = 0; lines[l] != NULL; l++)
        {
          g_autofree char *quoted = g_strconcat ("\n> ", lines[l], "\n", NULL);

          g_assert_nonnull (strstr (plain, quoted));
        }
    }
  g_assert_nonnull (strstr (plain, "- **Note:** line one line two\n"));
  g_assert_nonnull (strstr (plain, "- **Speaker:** Dr. Ada Lin, Minister of Networks & Health <MNH>\n"));
  g_assert_nonnull (strstr (plain, "- **Asked by:** Daily Ledger & <Co>\n"));
}

/* text that would turn into Markdown syntax at the start of a line */
static void
test_markdown_line_starts (void)
{
  static const char text[] =
    "1. not a list\n# not a heading\n---\n    not code | no table\n> not a quote\n3.5 stays";
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new (text, -1);
  g_autoptr(GlossProject) project = gloss_project_new_blank (transcript);
  g_autoptr(GlossClaim) claim = gloss_claim_new (transcript, 0, g_utf8_strlen (text, -1),
                                                 NULL, "[link](http://example.com) *x*", NULL);
  g_autofree char *md = NULL;

  gloss_project_add_claim (project, claim);
  md = export_string (project, NULL, "markdown", 0, NULL);

  g_assert_nonnull (strstr (md, "\n> 1\\. not a list\n"
                                "> \\# not a heading\n"
                                "> \\---\n"
                                "> not code \\| no table\n"
                                "> \\> not a quote\n"
                                "> 3.5 stays\n"));
  g_assert_nonnull (strstr (md, "- **Note:** \\[link\\](http://example.com) \\*x\\*\n"));
}

static void
test_long_context (void)
{
  g_autoptr(GString) text = g_string_new ("Start. ");
  g_autoptr(GlossTranscript) transcript = NULL;
  g_autoptr(GlossProject) project = NULL;
  g_autoptr(GlossClaim) claim = NULL;
  g_autofree char *html = NULL;
  const char *context;
  const char *context_end;
  glong length;
  guint start;

  /* one 2,000-character sentence */
  for (guint i = 0; i < 200; i++)
    g_string_append (text, i == 100 ? "THE CLAIM " : "word word ");
  g_string_append (text, "end. After.");
  transcript = gloss_transcript_new (text->str, -1);
  project = gloss_project_new_blank (transcript);
  start = find_offset (text->str, "THE CLAIM");
  claim = gloss_claim_new_full ("c", start, start + 9, "THE CLAIM", "", "", NULL, "",
                                "", NULL, NULL);
  gloss_project_add_claim (project, claim);

  html = export_string (project, NULL, "html", 0, NULL);
  context = strstr (html, "Context:</span> ");
  g_assert_nonnull (context);
  context += strlen ("Context:</span> ");
  context_end = strstr (context, "</p>");
  length = g_utf8_strlen (context, context_end - context) - strlen ("<mark></mark>");
  /* about 400 characters, cut at words, marked as cut */
  g_assert_cmpint (length, <=, 405);
  g_assert_cmpint (length, >=, 360);
  g_assert_true (g_str_has_prefix (context, "…word"));
  g_assert_true (g_str_has_prefix (context_end - strlen ("word…"), "word…"));
  g_assert_nonnull (strstr (context, "word <mark>THE CLAIM</mark> word"));
}

/* Claims on the original are marked, in the original's language, with
 * the original's speaker, role, question and sentence; an orphan has its
 * quote and note, no speaker and no context. */
static void
test_html_original_and_orphan (void)
{
  g_autoptr(GlossProject) project = make_bilingual_fixture ();
  g_autofree char *html = export_string (project, NULL, "html", 0, NULL);
  const char *answer = strstr (html, "data-claim=\"" ORIGINAL_ANSWER_ID "\"");
  const char *orphan = strstr (html, "data-claim=\"" ORPHAN_ID "\"");
  g_autofree char *answer_article = NULL;
  g_autofree char *orphan_article = NULL;

  check_html_structure (html);
  g_assert_nonnull (answer);
  g_assert_nonnull (orphan);
  answer_article = g_strndup (answer, strstr (answer, "</article>") - answer);
  orphan_article = g_strndup (orphan, strstr (orphan, "</article>") - orphan);

  g_assert_nonnull (strstr (answer_article, "<blockquote class=\"quote\" lang=\"zh\">96.1万个5G基站</blockquote>"));
  g_assert_nonnull (strstr (answer_article, "From the original text"));
  g_assert_nonnull (strstr (answer_article, "Speaker:</span> 林博士, <span class=\"role\">网络与卫生部长</span>"));
  g_assert_nonnull (strstr (answer_article, "In answer to <strong>每日账簿</strong>:</span> "
                                            "<span lang=\"zh\">到底有多少个基站？</span>"));
  g_assert_nonnull (strstr (answer_article, "<mark>96.1万个5G基站</mark>，覆盖每一座城市。"));

  g_assert_nonnull (strstr (orphan_article, "<blockquote class=\"quote\">Good morning.</blockquote>"));
  g_assert_nonnull (strstr (orphan_article, "No longer found in the text"));
  g_assert_nonnull (strstr (orphan_article, "kept after the revision"));
  g_assert_null (strstr (orphan_article, "Speaker:"));
  g_assert_null (strstr (orphan_article, "Context:"));
  g_assert_null (strstr (orphan_article, "lang="));

  /* the transcript's claims are not marked */
  g_assert_cmpuint (count_occurrences (html, "From the original text"), ==, 2);
  g_assert_cmpuint (count_occurrences (html, "No longer found in the text"), ==, 1);
  g_assert_nonnull (strstr (html, "<html lang=\"en\">"));

  /* the summary counts the original's speakers, and the orphan under nobody */
  g_assert_nonnull (strstr (html, "<th scope=\"row\">林博士</th><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>"));
  g_assert_nonnull (strstr (html, "<th scope=\"row\">No speaker</th><td>0</td><td>1</td><td>0</td><td>0</td><td>1</td></tr>"));
  g_assert_nonnull (strstr (html, "<th scope=\"row\">Total</th><td>7</td><td>3</td><td>3</td><td>1</td><td>12</td></tr>"));
}

static void
test_markdown_original_and_orphan (void)
{
  g_autoptr(GlossProject) project = make_bilingual_fixture ();
  g_autofree char *md = export_string (project, NULL, "markdown", 0, NULL);

  g_assert_nonnull (strstr (md, "\n> 96.1万个5G基站\n\n"
                                "- *From the original text*\n"
                                "- **Speaker:** 林博士, 网络与卫生部长\n"
                                "- In answer to **每日账簿**: 到底有多少个基站？\n"
                                "- **Context:** 我们已经建成**96.1万个5G基站**，覆盖每一座城市。\n"));
  g_assert_nonnull (strstr (md, "\n> 到底有多少个基站\n\n"
                                "- *From the original text*\n"
                                "- **Asked by:** 每日账簿\n"));
  g_assert_nonnull (strstr (md, "\n> Good morning.\n\n"
                                "- *No longer found in the text*\n"
                                "- **Note:** kept after the revision\n"
                                "- **Topics:** Vaccines, \"jabs\"\n"
                                "- **Status:** Unchecked\n\n"));
  g_assert_nonnull (strstr (md, "\n| 林博士 | 1 | 0 | 0 | 0 | 1 |\n"));
  g_assert_nonnull (strstr (md, "\n| **Total** | 7 | 3 | 3 | 1 | 12 |\n"));
}

/* status, figures and sources: a web source is a link, anything else is
 * text that no reader can follow by a click */
static void
test_record_fields (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  g_autofree char *md = export_string (project, NULL, "markdown", 0, NULL);
  g_autofree char *html = export_string (project, NULL, "html", 0, NULL);

  g_assert_nonnull (strstr (md, "- **Status:** Verified\n"
                                "- **Figures:** 961,000\n"
                                "- **Sources:**\n"
                                "  - [Network statistics (2021)](https://example.org/stats?year=2021&kind=5g), accessed 2021-07-20\n"
                                "  - Annual report 2020, p. 12\n"));
  g_assert_nonnull (strstr (md, "- **Status:** False\n"
                                "- **Figures:** 十亿\n"
                                "- **Sources:**\n"
                                "  - [国家卫健委通报](https://example.org/%E7%96%AB%E8%8B%97), accessed 2021-07-17\n"));
  g_assert_null (strstr (md, "](javascript"));
  g_assert_nonnull (strstr (md, "- **Status:** Disputed\n"));

  check_html_structure (html);
  g_assert_nonnull (strstr (html, "<p class=\"status status-verified\"><span class=\"label\">Status:</span> Verified</p>\n"
                                  "          <p class=\"figures\"><span class=\"label\">Figures:</span> 961,000</p>\n"));
  g_assert_nonnull (strstr (html, "<li><a href=\"https://example.org/stats?year=2021&amp;kind=5g\" rel=\"noreferrer\">"
                                  "Network statistics (2021)</a>, accessed 2021-07-20</li>"));
  g_assert_nonnull (strstr (html, "<li>&lt;b&gt;Click&lt;/b&gt; &amp; see (<span class=\"citation\">javascript:alert(&quot;x&quot;)</span>)</li>"));
  g_assert_null (strstr (html, "href=\"javascript"));

  /* the charts, inline: the matrix has a cell per speaker and topic, the
   * timeline a tick per located claim and topic */
  g_assert_cmpuint (count_occurrences (html, "<svg "), ==, 2);
  g_assert_nonnull (strstr (html, "<title>Dr. Ada Lin · 5G: 3</title>"));
  g_assert_nonnull (strstr (html, "<figcaption>Where topics are discussed</figcaption>"));
}

/* ------------------------------------------------------------------ */
/* the walker, used from outside the core as the PDF report will        */

typedef struct
{
  GString *log;
  const GlossReport *report;
  guint n_claims;
} PlainReport;

static void
plain_begin_cb (const GlossReport *report,
                gpointer           user_data)
{
  PlainReport *plain = user_data;

  plain->report = report;
  g_string_append_printf (plain->log, "begin %s (%s) %u sections\n", report->title,
                          report->total_label, report->sections->len);
}

static void
plain_begin_section_cb (const GlossReportSection *section,
                        gpointer                  user_data)
{
  PlainReport *plain = user_data;

  g_string_append_printf (plain->log, "section %u %s %s %s\n", section->index, section->name,
                          section->color, section->count_label);
}

static void
plain_claim_cb (const GlossReportClaim *claim,
                gpointer                user_data)
{
  PlainReport *plain = user_data;

  plain->n_claims++;
  g_assert_true (g_ptr_array_find (claim->section->records, claim->record, NULL));
  g_string_append_printf (plain->log, "  claim %s by %s\n", claim->quote,
                          claim->speaker != NULL ? claim->speaker : "-");
}

static void
plain_end_section_cb (const GlossReportSection *section,
                      gpointer                  user_data)
{
  PlainReport *plain = user_data;

  g_string_append_printf (plain->log, "end section %u\n", section->index);
}

static void
plain_summary_cb (const GlossReport *report,
                  gpointer           user_data)
{
  PlainReport *plain = user_data;

  for (guint s = 0; s < report->speakers->len; s++)
    g_string_append_printf (plain->log, "speaker %s: %u\n",
                            (const char *) g_ptr_array_index (report->speakers, s),
                            gloss_report_count (report, g_ptr_array_index (report->speakers, s), NULL));
  g_string_append_printf (plain->log, "total: %u\n", gloss_report_count (report, NULL, NULL));
}

static void
plain_end_cb (const GlossReport *report,
              gpointer           user_data)
{
  PlainReport *plain = user_data;

  g_assert_true (plain->report == report);
  g_string_append (plain->log, "end\n");
}

static GBytes *
write_plain_report (const GlossExportRecords  *records,
                    GlossExportFlags           flags,
                    GError                   **error)
{
  static const GlossReportRenderer renderer = {
    .begin = plain_begin_cb,
    .begin_section = plain_begin_section_cb,
    .claim = plain_claim_cb,
    .end_section = plain_end_section_cb,
    .summary = plain_summary_cb,
    .end = plain_end_cb,
  };
  PlainReport plain = { .log = g_string_new (NULL) };

  gloss_report_walk (records, &renderer, &plain);
  g_assert_cmpuint (plain.n_claims, >=, records->records->len);

  return g_string_free_to_bytes (plain.log);
}

static void
test_walker_from_outside (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  const GlossExportFormat *format;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  guint n_formats = 0;
  const GlossExportFormat * const *formats = gloss_export_formats ();

  format = gloss_export_format_register ("plain-test", "plaintest", "text/x-gloss-test-report",
                                         "Plain test report", write_plain_report);
  g_assert_nonnull (format);
  /* listed after the built-in formats, in the array already handed out */
  while (formats[n_formats] != NULL)
    n_formats++;
  g_assert_true (formats[n_formats - 1] == format);
  g_assert_true (gloss_export_format_lookup ("PLAIN-TEST") == format);
  g_assert_true (gloss_export_format_for_extension ("plaintest") == format);
  g_assert_cmpstr (gloss_export_format_get_label (format), ==, "Plain test report");

  bytes = gloss_export (project, NULL, format, 0, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_assert_true (g_str_has_prefix (text, "begin Press Briefing on Networks & Health (9 claims) 4 sections\n"
                                         "section 0 5G #3584e4 5 claims\n"
                                         "  claim =SUM(A1) of them by Daily Ledger & <Co>\n"));
  g_assert_nonnull (strstr (text, "end section 0\nsection 1 Vaccines, \"jabs\" #33d17a 2 claims\n"));
  g_assert_nonnull (strstr (text, "section 3 Without topic #9a9996 1 claim\n"
                                  "  claim We remain confident by Dr. Ada Lin\n"
                                  "end section 3\n"));
  g_assert_true (g_str_has_suffix (text, "speaker Daily Ledger & <Co>: 2\n"
                                         "speaker Dr. Ada Lin: 7\n"
                                         "total: 9\nend\n"));

  /* an id, an extension or a MIME type already taken is a programmer error */
  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*lookup*");
  g_assert_null (gloss_export_format_register ("csv", "csv2", "text/x-csv2", "CSV again",
                                               write_plain_report));
  g_test_assert_expected_messages ();
  g_test_expect_message (NULL, G_LOG_LEVEL_CRITICAL, "*extension*");
  g_assert_null (gloss_export_format_register ("csv2", "md", "text/x-csv2", "CSV again",
                                               write_plain_report));
  g_test_assert_expected_messages ();
}

/* a renderer may leave out what it does not need */
static void
test_walker_partial_renderer (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  g_autoptr(GlossExportRecords) records = gloss_export_records_new (project, NULL, NULL);
  const GlossReportRenderer renderer = { .claim = plain_claim_cb };
  PlainReport plain = { .log = g_string_new (NULL) };

  gloss_report_walk (records, &renderer, &plain);
  /* two claims have two topics */
  g_assert_cmpuint (plain.n_claims, ==, N_FIXTURE_CLAIMS + 2);
  g_string_free (plain.log, TRUE);
}

/* the template's text is escaped apart from the argument */
static void
test_fill_template (void)
{
  g_autofree char *filled = gloss_report_fill_template ("<%s> & more", "<b>x</b>", html_escape_text);
  g_autofree char *plain = gloss_report_fill_template ("no hole <here>", "x", html_escape_text);

  g_assert_cmpstr (filled, ==, "&lt;<b>x</b>&gt; &amp; more");
  g_assert_cmpstr (plain, ==, "no hole &lt;here&gt;");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/report/html/escaped", test_html_escaped);
  g_test_add_func ("/export/report/markdown/quotes", test_markdown_quotes);
  g_test_add_func ("/export/report/markdown/line-starts", test_markdown_line_starts);
  g_test_add_func ("/export/report/long-context", test_long_context);
  g_test_add_func ("/export/report/html/original-and-orphan", test_html_original_and_orphan);
  g_test_add_func ("/export/report/markdown/original-and-orphan", test_markdown_original_and_orphan);
  g_test_add_func ("/export/report/record-fields", test_record_fields);
  g_test_add_func ("/export/report/walker/from-outside", test_walker_from_outside);
  g_test_add_func ("/export/report/walker/partial", test_walker_partial_renderer);
  g_test_add_func ("/export/report/fill-template", test_fill_template);

  return g_test_run ();
}
