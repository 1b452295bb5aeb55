#include "config.h"

#include "gloss-tooltips.h"

/* about GTK's own measure for tooltips */
#define TOOLTIP_MAX_WIDTH_CHARS 50
#define TOOLTIP_MAX_WIDTH_PX    420

static GQuark handled_quark;

GtkWidget *
gloss_tooltip_label_new (const char *markup)
{
  GtkWidget *label;
  int natural;

  g_return_val_if_fail (markup != NULL, NULL);

  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), TOOLTIP_MAX_WIDTH_CHARS);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  gtk_widget_set_size_request (label, MIN (natural, TOOLTIP_MAX_WIDTH_PX), -1);

  return label;
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  const char *markup = gtk_widget_get_tooltip_markup (widget);

  if (markup == NULL || *markup == '\0')
    return FALSE;

  gtk_tooltip_set_custom (tooltip, gloss_tooltip_label_new (markup));
  return TRUE;
}

static void
take_over (GtkWidget *widget)
{
  if (g_object_get_qdata (G_OBJECT (widget), handled_quark) != NULL)
    return;

  g_object_set_qdata (G_OBJECT (widget), handled_quark, GINT_TO_POINTER (TRUE));
  /* after the handlers connected so far: theirs answer first */
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}

/* a widget may be given its tooltip after it is realized: the first query
 * still shows GTK's own, every later one ours */
static gboolean
widget_hook_cb (GSignalInvocationHint *hint,
                guint                  n_values,
                const GValue          *values,
                gpointer               user_data)
{
  GtkWidget *widget = g_value_get_object (&values[0]);

  if (gtk_widget_get_has_tooltip (widget))
    take_over (widget);

  return TRUE;
}

void
gloss_tooltips_install (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      /* the signals exist once the class does */
      g_type_class_unref (g_type_class_ref (GTK_TYPE_WIDGET));
      handled_quark = g_quark_from_static_string ("gloss-tooltip-handled");
      g_signal_add_emission_hook (g_signal_lookup ("realize", GTK_TYPE_WIDGET), 0,
                                  widget_hook_cb, NULL, NULL);
      g_signal_add_emission_hook (g_signal_lookup ("query-tooltip", GTK_TYPE_WIDGET), 0,
                                  widget_hook_cb, NULL, NULL);
      g_once_init_leave (&installed, 1);
    }
}
