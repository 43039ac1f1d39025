#!/usr/bin/env bash
# repeat-make-test.sh [N] — runs `make test` N times in a row (default 20) and reports how many
# passed, keeping each failing run's log in .build/repeat-make-test/ (flaky tests show up here,
# not in one CI run). Not part of CI.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
logs=.build/repeat-make-test
mkdir -p "$logs"
passed=0
for run in $(seq 1 "$runs"); do
    started=$(date +%s)
    if make test >"$logs/run-$run.log" 2>&1; then
        passed=$((passed + 1))
        rm -f "$logs/run-$run.log"
        echo "run $run: passed ($(( $(date +%s) - started )) s)"
    else
        echo "run $run: FAILED ($(( $(date +%s) - started )) s): $logs/run-$run.log"
        grep -E "✘|# fail [1-9]|FAILED|error:" "$logs/run-$run.log" | head -5
    fi
done
echo "$passed passed, $((runs - passed)) failed"
[[ $passed == "$runs" ]]
