# shellcheck shell=bash
# Sourced by .ci/run after the tests: uses its ci_work, pass, fail and section.
# shellcheck disable=SC2154 # ci_work, pwsh, the feeds: set by .ci/run and the checks before this one
# PowerShell as a .NET tool from NuGet (7.6.x runs on .NET 10), for the gate's PowerShell twin.
powershell_version=7.6.9
section "PowerShell scripts: parse ci/*.ps1 with PowerShell $powershell_version"
pwsh=
if dotnet tool install PowerShell --version "$powershell_version" --tool-path "$ci_work/pwsh" >"$ci_work/pwsh.log" 2>&1; then
    pwsh=$ci_work/pwsh/pwsh
    cat >"$ci_work/parse.ps1" <<'POWERSHELL'
$failed = $false
foreach ($file in $args) {
    $errors = $null
    [System.Management.Automation.Language.Parser]::ParseFile($file, [ref]$null, [ref]$errors) | Out-Null
    foreach ($e in $errors) { Write-Host "${file}:$($e.Extent.StartLineNumber): $($e.Message)"; $failed = $true }
}
if ($failed) { exit 1 }
POWERSHELL
    if "$pwsh" -NoProfile -NonInteractive -File "$ci_work/parse.ps1" ci/*.ps1; then
        pass "PowerShell parses $(echo ci/*.ps1)"
    else
        fail "PowerShell parses $(echo ci/*.ps1)"
    fi
else
    cat "$ci_work/pwsh.log"
    fail "install PowerShell $powershell_version from NuGet"
fi

