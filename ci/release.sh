#!/usr/bin/env bash
# The steps of .github/workflows/release.yml, one subcommand each, so shellcheck reads them (docs/releasing.md):
#   ci/release.sh version <tag> <notes-file>   checks the tag, prints version=<x.y.z> and writes the release notes
#   ci/release.sh push <folder>                pushes the folder's packages (and their symbols) to nuget.org
#   ci/release.sh github <tag> <folder> <notes-file>   makes the GitHub release with the packages and the notes
#   ci/release.sh move-major <tag>             moves the major-version tag (v1) to <tag> once nuget.org serves the tool
# push reads the API key from NUGET_API_KEY; github and move-major use gh with GH_TOKEN, on GITHUB_REPOSITORY.
set -euo pipefail
cd "$(dirname "$0")/.."

nuget_source=https://api.nuget.org/v3/index.json
# Where nuget.org lists the tool's versions once a push is validated and indexed.
tool_versions=https://api.nuget.org/v3-flatcontainer/memorybench.tool/index.json

version_of() { # a v1.2.3 or v1.2.3-beta.1 tag's version, or a one-line error
    if [[ $1 =~ ^v([0-9]+[.][0-9]+[.][0-9]+(-[0-9A-Za-z.-]+)?)$ ]]; then
        echo "${BASH_REMATCH[1]}"
    else
        echo "ci/release.sh: \"$1\" is not a release tag (v1.2.3, or v1.2.3-beta.1 for a pre-release)" >&2
        return 2
    fi
}

case ${1:-} in
version)
    version=$(version_of "$2")
    node ci/release-notes.cjs "$version" >"$3"
    echo "version=$version"
    ;;
push)
    if [ -z "${NUGET_API_KEY:-}" ]; then
        echo "ci/release.sh: NUGET_API_KEY is empty: add the secret NUGET_API_KEY to the repository (docs/releasing.md)" >&2
        exit 2
    fi
    # Each .snupkg beside its .nupkg goes to nuget.org's symbol server with it; a rerun skips what is already there.
    dotnet nuget push "$2/*.nupkg" --api-key "$NUGET_API_KEY" --source "$nuget_source" --skip-duplicate
    ;;
github)
    version=$(version_of "$2")
    prerelease=()
    if [[ $version == *-* ]]; then prerelease=(--prerelease); fi
    if gh release view "$2" --repo "$GITHUB_REPOSITORY" >/dev/null 2>&1; then
        gh release upload "$2" "$3"/*.nupkg "$3"/*.snupkg --clobber --repo "$GITHUB_REPOSITORY"
    else
        gh release create "$2" "$3"/*.nupkg "$3"/*.snupkg --verify-tag --title "MemoryBench $version" \
            --notes-file "$4" "${prerelease[@]}" --repo "$GITHUB_REPOSITORY"
    fi
    ;;
move-major)
    version=$(version_of "$2")
    major=v${version%%.*}
    if [[ $version == *-* ]]; then
        echo "$2 is a pre-release: $major stays where it is"
        exit 0
    fi
    # Only the newest release of the major moves it: a fix to an older line (v1.2.9 after v1.3.0) leaves it.
    newest=$(git tag --list "$major.*" | grep -E '^v[0-9]+[.][0-9]+[.][0-9]+$' | sort -V | tail -n 1)
    if [ "$newest" != "$2" ]; then
        echo "$2 is not the newest release of $major ($newest is): $major stays where it is"
        exit 0
    fi
    # An action pinned to $major installs the newest $major.* tool: move the tag once nuget.org lists this one.
    for attempt in $(seq 60); do
        if curl --fail --silent --show-error "$tool_versions" | grep -qF "\"${version,,}\""; then break; fi
        if [ "$attempt" -eq 60 ]; then
            echo "ci/release.sh: nuget.org does not list MemoryBench.Tool $version after 30 minutes; move $major by hand (docs/releasing.md)" >&2
            exit 1
        fi
        sleep 30
    done
    commit=$(git rev-parse "$2^{commit}")
    if gh api "repos/$GITHUB_REPOSITORY/git/ref/tags/$major" >/dev/null 2>&1; then
        gh api --method PATCH "repos/$GITHUB_REPOSITORY/git/refs/tags/$major" -f sha="$commit" -F force=true >/dev/null
    else
        gh api --method POST "repos/$GITHUB_REPOSITORY/git/refs" -f ref="refs/tags/$major" -f sha="$commit" >/dev/null
    fi
    echo "$major now points at $2 ($commit)"
    ;;
*)
    echo "usage: ci/release.sh version <tag> <notes-file> | push <folder> | github <tag> <folder> <notes-file> | move-major <tag>" >&2
    exit 2
    ;;
esac
