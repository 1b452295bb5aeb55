#include "config.h"

#include <string.h>

#include "gloss-label.h"

#define MAX_TITLE_CHARS 120
#define MAX_CJK_LABEL_CHARS 12
#define MAX_CODE_CHARS 30
#define MAX_LOWERCASE_CHARS 24

/* ----------------------------------------------------------------- text */

gboolean
_gloss_is_cjk (gunichar c)
{
  GUnicodeScript script;

  if (c < 0x2E80)
    return FALSE;
  script = g_unichar_get_script (c);
  return script == G_UNICODE_SCRIPT_HAN ||
         script == G_UNICODE_SCRIPT_HIRAGANA ||
         script == G_UNICODE_SCRIPT_KATAKANA ||
         script == G_UNICODE_SCRIPT_HANGUL;
}

gboolean
_gloss_is_space (gunichar c)
{
  return c == ' ' || c == '\t' || g_unichar_isspace (c) || c == 0xFEFF;
}

static gboolean
is_fullwidth_colon (const char *p,
                    const char *end)
{
  return end - p >= 3 && (guchar) p[0] == 0xEF && (guchar) p[1] == 0xBC && (guchar) p[2] == 0x9A;
}

gboolean
_gloss_has_question_mark (const char *s,
                          gsize       len)
{
  if (memchr (s, '?', len) != NULL)
    return TRUE;
  /* U+FF1F FULLWIDTH QUESTION MARK */
  for (const char *p = s; (p = memchr (p, 0xEF, s + len - p)) != NULL; p++)
    if (s + len - p >= 3 && (guchar) p[1] == 0xBC && (guchar) p[2] == 0x9F)
      return TRUE;
  return FALSE;
}

static gboolean
starts_with_ci (const char *s,
                gsize       len,
                const char *prefix)
{
  gsize n = strlen (prefix);

  return len >= n && g_ascii_strncasecmp (s, prefix, n) == 0;
}

void
_gloss_trim_range (const char *s,
                   gsize      *off,
                   gsize      *len)
{
  while (*len > 0)
    {
      const char *p = s + *off;
      gunichar c = g_utf8_get_char (p);
      gsize n = g_utf8_next_char (p) - p;

      if (!_gloss_is_space (c))
        break;
      *off += n;
      *len -= n;
    }
  while (*len > 0)
    {
      const char *e = s + *off + *len;
      const char *p = g_utf8_find_prev_char (s + *off, e);

      if (p == NULL || !_gloss_is_space (g_utf8_get_char (p)))
        break;
      *len -= e - p;
    }
}

/* valid UTF-8: every byte that is not a continuation byte starts a character */
guint
_gloss_count_chars (const char *s,
                    gsize       len)
{
  guint n = 0;

  for (gsize i = 0; i < len; i++)
    n += ((guchar) s[i] & 0xC0) != 0x80;
  return n;
}

/* ---------------------------------------------------------- name shapes */

static const char * const connectors[] = {
  "and", "of", "the", "for", "on", "in", "at", "de", "del", "della", "van",
  "von", "der", "den", "da", "di", "du", "la", "le", "bin", "binti", "al",
  "el", "y", "e", "dos", "das", "ten", "ter", "&",
};

/* Chinese function characters: common in prose, rare in a name or an
 * outlet, so a label containing one is a sentence ending in a colon. */
static const char cjk_function_chars[] =
  "的了是有在如下以这那我你他她们将把被就都也还要从并及等";

gboolean
_gloss_is_connector (const char *word,
                     gsize       len)
{
  for (guint i = 0; i < G_N_ELEMENTS (connectors); i++)
    if (strlen (connectors[i]) == len && strncmp (word, connectors[i], len) == 0)
      return TRUE;
  return FALSE;
}

gboolean
_gloss_is_honorific (const char *word,
                     gsize       len)
{
  static const char * const honorifics[] = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "sen", "rep",
    "gov", "gen", "amb",
  };

  if (len > 0 && word[len - 1] == '.')
    len--;
  for (guint i = 0; i < G_N_ELEMENTS (honorifics); i++)
    if (strlen (honorifics[i]) == len && g_ascii_strncasecmp (word, honorifics[i], len) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_cjk_function_char (gunichar c)
{
  for (const char *p = cjk_function_chars; *p; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) == c)
      return TRUE;
  return FALSE;
}

static void
analyse_word (const char     *w,
              gsize           len,
              guint           n_chars,
              GlossNameShape *shape)
{
  gunichar first = g_utf8_get_char (w);
  gboolean cap;

  /* a period only in abbreviations and initials: "Mr.", "U.S.", "J." */
  if (memchr (w, '.', len) != NULL && n_chars > 5)
    shape->bad = TRUE;
  if (_gloss_is_cjk (first) && n_chars > MAX_CJK_LABEL_CHARS)
    shape->bad = TRUE;

  /* "China Daily reporter" is a label too */
  cap = g_unichar_isupper (first) || g_unichar_istitle (first) || _gloss_is_cjk (first) ||
        g_unichar_isdigit (first) || first == '&' ||
        (len == 8 && strncmp (w, "reporter", len) == 0) ||
        (len == 10 && strncmp (w, "journalist", len) == 0) ||
        (len == 13 && strncmp (w, "correspondent", len) == 0);
  if (shape->n_words == 0 && _gloss_is_honorific (w, len))
    shape->honorific = TRUE;
  if (cap)
    shape->n_cap++;
  else if (_gloss_is_connector (w, len))
    shape->n_connector++;
  else
    shape->n_lower++;

  if (shape->n_words == 0)
    shape->first_cap = cap && !g_unichar_isdigit (first);
  shape->last_cap = cap;
  shape->n_words++;
}

void
_gloss_analyse_name (const char     *s,
                     gsize           len,
                     GlossNameShape *shape)
{
  const char *end = s + len;
  const char *word = NULL;
  guint word_chars = 0;

  memset (shape, 0, sizeof *shape);

  for (const char *p = s; p <= end; )
    {
      gunichar c = p < end ? g_utf8_get_char (p) : ' ';

      if (_gloss_is_space (c))
        {
          if (word != NULL)
            analyse_word (word, p - word, word_chars, shape);
          word = NULL;
          word_chars = 0;
        }
      else
        {
          if (word == NULL)
            word = p;
          word_chars++;
          shape->n_chars++;

          if (_gloss_is_cjk (c))
            {
              shape->has_cjk = TRUE;
              if (is_cjk_function_char (c))
                shape->has_function_char = TRUE;
            }
          else if (g_unichar_isalpha (c) || g_unichar_ismark (c))
            {
              shape->n_letters++;
              if (g_unichar_isupper (c))
                shape->n_upper_letters++;
              else if (g_unichar_islower (c))
                shape->n_lower_letters++;
            }
          else if (g_unichar_isdigit (c))
            shape->has_digit = TRUE;
          else if (!strchr ("-'.&/()_", (int) (c < 128 ? c : 'x')) &&
                   c != 0x2019 && c != 0x00B7 && c != 0x30FB)
            shape->bad = TRUE;
        }

      if (p == end)
        break;
      p = g_utf8_next_char (p);
    }
}

gboolean
_gloss_shape_is_name (const GlossNameShape *shape)
{
  return !shape->bad &&
         shape->n_words >= 1 && shape->n_words <= 8 &&
         shape->n_chars <= _GLOSS_LABEL_MAX_CHARS &&
         shape->first_cap && shape->last_cap &&
         shape->n_lower == 0 &&
         !shape->has_function_char;
}

gboolean
_gloss_shape_is_all_caps (const GlossNameShape *shape)
{
  return shape->n_upper_letters >= 2 && shape->n_lower_letters == 0;
}

/* A pseudonym or code of a transcription service or a study: "teacher-4",
 * "P3", "resp_12", "participant 2": letters and digits, nothing else. */
static gboolean
is_code_name (const char           *s,
              gsize                 len,
              const GlossNameShape *shape)
{
  if (shape->bad || !shape->has_digit || shape->n_letters == 0 || shape->has_cjk ||
      shape->n_words > 3 || shape->n_chars > MAX_CODE_CHARS)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (s[i] == '.' || s[i] == '\'' || s[i] == '&' || s[i] == '/' || s[i] == '(' || s[i] == ')')
      return FALSE;
  return TRUE;
}

/* "respondent", "moderator": one lower-case word */
static gboolean
is_lowercase_name (const GlossNameShape *shape)
{
  return !shape->bad && shape->n_words == 1 && !shape->has_digit && !shape->has_cjk &&
         shape->n_letters == shape->n_chars && shape->n_upper_letters == 0 &&
         shape->n_chars >= 2 && shape->n_chars <= MAX_LOWERCASE_CHARS;
}

/* --------------------------------------------------------------- labels */

static gboolean
name_is (const char *s,
         gsize       len,
         const char *word)
{
  return strlen (word) == len && strncmp (s, word, len) == 0;
}

static GlossLabelType
special_label_type (const char *s,
                    gsize       len)
{
  if (name_is (s, len, "Q") || name_is (s, len, "QUESTION") ||
      name_is (s, len, "Question") || name_is (s, len, "问") ||
      name_is (s, len, "提问"))
    return _GLOSS_LABEL_QUESTION;
  if (name_is (s, len, "A") || name_is (s, len, "ANSWER") ||
      name_is (s, len, "Answer") || name_is (s, len, "答") ||
      name_is (s, len, "回答"))
    return _GLOSS_LABEL_ANSWER;
  return _GLOSS_LABEL_NAME;
}

static gsize
parse_digits (const char *s,
              gsize       len,
              gsize       max,
              int        *value)
{
  gsize i = 0;

  *value = 0;
  while (i < len && i < max && g_ascii_isdigit (s[i]))
    *value = *value * 10 + (s[i++] - '0');
  return i;
}

gsize
_gloss_parse_timestamp (const char *s,
                        gsize       len,
                        gint64     *time)
{
  int fields[3];
  guint n_fields = 0;
  gsize i = 0, n;
  char close = 0;
  gint64 ms = 0;

  if (len > 0 && (s[0] == '[' || s[0] == '('))
    {
      close = s[0] == '[' ? ']' : ')';
      i = 1;
    }

  n = parse_digits (s + i, len - i, 2, &fields[0]);
  if (n == 0)
    return 0;
  i += n;
  n_fields = 1;
  while (n_fields < 3 && i < len && s[i] == ':')
    {
      n = parse_digits (s + i + 1, len - i - 1, 2, &fields[n_fields]);
      if (n != 2 || fields[n_fields] >= 60)
        return 0;
      i += 1 + n;
      n_fields++;
    }
  if (n_fields < 2)
    return 0;
  if (i < len && (s[i] == '.' || s[i] == ','))
    {
      int fraction;

      n = parse_digits (s + i + 1, len - i - 1, 3, &fraction);
      if (n > 0)
        {
          for (gsize k = n; k < 3; k++)
            fraction *= 10;
          ms = fraction;
          i += 1 + n;
        }
    }
  if (close != 0)
    {
      if (i >= len || s[i] != close)
        return 0;
      i++;
    }
  else if (i < len && (g_ascii_isalnum (s[i]) || s[i] == ':'))
    return 0;

  if (n_fields == 3)
    ms += ((gint64) fields[0] * 3600 + fields[1] * 60 + fields[2]) * 1000;
  else
    {
      if (fields[0] >= 60)
        return 0;
      ms += ((gint64) fields[0] * 60 + fields[1]) * 1000;
    }
  *time = ms;
  return i;
}

static gsize
skip_blanks (const char *s,
             gsize       len,
             gsize       i)
{
  while (i < len && (s[i] == ' ' || s[i] == '\t'))
    i++;
  return i;
}

/* Labels that stand for an asker the transcriber could not name: rush
 * transcripts and interviews. */
static gboolean
is_generic_asker (const char *s,
                  gsize       len)
{
  static const char * const askers[] = {
    "unidentified male", "unidentified female", "unidentified man",
    "unidentified woman", "unidentified speaker", "unidentified reporter",
    "unidentified journalist", "unidentified participant", "unidentified voice",
    "unidentified", "unknown speaker", "unknown", "reporter", "reporters",
    "journalist", "correspondent", "audience member", "audience", "voice",
    "voices", "male voice", "female voice", "questioner", "interviewer",
    "resident", "member of the public",
    "记者", "提问者", "观众",
  };

  for (guint i = 0; i < G_N_ELEMENTS (askers); i++)
    if (strlen (askers[i]) == len && g_ascii_strncasecmp (s, askers[i], len) == 0)
      return TRUE;
  return FALSE;
}

/* "1:04 P.M.", "10:30 am", "9:00 EDT": a time of day, not a speaker */
static gboolean
is_clock_word (const char *s,
               gsize       len)
{
  static const char * const words[] = {
    "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "h", "hrs", "uhr",
    "utc", "gmt", "bst", "cet", "cest", "eet", "edt", "est", "cdt", "cst",
    "mdt", "mst", "pdt", "pst", "ist", "jst", "hkt",
  };
  gsize word = 0;

  while (word < len && s[word] != ' ' && s[word] != '\t')
    word++;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strlen (words[i]) == word && g_ascii_strncasecmp (s, words[i], word) == 0)
      return TRUE;
  return FALSE;
}

/* "00:01:23 Name" or "Name  00:01:23" alone on a line: the layout of
 * transcription services that put the time beside the name */
static void
parse_timed_name_line (const char *s,
                       gsize       len,
                       gsize       lead,
                       gint64      time,
                       GlossLabel *label)
{
  gsize name_off = lead, name_len = len - lead;
  GlossNameShape shape;

  if (time < 0)
    {
      /* the last word is a time */
      const char *space = NULL;

      for (const char *p = s + len; p > s; p--)
        if (p[-1] == ' ' || p[-1] == '\t')
          {
            space = p - 1;
            break;
          }
      if (space == NULL ||
          _gloss_parse_timestamp (space + 1, s + len - space - 1, &time) != (gsize) (s + len - space - 1))
        return;
      name_off = 0;
      name_len = space - s;
    }

  _gloss_trim_range (s, &name_off, &name_len);
  if (name_len == 0 || is_clock_word (s + name_off, name_len))
    return;
  _gloss_analyse_name (s + name_off, name_len, &shape);
  if (is_generic_asker (s + name_off, name_len))
    {
      label->generic_asker = TRUE;
      label->strength = _GLOSS_LABEL_STRONG;
    }
  else if (!_gloss_shape_is_name (&shape) && !is_code_name (s + name_off, name_len, &shape))
    return;
  else
    label->strength = _GLOSS_LABEL_WEAK;

  label->type = _GLOSS_LABEL_NAME;
  label->name_off = name_off;
  label->name_len = name_len;
  label->text_off = len;
  label->time = time;
  label->code = !_gloss_shape_is_name (&shape);
  label->multiword = shape.n_words >= 2 && shape.n_lower == 0;
}

void
_gloss_label_parse (const char *s,
                    gsize       len,
                    GlossLabel *label)
{
  const char *end = s + len;
  const char *limit;
  const char *colon = NULL;
  const char *after = NULL;
  const char *group = NULL;   /* a "(00:01:23)" group before the colon */
  const char *group_end = NULL;
  gsize lead = 0, tlen;
  gsize name_off, name_len, title_off = 0, title_len = 0;
  gsize paren_off = 0, paren_len = 0;
  gint64 time = -1;
  gboolean standalone;
  GlossNameShape shape;

  memset (label, 0, sizeof *label);
  label->type = _GLOSS_LABEL_NONE;
  label->time = -1;

  /* "[00:01:23] Name:", "00:01:23 Name" */
  tlen = _gloss_parse_timestamp (s, len, &time);
  if (tlen > 0)
    {
      lead = skip_blanks (s, len, tlen);
      if (lead == tlen || lead >= len)
        return;
    }

  /* "Q    text": Q, then a tab or several spaces, in White House style */
  if (len - lead >= 3 && s[lead] == 'Q' &&
      (s[lead + 1] == '\t' || (s[lead + 1] == ' ' && s[lead + 2] == ' ')))
    {
      label->type = _GLOSS_LABEL_QUESTION;
      label->strength = _GLOSS_LABEL_STRONG;
      label->name_off = lead;
      label->name_len = 1;
      label->text_off = skip_blanks (s, len, lead + 1);
      label->time = time;
      return;
    }

  limit = s + MIN (len, lead + _GLOSS_LABEL_MAX_BYTES);
  for (const char *p = s + lead; p < limit; p++)
    {
      if ((*p == '(' || *p == '[') && group == NULL)
        {
          gint64 group_time;
          gsize n = _gloss_parse_timestamp (p, end - p, &group_time);

          if (n > 0)
            {
              group = p;
              group_end = p + n;
              time = group_time;
              p += n - 1;
              continue;
            }
        }
      /* "Speaker 1  0:03": the colons of a time are not the label's */
      if (g_ascii_isdigit (*p) && p > s + lead && (p[-1] == ' ' || p[-1] == '\t'))
        {
          gint64 bare_time;
          gsize n = _gloss_parse_timestamp (p, end - p, &bare_time);

          if (n > 0)
            {
              p += n - 1;
              continue;
            }
        }
      if (*p == ':')
        {
          colon = p;
          after = p + 1;
          break;
        }
      if (is_fullwidth_colon (p, end))
        {
          colon = p;
          after = p + 3;
          break;
        }
    }
  if (colon == NULL)
    {
      if (group == NULL)
        parse_timed_name_line (s, len, lead, time, label);
      return;
    }
  if (colon == s + lead)
    return;

  standalone = after == end;
  if (!standalone && *colon == ':' && *after != ' ' && *after != '\t')
    return;   /* "10:30", "http://" */
  label->text_off = skip_blanks (s, len, after - s);

  name_off = lead;
  name_len = colon - (s + lead);
  if (group != NULL)
    {
      /* "Speaker 1 (00:01:23):": nothing but blanks between the time and the colon */
      if (skip_blanks (s, colon - s, group_end - s) != (gsize) (colon - s))
        return;
      name_len = group - (s + lead);
    }
  _gloss_trim_range (s, &name_off, &name_len);
  if (name_len == 0)
    return;

  /* "Q (Reuters)" or "记者（新华社）" */
  if (name_len > 2 && (s[name_off + name_len - 1] == ')' ||
                       (name_len > 3 && memcmp (s + name_off + name_len - 3, "）", 3) == 0)))
    {
      gsize close_len = s[name_off + name_len - 1] == ')' ? 1 : 3;
      const char *open = NULL;

      for (const char *p = s + name_off; p < s + name_off + name_len; p++)
        if (*p == '(' || (end - p >= 3 && memcmp (p, "（", 3) == 0))
          {
            open = p;
            break;
          }
      if (open != NULL)
        {
          gsize open_len = *open == '(' ? 1 : 3;
          gsize whole_off = name_off, whole_len = name_len;

          paren_off = open - s + open_len;
          paren_len = s + name_off + name_len - close_len - (open + open_len);
          _gloss_trim_range (s, &paren_off, &paren_len);
          name_len = open - (s + name_off);
          _gloss_trim_range (s, &name_off, &name_len);
          if (paren_len == 0 || name_len == 0)
            return;
          /* "China Central Television (CCTV)" is a name; only Q/A carry an
           * outlet in parentheses */
          if (special_label_type (s + name_off, name_len) == _GLOSS_LABEL_NAME)
            {
              name_off = whole_off;
              name_len = whole_len;
              paren_off = paren_len = 0;
            }
        }
    }

  /* "NAME, TITLE" */
  for (const char *p = s + name_off; p < s + name_off + name_len; p++)
    {
      gsize comma_len = *p == ',' ? 1 : (end - p >= 3 && memcmp (p, "，", 3) == 0) ? 3 : 0;

      if (comma_len > 0)
        {
          title_off = p - s + comma_len;
          title_len = s + name_off + name_len - (p + comma_len);
          _gloss_trim_range (s, &title_off, &title_len);
          name_len = p - (s + name_off);
          _gloss_trim_range (s, &name_off, &name_len);
          break;
        }
    }
  if (name_len == 0)
    return;

  label->name_off = name_off;
  label->name_len = name_len;
  label->title_off = title_off;
  label->title_len = title_len;
  label->paren_off = paren_off;
  label->paren_len = paren_len;
  label->time = time;

  label->type = special_label_type (s + name_off, name_len);
  if (label->type != _GLOSS_LABEL_NAME)
    {
      if (title_len > 0)
        label->type = _GLOSS_LABEL_NONE;
      label->strength = _GLOSS_LABEL_STRONG;
      return;
    }

  if (title_len == 0 && is_generic_asker (s + name_off, name_len))
    {
      label->generic_asker = TRUE;
      label->strength = _GLOSS_LABEL_STRONG;
      return;
    }

  _gloss_analyse_name (s + name_off, name_len, &shape);
  if (!_gloss_shape_is_name (&shape))
    {
      if (title_len == 0 && is_code_name (s + name_off, name_len, &shape))
        label->code = TRUE;
      else if (title_len == 0 && is_lowercase_name (&shape))
        label->lowercase = TRUE;
      else
        {
          label->type = _GLOSS_LABEL_NONE;
          return;
        }
      label->strength = _GLOSS_LABEL_WEAK;
      return;
    }

  if (title_len > 0)
    {
      GlossNameShape title_shape;

      _gloss_analyse_name (s + title_off, title_len, &title_shape);
      if (title_shape.bad || title_shape.n_chars > MAX_TITLE_CHARS)
        {
          label->type = _GLOSS_LABEL_NONE;
          return;
        }
      /* "Next, we will focus on these areas:" is prose; "ANNA BERG,
       * MINISTER:" and "Tom Reed, Daily Herald:" are labels */
      label->titled_ok = (_gloss_shape_is_all_caps (&shape) && shape.n_words >= 1 &&
                          (_gloss_shape_is_all_caps (&title_shape) || title_shape.n_lower == 0)) ||
                         (shape.n_words >= 2 && shape.n_connector == 0) ||
                         shape.has_cjk;
    }

  if (standalone)
    label->strength = _GLOSS_LABEL_STRONG;
  else if (shape.honorific && shape.n_words >= 2)
    label->strength = _GLOSS_LABEL_STRONG;
  else if (_gloss_shape_is_all_caps (&shape) && shape.n_words >= 2)
    label->strength = _GLOSS_LABEL_STRONG;
  else
    label->strength = _GLOSS_LABEL_WEAK;
  label->multiword = shape.n_words >= 2 && shape.n_lower == 0;
}

gboolean
_gloss_is_footer_mark (const char *s,
                       gsize       len)
{
  static const char * const marks[] = {
    "translated by", "translated and edited by", "translator:", "translators:",
    "translation by", "translation:", "edited by", "editor:", "editors:",
    "photo:", "photos:", "photo by", "photos by", "source:", "copyright",
    "©", "(translated", "[translated", "译者", "翻译：", "责任编辑", "编辑：",
    "来源：", "（责任编辑", "（翻译", "（编辑",
  };

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    if (starts_with_ci (s, len, marks[i]))
      return TRUE;

  /* the last line of a rush transcript */
  if (len == 3 && memcmp (s, "END", 3) == 0)
    return TRUE;

  /* photo captions: "/5  Tian Yulong", "3/5 Group photo" */
  if (len >= 2 && s[0] == '/' && g_ascii_isdigit (s[1]))
    return TRUE;
  if (len >= 3 && g_ascii_isdigit (s[0]))
    {
      gsize i = 0;

      while (i < len && g_ascii_isdigit (s[i]))
        i++;
      if (i < len - 1 && s[i] == '/' && g_ascii_isdigit (s[i + 1]))
        return TRUE;
    }
  return FALSE;
}
