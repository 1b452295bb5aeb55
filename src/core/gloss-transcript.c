#include "config.h"

#include "gloss-transcript.h"
