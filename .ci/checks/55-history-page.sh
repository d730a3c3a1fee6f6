# shellcheck shell=bash
# Sourced by .ci/run after the tests: uses its ci_work, pass, fail and section.
# shellcheck disable=SC2154 # ci_work: set by .ci/run
section "history: a history made from real exports, its change found, its page of charts in headless Chromium, its OpenMetrics export"
# Twelve runs of the real exports in tests/, the last six with StringJoining allocating 32 B more per operation: the
# report must find that change where it starts and fail on it; the page must draw a chart per benchmark, show the
# commit under the pointer, filter by name, log no error and fetch nothing (ci/render-report/history-page.cjs, with
# the npm packages and Chromium that the report-rendering check installed).
history_artifacts=results/rendered-history
history_work=$ci_work/history
rm -rf "$history_artifacts" "$history_work"
mkdir -p "$history_work"
exports=tests/MemoryBench.Tests/Reading/Exports/bdn-0.15
if node ci/render-report/shifted-exports.cjs "$exports" "$history_work/shifted" 32 StringJoining; then
    added=0
    for run in 1 2 3 4 5 6 7 8 9 10 11 12; do
        from=$exports
        [ "$run" -gt 6 ] && from=$history_work/shifted
        "${memorybench[@]}" history add --history "$history_work/history" --from "$from" \
            --commit "$(printf 'c0ffee%02d' "$run")" --time "$(printf '2025-03-%02dT12:00:00Z' "$run")" >/dev/null && added=$((added + 1))
    done
    # The same commit again replaces its run.
    "${memorybench[@]}" history add --history "$history_work/history" --from "$history_work/shifted" --commit c0ffee12 \
        --time 2025-03-12T12:00:00Z >/dev/null && added=$((added + 1))
    runs=$(find "$history_work/history/runs" -name '*.json' | wc -l)
    if [ "$added" -eq 13 ] && [ "$runs" -eq 12 ]; then
        pass "history add: 13 adds of 12 commits keep 12 runs"
    else
        fail "history add: 13 adds of 12 commits keep 12 runs (added $added, $runs files)"
    fi

    status=0
    "${memorybench[@]}" history report --history "$history_work/history" --html "$history_work/index.html" \
        --markdown "$history_work/history.md" --last 8 --fail-on-change >"$history_work/report.log" 2>&1 || status=$?
    cat "$history_work/report.log"
    quiet=0
    "${memorybench[@]}" history report --history "$history_work/history" --last 5 --fail-on-change >/dev/null 2>&1 || quiet=$?
    rows=$(grep -c '^| ' "$history_work/history.md")
    changes=$(grep -c '^| StringJoining.*🔺.*c0ffee07' "$history_work/history.md")
    if [ "$status" -eq 1 ] && [ "$quiet" -eq 0 ] && [ "$changes" -eq 4 ] && [ "$rows" -eq 6 ]; then
        pass "history report finds the four StringJoining changes at c0ffee07 and nothing else; --fail-on-change exits 1 with it in the last 8 runs, 0 in the last 5"
    else
        fail "history report finds the StringJoining changes at c0ffee07 (exit $status with --last 8, $quiet with --last 5, $changes of $rows table lines)"
    fi

    benchmarks=$(grep -c '": {"' "$(find "$history_work/history/runs" -name '*.json' | sort | tail -1)")
    if node ci/render-report/history-page.cjs --out "$history_artifacts" --benchmarks "$benchmarks" "$history_work/index.html"; then
        pass "the history page has a chart for each of $benchmarks benchmarks, the commit on hover and a filter, without errors or fetches"
    else
        fail "the history page renders in Chromium with a chart per benchmark, the commit on hover and a working filter"
    fi
    # A check that cannot fail proves nothing: a page with a chart missing and a script error must fail it.
    sed -e '0,/<svg class="chart"/s//<svg class="broken"/' -e 's#</main>#<script>missingFunction();</script></main>#' \
        "$history_work/index.html" >"$history_work/broken.html"
    if node ci/render-report/history-page.cjs --out "$history_work/broken" --benchmarks "$benchmarks" "$history_work/broken.html" \
        >"$history_work/broken.log" 2>&1; then
        fail "the page check fails on a missing chart and a script error (it passed)"
    elif grep -q 'expected one chart' "$history_work/broken.log" && grep -q 'missingFunction' "$history_work/broken.log"; then
        pass "the page check fails on a missing chart and a script error"
    else
        cat "$history_work/broken.log"
        fail "the page check fails on a missing chart and a script error (not for those)"
    fi

    # The pull request report with the trend on main: a run where Builder grows again, against a baseline of the last run.
    # The fixture's Hashing class runs without the memory diagnoser, and a baseline refuses a benchmark without figures.
    cp -r "$history_work/shifted" "$history_work/measured"
    rm "$history_work"/measured/*Hashing-report-full.json
    cp -r "$history_work/measured" "$history_work/grown"
    node ci/render-report/shifted-exports.cjs "$history_work/measured" "$history_work/grown" 40 'StringJoining.Builder'
    "${memorybench[@]}" baseline --from "$history_work/measured" --out "$history_work/baseline.json" --allow-failed >/dev/null
    "${memorybench[@]}" compare --baseline "$history_work/baseline.json" --current "$history_work/grown" --history "$history_work/history" \
        --markdown "$history_work/trend-report.md" >/dev/null
    if grep -q '^| StringJoining.Builder(Count=10) | Allocated/op | <code>▁▁▁▁▁▁██████</code> | 152.B.→ 184.B | 224.B |$' "$history_work/trend-report.md" &&
        node ci/render-report/render.cjs --out "$history_artifacts" "$history_work/trend-report.md"; then
        pass "the pull request report shows main's trend of each regressed figure, and fits the comment column"
    else
        sed -n '/Trend on main/,$p' "$history_work/trend-report.md"
        fail "the pull request report shows main's trend of each regressed figure, and fits the comment column"
    fi

    # The OpenMetrics export, read by the Prometheus client's strict OpenMetrics parser (Debian's python3-prometheus-client).
    /usr/bin/python3 -c 'import prometheus_client' 2>/dev/null || debian_install "$history_work/apt.log" python3-prometheus-client
    if "${memorybench[@]}" history export --openmetrics --history "$history_work/history" --label 'repository=ci/"memory"' \
        --out "$history_work/metrics.txt" >/dev/null &&
        /usr/bin/python3 - "$history_work/metrics.txt" "$benchmarks" <<'PYTHON'
import sys
from prometheus_client.openmetrics.parser import text_string_to_metric_families
families = {family.name: family for family in text_string_to_metric_families(open(sys.argv[1], encoding="utf-8").read())}
allocated = families["memorybench_allocated_per_operation_bytes"]
assert allocated.unit == "bytes" and allocated.type == "gauge", allocated
assert len(allocated.samples) == int(sys.argv[2]), len(allocated.samples)
assert all(sample.labels["repository"] == 'ci/"memory"' and sample.timestamp for sample in allocated.samples)
assert families["memorybench_run"].samples[0].labels["commit"] == "c0ffee12"
print(f"{len(families)} metric families, {sum(len(f.samples) for f in families.values())} samples")
PYTHON
    then
        pass "history export --openmetrics passes the Prometheus client's OpenMetrics parser"
    else
        fail "history export --openmetrics passes the Prometheus client's OpenMetrics parser"
    fi
    echo "screenshot of the history page (a CI artifact): $(pwd)/$history_artifacts/history-page.png"
else
    fail "shift the exports for the history check"
fi
