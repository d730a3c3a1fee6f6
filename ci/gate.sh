#!/usr/bin/env bash
# The gate for this repository's suite: `memorybench gate` (docs/ci.md) on benchmarks/MemoryBench.Benchmarks.
# Every argument goes to it: ci/gate.sh --filter '*Iterator*', ci/gate.sh --shard 1/2 --no-compare --artifacts results/shard-1.
exec dotnet run -c Release --project "$(dirname -- "${BASH_SOURCE[0]}")/../src/MemoryBench.Cli" -- gate --project "$(dirname -- "${BASH_SOURCE[0]}")/../benchmarks/MemoryBench.Benchmarks" "$@"
