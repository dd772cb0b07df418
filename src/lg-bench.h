/* lg-bench.h — the one start-up hook the benchmark suite (tests/bench-performance.c) needs
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void lg_bench_watch_first_frame (GtkWidget *widget);

G_END_DECLS
