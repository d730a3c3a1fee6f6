#!/usr/bin/env bash
# `memorybench compare` (docs/configuration.md) from this repository's source, e.g. over the shards of a CI matrix:
# ci/compare.sh --baseline results/baseline.json --current results/shard-* --markdown report.md --json verdicts.json
exec dotnet run -c Release --project "$(dirname -- "${BASH_SOURCE[0]}")/../src/MemoryBench.Cli" -- compare "$@"
