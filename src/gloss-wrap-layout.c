#include "config.h"

#include "gloss-wrap-layout.h"

struct _GlossWrapLayout
{
  GtkLayoutManager parent_instance;

  int column_spacing;
  int row_spacing;
};

G_DEFINE_FINAL_TYPE (GlossWrapLayout, gloss_wrap_layout, GTK_TYPE_LAYOUT_MANAGER)

/* Walks the lines @width makes, calling @place (if given) for each child
 * with its box; returns the height of all lines. */
static int
lay_out (GlossWrapLayout *self,
         GtkWidget       *widget,
         int              width,
         gboolean         place)
{
  int x = 0, y = 0, line_height = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min_w, nat_w, min_h, nat_h, w;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, &nat_w, NULL, NULL);
      w = MIN (nat_w, MAX (min_w, width));
      if (x > 0 && x + w > width)
        {
          x = 0;
          y += line_height + self->row_spacing;
          line_height = 0;
        }
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, w, &min_h, &nat_h, NULL, NULL);
      if (place)
        gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, w, nat_h }, -1);
      line_height = MAX (line_height, nat_h);
      x += w + self->column_spacing;
    }

  return y + line_height;
}

static GtkSizeRequestMode
gloss_wrap_layout_get_request_mode (GtkLayoutManager *manager,
                                    GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
gloss_wrap_layout_measure (GtkLayoutManager *manager,
                           GtkWidget        *widget,
                           GtkOrientation    orientation,
                           int               for_size,
                           int              *minimum,
                           int              *natural,
                           int              *minimum_baseline,
                           int              *natural_baseline)
{
  GlossWrapLayout *self = GLOSS_WRAP_LAYOUT (manager);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int min = 0, nat = 0;
      gboolean first = TRUE;

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, &child_nat, NULL, NULL);
          min = MAX (min, child_min);
          nat += child_nat + (first ? 0 : self->column_spacing);
          first = FALSE;
        }
      *minimum = min;
      *natural = nat;
    }
  else
    {
      int height = lay_out (self, widget, for_size < 0 ? G_MAXINT / 2 : for_size, FALSE);

      *minimum = *natural = height;
    }
}

static void
gloss_wrap_layout_allocate (GtkLayoutManager *manager,
                            GtkWidget        *widget,
                            int               width,
                            int               height,
                            int               baseline)
{
  lay_out (GLOSS_WRAP_LAYOUT (manager), widget, width, TRUE);
}

static void
gloss_wrap_layout_class_init (GlossWrapLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->get_request_mode = gloss_wrap_layout_get_request_mode;
  manager_class->measure = gloss_wrap_layout_measure;
  manager_class->allocate = gloss_wrap_layout_allocate;
}

static void
gloss_wrap_layout_init (GlossWrapLayout *self)
{
}

GtkLayoutManager *
gloss_wrap_layout_new (int column_spacing,
                       int row_spacing)
{
  GlossWrapLayout *self = g_object_new (GLOSS_TYPE_WRAP_LAYOUT, NULL);

  self->column_spacing = column_spacing;
  self->row_spacing = row_spacing;

  return GTK_LAYOUT_MANAGER (self);
}
