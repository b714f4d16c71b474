#ifndef NABO_CLIBFUZZER_H
#define NABO_CLIBFUZZER_H
#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver, for a program that has a main of its own (SwiftPM gives every executable
// one). Only a build with -sanitize=fuzzer links it, so only such a build may call it.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
