#!/usr/bin/env pwsh
# The MemoryBench gate: runs the suite with the fast job, compares the run with results/baseline.json and the
# budgets, writes <run folder>/report.md and <run folder>/verdicts.json, and exits with the comparison's code:
# 0 nothing regressed, 1 a regression, a budget breach or a failed benchmark, 2 bad input.
# The PowerShell twin of ci/gate.sh, with the same arguments and environment variables.
#
# Usage: ci/gate.ps1 [--no-compare] [--artifacts <run folder>] [--shard i/n] [BenchmarkDotNet arguments]
#   e.g. ci/gate.ps1 --filter '*StringConcatVsBuilder*'
#        ci/gate.ps1 --shard 1/2 --no-compare --artifacts results/shard-1   (one part of a CI matrix)
# Every argument goes to the harness. The gate reads two of them itself: --artifacts (the run folder, default
# results/latest; relative to the current directory) and --no-compare (run only: the shards of a matrix are
# compared together later by ci/compare.ps1). Works from any directory.
#
# Environment: MEMORYBENCH_BASELINE, MEMORYBENCH_BUDGETS, MEMORYBENCH_CLI and GITHUB_STEP_SUMMARY as described
# in ci/compare.ps1; MEMORYBENCH_BENCHMARKS (the benchmark project, default benchmarks/MemoryBench.Benchmarks).
# No param block on purpose: PowerShell would read arguments such as --filter as its own parameter syntax.
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
# Exit codes of the suite and the tool are results, not errors to stop on.
$PSNativeCommandUseErrorActionPreference = $false

$repoRoot = Split-Path -Parent $PSScriptRoot
$project = if ($env:MEMORYBENCH_BENCHMARKS) { $env:MEMORYBENCH_BENCHMARKS } else { Join-Path $repoRoot 'benchmarks/MemoryBench.Benchmarks' }

$runFolder = Join-Path $repoRoot 'results/latest'
$compare = $true
$harnessArguments = [System.Collections.Generic.List[string]]::new()
$arguments = @($args | ForEach-Object { [string]$_ })
for ($i = 0; $i -lt $arguments.Count; $i++) {
    $argument = $arguments[$i]
    if ($argument -eq '--no-compare') { $compare = $false }
    elseif ($argument -eq '--artifacts') {
        if ($i + 1 -ge $arguments.Count) {
            [Console]::Error.WriteLine('error: --artifacts needs a folder')
            exit 2
        }
        $i++
        $runFolder = $arguments[$i]
    }
    elseif ($argument.StartsWith('--artifacts=')) { $runFolder = $argument.Substring('--artifacts='.Length) }
    else { $harnessArguments.Add($argument) }
}
# Paths given relative to where the gate was started; the suite itself runs from the repository (below).
$runFolder = [System.IO.Path]::GetFullPath($runFolder, (Get-Location).Path)
$project = [System.IO.Path]::GetFullPath($project, (Get-Location).Path)

# Results of an earlier run in the same folder would be read as part of this one: remove what a run writes.
$resultsFolder = Join-Path $runFolder 'results'
if (Test-Path -PathType Container $resultsFolder) {
    Get-ChildItem -File -LiteralPath $resultsFolder |
        Where-Object { $_.Name -like '*-report-full.json' -or $_.Name -like '*-report-full-compressed.json' } |
        Remove-Item -Force
}
foreach ($name in 'memorybench-run.json', 'report.md', 'verdicts.json') {
    Remove-Item -Force -ErrorAction Ignore -LiteralPath (Join-Path $runFolder $name)
}

$steps = if ($compare) { 2 } else { 1 }
$runArguments = @('run', '-c', 'Release', '--project', $project, '--', '--no-compare', '--artifacts', $runFolder) + $harnessArguments
Write-Host "==> MemoryBench gate, step 1/${steps}: running the suite with the fast job into $runFolder"
Write-Host "    dotnet $($runArguments -join ' ')"
$started = Get-Date
# The harness's own comparison is skipped: the gate compares explicitly below, with the report paths it needs.
# BenchmarkDotNet looks for the benchmark project from the current directory upwards (it builds its
# boilerplate project next to it), so the suite has to run from inside the repository.
Push-Location -LiteralPath $repoRoot
try {
    & dotnet @runArguments
    $runStatus = $LASTEXITCODE
}
finally {
    Pop-Location
}
Write-Host "==> MemoryBench gate: the suite ran in $([int]((Get-Date) - $started).TotalSeconds) s (exit code $runStatus)"

if (-not $compare) {
    if ($runStatus -eq 0 -or $runStatus -eq 2) { exit $runStatus }
    exit 1
}

$exports = @(if (Test-Path -PathType Container $resultsFolder) {
        Get-ChildItem -File -LiteralPath $resultsFolder -Filter '*-report-full*.json'
    })
if ($runStatus -ne 0 -and $exports.Count -eq 0) {
    [Console]::Error.WriteLine("==> MemoryBench gate: FAIL: the suite run ended with exit code $runStatus and wrote no results")
    # 2 stays 2 (the harness rejected its arguments); anything else is a failed run.
    if ($runStatus -eq 2) { exit 2 }
    exit 1
}

Write-Host "==> MemoryBench gate, step 2/${steps}: comparing with the baseline and the budgets"
$started = Get-Date
& (Join-Path $PSScriptRoot 'compare.ps1') --out $runFolder $runFolder
$compareStatus = $LASTEXITCODE
Write-Host "==> MemoryBench gate: compared in $([int]((Get-Date) - $started).TotalSeconds) s"

if ($runStatus -ne 0 -and $compareStatus -eq 0) {
    # A failed run never passes, even when every result it did write is fine.
    [Console]::Error.WriteLine("==> MemoryBench gate: FAIL: the suite run ended with exit code $runStatus")
    exit 1
}
exit $compareStatus
