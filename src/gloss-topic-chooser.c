#include "config.h"

#include <glib/gi18n.h>

#include "gloss-claim-status.h"
#include "gloss-topic-chooser.h"
#include "gloss-topic-markup.h"

struct _GlossTopicChooser
{
  GtkPopover parent_instance;

  GlossProject *project;
  GlossClaim *claim;
  gboolean focus_note;

  GtkLabel *title_label;
  GtkLabel *quote_label;
  GtkBox *status_box;
  GtkToggleButton *status_buttons[GLOSS_CLAIM_STATUS_LAST + 1];
  gulong status_handler;
  gboolean syncing_status;
  GtkBox *topics_box;
  GtkEntry *note_entry;
  GtkButton *apply_button;
  GtkWidget *record_button;
};

G_DEFINE_FINAL_TYPE (GlossTopicChooser, gloss_topic_chooser, GTK_TYPE_POPOVER)

enum {
  APPLY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_apply (GlossTopicChooser *self)
{
  gboolean any = FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->topics_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
      any = TRUE;

  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_button), any);
}

/* the toggles follow the claim, also when Ctrl+1…5 or undo change it */
static void
sync_status (GlossTopicChooser *self)
{
  GlossClaimStatus status;

  if (self->claim == NULL)
    return;
  status = gloss_claim_get_status (self->claim);
  self->syncing_status = TRUE;
  gtk_toggle_button_set_active (self->status_buttons[status], TRUE);
  self->syncing_status = FALSE;
}

static void
claim_status_notify_cb (GlossClaim        *claim,
                        GParamSpec        *pspec,
                        GlossTopicChooser *self)
{
  sync_status (self);
}

static void
set_claim (GlossTopicChooser *self,
           GlossClaim        *claim)
{
  if (self->claim != NULL)
    g_clear_signal_handler (&self->status_handler, self->claim);
  g_set_object (&self->claim, claim);
  if (claim != NULL)
    self->status_handler = g_signal_connect (claim, "notify::status", G_CALLBACK (claim_status_notify_cb), self);
}

/* through win.claim-status-of, so the change is one undoable step */
static void
status_toggled_cb (GtkToggleButton   *button,
                   GlossTopicChooser *self)
{
  GlossClaimStatus status = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "status"));
  GtkWidget *root;

  if (self->syncing_status || self->claim == NULL || !gtk_toggle_button_get_active (button))
    return;
  if (gloss_claim_get_status (self->claim) == status)
    return;
  /* from the window: the popover may have no action muxer of its own yet */
  root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  if (root != NULL)
    gtk_widget_activate_action (root, "win.claim-status-of", "(ss)",
                              gloss_claim_get_id (self->claim), gloss_claim_status_to_string (status));
}

static void
check_toggled_cb (GtkCheckButton    *button,
                  GlossTopicChooser *self)
{
  update_apply (self);
}

void
gloss_topic_chooser_set_project (GlossTopicChooser *self,
                                 GlossProject      *project)
{
  g_return_if_fail (GLOSS_IS_TOPIC_CHOOSER (self));

  g_set_object (&self->project, project);
  set_claim (self, NULL);
}

void
gloss_topic_chooser_prepare (GlossTopicChooser *self,
                             GlossClaim        *claim,
                             const char        *quote,
                             gboolean           focus_note)
{
  GtkWidget *child;
  GListModel *topics;
  g_autofree char *flat = NULL;

  g_return_if_fail (GLOSS_IS_TOPIC_CHOOSER (self));
  g_return_if_fail (self->project != NULL);

  set_claim (self, claim);
  self->focus_note = focus_note;
  gtk_widget_set_visible (GTK_WIDGET (self->status_box), claim != NULL);
  sync_status (self);
  /* an existing claim's status and sources: gloss-claim-record-dialog */
  gtk_widget_set_visible (self->record_button, claim != NULL);
  if (claim != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (self->record_button), "s", gloss_claim_get_id (claim));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->topics_box))) != NULL)
    gtk_box_remove (self->topics_box, child);

  topics = gloss_project_get_topics (self->project);
  for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
    {
      g_autoptr(GlossTopic) topic = g_list_model_get_item (topics, i);
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *dot = gtk_label_new (NULL);
      GtkWidget *name = gtk_label_new (gloss_topic_get_name (topic));
      GtkWidget *key = gtk_label_new (gloss_topic_get_key (topic));
      g_autofree char *dot_markup = gloss_topic_markup_dot (topic);

      gtk_label_set_markup (GTK_LABEL (dot), dot_markup);
      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (name, TRUE);
      gtk_widget_add_css_class (key, "dim-label");
      gtk_widget_add_css_class (key, "numeric");
      gtk_box_append (GTK_BOX (box), dot);
      gtk_box_append (GTK_BOX (box), name);
      gtk_box_append (GTK_BOX (box), key);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), box);
      g_object_set_data_full (G_OBJECT (check), "topic-id", g_strdup (gloss_topic_get_id (topic)), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   claim != NULL && gloss_claim_has_topic (claim, gloss_topic_get_id (topic)));
      g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), self);
      gtk_box_append (self->topics_box, check);
    }

  gtk_label_set_text (self->title_label, claim ? _("Edit Claim") : _("Tag Claim"));
  flat = g_strdup (claim ? gloss_claim_get_quote (claim) : quote ? quote : "");
  g_strdelimit (flat, "\r\n", ' ');
  gtk_label_set_text (self->quote_label, flat);
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry),
                         claim && gloss_claim_get_note (claim) ? gloss_claim_get_note (claim) : "");
  update_apply (self);
}

GlossClaim *
gloss_topic_chooser_get_claim (GlossTopicChooser *self)
{
  g_return_val_if_fail (GLOSS_IS_TOPIC_CHOOSER (self), NULL);

  return self->claim;
}

void
gloss_topic_chooser_set_active (GlossTopicChooser *self,
                                const char        *topic_id,
                                gboolean           active)
{
  g_return_if_fail (GLOSS_IS_TOPIC_CHOOSER (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->topics_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "topic-id"), topic_id) == 0)
      gtk_check_button_set_active (GTK_CHECK_BUTTON (child), active);
}

void
gloss_topic_chooser_set_note (GlossTopicChooser *self,
                              const char        *note)
{
  g_return_if_fail (GLOSS_IS_TOPIC_CHOOSER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), note ? note : "");
}

void
gloss_topic_chooser_apply (GlossTopicChooser *self)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *note = NULL;

  g_return_if_fail (GLOSS_IS_TOPIC_CHOOSER (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->topics_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (child)))
      g_ptr_array_add (ids, g_strdup (g_object_get_data (G_OBJECT (child), "topic-id")));

  if (ids->len == 0)
    return;
  g_ptr_array_add (ids, NULL);

  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[APPLY], 0, (GStrv) ids->pdata, note);
  set_claim (self, NULL);
}

static void
apply_clicked_cb (GtkButton         *button,
                  GlossTopicChooser *self)
{
  gloss_topic_chooser_apply (self);
}

static void
note_activate_cb (GtkEntry          *entry,
                  GlossTopicChooser *self)
{
  gloss_topic_chooser_apply (self);
}

/* 1..9 toggle the topic with that key, unless the note is being typed */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GlossTopicChooser     *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  guint index;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->note_entry)))
    return FALSE;
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  if (keyval >= GDK_KEY_1 && keyval <= GDK_KEY_9)
    index = keyval - GDK_KEY_1;
  else if (keyval >= GDK_KEY_KP_1 && keyval <= GDK_KEY_KP_9)
    index = keyval - GDK_KEY_KP_1;
  else
    return FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->topics_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child), index--)
    if (index == 0)
      {
        gtk_check_button_set_active (GTK_CHECK_BUTTON (child),
                                     !gtk_check_button_get_active (GTK_CHECK_BUTTON (child)));
        gtk_widget_grab_focus (child);
        return TRUE;
      }

  return FALSE;
}

static void
gloss_topic_chooser_map (GtkWidget *widget)
{
  GlossTopicChooser *self = GLOSS_TOPIC_CHOOSER (widget);
  GtkWidget *first = gtk_widget_get_first_child (GTK_WIDGET (self->topics_box));

  GTK_WIDGET_CLASS (gloss_topic_chooser_parent_class)->map (widget);

  if (self->focus_note || first == NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->note_entry));
  else
    gtk_widget_grab_focus (first);
}

static void
gloss_topic_chooser_dispose (GObject *object)
{
  GlossTopicChooser *self = GLOSS_TOPIC_CHOOSER (object);

  g_clear_object (&self->project);
  set_claim (self, NULL);

  G_OBJECT_CLASS (gloss_topic_chooser_parent_class)->dispose (object);
}

static void
gloss_topic_chooser_class_init (GlossTopicChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gloss_topic_chooser_dispose;
  widget_class->map = gloss_topic_chooser_map;

  signals[APPLY] =
    g_signal_new ("apply", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRV, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glossapp/Gloss/ui/gloss-topic-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, GlossTopicChooser, title_label);
  gtk_widget_class_bind_template_child (widget_class, GlossTopicChooser, quote_label);
  gtk_widget_class_bind_template_child (widget_class, GlossTopicChooser, status_box);
  gtk_widget_class_bind_template_child (widget_class, GlossTopicChooser, topics_box);
  gtk_widget_class_bind_template_child (widget_class, GlossTopicChooser, note_entry);
  gtk_widget_class_bind_template_child (widget_class, GlossTopicChooser, apply_button);
  gtk_widget_class_bind_template_callback (widget_class, apply_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_activate_cb);
}

static void
gloss_topic_chooser_init (GlossTopicChooser *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  for (GlossClaimStatus st = 0; st <= GLOSS_CLAIM_STATUS_LAST; st++)
    {
      GtkWidget *toggle = gtk_toggle_button_new ();
      g_autofree char *tip = NULL;

      gtk_button_set_icon_name (GTK_BUTTON (toggle), gloss_claim_status_icon_name (st));
      /* Translators: the tooltip of a status toggle in the claim popover; %s is "Verified" and so on, %u its shortcut's digit */
      tip = g_strdup_printf (_("%s (Ctrl+%u)"), gloss_claim_status_get_label (st), (guint) st + 1);
      gtk_widget_set_tooltip_text (toggle, tip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      gloss_claim_status_get_label (st), -1);
      gtk_widget_add_css_class (toggle, gloss_claim_status_css_class (st));
      g_object_set_data (G_OBJECT (toggle), "status", GUINT_TO_POINTER (st));
      if (st > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (toggle), self->status_buttons[0]);
      g_signal_connect (toggle, "toggled", G_CALLBACK (status_toggled_cb), self);
      self->status_buttons[st] = GTK_TOGGLE_BUTTON (toggle);
      gtk_box_append (self->status_box, toggle);
    }
  self->record_button = gtk_button_new_with_mnemonic (_("Status and _Sources…"));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->record_button), "s", "");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->record_button), "win.claim-record-of");
  gtk_widget_set_visible (self->record_button, FALSE);
  gtk_widget_add_css_class (self->record_button, "flat");
  gtk_box_append (GTK_BOX (gtk_popover_get_child (GTK_POPOVER (self))), self->record_button);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
gloss_topic_chooser_new (void)
{
  return g_object_new (GLOSS_TYPE_TOPIC_CHOOSER, NULL);
}
