# shellcheck shell=bash
# Sourced by .ci/run after the tests: uses its ci_work, pass, fail and section.
# shellcheck disable=SC2154 # ci_work, pwsh, the feeds: set by .ci/run and the checks before this one
section "the report as a reviewer sees it: rendered like a GitHub comment in headless Chromium, 830 px column"
# cmark-gfm with GitHub's extensions, GitHub's sanitisation, github-markdown-css and mermaid 11, as ci/render-report
# describes. The screenshots are this run's artifacts.
render_artifacts=results/rendered-report
missing_debian=()
command -v cmark-gfm >/dev/null || missing_debian+=(cmark-gfm)
[ -x /usr/bin/chromium ] || missing_debian+=(chromium)
[ -n "$(fc-list 'Noto Color Emoji' 2>/dev/null)" ] || missing_debian+=(fonts-noto-color-emoji) # the verdicts' signs
[ "${#missing_debian[@]}" -eq 0 ] || debian_install "$ci_work/apt-render.log" "${missing_debian[@]}"
# PUPPETEER_SKIP_DOWNLOAD: puppeteer-core never downloads a browser; this keeps it so if a dependency asks.
if ! PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error --prefix ci/render-report >"$ci_work/npm-render.log" 2>&1; then
    cat "$ci_work/npm-render.log"
    fail "install ci/render-report's npm packages"
elif ! command -v cmark-gfm >/dev/null || [ ! -x /usr/bin/chromium ]; then
    fail "the rendering check needs cmark-gfm and chromium (Debian packages), which could not be installed"
else
    rm -rf "$render_artifacts"
    # A regression report from real BenchmarkDotNet exports: a baseline made from them, with figures lowered.
    regression=$ci_work/render
    mkdir -p "$regression"
    # Every fixture export but Hashing's, whose class runs without the memory diagnoser: no baseline takes it.
    exports=$regression/exports
    mkdir -p "$exports"
    cp tests/MemoryBench.Tests/Reading/Exports/bdn-0.15/*-report-full.json "$exports/"
    rm "$exports"/*.Hashing-report-full.json
    "${memorybench[@]}" baseline --from "$exports" --out "$regression/exports-baseline.json" --allow-failed >/dev/null &&
        node ci/render-report/regressed-baseline.cjs "$regression/exports-baseline.json" "$regression/regressed-baseline.json"
    "${memorybench[@]}" compare --baseline "$regression/regressed-baseline.json" --current "$exports" \
        --markdown "$regression/regression-report.md" >/dev/null
    approved=tests/MemoryBench.Tests/Report/Approved
    if node ci/render-report/render.cjs --out "$render_artifacts" "$approved/representative-report.approved.md" \
        "$regression/regression-report.md" "$approved/hostile-names-report.approved.md"; then
        pass "the suite's report, a regression report and the hostile-names report fit the column, draw their charts and stay inert"
    else
        fail "the reports render like a GitHub comment without overflow, chart errors, console errors or live input"
    fi
    # A check that cannot fail proves nothing: a report with an over-wide table, a link, markup and a mention.
    planted=$ci_work/render/planted-report.md
    {
        echo '| Benchmark | Allocated/op |'
        echo '| --- | ---: |'
        echo "| $(printf 'Wide%.0s' {1..80}) | 1 B |"
        echo
        echo 'Parse(@octocat, <b>bold</b>, www.example.com)'
    } >"$planted"
    status=0
    node ci/render-report/render.cjs --out "$ci_work/render/planted" "$planted" >"$ci_work/render/planted.log" 2>&1 || status=$?
    # Indented: its FAIL lines are the planted report's, expected here, not this run's.
    sed 's/^/    planted: /' "$ci_work/render/planted.log"
    if [ "$status" -eq 1 ] && grep -q 'a table is [0-9]* px wide' "$ci_work/render/planted.log" &&
        grep -q 'has a link' "$ci_work/render/planted.log" && grep -q 'became markup' "$ci_work/render/planted.log" &&
        grep -q 'would link "@octocat"' "$ci_work/render/planted.log"; then
        pass "the rendering check fails on an over-wide table, a link, markup and a mention"
    else
        fail "the rendering check fails on an over-wide table, a link, markup and a mention (exit $status)"
    fi
    echo "screenshots of the rendered reports (CI artifacts): $(pwd)/$render_artifacts"
fi

