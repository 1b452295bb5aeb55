#include "config.h"

#include "gloss-project.h"
