#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "gloss-claim-index.h"
#include "gloss-topic-markup.h"
#include "gloss-transcript-view.h"
#include "gloss-tooltips.h"

/* widest comfortable line, in average characters */
#define LINE_LENGTH 80
#define MIN_MARGIN 18
#define QUESTION_PADDING 10   /* less than MIN_MARGIN */
#define QUESTION_INDENT 28
#define FLASH_MS 1000

struct _GlossTranscriptView
{
  GtkTextView parent_instance;

  GlossProject *project;
  /* which of the project's texts the view shows */
  GlossTextRole role;
  /* the project given; self->project is it only while it has that text */
  GlossProject *owner;
  /* mirror of the project's claims, so removed ones still give their range */
  GlossClaimIndex *claims;
  /* claim -> the span it was highlighted at (packed): a moved claim
   * already has its new span when the project says it changed, and its
   * old place must lose its highlight */
  GHashTable *shown_spans;
  /* topic id -> GtkTextTag */
  GHashTable *topic_tags;

  GtkTextTag *heading_tag;
  GtkTextTag *label_tag;
  GtkTextTag *question_tag;
  GdkRGBA question_bg;
  GtkTextTag *dim_tag;
  GtkTextTag *untagged_tag;
  GtkTextTag *overlap_tag;
  GtkTextTag *multi_tag;
  GtkTextTag *flash_tag;

  guint flash_id;
  int margin;
  gboolean dark;
};

G_DEFINE_FINAL_TYPE (GlossTranscriptView, gloss_transcript_view, GTK_TYPE_TEXT_VIEW)

enum {
  CLAIM_CLICKED,
  TEXT_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
get_iter (GlossTranscriptView *self,
          GtkTextIter         *iter,
          guint                offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  gtk_text_buffer_get_iter_at_offset (buffer, iter, (int) offset);
}

static GlossTranscript *
view_text (GlossTranscriptView *self)
{
  return gloss_project_get_text (self->project, self->role);
}

static void
topic_rgba (GlossTranscriptView *self,
            GlossTopic          *topic,
            GdkRGBA             *rgba)
{
  if (!gdk_rgba_parse (rgba, gloss_topic_get_color (topic)))
    gdk_rgba_parse (rgba, "#9a9996");
  rgba->alpha = self->dark ? 0.42 : 0.30;
}

static GtkTextTag *
ensure_topic_tag (GlossTranscriptView *self,
                  GlossTopic          *topic)
{
  GtkTextTag *tag = g_hash_table_lookup (self->topic_tags, gloss_topic_get_id (topic));
  GdkRGBA rgba;

  topic_rgba (self, topic, &rgba);
  if (tag == NULL)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

      tag = gtk_text_buffer_create_tag (buffer, NULL, "background-rgba", &rgba, NULL);
      g_hash_table_insert (self->topic_tags, g_strdup (gloss_topic_get_id (topic)), tag);
      /* highlights stay under the flash, which stays on top */
      gtk_text_tag_set_priority (self->flash_tag,
                                 gtk_text_tag_table_get_size (gtk_text_buffer_get_tag_table (buffer)) - 1);
    }
  else
    g_object_set (tag, "background-rgba", &rgba, NULL);

  return tag;
}

static void
apply_claim (GlossTranscriptView *self,
             GlossClaim          *claim,
             guint                start,
             guint                end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  const char * const *topics = gloss_claim_get_topics (claim);
  GtkTextIter s, e;
  gboolean any = FALSE;

  get_iter (self, &s, start);
  get_iter (self, &e, end);
  /* Backgrounds do not mix: the highest tag wins. A claim with several
   * topics is underlined (a coloured underline would be nicer, but
   * underline-rgba makes GTK 4.8 lay out neighbouring text with the wrong
   * tags once the cursor moves there). */
  if (topics[0] != NULL && topics[1] != NULL)
    gtk_text_buffer_apply_tag (buffer, self->multi_tag, &s, &e);
  for (guint i = 0; topics[i] != NULL; i++)
    {
      GtkTextTag *tag = g_hash_table_lookup (self->topic_tags, topics[i]);

      if (tag != NULL)
        {
          gtk_text_buffer_apply_tag (buffer, tag, &s, &e);
          any = TRUE;
        }
    }
  if (!any)
    gtk_text_buffer_apply_tag (buffer, self->untagged_tag, &s, &e);
}

/* Recomputes the highlights of [start, end) only: an edit never touches the
 * rest of the buffer. Claims are sorted by start, so the part of a claim
 * covered by an earlier one is exactly where it starts before the largest
 * end seen so far. */
static void
rehighlight_range (GlossTranscriptView *self,
                   guint                start,
                   guint                end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GHashTableIter hi;
  GtkTextTag *tag;
  GtkTextIter s, e;
  guint max_end = 0;
  guint first, last;

  if (start >= end)
    return;

  get_iter (self, &s, start);
  get_iter (self, &e, end);
  g_hash_table_iter_init (&hi, self->topic_tags);
  while (g_hash_table_iter_next (&hi, NULL, (gpointer *) &tag))
    gtk_text_buffer_remove_tag (buffer, tag, &s, &e);
  gtk_text_buffer_remove_tag (buffer, self->untagged_tag, &s, &e);
  gtk_text_buffer_remove_tag (buffer, self->multi_tag, &s, &e);
  gtk_text_buffer_remove_tag (buffer, self->overlap_tag, &s, &e);

  gloss_claim_index_role_range (self->claims, self->role, &first, &last);
  for (guint i = gloss_claim_index_first_candidate (self->claims, self->role, start); i < last; i++)
    {
      GlossClaim *claim = gloss_claim_index_get (self->claims, i);
      guint cs = gloss_claim_get_start (claim);
      guint ce = gloss_claim_get_end (claim);

      if (cs >= end)
        break;
      if (gloss_claim_get_orphaned (claim))
        continue;

      if (ce > start)
        {
          guint a = MAX (cs, start);
          guint b = MIN (ce, end);

          apply_claim (self, claim, a, b);
          if (cs < max_end)
            {
              guint ob = MIN (b, max_end);

              if (a < ob)
                {
                  GtkTextIter os, oe;

                  get_iter (self, &os, a);
                  get_iter (self, &oe, ob);
                  gtk_text_buffer_apply_tag (buffer, self->overlap_tag, &os, &oe);
                }
            }
        }
      max_end = MAX (max_end, ce);
    }
}

#define PACK_SPAN(s, e) (((guint64) (s) << 32) | (guint64) (e))

static void
note_shown (GlossTranscriptView *self,
            GlossClaim          *claim)
{
  g_hash_table_insert (self->shown_spans, claim,
                       g_memdup2 (&(guint64) { PACK_SPAN (gloss_claim_get_start (claim),
                                                          gloss_claim_get_end (claim)) },
                                  sizeof (guint64)));
}

static void
claims_changed_cb (GListModel          *model,
                   guint                position,
                   guint                removed,
                   guint                added,
                   GlossTranscriptView *self)
{
  guint lo = G_MAXUINT, hi = 0;

  for (guint i = position; i < position + removed; i++)
    {
      GlossClaim *claim = gloss_claim_index_get (self->claims, i);
      const guint64 *span = g_hash_table_lookup (self->shown_spans, claim);

      if (span == NULL)
        continue;
      lo = MIN (lo, (guint) (*span >> 32));
      hi = MAX (hi, (guint) (*span & G_MAXUINT32));
      g_hash_table_remove (self->shown_spans, claim);
    }

  {
    g_autoptr(GPtrArray) claims = g_ptr_array_new_full (added, g_object_unref);

    for (guint i = 0; i < added; i++)
      g_ptr_array_add (claims, g_list_model_get_item (model, position + i));
    gloss_claim_index_splice (self->claims, position, removed,
                              (GlossClaim * const *) claims->pdata, added);
  }

  for (guint i = position; i < position + added; i++)
    {
      GlossClaim *claim = gloss_claim_index_get (self->claims, i);

      if (gloss_claim_get_text_role (claim) != self->role)
        continue;
      note_shown (self, claim);
      lo = MIN (lo, gloss_claim_get_start (claim));
      hi = MAX (hi, gloss_claim_get_end (claim));
    }

  if (lo < hi)
    rehighlight_range (self, lo, hi);
}

static void
sync_topic_tags (GlossTranscriptView *self)
{
  GListModel *topics = gloss_project_get_topics (self->project);
  guint n = g_list_model_get_n_items (topics);
  g_autoptr(GHashTable) present = g_hash_table_new (g_str_hash, g_str_equal);
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)));
  GHashTableIter iter;
  const char *id;
  GtkTextTag *tag;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GlossTopic) topic = g_list_model_get_item (topics, i);

      ensure_topic_tag (self, topic);
      g_hash_table_add (present, (gpointer) gloss_topic_get_id (topic));
    }

  g_hash_table_iter_init (&iter, self->topic_tags);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, (gpointer *) &tag))
    {
      if (!g_hash_table_contains (present, id))
        {
          gtk_text_tag_table_remove (table, tag);
          g_hash_table_iter_remove (&iter);
        }
    }
}

static void
topics_changed_cb (GListModel          *topics,
                   guint                position,
                   guint                removed,
                   guint                added,
                   GlossTranscriptView *self)
{
  gboolean had_new = FALSE;

  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GlossTopic) topic = g_list_model_get_item (topics, i);

      if (!g_hash_table_contains (self->topic_tags, gloss_topic_get_id (topic)))
        had_new = TRUE;
    }
  sync_topic_tags (self);

  /* claims may name a topic that only now exists again (an undone removal) */
  if (had_new && gloss_claim_index_get_n (self->claims) > 0)
    rehighlight_range (self, 0, gloss_transcript_get_length (view_text (self)));
}

static void
topic_changed_cb (GlossProject        *project,
                  GlossTopic          *topic,
                  GlossTranscriptView *self)
{
  if (g_hash_table_contains (self->topic_tags, gloss_topic_get_id (topic)))
    ensure_topic_tag (self, topic);
}

static void
update_dark (GlossTranscriptView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GListModel *topics;

  self->dark = adw_style_manager_get_dark (manager);
  if (self->project == NULL)
    return;

  topics = gloss_project_get_topics (self->project);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(GlossTopic) topic = g_list_model_get_item (topics, i);

      ensure_topic_tag (self, topic);
    }
}

static void
dark_changed_cb (AdwStyleManager     *manager,
                 GParamSpec          *pspec,
                 GlossTranscriptView *self)
{
  update_dark (self);
}

/* a line such as "Shou Xiaoli:" or "CCTV:" standing alone */
static gboolean
is_label_line (const char *line,
               gsize       len)
{
  while (len > 0 && g_ascii_isspace (line[len - 1]))
    len--;
  while (len > 0 && g_ascii_isspace (*line))
    line++, len--;

  if (len < 2 || len > 100)
    return FALSE;
  if (line[len - 1] == ':')
    return TRUE;
  /* fullwidth colon, U+FF1A */
  return len > 3 && memcmp (line + len - 3, "\xef\xbc\x9a", 3) == 0;
}

static void
tag_offsets (GlossTranscriptView *self,
             GtkTextTag          *tag,
             guint                start,
             guint                end)
{
  GtkTextIter s, e;

  if (start >= end)
    return;
  get_iter (self, &s, start);
  get_iter (self, &e, end);
  gtk_text_buffer_apply_tag (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), tag, &s, &e);
}

/* Styles the speaker line of a turn: either a line of its own (inside the
 * turn or just before it) or a "NAME:" prefix of the first line. */
static void
style_turn_label (GlossTranscriptView *self,
                  GlossTranscript     *transcript,
                  const GlossTurn     *turn,
                  guint                gap_start)
{
  const char *text = gloss_transcript_get_text (transcript);
  const char *first = gloss_transcript_offset_to_pointer (transcript, turn->start);
  const char *eol = strchr (first, '\n');
  gsize first_len = eol ? (gsize) (eol - first) : strlen (first);
  const char *names[] = { turn->speaker, turn->outlet };

  if (is_label_line (first, first_len))
    {
      guint line_end = turn->start + g_utf8_strlen (first, first_len);

      tag_offsets (self, self->heading_tag, turn->start, MIN (line_end + 1, turn->end));
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gsize n;
      const char *p;

      if (names[i] == NULL || *names[i] == '\0')
        continue;
      n = strlen (names[i]);
      if (n >= first_len || strncmp (first, names[i], n) != 0)
        continue;
      p = first + n;
      while (*p == ' ')
        p++;
      if (*p == ':')
        {
          tag_offsets (self, self->label_tag, turn->start,
                       turn->start + g_utf8_strlen (first, p + 1 - first));
          return;
        }
    }

  /* the last non-empty line between the previous turn and this one */
  if (gap_start < turn->start)
    {
      const char *gap = gloss_transcript_offset_to_pointer (transcript, gap_start);
      const char *end = first;
      const char *line_end, *line;

      while (end > gap && g_ascii_isspace (end[-1]))
        end--;
      line_end = end;
      line = line_end;
      while (line > gap && line[-1] != '\n')
        line--;
      if (line < line_end && is_label_line (line, line_end - line))
        {
          guint ls = gloss_transcript_byte_to_offset (transcript, line - text);
          guint le = gloss_transcript_byte_to_offset (transcript, line_end - text);

          tag_offsets (self, self->heading_tag, ls, MIN (le + 1, turn->start));
        }
    }
}

static void
style_turns (GlossTranscriptView *self)
{
  GlossTranscript *transcript = view_text (self);
  guint n = gloss_transcript_get_n_turns (transcript);
  guint prev_end = 0;

  for (guint i = 0; i < n; i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (transcript, i);

      switch (turn->kind)
        {
        case GLOSS_TURN_HEADER:
        case GLOSS_TURN_FOOTER:
          tag_offsets (self, self->dim_tag, turn->start, turn->end);
          break;

        case GLOSS_TURN_QUESTION:
          tag_offsets (self, self->question_tag, turn->start, turn->end);
          style_turn_label (self, transcript, turn, prev_end);
          break;

        case GLOSS_TURN_REMARKS:
        case GLOSS_TURN_ANSWER:
        default:
          style_turn_label (self, transcript, turn, prev_end);
          break;
        }
      prev_end = turn->end;
    }
}

static void
disconnect_project (GlossTranscriptView *self)
{
  if (self->project == NULL)
    return;

  /* not by data: the owner's notify::original handler stays */
  g_signal_handlers_disconnect_by_func (self->project, claims_changed_cb, self);
  g_signal_handlers_disconnect_by_func (self->project, topic_changed_cb, self);
  g_signal_handlers_disconnect_by_data (gloss_project_get_topics (self->project), self);
  g_clear_object (&self->project);
}

/* shows @project's text of the view's role: @project is NULL when there
 * is nothing to show (no project, or no text in that role) */
static void
show_project (GlossTranscriptView *self,
              GlossProject        *project)
{
  GtkTextBuffer *buffer;
  GtkTextIter start;

  disconnect_project (self);
  gloss_claim_index_splice (self->claims, 0, gloss_claim_index_get_n (self->claims), NULL, 0);
  g_hash_table_remove_all (self->shown_spans);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  if (project == NULL)
    {
      gtk_text_buffer_set_text (buffer, "", 0);
      return;
    }

  self->project = g_object_ref (project);
  {
    GlossTranscript *transcript = view_text (self);

    gtk_text_buffer_set_text (buffer, gloss_transcript_get_text (transcript),
                              (int) gloss_transcript_get_text_size (transcript));
  }
  sync_topic_tags (self);
  style_turns (self);

  {
    guint n = g_list_model_get_n_items (G_LIST_MODEL (project));
    g_autoptr(GPtrArray) claims = g_ptr_array_new_full (n, g_object_unref);

    for (guint i = 0; i < n; i++)
      g_ptr_array_add (claims, g_list_model_get_item (G_LIST_MODEL (project), i));
    gloss_claim_index_splice (self->claims, 0, 0, (GlossClaim * const *) claims->pdata, n);
    for (guint i = 0; i < n; i++)
      if (gloss_claim_get_text_role (g_ptr_array_index (claims, i)) == self->role)
        note_shown (self, g_ptr_array_index (claims, i));
  }
  rehighlight_range (self, 0, gloss_transcript_get_length (view_text (self)));

  g_signal_connect (project, "items-changed", G_CALLBACK (claims_changed_cb), self);
  g_signal_connect (project, "topic-changed", G_CALLBACK (topic_changed_cb), self);
  g_signal_connect (gloss_project_get_topics (project), "items-changed",
                    G_CALLBACK (topics_changed_cb), self);

  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
}

static void
reload (GlossTranscriptView *self)
{
  GlossProject *owner = self->owner;

  show_project (self, owner != NULL && gloss_project_get_text (owner, self->role) != NULL ? owner : NULL);
  g_signal_emit (self, signals[TEXT_CHANGED], 0);
}

/* the original came, went or was replaced */
static void
text_changed_cb (GlossProject        *project,
                 GParamSpec          *pspec,
                 GlossTranscriptView *self)
{
  reload (self);
}

void
gloss_transcript_view_set_project (GlossTranscriptView *self,
                                   GlossProject        *project)
{
  g_return_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self));
  g_return_if_fail (project == NULL || GLOSS_IS_PROJECT (project));

  if (project == self->owner)
    return;

  if (self->owner != NULL)
    g_signal_handlers_disconnect_by_func (self->owner, text_changed_cb, self);
  g_set_object (&self->owner, project);
  if (project != NULL && self->role == GLOSS_TEXT_ORIGINAL)
    g_signal_connect (project, "notify::original", G_CALLBACK (text_changed_cb), self);

  reload (self);
}

GlossProject *
gloss_transcript_view_get_project (GlossTranscriptView *self)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self), NULL);

  return self->owner;
}

void
gloss_transcript_view_set_role (GlossTranscriptView *self,
                                GlossTextRole        role)
{
  g_return_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self));
  g_return_if_fail (self->owner == NULL);

  self->role = role;
}

GlossTextRole
gloss_transcript_view_get_role (GlossTranscriptView *self)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self), GLOSS_TEXT_TRANSCRIPT);

  return self->role;
}

gboolean
gloss_transcript_view_has_text (GlossTranscriptView *self)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self), FALSE);

  return self->project != NULL;
}

gboolean
gloss_transcript_view_get_selection (GlossTranscriptView *self,
                                     guint               *start,
                                     guint               *end)
{
  GtkTextBuffer *buffer;
  GtkTextIter s, e;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self), FALSE);

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  if (!gtk_text_buffer_get_selection_bounds (buffer, &s, &e))
    return FALSE;

  while (gtk_text_iter_compare (&s, &e) < 0 && g_unichar_isspace (gtk_text_iter_get_char (&s)))
    gtk_text_iter_forward_char (&s);
  while (gtk_text_iter_compare (&s, &e) < 0)
    {
      GtkTextIter prev = e;

      gtk_text_iter_backward_char (&prev);
      if (!g_unichar_isspace (gtk_text_iter_get_char (&prev)))
        break;
      e = prev;
    }
  if (gtk_text_iter_equal (&s, &e))
    return FALSE;

  if (start)
    *start = gtk_text_iter_get_offset (&s);
  if (end)
    *end = gtk_text_iter_get_offset (&e);
  return TRUE;
}

/* inside a word as a reader sees one: Pango's words, joined across the
 * marks that hold a figure or a name together (48,200 · 3.65 · COVID-19 ·
 * don't) */
static gboolean
joins_word (GtkTextIter *iter)
{
  GtkTextIter before = *iter, after = *iter;
  gunichar c = gtk_text_iter_get_char (iter);

  if (!(c == ',' || c == '.' || c == '-' || c == '\'' || c == 0x2019) ||
      !gtk_text_iter_backward_char (&before) || !gtk_text_iter_forward_char (&after))
    return FALSE;

  return g_unichar_isalnum (gtk_text_iter_get_char (&before)) &&
         g_unichar_isalnum (gtk_text_iter_get_char (&after));
}

static gboolean
is_word_char (GtkTextIter *iter)
{
  return g_unichar_isalnum (gtk_text_iter_get_char (iter)) || joins_word (iter);
}

gboolean
gloss_transcript_view_get_word_selection (GlossTranscriptView *self,
                                          guint               *start,
                                          guint               *end)
{
  GtkTextIter s, e, prev;
  guint from, to;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self), FALSE);

  if (!gloss_transcript_view_get_selection (self, &from, &to))
    return FALSE;

  get_iter (self, &s, from);
  get_iter (self, &e, to);

  /* Pango's word boundaries first: they know scripts without spaces */
  if (gtk_text_iter_inside_word (&s) && !gtk_text_iter_starts_word (&s))
    gtk_text_iter_backward_word_start (&s);
  prev = e;
  if (gtk_text_iter_backward_char (&prev) && gtk_text_iter_inside_word (&prev) &&
      !gtk_text_iter_ends_word (&e))
    gtk_text_iter_forward_word_end (&e);

  /* then across the marks inside figures and names */
  for (;;)
    {
      prev = s;
      if (!gtk_text_iter_backward_char (&prev) || !is_word_char (&prev) ||
          !(is_word_char (&s) || joins_word (&prev)))
        break;
      s = prev;
    }
  for (;;)
    {
      prev = e;
      if (gtk_text_iter_is_end (&e) || !is_word_char (&e) ||
          !gtk_text_iter_backward_char (&prev) || !is_word_char (&prev))
        break;
      gtk_text_iter_forward_char (&e);
    }

  if (start)
    *start = gtk_text_iter_get_offset (&s);
  if (end)
    *end = gtk_text_iter_get_offset (&e);
  return TRUE;
}

static void
word_end_forward (GtkTextIter *iter)
{
  do
    gtk_text_iter_forward_word_end (iter);
  while (joins_word (iter));
}

static void
word_start_backward (GtkTextIter *iter)
{
  for (;;)
    {
      GtkTextIter prev;

      gtk_text_iter_backward_word_start (iter);
      prev = *iter;
      if (!gtk_text_iter_backward_char (&prev) || !joins_word (&prev))
        break;
      *iter = prev;
    }
}

guint
gloss_transcript_view_word_step (GlossTranscriptView *self,
                                 guint                offset,
                                 gboolean             end_edge,
                                 gboolean             forward)
{
  GtkTextIter iter;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self), offset);

  get_iter (self, &iter, offset);
  if (forward)
    {
      word_end_forward (&iter);
      /* a start goes on to where the next word begins */
      while (!end_edge && !gtk_text_iter_is_end (&iter) && !is_word_char (&iter))
        gtk_text_iter_forward_char (&iter);
    }
  else
    {
      word_start_backward (&iter);
      /* an end goes back to where the word before ends */
      while (end_edge && !gtk_text_iter_is_start (&iter))
        {
          GtkTextIter prev = iter;

          gtk_text_iter_backward_char (&prev);
          if (is_word_char (&prev))
            break;
          iter = prev;
        }
    }

  return gtk_text_iter_get_offset (&iter);
}

void
gloss_transcript_view_select_range (GlossTranscriptView *self,
                                    guint                start,
                                    guint                end)
{
  GtkTextIter s, e;

  g_return_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self));

  get_iter (self, &s, start);
  get_iter (self, &e, end);
  gtk_text_buffer_select_range (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), &e, &s);
}

void
gloss_transcript_view_place_cursor (GlossTranscriptView *self,
                                    guint                offset)
{
  GtkTextIter iter;

  g_return_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self));

  get_iter (self, &iter, offset);
  gtk_text_buffer_place_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), &iter);
}

static gboolean
flash_done_cb (gpointer data)
{
  GlossTranscriptView *self = data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter s, e;

  gtk_text_buffer_get_bounds (buffer, &s, &e);
  gtk_text_buffer_remove_tag (buffer, self->flash_tag, &s, &e);
  self->flash_id = 0;

  return G_SOURCE_REMOVE;
}

void
gloss_transcript_view_flash_claim (GlossTranscriptView *self,
                                   GlossClaim          *claim)
{
  GtkTextBuffer *buffer;
  GtkTextIter s, e;

  g_return_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  g_clear_handle_id (&self->flash_id, g_source_remove);
  flash_done_cb (self);

  get_iter (self, &s, gloss_claim_get_start (claim));
  get_iter (self, &e, gloss_claim_get_end (claim));
  gtk_text_buffer_apply_tag (buffer, self->flash_tag, &s, &e);
  self->flash_id = g_timeout_add (FLASH_MS, flash_done_cb, self);
}

void
gloss_transcript_view_show_claim (GlossTranscriptView *self,
                                  GlossClaim          *claim)
{
  GtkTextBuffer *buffer;
  GtkTextIter s;

  g_return_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self));
  g_return_if_fail (GLOSS_IS_CLAIM (claim));

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gloss_transcript_view_flash_claim (self, claim);
  get_iter (self, &s, gloss_claim_get_start (claim));
  gtk_text_buffer_place_cursor (buffer, &s);
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer),
                                0.1, TRUE, 0.0, 0.3);
}

GtkTextTag *
gloss_transcript_view_get_topic_tag (GlossTranscriptView *self,
                                     const char          *topic_id)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self), NULL);
  g_return_val_if_fail (topic_id != NULL, NULL);

  return g_hash_table_lookup (self->topic_tags, topic_id);
}

GtkTextTag *
gloss_transcript_view_get_flash_tag (GlossTranscriptView *self)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self), NULL);

  return self->flash_tag;
}

GtkTextTag *
gloss_transcript_view_get_overlap_tag (GlossTranscriptView *self)
{
  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self), NULL);

  return self->overlap_tag;
}

static void
click_pressed_cb (GtkGestureClick     *gesture,
                  int                  n_press,
                  double               x,
                  double               y,
                  GlossTranscriptView *self)
{
  g_autoptr(GPtrArray) claims = NULL;
  GdkModifierType state;
  GtkTextIter iter;
  int bx, by;

  if (self->project == NULL || n_press != 1)
    return;
  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  if (state & GDK_SHIFT_MASK)
    return;

  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self), &iter, bx, by))
    return;

  claims = gloss_project_get_claims_at (self->project, self->role,
                                        gtk_text_iter_get_offset (&iter));
  if (claims != NULL && claims->len > 0)
    g_signal_emit (self, signals[CLAIM_CLICKED], 0, g_ptr_array_index (claims, claims->len - 1));
}

/* Who asked, and whom an answer answers: the text does not always say. */
/* the topics of each claim at @offset, a line each, with their colours:
 * the text shows one colour per claim (more made GTK 4.8 draw nearby text
 * wrong), so this is where every topic shows */
static void
append_claims_markup (GlossTranscriptView *self,
                      guint                offset,
                      GString             *markup)
{
  g_autoptr(GPtrArray) claims = gloss_project_get_claims_at (self->project, self->role, offset);

  for (guint i = 0; i < claims->len; i++)
    {
      g_autofree char *topics = gloss_topic_markup_claim (self->project, g_ptr_array_index (claims, i), FALSE);

      if (markup->len > 0)
        g_string_append_c (markup, '\n');
      g_string_append (markup, topics);
      if (*topics == '\0')
        g_string_append (markup, _("Claim without a topic"));
    }
}

char *
gloss_transcript_view_get_tooltip_markup (GlossTranscriptView *self,
                                          guint                offset)
{
  GlossTranscript *transcript;
  const GlossTurn *turn;
  g_autofree char *text = NULL;
  GString *markup;
  int index;

  g_return_val_if_fail (GLOSS_IS_TRANSCRIPT_VIEW (self), NULL);

  if (self->project == NULL)
    return NULL;

  markup = g_string_new (NULL);
  append_claims_markup (self, offset, markup);

  transcript = view_text (self);
  index = gloss_transcript_find_turn (transcript, offset);
  turn = index >= 0 ? gloss_transcript_get_turn (transcript, (guint) index) : NULL;
  if (turn != NULL && turn->kind == GLOSS_TURN_QUESTION)
    {
      const char *who = turn->outlet ? turn->outlet : turn->speaker;

      if (who != NULL && *who != '\0')
        /* Translators: tooltip over a question; %s is the news outlet or the asker */
        text = g_strdup_printf (_("Question from %s"), who);
      else
        text = g_strdup (_("Question (outlet not named)"));
    }
  else if (turn != NULL && turn->kind == GLOSS_TURN_ANSWER && turn->answers >= 0 &&
           (guint) turn->answers < gloss_transcript_get_n_turns (transcript))
    {
      const GlossTurn *question = gloss_transcript_get_turn (transcript, (guint) turn->answers);
      const char *who = question->outlet ? question->outlet : question->speaker;

      if (who != NULL && *who != '\0')
        /* Translators: tooltip over an answer; %s is the outlet that asked */
        text = g_strdup_printf (_("Answer to %s"), who);
    }

  if (text != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (text, -1);

      /* under the claims, smaller */
      if (markup->len > 0)
        g_string_append_printf (markup, "\n<small>%s</small>", escaped);
      else
        g_string_append (markup, escaped);
    }

  if (markup->len == 0)
    {
      g_string_free (markup, TRUE);
      return NULL;
    }

  return g_string_free (markup, FALSE);
}

static gboolean
query_tooltip_cb (GtkWidget           *widget,
                  int                  x,
                  int                  y,
                  gboolean             keyboard,
                  GtkTooltip          *tooltip,
                  GlossTranscriptView *self)
{
  GtkTextIter iter;
  int bx, by;
  g_autofree char *markup = NULL;

  if (self->project == NULL || keyboard)
    return FALSE;

  gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self), &iter, bx, by))
    return FALSE;

  markup = gloss_transcript_view_get_tooltip_markup (self, (guint) gtk_text_iter_get_offset (&iter));
  if (markup == NULL)
    return FALSE;

  gtk_tooltip_set_custom (tooltip, gloss_tooltip_label_new (markup));
  return TRUE;
}

static void
update_margins (GlossTranscriptView *self,
                int                  width)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  int char_width = pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE;
  int margin = MAX (MIN_MARGIN, (width - char_width * LINE_LENGTH) / 2);

  pango_font_metrics_unref (metrics);

  if (margin == self->margin)
    return;

  self->margin = margin;
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self), margin);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self), margin);
  /* a tag's margin replaces the view's, it does not add to it */
  g_object_set (self->question_tag,
                "left-margin", margin + QUESTION_INDENT,
                "right-margin", margin,
                NULL);
}

static void
gloss_transcript_view_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  update_margins (GLOSS_TRANSCRIPT_VIEW (widget), width);

  GTK_WIDGET_CLASS (gloss_transcript_view_parent_class)->size_allocate (widget, width, height, baseline);
}

static void
add_key_shortcuts (GlossTranscriptView *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  /* before the text view's own key handling, which would only beep */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_name (controller, "gloss-topic-keys");
  for (guint i = 1; i <= GLOSS_MAX_TOPIC_KEYS; i++)
    {
      char key[2] = { (char) ('0' + i), '\0' };
      guint keyvals[] = { GDK_KEY_0 + i, GDK_KEY_KP_0 + i };

      for (guint k = 0; k < G_N_ELEMENTS (keyvals); k++)
        {
          GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyvals[k], 0),
                                                    gtk_named_action_new ("win.tag-key"));
          GtkShortcut *exact = gtk_shortcut_new (gtk_keyval_trigger_new (keyvals[k], GDK_ALT_MASK),
                                                 gtk_named_action_new ("win.tag-key-exact"));

          gtk_shortcut_set_arguments (shortcut, g_variant_new_string (key));
          gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
          gtk_shortcut_set_arguments (exact, g_variant_new_string (key));
          gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), exact);
        }
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
gloss_transcript_view_dispose (GObject *object)
{
  GlossTranscriptView *self = GLOSS_TRANSCRIPT_VIEW (object);

  g_clear_handle_id (&self->flash_id, g_source_remove);
  disconnect_project (self);
  if (self->owner != NULL)
    g_signal_handlers_disconnect_by_func (self->owner, text_changed_cb, self);
  g_clear_object (&self->owner);
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);

  G_OBJECT_CLASS (gloss_transcript_view_parent_class)->dispose (object);
}

static void
gloss_transcript_view_finalize (GObject *object)
{
  GlossTranscriptView *self = GLOSS_TRANSCRIPT_VIEW (object);

  g_clear_pointer (&self->shown_spans, g_hash_table_unref);
  g_clear_pointer (&self->claims, gloss_claim_index_free);
  g_clear_pointer (&self->topic_tags, g_hash_table_unref);

  G_OBJECT_CLASS (gloss_transcript_view_parent_class)->finalize (object);
}

/* the first turn that ends after @offset */
static guint
first_turn_after (GlossTranscript *transcript,
                  guint            offset)
{
  guint lo = 0, hi = gloss_transcript_get_n_turns (transcript);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (gloss_transcript_get_turn (transcript, mid)->end <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* Questions are shaded here, not with a paragraph background: GTK 4.8 does
 * not draw empty lines, so the blank lines between a question's paragraphs
 * stayed white. One band per visible question, from its first line to its
 * last line with text. */
static void
gloss_transcript_view_snapshot_layer (GtkTextView      *view,
                                      GtkTextViewLayer  layer,
                                      GtkSnapshot      *snapshot)
{
  GlossTranscriptView *self = GLOSS_TRANSCRIPT_VIEW (view);
  GlossTranscript *transcript;
  GdkRectangle visible;
  GtkTextIter iter;
  guint n;

  if (layer != GTK_TEXT_VIEW_LAYER_BELOW_TEXT || self->project == NULL)
    return;

  transcript = view_text (self);
  n = gloss_transcript_get_n_turns (transcript);
  gtk_text_view_get_visible_rect (view, &visible);
  gtk_text_view_get_line_at_y (view, &iter, visible.y, NULL);

  for (guint i = first_turn_after (transcript, (guint) gtk_text_iter_get_offset (&iter)); i < n; i++)
    {
      const GlossTurn *turn = gloss_transcript_get_turn (transcript, i);
      GtkTextIter start, end;
      int top, bottom, y, height;

      get_iter (self, &start, turn->start);
      gtk_text_view_get_line_yrange (view, &start, &top, &height);
      if (top >= visible.y + visible.height)
        break;
      if (turn->kind != GLOSS_TURN_QUESTION)
        continue;

      get_iter (self, &end, turn->end);
      while (gtk_text_iter_compare (&end, &start) > 0 && gtk_text_iter_backward_char (&end) &&
             g_unichar_isspace (gtk_text_iter_get_char (&end)))
        ;
      gtk_text_view_get_line_yrange (view, &end, &y, &height);
      bottom = y + height;

      /* a little wider than the text, which would touch its edges */
      gtk_snapshot_append_color (snapshot, &self->question_bg,
                                 &GRAPHENE_RECT_INIT (self->margin + QUESTION_INDENT - QUESTION_PADDING, top,
                                                      MAX (0, visible.width - 2 * self->margin - QUESTION_INDENT +
                                                              2 * QUESTION_PADDING),
                                                      bottom - top + QUESTION_PADDING / 2));
    }
}

static void
gloss_transcript_view_class_init (GlossTranscriptViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gloss_transcript_view_dispose;
  object_class->finalize = gloss_transcript_view_finalize;
  widget_class->size_allocate = gloss_transcript_view_size_allocate;
  GTK_TEXT_VIEW_CLASS (klass)->snapshot_layer = gloss_transcript_view_snapshot_layer;

  /* the text shown changed: another project, or the original came or went */
  signals[TEXT_CHANGED] =
    g_signal_new ("text-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CLAIM_CLICKED] =
    g_signal_new ("claim-clicked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, GLOSS_TYPE_CLAIM);
}

static void
gloss_transcript_view_init (GlossTranscriptView *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);
  GtkGesture *click;
  GdkRGBA dim = { 0.5, 0.5, 0.5, 1.0 };
  GdkRGBA flash = { 0.96, 0.76, 0.07, 0.75 };
  GdkRGBA untagged = { 0.6, 0.6, 0.6, 0.3 };

  self->claims = gloss_claim_index_new ();
  self->shown_spans = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->topic_tags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->margin = -1;

  g_object_set (buffer, "enable-undo", FALSE, NULL);
  gtk_text_view_set_buffer (view, buffer);
  gtk_text_view_set_editable (view, FALSE);
  gtk_text_view_set_cursor_visible (view, TRUE);
  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_pixels_below_lines (view, 4);
  gtk_text_view_set_top_margin (view, 24);
  gtk_text_view_set_bottom_margin (view, 48);
  gtk_widget_add_css_class (GTK_WIDGET (self), "transcript");

  self->dim_tag = gtk_text_buffer_create_tag (buffer, "dim",
                                              "foreground-rgba", &dim,
                                              "scale", 0.9,
                                              NULL);
  self->question_bg = (GdkRGBA) { 0.5, 0.5, 0.5, 0.10 };
  self->question_tag = gtk_text_buffer_create_tag (buffer, "question",
                                                   "style", PANGO_STYLE_ITALIC,
                                                   NULL);
  self->heading_tag = gtk_text_buffer_create_tag (buffer, "heading",
                                                  "weight", PANGO_WEIGHT_BOLD,
                                                  "scale", 1.15,
                                                  "pixels-above-lines", 14,
                                                  "style", PANGO_STYLE_NORMAL,
                                                  NULL);
  self->label_tag = gtk_text_buffer_create_tag (buffer, "label",
                                                "weight", PANGO_WEIGHT_BOLD,
                                                NULL);
  self->untagged_tag = gtk_text_buffer_create_tag (buffer, "untagged",
                                                   "background-rgba", &untagged,
                                                   NULL);
  self->multi_tag = gtk_text_buffer_create_tag (buffer, "several-topics",
                                                "underline", PANGO_UNDERLINE_SINGLE,
                                                NULL);
  /* above the several-topics line, so overlaps show as a double line */
  self->overlap_tag = gtk_text_buffer_create_tag (buffer, "overlap",
                                                  "underline", PANGO_UNDERLINE_DOUBLE,
                                                  NULL);
  self->flash_tag = gtk_text_buffer_create_tag (buffer, "flash",
                                                "background-rgba", &flash,
                                                NULL);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  add_key_shortcuts (self);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);

  g_signal_connect (adw_style_manager_get_default (), "notify::dark",
                    G_CALLBACK (dark_changed_cb), self);
  self->dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
}

GtkWidget *
gloss_transcript_view_new (void)
{
  return g_object_new (GLOSS_TYPE_TRANSCRIPT_VIEW, NULL);
}
