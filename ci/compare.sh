#!/usr/bin/env bash
# Compares one or more run folders (one run, or the shards of a CI matrix) with the committed baseline and
# the budgets, writes the markdown report and the verdicts, and exits with the comparison's code:
# 0 nothing regressed, 1 a regression, a budget breach or a failed benchmark, 2 bad input.
#
# Usage: ci/compare.sh --out <report folder> <run folder> [<run folder> ...]
#
# Environment (all optional):
#   MEMORYBENCH_BASELINE  the baseline file               (default: results/baseline.json of this repository)
#   MEMORYBENCH_BUDGETS   a budgets file                  (default: ci/budgets.json when it exists)
#   MEMORYBENCH_CLI       the command that runs the tool  (default: dotnet run the src/MemoryBench.Cli project),
#                         e.g. MEMORYBENCH_CLI=memorybench when the .NET tool is installed
#   GITHUB_STEP_SUMMARY   set by GitHub Actions: the report is appended to the job summary
set -euo pipefail

repo_root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)

usage() {
    echo "usage: ci/compare.sh --out <report folder> <run folder> [<run folder> ...]" >&2
    exit 2
}

out=
runs=()
while (($#)); do
    case $1 in
        --out)
            (($# >= 2)) || usage
            out=$2
            shift 2
            ;;
        --out=*)
            out=${1#*=}
            shift
            ;;
        -*) usage ;;
        *)
            runs+=("$1")
            shift
            ;;
    esac
done
if [ -z "$out" ] || ((${#runs[@]} == 0)); then
    usage
fi

baseline=${MEMORYBENCH_BASELINE:-$repo_root/results/baseline.json}
budgets=${MEMORYBENCH_BUDGETS:-}
if [ -z "$budgets" ] && [ -f "$repo_root/ci/budgets.json" ]; then
    budgets=$repo_root/ci/budgets.json
fi
if [ -n "${MEMORYBENCH_CLI:-}" ]; then
    read -r -a cli <<<"$MEMORYBENCH_CLI"
else
    cli=(dotnet run -c Release --project "$repo_root/src/MemoryBench.Cli" --)
fi

mkdir -p -- "$out"
report=$out/report.md
verdicts=$out/verdicts.json
# A report left over from an earlier comparison must never be mistaken for this one's.
rm -f -- "$report" "$verdicts"

summarise() {
    [ -n "${GITHUB_STEP_SUMMARY:-}" ] || return 0
    if [ -f "$report" ]; then
        cat -- "$report" >>"$GITHUB_STEP_SUMMARY"
    else
        printf '### MemoryBench\n\nThe comparison could not run (exit code %s); the job log says why.\n' "$1" \
            >>"$GITHUB_STEP_SUMMARY"
    fi
}

if [ ! -f "$baseline" ]; then
    echo "error: no baseline file at $baseline." >&2
    echo "  Make one from a run and commit it:" >&2
    echo "  dotnet run -c Release --project src/MemoryBench.Cli -- baseline --from results/latest --out results/baseline.json" >&2
    summarise 2
    exit 2
fi

args=(compare --baseline "$baseline")
for run in "${runs[@]}"; do
    args+=(--current "$run")
done
if [ -n "$budgets" ]; then
    args+=(--budgets "$budgets")
fi
args+=(--markdown "$report" --json "$verdicts")

echo "==> MemoryBench: comparing ${runs[*]} with $baseline${budgets:+ and the budgets in $budgets}"
# The comparison's exit code is the result: capture it instead of letting `set -e` end the script.
status=0
"${cli[@]}" "${args[@]}" || status=$?

summarise "$status"
case $status in
    0) verdict="PASS: no memory regression" ;;
    1) verdict="FAIL: a regression, a budget breach or a failed benchmark" ;;
    2) verdict="FAIL: bad input (see the message above)" ;;
    *) verdict="FAIL: the comparison tool ended with exit code $status" ;;
esac
if [ -f "$report" ]; then
    echo "==> MemoryBench: $verdict (report: $report)"
else
    echo "==> MemoryBench: $verdict (no report was written)"
fi
# Anything but 0, 1 and 2 means the tool itself broke (a build error, a crash): that is not a pass.
if ((status > 2)); then
    exit 1
fi
exit "$status"
