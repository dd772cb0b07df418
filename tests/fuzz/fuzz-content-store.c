/* fuzz-content-store.c — libFuzzer entry point for the content store (see lg-fuzz-target.c).
 * Build and run: build-aux/dev fuzz [SECONDS]
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "lg-fuzz-target.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  lg_fuzz_content_store (data, size);
  return 0;
}
