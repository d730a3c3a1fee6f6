# shellcheck shell=bash
# Sourced by .ci/run after the tests: uses its ci_work, pass, fail and section.
# shellcheck disable=SC2154 # ci_work, pwsh, the feeds: set by .ci/run and the checks before this one
section "on .NET 8: the package consumers, net8.0, published self-contained with the .NET 8 runtime from NuGet"
# This machine has only the .NET 10 runtime. A self-contained net8.0 publish carries the .NET 8 runtime the SDK picks
# (Microsoft.NETCore.App.Runtime.linux-x64 8.0.x, a NuGet package), so the consumers run on .NET 8 with the packages'
# net8.0 builds from the feed above: the MSTest consumer's tests (its test files in a project of its own that targets
# net8.0 too and runs on MSTest's own runner: the template's project targets net10.0 alone, and MSTest 4.0.2's
# coverage extension does not load from a self-contained publish), and a comparison written against the core alone
# (tests/PackageConsumers/MemoryBench.Core.Consumer) that must exit 0, 1 and 2 on an unchanged run, a regressed
# baseline and a truncated export.
if $release_packed; then
    net8_started=$SECONDS
    net8=$ci_work/net8
    mkdir -p "$net8"
    net8_publish() { # $1: a consumer's folder under tests/PackageConsumers; publishes it into $net8/$1-out
        cp -r "tests/PackageConsumers/$1" "$net8/"
        cp "$consumer_work/nuget.config" "$net8/$1/"
        if ! dotnet publish "$net8/$1" -c Release -f net8.0 -r linux-x64 --self-contained -o "$net8/$1-out" \
            -p:MemoryBenchVersion="$consumer_version" --packages "$consumer_packages" >"$net8/$1-publish.log" 2>&1 ||
            ! grep -q '"version": "8\.0\.' "$net8/$1-out/$1.runtimeconfig.json"; then
            cat "$net8/$1-publish.log"
            return 1
        fi
    }
    if ! net8_publish MemoryBench.Testing.Consumer; then
        fail "the MSTest consumer publishes for net8.0 with the .NET 8 runtime"
    elif "$net8/MemoryBench.Testing.Consumer-out/MemoryBench.Testing.Consumer" >"$net8/testing.log" 2>&1 &&
        grep -qF '(net8.0|x64)' "$net8/testing.log"; then
        grep -E 'Passed|total|failed' "$net8/testing.log"
        pass "the MSTest consumer's tests pass on .NET 8 with MemoryBench.Testing.MSTest's net8.0 build ($((SECONDS - net8_started)) s so far)"
    else
        cat "$net8/testing.log"
        fail "the MSTest consumer's tests pass on .NET 8 with MemoryBench.Testing.MSTest's net8.0 build"
    fi
    core_consumer=$net8/MemoryBench.Core.Consumer-out/MemoryBench.Core.Consumer
    net8_exports=$net8/exports
    mkdir -p "$net8_exports"
    # Real BenchmarkDotNet 0.15 exports, less the one whose benchmarks fail and the one run without the memory diagnoser
    # (a baseline refuses both).
    find tests/MemoryBench.Tests/Reading/Exports/bdn-0.15 -name '*-report-full.json' ! -name '*Throwing*' ! -name '*Hashing*' \
        -exec cp {} "$net8_exports/" \;
    printf '%s' '{"Title":"Cut-20261130","HostEnvironmentInfo":{"BenchmarkDotNetVersion":"0.15.8"},"Benchmarks":[{"Namesp' \
        >"$net8/Cut-report-full.json"
    if ! net8_publish MemoryBench.Core.Consumer; then
        fail "the core consumer publishes for net8.0 with the .NET 8 runtime"
    elif ! "$core_consumer" baseline "$net8_exports" "$net8/baseline.json" ||
        ! node ci/render-report/regressed-baseline.cjs "$net8/baseline.json" "$net8/regressed.json"; then
        fail "the core consumer makes a baseline on .NET 8"
    else
        statuses=()
        for baseline in baseline regressed; do
            status=0
            "$core_consumer" compare "$net8/$baseline.json" "$net8_exports" >"$net8/$baseline.out" 2>&1 || status=$?
            statuses+=("$status")
        done
        status=0
        "$core_consumer" compare "$net8/baseline.json" "$net8/Cut-report-full.json" >"$net8/cut.out" 2>&1 || status=$?
        statuses+=("$status")
        head -1 "$net8/regressed.out"
        cat "$net8/cut.out"
        if [ "${statuses[*]}" = "0 1 2" ] && [ "$(grep -c '"verdict": "regressed"' "$net8/regressed.out")" -eq 2 ] &&
            grep -qF 'Cut-report-full.json' "$net8/cut.out"; then
            pass "the core's comparison on .NET 8: exit 0 unchanged, 1 with two benchmarks regressed, 2 on a truncated export ($((SECONDS - net8_started)) s for both consumers)"
        else
            fail "the core's comparison on .NET 8 (exit codes ${statuses[*]}, expected 0 1 2 with two benchmarks regressed and the truncated file named)"
        fi
    fi
else
    fail "the consumers on .NET 8 need the packages packed above"
fi

# The gate samples a job on a runtime before .NET 10 by its GCAllocationTick events: the host's session and trace
# reader on a real .NET 8 process (tests/AllocatingProcess, published self-contained like the consumers above).
echo "-- allocation attribution of a .NET 8 process, from its GCAllocationTick events"
ticks_started=$SECONDS
if ! dotnet publish tests/AllocatingProcess -c Release -f net8.0 -r linux-x64 --self-contained -o "$ci_work/allocating-process" \
    >"$ci_work/allocating-process.log" 2>&1; then
    cat "$ci_work/allocating-process.log"
    fail "the allocating process publishes for net8.0 with the .NET 8 runtime"
elif MEMORYBENCH_NET8_ALLOCATOR="$ci_work/allocating-process/AllocatingProcess" dotnet test -c Release --no-build \
    --project tests/MemoryBench.IntegrationTests -- --filter "FullyQualifiedName~A_NET_8_process_is_sampled_by_its_allocation_ticks" \
    >"$ci_work/ticks.log" 2>&1 && grep -qE '^[[:space:]]*succeeded: 1$' "$ci_work/ticks.log"; then
    pass "a .NET 8 process is attributed from its GCAllocationTick events: its 24-byte node at 24 B/op within 25 %, in its allocating method ($((SECONDS - ticks_started)) s)"
else
    cat "$ci_work/ticks.log"
    fail "a .NET 8 process is attributed from its GCAllocationTick events"
fi

