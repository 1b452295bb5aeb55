#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* A warning or critical reached from file input is a bug (a g_return_if_fail
 * hit with data a user controls), so make it abort where libFuzzer sees it. */
static inline void
fuzz_init (void)
{
  static gboolean initialized = FALSE;

  if (initialized)
    return;
  initialized = TRUE;
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}

/* FUZZ_VERBOSE=1: say what each input gave, to keep the seeds meaningful */
static inline void
fuzz_report (const GError *error)
{
  if (g_getenv ("FUZZ_VERBOSE") == NULL)
    return;
  g_printerr ("  %s\n", error ? error->message : "accepted");
}
