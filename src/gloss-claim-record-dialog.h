#pragma once

#include <adwaita.h>

#include "gloss-history.h"

G_BEGIN_DECLS

#define GLOSS_TYPE_CLAIM_RECORD_DIALOG (gloss_claim_record_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GlossClaimRecordDialog, gloss_claim_record_dialog, GLOSS, CLAIM_RECORD_DIALOG, AdwWindow)

/* The claim as a record: its status and its sources (URL or citation,
 * title, access date), each edit through @history. It follows undo and
 * redo done elsewhere, and closes when the claim is deleted. A source is
 * opened in the browser only when it is an http(s) link. */
GtkWidget *gloss_claim_record_dialog_new (GtkWindow    *parent,
                                          GlossHistory *history,
                                          GlossClaim   *claim);

G_END_DECLS
