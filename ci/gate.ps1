#!/usr/bin/env pwsh
# The PowerShell twin of ci/gate.sh: `memorybench gate` on benchmarks/MemoryBench.Benchmarks, every argument passed on.
# No param block on purpose: PowerShell would read arguments such as --filter as its own parameter syntax.
& dotnet run -c Release --project "$PSScriptRoot/../src/MemoryBench.Cli" -- gate --project "$PSScriptRoot/../benchmarks/MemoryBench.Benchmarks" @args; exit $LASTEXITCODE
