#include "config.h"

#include <string.h>

#include "gloss-header.h"
#include "gloss-label.h"
#include "gloss-turn-detect.h"

/* ---------------------------------------------------------------- dates */

static const char * const month_names[] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december",
};

int
_gloss_month_from_word (const char *w,
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

gboolean
_gloss_find_date (const char  *s,
                  gsize        len,
                  char       **iso,
                  gsize       *date_start,
                  gsize       *date_end)
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
      month = _gloss_month_from_word (s + tokens[t].off, tokens[t].len);
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

/* Only a short name-like segment before the date is a place. */
char *
_gloss_find_place (const char *s,
                   gsize       date_start)
{
  gsize off = 0, len = date_start;
  const char *sep = NULL;
  GlossNameShape shape;

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
  _gloss_trim_range (s, &off, &len);
  if (len == 0)
    return NULL;
  _gloss_analyse_name (s + off, len, &shape);
  if (!_gloss_shape_is_name (&shape) || shape.has_digit || shape.n_words > 4 ||
      _gloss_month_from_word (s + off, len) != 0)
    return NULL;
  return g_strndup (s + off, len);
}

gboolean
_gloss_parse_participant (const char  *s,
                          gsize        len,
                          char       **name,
                          char       **role)
{
  const char *end = s + len;
  gsize name_len = 0, comma_len = 0;
  gsize noff = 0, roff, rlen, role_start;
  gboolean spaced = FALSE;
  GlossNameShape shape;

  /* "- Ruth Alvarez, mayor": a list of participants */
  if (len > 2 && (s[0] == '-' || s[0] == '*') && s[1] == ' ')
    return _gloss_parse_participant (s + 2, len - 2, name, role);
  if (len > 4 && memcmp (s, "• ", 4) == 0)
    return _gloss_parse_participant (s + 4, len - 4, name, role);

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
        if (_gloss_is_space (g_utf8_get_char (p)))
          {
            name_len = p - s;
            comma_len = g_utf8_next_char (p) - p;
            break;
          }
      if (comma_len == 0 || !_gloss_is_cjk (g_utf8_get_char (s)))
        return FALSE;
      _gloss_analyse_name (s, name_len, &shape);
      if (!shape.has_cjk || shape.n_words != 1 || shape.n_chars > 4)
        return FALSE;
      spaced = TRUE;
    }

  /* before trimming: the separator follows the untrimmed name */
  role_start = name_len + comma_len;
  _gloss_trim_range (s, &noff, &name_len);
  if (name_len == 0)
    return FALSE;
  _gloss_analyse_name (s + noff, name_len, &shape);
  if (!_gloss_shape_is_name (&shape) || shape.has_digit || shape.n_connector > 1)
    return FALSE;
  if (shape.has_cjk ? (shape.n_chars < 2 || shape.n_chars > 6)
                    : (shape.n_words < 2 || shape.n_words > 5))
    return FALSE;
  if (_gloss_month_from_word (s + noff, name_len) != 0)
    return FALSE;

  roff = role_start;
  while (roff < len && (s[roff] == ',' || s[roff] == ' '))
    roff++;
  rlen = len - roff;
  _gloss_trim_range (s, &roff, &rlen);
  if (rlen == 0 || _gloss_has_question_mark (s + roff, rlen))
    return FALSE;
  /* a role is no sentence: "各位记者，上午好。" is a greeting */
  if (rlen >= 3 && (memcmp (s + roff + rlen - 3, "。", 3) == 0 ||
                    memcmp (s + roff + rlen - 3, "！", 3) == 0))
    return FALSE;
  if (spaced && !_gloss_is_cjk (g_utf8_get_char (s + roff)))
    return FALSE;

  *name = g_strndup (s + noff, name_len);
  *role = g_strndup (s + roff, rlen);
  return TRUE;
}


/* ---------------------------------------------------------------- title */

char *
_gloss_cap_title (const char *s,
                  gsize       len)
{
  const char *cut;
  const char *space = NULL;
  guint n = 0;

  if (_gloss_count_chars (s, len) <= GLOSS_TITLE_MAX_CHARS)
    return g_strndup (s, len);

  /* room for the ellipsis */
  cut = s;
  while (n < GLOSS_TITLE_MAX_CHARS - 1)
    {
      cut = g_utf8_next_char (cut);
      n++;
    }
  for (const char *p = cut; p > s && cut - p < 80; p--)
    if (p[-1] == ' ')
      {
        space = p - 1;
        break;
      }
  if (space != NULL)
    {
      gsize off = 0, keep = space - s;

      _gloss_trim_range (s, &off, &keep);
      /* "Briefing on trains, buses," -> "Briefing on trains, buses…" */
      while (keep > 0 && strchr (",;:|-", s[off + keep - 1]) != NULL)
        keep--;
      return g_strdup_printf ("%.*s…", (int) keep, s + off);
    }
  return g_strdup_printf ("%.*s…", (int) (cut - s), s);
}

/* "… response Harbourton |": the place a pasted header glued to its title,
 * a run of capitalised words after a lower-case word or a number; returns
 * where the title ends */
static gsize
split_glued_place (const char  *s,
                   gsize        end,
                   char       **place)
{
  gsize words[4];
  guint n = 0;
  gsize p = end;

  while (n < 4 && p > 0)
    {
      gsize w = p;

      while (w > 0 && s[w - 1] != ' ')
        w--;
      if (w == p)
        break;
      words[n++] = w;
      if (!g_unichar_isupper (g_utf8_get_char (s + w)))
        break;
      while (w > 0 && s[w - 1] == ' ')
        w--;
      p = w;
    }
  /* words[n - 1] is the word before the run */
  if (n < 2 || n > 4 || g_unichar_isupper (g_utf8_get_char (s + words[n - 1])))
    return end;
  {
    gsize off = words[n - 2], keep = end - words[n - 2];
    gsize title_end = words[n - 2];

    _gloss_trim_range (s, &off, &keep);
    while (title_end > 0 && s[title_end - 1] == ' ')
      title_end--;
    if (title_end == 0)
      return end;
    *place = g_strndup (s + off, keep);
    return title_end;
  }
}

char *
_gloss_title_from_heading (const char  *s,
                           gsize        len,
                           char       **place)
{
  g_autofree char *iso = NULL;
  gsize date_start, date_end;

  *place = NULL;

  /* a header pasted as one line: "Title Place | 10 a.m. July 16, 2021 …" */
  if (_gloss_find_date (s, MIN (len, (gsize) 2000), &iso, &date_start, &date_end) && date_start > 0)
    for (gsize p = date_start; p > 0; p--)
      if (s[p - 1] == '|' || (p >= 3 && memcmp (s + p - 3, "｜", 3) == 0))
        {
          gsize off = 0, keep = s[p - 1] == '|' ? p - 1 : p - 3;
          GlossNameShape shape;

          _gloss_trim_range (s, &off, &keep);
          _gloss_analyse_name (s + off, keep, &shape);
          if (shape.n_words < 2)
            break;
          keep = split_glued_place (s + off, keep, place);
          return _gloss_cap_title (s + off, keep);
        }

  if (_gloss_count_chars (s, len) <= GLOSS_TITLE_MAX_CHARS)
    return g_strndup (s, len);

  /* a long first line with a date: the title is what comes before it */
  g_clear_pointer (&iso, g_free);
  if (_gloss_find_date (s, MIN (len, (gsize) 2000), &iso, &date_start, &date_end) && date_start > 0)
    {
      gsize off = 0, keep = date_start;

      for (gsize p = date_start; p > 0; p--)
        if (s[p - 1] == '|' || (p >= 3 && (memcmp (s + p - 3, "｜", 3) == 0 ||
                                           memcmp (s + p - 3, "—", 3) == 0)))
          {
            keep = s[p - 1] == '|' ? p - 1 : p - 3;
            break;
          }
      _gloss_trim_range (s, &off, &keep);
      if (keep > 0 && _gloss_count_chars (s + off, keep) <= GLOSS_TITLE_MAX_CHARS)
        return g_strndup (s + off, keep);
    }
  return NULL;
}

/* ------------------------------------------------------------- language */

const char *
_gloss_guess_language (const char *text,
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
