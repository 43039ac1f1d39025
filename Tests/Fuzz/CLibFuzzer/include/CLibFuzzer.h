#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver, from the toolchain's libclang_rt.fuzzer_no_main (linked by
// Tests/Fuzz/run.sh): runs the fuzzing loop with `callback` as the target.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
