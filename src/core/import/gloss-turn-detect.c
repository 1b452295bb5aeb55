#include "config.h"

#include <string.h>

#include "gloss-header.h"
#include "gloss-turn-detect-private.h"

static void
speaker_free (gpointer data)
{
  Speaker *speaker = data;

  g_free (speaker->name);
  g_free (speaker->title);
  g_free (speaker);
}

static char *
line_dup (const Line *line,
          gsize       off,
          gsize       len)
{
  return g_strndup (line->s + off, len);
}

static char *
line_name_key (const Line *line)
{
  return g_utf8_casefold (line->s + line->label.name_off, (gssize) line->label.name_len);
}

/* ------------------------------------------------------------- speakers */

static int
lookup_index (GHashTable *table,
              const char *key)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (table, key));
}

static void
register_short_form (Detector   *self,
                     int         index,
                     char       *key)
{
  int old = lookup_index (self->short_forms, key);

  g_hash_table_replace (self->short_forms, key,
                        GINT_TO_POINTER (old == 0 || old == index + 1 ? index + 1 : -1));
}

static void
register_short_forms (Detector   *self,
                      int         index,
                      const char *name)
{
  const char *p = name;
  GlossNameShape shape;

  _gloss_analyse_name (name, strlen (name), &shape);

  /* "Speaker 12" is not "12", nor "Speaker" */
  if (shape.has_digit)
    return;

  /* a CJK name's first character is the family name */
  if (shape.has_cjk && shape.n_words == 1 && shape.n_chars >= 2 && shape.n_chars <= 4)
    {
      register_short_form (self, index, g_strndup (name, g_utf8_next_char (name) - name));
      return;
    }
  if (shape.n_words < 2)
    return;

  while (*p)
    {
      const char *w = p;
      gsize len;

      while (*p && *p != ' ')
        p++;
      len = p - w;
      while (*p == ' ')
        p++;

      if (len >= 2 && !_gloss_is_connector (w, len) && !_gloss_is_honorific (w, len))
        register_short_form (self, index, g_utf8_casefold (w, (gssize) len));
    }
}

static int
add_speaker (Detector   *self,
             const char *name,
             gboolean    participant)
{
  Speaker *speaker = g_new0 (Speaker, 1);
  int index = (int) self->speakers->len;

  speaker->name = g_strdup (name);
  speaker->participant = participant;
  g_ptr_array_add (self->speakers, speaker);
  g_hash_table_replace (self->lookup, g_utf8_casefold (name, -1), GINT_TO_POINTER (index + 1));
  register_short_forms (self, index, name);

  return index;
}

/* Returns the speaker index a label name refers to, or -1 when unknown:
 * full names first, then the name without an honorific, then short forms. */
static int
resolve_speaker (Detector   *self,
                 const char *s,
                 gsize       len)
{
  g_autofree char *key = g_utf8_casefold (s, (gssize) len);
  const char *space;
  int index;

  index = lookup_index (self->lookup, key);
  if (index > 0)
    return index - 1;

  space = strchr (key, ' ');
  if (space != NULL && _gloss_is_honorific (key, space - key))
    {
      const char *rest = space;

      while (*rest == ' ')
        rest++;
      index = lookup_index (self->lookup, rest);
      if (index > 0)
        return index - 1;
      if (strchr (rest, ' ') == NULL)
        {
          index = lookup_index (self->short_forms, rest);
          if (index > 0)
            return index - 1;
        }
      return -1;
    }

  if (space == NULL)
    {
      index = lookup_index (self->short_forms, key);
      if (index > 0)
        return index - 1;
    }

  return -1;
}

static guint
label_count (Detector   *self,
             const Line *line)
{
  g_autofree char *key = line_name_key (line);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->label_counts, key));
}

static gboolean
label_is_accepted (Detector *self,
                   Line     *line)
{
  const GlossLabel *label = &line->label;

  if (label->type == _GLOSS_LABEL_NONE || line->footer_mark)
    return FALSE;
  if (line->hinted || label->type != _GLOSS_LABEL_NAME)
    return TRUE;

  line->speaker = resolve_speaker (self, line->s + label->name_off, label->name_len);
  if (line->speaker >= 0)
    return TRUE;
  if (label->title_len > 0 && !label->titled_ok)
    return FALSE;
  /* pseudonyms and lower-case labels only when the document repeats them */
  if (label->lowercase)
    return label_count (self, line) >= 3;
  if (label->code)
    return label_count (self, line) >= 2;
  if (label->strength == _GLOSS_LABEL_STRONG)
    return TRUE;
  /* where turns are written "Name: text", an unknown name of several
   * capitalised words, or one whose text asks, opens a turn too */
  if (self->n_inline > 0 && (label->multiword || line->has_question))
    return TRUE;

  return label_count (self, line) >= 2;
}

/* -------------------------------------------------------------- lines */

/* a label the source format marked: the bold run "Ann said" in a DOCX */
static void
apply_label_hint (Line        *line,
                  const GlossImportHint *hint,
                  gsize        line_offset)
{
  gsize start = hint->offset > line_offset ? hint->offset - line_offset : 0;
  gsize len = MIN (hint->label_length, line->len > start ? line->len - start : 0);
  gsize name_off = start, name_len = len;

  if (line->label.type != _GLOSS_LABEL_NONE &&
      line->label.name_off + line->label.name_len <= start + len)
    {
      line->hinted = TRUE;
      line->label.strength = _GLOSS_LABEL_STRONG;
      return;
    }

  while (name_len > 0 && strchr (": \t", line->s[name_off + name_len - 1]) != NULL)
    name_len--;
  if (name_len >= 3 && memcmp (line->s + name_off + name_len - 3, "：", 3) == 0)
    name_len -= 3;
  _gloss_trim_range (line->s, &name_off, &name_len);
  if (name_len == 0)
    return;

  memset (&line->label, 0, sizeof line->label);
  line->label.type = _GLOSS_LABEL_NAME;
  line->label.strength = _GLOSS_LABEL_STRONG;
  line->label.name_off = name_off;
  line->label.name_len = name_len;
  line->label.text_off = start + len;
  while (line->label.text_off < line->len &&
         (line->s[line->label.text_off] == ' ' || line->s[line->label.text_off] == '\t'))
    line->label.text_off++;
  line->label.time = -1;
  line->hinted = TRUE;
}

/* Splits the text into trimmed non-blank lines with code-point offsets,
 * counted incrementally so the whole pass stays linear. */
static GArray *
split_lines (const char *text,
             gsize       size,
             GArray     *hints)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (Line));
  const char *p = text;
  const char *end = text + size;
  guint offset = 0;
  guint gap = 0;
  guint next_hint = 0;

  while (p <= end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *stop = nl != NULL ? nl : end;
      gsize off = 0, len = stop - p;
      guint n_chars = _gloss_count_chars (p, stop - p);

      _gloss_trim_range (p, &off, &len);
      if (len == 0)
        gap++;
      else
        {
          Line line = { 0, };

          line.s = p + off;
          line.len = len;
          line.cstart = offset + _gloss_count_chars (p, off);
          line.cend = line.cstart + _gloss_count_chars (p + off, len);
          line.gap = gap;
          line.has_question = _gloss_has_question_mark (line.s, len);
          line.footer_mark = _gloss_is_footer_mark (line.s, len);
          line.speaker = -1;
          line.time = -1;
          _gloss_label_parse (line.s, len, &line.label);

          while (hints != NULL && next_hint < hints->len &&
                 g_array_index (hints, GlossImportHint, next_hint).offset < (gsize) (p - text))
            next_hint++;
          while (hints != NULL && next_hint < hints->len &&
                 g_array_index (hints, GlossImportHint, next_hint).offset <= (gsize) (stop - text))
            {
              const GlossImportHint *hint = &g_array_index (hints, GlossImportHint, next_hint++);

              if (hint->time >= 0)
                line.time = hint->time;
              if (hint->label_length > 0)
                apply_label_hint (&line, hint, line.s - text);
            }

          g_array_append_val (lines, line);
          gap = 0;
        }

      offset += n_chars + 1;
      if (nl == NULL)
        break;
      p = nl + 1;
    }

  return lines;
}

/* -------------------------------------------------------------- turns */

/* ------------------------------------------------------------- header */

static void
count_labels (Detector *self)
{
  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = line_at (self, i);

      if (line->label.type == _GLOSS_LABEL_NAME)
        {
          char *key = line_name_key (line);
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (self->label_counts, key));

          g_hash_table_replace (self->label_counts, key, GUINT_TO_POINTER (count + 1));
        }
      else if (line->label.type == _GLOSS_LABEL_QUESTION)
        self->question_style = TRUE;
    }
}

/* Does the text start with a turn rather than a title? */
static gboolean
starts_with_turn (Detector *self,
                  Line     *line)
{
  const GlossLabel *label = &line->label;

  if (label->type == _GLOSS_LABEL_NONE || line->footer_mark)
    return FALSE;
  if (label->type != _GLOSS_LABEL_NAME || line->hinted)
    return TRUE;
  if (label->title_len > 0 || !label_is_accepted (self, line))
    return FALSE;
  /* "Name:" alone, or "Dana Whitfield:   So I…", a label the document
   * uses again */
  return label->text_off >= line->len || label->time >= 0 || label->generic_asker ||
         label_count (self, line) >= 2;
}

/* Reads the header (everything before the first label); returns the index
 * of the first label line, or the number of lines when there is none.
 * @running_text: the text starts with prose, not with a heading. */
static guint
read_header (Detector   *self,
             const char *source_title,
             guint      *header_end,
             gboolean   *have_list,
             gboolean   *running_text)
{
  guint n = self->lines->len;
  gboolean have_date = FALSE;
  gboolean have_title = source_title != NULL;

  *header_end = 0;
  for (guint i = 0; i < n; i++)
    {
      Line *line = line_at (self, i);
      g_autofree char *name = NULL;
      g_autofree char *role = NULL;

      if (i == 0 && starts_with_turn (self, line))
        return 0;
      if (i > 0 && label_is_accepted (self, line))
        {
          /* "Speakers:" heading a list of "Name, role" lines */
          if (i + 1 < n && line->label.type == _GLOSS_LABEL_NAME && line->label.text_off >= line->len &&
              _gloss_parse_participant (line_at (self, i + 1)->s, line_at (self, i + 1)->len, &name, &role))
            {
              g_clear_pointer (&name, g_free);
              g_clear_pointer (&role, g_free);
              line->label.type = _GLOSS_LABEL_NONE;
              continue;
            }
          return i;
        }

      if (i == 0)
        {
          g_autofree char *place = NULL;
          g_autofree char *title = _gloss_title_from_heading (line->s, line->len, &place);

          /* running text, not a heading: no header at all */
          if (title == NULL)
            {
              *running_text = TRUE;
              for (i = 1; i < n && !label_is_accepted (self, line_at (self, i)); i++)
                ;
              return i;
            }
          if (!have_title)
            gloss_transcript_set_title (self->transcript, title);
          /* a pasted header: the title's line holds the place and date */
          if (place != NULL)
            {
              g_autofree char *iso = NULL;
              gsize ds, de;

              gloss_transcript_set_place (self->transcript, place);
              if (_gloss_find_date (line->s, MIN (line->len, (gsize) 2000), &iso, &ds, &de))
                {
                  gloss_transcript_set_date (self->transcript, iso);
                  have_date = TRUE;
                }
            }
          have_title = TRUE;
          *header_end = 1;
          continue;
        }
      if (!have_date)
        {
          g_autofree char *iso = NULL;
          gsize ds, de;

          if (_gloss_find_date (line->s, line->len, &iso, &ds, &de))
            {
              g_autofree char *place = _gloss_find_place (line->s, ds);

              gloss_transcript_set_date (self->transcript, iso);
              if (place != NULL)
                gloss_transcript_set_place (self->transcript, place);
              have_date = TRUE;
              *header_end = i + 1;
              continue;
            }
        }
      if (_gloss_parse_participant (line->s, line->len, &name, &role))
        {
          if (resolve_speaker (self, name, strlen (name)) < 0)
            add_speaker (self, name, TRUE);
          gloss_transcript_add_participant (self->transcript, name, role);
          *have_list = TRUE;
          *header_end = i + 1;
        }
    }
  return n;
}

/* -------------------------------------------------------------- turns */

static void
accept_labels (Detector *self,
               guint     first_label,
               guint    *last_label)
{
  for (guint i = first_label; i < self->lines->len; i++)
    {
      Line *line = line_at (self, i);
      Speaker *speaker;

      if (!label_is_accepted (self, line))
        continue;
      line->is_label = TRUE;
      if (line->label.text_off < line->len)
        self->n_inline++;
      *last_label = i;
      if (line->label.type != _GLOSS_LABEL_NAME)
        continue;
      if (line->speaker < 0)
        {
          g_autofree char *name = line_dup (line, line->label.name_off, line->label.name_len);

          line->speaker = add_speaker (self, name, FALSE);
        }
      speaker = speaker_at (self, line->speaker);
      if (line->label.generic_asker)
        speaker->generic = TRUE;
      if (line->label.title_len > 0 && speaker->title == NULL)
        speaker->title = line_dup (line, line->label.title_off, line->label.title_len);
    }
}

static void
collect_turns (Detector *self,
               guint     first_label,
               guint     header_end,
               guint     footer,
               gboolean  running_text,
               GArray   *raw)
{
  if (first_label >= self->lines->len)
    {
      /* no labels: one turn of remarks by nobody in particular */
      if (header_end < footer)
        {
          RawTurn turn = { header_end, footer - 1, _GLOSS_LABEL_NONE, -1, NULL,
                           line_at (self, header_end)->time, FALSE };

          g_array_append_val (raw, turn);
        }
      return;
    }

  /* prose before the first label, by nobody in particular */
  if (running_text && first_label > 0)
    {
      RawTurn turn = { 0, first_label - 1, _GLOSS_LABEL_NONE, -1, NULL, line_at (self, 0)->time, FALSE };

      g_array_append_val (raw, turn);
    }

  for (guint i = first_label; i < footer; i++)
    {
      Line *line = line_at (self, i);
      RawTurn turn = { i, i, line->label.type, line->speaker, NULL,
                       line->label.time >= 0 ? line->label.time : line->time, FALSE };

      if (!line->is_label && raw->len > 0)
        {
          g_array_index (raw, RawTurn, raw->len - 1).last = i;
          continue;
        }
      if (!line->is_label)
        turn.type = _GLOSS_LABEL_NONE;
      if (line->label.paren_len > 0)
        turn.outlet = line_dup (line, line->label.paren_off, line->label.paren_len);
      g_array_append_val (raw, turn);
    }
}

static void
build_turns (Detector   *self,
             const char *source_title,
             const char *source_name)
{
  guint n = self->lines->len;
  guint first_label, last_label = 0;
  guint footer = n;
  guint header_end = 0;   /* exclusive */
  gboolean have_list = FALSE;
  gboolean running_text = FALSE;
  g_autoptr(GArray) raw = g_array_new (FALSE, TRUE, sizeof (RawTurn));

  g_array_set_clear_func (raw, (GDestroyNotify) _gloss_raw_turn_clear);

  if (source_title != NULL)
    gloss_transcript_set_title (self->transcript, source_title);

  /* names repeated as labels are labels even without other evidence */
  count_labels (self);
  first_label = read_header (self, source_title, &header_end, &have_list, &running_text);

  if (gloss_transcript_get_title (self->transcript) == NULL)
    {
      g_autofree char *title = g_strdup (source_name);
      char *dot = strrchr (title, '.');

      if (dot != NULL && dot != title)
        *dot = '\0';
      gloss_transcript_set_title (self->transcript, title);
    }

  /* the title's date, when no other line gives one */
  if (gloss_transcript_get_date (self->transcript) == NULL && header_end > 0)
    {
      g_autofree char *iso = NULL;
      gsize ds, de;

      if (_gloss_find_date (line_at (self, 0)->s, MIN (line_at (self, 0)->len, (gsize) 2000),
                            &iso, &ds, &de))
        gloss_transcript_set_date (self->transcript, iso);
    }

  accept_labels (self, first_label, &last_label);

  for (guint i = first_label < n ? last_label + 1 : header_end; i < n; i++)
    if (line_at (self, i)->footer_mark)
      {
        footer = i;
        break;
      }

  if (first_label < n && !running_text)
    header_end = first_label;
  if (header_end > 0)
    _gloss_add_turn (self, GLOSS_TURN_HEADER, 0, header_end - 1, NULL, NULL, -1, -1);

  collect_turns (self, first_label, header_end, footer, running_text, raw);
  _gloss_classify_speakers (self, raw, have_list);

  for (guint i = 0; i < raw->len; i++)
    {
      RawTurn *turn = &g_array_index (raw, RawTurn, i);
      Speaker *speaker = speaker_at (self, turn->speaker);

      /* an outlet asks; a person the transcript could not name, or an
       * interviewer, is the asker without one */
      if (speaker == NULL || turn->outlet != NULL || speaker->role != ROLE_ASKER ||
          speaker->generic || speaker->interviewer)
        continue;
      turn->outlet = speaker->title != NULL ? g_strdup (speaker->title)
                                            : _gloss_outlet_from_label (speaker->name);
    }

  for (guint i = 0; i < self->speakers->len; i++)
    {
      Speaker *speaker = speaker_at (self, (int) i);

      if (speaker->role == ROLE_OFFICIAL && speaker->title != NULL && !speaker->participant)
        gloss_transcript_add_participant (self->transcript, speaker->name, speaker->title);
    }

  _gloss_emit_turns (self, raw);

  if (footer < n)
    _gloss_add_turn (self, GLOSS_TURN_FOOTER, footer, n - 1, NULL, NULL, -1, -1);
}

/* ------------------------------------------------------------- public */

/* A turn ends in the media where the last paragraph with an end time in
 * it ends (a subtitle cue), and begins where its first timed one begins
 * when the label gave no time. */
static void
apply_end_times (GlossTranscript *transcript,
                 GArray          *hints)
{
  for (guint i = 0; hints != NULL && i < hints->len; i++)
    {
      const GlossImportHint *hint = &g_array_index (hints, GlossImportHint, i);
      const GlossTurn *turn;
      int index;

      if (hint->end_time < 0 || hint->offset > gloss_transcript_get_text_size (transcript))
        continue;
      index = gloss_transcript_find_turn (transcript, gloss_transcript_byte_to_offset (transcript, hint->offset));
      if (index < 0)
        continue;
      turn = gloss_transcript_get_turn (transcript, index);
      if (turn->time < 0 && hint->time >= 0)
        gloss_transcript_set_turn_time (transcript, index, hint->time);
      if (turn->time >= 0 && hint->end_time >= turn->time && hint->end_time > turn->end_time)
        gloss_transcript_set_turn_end_time (transcript, index, hint->end_time);
    }
}

GlossTranscript *
gloss_turn_detect (const GlossImportSource *source,
                   const char              *source_name)
{
  g_autoptr(GlossTranscript) transcript = NULL;
  Detector self = { 0, };

  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (source_name != NULL, NULL);

  transcript = gloss_transcript_new (source->text, (gssize) source->length);
  gloss_transcript_set_source (transcript, source_name);
  gloss_transcript_set_language (transcript, source->language != NULL ? source->language :
                                 _gloss_guess_language (source->text, source->length));

  self.transcript = transcript;
  self.lines = split_lines (gloss_transcript_get_text (transcript),
                            gloss_transcript_get_text_size (transcript), source->hints);
  self.speakers = g_ptr_array_new_with_free_func (speaker_free);
  self.lookup = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.short_forms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.label_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  build_turns (&self, source->title, source_name);
  apply_end_times (transcript, source->hints);

  g_array_unref (self.lines);
  g_ptr_array_unref (self.speakers);
  g_hash_table_unref (self.lookup);
  g_hash_table_unref (self.short_forms);
  g_hash_table_unref (self.label_counts);

  return g_steal_pointer (&transcript);
}
