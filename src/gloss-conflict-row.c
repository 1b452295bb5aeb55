#include "config.h"

#include <glib/gi18n.h>

#include "gloss-claim-status.h"
#include "gloss-conflict-row.h"
#include "gloss-conflict.h"
#include "gloss-topic-markup.h"

struct _GlossConflictRow
{
  GtkListBoxRow parent_instance;

  GlossHistory *history;
  GlossClaim *claim;
};

G_DEFINE_FINAL_TYPE (GlossConflictRow, gloss_conflict_row, GTK_TYPE_LIST_BOX_ROW)

static void
gloss_conflict_row_dispose (GObject *object)
{
  GlossConflictRow *self = GLOSS_CONFLICT_ROW (object);

  g_clear_object (&self->history);
  g_clear_object (&self->claim);

  G_OBJECT_CLASS (gloss_conflict_row_parent_class)->dispose (object);
}

static void
gloss_conflict_row_class_init (GlossConflictRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = gloss_conflict_row_dispose;
}

static void
gloss_conflict_row_init (GlossConflictRow *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "conflict-row");
}

/* the topics as the window shows them (dot and name), or "No topic" */
static char *
topics_markup (GlossProject *project,
               GlossClaim   *claim)
{
  char *markup = gloss_topic_markup_claim (project, claim, FALSE);

  if (*markup != '\0')
    return markup;
  g_free (markup);
  return g_markup_escape_text (_("No topic"), -1);
}

static GtkWidget *
value_label (const char *text,
             gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_widget_set_hexpand (label, TRUE);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* one version: its words (when they differ from the other's), topics,
 * note, record (status, figures, sources, as in a claim row) and author */
static GtkWidget *
version_box (GlossProject *project,
             GlossClaim   *version,
             GlossClaim   *other,
             const char   *heading)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = value_label (heading, FALSE);
  g_autofree char *topics = topics_markup (project, version);
  GtkWidget *topics_label = value_label (NULL, FALSE);
  const char *note = gloss_claim_get_note (version);
  const char *author = gloss_claim_get_author (version);
  GtkWidget *record;

  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);
  if (g_strcmp0 (gloss_claim_get_quote (version), gloss_claim_get_quote (other)) != 0)
    {
      g_autofree char *quote = g_strdup_printf (_("“%s”"), gloss_claim_get_quote (version));

      gtk_box_append (GTK_BOX (box), value_label (quote, FALSE));
    }
  gtk_label_set_markup (GTK_LABEL (topics_label), topics);
  gtk_box_append (GTK_BOX (box), topics_label);
  gtk_box_append (GTK_BOX (box), value_label (*note != '\0' ? note : _("No note"), *note == '\0'));
  record = gloss_claim_status_line_new ();
  gloss_claim_status_line_update (record, project, version);
  gtk_box_append (GTK_BOX (box), record);
  if (*author != '\0')
    {
      /* TRANSLATORS: who made this version of a claim */
      g_autofree char *by = g_strdup_printf (_("by %s"), author);

      gtk_box_append (GTK_BOX (box), value_label (by, TRUE));
    }
  gtk_widget_set_hexpand (box, TRUE);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  return box;
}

static void
resolve (GtkButton           *button,
         GlossConflictRow    *self,
         GlossConflictChoice  choice)
{
  /* the page rebuilds its rows from the project: keep this one alive */
  g_autoptr(GlossConflictRow) alive = g_object_ref (self);

  if (gloss_claim_get_conflict (self->claim) != NULL)
    gloss_conflict_resolve (self->history, self->claim, choice);
}

static void
keep_mine_cb (GtkButton *button, GlossConflictRow *self)
{
  resolve (button, self, GLOSS_CONFLICT_KEEP_MINE);
}

static void
take_theirs_cb (GtkButton *button, GlossConflictRow *self)
{
  resolve (button, self, GLOSS_CONFLICT_TAKE_THEIRS);
}

static void
keep_both_cb (GtkButton *button, GlossConflictRow *self)
{
  resolve (button, self, GLOSS_CONFLICT_KEEP_BOTH);
}

static GtkWidget *
button (const char *mnemonic,
        const char *tooltip,
        const char *name,
        GCallback   callback,
        gpointer    self)
{
  GtkWidget *widget = gtk_button_new_with_mnemonic (mnemonic);

  gtk_widget_set_tooltip_text (widget, tooltip);
  gtk_widget_set_name (widget, name);
  g_signal_connect (widget, "clicked", callback, self);
  return widget;
}

GtkWidget *
gloss_conflict_row_new (GlossHistory *history,
                        GlossClaim   *claim)
{
  GlossConflictRow *self;
  GlossProject *project;
  GlossClaim *theirs;
  GtkWidget *box, *versions, *buttons, *quote;
  g_autofree char *quoted = NULL;

  g_return_val_if_fail (GLOSS_IS_HISTORY (history), NULL);
  g_return_val_if_fail (GLOSS_IS_CLAIM (claim), NULL);
  g_return_val_if_fail (gloss_claim_get_conflict (claim) != NULL, NULL);

  self = g_object_new (GLOSS_TYPE_CONFLICT_ROW, "activatable", FALSE, NULL);
  self->history = g_object_ref (history);
  self->claim = g_object_ref (claim);
  project = gloss_history_get_project (history);
  theirs = gloss_claim_get_conflict (claim);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  quoted = g_strdup_printf (_("“%s”"), gloss_claim_get_quote (claim));
  quote = value_label (quoted, FALSE);
  gtk_label_set_ellipsize (GTK_LABEL (quote), PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (GTK_LABEL (quote), 3);
  gtk_box_append (GTK_BOX (box), quote);

  versions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_set_homogeneous (GTK_BOX (versions), TRUE);
  gtk_box_append (GTK_BOX (versions), version_box (project, claim, theirs, _("Mine")));
  gtk_box_append (GTK_BOX (versions), version_box (project, theirs, claim, _("Theirs")));
  gtk_box_append (GTK_BOX (box), versions);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons),
                  button (_("Keep _Mine"), _("Drop their version of this claim"), "keep-mine",
                          G_CALLBACK (keep_mine_cb), self));
  gtk_box_append (GTK_BOX (buttons),
                  button (_("Take _Theirs"), _("Give this claim their span, topics, note, status and sources"),
                          "take-theirs", G_CALLBACK (take_theirs_cb), self));
  gtk_box_append (GTK_BOX (buttons),
                  button (_("Keep _Both"), _("Keep mine, and add theirs as another claim"),
                          "keep-both", G_CALLBACK (keep_both_cb), self));
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  return GTK_WIDGET (self);
}

GlossClaim *
gloss_conflict_row_get_claim (GlossConflictRow *self)
{
  g_return_val_if_fail (GLOSS_IS_CONFLICT_ROW (self), NULL);

  return self->claim;
}
