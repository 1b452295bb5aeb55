#include "config.h"

#include <string.h>

#include "import-test-util.h"

char *
import_test_fixture_path (const char *name)
{
  /* meson sets G_TEST_SRCDIR to tests/; a test run by hand finds the tree
   * via config.h */
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");

  if (srcdir != NULL)
    return g_build_filename (srcdir, "data", "transcripts", name, NULL);
  return g_build_filename (SOURCE_DATADIR, "..", "tests", "data", "transcripts", name, NULL);
}

char *
import_test_sample_path (void)
{
  const char *dir = g_getenv ("GLOSS_SAMPLE_DIR");

  return g_build_filename (dir != NULL ? dir : SOURCE_DATADIR, "sample-briefing.txt", NULL);
}

char *
import_test_corpus_path (void)
{
  const char *dir = g_getenv ("GLOSS_CORPUS_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return NULL;
  path = g_build_filename (dir, "scio-2021-07-16-miit.txt", NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  return g_steal_pointer (&path);
}

void
import_test_dump_turns (GlossTranscript *transcript)
{
  if (!g_test_verbose ())
    return;

  g_test_message ("title: %s", gloss_transcript_get_title (transcript));
  for (guint i = 0; i < gloss_transcript_get_n_turns (transcript); i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (transcript, i);
      g_autofree char *head = gloss_transcript_dup_slice (transcript, turn->start,
                                                          MIN (turn->end, turn->start + 48));

      g_strdelimit (head, "\n", '/');
      g_test_message ("%2u %-8s %-26s %-26s %3d [%u,%u) %s", i,
                      gloss_turn_kind_to_string (turn->kind),
                      turn->speaker ? turn->speaker : "-",
                      turn->outlet ? turn->outlet : "-",
                      turn->answers, turn->start, turn->end, head);
    }
}

GlossTranscript *
import_test_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GlossTranscript *transcript;

  transcript = gloss_import_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (transcript);
  import_test_dump_turns (transcript);

  return transcript;
}

GlossTranscript *
import_test_fixture (const char *name)
{
  g_autofree char *path = import_test_fixture_path (name);

  return import_test_path (path);
}

GlossTranscript *
import_test_data (const char *data,
                  gsize       length,
                  const char *name)
{
  g_autoptr(GError) error = NULL;
  GlossTranscript *transcript;

  transcript = gloss_import_data (data, length, name, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (transcript);
  import_test_dump_turns (transcript);

  return transcript;
}

GlossTranscript *
import_test_string (const char *text)
{
  return import_test_data (text, strlen (text), "test.txt");
}

char *
import_test_turn_text (GlossTranscript *transcript,
                       guint            index)
{
  const GlossTurn *turn = gloss_transcript_get_turn (transcript, index);

  return gloss_transcript_dup_slice (transcript, turn->start, turn->end);
}

void
import_test_assert_turn (GlossTranscript *transcript,
                         guint            index,
                         GlossTurnKind    kind,
                         const char      *speaker,
                         const char      *outlet,
                         int              answers,
                         const char      *prefix)
{
  const GlossTurn *turn;
  g_autofree char *text = NULL;

  g_assert_cmpuint (index, <, gloss_transcript_get_n_turns (transcript));
  turn = gloss_transcript_get_turn (transcript, index);
  text = import_test_turn_text (transcript, index);

  g_assert_cmpstr (gloss_turn_kind_to_string (turn->kind), ==, gloss_turn_kind_to_string (kind));
  g_assert_cmpstr (turn->speaker, ==, speaker);
  g_assert_cmpstr (turn->outlet, ==, outlet);
  g_assert_cmpint (turn->answers, ==, answers);
  if (prefix != NULL && !g_str_has_prefix (text, prefix))
    g_error ("turn %u starts with \"%.40s\", expected \"%s\"", index, text, prefix);
}

void
import_test_assert_spans (GlossTranscript *transcript)
{
  const char *text = gloss_transcript_get_text (transcript);
  guint n = gloss_transcript_get_n_turns (transcript);
  guint length = gloss_transcript_get_length (transcript);
  guint prev_end = 0;

  g_assert_cmpuint (n, >, 0);

  for (guint i = 0; i < n; i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (transcript, i);
      const char *start = gloss_transcript_offset_to_pointer (transcript, turn->start);
      const char *end = gloss_transcript_offset_to_pointer (transcript, turn->end);
      const char *last = g_utf8_find_prev_char (text, end);

      g_assert_cmpuint (turn->start, <, turn->end);
      g_assert_cmpuint (turn->end, <=, length);
      g_assert_cmpuint (turn->start, >=, prev_end);
      g_assert_false (g_unichar_isspace (g_utf8_get_char (start)));
      g_assert_nonnull (last);
      g_assert_false (g_unichar_isspace (g_utf8_get_char (last)));

      if (turn->kind == GLOSS_TURN_HEADER)
        g_assert_cmpuint (i, ==, 0);
      if (turn->kind == GLOSS_TURN_FOOTER)
        g_assert_cmpuint (i, ==, n - 1);
      if (turn->kind == GLOSS_TURN_HEADER || turn->kind == GLOSS_TURN_FOOTER)
        {
          g_assert_null (turn->speaker);
          g_assert_null (turn->outlet);
        }
      if (turn->kind == GLOSS_TURN_ANSWER)
        {
          g_assert_cmpint (turn->answers, >=, 0);
          g_assert_cmpint (turn->answers, <, (int) i);
          g_assert_cmpint (gloss_transcript_get_turn (transcript, turn->answers)->kind, ==,
                           GLOSS_TURN_QUESTION);
        }
      else
        g_assert_cmpint (turn->answers, ==, -1);

      if (i > 0)
        {
          const char *gap = gloss_transcript_offset_to_pointer (transcript, prev_end);

          for (const char *p = gap; p < start; p = g_utf8_next_char (p))
            g_assert_true (g_unichar_isspace (g_utf8_get_char (p)));
        }
      prev_end = turn->end;
    }
}

guint
import_test_count_kind (GlossTranscript *transcript,
                        GlossTurnKind    kind)
{
  guint count = 0;

  for (guint i = 0; i < gloss_transcript_get_n_turns (transcript); i++)
    if (gloss_transcript_get_turn (transcript, i)->kind == kind)
      count++;
  return count;
}

guint
import_test_longest_line (GlossTranscript *transcript)
{
  const char *text = gloss_transcript_get_text (transcript);
  guint longest = 0, current = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (*p == '\n')
        current = 0;
      else if (++current > longest)
        longest = current;
    }
  return longest;
}

#include <archive.h>
#include <archive_entry.h>

struct _ImportTestZip
{
  struct archive *archive;
  GByteArray *bytes;
};

static la_ssize_t
zip_write_cb (struct archive *archive,
              void           *user_data,
              const void     *buffer,
              size_t          length)
{
  g_byte_array_append (user_data, buffer, length);
  return length;
}

ImportTestZip *
import_test_zip_new (gboolean store)
{
  ImportTestZip *zip = g_new0 (ImportTestZip, 1);

  zip->bytes = g_byte_array_new ();
  zip->archive = archive_write_new ();
  g_assert_cmpint (archive_write_set_format_zip (zip->archive), ==, ARCHIVE_OK);
  if (store)
    g_assert_cmpint (archive_write_set_options (zip->archive, "zip:compression=store"), ==, ARCHIVE_OK);
  archive_write_set_bytes_in_last_block (zip->archive, 1);
  g_assert_cmpint (archive_write_open (zip->archive, zip->bytes, NULL, zip_write_cb, NULL), ==, ARCHIVE_OK);
  return zip;
}

void
import_test_zip_add (ImportTestZip *zip,
                     const char    *name,
                     const char    *data,
                     gssize         length)
{
  struct archive_entry *entry = archive_entry_new ();

  if (length < 0)
    length = strlen (data);
  archive_entry_set_pathname (entry, name);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, length);
  archive_entry_set_mtime (entry, 1710234000, 0);
  g_assert_cmpint (archive_write_header (zip->archive, entry), ==, ARCHIVE_OK);
  for (gssize done = 0; done < length; )
    {
      la_ssize_t n = archive_write_data (zip->archive, data + done, MIN (length - done, 1 << 20));

      g_assert_cmpint (n, >, 0);
      done += n;
    }
  archive_entry_free (entry);
}

GBytes *
import_test_zip_finish (ImportTestZip *zip)
{
  GBytes *bytes;

  g_assert_cmpint (archive_write_close (zip->archive), ==, ARCHIVE_OK);
  archive_write_free (zip->archive);
  bytes = g_byte_array_free_to_bytes (zip->bytes);
  g_free (zip);
  return bytes;
}

GBytes *
import_test_fixture_bytes (const char *name)
{
  g_autofree char *path = import_test_fixture_path (name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}
