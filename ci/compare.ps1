#!/usr/bin/env pwsh
# The PowerShell twin of ci/compare.sh: `memorybench compare` from this repository's source, every argument passed on.
# No param block on purpose: PowerShell would read arguments such as --current as its own parameter syntax.
& dotnet run -c Release --project "$PSScriptRoot/../src/MemoryBench.Cli" -- compare @args; exit $LASTEXITCODE
