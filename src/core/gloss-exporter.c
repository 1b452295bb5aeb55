#include "config.h"

#include "gloss-exporter.h"
