#include "config.h"

#include "gloss-fileutil.h"
