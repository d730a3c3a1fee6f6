# shellcheck shell=bash
# Sourced by .ci/run after the tests: uses its ci_work, pass, fail and section.
# shellcheck disable=SC2154 # ci_work, pwsh, the feeds: set by .ci/run and the checks before this one
section "MemoryBench.Testing.MSTest as a new user gets it: dotnet new mstest, dotnet add package from a folder feed, dotnet test"
# The packages are check 68's, the release's (every package packed once, from this checkout), restored into a packages
# folder of the consumer's own, so no copy of the same version from an earlier run can stand in. The consumer is the
# SDK's own MSTest template (which pins its MSTest version) with the package added by `dotnet add package`, as the docs
# tell a user; its test files come from tests/PackageConsumers/MemoryBench.Testing.Consumer. A framework and adapter of
# different versions find no test and `dotnet test` exits 0: so the passed count is read from the run's summary, and
# must be above zero.
consumer_version=$release_version
consumer_feed=$release_feed
consumer_work=$ci_work/consumer
consumer_packages=$consumer_work/packages
consumer=$consumer_work/MemoryBench.Testing.Consumer
consumer_ready=false
if $release_packed; then
    mkdir -p "$consumer_work"
    # The feed beside the machine's own package sources (which bring MSTest and the packages' dependencies).
    printf '<configuration>\n  <packageSources>\n    <add key="memorybench-feed" value="%s" />\n  </packageSources>\n</configuration>\n' \
        "$consumer_feed" >"$consumer_work/nuget.config"
    if dotnet new mstest -n MemoryBench.Testing.Consumer -o "$consumer" >"$ci_work/consumer-new.log" 2>&1 &&
        rm -f "$consumer/Test1.cs" && cp tests/PackageConsumers/MemoryBench.Testing.Consumer/*.cs "$consumer/" &&
        dotnet add "$consumer" package MemoryBench.Testing.MSTest --version "$consumer_version" \
            --package-directory "$consumer_packages" >>"$ci_work/consumer-new.log" 2>&1; then
        consumer_ready=true
    else
        cat "$ci_work/consumer-new.log"
        fail "dotnet new mstest, then dotnet add package MemoryBench.Testing.MSTest $consumer_version from the feed"
    fi
else
    fail "the MSTest consumer needs the packages (check 68 could not pack them)"
fi
if $consumer_ready; then
    status=0
    # From the consumer's folder, as a user runs it: here the repository's global.json (which names another test runner) is not in force.
    (cd "$consumer" && dotnet test -c Release -p:RestorePackagesPath="$consumer_packages") >"$ci_work/consumer-test.log" 2>&1 || status=$?
    # VSTest's summary: "Passed!  - Failed:     0, Passed:     5, Skipped:     0, Total:     5, ..."
    consumer_passed=$(grep -oE 'Passed: +[0-9]+' "$ci_work/consumer-test.log" | awk '{s += $2} END {print s + 0}')
    consumer_failed=$(grep -oE 'Failed: +[0-9]+' "$ci_work/consumer-test.log" | awk '{s += $2} END {print s + 0}')
    grep -E 'Passed!|Failed!|No test is available' "$ci_work/consumer-test.log"
    if [ ! -d "$consumer_packages/memorybench.testing.mstest/$consumer_version" ]; then
        fail "the template consumer restored MemoryBench.Testing.MSTest $consumer_version from the feed (not in its packages folder)"
    elif [ "$status" -eq 0 ] && [ "$consumer_passed" -gt 0 ] && [ "$consumer_failed" -eq 0 ]; then
        pass "a dotnet new mstest project with MemoryBench.Testing.MSTest $consumer_version added runs its tests: $consumer_passed passed"
    else
        cat "$ci_work/consumer-test.log"
        fail "a dotnet new mstest project with MemoryBench.Testing.MSTest added runs its tests (exit $status, $consumer_passed passed, $consumer_failed failed)"
    fi

    # A framework newer than the adapter (what the package's own dependency once made of the template) must stop the
    # build with a message that names the fix, not pass a run that found no test.
    mismatched=$consumer_work/Mismatched
    cp -r "$consumer" "$mismatched" && rm -rf "${mismatched:?}/bin" "${mismatched:?}/obj"
    dotnet add "$mismatched" package MSTest.TestFramework --version 4.5.2 --package-directory "$consumer_packages" \
        >"$ci_work/mismatched.log" 2>&1
    if (cd "$mismatched" && dotnet build -c Release -p:RestorePackagesPath="$consumer_packages") >>"$ci_work/mismatched.log" 2>&1; then
        cat "$ci_work/mismatched.log"
        fail "MSTest.TestFramework 4.5.2 beside the template's MSTest.TestAdapter stops the build"
    elif grep -qF 'MEMORYBENCH001' "$ci_work/mismatched.log" && grep -qF 'dotnet add package MSTest --version 4.5.2' "$ci_work/mismatched.log"; then
        grep -m1 -oE 'error MEMORYBENCH001: [^[]*' "$ci_work/mismatched.log"
        pass "MSTest.TestFramework 4.5.2 beside the template's MSTest.TestAdapter stops the build, naming the fix"
    else
        cat "$ci_work/mismatched.log"
        fail "MSTest.TestFramework 4.5.2 beside the template's MSTest.TestAdapter stops the build with MEMORYBENCH001 naming the fix"
    fi
fi

