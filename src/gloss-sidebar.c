#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "gloss-sidebar-private.h"
#include "gloss-speaker.h"
#include "gloss-topic-markup.h"
#include "gloss-wrap-layout.h"

G_DEFINE_FINAL_TYPE (GlossSidebar, gloss_sidebar, ADW_TYPE_BIN)

enum {
  CLAIM_SELECTED,
  CLAIM_ACTIVATED,
  EDIT_CLAIM,
  DELETE_CLAIM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_SORT_ORDER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Folds the search keys of all claims in the background, a slice at a time,
 * so the first keystroke of a search does not pay for all of them. */
static gboolean
fold_idle_cb (gpointer data)
{
  GlossSidebar *self = data;
  guint n = self->project ? g_list_model_get_n_items (G_LIST_MODEL (self->project)) : 0;
  guint end = MIN (n, self->fold_next + 1000);

  for (; self->fold_next < end; self->fold_next++)
    gloss_claim_query_search_key (gloss_project_get_claim (self->project, self->fold_next));

  if (self->fold_next < n)
    return G_SOURCE_CONTINUE;

  self->fold_idle_id = 0;
  return G_SOURCE_REMOVE;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  GlossSidebar *self = user_data;

  return self->project != NULL && gloss_claim_query_matches (self->query, self->project, item);
}

static void
sync_query_topics (GlossSidebar *self)
{
  g_autofree const char **ids = (const char **) g_hash_table_get_keys_as_array (self->active_topics, NULL);

  gloss_claim_query_set_topics (self->query, ids);
}

static guint64
speaker_sort_key (gpointer item,
                  gpointer user_data)
{
  GlossSidebar *self = user_data;
  GlossSpeaker who;
  const char *speaker = gloss_speaker_of_claim (self->project, GLOSS_CLAIM (item), &who) ? who.speaker : NULL;
  guint rank = speaker ? GPOINTER_TO_UINT (g_hash_table_lookup (self->speaker_ranks, speaker)) : 0;

  /* claims without a speaker last */
  return rank ? rank : G_MAXUINT64;
}

static guint64
topic_sort_key (gpointer item,
                gpointer user_data)
{
  GlossSidebar *self = user_data;
  const char * const *topics = gloss_claim_get_topics (GLOSS_CLAIM (item));
  guint64 key = G_MAXUINT64;

  /* by the first of its topics in the topic list; no topic last */
  for (guint i = 0; topics[i] != NULL; i++)
    {
      GlossTopic *topic = gloss_project_lookup_topic (self->project, topics[i]);
      int position = topic ? gloss_project_get_topic_position (self->project, topic) : -1;

      if (position >= 0)
        key = MIN (key, (guint64) position);
    }

  return key;
}

static guint64
modified_sort_key (gpointer item,
                   gpointer user_data)
{
  GDateTime *modified = gloss_claim_get_modified (GLOSS_CLAIM (item));
  gint64 usec;

  if (modified == NULL)
    return G_MAXUINT64;
  usec = g_date_time_to_unix (modified) * G_USEC_PER_SEC + g_date_time_get_microsecond (modified);

  /* the most recent first */
  return (guint64) G_MAXINT64 - (guint64) MAX (usec, 0);
}

static void
apply_sort (GlossSidebar *self)
{
  GlossSortKeyFunc key = NULL;

  if (g_strcmp0 (self->sort_order, "speaker") == 0)
    key = speaker_sort_key;
  else if (g_strcmp0 (self->sort_order, "topic") == 0)
    key = topic_sort_key;
  else if (g_strcmp0 (self->sort_order, "modified") == 0)
    key = modified_sort_key;

  gloss_claim_filter_model_set_sort_key (self->filter_model, self->project ? key : NULL, self);
}

static void
update_count (GlossSidebar *self)
{
  guint total = self->project ? g_list_model_get_n_items (G_LIST_MODEL (self->project)) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));

  g_free (self->count_text);
  if (gloss_sidebar_get_filter_active (self))
    /* Translators: "3 of 20 claims" */
    self->count_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u claim", "%u of %u claims", total),
                                        shown, total);
  else
    self->count_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u claim", "%u claims", total), total);
  gtk_label_set_text (self->count_label, self->count_text);

  if (shown > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (total > 0)
    gtk_stack_set_visible_child_name (self->stack, "no-match");
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");
}

static void
filtered_items_changed_cb (GListModel   *model,
                           guint         position,
                           guint         removed,
                           guint         added,
                           GlossSidebar *self)
{
  update_count (self);
}

static void
topic_toggled_cb (GtkToggleButton *button,
                  GlossSidebar    *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "topic-id");

  gloss_sidebar_set_topic_filter (self, id, gtk_toggle_button_get_active (button));
}

static void
update_topic_counts (GlossSidebar *self)
{
  GtkWidget *child;

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->topic_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = child;
      GtkLabel *count = g_object_get_data (G_OBJECT (button), "count-label");
      const char *id = g_object_get_data (G_OBJECT (button), "topic-id");
      g_autofree char *text = g_strdup_printf ("%u", gloss_project_count_claims_with_topic (self->project, id));

      gtk_label_set_text (count, text);
    }
}

static gboolean
counts_idle_cb (gpointer data)
{
  GlossSidebar *self = data;

  self->counts_idle_id = 0;
  if (self->project != NULL)
    update_topic_counts (self);

  return G_SOURCE_REMOVE;
}

static void
project_changed_cb (GlossProject *project,
                    GlossSidebar *self)
{
  if (self->counts_idle_id == 0)
    self->counts_idle_id = g_idle_add (counts_idle_cb, self);
}

static void
rebuild_topics (GlossSidebar *self)
{
  GtkWidget *child;
  GListModel *topics;
  g_autoptr(GHashTable) present = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  const char *id;
  gboolean dropped = FALSE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->topic_box))) != NULL)
    gtk_box_remove (self->topic_box, child);

  if (self->project == NULL)
    return;

  topics = gloss_project_get_topics (self->project);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(GlossTopic) topic = g_list_model_get_item (topics, i);
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *dot = gtk_label_new (NULL);
      GtkWidget *name = gtk_label_new (gloss_topic_get_name (topic));
      GtkWidget *count = gtk_label_new (NULL);
      g_autofree char *dot_markup = gloss_topic_markup_dot (topic);
      g_autofree char *tooltip = NULL;

      gtk_label_set_markup (GTK_LABEL (dot), dot_markup);
      gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (name), 18);
      gtk_widget_add_css_class (count, "dim-label");
      gtk_widget_add_css_class (count, "numeric");
      gtk_box_append (GTK_BOX (box), dot);
      gtk_box_append (GTK_BOX (box), name);
      gtk_box_append (GTK_BOX (box), count);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "topic-toggle");
      gtk_widget_add_css_class (button, "flat");
      if (*gloss_topic_get_key (topic) != '\0')
        /* Translators: tooltip of a topic filter button; %s is its shortcut key */
        tooltip = g_strdup_printf (_("Show only claims of this topic (key %s tags a selection with it)"),
                                   gloss_topic_get_key (topic));
      else
        tooltip = g_strdup (_("Show only claims of this topic"));
      gtk_widget_set_tooltip_text (button, tooltip);

      g_object_set_data_full (G_OBJECT (button), "topic-id", g_strdup (gloss_topic_get_id (topic)), g_free);
      g_object_set_data (G_OBJECT (button), "count-label", count);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button),
                                    g_hash_table_contains (self->active_topics, gloss_topic_get_id (topic)));
      g_signal_connect (button, "toggled", G_CALLBACK (topic_toggled_cb), self);
      gtk_box_append (self->topic_box, button);
      g_hash_table_add (present, (gpointer) gloss_topic_get_id (topic));
    }

  /* a filter on a topic that is gone would hide everything */
  g_hash_table_iter_init (&iter, self->active_topics);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    if (!g_hash_table_contains (present, id))
      {
        g_hash_table_iter_remove (&iter);
        dropped = TRUE;
      }
  if (dropped)
    {
      sync_query_topics (self);
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
    }

  update_topic_counts (self);
}

static void
topics_changed_cb (GListModel   *topics,
                   guint         position,
                   guint         removed,
                   guint         added,
                   GlossSidebar *self)
{
  rebuild_topics (self);
  /* reordered topics reorder the claims sorted by topic */
  if (g_strcmp0 (self->sort_order, "topic") == 0)
    apply_sort (self);
}

static void
topic_changed_cb (GlossProject *project,
                  GlossTopic   *topic,
                  GlossSidebar *self)
{
  rebuild_topics (self);
  /* rows show topic names and colours; the same claims pass the filters,
   * so no row is bound anew */
  _gloss_sidebar_list_refresh_rows (self);
}

static int
collate_cb (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static void
rebuild_speakers (GlossSidebar *self)
{
  GlossTranscript *text = self->project ? gloss_project_get_transcript (self->project) : NULL;
  g_autoptr(GPtrArray) names = text ? gloss_speaker_list (text) : g_ptr_array_new ();

  /* sorting by speaker: alphabetical */
  g_hash_table_remove_all (self->speaker_ranks);
  g_ptr_array_sort_with_data (names, collate_cb, NULL);
  for (guint i = 0; i < names->len; i++)
    g_hash_table_insert (self->speaker_ranks, g_strdup (g_ptr_array_index (names, i)),
                         GUINT_TO_POINTER (i + 1));

  gloss_speaker_filter_set_transcript (self->speaker_filter, text);
}

static void
speaker_changed_cb (GlossSpeakerFilter *filter,
                    GParamSpec         *pspec,
                    GlossSidebar       *self)
{
  const char *speakers[] = { gloss_speaker_filter_get_speaker (filter), NULL };
  const char * const *old = gloss_claim_query_get_speakers (self->query);

  if (g_strcmp0 (old != NULL ? old[0] : NULL, speakers[0]) == 0)
    return;
  gloss_claim_query_set_speakers (self->query, speakers);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

void
gloss_sidebar_set_status_filter (GlossSidebar *self,
                                 guint         statuses)
{
  g_return_if_fail (GLOSS_IS_SIDEBAR (self));

  gloss_claim_query_set_statuses (self->query, statuses);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
status_selected_cb (GtkDropDown  *dropdown,
                    GParamSpec   *pspec,
                    GlossSidebar *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* item 0 is "All statuses", then the statuses in order */
  gloss_sidebar_set_status_filter (self, selected > 0 && selected != GTK_INVALID_LIST_POSITION
                                         ? 1u << (selected - 1) : 0);
}

/* Down in the search entry goes to the results (the first one, or the
 * one selected), not to the next widget, the topic chips */
static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GlossSidebar          *self)
{
  guint position;

  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0 ||
      g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0)
    return FALSE;

  position = gtk_single_selection_get_selected (self->selection);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      position = 0;
      gtk_single_selection_set_selected (self->selection, position);
    }
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));

  return TRUE;
}

/* a revised text may have speakers the old one did not */
static void
transcript_changed_cb (GlossProject *project,
                       GParamSpec   *pspec,
                       GlossSidebar *self)
{
  rebuild_speakers (self);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   GlossSidebar   *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autofree char *old = g_strdup (gloss_claim_query_get_text_key (self->query));
  const char *key;
  GtkFilterChange change;

  gloss_claim_query_set_text (self->query, text);
  key = gloss_claim_query_get_text_key (self->query);
  if (strcmp (old, key) == 0)
    return;

  if (*old == '\0' || strstr (key, old) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (old, key) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
stop_search_cb (GtkSearchEntry *entry,
                GlossSidebar   *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

GListModel *
gloss_sidebar_get_filtered_claims (GlossSidebar *self)
{
  g_return_val_if_fail (GLOSS_IS_SIDEBAR (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

gboolean
gloss_sidebar_get_filter_active (GlossSidebar *self)
{
  g_return_val_if_fail (GLOSS_IS_SIDEBAR (self), FALSE);

  return !gloss_claim_query_is_empty (self->query);
}

void
gloss_sidebar_focus_search (GlossSidebar *self)
{
  g_return_if_fail (GLOSS_IS_SIDEBAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
gloss_sidebar_set_search_text (GlossSidebar *self,
                               const char   *text)
{
  g_return_if_fail (GLOSS_IS_SIDEBAR (self));

  /* one refilter, not one for the cleared entry and one for the new text,
   * and no wait for the entry's typing delay */
  g_signal_handlers_block_by_func (self->search_entry, search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  g_signal_handlers_unblock_by_func (self->search_entry, search_changed_cb, self);
  search_changed_cb (self->search_entry, self);
}

void
gloss_sidebar_set_topic_filter (GlossSidebar *self,
                                const char   *topic_id,
                                gboolean      active)
{
  GtkWidget *child;

  g_return_if_fail (GLOSS_IS_SIDEBAR (self));
  g_return_if_fail (topic_id != NULL);

  if (active == g_hash_table_contains (self->active_topics, topic_id))
    return;

  if (active)
    g_hash_table_add (self->active_topics, g_strdup (topic_id));
  else
    g_hash_table_remove (self->active_topics, topic_id);
  sync_query_topics (self);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->topic_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *button = child;

      if (g_strcmp0 (g_object_get_data (G_OBJECT (button), "topic-id"), topic_id) == 0)
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), active);
    }

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

void
gloss_sidebar_set_speaker_filter (GlossSidebar *self,
                                  const char   *speaker)
{
  g_return_if_fail (GLOSS_IS_SIDEBAR (self));

  gloss_speaker_filter_set_speaker (self->speaker_filter, speaker);
}

void
gloss_sidebar_set_sort_order (GlossSidebar *self,
                              const char   *order)
{
  g_return_if_fail (GLOSS_IS_SIDEBAR (self));

  if (order == NULL ||
      (g_strcmp0 (order, "speaker") != 0 && g_strcmp0 (order, "topic") != 0 &&
       g_strcmp0 (order, "modified") != 0))
    order = "transcript";
  if (g_strcmp0 (order, self->sort_order) == 0)
    return;

  g_free (self->sort_order);
  self->sort_order = g_strdup (order);
  apply_sort (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_ORDER]);
}

const char *
gloss_sidebar_get_sort_order (GlossSidebar *self)
{
  g_return_val_if_fail (GLOSS_IS_SIDEBAR (self), NULL);

  return self->sort_order;
}

const char *
gloss_sidebar_get_count_text (GlossSidebar *self)
{
  g_return_val_if_fail (GLOSS_IS_SIDEBAR (self), NULL);

  return self->count_text;
}

static void
disconnect_project (GlossSidebar *self)
{
  if (self->project == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->project, self);
  g_signal_handlers_disconnect_by_data (gloss_project_get_topics (self->project), self);
  g_clear_object (&self->project);
}

void
gloss_sidebar_set_project (GlossSidebar *self,
                           GlossProject *project)
{
  g_return_if_fail (GLOSS_IS_SIDEBAR (self));
  g_return_if_fail (project == NULL || GLOSS_IS_PROJECT (project));

  if (project == self->project)
    return;

  disconnect_project (self);
  g_clear_handle_id (&self->fold_idle_id, g_source_remove);
  g_hash_table_remove_all (self->active_topics);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_clear_object (&self->query);
  self->query = gloss_claim_query_new ();
  self->last_selected = NULL;

  if (project != NULL)
    {
      self->project = g_object_ref (project);
      g_signal_connect (project, "changed", G_CALLBACK (project_changed_cb), self);
      g_signal_connect (project, "topic-changed", G_CALLBACK (topic_changed_cb), self);
      g_signal_connect (project, "notify::transcript", G_CALLBACK (transcript_changed_cb), self);
      g_signal_connect (gloss_project_get_topics (project), "items-changed",
                        G_CALLBACK (topics_changed_cb), self);
    }

  if (project != NULL)
    {
      self->fold_next = 0;
      self->fold_idle_id = g_idle_add_full (G_PRIORITY_LOW, fold_idle_cb, self, NULL);
      _gloss_sidebar_list_prefill (self);
    }

  rebuild_speakers (self);
  rebuild_topics (self);
  /* sorted before the claims come in: one sort, not two */
  gloss_claim_filter_model_set_model (self->filter_model, NULL);
  apply_sort (self);
  gloss_claim_filter_model_set_model (self->filter_model, G_LIST_MODEL (project));
  update_count (self);
}

static void
gloss_sidebar_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  GlossSidebar *self = GLOSS_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_SORT_ORDER:
      g_value_set_string (value, self->sort_order);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_sidebar_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  GlossSidebar *self = GLOSS_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_SORT_ORDER:
      gloss_sidebar_set_sort_order (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gloss_sidebar_dispose (GObject *object)
{
  GlossSidebar *self = GLOSS_SIDEBAR (object);

  g_clear_handle_id (&self->counts_idle_id, g_source_remove);
  g_clear_handle_id (&self->fold_idle_id, g_source_remove);
  _gloss_sidebar_list_dispose (self);
  disconnect_project (self);
  if (self->filter_model != NULL)
    gloss_claim_filter_model_set_model (self->filter_model, NULL);

  G_OBJECT_CLASS (gloss_sidebar_parent_class)->dispose (object);
}

static void
gloss_sidebar_finalize (GObject *object)
{
  GlossSidebar *self = GLOSS_SIDEBAR (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->gradual);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->active_topics, g_hash_table_unref);
  _gloss_sidebar_list_finalize (self);
  g_clear_pointer (&self->speaker_ranks, g_hash_table_unref);
  g_free (self->sort_order);
  g_clear_object (&self->query);
  g_free (self->count_text);

  G_OBJECT_CLASS (gloss_sidebar_parent_class)->finalize (object);
}

static void
gloss_sidebar_class_init (GlossSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gloss_sidebar_dispose;
  object_class->finalize = gloss_sidebar_finalize;
  object_class->get_property = gloss_sidebar_get_property;
  object_class->set_property = gloss_sidebar_set_property;

  /* "transcript", "speaker", "topic" or "modified" (most recent first) */
  properties[PROP_SORT_ORDER] =
    g_param_spec_string ("sort-order", NULL, NULL, "transcript",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);


  signals[CLAIM_SELECTED] =
    g_signal_new ("claim-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSS_TYPE_CLAIM);
  signals[CLAIM_ACTIVATED] =
    g_signal_new ("claim-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSS_TYPE_CLAIM);
  signals[EDIT_CLAIM] =
    g_signal_new ("edit-claim", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, GLOSS_TYPE_CLAIM, G_TYPE_BOOLEAN);
  signals[DELETE_CLAIM] =
    g_signal_new ("delete-claim", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, GLOSS_TYPE_CLAIM);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glossapp/Gloss/ui/gloss-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, GlossSidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, GlossSidebar, topic_box);
  gtk_widget_class_bind_template_child (widget_class, GlossSidebar, speaker_filter);
  gtk_widget_class_bind_template_child (widget_class, GlossSidebar, count_label);
  gtk_widget_class_bind_template_child (widget_class, GlossSidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, GlossSidebar, list_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, speaker_changed_cb);
  gtk_widget_class_install_property_action (widget_class, "sidebar.sort", "sort-order");
  _gloss_sidebar_list_class_init (widget_class);

  g_type_ensure (GLOSS_TYPE_SPEAKER_FILTER);
}

static void
gloss_sidebar_init (GlossSidebar *self)
{
  /* the sort menu reads it as the state of sidebar.sort */
  self->sort_order = g_strdup ("transcript");
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (GTK_WIDGET (self->topic_box), gloss_wrap_layout_new (2, 2));

  self->active_topics = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->query = gloss_claim_query_new ();
  self->speaker_ranks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);

  self->filter_model = gloss_claim_filter_model_new (GTK_FILTER (self->filter));
  g_signal_connect (self->filter_model, "items-changed", G_CALLBACK (filtered_items_changed_cb), self);
  _gloss_sidebar_list_init (self);

  /* the status filter (issue 15), beside the speaker filter */
  {
    g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
    GtkWidget *status_dropdown;

    gtk_string_list_append (statuses, _("All statuses"));
    for (guint i = 0; i <= GLOSS_CLAIM_STATUS_LAST; i++)
      gtk_string_list_append (statuses, gloss_claim_status_get_label (i));
    status_dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&statuses)), NULL);
    gtk_widget_set_tooltip_text (status_dropdown, _("Show the claims with this status"));
    gtk_widget_set_name (status_dropdown, "status-filter");
    g_signal_connect (status_dropdown, "notify::selected", G_CALLBACK (status_selected_cb), self);
    gtk_widget_insert_after (status_dropdown, gtk_widget_get_parent (GTK_WIDGET (self->speaker_filter)),
                             GTK_WIDGET (self->speaker_filter));
  }

  gtk_search_entry_set_key_capture_widget (self->search_entry, NULL);
  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    gtk_event_controller_set_name (keys, "gloss-search-keys");
    g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  }
  update_count (self);
}

GtkWidget *
gloss_sidebar_new (void)
{
  return g_object_new (GLOSS_TYPE_SIDEBAR, NULL);
}
