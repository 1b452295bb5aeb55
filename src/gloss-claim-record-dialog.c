#include "config.h"

#include <glib/gi18n.h>

#include "gloss-claim-record-dialog.h"
#include "gloss-claim-status.h"

struct _GlossClaimRecordDialog
{
  AdwWindow parent_instance;

  GlossHistory *history;
  GlossProject *project;
  GlossClaim *claim;
  gulong changed_id;
  gulong removed_id;
  gboolean updating;

  AdwPreferencesGroup *status_group;
  AdwComboRow *status_row;
  AdwPreferencesGroup *sources_group;
  GPtrArray *source_rows;
  AdwEntryRow *url_row;
  AdwEntryRow *title_row;
  AdwEntryRow *accessed_row;
  GtkButton *add_button;
};

G_DEFINE_FINAL_TYPE (GlossClaimRecordDialog, gloss_claim_record_dialog, ADW_TYPE_WINDOW)

static void
open_source_cb (GtkButton              *button,
                GlossClaimRecordDialog *self)
{
  const char *url = g_object_get_data (G_OBJECT (button), "url");

  /* GTK 4.8: gtk_show_uri (GtkUriLauncher is 4.10) */
  gtk_show_uri (GTK_WINDOW (self), url, GDK_CURRENT_TIME);
}

static void
remove_source_cb (GtkButton              *button,
                  GlossClaimRecordDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  g_autoptr(GPtrArray) sources = gloss_sources_copy (gloss_claim_get_sources (self->claim));

  if (index >= sources->len)
    return;
  g_ptr_array_remove_index (sources, index);
  gloss_history_set_claim_sources (self->history, self->claim, sources);
}

static void
rebuild (GlossClaimRecordDialog *self)
{
  GPtrArray *sources = gloss_claim_get_sources (self->claim);

  self->updating = TRUE;
  adw_combo_row_set_selected (self->status_row, gloss_claim_get_status (self->claim));
  self->updating = FALSE;

  for (guint i = 0; i < self->source_rows->len; i++)
    adw_preferences_group_remove (self->sources_group, g_ptr_array_index (self->source_rows, i));
  g_ptr_array_set_size (self->source_rows, 0);

  for (guint i = 0; i < sources->len; i++)
    {
      const GlossSource *source = g_ptr_array_index (sources, i);
      const char *accessed = gloss_source_get_accessed (source);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *subtitle = NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), gloss_source_get_label (source));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      /* without a title the row's title is the URL already */
      if (gloss_source_get_title (source)[0] == '\0')
        subtitle = accessed[0] != '\0' ? g_strdup_printf (_("accessed %s"), accessed) : NULL;
      else if (accessed[0] != '\0')
        /* Translators: a source's URL and the day it was read */
        subtitle = g_strdup_printf (_("%s · accessed %s"), gloss_source_get_url (source), accessed);
      else
        subtitle = g_strdup (gloss_source_get_url (source));
      if (subtitle != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_tooltip_text (remove, _("Remove Source"));
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      g_object_set_data (G_OBJECT (remove), "index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_source_cb), self);

      /* a file:, javascript: or plain citation is shown, never opened */
      if (gloss_source_is_web_link (source))
        {
          GtkWidget *open = gtk_button_new_from_icon_name ("adw-external-link-symbolic");

          gtk_widget_set_tooltip_text (open, _("Open in Browser"));
          gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (open, "flat");
          g_object_set_data_full (G_OBJECT (open), "url", g_strdup (gloss_source_get_url (source)), g_free);
          g_signal_connect (open, "clicked", G_CALLBACK (open_source_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
        }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_preferences_group_add (self->sources_group, row);
      g_ptr_array_add (self->source_rows, row);
    }
}

static void
status_selected_cb (AdwComboRow            *row,
                    GParamSpec             *pspec,
                    GlossClaimRecordDialog *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating || selected > GLOSS_CLAIM_STATUS_LAST)
    return;
  gloss_history_set_claim_status (self->history, self->claim, selected);
}

static void
update_add_sensitive (GlossClaimRecordDialog *self)
{
  const char *url = gtk_editable_get_text (GTK_EDITABLE (self->url_row));
  const char *accessed = gtk_editable_get_text (GTK_EDITABLE (self->accessed_row));
  gboolean date_ok = accessed[0] == '\0' || gloss_date_is_valid (accessed);
  g_autofree char *trimmed = g_strstrip (g_strdup (url));

  if (date_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->accessed_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->accessed_row), "error");
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), trimmed[0] != '\0' && date_ok);
}

static void
entry_changed_cb (GtkEditable            *editable,
                  GlossClaimRecordDialog *self)
{
  update_add_sensitive (self);
}

static void
add_source_cb (GtkButton              *button,
               GlossClaimRecordDialog *self)
{
  g_autofree char *url = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->url_row))));
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  const char *accessed = gtk_editable_get_text (GTK_EDITABLE (self->accessed_row));
  g_autoptr(GPtrArray) sources = NULL;

  if (url[0] == '\0' || (accessed[0] != '\0' && !gloss_date_is_valid (accessed)))
    return;

  sources = gloss_sources_copy (gloss_claim_get_sources (self->claim));
  g_ptr_array_add (sources, gloss_source_new (url, title, accessed));
  gloss_history_set_claim_sources (self->history, self->claim, sources);
  gtk_editable_set_text (GTK_EDITABLE (self->url_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), "");
}

static void
claim_changed_cb (GlossProject           *project,
                  GlossClaim             *claim,
                  GlossClaimRecordDialog *self)
{
  if (claim == self->claim)
    rebuild (self);
}

static void
claims_changed_cb (GListModel             *model,
                   guint                   position,
                   guint                   removed,
                   guint                   added,
                   GlossClaimRecordDialog *self)
{
  if (removed > added && gloss_project_get_claim_position (self->project, self->claim) < 0)
    gtk_window_close (GTK_WINDOW (self));
}

static void
gloss_claim_record_dialog_dispose (GObject *object)
{
  GlossClaimRecordDialog *self = GLOSS_CLAIM_RECORD_DIALOG (object);

  g_clear_signal_handler (&self->changed_id, self->project);
  g_clear_signal_handler (&self->removed_id, self->project);
  g_clear_object (&self->claim);
  g_clear_object (&self->project);
  g_clear_object (&self->history);
  g_clear_pointer (&self->source_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (gloss_claim_record_dialog_parent_class)->dispose (object);
}

static void
url_activated_cb (AdwEntryRow            *row,
                  GlossClaimRecordDialog *self)
{
  gtk_widget_activate (GTK_WIDGET (self->add_button));
}

static void
gloss_claim_record_dialog_class_init (GlossClaimRecordDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gloss_claim_record_dialog_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glossapp/Gloss/ui/gloss-claim-record-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, GlossClaimRecordDialog, status_group);
  gtk_widget_class_bind_template_child (widget_class, GlossClaimRecordDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, GlossClaimRecordDialog, sources_group);
  gtk_widget_class_bind_template_child (widget_class, GlossClaimRecordDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, GlossClaimRecordDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, GlossClaimRecordDialog, accessed_row);
  gtk_widget_class_bind_template_child (widget_class, GlossClaimRecordDialog, add_button);
  gtk_widget_class_bind_template_callback (widget_class, status_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_source_cb);
  gtk_widget_class_bind_template_callback (widget_class, url_activated_cb);
}

static void
gloss_claim_record_dialog_init (GlossClaimRecordDialog *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  self->source_rows = g_ptr_array_new ();
  /* the model before the template's notify::selected handler may run */
  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  /* the statuses' labels have their home in the core */
  for (guint i = 0; i <= GLOSS_CLAIM_STATUS_LAST; i++)
    gtk_string_list_append (statuses, gloss_claim_status_get_label (i));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  self->updating = FALSE;
  gtk_editable_set_text (GTK_EDITABLE (self->accessed_row), today);
  update_add_sensitive (self);
}

GtkWidget *
gloss_claim_record_dialog_new (GtkWindow    *parent,
                               GlossHistory *history,
                               GlossClaim   *claim)
{
  GlossClaimRecordDialog *self;

  g_return_val_if_fail (GLOSS_IS_HISTORY (history), NULL);
  g_return_val_if_fail (GLOSS_IS_CLAIM (claim), NULL);

  self = g_object_new (GLOSS_TYPE_CLAIM_RECORD_DIALOG, "transient-for", parent, NULL);
  self->history = g_object_ref (history);
  self->project = g_object_ref (gloss_history_get_project (history));
  self->claim = g_object_ref (claim);
  {
    g_autofree char *quote = g_utf8_substring (gloss_claim_get_quote (claim), 0,
                                               MIN (g_utf8_strlen (gloss_claim_get_quote (claim), -1), 240));
    g_autofree char *escaped = g_markup_escape_text (quote, -1);

    /* the claim it is about, above its status */
    adw_preferences_group_set_description (self->status_group, escaped);
  }
  self->changed_id = g_signal_connect (self->project, "claim-changed", G_CALLBACK (claim_changed_cb), self);
  self->removed_id = g_signal_connect (self->project, "items-changed", G_CALLBACK (claims_changed_cb), self);
  rebuild (self);

  return GTK_WIDGET (self);
}
