#pragma once

#include <libxml/tree.h>

#include "gloss-topic.h"

G_BEGIN_DECLS

/* QDA-XML codes as Gloss topics, shared by the project (.qdpx) and
 * codebook (.qdc) readers: nested codes flattened to "Parent / Child",
 * colours kept ("#abc" widened), ids made from the names. */
typedef struct
{
  const char *ns;             /* the document's namespace */
  const char *part_name;      /* for messages: "project.qde" */
  const char *source_name;
  GPtrArray *topics;          /* GlossTopic * */
  GHashTable *topic_by_guid;  /* guid key -> topic id (owned by the topic) */
  GHashTable *topic_ids;      /* ids taken */
} GlossQdaCodes;

void     _gloss_qda_codes_init  (GlossQdaCodes *codes,
                                 const char    *ns,
                                 const char    *part_name,
                                 const char    *source_name);
void     _gloss_qda_codes_clear (GlossQdaCodes *codes);
/* the Code elements under @parent, @depth levels below the root */
gboolean _gloss_qda_read_codes  (GlossQdaCodes *codes,
                                 xmlNode       *parent,
                                 guint          depth,
                                 GError       **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (GlossQdaCodes, _gloss_qda_codes_clear)

G_END_DECLS
