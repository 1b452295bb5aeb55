#include "config.h"

#include "gloss-project-file.h"
