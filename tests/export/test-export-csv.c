#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "export-test-util.h"
#include "test-util.h"

static void
test_csv_parse (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  gsize length;
  g_autofree char *csv = export_string (project, NULL, "csv", 0, &length);
  g_autofree char *plain = export_string (project, NULL, "csv",
                                          GLOSS_EXPORT_FLAGS_NO_BOM, NULL);
  g_autoptr(GPtrArray) rows = NULL;
  const char *header = "id,topics,speaker,speaker_kind,asked_by,quote,note,status,figures,sources,"
                       "start,end,turn,author,created,modified,time_begin,time_end,conflict";
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

      g_assert_cmpuint (g_strv_length (row), ==, 19);
      /* the fixture's turns have no media time */
      g_assert_cmpstr (row[16], ==, "");
      g_assert_cmpstr (row[17], ==, "");
      /* claims come in transcript order */
      g_assert_true (claim == gloss_project_get_claim (project, r - 1));

      g_assert_cmpstr (unneutralise (row[5]), ==, fc->quote);
      g_assert_cmpstr (unneutralise (row[6]), ==, fc->note);
      g_assert_cmpstr (row[7], ==, fc->status != NULL ? fc->status : "unchecked");
      if (fc->sources[0][0] == NULL)
        g_assert_cmpstr (row[9], ==, "");
      else
        g_assert_nonnull (strstr (row[9], fc->sources[0][0]));
      g_assert_cmpstr (unneutralise (row[13]), ==, fc->author);
      g_assert_cmpstr (row[10], ==, start);
      g_assert_cmpstr (row[11], ==, end);
      g_assert_cmpstr (row[12], ==, turn_number);
      g_assert_cmpstr (row[14], ==, created);
      g_assert_cmpstr (row[15], ==, modified);

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
    /* the figures the quote states, as written, in their own column */
    g_assert_cmpstr (fourth[8], ==, "961,000; 2%");
    g_assert_cmpstr (unneutralise (second[8]), ==, "");
    g_assert_cmpstr (cjk[8], ==, "十亿");
    g_assert_cmpstr (fourth[13], ==, "'@analyst");

    g_assert_cmpstr (cjk[5], ==, "一共接种了十亿剂疫苗");
    g_assert_cmpstr (cjk[1], ==, "Vaccines, \"jabs\"");
    /* the question it answers names nobody: one name for all such askers */
    g_assert_cmpstr (cjk[4], ==, "Unidentified questioner");
  }

  /* quoting only where needed, CRLF everywhere */
  g_assert_nonnull (strstr (csv, "\r\n00000000-0000-4000-8000-000000000001,5G,Dr. Ada Lin,answer,"));
  g_assert_nonnull (strstr (csv, ",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\","));
  g_assert_nonnull (strstr (csv, ",\"line one\nline two\","));
  /* sources in one cell: title <url> (accessed), then a bare citation */
  g_assert_nonnull (strstr (csv, ",verified,\"961,000\",\"Network statistics (2021) "
                                 "<https://example.org/stats?year=2021&kind=5g> (2021-07-20); "
                                 "Annual report 2020, p. 12\","));
}

static void
test_csv_libreoffice (void)
{
  g_autofree char *soffice = find_libreoffice ();
  g_autoptr(GlossProject) project = make_fixture ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *in_dir = NULL;
  g_autofree char *out_dir = NULL;
  g_autofree char *profile = NULL;
  g_autofree char *input = NULL;
  g_autofree char *output = NULL;
  g_autofree char *control = NULL;
  g_autofree char *control_output = NULL;
  g_autofree char *control_data = NULL;
  g_autofree char *out_data = NULL;
  g_autoptr(GFile) input_file = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  gsize out_length;

  if (soffice == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }

  dir = test_util_make_tmp_dir ("export-lo");
  in_dir = g_build_filename (dir, "in", NULL);
  out_dir = g_build_filename (dir, "out", NULL);
  profile = g_build_filename (dir, "profile", NULL);
  g_assert_cmpint (g_mkdir (in_dir, 0700), ==, 0);
  input = g_build_filename (in_dir, "claims.csv", NULL);
  output = g_build_filename (out_dir, "claims.csv", NULL);

  /* The control proves that this LibreOffice evaluates formulas in CSV
   * cells: without it a pass would say nothing about neutralisation. */
  control = g_build_filename (in_dir, "control.csv", NULL);
  control_output = g_build_filename (out_dir, "control.csv", NULL);
  g_file_set_contents (control, "a\r\n=1+2\r\n", -1, &error);
  g_assert_no_error (error);

  input_file = g_file_new_for_path (input);
  gloss_export_to_file (project, NULL, export_format ("csv"), 0, input_file, &error);
  g_assert_no_error (error);

  {
    const char *inputs[] = { input, control, NULL };

    libreoffice_to_csv (soffice, profile, "--infilter=CSV:44,34,76,1", out_dir, inputs);
  }

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

      g_assert_cmpuint (g_strv_length (row), ==, 19);
      /* the fixture's turns have no media time */
      g_assert_cmpstr (row[16], ==, "");
      g_assert_cmpstr (row[17], ==, "");
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
  test_util_remove_tree (dir);
}

/* No column is added: a claim on the original has its offsets and turn in
 * the original, an orphan empty offset, turn and speaker cells. */
static void
test_csv_original_and_orphan (void)
{
  g_autoptr(GlossProject) plain = make_fixture ();
  g_autoptr(GlossProject) project = make_bilingual_fixture ();
  g_autofree char *plain_csv = export_string (plain, NULL, "csv", GLOSS_EXPORT_FLAGS_NO_BOM, NULL);
  g_autofree char *csv = export_string (project, NULL, "csv", GLOSS_EXPORT_FLAGS_NO_BOM, NULL);
  g_auto(GStrv) plain_lines = g_strsplit (plain_csv, "\r\n", -1);
  g_autoptr(GPtrArray) rows = parse_csv (csv, strlen (csv), FALSE);
  guint answer_start = find_offset (original_text, "96.1万个5G基站");
  g_autofree char *start = g_strdup_printf ("%u", answer_start);
  g_autofree char *end = g_strdup_printf ("%u", answer_start + 10);
  char **orphan = NULL;
  char **answer = NULL;
  char **question = NULL;

  /* the transcript's rows and the header are as they were */
  for (guint i = 0; plain_lines[i] != NULL; i++)
    g_assert_nonnull (strstr (csv, plain_lines[i]));

  g_assert_cmpuint (rows->len, ==, 1 + N_FIXTURE_CLAIMS + 3);
  for (guint r = 0; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      g_assert_cmpuint (g_strv_length (row), ==, 19);
      if (g_str_equal (row[0], ORPHAN_ID))
        orphan = row;
      else if (g_str_equal (row[0], ORIGINAL_ANSWER_ID))
        answer = row;
      else if (g_str_equal (row[0], ORIGINAL_QUESTION_ID))
        question = row;
    }

  g_assert_nonnull (orphan);
  g_assert_cmpstr (orphan[5], ==, "Good morning.");
  g_assert_cmpstr (orphan[1], ==, "Vaccines, \"jabs\"");
  g_assert_cmpstr (orphan[6], ==, "kept after the revision");
  for (guint c = 2; c <= 4; c++)
    g_assert_cmpstr (orphan[c], ==, "");
  for (guint c = 10; c <= 12; c++)
    g_assert_cmpstr (orphan[c], ==, "");

  /* the original's claims come last, located in the original */
  g_assert_true (answer == g_ptr_array_index (rows, rows->len - 1));
  g_assert_cmpstr (answer[5], ==, "96.1万个5G基站");
  g_assert_cmpstr (answer[2], ==, "林博士");
  g_assert_cmpstr (answer[3], ==, "answer");
  g_assert_cmpstr (answer[4], ==, "每日账簿");
  g_assert_cmpstr (answer[8], ==, "96.1万");
  g_assert_cmpstr (answer[10], ==, start);
  g_assert_cmpstr (answer[11], ==, end);
  g_assert_cmpstr (answer[12], ==, "4");
  g_assert_cmpstr (question[2], ==, "每日账簿");
  g_assert_cmpstr (question[3], ==, "question");
  g_assert_cmpstr (question[12], ==, "3");
}

/* a claim a 3-way merge left conflicting says what the other version is;
 * every other row has an empty conflict cell */
static void
test_csv_conflict (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  GlossClaim *claim = add_fixture_conflict (project);
  g_autofree char *csv = export_string (project, NULL, "csv", GLOSS_EXPORT_FLAGS_NO_BOM, NULL);
  g_autoptr(GPtrArray) rows = parse_csv (csv, strlen (csv), FALSE);
  guint seen = 0;

  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 0))[18], ==, "conflict");
  for (guint r = 1; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);

      g_assert_cmpuint (g_strv_length (row), ==, 19);
      if (g_str_equal (row[0], gloss_claim_get_id (claim)))
        {
          g_assert_cmpstr (row[18], ==,
                           "topics: Green <manufacturing> & industry | note: their reading, line two"
                           " | author: Tom Reed");
          /* the row's own columns are still ours */
          g_assert_cmpstr (unneutralise (row[6]), ==, fixture_claims[0].note);
          seen++;
        }
      else
        g_assert_cmpstr (row[18], ==, "");
    }
  g_assert_cmpuint (seen, ==, 1);

  /* resolved, the cell is empty again */
  gloss_project_set_claim_conflict (project, claim, NULL);
  {
    g_autofree char *resolved = export_string (project, NULL, "csv", GLOSS_EXPORT_FLAGS_NO_BOM, NULL);

    g_assert_null (strstr (resolved, "their reading"));
  }
}

/* a transcript from subtitles: each claim carries its turn's media time */
static void
test_csv_times (void)
{
  g_autoptr(GlossProject) project = make_fixture ();
  GlossTranscript *transcript = gloss_project_get_transcript (project);
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  gsize length;

  for (guint i = 0; i < gloss_transcript_get_n_turns (transcript); i++)
    {
      gloss_transcript_set_turn_time (transcript, i, i * 60000 + 500);
      if (i % 2 == 0)
        gloss_transcript_set_turn_end_time (transcript, i, i * 60000 + 12750);
    }
  csv = export_string (project, NULL, "csv", GLOSS_EXPORT_FLAGS_NO_BOM, &length);
  rows = parse_csv (csv, length, FALSE);
  for (guint r = 1; r < rows->len; r++)
    {
      char **row = g_ptr_array_index (rows, r);
      GlossClaim *claim = gloss_project_lookup_claim (project, row[0]);
      int turn = gloss_transcript_find_turn (transcript, gloss_claim_get_start (claim));
      g_autofree char *begin = g_strdup_printf ("%d.5", turn * 60);
      g_autofree char *end = g_strdup_printf ("%d.75", turn * 60 + 12);

      g_assert_cmpint (turn, >=, 0);
      g_assert_cmpstr (row[16], ==, begin);
      g_assert_cmpstr (row[17], ==, turn % 2 == 0 ? end : "");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/csv/parse", test_csv_parse);
  g_test_add_func ("/export/csv/times", test_csv_times);
  g_test_add_func ("/export/csv/conflict", test_csv_conflict);
  g_test_add_func ("/export/csv/libreoffice", test_csv_libreoffice);
  g_test_add_func ("/export/csv/original-and-orphan", test_csv_original_and_orphan);

  return g_test_run ();
}
