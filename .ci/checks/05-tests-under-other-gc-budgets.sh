# shellcheck shell=bash
# Sourced by .ci/run after the tests: uses its ci_work, pass, fail and section.
# shellcheck disable=SC2154 # ci_work, pwsh, the feeds: set by .ci/run and the checks before this one
section "the tests that measure, under other machines' GC: gen0 pinned at 2 MiB and at 32 MiB, each pass the other's busy neighbour"
# The README's test command above ran under this machine's own gen0 budget. Machines of one kind differ several times
# over (docs/measurements.md); a test whose figure follows the budget passes on one and fails on another. So the tests
# that start processes or measure the heap (MemoryBench.IntegrationTests, MemoryBench.Testing.Tests) run again under a
# small and a large pinned budget. The two passes run at once, so each runs beside a neighbour that keeps the cores busy,
# allocates and starts processes. MemoryBench.Tests holds the pure tests (no process, no heap measured): it ran above,
# and so did the integration tests that measure only in processes they start with the GC settings those need
# ([MeasuresOnlyInChildProcesses]): the test host's budget does not reach their figures.
gc_pass() { # $1: gen0 budget (hexadecimal bytes), $2: the log's name
    local status=0
    DOTNET_GCgen0size=$1 dotnet test -c Release --no-build --project tests/MemoryBench.IntegrationTests \
        -- --filter 'TestCategory!=MeasuresOnlyInChildProcesses' >>"$ci_work/gc-$2.log" 2>&1 || status=$?
    DOTNET_GCgen0size=$1 dotnet test -c Release --no-build --project tests/MemoryBench.Testing.Tests >>"$ci_work/gc-$2.log" 2>&1 ||
        status=$?
    return "$status"
}
gc_report() { # $1: the pass's exit code, $2: the log's name, $3: a label, $4: seconds
    local passed failed
    passed=$(awk '/^[[:space:]]*succeeded:/ {s += $2} END {print s + 0}' "$ci_work/gc-$2.log")
    failed=$(awk '/^[[:space:]]*failed:/ {s += $2} END {print s + 0}' "$ci_work/gc-$2.log")
    if [ "$1" -eq 0 ] && [ "$passed" -gt 0 ]; then
        pass "the tests that measure pass with gen0 pinned at $3: $passed passed, $failed failed ($4 s)"
    else
        grep -E -A12 '^failed ' "$ci_work/gc-$2.log" | head -120
        fail "the tests that measure pass with gen0 pinned at $3 (exit $1: $passed passed, $failed failed)"
    fi
}
gc_started=$SECONDS
gc_pass 0x200000 small &
gc_small=$!
gc_pass 0x2000000 large
gc_large_status=$?
gc_large_seconds=$((SECONDS - gc_started))
gc_small_status=0
wait "$gc_small" || gc_small_status=$?
gc_report "$gc_small_status" small "2 MiB" "$((SECONDS - gc_started))"
gc_report "$gc_large_status" large "32 MiB" "$gc_large_seconds"
