#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "gloss-exporter.h"

/* Written for these tests: every awkward thing a project may hold. */
static const char fixture_text[] =
  "Press Briefing on Networks & Health\n"
  "16 July 2021, Springfield\n"
  "Participants: Dr. Ada Lin, Minister of Networks & Health <MNH>\n"
  "\n"
  "Moderator:\n"
  "Good morning. Today we discuss 5G, vaccines and \"green\" factories.\n"
  "\n"
  "Daily Ledger & <Co>:\n"
  "How many base stations, exactly? Some say =SUM(A1) of them, others say +1 million. Which is it?\n"
  "\n"
  "Dr. Ada Lin:\n"
  "We have built 961,000 5G base stations, covering every city.\n"
  "The rollout grew by -2% in rural areas, \"unexpectedly\". Contact @x for the <script>alert(\"x\")</script> figures & tables.\n"
  "\n"
  "Please identify your news outlets. Is the vaccine rate above 60%? And what about factories?\n"
  "\n"
  "Dr. Ada Lin:\n"
  "Yes. 截至目前，一共接种了十亿剂疫苗。绿色制造进展顺利！We remain confident, \"cautiously\".\n"
  "\n"
  "Photo: Press office staff\n";

typedef struct
{
  const char *id;
  const char *quote;
  const char *topics[3];
  const char *note;
  const char *author;
  const char *created;
  const char *modified;
} FixtureClaim;

static const FixtureClaim fixture_claims[] = {
  { "00000000-0000-4000-8000-000000000001", "961,000 5G base stations",
    { "5g" }, "Checked against \"official\" data, twice.", "Ann Analyst",
    "2021-07-16T10:01:00Z", "2021-07-16T10:01:00Z" },
  { "00000000-0000-4000-8000-000000000002",
    "We have built 961,000 5G base stations, covering every city.\nThe rollout grew by -2%",
    { "industry", "5g" }, "line one\nline two", "@analyst",
    "2021-07-16T10:02:00Z", "2021-07-16T11:30:00Z" },
  { "00000000-0000-4000-8000-000000000003", "-2% in rural areas, \"unexpectedly\"",
    { "5g" }, "=HYPERLINK(\"http://example.com\",\"x\")", "",
    "2021-07-16T18:03:00+08:00", "2021-07-16T18:03:00+08:00" },
  { "00000000-0000-4000-8000-000000000004",
    "@x for the <script>alert(\"x\")</script> figures & tables",
    { "industry" }, "<b>bold</b> & <script>evil()</script>", "Ann Analyst",
    "2021-07-16T10:04:00Z", "2021-07-16T10:04:00Z" },
  { "00000000-0000-4000-8000-000000000005", "=SUM(A1) of them",
    { "5g" }, "+1 is a formula too", "Ann Analyst",
    "2021-07-16T10:05:00Z", "2021-07-16T10:05:00Z" },
  { "00000000-0000-4000-8000-000000000006", "+1 million",
    { "5g", "vaccines" }, "-minus note", "Ann Analyst",
    "2021-07-16T10:06:00Z", "2021-07-16T10:06:00Z" },
  { "00000000-0000-4000-8000-000000000007", "一共接种了十亿剂疫苗",
    { "vaccines" }, "中文注释，含逗号, and a comma", "李明",
    "2021-07-16T10:07:00Z", "2021-07-16T10:07:00Z" },
  { "00000000-0000-4000-8000-000000000008", "绿色制造进展顺利！",
    { "industry" }, "\tTab-led note", "Ann Analyst",
    "2021-07-16T10:08:00Z", "2021-07-16T10:08:00Z" },
  { "00000000-0000-4000-8000-000000000009", "We remain confident",
    { NULL }, "Only a note, no topic", "",
    "2021-07-16T10:09:00Z", "2021-07-16T10:09:00Z" },
};

static const char * const format_files[] = {
  [GLOSS_EXPORT_CSV] = "fixture.csv",
  [GLOSS_EXPORT_JSON] = "fixture.json",
  [GLOSS_EXPORT_MARKDOWN] = "fixture.md",
  [GLOSS_EXPORT_HTML] = "fixture.html",
  [GLOSS_EXPORT_W3C] = "fixture.jsonld",
};

static guint
find_offset (const char *text,
             const char *needle)
{
  const char *hit = strstr (text, needle);

  g_assert_nonnull (hit);
  /* the fixture is written so that every needle is unique */
  g_assert_null (strstr (hit + 1, needle));
  return g_utf8_pointer_to_offset (text, hit);
}

static guint
add_turn (GlossTranscript *transcript,
          GlossTurnKind    kind,
          const char      *first,
          const char      *last,
          const char      *speaker,
          const char      *outlet,
          int              answers)
{
  const char *text = gloss_transcript_get_text (transcript);
  guint start = find_offset (text, first);
  guint end = find_offset (text, last) + g_utf8_strlen (last, -1);

  return gloss_transcript_add_turn (transcript, kind, start, end, speaker, outlet, answers);
}

static GlossClaim *
make_claim (GlossTranscript    *transcript,
            const FixtureClaim *fc)
{
  const char *text = gloss_transcript_get_text (transcript);
  guint start = find_offset (text, fc->quote);
  guint end = start + g_utf8_strlen (fc->quote, -1);
  guint length = gloss_transcript_get_length (transcript);
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;
  g_autoptr(GDateTime) created = g_date_time_new_from_iso8601 (fc->created, NULL);
  g_autoptr(GDateTime) modified = g_date_time_new_from_iso8601 (fc->modified, NULL);

  prefix = gloss_transcript_dup_slice (transcript,
                                       start > GLOSS_CLAIM_CONTEXT_LENGTH ?
                                       start - GLOSS_CLAIM_CONTEXT_LENGTH : 0, start);
  suffix = gloss_transcript_dup_slice (transcript, end,
                                       MIN (length, end + GLOSS_CLAIM_CONTEXT_LENGTH));

  return gloss_claim_new_full (fc->id, start, end, fc->quote, prefix, suffix,
                               fc->topics, fc->note, fc->author, created, modified);
}

static void
add_topic (GlossProject *project,
           const char   *id,
           const char   *name,
           const char   *color)
{
  g_autoptr(GlossTopic) topic = gloss_topic_new (id, name, color);

  gloss_project_insert_topic (project, topic, G_MAXUINT);
}

static GlossProject *
make_fixture (void)
{
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new (fixture_text, -1);
  GlossProject *project;

  gloss_transcript_set_title (transcript, "Press Briefing on Networks & Health");
  gloss_transcript_set_date (transcript, "2021-07-16");
  gloss_transcript_set_place (transcript, "Springfield");
  gloss_transcript_set_language (transcript, "en");
  gloss_transcript_set_source (transcript, "briefing <draft>.txt");
  gloss_transcript_add_participant (transcript, "Dr. Ada Lin",
                                    "Minister of Networks & Health <MNH>");
  gloss_transcript_add_participant (transcript, "Moderator", NULL);

  add_turn (transcript, GLOSS_TURN_HEADER, "Press Briefing", "<MNH>", NULL, NULL, -1);
  add_turn (transcript, GLOSS_TURN_REMARKS, "Good morning.", "\"green\" factories.",
            "Moderator", NULL, -1);
  /* this turn begins with its outlet line, which the excerpt leaves out */
  add_turn (transcript, GLOSS_TURN_QUESTION, "Daily Ledger & <Co>:\n", "Which is it?",
            NULL, "Daily Ledger & <Co>", -1);
  add_turn (transcript, GLOSS_TURN_ANSWER, "We have built", "figures & tables.",
            "Dr. Ada Lin", NULL, 2);
  add_turn (transcript, GLOSS_TURN_QUESTION, "Please identify", "what about factories?",
            NULL, NULL, -1);
  add_turn (transcript, GLOSS_TURN_ANSWER, "Yes. ", "\"cautiously\".",
            "Dr. Ada Lin", NULL, 4);
  add_turn (transcript, GLOSS_TURN_FOOTER, "Photo:", "office staff", NULL, NULL, -1);

  project = gloss_project_new_blank (transcript);
  add_topic (project, "5g", "5G", "#3584e4");
  add_topic (project, "vaccines", "Vaccines, \"jabs\"", "#33d17a");
  add_topic (project, "industry", "Green <manufacturing> & industry", "#e66100");
  add_topic (project, "unused", "Unused", "#9141ac");

  /* added out of order: the project sorts them */
  for (guint i = G_N_ELEMENTS (fixture_claims); i > 0; i--)
    {
      g_autoptr(GlossClaim) claim = make_claim (transcript, &fixture_claims[i - 1]);

      gloss_project_add_claim (project, claim);
    }

  return project;
}

static const FixtureClaim *
lookup_fixture_claim (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (fixture_claims); i++)
    if (g_str_equal (fixture_claims[i].id, id))
      return &fixture_claims[i];

  g_assert_not_reached ();
  return NULL;
}

static char *
export_string (GlossProject      *project,
               GListModel        *claims,
               GlossExportFormat  format,
               GlossExportFlags   flags,
               gsize             *length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = gloss_exporter_export (project, claims, format, flags, &error);
  gsize size;
  const char *data;

  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  data = g_bytes_get_data (bytes, &size);
  g_assert_true (g_utf8_validate (data, size, NULL));
  if (length != NULL)
    *length = size;

  return g_strndup (data, size);
}

/* ------------------------------------------------------------------ */

static void
test_format_names (void)
{
  for (guint i = 0; i <= GLOSS_EXPORT_FORMAT_LAST; i++)
    {
      GlossExportFormat format = 99;

      g_assert_true (gloss_export_format_from_string (gloss_export_format_to_string (i), &format));
      g_assert_cmpint (format, ==, i);
      g_assert_true (gloss_export_format_from_string (gloss_export_format_extension (i), &format));
      g_assert_cmpint (format, ==, i);
      g_assert_nonnull (gloss_export_format_label (i));
      g_assert_nonnull (strchr (gloss_export_format_mime_type (i), '/'));
    }

  g_assert_cmpstr (gloss_export_format_extension (GLOSS_EXPORT_MARKDOWN), ==, "md");
  g_assert_cmpstr (gloss_export_format_extension (GLOSS_EXPORT_W3C), ==, "jsonld");
  g_assert_cmpstr (gloss_export_format_label (GLOSS_EXPORT_CSV), ==, "CSV spreadsheet");
  g_assert_cmpstr (gloss_export_format_label (GLOSS_EXPORT_W3C), ==, "W3C Web Annotation");
  g_assert_false (gloss_export_format_from_string ("xlsx", &(GlossExportFormat) { 0 }));
  g_assert_false (gloss_export_format_from_string (NULL, &(GlossExportFormat) { 0 }));
}

/* Names the first differing line and keeps the actual output for diff -u. */
static void
report_golden_difference (const char *path,
                          const char *expected,
                          const char *actual,
                          gsize       length)
{
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *name = g_strconcat (basename, ".actual", NULL);
  g_autofree char *actual_path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  g_auto(GStrv) want = g_strsplit (expected, "\n", -1);
  g_auto(GStrv) got = g_strsplit (actual, "\n", -1);
  guint line = 0;

  while (want[line] != NULL && got[line] != NULL && g_str_equal (want[line], got[line]))
    line++;

  g_file_set_contents (actual_path, actual, length, NULL);
  g_test_fail_printf ("%s differs from the export at line %u:\n  expected: %s\n  actual:   %s\n"
                      "(diff -u %s %s; GLOSS_UPDATE_GOLDEN=1 rewrites the golden files)",
                      path, line + 1, want[line] != NULL ? want[line] : "(end)",
                      got[line] != NULL ? got[line] : "(end)", path, actual_path);
}

/* GLOSS_UPDATE_GOLDEN=1 rewrites the files in the source tree. */
static void
test_golden (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  gboolean update = g_getenv ("GLOSS_UPDATE_GOLDEN") != NULL;

  for (guint i = 0; i <= GLOSS_EXPORT_FORMAT_LAST; i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "export",
                                                     format_files[i], NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = NULL;
      gsize expected_length = 0;
      gsize length = 0;
      g_autofree char *actual = export_string (project, NULL, i, GLOSS_EXPORT_FLAGS_NONE, &length);

      if (update)
        {
          g_file_set_contents (path, actual, length, &error);
          g_assert_no_error (error);
          g_test_message ("rewrote %s", path);
          continue;
        }

      g_file_get_contents (path, &expected, &expected_length, &error);
      g_assert_no_error (error);
      if (length != expected_length || memcmp (actual, expected, length) != 0)
        report_golden_difference (path, expected, actual, length);
    }
}

static void
test_deterministic (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  g_autoptr(GlossProject) again = make_fixture ();
  g_autoptr(GListStore) reversed = g_list_store_new (GLOSS_TYPE_CLAIM);

  for (guint i = gloss_project_get_n_claims (project); i > 0; i--)
    g_list_store_append (reversed, gloss_project_get_claim (project, i - 1));
  /* a claim given twice is exported once */
  g_list_store_append (reversed, gloss_project_get_claim (project, 0));

  for (guint i = 0; i <= GLOSS_EXPORT_FORMAT_LAST; i++)
    {
      g_autofree char *a = export_string (project, NULL, i, 0, NULL);
      g_autofree char *b = export_string (again, NULL, i, 0, NULL);
      g_autofree char *c = export_string (project, G_LIST_MODEL (reversed), i, 0, NULL);

      g_assert_cmpstr (a, ==, b);
      g_assert_cmpstr (a, ==, c);
    }
}

/* ------------------------------------------------------------------ */
/* CSV                                                                 */

/* RFC 4180; @lenient accepts LF alone as a record end (LibreOffice on Linux). */
static GPtrArray *
parse_csv (const char *data,
           gsize       length,
           gboolean    lenient)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = data;
  const char *end = data + length;

  while (p < end)
    {
      gboolean record_end = FALSE;

      if (*p == '"')
        {
          p++;
          for (;;)
            {
              g_assert_true (p < end);  /* unterminated quote */
              if (*p == '"')
                {
                  if (p + 1 < end && p[1] == '"')
                    {
                      g_string_append_c (field, '"');
                      p += 2;
                      continue;
                    }
                  p++;
                  break;
                }
              g_string_append_c (field, *p++);
            }
        }
      else
        {
          while (p < end && *p != ',' && *p != '\r' && *p != '\n')
            {
              g_assert_true (*p != '"');  /* a quote inside an unquoted field */
              g_string_append_c (field, *p++);
            }
        }

      if (p == end)
        g_assert_not_reached ();  /* the last record ends with a line break too */
      else if (*p == ',')
        p++;
      else if (*p == '\r' && p + 1 < end && p[1] == '\n')
        {
          p += 2;
          record_end = TRUE;
        }
      else if (*p == '\n' && lenient)
        {
          p++;
          record_end = TRUE;
        }
      else
        g_assert_not_reached ();  /* bare CR or LF */

      g_ptr_array_add (row, g_strdup (field->str));
      g_string_truncate (field, 0);
      if (record_end)
        {
          g_ptr_array_add (row, NULL);
          g_ptr_array_add (rows, g_ptr_array_steal (row, NULL));
          g_ptr_array_set_free_func (row, g_free);
        }
    }

  return rows;
}

/* undoes the exporter's neutralising apostrophe */
static const char *
unneutralise (const char *cell)
{
  if (cell[0] == '\'' && cell[1] != '\0' && strchr ("=+-@\t\r", cell[1]) != NULL)
    return cell + 1;
  return cell;
}

static gboolean
is_dangerous (const char *cell)
{
  return cell[0] != '\0' && strchr ("=+-@\t\r", cell[0]) != NULL;
}

static char *
format_utc (const char *iso)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (iso, NULL);
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static void
test_csv_parse (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  gsize length;
  g_autofree char *csv = export_string (project, NULL, GLOSS_EXPORT_CSV, 0, &length);
  g_autofree char *plain = export_string (project, NULL, GLOSS_EXPORT_CSV,
                                          GLOSS_EXPORT_FLAGS_NO_BOM, NULL);
  g_autoptr(GPtrArray) rows = NULL;
  const char *header = "id,topics,speaker,speaker_kind,asked_by,quote,note,start,end,turn,author,created,modified";
  g_auto(GStrv) columns = g_strsplit (header, ",", -1);

  g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbf"));
  g_assert_false (g_str_has_prefix (plain, "\xef\xbb\xbf"));
  g_assert_cmpstr (csv + 3, ==, plain);

  rows = parse_csv (csv + 3, length - 3, FALSE);
  g_assert_cmpuint (rows->len, ==, 1 + G_N_ELEMENTS (fixture_claims));
  g_assert_true (g_strv_equal (g_ptr_array_index (rows, 0), (const char * const *) columns));

  for (guint r = 1; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);
      const FixtureClaim *fc = lookup_fixture_claim (row[0]);
      GlossClaim *claim = gloss_project_lookup_claim (project, row[0]);
      int turn = gloss_transcript_find_turn (transcript, gloss_claim_get_start (claim));
      g_autofree char *created = format_utc (fc->created);
      g_autofree char *modified = format_utc (fc->modified);
      g_autofree char *start = g_strdup_printf ("%u", gloss_claim_get_start (claim));
      g_autofree char *end = g_strdup_printf ("%u", gloss_claim_get_end (claim));
      g_autofree char *turn_number = g_strdup_printf ("%d", turn + 1);

      g_assert_cmpuint (g_strv_length (row), ==, 13);
      /* claims come in transcript order */
      g_assert_true (claim == gloss_project_get_claim (project, r - 1));

      g_assert_cmpstr (unneutralise (row[5]), ==, fc->quote);
      g_assert_cmpstr (unneutralise (row[6]), ==, fc->note);
      g_assert_cmpstr (unneutralise (row[10]), ==, fc->author);
      g_assert_cmpstr (row[7], ==, start);
      g_assert_cmpstr (row[8], ==, end);
      g_assert_cmpstr (row[9], ==, turn_number);
      g_assert_cmpstr (row[11], ==, created);
      g_assert_cmpstr (row[12], ==, modified);

      /* no cell a spreadsheet would evaluate */
      for (guint c = 0; row[c] != NULL; c++)
        g_assert_false (is_dangerous (row[c]));
    }

  /* spot checks of the derived columns */
  {
    char **second = g_ptr_array_index (rows, 1);   /* "=SUM(A1) of them" */
    char **fourth = g_ptr_array_index (rows, 3);   /* the long claim, two topics */
    char **cjk = g_ptr_array_index (rows, 7);

    g_assert_cmpstr (second[5], ==, "'=SUM(A1) of them");
    g_assert_cmpstr (second[2], ==, "Daily Ledger & <Co>");
    g_assert_cmpstr (second[3], ==, "question");
    g_assert_cmpstr (second[4], ==, "");

    g_assert_cmpstr (fourth[0], ==, fixture_claims[1].id);
    g_assert_cmpstr (fourth[1], ==, "5G; Green <manufacturing> & industry");
    g_assert_cmpstr (fourth[2], ==, "Dr. Ada Lin");
    g_assert_cmpstr (fourth[3], ==, "answer");
    g_assert_cmpstr (fourth[4], ==, "Daily Ledger & <Co>");
    g_assert_cmpstr (fourth[10], ==, "'@analyst");

    g_assert_cmpstr (cjk[5], ==, "一共接种了十亿剂疫苗");
    g_assert_cmpstr (cjk[1], ==, "Vaccines, \"jabs\"");
    /* the question it answers has no outlet */
    g_assert_cmpstr (cjk[4], ==, "");
  }

  /* quoting only where needed, CRLF everywhere */
  g_assert_nonnull (strstr (csv, "\r\n00000000-0000-4000-8000-000000000001,5G,Dr. Ada Lin,answer,"));
  g_assert_nonnull (strstr (csv, ",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\","));
  g_assert_nonnull (strstr (csv, ",\"line one\nline two\","));
}

static char *
find_libreoffice (void)
{
  char *path = g_find_program_in_path ("soffice");

  return path != NULL ? path : g_find_program_in_path ("libreoffice");
}

static void
test_csv_libreoffice (void)
{
  g_autofree char *soffice = find_libreoffice ();
  g_autofree char *timeout = g_find_program_in_path ("timeout");
  g_autoptr(GlossProject) project = make_fixture ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *in_dir = NULL;
  g_autofree char *out_dir = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *profile_uri = NULL;
  g_autofree char *input = NULL;
  g_autofree char *output = NULL;
  g_autofree char *control = NULL;
  g_autofree char *control_output = NULL;
  g_autofree char *control_data = NULL;
  g_autofree char *installation = NULL;
  g_autofree char *out_data = NULL;
  g_autofree char *std_out = NULL;
  g_autofree char *std_err = NULL;
  g_autoptr(GFile) input_file = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GPtrArray) rows = NULL;
  gsize out_length;
  int status;
  gint64 started;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }

  dir = g_dir_make_tmp ("gloss-export-lo-XXXXXX", &error);
  g_assert_no_error (error);
  in_dir = g_build_filename (dir, "in", NULL);
  out_dir = g_build_filename (dir, "out", NULL);
  profile = g_build_filename (dir, "profile", NULL);
  g_assert_cmpint (g_mkdir (in_dir, 0700), ==, 0);
  input = g_build_filename (in_dir, "claims.csv", NULL);
  output = g_build_filename (out_dir, "claims.csv", NULL);
  profile_uri = g_filename_to_uri (profile, NULL, &error);
  g_assert_no_error (error);
  installation = g_strconcat ("-env:UserInstallation=", profile_uri, NULL);

  /* The control proves that this LibreOffice evaluates formulas in CSV
   * cells: without it a pass would say nothing about neutralisation. */
  control = g_build_filename (in_dir, "control.csv", NULL);
  control_output = g_build_filename (out_dir, "control.csv", NULL);
  g_file_set_contents (control, "a\r\n=1+2\r\n", -1, &error);
  g_assert_no_error (error);

  input_file = g_file_new_for_path (input);
  gloss_exporter_export_to_file (project, NULL, GLOSS_EXPORT_CSV, 0, input_file, &error);
  g_assert_no_error (error);

  if (timeout != NULL)
    {
      g_ptr_array_add (argv, timeout);
      g_ptr_array_add (argv, "60");
    }
  g_ptr_array_add (argv, soffice);
  g_ptr_array_add (argv, installation);
  g_ptr_array_add (argv, "--headless");
  g_ptr_array_add (argv, "--norestore");
  g_ptr_array_add (argv, "--infilter=CSV:44,34,76,1");
  g_ptr_array_add (argv, "--convert-to");
  g_ptr_array_add (argv, "csv:Text - txt - csv (StarCalc):44,34,76");
  g_ptr_array_add (argv, "--outdir");
  g_ptr_array_add (argv, out_dir);
  g_ptr_array_add (argv, input);
  g_ptr_array_add (argv, control);
  g_ptr_array_add (argv, NULL);

  started = g_get_monotonic_time ();
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &std_out, &std_err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("LibreOffice took %.1f s", (g_get_monotonic_time () - started) / 1e6);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("soffice failed: %s\n%s\n%s", error->message, std_out, std_err);

  g_file_get_contents (control_output, &control_data, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_strchomp (control_data), ==, "a\n3");

  g_file_get_contents (output, &out_data, &out_length, &error);
  g_assert_no_error (error);

  /* LibreOffice writes no BOM and may end records with LF */
  if (g_str_has_prefix (out_data, "\xef\xbb\xbf"))
    rows = parse_csv (out_data + 3, out_length - 3, TRUE);
  else
    rows = parse_csv (out_data, out_length, TRUE);
  g_assert_cmpuint (rows->len, ==, 1 + G_N_ELEMENTS (fixture_claims));

  for (guint r = 1; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);
      const FixtureClaim *fc = lookup_fixture_claim (row[0]);
      const char *cells[][2] = {
        { row[5], fc->quote },
        { row[6], fc->note },
      };

      g_assert_cmpuint (g_strv_length (row), ==, 13);
      for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
        {
          const char *got = cells[c][0];
          const char *want = cells[c][1];

          if (is_dangerous (want))
            {
              /* kept as text, never evaluated: the apostrophe may stay */
              g_assert_cmpstr (unneutralise (got), ==, want);
            }
          else
            g_assert_cmpstr (got, ==, want);
        }
    }

  /* not evaluated: "=SUM(A1) of them" would have become a number or an error */
  g_assert_nonnull (strstr (out_data, "=SUM(A1) of them"));
  g_assert_nonnull (strstr (out_data, "一共接种了十亿剂疫苗"));

  /* clean up the private profile and outputs */
  {
    const char *argv_rm[] = { "rm", "-rf", dir, NULL };

    g_spawn_sync (NULL, (char **) argv_rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                  NULL, NULL, NULL, NULL);
  }
}

/* ------------------------------------------------------------------ */
/* JSON                                                                */

static JsonNode *
parse_json (const char *data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, data, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static const char *
nullable_string (JsonObject *object,
                 const char *member)
{
  g_assert_true (json_object_has_member (object, member));
  return json_object_get_string_member_with_default (object, member, NULL);
}

static void
test_json_parse (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  g_autofree char *json = export_string (project, NULL, GLOSS_EXPORT_JSON, 0, NULL);
  g_autoptr(JsonNode) root = parse_json (json);
  JsonObject *object = json_node_get_object (root);
  JsonObject *meta;
  JsonArray *topics;
  JsonArray *claims;

  g_assert_cmpstr (json_object_get_string_member (object, "format"), ==, "gloss-claims");
  g_assert_cmpint (json_object_get_int_member (object, "version"), ==, 1);

  meta = json_object_get_object_member (object, "project");
  g_assert_cmpstr (json_object_get_string_member (meta, "title"), ==,
                   "Press Briefing on Networks & Health");
  g_assert_cmpstr (json_object_get_string_member (meta, "date"), ==, "2021-07-16");
  g_assert_cmpstr (json_object_get_string_member (meta, "source"), ==, "briefing <draft>.txt");

  topics = json_object_get_array_member (object, "topics");
  g_assert_cmpuint (json_array_get_length (topics), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (topics, 1), "name"),
                   ==, "Vaccines, \"jabs\"");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (topics, 2), "color"),
                   ==, "#e66100");

  claims = json_object_get_array_member (object, "claims");
  g_assert_cmpuint (json_array_get_length (claims), ==, G_N_ELEMENTS (fixture_claims));

  for (guint i = 0; i < json_array_get_length (claims); i++)
    {
      JsonObject *record = json_array_get_object_element (claims, i);
      const char *id = json_object_get_string_member (record, "id");
      const FixtureClaim *fc = lookup_fixture_claim (id);
      GlossClaim *claim = gloss_project_get_claim (project, i);
      int turn = gloss_transcript_find_turn (transcript, gloss_claim_get_start (claim));
      JsonArray *ids = json_object_get_array_member (record, "topics");
      JsonArray *names = json_object_get_array_member (record, "topic_names");
      g_autofree char *created = format_utc (fc->created);
      guint n_topics = g_strv_length ((char **) fc->topics);

      g_assert_cmpstr (id, ==, gloss_claim_get_id (claim));
      g_assert_cmpstr (json_object_get_string_member (record, "quote"), ==, fc->quote);
      g_assert_cmpstr (json_object_get_string_member (record, "note"), ==, fc->note);
      g_assert_cmpstr (json_object_get_string_member (record, "author"), ==, fc->author);
      g_assert_cmpstr (json_object_get_string_member (record, "created"), ==, created);
      g_assert_cmpint (json_object_get_int_member (record, "start"), ==, gloss_claim_get_start (claim));
      g_assert_cmpint (json_object_get_int_member (record, "end"), ==, gloss_claim_get_end (claim));
      g_assert_cmpint (json_object_get_int_member (record, "turn"), ==, turn + 1);
      g_assert_nonnull (nullable_string (record, "speaker"));
      g_assert_nonnull (nullable_string (record, "speaker_kind"));
      nullable_string (record, "asked_by");
      nullable_string (record, "modified");

      g_assert_cmpuint (json_array_get_length (ids), ==, n_topics);
      g_assert_cmpuint (json_array_get_length (names), ==, n_topics);
      for (guint t = 0; t < n_topics; t++)
        {
          const char *topic_id = json_array_get_string_element (ids, t);
          GlossTopic *topic = gloss_project_lookup_topic (project, topic_id);

          g_assert_true (gloss_claim_has_topic (claim, topic_id));
          g_assert_cmpstr (json_array_get_string_element (names, t), ==,
                           gloss_topic_get_name (topic));
        }
    }

  /* an answer knows who asked; a question has no asker of its own */
  {
    JsonObject *question = json_array_get_object_element (claims, 0);
    JsonObject *answer = json_array_get_object_element (claims, 2);

    g_assert_cmpstr (nullable_string (question, "speaker_kind"), ==, "question");
    g_assert_null (nullable_string (question, "asked_by"));
    g_assert_cmpstr (nullable_string (answer, "asked_by"), ==, "Daily Ledger & <Co>");
    g_assert_cmpstr (nullable_string (answer, "speaker"), ==, "Dr. Ada Lin");
  }
}

static void
test_w3c_parse (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  g_autofree char *data = export_string (project, NULL, GLOSS_EXPORT_W3C, 0, NULL);
  g_autoptr(JsonNode) root = parse_json (data);
  JsonObject *collection = json_node_get_object (root);
  JsonObject *page;
  JsonArray *items;
  const char *source = NULL;

  g_assert_cmpstr (json_object_get_string_member (collection, "@context"), ==,
                   "http://www.w3.org/ns/anno.jsonld");
  g_assert_cmpstr (json_object_get_string_member (collection, "type"), ==, "AnnotationCollection");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (collection, "id"), "urn:uuid:"));
  g_assert_true (g_uuid_string_is_valid (json_object_get_string_member (collection, "id") + 9));
  g_assert_cmpstr (json_object_get_string_member (collection, "label"), ==,
                   "Press Briefing on Networks & Health");
  g_assert_cmpint (json_object_get_int_member (collection, "total"), ==, G_N_ELEMENTS (fixture_claims));

  page = json_object_get_object_member (collection, "first");
  g_assert_cmpstr (json_object_get_string_member (page, "type"), ==, "AnnotationPage");
  g_assert_cmpint (json_object_get_int_member (page, "startIndex"), ==, 0);
  items = json_object_get_array_member (page, "items");
  g_assert_cmpuint (json_array_get_length (items), ==, G_N_ELEMENTS (fixture_claims));

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      const char *id = json_object_get_string_member (item, "id");
      GlossClaim *claim;
      const FixtureClaim *fc;
      JsonArray *bodies = json_object_get_array_member (item, "body");
      JsonObject *target = json_object_get_object_member (item, "target");
      JsonArray *selectors = json_object_get_array_member (target, "selector");
      JsonObject *quote_selector = json_array_get_object_element (selectors, 0);
      JsonObject *position_selector = json_array_get_object_element (selectors, 1);
      guint start, end;
      guint n_topics;
      guint n_tagging = 0;
      const char *comment = NULL;
      g_autofree char *exact = NULL;
      g_autofree char *prefix = NULL;
      g_autofree char *suffix = NULL;

      g_assert_true (g_str_has_prefix (id, "urn:uuid:"));
      claim = gloss_project_lookup_claim (project, id + strlen ("urn:uuid:"));
      g_assert_nonnull (claim);
      fc = lookup_fixture_claim (gloss_claim_get_id (claim));
      n_topics = g_strv_length ((char **) fc->topics);

      g_assert_cmpstr (json_object_get_string_member (item, "type"), ==, "Annotation");
      g_assert_cmpstr (json_object_get_string_member (item, "motivation"), ==,
                       n_topics > 0 ? "tagging" : "commenting");
      g_assert_cmpint (json_object_has_member (item, "creator"), ==, fc->author[0] != '\0');

      for (guint b = 0; b < json_array_get_length (bodies); b++)
        {
          JsonObject *body = json_array_get_object_element (bodies, b);
          const char *purpose = json_object_get_string_member (body, "purpose");

          g_assert_cmpstr (json_object_get_string_member (body, "type"), ==, "TextualBody");
          if (g_str_equal (purpose, "tagging"))
            {
              const char *name = json_object_get_string_member (body, "value");
              gboolean found = FALSE;

              for (guint t = 0; t < n_topics; t++)
                {
                  GlossTopic *topic = gloss_project_lookup_topic (project, fc->topics[t]);

                  found |= g_str_equal (gloss_topic_get_name (topic), name);
                }
              g_assert_true (found);
              n_tagging++;
            }
          else
            {
              g_assert_cmpstr (purpose, ==, "commenting");
              g_assert_null (comment);
              comment = json_object_get_string_member (body, "value");
              g_assert_cmpstr (json_object_get_string_member (body, "format"), ==, "text/plain");
            }
        }
      g_assert_cmpuint (n_tagging, ==, n_topics);
      g_assert_cmpstr (comment, ==, fc->note);

      if (source == NULL)
        source = json_object_get_string_member (target, "source");
      /* "briefing <draft>.txt" is no IRI: a stable urn stands for it */
      g_assert_true (g_str_has_prefix (source, "urn:uuid:"));
      g_assert_cmpstr (json_object_get_string_member (target, "source"), ==, source);

      /* the selectors select the claim in the transcript */
      g_assert_cmpstr (json_object_get_string_member (quote_selector, "type"), ==, "TextQuoteSelector");
      g_assert_cmpstr (json_object_get_string_member (position_selector, "type"), ==,
                       "TextPositionSelector");
      start = json_object_get_int_member (position_selector, "start");
      end = json_object_get_int_member (position_selector, "end");
      g_assert_cmpuint (start, ==, gloss_claim_get_start (claim));
      g_assert_cmpuint (end, ==, gloss_claim_get_end (claim));
      exact = gloss_transcript_dup_slice (transcript, start, end);
      g_assert_cmpstr (json_object_get_string_member (quote_selector, "exact"), ==, exact);
      g_assert_cmpstr (exact, ==, fc->quote);
      prefix = gloss_transcript_dup_slice (transcript, start - g_utf8_strlen (
        json_object_get_string_member (quote_selector, "prefix"), -1), start);
      g_assert_cmpstr (json_object_get_string_member (quote_selector, "prefix"), ==, prefix);
      suffix = gloss_transcript_dup_slice (transcript, end, end + g_utf8_strlen (
        json_object_get_string_member (quote_selector, "suffix"), -1));
      g_assert_cmpstr (json_object_get_string_member (quote_selector, "suffix"), ==, suffix);
      g_assert_cmpuint (g_utf8_strlen (prefix, -1), ==, GLOSS_CLAIM_CONTEXT_LENGTH);
    }
}

/* ------------------------------------------------------------------ */
/* HTML and Markdown                                                   */

static gboolean
is_void_element (const char *name)
{
  static const char * const voids[] = { "meta", "br", "hr", "img", "link", "input", NULL };

  return g_strv_contains (voids, name);
}

/* every '<' opens a tag we emit, and elements nest properly */
static void
check_html_structure (const char *html)
{
  static const char * const known[] = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3",
    "p", "nav", "ul", "li", "a", "span", "main", "section", "article",
    "blockquote", "mark", "strong", "table", "thead", "tbody", "tfoot", "tr",
    "th", "td", NULL
  };
  g_autoptr(GPtrArray) stack = g_ptr_array_new_with_free_func (g_free);
  const char *p = html;

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n"));
  p += strlen ("<!DOCTYPE html>\n");

  while ((p = strchr (p, '<')) != NULL)
    {
      gboolean closing = p[1] == '/';
      const char *name_start = p + (closing ? 2 : 1);
      const char *name_end = name_start;
      const char *tag_end;
      g_autofree char *name = NULL;
      gboolean is_style;

      while (g_ascii_isalnum (*name_end))
        name_end++;
      name = g_strndup (name_start, name_end - name_start);
      g_assert_true (g_strv_contains (known, name));
      tag_end = strchr (name_end, '>');
      g_assert_nonnull (tag_end);
      /* no '<' inside a tag: attribute values are escaped */
      g_assert_null (memchr (name_end, '<', tag_end - name_end));

      is_style = !closing && g_str_equal (name, "style");
      if (closing)
        {
          g_assert_cmpuint (stack->len, >, 0);
          g_assert_cmpstr (g_ptr_array_index (stack, stack->len - 1), ==, name);
          g_ptr_array_remove_index (stack, stack->len - 1);
        }
      else if (!is_void_element (name))
        g_ptr_array_add (stack, g_steal_pointer (&name));

      if (is_style)
        {
          p = strstr (tag_end, "</style>");
          g_assert_nonnull (p);
          continue;
        }
      p = tag_end + 1;
    }

  g_assert_cmpuint (stack->len, ==, 0);
}

static char *
html_escape_text (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&#39;"); break;
        default: g_string_append_c (out, *p);
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static guint
count_occurrences (const char *haystack,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_html_escaped (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  g_autofree char *html = export_string (project, NULL, GLOSS_EXPORT_HTML, 0, NULL);
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

/* removes CommonMark backslash escapes */
static char *
md_unescape (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\\' && g_ascii_ispunct (p[1]))
        p++;
      g_string_append_c (out, *p);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_markdown_quotes (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  g_autofree char *md = export_string (project, NULL, GLOSS_EXPORT_MARKDOWN, 0, NULL);
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
  md = export_string (project, NULL, GLOSS_EXPORT_MARKDOWN, 0, NULL);

  g_assert_nonnull (strstr (md, "\n> 1\\. not a list\n"
                                "> \\# not a heading\n"
                                "> \\---\n"
                                "> not code \\| no table\n"
                                "> \\> not a quote\n"
                                "> 3.5 stays\n"));
  g_assert_nonnull (strstr (md, "- **Note:** \\[link\\](http://example.com) \\*x\\*\n"));
}

/* ------------------------------------------------------------------ */

static void
test_filter (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  g_autoptr(GListStore) subset = g_list_store_new (GLOSS_TYPE_CLAIM);
  g_autofree char *csv = NULL;
  g_autofree char *md = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_list_store_append (subset, gloss_project_lookup_claim (project, fixture_claims[6].id));
  g_list_store_append (subset, gloss_project_lookup_claim (project, fixture_claims[0].id));

  csv = export_string (project, G_LIST_MODEL (subset), GLOSS_EXPORT_CSV,
                       GLOSS_EXPORT_FLAGS_NO_BOM, NULL);
  rows = parse_csv (csv, strlen (csv), FALSE);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 1))[0], ==, fixture_claims[0].id);
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 2))[0], ==, fixture_claims[6].id);

  md = export_string (project, G_LIST_MODEL (subset), GLOSS_EXPORT_MARKDOWN, 0, NULL);
  g_assert_nonnull (strstr (md, "\n### 5G (1 claim)\n"));
  g_assert_null (strstr (md, "industry"));
  g_assert_null (strstr (md, "Without topic"));

  json = export_string (project, G_LIST_MODEL (subset), GLOSS_EXPORT_JSON, 0, NULL);
  root = parse_json (json);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (root),
                                                                          "claims")), ==, 2);
}

static void
test_empty (void)
{
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new ("Nothing to see.\n", -1);
  g_autoptr(GlossProject) project = gloss_project_new_blank (transcript);
  g_autofree char *csv = export_string (project, NULL, GLOSS_EXPORT_CSV, GLOSS_EXPORT_FLAGS_NO_BOM, NULL);
  g_autofree char *html = export_string (project, NULL, GLOSS_EXPORT_HTML, 0, NULL);
  g_autofree char *md = export_string (project, NULL, GLOSS_EXPORT_MARKDOWN, 0, NULL);
  g_autofree char *json = export_string (project, NULL, GLOSS_EXPORT_JSON, 0, NULL);
  g_autofree char *w3c = export_string (project, NULL, GLOSS_EXPORT_W3C, 0, NULL);
  g_autoptr(JsonNode) json_root = parse_json (json);
  g_autoptr(JsonNode) w3c_root = parse_json (w3c);

  g_assert_cmpstr (csv, ==, "id,topics,speaker,speaker_kind,asked_by,quote,note,start,end,turn,"
                            "author,created,modified\r\n");
  check_html_structure (html);
  g_assert_nonnull (strstr (html, "No claims."));
  g_assert_null (strstr (html, " lang="));
  g_assert_true (g_str_has_prefix (md, "# Claims report\n"));
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (w3c_root), "total"), ==, 0);
  g_assert_true (json_object_get_null_member (json_object_get_object_member (
    json_node_get_object (json_root), "project"), "title"));
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

  html = export_string (project, NULL, GLOSS_EXPORT_HTML, 0, NULL);
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

/* neither topic nor note: a highlight without a body */
static void
test_w3c_bare_claim (void)
{
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new ("A bare claim.", -1);
  g_autoptr(GlossProject) project = gloss_project_new_blank (transcript);
  g_autoptr(GlossClaim) claim = gloss_claim_new (transcript, 2, 12, NULL, NULL, NULL);
  g_autofree char *data = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *item;

  gloss_transcript_set_source (transcript, "https://example.org/bare.txt");
  gloss_project_add_claim (project, claim);
  data = export_string (project, NULL, GLOSS_EXPORT_W3C, 0, NULL);
  root = parse_json (data);
  item = json_array_get_object_element (json_object_get_array_member (
    json_object_get_object_member (json_node_get_object (root), "first"), "items"), 0);

  g_assert_cmpstr (json_object_get_string_member (item, "motivation"), ==, "highlighting");
  g_assert_false (json_object_has_member (item, "body"));
  g_assert_false (json_object_has_member (item, "creator"));
  /* an absolute IRI is kept as the target's source */
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (item, "target"),
                                                  "source"), ==, "https://example.org/bare.txt");
  g_assert_false (json_object_has_member (json_node_get_object (root), "label"));
}

static void
test_invalid_claim (void)
{
  g_autoptr(GlossTranscript) transcript = gloss_transcript_new ("Short text.", -1);
  g_autoptr(GlossProject) project = gloss_project_new_blank (transcript);
  g_autoptr(GlossClaim) claim = gloss_claim_new_full ("far-away", 6, 40, "text.", "", "",
                                                      NULL, "", "", NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  gloss_project_add_claim (project, claim);
  bytes = gloss_exporter_export (project, NULL, GLOSS_EXPORT_HTML, 0, &error);
  g_assert_null (bytes);
  g_assert_error (error, GLOSS_EXPORT_ERROR, GLOSS_EXPORT_ERROR_INVALID_CLAIM);
  g_assert_nonnull (strstr (error->message, "far-away"));
}

static void
test_to_file (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gloss-export-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) missing = NULL;
  gsize length, expected_length;

  g_assert_no_error (error);
  path = g_build_filename (dir, "claims.html", NULL);
  file = g_file_new_for_path (path);

  /* replaces what was there */
  g_file_set_contents (path, "old", -1, &error);
  g_assert_no_error (error);
  g_assert_true (gloss_exporter_export_to_file (project, NULL, GLOSS_EXPORT_HTML, 0, file, &error));
  g_assert_no_error (error);

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  expected = export_string (project, NULL, GLOSS_EXPORT_HTML, 0, &expected_length);
  g_assert_cmpuint (length, ==, expected_length);
  g_assert_cmpstr (contents, ==, expected);

  missing = g_file_new_build_filename (dir, "no such folder", "claims.csv", NULL);
  g_assert_false (gloss_exporter_export_to_file (project, NULL, GLOSS_EXPORT_CSV, 0, missing, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "no such folder"));

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exporter/format-names", test_format_names);
  g_test_add_func ("/exporter/golden", test_golden);
  g_test_add_func ("/exporter/deterministic", test_deterministic);
  g_test_add_func ("/exporter/csv/parse", test_csv_parse);
  g_test_add_func ("/exporter/csv/libreoffice", test_csv_libreoffice);
  g_test_add_func ("/exporter/json/parse", test_json_parse);
  g_test_add_func ("/exporter/w3c/parse", test_w3c_parse);
  g_test_add_func ("/exporter/html/escaped", test_html_escaped);
  g_test_add_func ("/exporter/markdown/quotes", test_markdown_quotes);
  g_test_add_func ("/exporter/markdown/line-starts", test_markdown_line_starts);
  g_test_add_func ("/exporter/filter", test_filter);
  g_test_add_func ("/exporter/empty", test_empty);
  g_test_add_func ("/exporter/long-context", test_long_context);
  g_test_add_func ("/exporter/w3c/bare-claim", test_w3c_bare_claim);
  g_test_add_func ("/exporter/invalid-claim", test_invalid_claim);
  g_test_add_func ("/exporter/to-file", test_to_file);

  return g_test_run ();
}
