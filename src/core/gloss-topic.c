#include "config.h"

#include "gloss-topic.h"
