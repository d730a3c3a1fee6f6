# shellcheck shell=bash
# Sourced by .ci/run after the tests: uses its ci_work, pass, fail and section.
# shellcheck disable=SC2154 # ci_work: set by .ci/run
# shellcheck disable=SC2016 # the plants are sed expressions, backticks and $ included
#
# The documentation a newcomer reads (README.md, docs/*.md) against the repository, by ci/check-docs.py:
# - every relative link resolves to a file, and every #anchor to a heading of its page (GitHub's slugs);
# - README.md has at most 300 lines;
# - the README's commands: every line of a README code block that starts with
#   `dotnet run -c Release --project benchmarks/` or `dotnet test -c Release`, up to its ` -- ` and without its
#   `#` comment, is a command that .ci/run or a .ci/checks script runs ("$PWD/" and quotes taken out of the script's
#   line). The arguments after ` -- ` are BenchmarkDotNet's and the runner's examples and are not compared: the rule
#   pins what a newcomer builds and runs, not which benchmarks CI picks;
# - docs/configuration.md names exactly the options each command's --help lists (the tool built by the tests),
#   the runner's options and the action's inputs, both ways.
# The checker must also reject copies of the docs with a mistake planted in each of those ways.
section "docs: links and anchors, the README's length and commands, the options in docs/configuration.md"
docs_cli=src/MemoryBench.Cli/bin/Release/net10.0/MemoryBench.Cli.dll
if python3 ci/check-docs.py --cli "$docs_cli" --help-cache "$ci_work/docs-help.json" >"$ci_work/docs.log" 2>&1; then
    pass "$(tail -n 1 "$ci_work/docs.log")"
else
    cat "$ci_work/docs.log"
    fail "the docs match the repository (ci/check-docs.py)"
fi

# $1: what was planted, $2: the message the checker must print, $3: the file of the copy, $4: the sed expression.
docs_planted() {
    local copy=$ci_work/docs-planted
    rm -rf "$copy" && mkdir -p "$copy" && cp -r README.md docs "$copy/"
    sed -i -e "$4" "$copy/$3"
    if cmp -s "$3" "$copy/$3"; then
        fail "docs check rejects $1 (the plant changed nothing in $3)"
    elif python3 ci/check-docs.py --docs "$copy" --cli "$docs_cli" --help-cache "$ci_work/docs-help.json" >"$ci_work/docs-planted.log" 2>&1; then
        fail "docs check rejects $1 (it passed)"
    elif ! grep -qF -- "$2" "$ci_work/docs-planted.log"; then
        cat "$ci_work/docs-planted.log"
        fail "docs check rejects $1 (without saying \"$2\")"
    else
        pass "docs check rejects $1: $(grep -F -- "$2" "$ci_work/docs-planted.log" | head -n 1)"
    fi
}
docs_planted "a broken link" "no file docs/gates.md" README.md 's|(docs/gate.md)|(docs/gates.md)|'
docs_planted "a broken anchor" "no heading #memorybench-comparison" docs/gate.md 's|configuration.md#memorybench-compare|configuration.md#memorybench-comparison|'
docs_planted "an option missing from docs/configuration.md" "memorybench gate: --no-compare is missing" docs/configuration.md '/^| `--no-compare`/d'
docs_planted "an option that does not exist" "--colour is named but does not exist" docs/configuration.md 's/^| `--color` |/| `--colour` |/'
docs_planted "an action input missing" "the action: history-branch is missing" docs/configuration.md '/^| `history-branch`/d'
docs_planted "a README command CI does not run" "is not a command .ci/run or .ci/checks run" README.md \
    's|^dotnet run -c Release --project benchmarks/MemoryBench.Benchmarks   #|dotnet run -c Release --project benchmarks/MemoryBench.Probes   #|'
docs_planted "a README over 300 lines" "more than 300" README.md '$r docs/gate.md'
