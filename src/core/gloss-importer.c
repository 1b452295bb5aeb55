#include "config.h"

#include "gloss-importer.h"
