#include "config.h"

#include <string.h>


#include "export-test-util.h"

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


int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/report/html/escaped", test_html_escaped);
  g_test_add_func ("/export/report/markdown/quotes", test_markdown_quotes);
  g_test_add_func ("/export/report/markdown/line-starts", test_markdown_line_starts);
  g_test_add_func ("/export/report/long-context", test_long_context);

  return g_test_run ();
}
