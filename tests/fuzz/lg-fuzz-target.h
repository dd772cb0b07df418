/* lg-fuzz-target.h — one fuzz input through the content store, shared by the libFuzzer harness
 * and the unit test that replays saved crashes
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void lg_fuzz_content_store (const guint8 *data,
                            gsize         size);

G_END_DECLS
