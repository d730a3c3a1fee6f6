#!/usr/bin/env bash
# The MemoryBench gate: runs the suite with the fast job, compares the run with results/baseline.json and the
# budgets, writes <run folder>/report.md and <run folder>/verdicts.json, and exits with the comparison's code:
# 0 nothing regressed, 1 a regression, a budget breach or a failed benchmark, 2 bad input.
#
# Usage: ci/gate.sh [--no-compare] [--artifacts <run folder>] [--shard i/n] [BenchmarkDotNet arguments]
#   e.g. ci/gate.sh --filter '*StringConcatVsBuilder*'
#        ci/gate.sh --shard 1/2 --no-compare --artifacts results/shard-1   (one part of a CI matrix)
# Every argument goes to the harness. The gate reads two of them itself: --artifacts (the run folder, default
# results/latest; relative to the current directory) and --no-compare (run only: the shards of a matrix are
# compared together later by ci/compare.sh). Works from any directory.
#
# Environment: MEMORYBENCH_BASELINE, MEMORYBENCH_BUDGETS, MEMORYBENCH_CLI and GITHUB_STEP_SUMMARY as described
# in ci/compare.sh; MEMORYBENCH_BENCHMARKS (the benchmark project, default benchmarks/MemoryBench.Benchmarks).
set -euo pipefail

repo_root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
project=${MEMORYBENCH_BENCHMARKS:-$repo_root/benchmarks/MemoryBench.Benchmarks}

run_folder=$repo_root/results/latest
compare=true
harness_args=()
while (($#)); do
    case $1 in
        --no-compare)
            compare=false
            shift
            ;;
        --artifacts)
            if (($# < 2)); then
                echo "error: --artifacts needs a folder" >&2
                exit 2
            fi
            run_folder=$2
            shift 2
            ;;
        --artifacts=*)
            run_folder=${1#*=}
            shift
            ;;
        *)
            harness_args+=("$1")
            shift
            ;;
    esac
done
# Paths given relative to where the gate was started; the suite itself runs from the repository (below).
case $run_folder in
    /*) ;;
    *) run_folder=$PWD/$run_folder ;;
esac
case $project in
    /*) ;;
    *) project=$PWD/$project ;;
esac

# Results of an earlier run in the same folder would be read as part of this one: remove what a run writes.
rm -f -- "$run_folder"/results/*-report-full.json "$run_folder"/results/*-report-full-compressed.json \
    "$run_folder/memorybench-run.json" "$run_folder/report.md" "$run_folder/verdicts.json"

steps=2
$compare || steps=1
echo "==> MemoryBench gate, step 1/$steps: running the suite with the fast job into $run_folder"
printf '    dotnet run -c Release --project %q -- --no-compare --artifacts %q' "$project" "$run_folder"
if ((${#harness_args[@]} > 0)); then printf ' %q' "${harness_args[@]}"; fi
printf '\n'
started=$SECONDS
# The harness's own comparison is skipped: the gate compares explicitly below, with the report paths it needs.
# BenchmarkDotNet looks for the benchmark project from the current directory upwards (it builds its
# boilerplate project next to it), so the suite has to run from inside the repository.
run_status=0
(cd -- "$repo_root" && dotnet run -c Release --project "$project" -- \
    --no-compare --artifacts "$run_folder" ${harness_args[@]+"${harness_args[@]}"}) || run_status=$?
echo "==> MemoryBench gate: the suite ran in $((SECONDS - started)) s (exit code $run_status)"

if ! $compare; then
    case $run_status in
        0 | 2) exit "$run_status" ;;
        *) exit 1 ;;
    esac
fi

shopt -s nullglob
exports=("$run_folder"/results/*-report-full*.json)
shopt -u nullglob
if ((run_status != 0 && ${#exports[@]} == 0)); then
    echo "==> MemoryBench gate: FAIL: the suite run ended with exit code $run_status and wrote no results" >&2
    # 2 stays 2 (the harness rejected its arguments); anything else is a failed run.
    if ((run_status == 2)); then exit 2; fi
    exit 1
fi

echo "==> MemoryBench gate, step 2/$steps: comparing with the baseline and the budgets"
started=$SECONDS
compare_status=0
"$repo_root/ci/compare.sh" --out "$run_folder" "$run_folder" || compare_status=$?
echo "==> MemoryBench gate: compared in $((SECONDS - started)) s"

if ((run_status != 0 && compare_status == 0)); then
    # A failed run never passes, even when every result it did write is fine.
    echo "==> MemoryBench gate: FAIL: the suite run ended with exit code $run_status" >&2
    exit 1
fi
exit "$compare_status"
