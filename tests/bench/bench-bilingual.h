#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BENCH_BILINGUAL_N_TEMPLATES 7

/* Appends template @index (< BENCH_BILINGUAL_N_TEMPLATES) to @en and its
 * faithful Chinese to @zh, with figures drawn from @rand: 961,000 / 96.1万,
 * 365 million / 3.65亿, 2.1 times / 2.1倍, dates, months, list markers,
 * 5G, COVID-19, the 12381 hotline, (2021-2025). */
void bench_bilingual_append (GString *en,
                             GString *zh,
                             guint    index,
                             GRand   *rand);

G_END_DECLS
