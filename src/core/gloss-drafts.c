#include "config.h"

#include "gloss-drafts.h"
