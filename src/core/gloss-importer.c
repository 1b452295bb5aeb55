#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "gloss-fileutil.h"
#include "gloss-importer.h"

G_DEFINE_QUARK (gloss-import-error-quark, gloss_import_error)

/* A label's name part longer than this is prose, not a speaker. */
#define MAX_LABEL_CHARS 60
#define MAX_TITLE_CHARS 120
#define MAX_LABEL_BYTES 400
#define MAX_CJK_LABEL_CHARS 12

typedef enum
{
  LABEL_NONE,
  LABEL_NAME,
  LABEL_QUESTION,
  LABEL_ANSWER,
} LabelType;

typedef enum
{
  STRENGTH_WEAK,    /* accepted only when the name is known or repeated */
  STRENGTH_STRONG,
} LabelStrength;

/* One non-blank line of the normalised text, trimmed. Label fields are byte
 * offsets relative to @s, so parsing a line allocates nothing. */
typedef struct
{
  const char *s;
  gsize len;
  guint cstart;
  guint cend;
  guint gap;            /* blank lines before this one */
  guint has_question : 1;
  guint multiword : 1;  /* a name part of several capitalised words */
  guint footer_mark : 1;
  guint is_label : 1;   /* accepted as a speaker label */
  LabelType label_type;
  LabelStrength strength;
  gboolean titled_ok;   /* a "NAME, TITLE" name part that looks like a person */
  gsize name_off, name_len;
  gsize title_off, title_len;
  gsize paren_off, paren_len;
  gsize text_off;       /* where the text after an inline label starts */
  int speaker;          /* index into the speaker table, -1 for Q/A */
} Line;

typedef enum
{
  ROLE_OFFICIAL,
  ROLE_ASKER,
} SpeakerRole;

typedef struct
{
  char *name;
  char *title;          /* from a "NAME, TITLE" label */
  gboolean participant;
  guint n_turns;
  guint n_asking;       /* turns containing a question mark */
  SpeakerRole role;
} Speaker;

typedef struct
{
  guint first;          /* line index of the first line (the label line) */
  guint last;           /* last line index, inclusive */
  LabelType type;
  int speaker;          /* -1 for Q/A and for unlabelled questions */
  char *outlet;
} RawTurn;

typedef struct
{
  GlossTranscript *transcript;
  GArray *lines;
  GPtrArray *speakers;        /* Speaker* */
  GHashTable *lookup;         /* casefolded full name -> speaker index + 1 */
  GHashTable *short_forms;    /* casefolded word -> speaker index + 1, or -1 */
  GHashTable *label_counts;   /* casefolded name part -> count */
  gboolean question_style;    /* Q:/QUESTION: labels present */
  guint n_inline;             /* inline labels accepted so far */
} Importer;

static void
speaker_free (gpointer data)
{
  Speaker *speaker = data;

  g_free (speaker->name);
  g_free (speaker->title);
  g_free (speaker);
}

/* ----------------------------------------------------------------- text */

static gboolean
is_cjk (gunichar c)
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

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || g_unichar_isspace (c) || c == 0xFEFF;
}

static gboolean
is_fullwidth_colon (const char *p,
                    const char *end)
{
  return end - p >= 3 && (guchar) p[0] == 0xEF && (guchar) p[1] == 0xBC && (guchar) p[2] == 0x9A;
}

static gboolean
has_question_mark (const char *s,
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

/* ASCII-case-insensitive prefix test on a line */
static gboolean
starts_with_ci (const char *s,
                gsize       len,
                const char *prefix)
{
  gsize n = strlen (prefix);

  return len >= n && g_ascii_strncasecmp (s, prefix, n) == 0;
}

/* ---------------------------------------------------------- name shapes */

typedef struct
{
  guint n_words;
  guint n_cap;
  guint n_connector;
  guint n_lower;
  guint n_chars;
  guint n_upper_letters;
  guint n_lower_letters;
  gboolean first_cap;
  gboolean last_cap;
  gboolean has_cjk;
  gboolean has_digit;
  gboolean has_function_char;
  gboolean honorific;
  gboolean bad;
} NameShape;

static const char * const connectors[] = {
  "and", "of", "the", "for", "on", "in", "at", "de", "del", "della", "van",
  "von", "der", "den", "da", "di", "du", "la", "le", "bin", "binti", "al",
  "el", "y", "e", "dos", "das", "ten", "ter", "&",
};

/* Chinese function characters: common in prose, rare in a name or an
 * outlet, so a label containing one is a sentence ending in a colon. */
static const char cjk_function_chars[] =
  "的了是有在如下以这那我你他她们将把被就都也还要从并及等";

static gboolean
is_connector (const char *word,
              gsize       len)
{
  for (guint i = 0; i < G_N_ELEMENTS (connectors); i++)
    if (strlen (connectors[i]) == len && strncmp (word, connectors[i], len) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_honorific (const char *word,
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
analyse_word (const char *w,
              gsize       len,
              guint       n_chars,
              NameShape  *shape)
{
  gunichar first = g_utf8_get_char (w);
  gboolean cap;

  /* a period only in abbreviations and initials: "Mr.", "U.S.", "J." */
  if (memchr (w, '.', len) != NULL && n_chars > 5)
    shape->bad = TRUE;
  if (is_cjk (first) && n_chars > MAX_CJK_LABEL_CHARS)
    shape->bad = TRUE;

  /* "China Daily reporter" is a label too */
  cap = g_unichar_isupper (first) || g_unichar_istitle (first) || is_cjk (first) ||
        g_unichar_isdigit (first) || first == '&' ||
        (len == 8 && strncmp (w, "reporter", len) == 0) ||
        (len == 10 && strncmp (w, "journalist", len) == 0) ||
        (len == 13 && strncmp (w, "correspondent", len) == 0);
  if (shape->n_words == 0 && is_honorific (w, len))
    shape->honorific = TRUE;
  if (cap)
    shape->n_cap++;
  else if (is_connector (w, len))
    shape->n_connector++;
  else
    shape->n_lower++;

  if (shape->n_words == 0)
    shape->first_cap = cap && !g_unichar_isdigit (first);
  shape->last_cap = cap;
  shape->n_words++;
}

static void
analyse_name (const char *s,
              gsize       len,
              NameShape  *shape)
{
  const char *end = s + len;
  const char *word = NULL;
  guint word_chars = 0;

  memset (shape, 0, sizeof *shape);

  for (const char *p = s; p <= end; )
    {
      gunichar c = p < end ? g_utf8_get_char (p) : ' ';

      if (is_space (c))
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

          if (is_cjk (c))
            {
              shape->has_cjk = TRUE;
              if (is_cjk_function_char (c))
                shape->has_function_char = TRUE;
            }
          else if (g_unichar_isalpha (c) || g_unichar_ismark (c))
            {
              if (g_unichar_isupper (c))
                shape->n_upper_letters++;
              else if (g_unichar_islower (c))
                shape->n_lower_letters++;
            }
          else if (g_unichar_isdigit (c))
            shape->has_digit = TRUE;
          else if (!strchr ("-'.&/()", (int) (c < 128 ? c : 'x')) &&
                   c != 0x2019 && c != 0x00B7 && c != 0x30FB)
            shape->bad = TRUE;
        }

      if (p == end)
        break;
      p = g_utf8_next_char (p);
    }
}

/* Does this name part look like the name of a person or an outlet? */
static gboolean
shape_is_name (const NameShape *shape)
{
  return !shape->bad &&
         shape->n_words >= 1 && shape->n_words <= 8 &&
         shape->n_chars <= MAX_LABEL_CHARS &&
         shape->first_cap && shape->last_cap &&
         shape->n_lower == 0 &&
         !shape->has_function_char;
}

static gboolean
shape_is_all_caps (const NameShape *shape)
{
  return shape->n_upper_letters >= 2 && shape->n_lower_letters == 0;
}

/* --------------------------------------------------------------- labels */

static gboolean
name_is (const char *s,
         gsize       len,
         const char *word)
{
  return strlen (word) == len && strncmp (s, word, len) == 0;
}

static LabelType
special_label_type (const char *s,
                    gsize       len)
{
  if (name_is (s, len, "Q") || name_is (s, len, "QUESTION") ||
      name_is (s, len, "Question") || name_is (s, len, "问") ||
      name_is (s, len, "提问"))
    return LABEL_QUESTION;
  if (name_is (s, len, "A") || name_is (s, len, "ANSWER") ||
      name_is (s, len, "Answer") || name_is (s, len, "答") ||
      name_is (s, len, "回答"))
    return LABEL_ANSWER;
  return LABEL_NAME;
}

static void
trim_range (const char *s,
            gsize      *off,
            gsize      *len)
{
  while (*len > 0)
    {
      const char *p = s + *off;
      gunichar c = g_utf8_get_char (p);
      gsize n = g_utf8_next_char (p) - p;

      if (!is_space (c))
        break;
      *off += n;
      *len -= n;
    }
  while (*len > 0)
    {
      const char *e = s + *off + *len;
      const char *p = g_utf8_find_prev_char (s + *off, e);

      if (p == NULL || !is_space (g_utf8_get_char (p)))
        break;
      *len -= e - p;
    }
}

/* Recognises the shape of a label at the start of @line: "Name:" alone,
 * "NAME, TITLE: text", "MR. NAME: text", "Q: text", "Outlet (x):". Whether
 * it is accepted depends on what the document has shown so far. */
static void
parse_label (Line *line)
{
  const char *s = line->s;
  const char *end = s + line->len;
  const char *limit = s + MIN (line->len, MAX_LABEL_BYTES);
  const char *colon = NULL;
  const char *after = NULL;
  gsize name_off = 0, name_len, title_off = 0, title_len = 0;
  gsize paren_off = 0, paren_len = 0;
  gboolean standalone;
  NameShape shape;

  line->label_type = LABEL_NONE;

  for (const char *p = s; p < limit; p++)
    {
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
  if (colon == NULL || colon == s)
    return;

  standalone = after == end;
  if (!standalone && *colon == ':' && *after != ' ' && *after != '\t')
    return;   /* "10:30", "http://" */
  line->text_off = after - s;
  while (line->text_off < line->len && (s[line->text_off] == ' ' || s[line->text_off] == '\t'))
    line->text_off++;

  name_len = colon - s;
  trim_range (s, &name_off, &name_len);

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

          paren_off = open - s + open_len;
          paren_len = s + name_off + name_len - close_len - (open + open_len);
          trim_range (s, &paren_off, &paren_len);
          name_len = open - (s + name_off);
          trim_range (s, &name_off, &name_len);
          if (paren_len == 0 || name_len == 0)
            return;
          /* "China Central Television (CCTV)" is a name; only Q/A carry an
           * outlet in parentheses */
          if (special_label_type (s + name_off, name_len) == LABEL_NAME)
            {
              name_len = (colon - s);
              name_off = 0;
              trim_range (s, &name_off, &name_len);
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
          trim_range (s, &title_off, &title_len);
          name_len = p - (s + name_off);
          trim_range (s, &name_off, &name_len);
          break;
        }
    }
  if (name_len == 0)
    return;

  line->name_off = name_off;
  line->name_len = name_len;
  line->title_off = title_off;
  line->title_len = title_len;
  line->paren_off = paren_off;
  line->paren_len = paren_len;

  line->label_type = special_label_type (s + name_off, name_len);
  if (line->label_type != LABEL_NAME)
    {
      if (title_len > 0)
        line->label_type = LABEL_NONE;
      line->strength = STRENGTH_STRONG;
      return;
    }

  analyse_name (s + name_off, name_len, &shape);
  if (!shape_is_name (&shape))
    {
      line->label_type = LABEL_NONE;
      return;
    }

  if (title_len > 0)
    {
      NameShape title_shape;

      analyse_name (s + title_off, title_len, &title_shape);
      if (title_shape.bad || title_shape.n_chars > MAX_TITLE_CHARS)
        {
          line->label_type = LABEL_NONE;
          return;
        }
      /* "Next, we will focus on these areas:" is prose; "ANNA BERG,
       * MINISTER:" and "Tom Reed, Daily Herald:" are labels */
      line->titled_ok = (shape_is_all_caps (&shape) && shape.n_words >= 1 &&
                         (shape_is_all_caps (&title_shape) || title_shape.n_lower == 0)) ||
                        (shape.n_words >= 2 && shape.n_connector == 0) ||
                        shape.has_cjk;
    }

  if (standalone)
    line->strength = STRENGTH_STRONG;
  else if (shape.honorific && shape.n_words >= 2)
    line->strength = STRENGTH_STRONG;
  else if (shape_is_all_caps (&shape) && shape.n_words >= 2)
    line->strength = STRENGTH_STRONG;
  else
    line->strength = STRENGTH_WEAK;
  line->multiword = shape.n_words >= 2 && shape.n_lower == 0;
}

static gboolean
is_footer_mark (const char *s,
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

/* ---------------------------------------------------------------- dates */

static const char * const month_names[] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december",
};

static int
month_from_word (const char *w,
                 gsize       len)
{
  if (len < 3)
    return 0;
  for (int i = 0; i < 12; i++)
    {
      gsize full = strlen (month_names[i]);

      if ((len == full || len == 3 || (i == 8 && len == 4)) &&
          len <= full && g_ascii_strncasecmp (w, month_names[i], len) == 0)
        return i + 1;
    }
  return 0;
}

typedef struct
{
  gsize off;
  gsize len;
  gboolean number;
} Token;

static gboolean
make_date (int    year,
           int    month,
           int    day,
           char **out)
{
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  *out = g_strdup_printf ("%04d-%02d-%02d", year, month, day);
  return TRUE;
}

static int
parse_number (const char *s,
              gsize       len)
{
  int value = 0;

  if (len == 0 || len > 4)
    return -1;
  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return -1;
      value = value * 10 + (s[i] - '0');
    }
  return value;
}

/* Finds a date in @s; on success returns TRUE with the ISO date and the
 * byte range the date occupies. */
static gboolean
find_date (const char *s,
           gsize       len,
           char      **iso,
           gsize      *date_start,
           gsize      *date_end)
{
  Token tokens[64];
  guint n_tokens = 0;
  gsize i = 0;

  /* YYYY-MM-DD and YYYY年M月D日 */
  for (gsize k = 0; k + 4 <= len; k++)
    {
      int year, month, day;
      gsize j;

      if ((k > 0 && g_ascii_isdigit (s[k - 1])) || parse_number (s + k, 4) < 0)
        continue;
      year = parse_number (s + k, 4);
      j = k + 4;
      if (j < len && s[j] == '-')
        {
          gsize m0 = ++j, d0;

          while (j < len && g_ascii_isdigit (s[j]))
            j++;
          month = parse_number (s + m0, j - m0);
          if (j >= len || s[j] != '-')
            continue;
          d0 = ++j;
          while (j < len && g_ascii_isdigit (s[j]))
            j++;
          day = parse_number (s + d0, j - d0);
          if (j - d0 <= 2 && j - m0 <= 5 && make_date (year, month, day, iso))
            {
              *date_start = k;
              *date_end = j;
              return TRUE;
            }
        }
      else if (len - j >= 3 && memcmp (s + j, "年", 3) == 0)
        {
          gsize m0 = j += 3, d0;

          while (j < len && g_ascii_isdigit (s[j]))
            j++;
          month = parse_number (s + m0, j - m0);
          if (len - j < 3 || memcmp (s + j, "月", 3) != 0)
            continue;
          d0 = j += 3;
          while (j < len && g_ascii_isdigit (s[j]))
            j++;
          day = parse_number (s + d0, j - d0);
          if (len - j >= 3 && memcmp (s + j, "日", 3) == 0 &&
              make_date (year, month, day, iso))
            {
              *date_start = k;
              *date_end = j + 3;
              return TRUE;
            }
        }
    }

  /* "July 16, 2021", "Jul. 16 2021", "16 July 2021" */
  while (i < len && n_tokens < G_N_ELEMENTS (tokens))
    {
      gsize start = i;

      if (g_ascii_isdigit (s[i]))
        {
          while (i < len && g_ascii_isdigit (s[i]))
            i++;
          tokens[n_tokens++] = (Token) { start, i - start, TRUE };
        }
      else if (g_ascii_isalpha (s[i]))
        {
          while (i < len && g_ascii_isalpha (s[i]))
            i++;
          tokens[n_tokens++] = (Token) { start, i - start, FALSE };
        }
      else
        i++;
    }

  for (guint t = 0; t < n_tokens; t++)
    {
      int month;

      if (tokens[t].number)
        continue;
      month = month_from_word (s + tokens[t].off, tokens[t].len);
      if (month == 0)
        continue;

      if (t + 2 < n_tokens && tokens[t + 1].number && tokens[t + 2].number &&
          tokens[t + 1].len <= 2 && tokens[t + 2].len == 4 &&
          make_date (parse_number (s + tokens[t + 2].off, 4), month,
                     parse_number (s + tokens[t + 1].off, tokens[t + 1].len), iso))
        {
          *date_start = tokens[t].off;
          *date_end = tokens[t + 2].off + 4;
          return TRUE;
        }
      if (t >= 1 && t + 1 < n_tokens && tokens[t - 1].number && tokens[t + 1].number &&
          tokens[t - 1].len <= 2 && tokens[t + 1].len == 4 &&
          make_date (parse_number (s + tokens[t + 1].off, 4), month,
                     parse_number (s + tokens[t - 1].off, tokens[t - 1].len), iso))
        {
          *date_start = tokens[t - 1].off;
          *date_end = tokens[t + 1].off + 4;
          return TRUE;
        }
    }

  return FALSE;
}

/* "Beijing | 10 a.m. July 16, 2021" -> "Beijing"; "Geneva, 3 May 2022" ->
 * "Geneva". Only a short name-like segment before the date is a place. */
static char *
find_place (const char *s,
            gsize       date_start)
{
  gsize off = 0, len = date_start;
  const char *sep = NULL;
  NameShape shape;

  for (const char *p = s; p < s + date_start; p++)
    if (*p == '|' || *p == ',' || (s + date_start - p >= 3 &&
                                   (memcmp (p, "—", 3) == 0 || memcmp (p, "｜", 3) == 0 ||
                                    memcmp (p, "，", 3) == 0)))
      {
        sep = p;
        break;
      }
  if (sep == NULL)
    return NULL;

  len = sep - s;
  trim_range (s, &off, &len);
  if (len == 0)
    return NULL;
  analyse_name (s + off, len, &shape);
  if (!shape_is_name (&shape) || shape.has_digit || shape.n_words > 4 ||
      month_from_word (s + off, len) != 0)
    return NULL;
  return g_strndup (s + off, len);
}

/* "Tian Yulong, a member of ..." or "田玉龙，工业和信息化部..." */
static gboolean
parse_participant (const Line *line,
                   char      **name,
                   char      **role)
{
  const char *s = line->s;
  const char *end = s + line->len;
  gsize name_len = 0, comma_len = 0;
  gsize noff = 0, roff, rlen, role_start;
  gboolean spaced = FALSE;
  NameShape shape;

  for (const char *p = s; p < end && p - s < 80; p++)
    {
      if (*p == ',')
        comma_len = 1;
      else if (end - p >= 3 && (memcmp (p, "，", 3) == 0 || memcmp (p, "：", 3) == 0))
        comma_len = 3;
      if (comma_len > 0)
        {
          name_len = p - s;
          break;
        }
    }
  if (comma_len == 0)
    {
      /* "田玉龙 工业和信息化部总工程师": a CJK name, a space, the role */
      for (const char *p = s; p < end && p - s < 40; p = g_utf8_next_char (p))
        if (is_space (g_utf8_get_char (p)))
          {
            name_len = p - s;
            comma_len = g_utf8_next_char (p) - p;
            break;
          }
      if (comma_len == 0 || !is_cjk (g_utf8_get_char (s)))
        return FALSE;
      analyse_name (s, name_len, &shape);
      if (!shape.has_cjk || shape.n_words != 1 || shape.n_chars > 4)
        return FALSE;
      spaced = TRUE;
    }

  /* before trimming: the separator follows the untrimmed name */
  role_start = name_len + comma_len;
  trim_range (s, &noff, &name_len);
  if (name_len == 0)
    return FALSE;
  analyse_name (s + noff, name_len, &shape);
  if (!shape_is_name (&shape) || shape.has_digit || shape.n_connector > 1)
    return FALSE;
  if (shape.has_cjk ? (shape.n_chars < 2 || shape.n_chars > 6)
                    : (shape.n_words < 2 || shape.n_words > 5))
    return FALSE;
  if (month_from_word (s + noff, name_len) != 0)
    return FALSE;

  roff = role_start;
  while (roff < line->len && (s[roff] == ',' || s[roff] == ' '))
    roff++;
  rlen = line->len - roff;
  trim_range (s, &roff, &rlen);
  if (rlen == 0 || has_question_mark (s + roff, rlen))
    return FALSE;
  if (spaced && !is_cjk (g_utf8_get_char (s + roff)))
    return FALSE;

  *name = g_strndup (s + noff, name_len);
  *role = g_strndup (s + roff, rlen);
  return TRUE;
}

/* ------------------------------------------------------------- speakers */

static char *
casefold_range (const char *s,
                gsize       len)
{
  return g_utf8_casefold (s, (gssize) len);
}

static int
lookup_index (GHashTable *table,
              const char *key)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (table, key));
}

static void
register_short_forms (Importer   *self,
                      int         index,
                      const char *name)
{
  const char *p = name;
  NameShape shape;

  analyse_name (name, strlen (name), &shape);

  /* a CJK name's first character is the family name */
  if (shape.has_cjk && shape.n_words == 1 && shape.n_chars >= 2 && shape.n_chars <= 4)
    {
      g_autofree char *key = g_strndup (name, g_utf8_next_char (name) - name);
      int old = lookup_index (self->short_forms, key);

      g_hash_table_replace (self->short_forms, g_steal_pointer (&key),
                            GINT_TO_POINTER (old == 0 || old == index + 1 ? index + 1 : -1));
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

      if (len >= 2 && !is_connector (w, len) && !is_honorific (w, len))
        {
          char *key = casefold_range (w, len);
          int old = lookup_index (self->short_forms, key);

          g_hash_table_replace (self->short_forms, key,
                                GINT_TO_POINTER (old == 0 || old == index + 1 ? index + 1 : -1));
        }
    }
}

static int
add_speaker (Importer   *self,
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
resolve_speaker (Importer   *self,
                 const char *s,
                 gsize       len)
{
  g_autofree char *key = casefold_range (s, len);
  const char *space;
  int index;

  index = lookup_index (self->lookup, key);
  if (index > 0)
    return index - 1;

  space = strchr (key, ' ');
  if (space != NULL && is_honorific (key, space - key))
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

static gboolean
label_is_accepted (Importer *self,
                   Line     *line)
{
  g_autofree char *key = NULL;

  if (line->label_type == LABEL_NONE || line->footer_mark)
    return FALSE;
  if (line->label_type != LABEL_NAME)
    return TRUE;

  line->speaker = resolve_speaker (self, line->s + line->name_off, line->name_len);
  if (line->speaker >= 0)
    return TRUE;
  if (line->title_len > 0 && !line->titled_ok)
    return FALSE;
  if (line->strength == STRENGTH_STRONG)
    return TRUE;
  /* where turns are written "Name: text", an unknown name of several
   * capitalised words, or one whose text asks, opens a turn too */
  if (self->n_inline > 0 && (line->multiword || line->has_question))
    return TRUE;

  key = casefold_range (line->s + line->name_off, line->name_len);
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->label_counts, key)) >= 2;
}

/* ------------------------------------------------------- normalisation */

static char *
normalise (const char  *data,
           gsize        length,
           const char  *source,
           gsize       *out_length,
           GError     **error)
{
  const char *end = NULL;
  gsize skip = 0;
  GString *out;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    skip = 3;

  if (!g_utf8_validate_len (data + skip, length - skip, &end))
    {
      g_autofree char *where = g_strdup_printf ("%" G_GSIZE_FORMAT, (gsize) (end - data));

      if (*end == '\0')
        g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_NUL,
                     _("%s: NUL byte at byte %s: not a text file"), source, where);
      else
        g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_INVALID_UTF8,
                     _("%s: invalid UTF-8 at byte %s"), source, where);
      return NULL;
    }

  out = g_string_sized_new (length - skip + 1);
  for (const char *p = data + skip, *stop = data + length; p < stop; )
    {
      const char *cr = memchr (p, '\r', stop - p);

      if (cr == NULL)
        {
          g_string_append_len (out, p, stop - p);
          break;
        }
      g_string_append_len (out, p, cr - p);
      g_string_append_c (out, '\n');
      p = cr + 1;
      if (p < stop && *p == '\n')
        p++;
    }

  *out_length = out->len;
  return g_string_free (out, FALSE);
}

static gboolean
is_blank (const char *s,
          gsize       len)
{
  for (const char *p = s, *end = s + len; p < end; )
    {
      if ((guchar) *p < 0x80)
        {
          if (!g_ascii_isspace (*p))
            return FALSE;
          p++;
        }
      else
        {
          if (!is_space (g_utf8_get_char (p)))
            return FALSE;
          p = g_utf8_next_char (p);
        }
    }
  return TRUE;
}

/* valid UTF-8: every byte that is not a continuation byte starts a character */
static guint
count_chars (const char *s,
             gsize       len)
{
  guint n = 0;

  for (gsize i = 0; i < len; i++)
    n += ((guchar) s[i] & 0xC0) != 0x80;
  return n;
}

/* Splits the text into trimmed non-blank lines with code-point offsets,
 * counted incrementally so the whole pass stays linear. */
static GArray *
split_lines (const char *text,
             gsize       size)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (Line));
  const char *p = text;
  const char *end = text + size;
  guint offset = 0;
  guint gap = 0;

  while (p <= end)
    {
      const char *nl = memchr (p, '\n', end - p);
      const char *stop = nl != NULL ? nl : end;
      gsize off = 0, len = stop - p;
      guint n_chars = count_chars (p, stop - p);

      trim_range (p, &off, &len);
      if (len == 0)
        gap++;
      else
        {
          Line line = { 0, };

          line.s = p + off;
          line.len = len;
          line.cstart = offset + count_chars (p, off);
          line.cend = line.cstart + count_chars (p + off, len);
          line.gap = gap;
          line.has_question = has_question_mark (line.s, len);
          line.footer_mark = is_footer_mark (line.s, len);
          line.speaker = -1;
          parse_label (&line);
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

static const char *
guess_language (const char *text,
                gsize       size)
{
  guint latin = 0, han = 0, kana = 0, hangul = 0;

  for (const char *p = text, *end = text + size; p < end; )
    {
      if ((guchar) *p < 0x80)
        {
          if (g_ascii_isalpha (*p))
            latin++;
          p++;
          continue;
        }
      else
        {
          gunichar c = g_utf8_get_char (p);

          if (c >= 0x2E80)
            switch ((int) g_unichar_get_script (c))
              {
              case G_UNICODE_SCRIPT_HAN: han++; break;
              case G_UNICODE_SCRIPT_HIRAGANA:
              case G_UNICODE_SCRIPT_KATAKANA: kana++; break;
              case G_UNICODE_SCRIPT_HANGUL: hangul++; break;
              default: break;
              }
          else if (g_unichar_isalpha (c))
            latin++;
          p = g_utf8_next_char (p);
        }
    }

  /* an English word is several letters, a CJK word one or two characters */
  if ((guint64) (han + kana + hangul) * 3 <= latin || han + kana + hangul == 0)
    return "en";
  if (hangul > han + kana)
    return "ko";
  if (kana * 10 > han)
    return "ja";
  return "zh";
}

/* ---------------------------------------------------------------- turns */

static Line *
line_at (Importer *self,
         guint     index)
{
  return &g_array_index (self->lines, Line, index);
}

static char *
line_dup (const Line *line,
          gsize       off,
          gsize       len)
{
  return g_strndup (line->s + off, len);
}

/* Who asks: "Reuters reporter" -> "Reuters", "新华社记者" -> "新华社",
 * "Reporter" -> NULL. Generic words only, never names. */
static char *
outlet_from_label (const char *name)
{
  static const char * const generic[] = {
    "reporter", "journalist", "correspondent", "记者",
  };
  g_autofree char *folded = g_utf8_casefold (name, -1);
  gsize len = strlen (folded);

  for (guint i = 0; i < G_N_ELEMENTS (generic); i++)
    {
      gsize n = strlen (generic[i]);

      if (strcmp (folded, generic[i]) == 0)
        return NULL;
      /* casefolding keeps ASCII lengths, so the prefix length carries over */
      if (len > n && strcmp (folded + len - n, generic[i]) == 0 && strlen (name) == len)
        {
          gsize off = 0, plen = len - n;

          trim_range (name, &off, &plen);
          return plen > 0 ? g_strndup (name + off, plen) : NULL;
        }
    }
  return g_strdup (name);
}

/* A paragraph that asks: it holds a question mark and ends with it, or with
 * a short courtesy after it ("…implemented? Thank you."). */
static gboolean
paragraph_asks (Importer *self,
                guint     first,
                guint     last)
{
  const Line *line = line_at (self, last);
  const char *q = NULL;
  gboolean any = FALSE;

  for (guint i = first; i <= last; i++)
    any |= line_at (self, i)->has_question;
  if (!any)
    return FALSE;
  if (!line->has_question)
    return FALSE;

  for (const char *p = line->s + line->len; p > line->s; p--)
    if (p[-1] == '?' || (p - line->s >= 3 && memcmp (p - 3, "？", 3) == 0))
      {
        q = p;
        break;
      }
  return q != NULL && (line->s + line->len - q) <= 40;
}

/* Index of the line where an unlabelled question starts at the end of the
 * turn running from @first to @last, or 0 if there is none. */
static guint
find_unlabelled_question (Importer *self,
                          guint     first,
                          guint     last)
{
  const Line *label = line_at (self, first);
  /* the first paragraph stays with the turn: the label line itself when the
   * text follows the label, else the line after it */
  guint body = label->is_label && label->text_off >= label->len ? first + 1 : first;
  guint para = 0;

  /* a wider gap than between paragraphs, then a question */
  for (guint i = last; i > body; i--)
    {
      if (line_at (self, i)->gap >= 2)
        {
          gboolean any = FALSE;

          for (guint j = i; j <= last; j++)
            any |= line_at (self, j)->has_question;
          if (any)
            return i;
          break;
        }
    }

  /* otherwise the last paragraph, if it asks */
  for (guint i = last; i > body; i--)
    if (line_at (self, i)->gap >= 1)
      {
        para = i;
        break;
      }
  if (para > body && paragraph_asks (self, para, last))
    return para;

  return 0;
}

static void
raw_turn_clear (RawTurn *turn)
{
  g_clear_pointer (&turn->outlet, g_free);
}

static void
classify_speakers (Importer *self,
                   GArray   *raw,
                   gboolean  have_list)
{
  int first_speaker = -1;

  for (guint i = 0; i < raw->len; i++)
    {
      RawTurn *turn = &g_array_index (raw, RawTurn, i);
      Speaker *speaker;
      gboolean asking = FALSE;

      if (turn->speaker < 0)
        continue;
      speaker = g_ptr_array_index (self->speakers, turn->speaker);
      for (guint j = turn->first; j <= turn->last; j++)
        asking |= line_at (self, j)->has_question;
      speaker->n_turns++;
      if (asking)
        speaker->n_asking++;
      if (first_speaker < 0)
        first_speaker = turn->speaker;
    }

  for (guint i = 0; i < self->speakers->len; i++)
    {
      Speaker *speaker = g_ptr_array_index (self->speakers, i);

      if (speaker->participant || (int) i == first_speaker || self->question_style)
        speaker->role = ROLE_OFFICIAL;
      else if (have_list)
        speaker->role = speaker->n_turns >= 2 && speaker->n_asking == 0 ? ROLE_OFFICIAL : ROLE_ASKER;
      else
        speaker->role = speaker->n_turns > 0 && speaker->n_asking == speaker->n_turns ?
                        ROLE_ASKER : ROLE_OFFICIAL;
    }
}

static gboolean
turn_is_official (Importer      *self,
                  const RawTurn *turn)
{
  if (turn->type == LABEL_ANSWER)
    return TRUE;
  if (turn->type != LABEL_NAME || turn->speaker < 0)
    return FALSE;
  return ((Speaker *) g_ptr_array_index (self->speakers, turn->speaker))->role == ROLE_OFFICIAL;
}

static void
emit_turns (Importer *self,
            GArray   *raw)
{
  int moderator = -1;
  int current_question = -1;
  gboolean floor_open = FALSE;

  /* the moderator speaks first and hands over to other officials before
   * any question is asked */
  if (raw->len > 0)
    {
      RawTurn *first = &g_array_index (raw, RawTurn, 0);

      if (turn_is_official (self, first) && first->type == LABEL_NAME)
        for (guint i = 1; i < raw->len; i++)
          {
            RawTurn *turn = &g_array_index (raw, RawTurn, i);

            if (!turn_is_official (self, turn))
              break;
            if (turn->type == LABEL_NAME && turn->speaker != first->speaker)
              {
                moderator = first->speaker;
                break;
              }
          }

      /* ... and never takes a question first: whoever does is an official
       * who opened the briefing, not a moderator */
      for (guint i = 1; moderator >= 0 && i < raw->len; i++)
        {
          RawTurn *turn = &g_array_index (raw, RawTurn, i);
          RawTurn *prev = &g_array_index (raw, RawTurn, i - 1);

          if (turn->speaker == moderator && !turn_is_official (self, prev) &&
              prev->type != LABEL_ANSWER)
            moderator = -1;
        }
    }

  for (guint i = 0; i < raw->len; i++)
    {
      RawTurn *turn = &g_array_index (raw, RawTurn, i);
      RawTurn *next = i + 1 < raw->len ? &g_array_index (raw, RawTurn, i + 1) : NULL;
      const Speaker *speaker = turn->speaker >= 0 ? g_ptr_array_index (self->speakers, turn->speaker) : NULL;
      gboolean is_moderator = moderator >= 0 && turn->speaker == moderator;
      guint last = turn->last;
      guint split = 0;
      guint index;

      if (turn_is_official (self, turn) && floor_open && next != NULL &&
          turn_is_official (self, next) &&
          (next->type == LABEL_ANSWER || moderator < 0 || next->speaker != moderator))
        {
          split = find_unlabelled_question (self, turn->first, turn->last);
          if (split > 0)
            last = split - 1;
        }

      if (turn->type == LABEL_QUESTION || (speaker != NULL && speaker->role == ROLE_ASKER))
        {
          index = gloss_transcript_add_turn (self->transcript, GLOSS_TURN_QUESTION,
                                             line_at (self, turn->first)->cstart,
                                             line_at (self, last)->cend,
                                             speaker ? speaker->name : NULL,
                                             turn->outlet, -1);
          current_question = (int) index;
          floor_open = TRUE;
        }
      else
        {
          GlossTurnKind kind = GLOSS_TURN_REMARKS;

          if (!is_moderator && current_question >= 0)
            kind = GLOSS_TURN_ANSWER;
          gloss_transcript_add_turn (self->transcript, kind,
                                     line_at (self, turn->first)->cstart,
                                     line_at (self, last)->cend,
                                     speaker ? speaker->name : NULL, NULL,
                                     kind == GLOSS_TURN_ANSWER ? current_question : -1);
          if (!is_moderator)
            floor_open = TRUE;
        }

      if (split > 0)
        {
          current_question = (int) gloss_transcript_add_turn (self->transcript, GLOSS_TURN_QUESTION,
                                                              line_at (self, split)->cstart,
                                                              line_at (self, turn->last)->cend,
                                                              NULL, NULL, -1);
          floor_open = TRUE;
        }
    }
}

static void
build_turns (Importer   *self,
             const char *source)
{
  GArray *lines = self->lines;
  guint n = lines->len;
  guint first_label = n;
  guint last_label = 0;
  guint footer = n;
  guint header_end = 0;   /* exclusive */
  gboolean have_list = FALSE;
  gboolean have_date = FALSE;
  g_autoptr(GArray) raw = g_array_new (FALSE, TRUE, sizeof (RawTurn));

  g_array_set_clear_func (raw, (GDestroyNotify) raw_turn_clear);

  /* names repeated as labels are labels even without other evidence */
  for (guint i = 0; i < n; i++)
    {
      Line *line = line_at (self, i);

      if (line->label_type == LABEL_NAME)
        {
          char *key = casefold_range (line->s + line->name_off, line->name_len);
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (self->label_counts, key));

          g_hash_table_replace (self->label_counts, key, GUINT_TO_POINTER (count + 1));
        }
      else if (line->label_type == LABEL_QUESTION)
        self->question_style = TRUE;
    }

  /* the header: everything before the first label */
  for (guint i = 0; i < n; i++)
    {
      Line *line = line_at (self, i);
      g_autofree char *name = NULL;
      g_autofree char *role = NULL;

      if (i > 0 && label_is_accepted (self, line))
        {
          /* "Speakers:" heading a list of "Name, role" lines */
          if (i + 1 < n && line->label_type == LABEL_NAME && line->text_off >= line->len &&
              parse_participant (line_at (self, i + 1), &name, &role))
            {
              g_clear_pointer (&name, g_free);
              g_clear_pointer (&role, g_free);
              line->label_type = LABEL_NONE;
              continue;
            }
          first_label = i;
          break;
        }
      if (i == 0 && line->label_type != LABEL_NONE && !line->footer_mark &&
          (line->label_type != LABEL_NAME ||
           (line->text_off >= line->len && line->title_len == 0)))
        {
          /* the text starts with a turn */
          first_label = 0;
          break;
        }

      if (i == 0)
        {
          g_autofree char *title = line_dup (line, 0, line->len);

          gloss_transcript_set_title (self->transcript, title);
          header_end = 1;
          continue;
        }
      if (!have_date)
        {
          g_autofree char *iso = NULL;
          gsize ds, de;

          if (find_date (line->s, line->len, &iso, &ds, &de))
            {
              g_autofree char *place = find_place (line->s, ds);

              gloss_transcript_set_date (self->transcript, iso);
              if (place != NULL)
                gloss_transcript_set_place (self->transcript, place);
              have_date = TRUE;
              header_end = i + 1;
              continue;
            }
        }
      if (parse_participant (line, &name, &role))
        {
          if (resolve_speaker (self, name, strlen (name)) < 0)
            add_speaker (self, name, TRUE);
          gloss_transcript_add_participant (self->transcript, name, role);
          have_list = TRUE;
          header_end = i + 1;
        }
    }

  if (gloss_transcript_get_title (self->transcript) == NULL)
    {
      g_autofree char *title = g_strdup (source);
      char *dot = strrchr (title, '.');

      if (dot != NULL && dot != title)
        *dot = '\0';
      gloss_transcript_set_title (self->transcript, title);
    }

  /* the title's date, when no other line gives one */
  if (!have_date && n > 0)
    {
      g_autofree char *iso = NULL;
      gsize ds, de;

      if (find_date (line_at (self, 0)->s, line_at (self, 0)->len, &iso, &ds, &de))
        gloss_transcript_set_date (self->transcript, iso);
    }

  /* labels of the body */
  for (guint i = first_label; i < n; i++)
    {
      Line *line = line_at (self, i);

      if (!label_is_accepted (self, line))
        continue;
      line->is_label = TRUE;
      if (line->text_off < line->len)
        self->n_inline++;
      last_label = i;
      if (line->label_type == LABEL_NAME && line->speaker < 0)
        {
          g_autofree char *name = line_dup (line, line->name_off, line->name_len);

          line->speaker = add_speaker (self, name, FALSE);
        }
      if (line->label_type == LABEL_NAME && line->title_len > 0)
        {
          Speaker *speaker = g_ptr_array_index (self->speakers, line->speaker);

          if (speaker->title == NULL)
            speaker->title = line_dup (line, line->title_off, line->title_len);
        }
    }

  for (guint i = first_label < n ? last_label + 1 : header_end; i < n; i++)
    if (line_at (self, i)->footer_mark)
      {
        footer = i;
        break;
      }

  if (first_label < n)
    header_end = first_label;
  if (header_end > 0)
    gloss_transcript_add_turn (self->transcript, GLOSS_TURN_HEADER,
                               line_at (self, 0)->cstart,
                               line_at (self, header_end - 1)->cend,
                               NULL, NULL, -1);

  if (first_label >= n)
    {
      /* no labels: one turn of remarks by nobody in particular */
      if (header_end < footer)
        {
          RawTurn turn = { header_end, footer - 1, LABEL_NONE, -1, NULL };

          g_array_append_val (raw, turn);
        }
    }
  else
    {
      for (guint i = first_label; i < footer; i++)
        {
          Line *line = line_at (self, i);
          RawTurn turn = { i, i, line->label_type, line->speaker, NULL };

          if (!line->is_label)
            {
              g_array_index (raw, RawTurn, raw->len - 1).last = i;
              continue;
            }
          if (line->paren_len > 0)
            turn.outlet = line_dup (line, line->paren_off, line->paren_len);
          g_array_append_val (raw, turn);
        }
    }

  classify_speakers (self, raw, have_list);

  for (guint i = 0; i < raw->len; i++)
    {
      RawTurn *turn = &g_array_index (raw, RawTurn, i);
      Speaker *speaker;

      if (turn->speaker < 0 || turn->outlet != NULL)
        continue;
      speaker = g_ptr_array_index (self->speakers, turn->speaker);
      if (speaker->role == ROLE_ASKER)
        turn->outlet = speaker->title != NULL ? g_strdup (speaker->title)
                                              : outlet_from_label (speaker->name);
    }

  for (guint i = 0; i < self->speakers->len; i++)
    {
      Speaker *speaker = g_ptr_array_index (self->speakers, i);

      if (speaker->role == ROLE_OFFICIAL && speaker->title != NULL && !speaker->participant)
        gloss_transcript_add_participant (self->transcript, speaker->name, speaker->title);
    }

  emit_turns (self, raw);

  if (footer < n)
    gloss_transcript_add_turn (self->transcript, GLOSS_TURN_FOOTER,
                               line_at (self, footer)->cstart,
                               line_at (self, n - 1)->cend,
                               NULL, NULL, -1);
}

/* -------------------------------------------------------------- public */

GlossTranscript *
gloss_importer_import_data (const char  *data,
                            gsize        length,
                            const char  *source_name,
                            GError     **error)
{
  g_autofree char *text = NULL;
  g_autofree char *basename = NULL;
  g_autoptr(GlossTranscript) transcript = NULL;
  Importer self = { 0, };
  gsize size = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  basename = source_name != NULL ? g_path_get_basename (source_name) : g_strdup (_("transcript"));

  if (length >= G_MAXUINT)
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_TOO_LARGE,
                   _("%s: the text is too large to import"), basename);
      return NULL;
    }

  text = normalise (data != NULL ? data : "", length, basename, &size, error);
  if (text == NULL)
    return NULL;

  if (is_blank (text, size))
    {
      g_set_error (error, GLOSS_IMPORT_ERROR, GLOSS_IMPORT_ERROR_EMPTY,
                   size == 0 ? _("%s: the file is empty") :
                   _("%s: the file holds only white space"), basename);
      return NULL;
    }

  transcript = gloss_transcript_new (text, (gssize) size);
  gloss_transcript_set_source (transcript, basename);
  gloss_transcript_set_language (transcript, guess_language (text, size));

  self.transcript = transcript;
  self.lines = split_lines (gloss_transcript_get_text (transcript),
                            gloss_transcript_get_text_size (transcript));
  self.speakers = g_ptr_array_new_with_free_func (speaker_free);
  self.lookup = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.short_forms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.label_counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  build_turns (&self, basename);

  g_array_unref (self.lines);
  g_ptr_array_unref (self.speakers);
  g_hash_table_unref (self.lookup);
  g_hash_table_unref (self.short_forms);
  g_hash_table_unref (self.label_counts);

  return g_steal_pointer (&transcript);
}

GlossTranscript *
gloss_importer_import_file (GFile   *file,
                            GError **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *basename = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!gloss_file_read_limited (file, GLOSS_IMPORT_MAX_SIZE, GLOSS_IMPORT_ERROR,
                                GLOSS_IMPORT_ERROR_IO,
                                GLOSS_IMPORT_ERROR_NOT_REGULAR,
                                GLOSS_IMPORT_ERROR_TOO_LARGE,
                                &contents, &length, error))
    return NULL;

  basename = g_file_get_basename (file);
  return gloss_importer_import_data (contents, length, basename, error);
}
