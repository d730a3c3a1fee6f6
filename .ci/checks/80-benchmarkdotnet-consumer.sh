# shellcheck shell=bash
# Sourced by .ci/run after the tests: uses its ci_work, pass, fail and section.
# shellcheck disable=SC2154 # ci_work, pwsh, the feeds: set by .ci/run and the checks before this one
section "a BenchmarkDotNet project of its own, from the folder feed: the memorybench tool gates it (exit 0, then 1 on one extra object, named alone in What grew at its line, 1 on one leaked object, named in What is retained; 2 on a typo; --list leaves the run folder; dotnet clean removes the kept build)"
# tests/PackageConsumers/MemoryBench.BenchmarkDotNet.Consumer, copied outside the repository, restored from a folder feed
# into a packages folder of its own; the tool installed from the same feed through another (an earlier run's copy of the
# same version in the machine's packages folder cannot stand in).
# The consumer takes [MemoryBenchConfig] from MemoryBench.BenchmarkDotNet (MemoryBenchConsumerConfig=package), as a
# user writes it: the fast memory job, Retained/op and the export the comparison reads.
# The packages are check 68's, the release's: every package, packed once.
bdn_version=$consumer_version
bdn_work=$ci_work/bdn-consumer
mkdir -p "$bdn_work"
bdn_feed=$consumer_feed
export MemoryBenchConsumerConfig=package MemoryBenchVersion=$bdn_version
if ! $release_packed; then
    fail "the BenchmarkDotNet consumer needs the packages (check 68 could not pack them)"
elif ! NUGET_PACKAGES=$bdn_work/tool-packages dotnet tool install MemoryBench.Tool --version "$bdn_version" --add-source "$bdn_feed" --tool-path "$bdn_work/tool" \
    >"$ci_work/bdn-tool.log" 2>&1; then
    cat "$ci_work/bdn-tool.log"
    fail "dotnet tool install MemoryBench.Tool $bdn_version from the feed"
else
    bdn_tool=$bdn_work/tool/memorybench
    "$bdn_tool" --version
    cp -r tests/PackageConsumers/MemoryBench.BenchmarkDotNet.Consumer "$bdn_work/"
    bdn_consumer=$bdn_work/MemoryBench.BenchmarkDotNet.Consumer
    # The feed comes first among the machine's own package sources (which bring BenchmarkDotNet).
    printf '<configuration>\n  <config>\n    <add key="globalPackagesFolder" value="%s" />\n  </config>\n  <packageSources>\n    <add key="memorybench-feed" value="%s" />\n  </packageSources>\n</configuration>\n' \
        "$bdn_work/packages" "$bdn_feed" >"$bdn_consumer/nuget.config"
    bdn_gate() { # $1: the log's name, then more arguments for `memorybench gate`; prints the exit code
        local name=$1 status=0
        shift
        (cd "$bdn_consumer" && "$bdn_tool" gate "$@") >"$bdn_work/$name.log" 2>&1 || status=$?
        grep -E '^==> |^error|^MemoryBench vs' "$bdn_work/$name.log" >&2
        echo "$status"
    }
    bdn_injected=Consumer.OrderTotals.TotalWithLoop
    status=$(bdn_gate run --no-compare)
    if [ "$status" -ne 0 ] || ! ls "$bdn_consumer"/results/latest/results/*-report-full*.json >/dev/null 2>&1; then
        fail "memorybench gate --no-compare runs the consumer and leaves its export (exit $status)"
    elif ! (cd "$bdn_consumer" && "$bdn_tool" baseline --from results/latest --out results/baseline.json); then
        fail "memorybench baseline makes the consumer's baseline from the run"
    else
        pass "memorybench gate --no-compare runs the consumer; memorybench baseline makes its baseline"
        # The injections are read from the environment: every run below uses the first run's build, as a CI job that
        # builds once does (--no-build).
        status=$(bdn_gate unchanged --no-build)
        if [ "$status" -eq 0 ]; then pass "the gate passes the unchanged consumer"; else fail "the gate passes the unchanged consumer (exit $status)"; fi
        if grep -q "MemoryBench kept the generated project's last build" "$bdn_work/unchanged.log"; then
            pass "the gate of the unchanged consumer keeps the first run's build of the generated project"
        else
            fail "the gate of the unchanged consumer keeps the first run's build of the generated project (its log has no 'kept the generated project's last build')"
        fi

        status=$(CONSUMER_INJECT_EXTRA_OBJECT=1 bdn_gate extra --no-build)
        node ci/find-verdicts.cjs "$bdn_consumer/results/latest/verdicts.json" "$bdn_injected" >"$bdn_work/extra-verdicts.txt" 2>&1
        cat "$bdn_work/extra-verdicts.txt"
        if [ "$status" -eq 1 ] && grep -qiE ': regressed$' "$bdn_work/extra-verdicts.txt"; then
            pass "the gate fails on one extra object per operation in the consumer and names $bdn_injected"
        else
            fail "the gate fails on one extra object per operation in the consumer (exit $status, expected 1 and $bdn_injected regressed)"
        fi
        if [ "$MemoryBenchConsumerConfig" = package ]; then
            # The baseline made above carries the allocation profiles of its counted spans: the extra 24-byte AuditEntry
            # must be the one type grown beyond noise, allocated at its line, beside a benchmark of many types too.
            for bdn_what in OrderTotals.TotalWithLoop:OrderTotals.cs Receipts.Format:Receipts.cs; do
                bdn_file=${bdn_what#*:}
                bdn_line=$(grep -n 'new AuditEntry' "$bdn_consumer/$bdn_file" | cut -d: -f1)
                if node ci/check-what-grew.cjs "$bdn_consumer/results/latest" "${bdn_what%%:*}" Consumer.AuditEntry "$bdn_file:$bdn_line"; then
                    pass "What grew in ${bdn_what%%:*} names Consumer.AuditEntry alone, at $bdn_file:$bdn_line"
                else
                    fail "What grew in ${bdn_what%%:*} names Consumer.AuditEntry alone, at $bdn_file:$bdn_line"
                fi
            done
        fi

        status=$(CONSUMER_INJECT_LEAK=1 bdn_gate leak --no-build)
        node ci/find-verdicts.cjs "$bdn_consumer/results/latest/verdicts.json" "$bdn_injected" >"$bdn_work/leak-verdicts.txt" 2>&1
        cat "$bdn_work/leak-verdicts.txt"
        if [ "$status" -ne 1 ] || ! grep -qiE ': regressed$' "$bdn_work/leak-verdicts.txt"; then
            fail "the gate fails on one leaked object per operation in the consumer (exit $status, expected 1 and $bdn_injected regressed)"
        elif [ "$MemoryBenchConsumerConfig" = plain ]; then
            # BenchmarkDotNet alone does not measure Retained/op: the leak fails the gate as the object it allocates.
            pass "the gate fails on one leaked object per operation in the consumer and names $bdn_injected (Retained/op: needs [MemoryBenchConfig])"
        elif ! grep -qi 'leak introduced' "$bdn_consumer/results/latest/report.md"; then
            fail "the gate fails on a leak in the consumer but its report has no Retained/op leak for $bdn_injected"
        elif node ci/check-retained.cjs "$bdn_consumer/results/latest" "$bdn_injected" Consumer.AuditEntry 24 0.25 &&
            grep -qF 'What is retained' "$bdn_consumer/results/latest/report.md"; then
            pass "the gate fails on one leaked object per operation in the consumer, names $bdn_injected, measures Retained/op and says what is retained: Consumer.AuditEntry at 24 B/op"
        else
            fail "the gate fails on a leak in the consumer but What is retained does not name Consumer.AuditEntry at 24 B/op (+-25%)"
        fi
    fi

    # A typo must not be a green gate: the plain Program prints BenchmarkDotNet's error and exits 0 having measured nothing.
    status=$(bdn_gate typo --no-build -- --no-such-option)
    if [ "$status" -eq 2 ] && grep -qF "Option 'no-such-option' is unknown" "$bdn_work/typo.log"; then
        pass "an option neither MemoryBench nor BenchmarkDotNet knows exits 2 and names it"
    else
        tail -5 "$bdn_work/typo.log"
        fail "an option neither MemoryBench nor BenchmarkDotNet knows exits 2 and names it (exit $status)"
    fi
    (cd "$bdn_consumer" && find results -type f -exec md5sum {} + | sort) >"$bdn_work/before-list.txt"
    status=$(bdn_gate list --no-build -- --list flat)
    (cd "$bdn_consumer" && find results -type f -exec md5sum {} + | sort) >"$bdn_work/after-list.txt"
    if [ "$status" -eq 0 ] && grep -qx "$bdn_injected" "$bdn_work/list.log" && [ -s "$bdn_work/before-list.txt" ] &&
        cmp -s "$bdn_work/before-list.txt" "$bdn_work/after-list.txt"; then
        pass "memorybench gate -- --list flat lists the benchmarks and leaves the run folder as it was"
    else
        diff "$bdn_work/before-list.txt" "$bdn_work/after-list.txt"
        fail "memorybench gate -- --list flat lists the benchmarks and leaves the run folder as it was (exit $status)"
    fi

    # The kept build of the generated project goes with `dotnet clean`; a folder of the user's beside it stays.
    bdn_output=$bdn_consumer/bin/Release/net10.0
    mkdir -p "$bdn_output/users-own" && echo mine >"$bdn_output/users-own/notes.txt"
    kept_before=$(find "$bdn_output" -maxdepth 2 -name memorybench-build.stamp | wc -l)
    if (cd "$bdn_consumer" && dotnet clean -c Release --nologo -v q) >"$bdn_work/clean.log" 2>&1 \
        && [ "$kept_before" -eq 1 ] && [ -z "$(find "$bdn_output" -maxdepth 2 -name memorybench-build.stamp)" ] \
        && [ ! -e "$bdn_output/MemoryBench.BenchmarkDotNet.Consumer-FastMemory-1" ] && [ -f "$bdn_output/users-own/notes.txt" ]; then
        pass "dotnet clean removes the generated project's kept build and leaves the user's folder beside it"
    else
        cat "$bdn_work/clean.log"
        fail "dotnet clean removes the generated project's kept build ($kept_before kept before) and leaves the user's folder beside it"
    fi
fi
unset MemoryBenchConsumerConfig MemoryBenchVersion

