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

  GtkLabel *quote;
  GtkBox *versions;
};

G_DEFINE_FINAL_TYPE (GlossConflictRow, gloss_conflict_row, GTK_TYPE_LIST_BOX_ROW)

static void
gloss_conflict_row_dispose (GObject *object)
{
  GlossConflictRow *self = GLOSS_CONFLICT_ROW (object);

  g_clear_object (&self->history);
  g_clear_object (&self->claim);
  gtk_widget_dispose_template (GTK_WIDGET (self), GLOSS_TYPE_CONFLICT_ROW);

  G_OBJECT_CLASS (gloss_conflict_row_parent_class)->dispose (object);
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

static void
gloss_conflict_row_class_init (GlossConflictRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = gloss_conflict_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/glossapp/Gloss/ui/gloss-conflict-row.ui");
  gtk_widget_class_bind_template_child (widget_class, GlossConflictRow, quote);
  gtk_widget_class_bind_template_child (widget_class, GlossConflictRow, versions);
  gtk_widget_class_bind_template_callback (widget_class, keep_mine_cb);
  gtk_widget_class_bind_template_callback (widget_class, take_theirs_cb);
  gtk_widget_class_bind_template_callback (widget_class, keep_both_cb);
}

static void
gloss_conflict_row_init (GlossConflictRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
gloss_conflict_row_new (GlossHistory *history,
                        GlossClaim   *claim)
{
  GlossConflictRow *self;
  GlossProject *project;
  GlossClaim *theirs;
  g_autofree char *quoted = NULL;

  g_return_val_if_fail (GLOSS_IS_HISTORY (history), NULL);
  g_return_val_if_fail (GLOSS_IS_CLAIM (claim), NULL);
  g_return_val_if_fail (gloss_claim_get_conflict (claim) != NULL, NULL);

  self = g_object_new (GLOSS_TYPE_CONFLICT_ROW, NULL);
  self->history = g_object_ref (history);
  self->claim = g_object_ref (claim);
  project = gloss_history_get_project (history);
  theirs = gloss_claim_get_conflict (claim);

  quoted = g_strdup_printf (_("“%s”"), gloss_claim_get_quote (claim));
  gtk_label_set_text (self->quote, quoted);

  gtk_box_append (self->versions, version_box (project, claim, theirs, _("Mine")));
  gtk_box_append (self->versions, version_box (project, theirs, claim, _("Theirs")));

  return GTK_WIDGET (self);
}

GlossClaim *
gloss_conflict_row_get_claim (GlossConflictRow *self)
{
  g_return_val_if_fail (GLOSS_IS_CONFLICT_ROW (self), NULL);

  return self->claim;
}
