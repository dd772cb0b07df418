/* lg-signal-stop.h — SIGTERM, SIGINT and SIGHUP turned into a cancelled GCancellable while a file
 * is written, so the write can clean up before the process ends
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _LgSignalStop LgSignalStop;

LgSignalStop *lg_signal_stop_new             (void);
GCancellable *lg_signal_stop_get_cancellable (LgSignalStop *self);
void          lg_signal_stop_finish          (LgSignalStop *self);

G_END_DECLS
