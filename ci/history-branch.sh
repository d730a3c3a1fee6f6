#!/usr/bin/env bash
# The MemoryBench history on a branch of its own (as gh-pages keeps a site): the store (history/), the page of charts
# (index.html, which GitHub Pages serves when it deploys from that branch) and the markdown of change points.
#
#   ci/history-branch.sh fetch BRANCH DIR
#       Checks the branch out into DIR (a detached worktree), for the pull request report's trend. Prints DIR/history
#       when the branch has a history, nothing when the branch does not exist yet; never fails the job for that.
#   ci/history-branch.sh publish BRANCH DIR RUN COMMIT TIME MEMORYBENCH...
#       Adds the run folder RUN as COMMIT at TIME (ISO 8601) to the branch's history, writes the page and the markdown,
#       commits and pushes; MEMORYBENCH... is the command that runs the tool. A push that loses a race with another
#       run starts again from the branch as it is now, up to three times.
set -euo pipefail

usage() {
    echo "usage: $0 fetch BRANCH DIR | publish BRANCH DIR RUN COMMIT TIME MEMORYBENCH..." >&2
    exit 2
}

# The branch into DIR: its last commit when it exists (true), an empty orphan worktree otherwise (false).
checkout() {
    local branch=$1 dir=$2
    rm -rf "$dir"
    git worktree prune
    if git fetch --quiet --depth=1 origin "+refs/heads/$branch:refs/remotes/origin/$branch" 2>/dev/null; then
        git worktree add --quiet --detach "$dir" "refs/remotes/origin/$branch"
        return 0
    fi
    git worktree add --quiet --detach "$dir" HEAD
    git -C "$dir" checkout --quiet --orphan "memorybench-history-$$"
    git -C "$dir" rm -r --quiet --cached . >/dev/null 2>&1 || true
    git -C "$dir" clean -fdxq
    return 1
}

[ $# -ge 3 ] || usage
command=$1 branch=$2 dir=$3
case $command in
fetch)
    if checkout "$branch" "$dir" && [ -f "$dir/history/history.json" ]; then
        echo "$dir/history"
    else
        echo "no history on branch $branch yet: the report goes without the trend" >&2
    fi
    ;;
publish)
    [ $# -ge 7 ] || usage
    run=$4 commit=$5 time=$6
    shift 6
    for attempt in 1 2 3; do
        checkout "$branch" "$dir" || true
        "$@" history add --history "$dir/history" --from "$run" --commit "$commit" --time "$time"
        "$@" history report --history "$dir/history" --html "$dir/index.html" --markdown "$dir/history.md"
        touch "$dir/.nojekyll" # Pages serves the files as they are
        git -C "$dir" add --all
        git -C "$dir" -c user.name="github-actions[bot]" -c user.email="41898282+github-actions[bot]@users.noreply.github.com" \
            commit --quiet -m "MemoryBench history: run of $commit"
        if git -C "$dir" push --quiet origin "HEAD:refs/heads/$branch"; then
            echo "published the history of $commit on branch $branch"
            exit 0
        fi
        echo "the push lost a race with another run (attempt $attempt); starting again from the branch as it is now" >&2
    done
    exit 1
    ;;
*)
    usage
    ;;
esac
