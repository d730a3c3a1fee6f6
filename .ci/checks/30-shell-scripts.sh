# shellcheck shell=bash
# Sourced by .ci/run after the tests: uses its ci_work, pass, fail and section.
# shellcheck disable=SC2154 # ci_work, pwsh, the feeds: set by .ci/run and the checks before this one
section "shell scripts: bash -n and shellcheck"
# The action's bash steps too, as ci/check-action.cjs wrote them out above.
shell_scripts=(ci/*.sh .ci/run .ci/checks/*.sh)
for script in "$ci_work"/action-steps/*.sh; do [ -f "$script" ] && shell_scripts+=("$script"); done
syntax_ok=true
for script in "${shell_scripts[@]}"; do
    bash -n "$script" || syntax_ok=false
done
if $syntax_ok; then pass "bash parses ${shell_scripts[*]}"; else fail "bash parses ${shell_scripts[*]}"; fi
command -v shellcheck >/dev/null || debian_install "$ci_work/apt-shellcheck.log" shellcheck
if command -v shellcheck >/dev/null; then
    shellcheck --version | sed -n 2p
    if shellcheck "${shell_scripts[@]}"; then pass "shellcheck ${shell_scripts[*]}"; else fail "shellcheck ${shell_scripts[*]}"; fi
else
    echo "SKIPPED: shellcheck is not installed and could not be installed here (bash -n only)"
fi

