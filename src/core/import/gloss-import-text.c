#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "gloss-import-format-private.h"
#include "gloss-text-normalize.h"

/* Plain text: anything without NUL bytes (or UTF-16 with a byte-order
 * mark) may be a transcript, so it scores low and other formats that
 * recognise their own signature win. */
static guint
sniff_text (const char *data,
            gsize       length)
{
  if (length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    return 10;
  if (memchr (data, '\0', length) != NULL)
    return 0;
  return 10;
}

static GlossImportSource *
read_text (const char               *data,
           gsize                     length,
           const char               *source_name,
           const GlossImportOptions *options,
           GError                  **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GlossNormalizedText) normalized = NULL;
  gsize text_length = 0;
  char *out;
  gsize out_length;

  text = gloss_text_decode (data, length, options->encoding, source_name, &text_length, error);
  if (text == NULL)
    return NULL;

  normalized = gloss_text_normalize (text, text_length, GLOSS_TEXT_NORMALIZE_ALL);
  out = gloss_normalized_text_steal_text (normalized, &out_length);
  return gloss_import_source_new (out, out_length);
}

static const char * const text_extensions[] = { "txt", "text", NULL };
static const char * const text_mime_types[] = { "text/plain", NULL };

const GlossImportFormat _gloss_import_format_text = {
  .id = "text",
  .label = N_("Plain text transcript"),
  .extensions = text_extensions,
  .mime_types = text_mime_types,
  .sniff = sniff_text,
  .read = read_text,
};
