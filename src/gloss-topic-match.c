#include "config.h"

#include <glib/gi18n.h>

#include "gloss-topic-match.h"

typedef struct
{
  GlossHistory *history;
  GlossTopic *topic;
  GtkWidget *popover;
  GtkEditable *keywords;
  GtkEditable *regex;
  GtkLabel *error_label;
  GtkWidget *apply;
} Match;

static void
match_free (gpointer data)
{
  Match *match = data;

  g_clear_object (&match->history);
  g_clear_object (&match->topic);
  g_free (match);
}

GStrv
gloss_topic_match_parse_keywords (const char *text)
{
  g_auto(GStrv) parts = g_regex_split_simple ("[,;，；、]", text != NULL ? text : "", G_REGEX_DEFAULT,
                                              G_REGEX_MATCH_DEFAULT);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *keyword = g_strstrip (parts[i]);

      if (keyword[0] == '\0' || !g_hash_table_add (seen, g_utf8_casefold (keyword, -1)))
        continue;
      g_strv_builder_add (builder, keyword);
    }

  return g_strv_builder_end (builder);
}

static gboolean
check (Match *match)
{
  g_autoptr(GError) error = NULL;
  const char *regex = gtk_editable_get_text (match->regex);
  gboolean valid = gloss_topic_regex_is_valid (regex, &error);

  if (valid)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (match->regex), "error");
      gtk_label_set_text (match->error_label, "");
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (match->regex), "error");
      gtk_label_set_text (match->error_label, error->message);
    }
  gtk_widget_set_visible (GTK_WIDGET (match->error_label), !valid);
  gtk_widget_set_sensitive (match->apply, valid);

  return valid;
}

static void
regex_changed_cb (GtkEditable *editable,
                  Match       *match)
{
  check (match);
}

static void
apply_cb (GtkWidget *widget,
          Match     *match)
{
  g_auto(GStrv) keywords = NULL;
  const char *regex;

  if (!check (match))
    return;

  keywords = gloss_topic_match_parse_keywords (gtk_editable_get_text (match->keywords));
  regex = gtk_editable_get_text (match->regex);
  gloss_history_begin_group (match->history, _("Change keywords"));
  gloss_history_set_topic_keywords (match->history, match->topic, (const char * const *) keywords);
  gloss_history_set_topic_regex (match->history, match->topic, regex);
  gloss_history_end_group (match->history);
  gtk_popover_popdown (GTK_POPOVER (match->popover));
}

static void
popover_show_cb (GtkWidget *popover,
                 Match     *match)
{
  g_autofree char *keywords = g_strjoinv (", ", (char **) gloss_topic_get_keywords (match->topic));

  gtk_editable_set_text (match->keywords, keywords);
  gtk_editable_set_text (match->regex, gloss_topic_get_regex (match->topic));
  check (match);
}

static GtkWidget *
labelled (const char  *text,
          GtkWidget   *entry)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), entry);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), entry);

  return box;
}

GtkWidget *
gloss_topic_match_button_new (GlossHistory *history,
                              GlossTopic   *topic)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  GtkWidget *hint = gtk_label_new (_("Suggest Claims finds sentences with a keyword or a match "
                                     "of the pattern. Separate keywords with commas."));
  Match *match = g_new0 (Match, 1);

  g_return_val_if_fail (GLOSS_IS_HISTORY (history), NULL);
  g_return_val_if_fail (GLOSS_IS_TOPIC (topic), NULL);

  match->history = g_object_ref (history);
  match->topic = g_object_ref (topic);
  match->popover = gtk_popover_new ();
  match->keywords = GTK_EDITABLE (gtk_entry_new ());
  match->regex = GTK_EDITABLE (gtk_entry_new ());
  match->error_label = GTK_LABEL (gtk_label_new (NULL));
  match->apply = gtk_button_new_with_mnemonic (_("_Apply"));

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "edit-find-symbolic");
  gtk_widget_set_tooltip_text (button, _("Keywords and Pattern"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Keywords and Pattern"), -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");

  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (hint), 40);
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_label_set_wrap (match->error_label, TRUE);
  gtk_label_set_max_width_chars (match->error_label, 40);
  gtk_label_set_xalign (match->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (match->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (match->error_label), FALSE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (match->regex), "\\b5G\\b|基站");
  gtk_widget_add_css_class (GTK_WIDGET (match->regex), "monospace");
  gtk_widget_add_css_class (match->apply, "suggested-action");
  gtk_widget_set_halign (match->apply, GTK_ALIGN_END);

  gtk_box_append (GTK_BOX (box), labelled (_("_Keywords"), GTK_WIDGET (match->keywords)));
  gtk_box_append (GTK_BOX (box), labelled (_("_Pattern (regular expression)"), GTK_WIDGET (match->regex)));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (match->error_label));
  gtk_box_append (GTK_BOX (box), hint);
  gtk_box_append (GTK_BOX (box), match->apply);
  gtk_widget_set_size_request (box, 300, -1);
  gtk_popover_set_child (GTK_POPOVER (match->popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), match->popover);

  g_signal_connect (match->regex, "changed", G_CALLBACK (regex_changed_cb), match);
  g_signal_connect (match->keywords, "activate", G_CALLBACK (apply_cb), match);
  g_signal_connect (match->regex, "activate", G_CALLBACK (apply_cb), match);
  g_signal_connect (match->apply, "clicked", G_CALLBACK (apply_cb), match);
  g_signal_connect (match->popover, "show", G_CALLBACK (popover_show_cb), match);
  g_object_set_data_full (G_OBJECT (button), "gloss-topic-match", match, match_free);

  return button;
}
