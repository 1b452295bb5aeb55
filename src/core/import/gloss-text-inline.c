#include "config.h"

#include <string.h>

#include "gloss-label.h"
#include "gloss-text-normalize-private.h"

/* The breaks of a text pasted without line breaks: before inline speaker
 * labels, before the participants of its header, before its footer. */

/* inline labels are looked for in lines at least this long */
#define INLINE_MIN_LINE_BYTES 2000
#define INLINE_LOOKBACK_BYTES 120
#define INLINE_MAX_WORDS 8
/* twelve CJK characters */
#define CJK_LOOKBACK_BYTES 39

static gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t';
}

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
  g_autoptr(GArray) line_ends = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GArray) edits = g_array_new (FALSE, FALSE, sizeof (Edit));
  GlossTextEditor editor;
  gboolean have_header_line = FALSE;
  gsize header_line = 0;
  gsize last_colon = 0;
  gsize last_end = 0;
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
            {
              g_array_append_val (line_starts, start);
              g_array_append_val (line_ends, end);
            }
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
      gsize end = g_array_index (line_ends, gsize, i);

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
            find_footer (in, last_colon, last_end, edits);
          find_participants (in, line_start, c->start, names, edits);
        }
      have_header_line = TRUE;
      header_line = line_start;
      last_colon = c->colon;
      last_end = g_array_index (line_ends, gsize, i);
      g_array_append_val (edits, edit);
    }
  if (have_header_line)
    find_footer (in, last_colon, last_end, edits);
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
