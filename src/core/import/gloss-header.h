#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What a transcript's header says: dates, places, participants. Private to
 * src/core/import/. */

/* A date in @s ("July 16, 2021", "16 July 2021", "2021-07-16",
 * "2021年7月16日"): TRUE with the ISO date and the byte range it covers. */
gboolean _gloss_find_date         (const char  *s,
                                   gsize        len,
                                   char       **iso,
                                   gsize       *date_start,
                                   gsize       *date_end);

/* "Beijing | 10 a.m. July 16, 2021" -> "Beijing": a short name-like segment
 * before the date at @date_start, or NULL */
char    *_gloss_find_place        (const char  *s,
                                   gsize        date_start);

/* "Tian Yulong, a member of ..." or "田玉龙，工业和信息化部..." */
gboolean _gloss_parse_participant (const char  *s,
                                   gsize        len,
                                   char       **name,
                                   char       **role);

/* "January" .. "December" and their abbreviations: 1..12, else 0 */
int      _gloss_month_from_word   (const char  *w,
                                   gsize        len);

/* a title of at most GLOSS_TITLE_MAX_CHARS characters, cut at a word
 * boundary with an ellipsis */
char    *_gloss_cap_title          (const char  *s,
                                    gsize        len);
/* the first line as a title: itself when short enough, else what comes
 * before its place and date; NULL when it is no heading but running text */
char    *_gloss_title_from_heading (const char  *s,
                                    gsize        len,
                                    char       **place);

/* "en", "zh", "ja" or "ko" from the scripts of @text */
const char *_gloss_guess_language  (const char  *text,
                                    gsize        size);

G_END_DECLS
