#!/usr/bin/env bash
# Runs built libFuzzer targets for a bounded time each and prints their total executions.
# Usage: Fuzz/run.sh SECONDS TARGET...
#   (targets: frontmatter yaml csv markdown content csvquotes aliases)
# Environment: FUZZ_BIN (the built binaries), FUZZ_PARALLEL (targets at once, default 1),
# FUZZ_FLAGS (extra libFuzzer flags). Called by `make fuzz`.
# Replay a crash with full stacks: .build-fuzz/release/FuzzYAML Fuzz/crashes/yaml/crash-…
set -u
# Short allocation stacks in ASan reports make the Swift code about twice as fast to fuzz.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=4}
# libFuzzer reports a Swift trap itself; Swift's own backtracer, reading the dying process's
# memory, only adds a false AddressSanitizer report after it.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
seconds=$1
shift
bin=${FUZZ_BIN:-.build-fuzz/release}
work=.build-fuzz/fuzz-work
parallel=${FUZZ_PARALLEL:-1}

executable() {
    case $1 in
        frontmatter) echo FuzzFrontMatter ;;
        yaml) echo FuzzYAML ;;
        csv) echo FuzzCSV ;;
        markdown) echo FuzzMarkdown ;;
        content) echo FuzzContent ;;
        csvquotes) echo FuzzLedgerQuotes ;;
        aliases) echo FuzzAliases ;;
        *) echo "unknown fuzz target: $1" >&2; return 1 ;;
    esac
}

# One target: new inputs go to a git-ignored working corpus, the committed seeds are read
# only, and a crash, a hang (over 10 s) or a leak lands in Fuzz/crashes/<target>/.
run() {
    local target=$1 exe
    exe=$(executable "$target") || return 1
    mkdir -p "$work/corpus/$target" "Fuzz/crashes/$target"
    local dict=()
    [ -f "Fuzz/dict/$target.dict" ] && dict=("-dict=Fuzz/dict/$target.dict")
    "$bin/$exe" "$work/corpus/$target" "Fuzz/corpus/$target" "${dict[@]}" \
        -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix="Fuzz/crashes/$target/" -print_final_stats=1 ${FUZZ_FLAGS:-} \
        >"$work/$target.log" 2>&1
    echo $? >"$work/$target.status"
}

mkdir -p "$work"
for target in "$@"; do
    executable "$target" >/dev/null || exit 2
    rm -f "$work/$target.status"
    echo "fuzzing $target for ${seconds}s (log: $work/$target.log)"
    run "$target" &
    while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do wait -n; done
done
wait

failed=0
printf '\n%-12s %14s %8s  %s\n' target executions seconds result
for target in "$@"; do
    log=$work/$target.log
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    time=$(sed -n 's/^stat::.*//; s/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
    status=$(cat "$work/$target.status" 2>/dev/null || echo "?")
    if [ "$status" = 0 ]; then
        result=clean
    else
        result="FAILED (exit $status): see $log and Fuzz/crashes/$target/"
        failed=1
    fi
    printf '%-12s %14s %8s  %s\n' "$target" "${runs:-?}" "${time:-?}" "$result"
done
exit $failed
