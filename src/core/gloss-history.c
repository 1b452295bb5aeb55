#include "config.h"

#include "gloss-history.h"
