#include "config.h"

#include <string.h>

#include "import-test-util.h"
#include "gloss-project-file.h"

/* Subtitles: cue text with its lines joined, one turn per run of one
 * speaker's cues, each with the media time of its cues. */

static void
assert_time (GlossTranscript *t,
             guint            index,
             gint64           begin,
             gint64           end)
{
  const GlossTurn *turn = gloss_transcript_get_turn (t, index);

  g_assert_cmpint (turn->time, ==, begin);
  g_assert_cmpint (turn->end_time, ==, end);
}

static void
test_srt (void)
{
  g_autoptr(GlossTranscript) t = import_test_fixture ("meeting.srt");
  const char *text = gloss_transcript_get_text (t);

  import_test_assert_spans (t);
  g_assert_null (strstr (text, "-->"));
  g_assert_null (strstr (text, "<i>"));
  g_assert_null (strstr (text, "\\an8"));
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 3);
  /* three cues of one speaker: one turn, the repeated label gone; the
   * last cue names nobody and goes on with the last speaker */
  import_test_assert_turn (t, 0, GLOSS_TURN_REMARKS, "DANA WHITFIELD", NULL, -1,
                           "DANA WHITFIELD: Good evening, and welcome to the harbour meeting. "
                           "We laid 1,250 km of pipe this year. And it was on budget.");
  assert_time (t, 0, 1000, 9000);
  import_test_assert_turn (t, 1, GLOSS_TURN_QUESTION, "BEN OKAFOR", "BEN OKAFOR", -1, "BEN OKAFOR: How much did it cost?");
  assert_time (t, 1, 10000, 12750);
  import_test_assert_turn (t, 2, GLOSS_TURN_ANSWER, "DANA WHITFIELD", NULL, 1, "DANA WHITFIELD: 48.6 million. Thank you all.");
  assert_time (t, 2, 13000, ((1 * 60 + 2) * 60 + 5) * 1000);
}

static void
test_webvtt (void)
{
  g_autoptr(GlossTranscript) t = import_test_fixture ("meeting.vtt");
  const char *text = gloss_transcript_get_text (t);

  import_test_assert_spans (t);
  g_assert_null (strstr (text, "yellow"));
  g_assert_null (strstr (text, "NOTE"));
  g_assert_null (strstr (text, "intro"));
  g_assert_cmpuint (gloss_transcript_get_n_turns (t), ==, 3);
  import_test_assert_turn (t, 0, GLOSS_TURN_REMARKS, "Dana Whitfield", NULL, -1,
                           "Dana Whitfield: Good evening, and welcome to the harbour meeting. We laid 1,250 km of pipe & more.");
  assert_time (t, 0, 1000, 7000);
  import_test_assert_turn (t, 1, GLOSS_TURN_QUESTION, "Ben Okafor", "Ben Okafor", -1, "Ben Okafor: How much did it cost?");
  assert_time (t, 1, 10000, 12750);
  import_test_assert_turn (t, 2, GLOSS_TURN_ANSWER, "Dana Whitfield", NULL, 1, "Dana Whitfield: 48.6 million.");
  assert_time (t, 2, 13000, 15000);
}

/* the times survive saving and loading the project */
static void
test_times_saved (void)
{
  g_autoptr(GlossTranscript) t = import_test_fixture ("meeting.vtt");
  g_autoptr(GlossProject) project = gloss_project_new (t);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GlossProject) loaded = NULL;
  GlossTranscript *back;
  const char *json;
  gsize length;

  saved = gloss_project_file_to_bytes (project);
  json = g_bytes_get_data (saved, &length);
  g_assert_nonnull (g_strstr_len (json, length, "\"time\": {\n          \"begin\": 10,\n          \"end\": 12.75\n        }"));
  loaded = gloss_project_file_load_data (json, length, "meeting.gloss", &error);
  g_assert_no_error (error);
  back = gloss_project_get_transcript (loaded);
  for (guint i = 0; i < gloss_transcript_get_n_turns (t); i++)
    assert_time (back, i, gloss_transcript_get_turn (t, i)->time, gloss_transcript_get_turn (t, i)->end_time);
}

static void
test_detected (void)
{
  static const char srt[] = "1\n00:00:01,000 --> 00:00:02,000\nHello.\n";
  static const char vtt[] = "WEBVTT\n\n00:01.000 --> 00:02.000\nHello.\n";

  g_assert_cmpstr (gloss_import_format_get_id (gloss_import_format_detect (srt, strlen (srt), "a.txt")), ==, "srt");
  g_assert_cmpstr (gloss_import_format_get_id (gloss_import_format_detect (vtt, strlen (vtt), "a.txt")), ==, "webvtt");
  g_assert_cmpstr (gloss_import_format_get_id (gloss_import_format_for_mime_type ("text/vtt")), ==, "webvtt");
}

/* "Note:" in a cue is words, not a speaker */
static void
test_mixed_case_is_no_label (void)
{
  static const char srt[] = "1\n00:00:01,000 --> 00:00:02,000\nNote: the doors close at six.\n";
  g_autoptr(GlossTranscript) t = import_test_data (srt, strlen (srt), "a.srt");

  g_assert_null (gloss_transcript_get_turn (t, 0)->speaker);
  assert_time (t, 0, 1000, 2000);
}

static void
test_errors (void)
{
  static const struct { const char *name; const char *data; int code; const char *substring; } cases[] = {
    { "bad.srt", "1\n00:00:01 --> 00:00:02\nHello\n", GLOSS_IMPORT_ERROR_MALFORMED, "bad.srt: line 1: expected a cue’s times" },
    { "hours.srt", "1\n99999999:00:01,000 --> 99999999:00:02,000\nHello\n", GLOSS_IMPORT_ERROR_MALFORMED, "line 1" },
    { "empty.srt", "1\n00:00:01,000 --> 00:00:02,000\n\n", GLOSS_IMPORT_ERROR_EMPTY, "no cue with text" },
    { "header.vtt", "WEBVTX\n\n00:01.000 --> 00:02.000\nHi\n", GLOSS_IMPORT_ERROR_MALFORMED, "does not begin with “WEBVTT”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GlossTranscript) t = NULL;

      t = gloss_import_data (cases[i].data, strlen (cases[i].data), cases[i].name,
                             g_str_has_suffix (cases[i].name, ".vtt") ? "webvtt" : "srt", NULL, &error);
      g_assert_null (t);
      g_assert_error (error, GLOSS_IMPORT_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].substring) == NULL || !g_str_has_prefix (error->message, cases[i].name))
        g_error ("%s", error->message);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/subtitles/srt", test_srt);
  g_test_add_func ("/import/subtitles/webvtt", test_webvtt);
  g_test_add_func ("/import/subtitles/times-saved", test_times_saved);
  g_test_add_func ("/import/subtitles/detected", test_detected);
  g_test_add_func ("/import/subtitles/mixed-case-is-no-label", test_mixed_case_is_no_label);
  g_test_add_func ("/import/subtitles/errors", test_errors);

  return g_test_run ();
}
