#include "config.h"

#include <string.h>

#include "gloss-header.h"
#include "gloss-label.h"
#include "gloss-text-normalize-private.h"

/* widths are counted up to here; longer lines are never wrapped lines */
#define MAX_WIDTH 300
/* a document is hard-wrapped at a width in this range */
#define MIN_WRAP_WIDTH 30
#define MAX_WRAP_WIDTH 250
#define MIN_WRAPPED_PAIRS 6


typedef struct
{
  gsize start;          /* first byte */
  gsize content_end;    /* after the last byte that is not a blank */
  gsize end;            /* the '\n', or the end of the text */
  gsize indent;         /* bytes of blanks at the start */
  gsize pad_from;       /* the padding after a label, collapsed to one space */
  gsize pad_to;
  guint width;          /* columns; MAX_WIDTH + 1 when longer */
  guint first_word;     /* columns of the first word */
  guint blank : 1;
  guint structure : 1;  /* starts a list item, a label, a time, a note in brackets */
  guint bullet : 1;
  guint label_only : 1;
  guint hyphen_end : 1; /* "well-" */
  guint cjk_end : 1;
  guint cjk_start : 1;
  guint lower_start : 1;
} Line;

static gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t';
}

static gboolean
is_cjk_or_fullwidth (gunichar c)
{
  return _gloss_is_cjk (c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
}

static guint
columns (const char *s,
         gsize       len,
         guint       max)
{
  guint width = 0;

  for (const char *p = s, *end = s + len; p < end && width <= max; )
    {
      if ((guchar) *p < 0x80)
        {
          width++;
          p++;
        }
      else
        {
          width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
          p = g_utf8_next_char (p);
        }
    }
  return MIN (width, max + 1);
}

/* "- item", "* item", "• item", "1. item", "2) item", "(a) item", "a) item" */
static gboolean
starts_bullet (const char *s,
               gsize       len)
{
  static const char * const bullets[] = { "•", "◦", "‣", "▪", "·", "–", "—", "●", "○", "■" };
  gsize i = 0;

  if (len >= 2 && strchr ("-*+", s[0]) != NULL && s[1] == ' ')
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (bullets); k++)
    if (g_str_has_prefix (s, bullets[k]) && len > strlen (bullets[k]))
      return TRUE;

  if (len > 0 && s[0] == '(')
    i = 1;
  if (i < len && g_ascii_isdigit (s[i]))
    {
      gsize digits = 0;

      while (i < len && g_ascii_isdigit (s[i]) && digits < 4)
        i++, digits++;
    }
  else if (i < len && g_ascii_isalpha (s[i]) && i + 1 < len && s[i + 1] == ')')
    i++;
  else
    return FALSE;
  return i + 1 < len && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ' &&
         (s[0] != '(' || s[i] == ')');
}

/* "(Applause.)", "[inaudible 00:12:04]": a whole line in brackets, not
 * a wrapped line that happens to start with "(2021-2025) and…" */
static gboolean
is_bracketed_note (const char *s,
                   gsize       len)
{
  char close;
  const char *end;

  if (len < 2 || (s[0] != '(' && s[0] != '['))
    return FALSE;
  close = s[0] == '(' ? ')' : ']';
  end = memchr (s, close, len);
  return end != NULL && (gsize) (end - s) + 2 >= len;
}

static char *
label_key (const char       *s,
           const GlossLabel *label)
{
  return g_utf8_casefold (s + label->name_off, (gssize) label->name_len);
}

/* Is this label one the turn detector will take? Shapes that stand on
 * their own, or names the document repeats. */
static gboolean
label_is_likely (const GlossLabel *label,
                 guint             count)
{
  if (label->type == _GLOSS_LABEL_NONE)
    return FALSE;
  if (label->type != _GLOSS_LABEL_NAME || label->generic_asker || label->time >= 0)
    return TRUE;
  if (label->lowercase)
    return count >= 3;
  if (label->title_len > 0)
    return label->titled_ok;
  return label->strength == _GLOSS_LABEL_STRONG || label->multiword || count >= 2;
}

static void
analyse_line (const char *in,
              Line       *line,
              GlossLabel *label)
{
  const char *s = in + line->start;
  gsize len = line->end - line->start;
  const char *body;
  gsize body_len;

  while (line->indent < len && is_blank (s[line->indent]))
    line->indent++;
  line->content_end = line->end;
  while (line->content_end > line->start + line->indent && is_blank (in[line->content_end - 1]))
    line->content_end--;
  line->blank = line->content_end == line->start + line->indent;
  label->type = _GLOSS_LABEL_NONE;
  if (line->blank)
    return;

  body = s + line->indent;
  body_len = line->content_end - line->start - line->indent;
  _gloss_label_parse (body, body_len, label);
  if (body_len > MAX_WIDTH * 4)
    {
      line->width = MAX_WIDTH + 1;
      return;
    }

  line->width = columns (s, line->content_end - line->start, MAX_WIDTH);
  {
    gsize w = 0;

    while (w < body_len && !is_blank (body[w]))
      w++;
    line->first_word = columns (body, w, MAX_WIDTH);
  }
  line->bullet = starts_bullet (body, body_len);
  line->structure = line->bullet || is_bracketed_note (body, body_len) || body[0] == '#' ||
                    body[0] == '>' || body[0] == '|';
  line->label_only = label->type != _GLOSS_LABEL_NONE && label->text_off >= body_len;

  {
    const char *last = g_utf8_find_prev_char (body, body + body_len);
    gunichar first_char = g_utf8_get_char (body);
    gunichar last_char = last != NULL ? g_utf8_get_char (last) : 0;

    line->cjk_start = is_cjk_or_fullwidth (first_char);
    line->cjk_end = is_cjk_or_fullwidth (last_char);
    line->lower_start = g_unichar_islower (first_char);
    line->hyphen_end = body_len >= 2 && last_char == '-' && g_ascii_isalpha (body[body_len - 2]);
  }
}

/* The padding after a label's colon, when it is more than one space. */
static void
find_padding (const char       *in,
              Line             *line,
              const GlossLabel *label)
{
  gsize text = line->start + line->indent + label->text_off;
  gsize colon_end = text;

  while (colon_end > line->start + line->indent && is_blank (in[colon_end - 1]))
    colon_end--;
  if (text < line->content_end && text > colon_end &&
      !(text - colon_end == 1 && in[colon_end] == ' '))
    {
      line->pad_from = colon_end;
      line->pad_to = text;
    }
}

static gboolean
can_join (const Line *a,
          const Line *b,
          guint       wrap_width,
          gboolean    in_list_item)
{
  guint needed;

  if (a->blank || b->blank || a->label_only || b->structure)
    return FALSE;
  if (b->indent > a->indent && !in_list_item)
    return FALSE;   /* an indented first line starts a paragraph */
  /* the next word would not have fitted: the line was broken for width */
  needed = a->width + (a->cjk_end && b->cjk_start ? 0 : 1) + b->first_word;
  return needed > wrap_width || a->width * 8 >= wrap_width * 7;
}

/* The width a text is wrapped at, or 0 when it is not hard-wrapped. */
static guint
find_wrap_width (const Line *lines,
                 guint       n_lines)
{
  guint histogram[MAX_WIDTH + 2] = { 0, };
  guint n_pairs = 0, n_full = 0, n_nonblank = 0, n_long = 0;
  guint width = 0, seen = 0;

  for (guint i = 0; i < n_lines; i++)
    {
      n_nonblank += !lines[i].blank;
      if (i + 1 < n_lines && !lines[i].blank && !lines[i + 1].blank)
        {
          histogram[lines[i].width]++;
          n_pairs++;
        }
    }
  if (n_pairs < MIN_WRAPPED_PAIRS || n_pairs * 10 < n_nonblank * 3)
    return 0;

  /* the 95th percentile of the lines broken inside a paragraph */
  for (width = 0; width <= MAX_WIDTH + 1; width++)
    {
      seen += histogram[width];
      if (seen * 20 >= n_pairs * 19)
        break;
    }
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH)
    return 0;

  for (guint i = 0; i < n_lines; i++)
    {
      if (!lines[i].blank && lines[i].width > width + MAX (10, width / 8))
        n_long++;
      if (i + 1 < n_lines && !lines[i].blank && !lines[i + 1].blank &&
          can_join (&lines[i], &lines[i + 1], width, TRUE))
        n_full++;
    }
  if (n_full * 10 < n_pairs * 6 || n_long * 20 > n_nonblank)
    return 0;
  return width;
}

GArray *
_gloss_text_unwrap (const char  *in,
                    gsize        length,
                    gboolean     join_wrapped,
                    char       **out,
                    gsize       *out_length)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, TRUE, sizeof (Line));
  g_autoptr(GArray) labels = g_array_new (FALSE, TRUE, sizeof (GlossLabel));
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GlossTextEditor editor;
  gboolean first_block = TRUE;
  gboolean seen_text = FALSE;
  guint wrap_width = 0;
  gboolean in_list_item = FALSE;
  Line *l;

  for (gsize start = 0; start <= length; )
    {
      const char *nl = memchr (in + start, '\n', length - start);
      Line line = { 0, };
      GlossLabel label;

      line.start = start;
      line.end = nl != NULL ? (gsize) (nl - in) : length;
      analyse_line (in, &line, &label);
      /* the title, then its date and place: "Riverside, 4 March 2024" */
      if (line.blank && seen_text)
        first_block = FALSE;
      seen_text |= !line.blank;
      if (first_block && !line.blank && line.width <= MAX_WIDTH)
        {
          g_autofree char *iso = NULL;
          gsize ds, de;

          if (_gloss_find_date (in + line.start, line.content_end - line.start, &iso, &ds, &de))
            line.structure = TRUE;
        }
      g_array_append_val (lines, line);
      g_array_append_val (labels, label);
      if (label.type == _GLOSS_LABEL_NAME)
        {
          char *key = label_key (in + line.start + line.indent, &label);
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

          g_hash_table_replace (counts, key, GUINT_TO_POINTER (count + 1));
        }
      if (nl == NULL)
        break;
      start = line.end + 1;
    }

  l = (Line *) (gpointer) lines->data;
  for (guint i = 0; i < lines->len; i++)
    {
      const GlossLabel *label = &g_array_index (labels, GlossLabel, i);
      guint count = 0;

      if (label->type == _GLOSS_LABEL_NONE)
        continue;
      if (label->type == _GLOSS_LABEL_NAME)
        {
          g_autofree char *key = label_key (in + l[i].start + l[i].indent, label);

          count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));
        }
      if (!label_is_likely (label, count))
        {
          l[i].label_only = FALSE;
          continue;
        }
      l[i].structure = TRUE;
      find_padding (in, &l[i], label);
    }

  if (join_wrapped)
    wrap_width = find_wrap_width (l, lines->len);

  _gloss_text_editor_init (&editor, in, length);
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &l[i];
      const Line *next = i + 1 < lines->len ? &l[i + 1] : NULL;

      if (line->blank)
        {
          _gloss_text_editor_copy_to (&editor, MAX (editor.in_pos, line->start));
          _gloss_text_editor_replace_to (&editor, line->end, "");
          in_list_item = FALSE;
          continue;
        }

      if (line->bullet)
        in_list_item = TRUE;
      else if (line->structure)
        in_list_item = FALSE;

      if (line->pad_to > line->pad_from)
        {
          _gloss_text_editor_copy_to (&editor, line->pad_from);
          _gloss_text_editor_replace_to (&editor, line->pad_to, " ");
        }
      _gloss_text_editor_copy_to (&editor, line->content_end);

      if (wrap_width > 0 && next != NULL && can_join (line, next, wrap_width, in_list_item))
        {
          const char *separator = " ";

          if ((line->cjk_end && next->cjk_start) || (line->hyphen_end && next->lower_start))
            separator = "";
          _gloss_text_editor_replace_to (&editor, next->start + next->indent, separator);
        }
      else
        {
          _gloss_text_editor_replace_to (&editor, line->end, "");
          in_list_item = in_list_item && next != NULL && !next->blank;
        }
    }

  return _gloss_text_editor_finish (&editor, out, out_length);
}
