# shellcheck shell=bash
# Sourced by .ci/run after the tests: uses its ci_work, pass, fail and section.
# shellcheck disable=SC2154 # ci_work, pwsh, the feeds: set by .ci/run and the checks before this one
section "gate self-checks: the gate passes an unchanged tree, catches one extra object, one leaked object and objects that survive, rejects bad input"
# Four quick benchmarks; the injection switch makes exactly one of them allocate one extra object.
gate_filter='*StringConcatVsBuilder*'
injected=StringConcatVsBuilder.Builder

echo "-- (a) ci/gate.sh --filter '$gate_filter' on the unchanged tree, against results/baseline.json: expect exit 0"
status=0
ci/gate.sh --filter "$gate_filter" --artifacts "$ci_work/gate-unchanged" || status=$?
if [ "$status" -eq 0 ]; then pass "(a) the gate passes the unchanged tree"; else fail "(a) the gate passes the unchanged tree (exit $status)"; fi

echo "-- (b) the same with MEMORYBENCH_INJECT_EXTRA_ALLOCATION=1: expect exit 1 and $injected named as regressed"
status=0
# (a) built the tree; the injections are read from the environment, so the runs below use that build (--no-build).
MEMORYBENCH_INJECT_EXTRA_ALLOCATION=1 ci/gate.sh --filter "$gate_filter" --artifacts "$ci_work/gate-injected" --no-build || status=$?
report=$ci_work/gate-injected/report.md
verdicts=$ci_work/gate-injected/verdicts.json
if [ "$status" -ne 1 ]; then
    fail "(b) the gate fails on one extra object per operation (exit $status, expected 1)"
elif ! grep -qF "$injected" "$report" 2>/dev/null; then
    fail "(b) the gate fails on one extra object per operation (the report does not name $injected)"
# The report lists unchanged benchmarks too: the verdicts must say that this one is the regression.
elif ! node ci/find-verdicts.cjs "$verdicts" "$injected" >"$ci_work/injected-verdicts.txt" ||
    ! grep -qiE ': (regressed|over.?budget)$' "$ci_work/injected-verdicts.txt"; then
    cat "$ci_work/injected-verdicts.txt"
    fail "(b) the gate fails on one extra object per operation ($verdicts has no Regressed verdict for $injected)"
else
    pass "(b) the gate fails on one extra object per operation and names $injected"
fi

echo "-- (b') attribution of (b): the injected 24-byte InjectedObject, named with its allocating method"
if node ci/check-attribution.cjs "$ci_work/gate-injected" 'Builder(Parts=16)' InjectedObject 24 InjectedRegression.Allocate InjectedRegression.cs &&
    grep -qF 'What grew' "$report" && grep -qF 'InjectedObject' "$report"; then
    pass "(b') the report says what grew: InjectedObject at 24 B/op (within 3 standard errors) allocated in InjectedRegression.Allocate, at InjectedRegression.cs:<line>"
else
    fail "(b') the report says what grew (no InjectedObject at 24 B/op with InjectedRegression.Allocate at InjectedRegression.cs:<line> in its stack, or no What grew in $report)"
fi

# (d) and (e) in one run, each injection in one case of Builder: the leak in Parts=16, the survivors in Parts=1024 (which
# allocates the same bytes as without them). The PowerShell twin, ci/gate.ps1, runs it: the same gate, its exit code and
# report through PowerShell.
leaked='StringConcatVsBuilder.Builder(Parts=16)'
survived='StringConcatVsBuilder.Builder(Parts=1024)'
two_injections_gate=(ci/gate.sh)
[ -n "$pwsh" ] && two_injections_gate=("$pwsh" -NoProfile -NonInteractive -File ci/gate.ps1)
two_injections_script=${two_injections_gate[*]: -1}

echo "-- (d, e) through $two_injections_script, MEMORYBENCH_INJECT_LEAK=Parts=16 (one 24-byte object kept per operation) and"
echo "   MEMORYBENCH_INJECT_SURVIVAL=Parts=1024 (results kept alive: promoted, same allocated bytes): expect exit 1, a leak"
echo "   introduced in $leaked and a Gen1 or Gen2 regression in $survived"
status=0
MEMORYBENCH_INJECT_LEAK=Parts=16 MEMORYBENCH_INJECT_SURVIVAL=Parts=1024 "${two_injections_gate[@]}" --filter '*StringConcatVsBuilder.Builder*' \
    --artifacts "$ci_work/gate-leak-and-survivors" --no-build || status=$?
leak_report=$ci_work/gate-leak-and-survivors/report.md
node ci/find-verdicts.cjs "$ci_work/gate-leak-and-survivors/verdicts.json" 'Builder(' >"$ci_work/two-injections-verdicts.txt" 2>&1
cat "$ci_work/two-injections-verdicts.txt"
if [ "$status" -eq 1 ] && grep -qF "$leaked" "$leak_report" 2>/dev/null && grep -qi "leak introduced" "$leak_report"; then
    pass "(d) the gate fails on a leak of one object per operation and says a leak was introduced (through $two_injections_script)"
else
    fail "(d) the gate fails on a leak of one object per operation (exit $status, expected 1 and 'leak introduced' for $leaked in the report)"
fi

echo "-- (d') what the leak of (d) retains: its node type, LeakedNode, at 24 B/op (+-25%), from heap snapshots"
if node ci/check-retained.cjs "$ci_work/gate-leak-and-survivors" 'Builder(Parts=16)' LeakedNode 24 0.25 &&
    grep -qF 'What is retained' "$leak_report" && grep -qF 'LeakedNode' "$leak_report"; then
    pass "(d') the report says what the leak retains: LeakedNode at 24 B/op"
else
    fail "(d') the report says what the leak retains (no LeakedNode at 24 B/op +-25% in the retained types, or no What is retained in $leak_report)"
fi

# The survivors' case: a regression in a collection count at the same allocated bytes. (Its ring of 24 MiB of results is
# still filling while Retained/op is measured, which reads it as retained: a bound that large looks like a leak.)
survival_verdicts=$(grep -F 'Builder(Parts=1024)' "$ci_work/two-injections-verdicts.txt")
if [ "$status" -eq 1 ] && grep -qE 'regression in gen[12]Collections$' <<<"$survival_verdicts" &&
    ! grep -qF 'regression in allocatedBytesPerOperation' <<<"$survival_verdicts"; then
    pass "(e) the gate fails on objects that survive into gen1/gen2 at equal allocated bytes and names the generation"
else
    fail "(e) the gate fails on objects that survive into gen1/gen2 at equal allocated bytes (exit $status, expected 1 and a gen1/gen2 regression, without one in allocated bytes, for $survived)"
fi

# A BenchmarkDotNet export cut off in the middle, as a crashed run or a broken download leaves it.
corrupt=$ci_work/corrupt
mkdir -p "$corrupt/results"
printf '%s' '{"Title":"Corrupt-20261125","HostEnvironmentInfo":{"BenchmarkDotNetVersion":"0.15.8"},"Benchmarks":[{"DisplayInfo":"Corrupt.Method: FastMemory","Namespace":"Corrupt","Type":"Corrupt","Method":"Meth' \
    >"$corrupt/results/Corrupt-report-full.json"
check_bad_input() { # $1: the check's name, then the command
    local name=$1 status=0
    shift
    "$@" >"$ci_work/bad-input.log" 2>&1 || status=$?
    cat "$ci_work/bad-input.log"
    if [ "$status" -ne 2 ]; then
        fail "$name (exit $status, expected 2)"
    elif ! grep -q 'Corrupt-report-full.json' "$ci_work/bad-input.log"; then
        fail "$name (the message does not name the file)"
    elif grep -qE '^[[:space:]]+at [^ ]+\(|Unhandled exception' "$ci_work/bad-input.log"; then
        fail "$name (a stack trace instead of a message)"
    else
        pass "$name"
    fi
}
echo "-- (c) ci/compare.sh with a truncated BenchmarkDotNet export: expect exit 2 and a message naming the file"
check_bad_input "(c) the comparison rejects a corrupt export with exit 2" \
    ci/compare.sh --baseline results/baseline.json --current "$corrupt"
if [ -n "$pwsh" ]; then
    echo "-- (c) the same through the PowerShell twin, ci/compare.ps1"
    check_bad_input "(c) ci/compare.ps1 rejects a corrupt export with exit 2" \
        "$pwsh" -NoProfile -NonInteractive -File ci/compare.ps1 --baseline results/baseline.json --current "$corrupt"
fi

