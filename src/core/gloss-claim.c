#include "config.h"

#include "gloss-claim.h"
