#pragma once

#include <libxml/tree.h>

#include "gloss-import-format-private.h"

G_BEGIN_DECLS

/* The safe ways in for every archive and XML reader (DOCX, ODT, QDPX).
 *
 * ZIP archives are read with libarchive and never expand past these
 * limits, whatever their headers claim: a decompression bomb is refused
 * while it is being read, not after. */
#define GLOSS_ZIP_MAX_ENTRY_SIZE ((gsize) 64 * 1024 * 1024)
#define GLOSS_ZIP_MAX_TOTAL_SIZE ((gsize) 256 * 1024 * 1024)
/* what is read may exceed the archive's own size this many times (plus
 * GLOSS_ZIP_RATIO_ALLOWANCE for small files) */
#define GLOSS_ZIP_MAX_RATIO      100
#define GLOSS_ZIP_RATIO_ALLOWANCE ((gsize) 1024 * 1024)
#define GLOSS_ZIP_MAX_ENTRIES    10000

/* XML parts nest at most this deep */
#define GLOSS_XML_MAX_DEPTH      128

/* TRUE for the entries the caller wants read */
typedef gboolean (*GlossZipWantFunc) (const char *entry_name,
                                      gpointer    user_data);

/* entry name -> GBytes (NUL-terminated after its length) of the entries
 * @want chose; errors begin with @source_name */
GHashTable *_gloss_zip_read       (const char        *data,
                                   gsize              length,
                                   const char        *source_name,
                                   GlossZipWantFunc   want,
                                   gpointer           user_data,
                                   GError           **error);
/* a GlossZipWantFunc for the entries named in @names, a NULL-terminated
 * array of strings */
gboolean    _gloss_zip_want_names (const char        *entry_name,
                                   gpointer           names);
/* TRUE when @data starts like a ZIP archive */
gboolean    _gloss_zip_sniff      (const char        *data,
                                   gsize              length);

/* Parses @part (named in messages after @source_name) without the network,
 * without a DTD, without entity substitution: a document type declaration
 * is refused outright, as no format Gloss reads needs one. */
xmlDoc     *_gloss_xml_read       (GBytes            *part,
                                   const char        *part_name,
                                   const char        *source_name,
                                   GError           **error);
/* the first child element of @node called @name in @ns (an href; NULL
 * for none), or NULL */
xmlNode    *_gloss_xml_child      (xmlNode           *node,
                                   const char        *ns,
                                   const char        *name);
gboolean    _gloss_xml_is         (xmlNode           *node,
                                   const char        *ns,
                                   const char        *name);
/* libxml2's global state, set up once before any thread parses or writes
 * (imports run in a worker thread) */
void        _gloss_xml_init       (void);
/* the error for an element nested deeper than GLOSS_XML_MAX_DEPTH */
void        _gloss_xml_set_too_deep (GError          **error,
                                     const char       *part_name,
                                     const char       *source_name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

G_END_DECLS
