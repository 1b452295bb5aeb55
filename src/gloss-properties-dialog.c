#include "config.h"

#include <glib/gi18n.h>

#include "gloss-properties-dialog.h"

#define N_FIELDS (GLOSS_TRANSCRIPT_FIELD_LAST + 1)

struct _GlossPropertiesDialog
{
  AdwPreferencesWindow parent_instance;

  GlossDocument *document;
  GlossHistory *history;
  GlossTranscript *transcript;
  guint sync_id;

  AdwEntryRow *title_row;
  AdwEntryRow *date_row;
  AdwEntryRow *place_row;
  AdwEntryRow *language_row;
  GtkWidget *date_error;
  GtkWidget *language_error;
  GtkMenuButton *language_button;
  GtkListBox *participants_list;
  AdwEntryRow *add_row;
  GtkWidget *add_button;

  AdwEntryRow *field_rows[N_FIELDS];
  /* one AdwExpanderRow per participant, in order; the add row follows */
  GPtrArray *participant_rows;
};

G_DEFINE_FINAL_TYPE (GlossPropertiesDialog, gloss_properties_dialog, ADW_TYPE_PREFERENCES_WINDOW)

/* offered beside the language field */
static const struct
{
  const char *tag;
  const char *name;
} languages[] = {
  { "en", N_("English") },
  { "zh", N_("Chinese") },
  { "zh-Hans", N_("Simplified Chinese") },
  { "zh-Hant", N_("Traditional Chinese") },
  { "fr", N_("French") },
  { "de", N_("German") },
  { "es", N_("Spanish") },
  { "ja", N_("Japanese") },
};

typedef enum
{
  PART_NAME,
  PART_ROLE,
} ParticipantPart;

static char *
row_value (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
set_text_if_different (AdwEntryRow *row,
                       const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

/* marks @row as holding a value that cannot be used; @icon (or the row's
 * tooltip) says why */
static void
set_row_error (AdwEntryRow *row,
               GtkWidget   *icon,
               const char  *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  if (icon != NULL)
    gtk_widget_set_visible (icon, message != NULL);
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (row), message);
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                               message != NULL ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  if (message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* the transcript's fields */

static gboolean
field_value_is_valid (GlossTranscriptField  field,
                      const char           *value)
{
  if (*value == '\0')
    return TRUE;
  if (field == GLOSS_TRANSCRIPT_FIELD_DATE)
    return gloss_date_is_valid (value);
  if (field == GLOSS_TRANSCRIPT_FIELD_LANGUAGE)
    return gloss_language_tag_is_valid (value);

  return TRUE;
}

/* the field of one of the field rows */
static GlossTranscriptField
row_field (AdwEntryRow *row)
{
  /* stored off by one: NULL means "not a field row" */
  return (GlossTranscriptField) (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "field")) - 1);
}

static void
check_field (GlossPropertiesDialog *self,
             GlossTranscriptField   field)
{
  AdwEntryRow *row = self->field_rows[field];
  g_autofree char *value = row_value (row);
  GtkWidget *icon = field == GLOSS_TRANSCRIPT_FIELD_DATE ? self->date_error
                    : field == GLOSS_TRANSCRIPT_FIELD_LANGUAGE ? self->language_error : NULL;

  if (icon == NULL)
    return;
  set_row_error (row, icon, field_value_is_valid (field, value) ? NULL
                            : gtk_widget_get_tooltip_text (icon));
}

static void
commit_field (GlossPropertiesDialog *self,
              GlossTranscriptField   field)
{
  g_autofree char *value = NULL;

  if (self->history == NULL)
    return;

  value = row_value (self->field_rows[field]);
  if (!field_value_is_valid (field, value))
    return;
  gloss_history_set_transcript_field (self->history, field, value);
}

static void
sync_fields (GlossPropertiesDialog *self)
{
  for (guint field = 0; field < N_FIELDS; field++)
    {
      set_text_if_different (self->field_rows[field], gloss_transcript_get_field (self->transcript, field));
      check_field (self, field);
    }
}

static void
field_changed_cb (AdwEntryRow           *row,
                  GlossPropertiesDialog *self)
{
  check_field (self, row_field (row));
}

static void
field_activated_cb (AdwEntryRow           *row,
                    GlossPropertiesDialog *self)
{
  commit_field (self, row_field (row));
}

static void
transcript_notify_cb (GlossTranscript       *transcript,
                      GParamSpec            *pspec,
                      GlossPropertiesDialog *self)
{
  sync_fields (self);
}

static void
language_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  GlossPropertiesDialog *self = GLOSS_PROPERTIES_DIALOG (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->language_row), g_variant_get_string (parameter, NULL));
  commit_field (self, GLOSS_TRANSCRIPT_FIELD_LANGUAGE);
}

static GMenuModel *
make_language_menu (void)
{
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      /* Translators: a language offered for the transcript: its name, then its tag, as “German (de)” */
      g_autofree char *label = g_strdup_printf (_("%s (%s)"), _(languages[i].name), languages[i].tag);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "properties.language",
                                               g_variant_new_string (languages[i].tag));
      g_menu_append_item (menu, item);
    }

  return G_MENU_MODEL (menu);
}

/* participants */

static int
participant_position (GlossPropertiesDialog *self,
                      GtkWidget             *expander)
{
  guint position;

  if (!g_ptr_array_find (self->participant_rows, expander, &position))
    return -1;

  return (int) position;
}

static GtkWidget *
part_expander (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "expander");
}

static void sync_participants (GlossPropertiesDialog *self);

/* why @name cannot be the name of the participant at @position (-1: a new
 * one), or NULL when it can */
static const char *
name_problem (GlossPropertiesDialog *self,
              const char            *name,
              int                    position)
{
  int other;

  if (*name == '\0')
    return _("A participant needs a name");
  other = gloss_transcript_find_participant (self->transcript, name);
  if (other >= 0 && other != position)
    return _("Another participant has this name");

  return NULL;
}

static void
commit_participant (GlossPropertiesDialog *self,
                    GtkWidget             *expander,
                    ParticipantPart        part)
{
  AdwEntryRow *name_row = g_object_get_data (G_OBJECT (expander), "name-row");
  AdwEntryRow *role_row = g_object_get_data (G_OBJECT (expander), "role-row");
  const GlossParticipant *participant;
  g_autofree char *value = NULL;
  int position;

  if (self->history == NULL)
    return;
  /* the rows must show the participants they edit */
  if (self->sync_id != 0)
    sync_participants (self);
  position = participant_position (self, expander);
  if (position < 0 || (guint) position >= gloss_transcript_get_n_participants (self->transcript))
    return;

  participant = gloss_transcript_get_participant (self->transcript, (guint) position);
  if (part == PART_NAME)
    {
      value = row_value (name_row);
      if (name_problem (self, value, position) != NULL)
        return;
      gloss_history_edit_participant (self->history, (guint) position, value, participant->role);
    }
  else
    {
      value = row_value (role_row);
      gloss_history_edit_participant (self->history, (guint) position, participant->name, value);
    }
}

static void
name_changed_cb (AdwEntryRow           *row,
                 GlossPropertiesDialog *self)
{
  GtkWidget *expander = part_expander (GTK_WIDGET (row));
  g_autofree char *name = row_value (row);

  set_row_error (row, NULL, name_problem (self, name, participant_position (self, expander)));
}

static void
part_activated_cb (AdwEntryRow           *row,
                   GlossPropertiesDialog *self)
{
  GtkWidget *expander = part_expander (GTK_WIDGET (row));

  commit_participant (self, expander,
                      GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "part")));
}

static void
move_clicked_cb (GtkButton             *button,
                 GlossPropertiesDialog *self)
{
  GtkWidget *expander = part_expander (GTK_WIDGET (button));
  int delta = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "delta"));
  int position = participant_position (self, expander);
  int n = (int) gloss_transcript_get_n_participants (self->transcript);
  GtkWidget *other;
  GtkWidget *target;
  gboolean expanded;

  if (position < 0 || position + delta < 0 || position + delta >= n)
    return;

  gloss_history_move_participant (self->history, (guint) position, (guint) (position + delta));

  /* the rows stay in place and show the participants in their new order:
   * the expansion and the focus follow the participant that moved */
  sync_participants (self);
  other = g_ptr_array_index (self->participant_rows, position + delta);
  expanded = adw_expander_row_get_expanded (ADW_EXPANDER_ROW (expander));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander),
                                 adw_expander_row_get_expanded (ADW_EXPANDER_ROW (other)));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (other), expanded);
  target = g_object_get_data (G_OBJECT (other), delta < 0 ? "up" : "down");
  if (!gtk_widget_get_sensitive (target))
    target = g_object_get_data (G_OBJECT (other), delta < 0 ? "down" : "up");
  gtk_widget_grab_focus (target);
}

static void
remove_clicked_cb (GtkButton             *button,
                   GlossPropertiesDialog *self)
{
  GtkWidget *expander = part_expander (GTK_WIDGET (button));
  int position = participant_position (self, expander);
  guint n = self->participant_rows->len;
  GtkWidget *focus;

  if (position < 0)
    return;

  /* The rows show the participants by position, and the last one goes (in
   * an idle, not under this click): the expansion moves up with the
   * participants after the removed one. */
  for (guint i = (guint) position; i + 1 < n; i++)
    adw_expander_row_set_expanded (g_ptr_array_index (self->participant_rows, i),
                                   adw_expander_row_get_expanded (g_ptr_array_index (self->participant_rows, i + 1)));
  gloss_history_remove_participant (self->history, (guint) position);

  if ((guint) position + 1 < n)
    focus = g_ptr_array_index (self->participant_rows, position);
  else if (position > 0)
    focus = g_ptr_array_index (self->participant_rows, position - 1);
  else
    focus = GTK_WIDGET (self->add_row);
  gtk_widget_grab_focus (focus);
}

static void
part_focus_leave_cb (GtkEventControllerFocus *controller,
                     GlossPropertiesDialog   *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  if (g_object_get_data (G_OBJECT (row), "field") != NULL)
    commit_field (self, row_field (ADW_ENTRY_ROW (row)));
  else
    commit_participant (self, part_expander (row),
                        GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "part")));
}

/* commits the row's edit when the focus leaves it */
static void
commit_on_leave (GlossPropertiesDialog *self,
                 GtkWidget             *row)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (focus, "leave", G_CALLBACK (part_focus_leave_cb), self);
  gtk_widget_add_controller (row, focus);
}

static GtkWidget *
row_button (GtkWidget  *expander,
            const char *icon,
            const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (button), "expander", expander);

  return button;
}

static AdwEntryRow *
part_row (GlossPropertiesDialog *self,
          GtkWidget             *expander,
          ParticipantPart        part,
          const char            *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  g_object_set_data (G_OBJECT (row), "expander", expander);
  g_object_set_data (G_OBJECT (row), "part", GUINT_TO_POINTER (part));
  g_signal_connect (row, "entry-activated", G_CALLBACK (part_activated_cb), self);
  commit_on_leave (self, row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);

  return ADW_ENTRY_ROW (row);
}

/* An expander row: the name and the role, and when expanded, a field for
 * each and the buttons that move and remove the participant */
static GtkWidget *
make_participant_row (GlossPropertiesDialog *self)
{
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *buttons_row = gtk_list_box_row_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  AdwEntryRow *name_row, *role_row;
  GtkWidget *up, *down, *remove;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);

  name_row = part_row (self, expander, PART_NAME, _("Name"));
  g_signal_connect (name_row, "changed", G_CALLBACK (name_changed_cb), self);
  role_row = part_row (self, expander, PART_ROLE, _("Role"));

  up = row_button (expander, "go-up-symbolic", _("Move Up"));
  g_object_set_data (G_OBJECT (up), "delta", GINT_TO_POINTER (-1));
  g_signal_connect (up, "clicked", G_CALLBACK (move_clicked_cb), self);
  down = row_button (expander, "go-down-symbolic", _("Move Down"));
  g_object_set_data (G_OBJECT (down), "delta", GINT_TO_POINTER (1));
  g_signal_connect (down, "clicked", G_CALLBACK (move_clicked_cb), self);
  remove = row_button (expander, "user-trash-symbolic", _("Remove Participant"));
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  gtk_widget_set_hexpand (remove, TRUE);
  gtk_widget_set_halign (remove, GTK_ALIGN_END);

  gtk_widget_set_margin_top (buttons, 6);
  gtk_widget_set_margin_bottom (buttons, 6);
  gtk_widget_set_margin_start (buttons, 6);
  gtk_widget_set_margin_end (buttons, 6);
  gtk_box_append (GTK_BOX (buttons), up);
  gtk_box_append (GTK_BOX (buttons), down);
  gtk_box_append (GTK_BOX (buttons), remove);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (buttons_row), buttons);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (buttons_row), FALSE);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), buttons_row);

  g_object_set_data (G_OBJECT (expander), "name-row", name_row);
  g_object_set_data (G_OBJECT (expander), "role-row", role_row);
  g_object_set_data (G_OBJECT (expander), "up", up);
  g_object_set_data (G_OBJECT (expander), "down", down);

  return expander;
}

/* Makes the rows show the participants, position by position: rows are
 * added or removed at the end only, so an expanded row stays expanded. */
static void
sync_participants (GlossPropertiesDialog *self)
{
  guint n = gloss_transcript_get_n_participants (self->transcript);

  g_clear_handle_id (&self->sync_id, g_source_remove);

  while (self->participant_rows->len > n)
    {
      GtkWidget *last = g_ptr_array_steal_index (self->participant_rows, self->participant_rows->len - 1);

      gtk_list_box_remove (self->participants_list, last);
    }
  while (self->participant_rows->len < n)
    {
      GtkWidget *row = make_participant_row (self);

      gtk_list_box_insert (self->participants_list, row,
                           gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self->add_row)));
      g_ptr_array_add (self->participant_rows, row);
    }

  for (guint i = 0; i < n; i++)
    {
      const GlossParticipant *participant = gloss_transcript_get_participant (self->transcript, i);
      GtkWidget *expander = g_ptr_array_index (self->participant_rows, i);
      AdwEntryRow *name_row = g_object_get_data (G_OBJECT (expander), "name-row");
      AdwEntryRow *role_row = g_object_get_data (G_OBJECT (expander), "role-row");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), participant->name);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander),
                                     participant->role ? participant->role : _("No role"));
      set_text_if_different (name_row, participant->name);
      set_text_if_different (role_row, participant->role);
      gtk_widget_set_sensitive (g_object_get_data (G_OBJECT (expander), "up"), i > 0);
      gtk_widget_set_sensitive (g_object_get_data (G_OBJECT (expander), "down"), i + 1 < n);
    }
}

static gboolean
sync_idle_cb (gpointer data)
{
  GlossPropertiesDialog *self = data;

  self->sync_id = 0;
  sync_participants (self);

  return G_SOURCE_REMOVE;
}

static void
participants_changed_cb (GlossTranscript       *transcript,
                         GlossPropertiesDialog *self)
{
  /* a move is a removal and an insertion: one update for both */
  if (self->sync_id == 0)
    self->sync_id = g_idle_add (sync_idle_cb, self);
}

static void
add_changed_cb (AdwEntryRow           *row,
                GlossPropertiesDialog *self)
{
  g_autofree char *name = row_value (row);
  const char *problem = name_problem (self, name, -1);

  gtk_widget_set_sensitive (self->add_button, problem == NULL);
  /* an empty field is not a mistake yet */
  set_row_error (row, NULL, *name != '\0' ? problem : NULL);
}

static gboolean
add_participant (GlossPropertiesDialog *self)
{
  g_autofree char *name = row_value (self->add_row);
  guint n = gloss_transcript_get_n_participants (self->transcript);

  if (self->history == NULL || name_problem (self, name, -1) != NULL)
    return FALSE;

  gloss_history_add_participant (self->history, n, name, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->add_row), "");
  sync_participants (self);

  return TRUE;
}

/* the new participant's row opens on its role, the next thing to type */
static void
add_clicked_cb (GlossPropertiesDialog *self)
{
  GtkWidget *expander;

  if (!add_participant (self))
    return;

  expander = g_ptr_array_index (self->participant_rows, self->participant_rows->len - 1);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (expander), "role-row"));
}

/* what was typed is kept when the dialog closes */
static void
commit_all (GlossPropertiesDialog *self)
{
  for (guint field = 0; field < N_FIELDS; field++)
    commit_field (self, field);
  for (guint i = 0; i < self->participant_rows->len; i++)
    {
      commit_participant (self, g_ptr_array_index (self->participant_rows, i), PART_NAME);
      commit_participant (self, g_ptr_array_index (self->participant_rows, i), PART_ROLE);
    }
  add_participant (self);
}

static gboolean
gloss_properties_dialog_close_request (GtkWindow *window)
{
  commit_all (GLOSS_PROPERTIES_DIALOG (window));

  return GTK_WINDOW_CLASS (gloss_properties_dialog_parent_class)->close_request (window);
}

static void
document_reloaded_cb (GlossDocument         *document,
                      GParamSpec            *pspec,
                      GlossPropertiesDialog *self)
{
  /* the edits would go to a history that is no longer the document's */
  g_clear_object (&self->history);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
gloss_properties_dialog_dispose (GObject *object)
{
  GlossPropertiesDialog *self = GLOSS_PROPERTIES_DIALOG (object);

  g_clear_handle_id (&self->sync_id, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (self->transcript != NULL)
    g_signal_handlers_disconnect_by_data (self->transcript, self);
  /* from here on, focus leaving a row commits nothing */
  g_clear_object (&self->history);
  g_clear_object (&self->transcript);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (gloss_properties_dialog_parent_class)->dispose (object);
}

static void
gloss_properties_dialog_finalize (GObject *object)
{
  GlossPropertiesDialog *self = GLOSS_PROPERTIES_DIALOG (object);

  g_ptr_array_unref (self->participant_rows);

  G_OBJECT_CLASS (gloss_properties_dialog_parent_class)->finalize (object);
}

static void
gloss_properties_dialog_class_init (GlossPropertiesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = gloss_properties_dialog_dispose;
  object_class->finalize = gloss_properties_dialog_finalize;
  window_class->close_request = gloss_properties_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/glossapp/Gloss/ui/gloss-properties-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GlossPropertiesDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, GlossPropertiesDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, GlossPropertiesDialog, place_row);
  gtk_widget_class_bind_template_child (widget_class, GlossPropertiesDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, GlossPropertiesDialog, date_error);
  gtk_widget_class_bind_template_child (widget_class, GlossPropertiesDialog, language_error);
  gtk_widget_class_bind_template_child (widget_class, GlossPropertiesDialog, language_button);
  gtk_widget_class_bind_template_child (widget_class, GlossPropertiesDialog, participants_list);
  gtk_widget_class_bind_template_child (widget_class, GlossPropertiesDialog, add_row);
  gtk_widget_class_bind_template_child (widget_class, GlossPropertiesDialog, add_button);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);

  gtk_widget_class_install_action (widget_class, "properties.language", "s", language_action);
}

static void
gloss_properties_dialog_init (GlossPropertiesDialog *self)
{
  g_autoptr(GMenuModel) menu = make_language_menu ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->participant_rows = g_ptr_array_new ();

  self->field_rows[GLOSS_TRANSCRIPT_FIELD_TITLE] = self->title_row;
  self->field_rows[GLOSS_TRANSCRIPT_FIELD_DATE] = self->date_row;
  self->field_rows[GLOSS_TRANSCRIPT_FIELD_PLACE] = self->place_row;
  self->field_rows[GLOSS_TRANSCRIPT_FIELD_LANGUAGE] = self->language_row;
  for (guint field = 0; field < N_FIELDS; field++)
    {
      AdwEntryRow *row = self->field_rows[field];

      g_object_set_data (G_OBJECT (row), "field", GUINT_TO_POINTER (field + 1));
      g_signal_connect (row, "changed", G_CALLBACK (field_changed_cb), self);
      g_signal_connect (row, "entry-activated", G_CALLBACK (field_activated_cb), self);
      commit_on_leave (self, GTK_WIDGET (row));
    }
  g_signal_connect (self->add_row, "changed", G_CALLBACK (add_changed_cb), self);
  g_signal_connect_swapped (self->add_row, "entry-activated", G_CALLBACK (add_clicked_cb), self);
  gtk_menu_button_set_menu_model (self->language_button, menu);
}

GtkWidget *
gloss_properties_dialog_new (GtkWindow     *parent,
                             GlossDocument *document)
{
  GlossPropertiesDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (GLOSS_IS_DOCUMENT (document), NULL);

  self = g_object_new (GLOSS_TYPE_PROPERTIES_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  self->history = g_object_ref (gloss_document_get_history (document));
  self->transcript = g_object_ref (gloss_project_get_transcript (gloss_document_get_project (document)));

  g_signal_connect (document, "notify::history", G_CALLBACK (document_reloaded_cb), self);
  g_signal_connect (self->transcript, "notify", G_CALLBACK (transcript_notify_cb), self);
  g_signal_connect (self->transcript, "participants-changed", G_CALLBACK (participants_changed_cb), self);
  sync_fields (self);
  sync_participants (self);

  return GTK_WIDGET (self);
}
