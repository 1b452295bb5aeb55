#include "config.h"

#include <adwaita.h>

#include "gloss-transcript-view-private.h"

#define FLASH_MS 1000

/* Highlights stay under the find bar's matches, and those under the
 * flash: each new topic tag is created on top, so these go back above it. */
static void
raise_marks (GlossTranscriptView *self)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)));
  int top = gtk_text_tag_table_get_size (table) - 1;

  gtk_text_tag_set_priority (self->match_tag, top);
  gtk_text_tag_set_priority (self->current_match_tag, top);
  gtk_text_tag_set_priority (self->flash_tag, top);
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
      raise_marks (self);
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

  _gloss_transcript_view_get_iter (self, &s, start);
  _gloss_transcript_view_get_iter (self, &e, end);
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
void
_gloss_transcript_view_rehighlight (GlossTranscriptView *self,
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

  _gloss_transcript_view_get_iter (self, &s, start);
  _gloss_transcript_view_get_iter (self, &e, end);
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

                  _gloss_transcript_view_get_iter (self, &os, a);
                  _gloss_transcript_view_get_iter (self, &oe, ob);
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
    _gloss_transcript_view_rehighlight (self, lo, hi);
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
    _gloss_transcript_view_rehighlight (self, 0, gloss_transcript_get_length (_gloss_transcript_view_text (self)));
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

  _gloss_transcript_view_get_iter (self, &s, gloss_claim_get_start (claim));
  _gloss_transcript_view_get_iter (self, &e, gloss_claim_get_end (claim));
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
  _gloss_transcript_view_get_iter (self, &s, gloss_claim_get_start (claim));
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

/* the project's claims and topics, shown, then followed */
void
_gloss_transcript_view_show_claims (GlossTranscriptView *self)
{
  GlossProject *project = self->project;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (project));
  g_autoptr(GPtrArray) claims = g_ptr_array_new_full (n, g_object_unref);

  sync_topic_tags (self);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (claims, g_list_model_get_item (G_LIST_MODEL (project), i));
  gloss_claim_index_splice (self->claims, 0, 0, (GlossClaim * const *) claims->pdata, n);
  for (guint i = 0; i < n; i++)
    if (gloss_claim_get_text_role (g_ptr_array_index (claims, i)) == self->role)
      note_shown (self, g_ptr_array_index (claims, i));
  _gloss_transcript_view_rehighlight (self, 0, gloss_transcript_get_length (_gloss_transcript_view_text (self)));

  g_signal_connect (project, "items-changed", G_CALLBACK (claims_changed_cb), self);
  g_signal_connect (project, "topic-changed", G_CALLBACK (topic_changed_cb), self);
  g_signal_connect (gloss_project_get_topics (project), "items-changed",
                    G_CALLBACK (topics_changed_cb), self);
}

void
_gloss_transcript_view_disconnect_claims (GlossTranscriptView *self)
{
  /* not by data: the owner's notify::original handler stays */
  g_signal_handlers_disconnect_by_func (self->project, claims_changed_cb, self);
  g_signal_handlers_disconnect_by_func (self->project, topic_changed_cb, self);
  g_signal_handlers_disconnect_by_data (gloss_project_get_topics (self->project), self);
  gloss_claim_index_splice (self->claims, 0, gloss_claim_index_get_n (self->claims), NULL, 0);
  g_hash_table_remove_all (self->shown_spans);
  _gloss_transcript_view_forget_matches (self);
}

void
_gloss_transcript_view_init_highlight (GlossTranscriptView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GdkRGBA flash = { 0.96, 0.76, 0.07, 0.75 };
  GdkRGBA untagged = { 0.6, 0.6, 0.6, 0.3 };
  /* not the topic colours, nor the selection's blue; dark text on them,
   * which reads in the dark style too, and over the dimmed header */
  GdkRGBA match = { 0.98, 0.86, 0.30, 0.85 };
  GdkRGBA current = { 1.0, 0.58, 0.16, 1.0 };
  GdkRGBA ink = { 0.12, 0.12, 0.12, 1.0 };

  self->claims = gloss_claim_index_new ();
  self->shown_spans = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->topic_tags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  _gloss_transcript_view_init_matches (self);

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
  self->match_tag = gtk_text_buffer_create_tag (buffer, "find-match",
                                                "background-rgba", &match,
                                                "foreground-rgba", &ink,
                                                NULL);
  self->current_match_tag = gtk_text_buffer_create_tag (buffer, "find-current",
                                                        "background-rgba", &current,
                                                        "foreground-rgba", &ink,
                                                        NULL);
  self->flash_tag = gtk_text_buffer_create_tag (buffer, "flash",
                                                "background-rgba", &flash,
                                                NULL);
  self->language_tag = gtk_text_buffer_create_tag (buffer, "language", NULL);

  g_signal_connect (adw_style_manager_get_default (), "notify::dark",
                    G_CALLBACK (dark_changed_cb), self);
  self->dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
}

void
_gloss_transcript_view_dispose_highlight (GlossTranscriptView *self)
{
  g_clear_handle_id (&self->flash_id, g_source_remove);
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
}
