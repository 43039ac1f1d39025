#!/usr/bin/env bash
# Tests/Fuzz/run.sh [SECONDS] [TARGET…] — libFuzzer on each network-facing parser for SECONDS
# (default 60) each: frames, json, merge-patch, deflate-offer, inflate (Checks/FuzzTarget.swift
# says what each checks). The parsers are built with coverage and AddressSanitizer
# (CREASE_FUZZ=1, build folder .build-fuzz); each target starts from its committed seeds in
# Tests/Fuzz/corpus/TARGET plus what earlier runs here found (.build-fuzz/corpus/TARGET). An input
# that crashes, trips the sanitizer or breaks a property is saved to .build-fuzz/findings/ and
# fails the run: copy it into Tests/Fuzz/corpus/TARGET, where `make test` replays it for good
# (FuzzCorpusTests). Prints one line per target: executions, coverage, corpus size.
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(frames json merge-patch deflate-offer inflate upgrade upgrade-head)

toolchain=$(dirname "$(readlink -f "$(command -v swift)")")/..
runtime=$(ls "$toolchain"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a 2>/dev/null | head -1)
if [[ -z $runtime ]]; then
    echo "fuzz: SKIPPED: this toolchain has no libclang_rt.fuzzer_no_main (libFuzzer)" >&2
    exit 0
fi
started=$(date +%s)
CREASE_FUZZ=1 CREASE_FUZZ_RUNTIME=$runtime swift build --build-path .build-fuzz --product crease-fuzz 2>&1 |
    grep -E "error|warning:|Build complete" | grep -v "Cannot export local symbol '__asan" || true
binary=.build-fuzz/debug/crease-fuzz
[[ -x $binary ]] || { echo "fuzz: the build failed" >&2; exit 1; }
echo "fuzz: built in $(( $(date +%s) - started )) s"

failed=0
mkdir -p .build-fuzz/findings
for target in "${targets[@]}"; do
    mkdir -p ".build-fuzz/corpus/$target"
    log=.build-fuzz/$target.log
    # Swift's own crash backtracer would trip AddressSanitizer reading the stack: libFuzzer and
    # ASan report the crash instead.
    CREASE_FUZZ_TARGET=$target ASAN_OPTIONS=detect_leaks=1 SWIFT_BACKTRACE=enable=no "$binary" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=".build-fuzz/findings/$target-" \
        ".build-fuzz/corpus/$target" "Tests/Fuzz/corpus/$target" >"$log" 2>&1
    status=$?
    runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
    last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    cov=$(sed -nE 's/.*cov: ([0-9]+).*/\1/p' <<<"$last")
    features=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")
    corpus=$(sed -nE 's/.* corp: ([0-9]+).*/\1/p' <<<"$last")
    if [[ $status == 0 ]]; then
        echo "fuzz: $target: ${runs:-?} executions in ${seconds} s, coverage ${cov:-?} edges, ${features:-?} features, corpus ${corpus:-?} inputs"
    else
        failed=1
        echo "fuzz: $target: FAILED (exit $status) after ${runs:-?} executions; see $log and .build-fuzz/findings/"
        grep -E "ERROR|SUMMARY|: .*Fatal|^$target: |Test unit written" "$log" | head -8
    fi
done
exit $failed
