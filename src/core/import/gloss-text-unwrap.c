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

/* inline labels are looked for in lines at least this long */
#define INLINE_MIN_LINE_BYTES 2000
#define INLINE_LOOKBACK_BYTES 120
#define INLINE_MAX_WORDS 8
/* twelve CJK characters */
#define CJK_LOOKBACK_BYTES 39

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

/* ------------------------------------------------------ inline labels */

typedef struct
{
  gsize ws;          /* where the white space before the label starts */
  gsize start;       /* the label's first byte */
  gsize colon;
  char *key;         /* the casefolded name, NULL for Q/A */
  guint sentence : 1;
  guint accepted : 1;
  guint asks : 1;    /* the text after it, up to the next candidate, asks */
  GlossLabel label;
} Candidate;

typedef struct
{
  gsize ws;
  gsize start;
  const char *with;
} Edit;

static int
edit_compare (gconstpointer a,
              gconstpointer b)
{
  const Edit *x = a, *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

static void
candidate_clear (Candidate *candidate)
{
  g_clear_pointer (&candidate->key, g_free);
}

static gboolean
is_terminal (const char *s,
             gsize       lo,
             gsize       at)
{
  /* ". ", "? ", "! ", "." + closing quote or bracket */
  while (at > lo && strchr ("\"')]", s[at - 1]) != NULL && s[at - 1] != '\0')
    at--;
  if (at >= lo + 3 && (memcmp (s + at - 3, "”", 3) == 0 || memcmp (s + at - 3, "’", 3) == 0))
    at -= 3;
  if (at > lo && (s[at - 1] == '.' || s[at - 1] == '?' || s[at - 1] == '!'))
    return TRUE;
  return at >= lo + 3 && (memcmp (s + at - 3, "。", 3) == 0 || memcmp (s + at - 3, "？", 3) == 0 ||
                          memcmp (s + at - 3, "！", 3) == 0 || memcmp (s + at - 3, "…", 3) == 0);
}

/* the last CJK sentence end in [lo, at): its end, or 0 */
static gsize
last_cjk_terminal (const char *s,
                   gsize       lo,
                   gsize       at)
{
  for (gsize p = at; p >= lo + 3; p--)
    if (memcmp (s + p - 3, "。", 3) == 0 || memcmp (s + p - 3, "？", 3) == 0 ||
        memcmp (s + p - 3, "！", 3) == 0)
      return p;
  return 0;
}

/* Word starts before @colon, nearest first, at most INLINE_MAX_WORDS and
 * INLINE_LOOKBACK_BYTES back, and whether the white space before each
 * follows a sentence end. */
static guint
words_before (const char *s,
              gsize       line_start,
              gsize       colon,
              gsize      *starts,
              gboolean   *after_sentence)
{
  gsize lo = colon > line_start + INLINE_LOOKBACK_BYTES ? colon - INLINE_LOOKBACK_BYTES : line_start;
  gsize p = colon;
  guint n = 0;

  while (n < INLINE_MAX_WORDS && p > lo)
    {
      gsize ws;

      while (p > lo && !is_blank (s[p - 1]))
        p--;
      if (p == colon)
        break;
      ws = p;
      while (ws > lo && is_blank (s[ws - 1]))
        ws--;
      if (p > lo || p == line_start)
        {
          starts[n] = p;
          after_sentence[n] = p == line_start || (ws < p && is_terminal (s, lo, ws));
          n++;
          if (after_sentence[n - 1])
            break;
        }
      p = ws;
    }
  return n;
}

static void
find_candidates (const char *s,
                 gsize       line_start,
                 gsize       line_end,
                 GArray     *candidates)
{
  for (gsize i = line_start; i < line_end; i++)
    {
      gsize starts[INLINE_MAX_WORDS];
      gboolean after_sentence[INLINE_MAX_WORDS];
      gboolean fullwidth = (guchar) s[i] == 0xEF && i + 2 < line_end &&
                           (guchar) s[i + 1] == 0xBC && (guchar) s[i + 2] == 0x9A;
      Candidate candidate = { 0, };
      gsize cjk;
      guint n;

      if (!fullwidth && !(s[i] == ':' && i + 1 < line_end && is_blank (s[i + 1])))
        continue;

      candidate.colon = i;
      cjk = last_cjk_terminal (s, i > line_start + CJK_LOOKBACK_BYTES ? i - CJK_LOOKBACK_BYTES : line_start, i);
      n = words_before (s, line_start, i, starts, after_sentence);
      if (cjk > 0 && (n == 0 || cjk > starts[0]))
        {
          /* "谢谢。田玉龙：": no space after a Chinese full stop */
          candidate.start = cjk;
          candidate.sentence = TRUE;
        }
      else if (n > 0 && after_sentence[n - 1])
        {
          candidate.start = starts[n - 1];
          candidate.sentence = TRUE;
        }
      else
        candidate.start = n > 0 ? starts[0] : i;

      if (candidate.start > line_start && candidate.sentence)
        {
          _gloss_label_parse (s + candidate.start, line_end - candidate.start, &candidate.label);
          /* the label must end at this colon, not at an earlier one */
          if (candidate.label.type != _GLOSS_LABEL_NONE &&
              candidate.start + candidate.label.name_off + candidate.label.name_len <= i &&
              memchr (s + candidate.start, ':', i - candidate.start) == NULL &&
              !_gloss_is_footer_mark (s + candidate.start, line_end - candidate.start))
            {
              if (candidate.label.type == _GLOSS_LABEL_NAME)
                candidate.key = g_utf8_casefold (s + candidate.start + candidate.label.name_off,
                                                 (gssize) candidate.label.name_len);
            }
          else
            candidate.label.type = _GLOSS_LABEL_NONE;
        }
      g_array_append_val (candidates, candidate);
      i += fullwidth ? 2 : 0;
    }
}

static gboolean
candidate_is_accepted (const Candidate *candidate,
                       GHashTable      *counts)
{
  const GlossLabel *label = &candidate->label;
  guint count = 0;
  GlossNameShape shape;

  if (!candidate->sentence || label->type == _GLOSS_LABEL_NONE)
    return FALSE;
  if (candidate->key != NULL)
    count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, candidate->key));
  if (label->type != _GLOSS_LABEL_NAME || label->generic_asker || label->strength == _GLOSS_LABEL_STRONG)
    return TRUE;
  if (label->title_len > 0)
    return label->titled_ok;
  if (label->lowercase)
    return count >= 3;
  if (count >= 2)
    return TRUE;
  _gloss_analyse_name ((const char *) candidate->key, strlen (candidate->key), &shape);
  /* "Reuters: How much…?": one word that asks */
  if (!label->multiword)
    return shape.n_words == 1 && !shape.has_digit && !label->code && candidate->asks;
  return shape.n_words <= 6;
}

/* A later "Name:" of a name accepted elsewhere, where no sentence ends
 * before it ("July 16, 2021 Shou Xiaoli: Ladies and gentlemen"). */
static gboolean
match_known_name (const char *s,
                  gsize       line_start,
                  Candidate  *candidate,
                  GHashTable *names)
{
  gsize starts[INLINE_MAX_WORDS];
  gboolean after_sentence[INLINE_MAX_WORDS];
  guint n = words_before (s, line_start, candidate->colon, starts, after_sentence);
  gsize best = 0;

  for (guint k = 0; k < n; k++)
    {
      g_autofree char *key = g_utf8_casefold (s + starts[k], (gssize) (candidate->colon - starts[k]));

      if (g_hash_table_contains (names, key))
        best = starts[k];
    }
  /* CJK: a name at the end of a run of characters */
  if (best == 0)
    {
      const char *p = s + candidate->colon;
      const char *run = s + (n > 0 ? starts[0] :
                             candidate->colon > line_start + CJK_LOOKBACK_BYTES ?
                             candidate->colon - CJK_LOOKBACK_BYTES : line_start);

      for (guint chars = 1; chars <= 12 && p > run; chars++)
        {
          g_autofree char *key = NULL;

          p = g_utf8_find_prev_char (run, p);
          if (p == NULL)
            break;
          key = g_utf8_casefold (p, s + candidate->colon - p);
          if (g_hash_table_contains (names, key))
            best = p - s;
        }
    }
  if (best == 0 || best == line_start)
    return FALSE;
  candidate->start = best;
  return TRUE;
}

/* "… 2024 Helen Vance, spokesperson of … Marco Ruiz, director of …": in
 * the header of a pasted briefing, a line for each person the briefing
 * then names as a speaker */
static void
find_participants (const char *s,
                   gsize       line_start,
                   gsize       header_end,
                   GHashTable *names,
                   GArray     *edits)
{
  for (gsize i = line_start; i < header_end; i++)
    {
      gsize starts[INLINE_MAX_WORDS];
      gboolean after_sentence[INLINE_MAX_WORDS];
      gboolean fullwidth = header_end - i >= 3 && memcmp (s + i, "，", 3) == 0;
      guint n;

      if (s[i] != ',' && !fullwidth)
        continue;
      n = words_before (s, line_start, i, starts, after_sentence);
      for (guint k = 0; k < n; k++)
        {
          g_autofree char *key = g_utf8_casefold (s + starts[k], (gssize) (i - starts[k]));

          if (g_hash_table_contains (names, key) && starts[k] > line_start)
            {
              Edit edit = { starts[k], starts[k], "\n" };

              g_array_append_val (edits, edit);
              break;
            }
        }
    }
}

static gsize
line_end (const char *s,
          gsize       length,
          gsize       from)
{
  const char *nl = memchr (s + from, '\n', length - from);

  return nl != NULL ? (gsize) (nl - s) : length;
}

/* "… Goodbye. Translated and edited by …": the footer of a pasted
 * briefing starts a paragraph of its own, at its first mark */
static void
find_footer (const char *s,
             gsize       from,
             gsize       line_end,
             GArray     *edits)
{
  for (gsize i = from; i + 1 < line_end; i++)
    {
      gsize start = i + 1;
      gboolean cjk = line_end - i >= 3 && memcmp (s + i, "。", 3) == 0;

      if (!cjk && s[i] != '.' && s[i] != '!' && s[i] != '?')
        continue;
      if (cjk)
        start = i + 3;
      else if (!is_blank (s[start]))
        continue;
      while (start < line_end && is_blank (s[start]))
        start++;
      if (start < line_end && _gloss_is_footer_mark (s + start, line_end - start))
        {
          Edit edit = { start, start, "\n\n" };

          g_array_append_val (edits, edit);
          return;
        }
    }
}

GArray *
_gloss_text_split_at_labels (const char  *in,
                             gsize        length,
                             char       **out,
                             gsize       *out_length)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, TRUE, sizeof (Candidate));
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) line_starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GArray) edits = g_array_new (FALSE, FALSE, sizeof (Edit));
  GlossTextEditor editor;
  gboolean have_header_line = FALSE;
  gsize header_line = 0;
  gsize last_colon = 0;
  guint n_accepted = 0;

  g_array_set_clear_func (candidates, (GDestroyNotify) candidate_clear);

  for (gsize start = 0; start < length; )
    {
      const char *nl = memchr (in + start, '\n', length - start);
      gsize end = nl != NULL ? (gsize) (nl - in) : length;

      if (end - start >= INLINE_MIN_LINE_BYTES)
        {
          guint first = candidates->len;

          find_candidates (in, start, end, candidates);
          for (guint i = first; i < candidates->len; i++)
            g_array_append_val (line_starts, start);
        }
      start = end + 1;
    }
  if (candidates->len == 0)
    {
      *out = NULL;
      *out_length = length;
      return NULL;
    }

  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *c = &g_array_index (candidates, Candidate, i);

      if (c->key != NULL)
        g_hash_table_replace (counts, c->key,
                              GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, c->key)) + 1));
    }
  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *c = &g_array_index (candidates, Candidate, i);
      gsize line_start = g_array_index (line_starts, gsize, i);
      const char *nl = memchr (in + c->colon, '\n', length - c->colon);
      gsize end = nl != NULL ? (gsize) (nl - in) : length;

      if (i + 1 < candidates->len && g_array_index (line_starts, gsize, i + 1) == line_start)
        end = g_array_index (candidates, Candidate, i + 1).colon;
      end = MIN (end, c->colon + 1500);
      c->asks = _gloss_has_question_mark (in + c->colon, end - c->colon);
    }
  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *c = &g_array_index (candidates, Candidate, i);

      c->accepted = candidate_is_accepted (c, counts);
      if (c->accepted && c->key != NULL)
        g_hash_table_add (names, c->key);
    }
  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *c = &g_array_index (candidates, Candidate, i);

      if (!c->accepted && g_hash_table_size (names) > 0)
        c->accepted = match_known_name (in, g_array_index (line_starts, gsize, i), c, names);
      n_accepted += c->accepted;
    }
  if (n_accepted < 2)
    {
      *out = NULL;
      *out_length = length;
      return NULL;
    }

  for (guint i = 0; i < candidates->len; i++)
    {
      const Candidate *c = &g_array_index (candidates, Candidate, i);
      gsize line_start = g_array_index (line_starts, gsize, i);
      Edit edit = { c->start, c->start, "\n\n" };

      if (!c->accepted)
        continue;
      /* the first label of a line ends its header, the text after its
       * last label may hold the footer */
      if (!have_header_line || header_line != line_start)
        {
          if (have_header_line)
            find_footer (in, last_colon, line_end (in, length, last_colon), edits);
          find_participants (in, line_start, c->start, names, edits);
        }
      have_header_line = TRUE;
      header_line = line_start;
      last_colon = c->colon;
      g_array_append_val (edits, edit);
    }
  if (have_header_line)
    find_footer (in, last_colon, line_end (in, length, last_colon), edits);
  g_array_sort (edits, edit_compare);

  _gloss_text_editor_init (&editor, in, length);
  for (guint i = 0; i < edits->len; i++)
    {
      const Edit *edit = &g_array_index (edits, Edit, i);
      gsize ws = edit->start;

      if (edit->start < editor.in_pos || edit->start == 0 || in[edit->start - 1] == '\n')
        continue;
      while (ws > editor.in_pos && is_blank (in[ws - 1]))
        ws--;
      _gloss_text_editor_copy_to (&editor, ws);
      _gloss_text_editor_replace_to (&editor, edit->start, edit->with);
    }
  return _gloss_text_editor_finish (&editor, out, out_length);
}
