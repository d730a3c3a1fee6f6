# shellcheck shell=bash
# Sourced by .ci/run after the tests: uses its ci_work, pass, fail and section.
# shellcheck disable=SC2154 # ci_work, pwsh, the feeds: set by .ci/run and the checks before this one
section "the user's files survive: --list, --help, a filtered run and a gate run leave a folder MemoryBench did not make as it was; a gate stopped with SIGTERM leaves no process behind"
# A folder of the user's own files, named like what a run writes, with results/ a symbolic link to a folder elsewhere.
users=$ci_work/users-files
users_elsewhere=$ci_work/users-elsewhere
mkdir -p "$users/allocations" "$users_elsewhere"
for file in report.md verdicts.json build.log allocations/config.json; do
    echo "the user's $file" >"$users/$file"
done
echo "the user's annual report" >"$users_elsewhere/annual-report.pdf"
echo '{"the user": "own export"}' >"$users_elsewhere/MyLib-report-full.json"
ln -s "$users_elsewhere" "$users/results"
# Every entry (links as links) with its content, and the content of the files the link leads to.
users_fingerprint() {
    (cd "$users" && find . -printf '%p %y %l\n' | sort && find -L . -type f -exec sha256sum {} + | sort)
}
users_before=$(users_fingerprint)

# $1: the step's name, $2: the exit code it must end with, then the command.
users_step() {
    local name=$1 expected=$2 status=0
    shift 2
    "$@" >"$ci_work/users-step.log" 2>&1 || status=$?
    if [ "$status" -ne "$expected" ]; then
        tail -n 20 "$ci_work/users-step.log"
        fail "$name (exit $status, expected $expected)"
    elif [ "$(users_fingerprint)" != "$users_before" ]; then
        diff <(echo "$users_before") <(users_fingerprint)
        fail "$name (the user's folder changed)"
    else
        pass "$name"
    fi
}
suite=(dotnet run -c Release --project "$PWD/benchmarks/MemoryBench.Benchmarks")
in_users_folder() { (cd "$users" && "$@"); }
users_step "the suite's --list flat leaves the user's folder as it was" 0 "${suite[@]}" -- --list flat --artifacts "$users"
users_step "the suite's --help leaves the user's folder as it was" 0 "${suite[@]}" --no-build -- --help --artifacts "$users"
users_step "a filtered run of the suite into the user's folder is refused (exit 2) and leaves it as it was" 2 \
    "${suite[@]}" --no-build -- --filter '*TaskVsValueTask*' --artifacts "$users"
users_step "a filtered run of the suite with --artifacts . in the user's folder is refused (exit 2) and leaves it as it was" 2 \
    in_users_folder "${suite[@]}" --no-build -- --filter '*TaskVsValueTask*' --artifacts .
users_step "memorybench gate --artifacts <the user's folder> is refused (exit 2) and leaves it as it was" 2 \
    ci/gate.sh --filter '*TaskVsValueTask*' --artifacts "$users"
if grep -q 'MemoryBench did not write' "$ci_work/users-step.log"; then
    pass "the gate says why it refuses the user's folder and how to go on"
else
    cat "$ci_work/users-step.log"
    fail "the gate says why it refuses the user's folder and how to go on"
fi

# The gate itself, not a `dotnet run` around it, so that SIGTERM reaches the gate; on the suite's build of the gate
# self-checks before this check (--no-build).
echo "-- memorybench gate stopped with SIGTERM while BenchmarkDotNet's benchmark process runs: expect exit 143 and no process left"
sigterm_log=$ci_work/gate-sigterm.log
dotnet src/MemoryBench.Cli/bin/Release/net10.0/MemoryBench.Cli.dll gate --project benchmarks/MemoryBench.Benchmarks \
    --filter '*TaskVsValueTask*' --artifacts "$ci_work/gate-sigterm" --no-build -- --attribution none >"$sigterm_log" 2>&1 &
gate_pid=$!
# The gate's tree: "pid args" of every process below it, from one listing (quick enough to catch a benchmark process,
# which BenchmarkDotNet names with --benchmarkName and which lives for seconds).
gate_tree() {
    ps -eo pid=,ppid=,args= | awk -v root="$1" '
        { parent[$1] = $2; line[$1] = $0 }
        END { for (p in parent) { q = parent[p]; while (q != root && q in parent && q > 1) q = parent[q]; if (q == root) print line[p] } }'
}
host_pid=
for _ in $(seq 1 3000); do
    kill -0 "$gate_pid" 2>/dev/null || break
    host_pid=$(gate_tree "$gate_pid" | awk '/--benchmarkName/ { print $1; exit }')
    [ -n "$host_pid" ] && break
    sleep 0.2
done
if [ -z "$host_pid" ]; then
    kill -TERM "$gate_pid" 2>/dev/null
    wait "$gate_pid"
    tail -n 30 "$sigterm_log"
    fail "a gate stopped with SIGTERM leaves no process behind (no benchmark process appeared)"
else
    tree=$(gate_tree "$gate_pid" | awk '{ printf "%s ", $1 }')
    # The run's id, which every process the gate runs benchmarks with carries (the project's program first, the host may be gone).
    run_id=
    for pid in $tree $host_pid; do
        [ -n "$run_id" ] || run_id=$(tr '\0' '\n' 2>/dev/null <"/proc/$pid/environ" | sed -n 's/^MEMORYBENCH_RUN_ID=//p')
    done
    echo "the gate ($gate_pid), its processes ($tree), its benchmark process $host_pid, its run $run_id"
    ps -o pid,ppid,args -p "$gate_pid,${tree// /,}${host_pid}" 2>/dev/null | cut -c1-160
    kill -TERM "$gate_pid"
    status=0
    wait "$gate_pid" || status=$?
    # The gate kills its processes before it exits; the system may take a moment to end them, not more: a gate that
    # left them running would see them finish the run by themselves if this waited longer.
    left=
    for _ in $(seq 1 5); do
        left=
        for pid in $tree; do
            if kill -0 "$pid" 2>/dev/null && [ "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" != Z ]; then left="$left $pid"; fi
        done
        for environ in /proc/[0-9]*/environ; do
            if [ -n "$run_id" ] && tr '\0' '\n' 2>/dev/null <"$environ" | grep -qx "MEMORYBENCH_RUN_ID=$run_id"; then
                pid=${environ#/proc/}
                left="$left ${pid%/environ}"
            fi
        done
        [ -z "$left" ] && break
        sleep 0.2
    done
    tail -n 3 "$sigterm_log"
    if [ -z "$run_id" ]; then
        fail "a gate stopped with SIGTERM leaves no process behind (its processes carry no MEMORYBENCH_RUN_ID to find them by)"
    elif [ "$status" -ne 143 ]; then
        fail "a gate stopped with SIGTERM exits with 143 (exit $status)"
    elif compgen -G "$ci_work/gate-sigterm/results/*-report-full*.json" >/dev/null; then
        # A gate that only died itself would have let its processes finish the run and write the export.
        fail "a gate stopped with SIGTERM leaves no process behind (its processes finished the run after it: the export was written)"
    elif [ -n "$left" ]; then
        ps -o pid,ppid,args -p "${left# }" | cut -c1-160
        pkill -KILL -P "$gate_pid" 2>/dev/null
        for pid in $left; do kill -KILL "$pid" 2>/dev/null; done
        fail "a gate stopped with SIGTERM leaves no process behind (still running:$left)"
    elif pgrep -f -- "--benchmarkName.*TaskVsValueTask" >/dev/null || pgrep -f -- "gate-sigterm" >/dev/null; then
        pgrep -a -f -- "--benchmarkName.*TaskVsValueTask|gate-sigterm" | cut -c1-160
        fail "a gate stopped with SIGTERM leaves no process behind (a benchmark process or the project's program of its run folder still runs)"
    else
        pass "a gate stopped with SIGTERM stops the project's program and BenchmarkDotNet's benchmark process, then exits with 143"
    fi
fi
