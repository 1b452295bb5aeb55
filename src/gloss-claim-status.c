#include "config.h"

#include <glib/gi18n.h>

#include "gloss-claim-status.h"
#include "gloss-figures.h"

const char *
gloss_claim_status_icon_name (GlossClaimStatus status)
{
  static const char * const icons[] = {
    [GLOSS_CLAIM_STATUS_UNCHECKED] = "radio-symbolic",
    [GLOSS_CLAIM_STATUS_VERIFIED] = "emblem-ok-symbolic",
    [GLOSS_CLAIM_STATUS_DISPUTED] = "dialog-question-symbolic",
    [GLOSS_CLAIM_STATUS_FALSE] = "process-stop-symbolic",
    [GLOSS_CLAIM_STATUS_NEEDS_SOURCE] = "insert-link-symbolic",
  };

  g_return_val_if_fail ((guint) status <= GLOSS_CLAIM_STATUS_LAST, NULL);

  return icons[status];
}

const char *
gloss_claim_status_css_class (GlossClaimStatus status)
{
  static const char * const classes[] = {
    [GLOSS_CLAIM_STATUS_UNCHECKED] = "status-unchecked",
    [GLOSS_CLAIM_STATUS_VERIFIED] = "status-verified",
    [GLOSS_CLAIM_STATUS_DISPUTED] = "status-disputed",
    [GLOSS_CLAIM_STATUS_FALSE] = "status-false",
    [GLOSS_CLAIM_STATUS_NEEDS_SOURCE] = "status-needs-source",
  };

  g_return_val_if_fail ((guint) status <= GLOSS_CLAIM_STATUS_LAST, NULL);

  return classes[status];
}

GtkWidget *
gloss_claim_status_line_new (void)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *status = gtk_label_new (NULL);
  GtkWidget *figures = gtk_label_new (NULL);

  gtk_widget_add_css_class (line, "claim-record");
  gtk_widget_add_css_class (status, "caption");
  gtk_widget_add_css_class (figures, "caption");
  gtk_widget_add_css_class (figures, "numeric");
  gtk_widget_add_css_class (figures, "dim-label");
  gtk_label_set_ellipsize (GTK_LABEL (figures), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (figures), 0);
  gtk_widget_set_hexpand (figures, TRUE);
  gtk_box_append (GTK_BOX (line), icon);
  gtk_box_append (GTK_BOX (line), status);
  gtk_box_append (GTK_BOX (line), figures);
  g_object_set_data (G_OBJECT (line), "icon", icon);
  g_object_set_data (G_OBJECT (line), "status", status);
  g_object_set_data (G_OBJECT (line), "figures", figures);

  return line;
}

void
gloss_claim_status_line_update (GtkWidget    *line,
                                GlossProject *project,
                                GlossClaim   *claim)
{
  GtkWidget *icon = g_object_get_data (G_OBJECT (line), "icon");
  GtkWidget *status_label = g_object_get_data (G_OBJECT (line), "status");
  GtkWidget *figures_label = g_object_get_data (G_OBJECT (line), "figures");
  GlossClaimStatus status;
  GlossTranscript *text;
  g_autofree char *figures = NULL;
  guint n_sources;
  GString *details;

  g_return_if_fail (GTK_IS_BOX (line));

  if (claim == NULL)
    return;

  status = gloss_claim_get_status (claim);
  for (guint i = 0; i <= GLOSS_CLAIM_STATUS_LAST; i++)
    gtk_widget_remove_css_class (line, gloss_claim_status_css_class (i));
  gtk_widget_add_css_class (line, gloss_claim_status_css_class (status));
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), gloss_claim_status_icon_name (status));
  gtk_label_set_text (GTK_LABEL (status_label), gloss_claim_status_get_label (status));

  text = gloss_project_get_text (project, gloss_claim_get_text_role (claim));
  figures = gloss_figures_join_stated (gloss_claim_get_quote (claim),
                                       text != NULL ? gloss_transcript_get_language (text) : NULL,
                                       " · ");
  n_sources = gloss_claim_get_sources (claim)->len;
  details = g_string_new (figures);
  if (n_sources > 0)
    {
      if (details->len > 0)
        g_string_append (details, "   ");
      g_string_append_printf (details, g_dngettext (GETTEXT_PACKAGE, "%u source", "%u sources", n_sources),
                              n_sources);
    }
  gtk_label_set_text (GTK_LABEL (figures_label), details->str);
  g_string_free (details, TRUE);
}
