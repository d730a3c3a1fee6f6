#!/usr/bin/env pwsh
# Compares one or more run folders (one run, or the shards of a CI matrix) with the committed baseline and
# the budgets, writes the markdown report and the verdicts, and exits with the comparison's code:
# 0 nothing regressed, 1 a regression, a budget breach or a failed benchmark, 2 bad input.
# The PowerShell twin of ci/compare.sh, with the same arguments and environment variables.
#
# Usage: ci/compare.ps1 --out <report folder> <run folder> [<run folder> ...]
#
# Environment (all optional):
#   MEMORYBENCH_BASELINE  the baseline file               (default: results/baseline.json of this repository)
#   MEMORYBENCH_BUDGETS   a budgets file                  (default: ci/budgets.json when it exists)
#   MEMORYBENCH_CLI       the command that runs the tool  (default: dotnet run the src/MemoryBench.Cli project),
#                         e.g. MEMORYBENCH_CLI=memorybench when the .NET tool is installed
#   GITHUB_STEP_SUMMARY   set by GitHub Actions: the report is appended to the job summary
# No param block on purpose: PowerShell would read arguments such as --out as its own parameter syntax.
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
# The tool's exit code is the result, not an error to stop on.
$PSNativeCommandUseErrorActionPreference = $false

$repoRoot = Split-Path -Parent $PSScriptRoot

function Exit-WithUsage {
    [Console]::Error.WriteLine('usage: ci/compare.ps1 --out <report folder> <run folder> [<run folder> ...]')
    exit 2
}

$out = ''
$runs = [System.Collections.Generic.List[string]]::new()
$arguments = @($args | ForEach-Object { [string]$_ })
for ($i = 0; $i -lt $arguments.Count; $i++) {
    $argument = $arguments[$i]
    if ($argument -eq '--out') {
        if ($i + 1 -ge $arguments.Count) { Exit-WithUsage }
        $i++
        $out = $arguments[$i]
    }
    elseif ($argument.StartsWith('--out=')) { $out = $argument.Substring('--out='.Length) }
    elseif ($argument.StartsWith('-')) { Exit-WithUsage }
    else { $runs.Add($argument) }
}
if (-not $out -or $runs.Count -eq 0) { Exit-WithUsage }

$baseline = if ($env:MEMORYBENCH_BASELINE) { $env:MEMORYBENCH_BASELINE } else { Join-Path $repoRoot 'results/baseline.json' }
$budgets = $env:MEMORYBENCH_BUDGETS
if (-not $budgets -and (Test-Path -PathType Leaf (Join-Path $repoRoot 'ci/budgets.json'))) {
    $budgets = Join-Path $repoRoot 'ci/budgets.json'
}
$cli = @(if ($env:MEMORYBENCH_CLI) { $env:MEMORYBENCH_CLI -split '\s+' | Where-Object { $_ } }
    else { 'dotnet', 'run', '-c', 'Release', '--project', (Join-Path $repoRoot 'src/MemoryBench.Cli'), '--' })

New-Item -ItemType Directory -Force -Path $out | Out-Null
$report = Join-Path $out 'report.md'
$verdicts = Join-Path $out 'verdicts.json'
# A report left over from an earlier comparison must never be mistaken for this one's.
Remove-Item -Force -ErrorAction Ignore -LiteralPath $report, $verdicts

function Add-ToJobSummary([int] $status) {
    if (-not $env:GITHUB_STEP_SUMMARY) { return }
    $text = if (Test-Path -PathType Leaf $report) { Get-Content -Raw -LiteralPath $report }
    else { "### MemoryBench`n`nThe comparison could not run (exit code $status); the job log says why.`n" }
    [System.IO.File]::AppendAllText($env:GITHUB_STEP_SUMMARY, $text)
}

if (-not (Test-Path -PathType Leaf $baseline)) {
    [Console]::Error.WriteLine("error: no baseline file at $baseline.")
    [Console]::Error.WriteLine('  Make one from a run and commit it:')
    [Console]::Error.WriteLine('  dotnet run -c Release --project src/MemoryBench.Cli -- baseline --from results/latest --out results/baseline.json')
    Add-ToJobSummary 2
    exit 2
}

$toolArguments = @('compare', '--baseline', $baseline)
foreach ($run in $runs) { $toolArguments += @('--current', $run) }
if ($budgets) { $toolArguments += @('--budgets', $budgets) }
$toolArguments += @('--markdown', $report, '--json', $verdicts)

$budgetsNote = if ($budgets) { " and the budgets in $budgets" } else { '' }
Write-Host "==> MemoryBench: comparing $($runs -join ' ') with $baseline$budgetsNote"
$command = $cli[0]
$commandArguments = @($cli | Select-Object -Skip 1) + $toolArguments
& $command @commandArguments
$status = $LASTEXITCODE

Add-ToJobSummary $status
$verdict = switch ($status) {
    0 { 'PASS: no memory regression' }
    1 { 'FAIL: a regression, a budget breach or a failed benchmark' }
    2 { 'FAIL: bad input (see the message above)' }
    default { "FAIL: the comparison tool ended with exit code $status" }
}
$where = if (Test-Path -PathType Leaf $report) { "report: $report" } else { 'no report was written' }
Write-Host "==> MemoryBench: $verdict ($where)"
# Anything but 0, 1 and 2 means the tool itself broke (a build error, a crash): that is not a pass.
if ($status -gt 2 -or $status -lt 0) { exit 1 }
exit $status
