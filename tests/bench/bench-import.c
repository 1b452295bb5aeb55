/* How long the structured formats take to import a 5 MB transcript
 * (issue 14: at most a second for DOCX or HTML). The synthetic briefing of
 * bench-gen.c is written as DOCX (bold labels, a ZIP made with
 * libarchive), HTML, Markdown and SRT, then imported; best of --runs.
 *   build/tests/bench/gloss-bench-import [--mb 5] [--runs 3] */
#include "config.h"

#include <string.h>
#include <archive.h>
#include <archive_entry.h>

#include "bench-gen.h"
#include "gloss-import-format.h"

static char *
escape (const char *text,
        gssize      length)
{
  return g_markup_escape_text (text, length);
}

typedef void (*ParagraphFunc) (GString    *out,
                               const char *label,
                               gsize       label_length,
                               const char *rest,
                               gsize       rest_length,
                               guint       index);

/* each line of the text as a paragraph; "Name:" lines carry a label */
static void
each_paragraph (const char   *text,
                GString      *out,
                ParagraphFunc func)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *colon = strchr (line, ':');
      gsize label = colon != NULL && colon - line < 60 && strchr (line, ' ') != NULL ? (gsize) (colon - line + 1) : 0;

      if (*line == '\0')
        continue;
      func (out, line, label, line + label, strlen (line) - label, n++);
    }
}

static void
docx_paragraph (GString *out, const char *line, gsize label, const char *rest, gsize rest_length, guint index)
{
  g_autofree char *l = escape (line, label);
  g_autofree char *r = escape (rest, rest_length);

  g_string_append (out, "<w:p>");
  if (label > 0)
    g_string_append_printf (out, "<w:r><w:rPr><w:b/></w:rPr><w:t>%s</w:t></w:r>", l);
  g_string_append_printf (out, "<w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>\n", r);
}

static void
html_paragraph (GString *out, const char *line, gsize label, const char *rest, gsize rest_length, guint index)
{
  g_autofree char *l = escape (line, label);
  g_autofree char *r = escape (rest, rest_length);

  if (label > 0)
    g_string_append_printf (out, "<p><strong>%s</strong>%s</p>\n", l, r);
  else
    g_string_append_printf (out, "<p>%s</p>\n", r);
}

static void
markdown_paragraph (GString *out, const char *line, gsize label, const char *rest, gsize rest_length, guint index)
{
  if (label > 0)
    g_string_append_printf (out, "**%.*s**", (int) label, line);
  g_string_append_len (out, rest, rest_length);
  g_string_append (out, "\n\n");
}

static void
srt_paragraph (GString *out, const char *line, gsize label, const char *rest, gsize rest_length, guint index)
{
  guint s = index * 3;

  g_string_append_printf (out, "%u\n%02u:%02u:%02u,000 --> %02u:%02u:%02u,500\n", index + 1,
                          s / 3600, s / 60 % 60, s % 60, s / 3600, s / 60 % 60, (s + 2) % 60);
  g_string_append_len (out, line, label + rest_length);
  g_string_append (out, "\n\n");
}

static la_ssize_t
write_cb (struct archive *a, void *user_data, const void *buffer, size_t length)
{
  g_byte_array_append (user_data, buffer, length);
  return length;
}

static GBytes *
make_docx (const char *text)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n<w:document "
                                         "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\n");
  GByteArray *bytes = g_byte_array_new ();
  struct archive *archive = archive_write_new ();
  struct archive_entry *entry = archive_entry_new ();

  each_paragraph (text, xml, docx_paragraph);
  g_string_append (xml, "</w:body></w:document>\n");
  archive_write_set_format_zip (archive);
  archive_write_open (archive, bytes, NULL, write_cb, NULL);
  archive_entry_set_pathname (entry, "word/document.xml");
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, xml->len);
  archive_write_header (archive, entry);
  archive_write_data (archive, xml->str, xml->len);
  archive_entry_free (entry);
  archive_write_close (archive);
  archive_write_free (archive);
  return g_byte_array_free_to_bytes (bytes);
}

static GBytes *
make_text_format (const char    *text,
                  const char    *head,
                  ParagraphFunc  func,
                  const char    *tail)
{
  GString *out = g_string_new (head);

  each_paragraph (text, out, func);
  g_string_append (out, tail);
  return g_string_free_to_bytes (out);
}

typedef struct
{
  const char *name;
  const char *format;
  GBytes *bytes;
} Input;

int
main (int argc, char *argv[])
{
  int mb = 5, runs = 3;
  GOptionEntry entries[] = {
    { "mb", 0, 0, G_OPTION_ARG_INT, &mb, "Size of the transcript in MB (5)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs per format, the best counts (3)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time the structured imports");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  Input inputs[4];

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  text = bench_generate_text ((gsize) mb * 1024 * 1024, 14);
  inputs[0] = (Input) { "briefing.docx", "docx", make_docx (text) };
  inputs[1] = (Input) { "briefing.html", "html",
    make_text_format (text, "<!DOCTYPE html><html><body><article>\n", html_paragraph, "</article></body></html>\n") };
  inputs[2] = (Input) { "briefing.md", "markdown", make_text_format (text, "", markdown_paragraph, "") };
  inputs[3] = (Input) { "briefing.srt", "srt", make_text_format (text, "", srt_paragraph, "") };

  g_print ("%-14s %10s %10s %8s %10s\n", "file", "bytes", "text", "turns", "best ms");
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      gsize length;
      const char *data = g_bytes_get_data (inputs[i].bytes, &length);
      gint64 best = G_MAXINT64;
      gsize text_size = 0;
      guint turns = 0;

      for (int r = 0; r < runs; r++)
        {
          gint64 begin = g_get_monotonic_time ();
          g_autoptr(GlossTranscript) t = gloss_import_data (data, length, inputs[i].name, inputs[i].format, NULL, &error);
          gint64 elapsed = g_get_monotonic_time () - begin;

          if (t == NULL)
            {
              g_printerr ("%s\n", error->message);
              return 1;
            }
          best = MIN (best, elapsed);
          text_size = gloss_transcript_get_text_size (t);
          turns = gloss_transcript_get_n_turns (t);
        }
      g_print ("%-14s %10" G_GSIZE_FORMAT " %10" G_GSIZE_FORMAT " %8u %10.0f\n",
               inputs[i].name, length, text_size, turns, best / 1000.0);
      g_bytes_unref (inputs[i].bytes);
    }
  return 0;
}
