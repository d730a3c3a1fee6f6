# shellcheck shell=bash
# Sourced by .ci/run after the tests: uses its ci_work, pass, fail and section.
# shellcheck disable=SC2154 # ci_work, pwsh, the feeds: set by .ci/run and the checks before this one
section "MemoryBench.Testing from a folder feed: pack, restore a held-apart MSTest project from the feed, run its tests"
# The consumer (tests/PackageConsumers, not in the solution) references the package, never the project: packed here
# under a version no other build uses, restored into a packages folder of its own, so no stale copy can stand in.
consumer_version=0.0.0-ci.$(date +%s)
consumer_feed=$ci_work/consumer-feed
consumer_work=$ci_work/consumer
packed=true
for project in src/MemoryBench src/MemoryBench.Testing src/MemoryBench.Testing.MSTest; do
    dotnet pack "$project" -c Release -o "$consumer_feed" -p:Version="$consumer_version" >"$ci_work/pack.log" 2>&1 ||
        { cat "$ci_work/pack.log"; packed=false; }
done
if $packed; then
    mkdir -p "$consumer_work"
    cp -r tests/PackageConsumers/MemoryBench.Testing.Consumer "$consumer_work/"
    consumer=$consumer_work/MemoryBench.Testing.Consumer
    # The feed comes first among the machine's own package sources (which bring MSTest and Perfolizer).
    printf '<configuration>\n  <packageSources>\n    <add key="memorybench-feed" value="%s" />\n  </packageSources>\n</configuration>\n' \
        "$consumer_feed" >"$consumer/nuget.config"
    if ! dotnet build "$consumer" -c Release -p:MemoryBenchVersion="$consumer_version" \
        --packages "$consumer_work/packages" >"$ci_work/consumer-build.log" 2>&1; then
        cat "$ci_work/consumer-build.log"
        fail "the package consumer builds against MemoryBench.Testing.MSTest $consumer_version from the feed"
    elif [ ! -d "$consumer_work/packages/memorybench.testing.mstest/$consumer_version" ] ||
        [ ! -d "$consumer_work/packages/memorybench.testing/$consumer_version" ]; then
        fail "the package consumer restored MemoryBench.Testing(.MSTest) $consumer_version from the feed (not in its packages folder)"
    elif dotnet "$consumer/bin/Release/net10.0/MemoryBench.Testing.Consumer.dll"; then
        pass "the package consumer's MSTest tests pass with MemoryBench.Testing.MSTest $consumer_version from the feed"
    else
        fail "the package consumer's MSTest tests pass with MemoryBench.Testing.MSTest $consumer_version from the feed"
    fi
else
    fail "dotnet pack MemoryBench, MemoryBench.Testing and MemoryBench.Testing.MSTest"
fi

