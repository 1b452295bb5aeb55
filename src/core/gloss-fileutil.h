#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Writes @data to a temporary file in @file's folder, fsyncs it and renames it
 * over @file: the old file stays whole until the new one is complete. On
 * failure nothing is left behind and @error names the file. */
gboolean gloss_file_replace_atomic (GFile       *file,
                                    const void  *data,
                                    gsize        length,
                                    GError     **error);

/* Reads a regular file of at most @max_size bytes; refuses directories,
 * devices and larger files before reading. @error_domain/@error codes are the
 * caller's: @not_regular_code and @too_large_code are used for those cases,
 * @io_code for the rest. Messages begin with the file's name. */
gboolean gloss_file_read_limited   (GFile       *file,
                                    gsize        max_size,
                                    GQuark       error_domain,
                                    int          io_code,
                                    int          not_regular_code,
                                    int          too_large_code,
                                    char       **contents,
                                    gsize       *length,
                                    GError     **error);

/* a name for messages: the path when local, else the URI */
char    *gloss_file_display_name   (GFile       *file);
/* the folder @file is in, as the window shows it: “~/briefings” under the
 * home folder, else its path or URI */
char    *gloss_file_display_folder (GFile       *file);

/* The one rule for naming a file to a user in the window: its display
 * name, and its folder as well when one of @others (the files open beside
 * it) has the same name: “p.gloss (~/a)”. */
char    *gloss_file_label          (GFile        *file,
                                    GFile * const *others,
                                    guint         n_others);
/* @message with the name of @file it begins with (“PATH: …”, as core
 * messages name a file, or “NAME: …”) given as @label instead; a copy of
 * @message when it begins with neither */
char    *gloss_file_relabel_message (const char  *message,
                                     GFile       *file,
                                     const char  *label);

G_END_DECLS
