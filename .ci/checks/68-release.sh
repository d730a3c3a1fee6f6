# shellcheck shell=bash
# Sourced by .ci/run after the tests: uses its ci_work, pass, fail and section.
# shellcheck disable=SC2154 # ci_work, pwsh, the feeds: set by .ci/run and the checks before this one
section "a release from a tag: a clone tagged v9.8.7 packs every package at 9.8.7 with its metadata; a commit after it is a pre-release"
# What the release workflow does to a v* tag, in a clone of this checkout: the changelog's Unreleased section becomes the
# release's, the commit is tagged, every package is packed from a solution filter of src/ and checked by
# ci/check-packages.cjs (the workflow's own check). The clone's origin is a GitHub address, as on GitHub, so the
# packages' repository URL is that address. The checks after this one install these packages from this feed, as a user
# installs a release: every package packed once.
release_version=9.8.7
release_url=https://github.com/memorybench-ci/memorybench
release_repo=$ci_work/release/repo
release_feed=$ci_work/release/feed
release_started=$SECONDS
# shellcheck disable=SC2034 # read by the consumer checks after this one
release_packed=false
command -v unzip >/dev/null || debian_install "$ci_work/apt-unzip.log" unzip
release_git() { git -C "$release_repo" -c user.name="MemoryBench CI" -c user.email=ci@memorybench.invalid "$@"; }
if ! git clone --quiet . "$release_repo" || ! release_git remote set-url origin "$release_url"; then
    fail "clone the repository for the release check"
else
    # The clone holds what is committed; the checkout's files (tracked and new, less the ignored and the deleted) are laid
    # over it, so that the packages are made of what every other check tests.
    git ls-files -z --cached --others --exclude-standard |
        while IFS= read -r -d '' release_file; do [ -e "$release_file" ] && printf '%s\0' "$release_file"; done |
        tar --null -T - -cf - | tar -xf - -C "$release_repo"
    git ls-files -z --deleted | (cd "$release_repo" && xargs -0 -r rm -f --)
    release_git add -A
    # The release's changelog: the Unreleased heading stays, empty, above the new version's section.
    sed -i "0,/^## \[Unreleased\]/s//## [Unreleased]\n\n## [$release_version] - $(date +%F)/" "$release_repo/CHANGELOG.md"
    release_git commit --quiet -am "Release $release_version" && release_git tag "v$release_version"
    release_commit=$(release_git rev-parse HEAD)
    # Every project under src/ is a package; a solution filter builds them in one go.
    (cd "$release_repo" && printf '{"solution":{"path":"MemoryBench.sln","projects":[%s]}}\n' \
        "$(find src -name '*.csproj' | sort | sed 's/.*/"&"/' | paste -sd,)" >packages.slnf)
    # As the release workflow builds (CI=true), less the analyzers: the tests' build ran them on the same code.
    if ! dotnet pack "$release_repo/packages.slnf" -c Release -o "$release_feed" -p:ContinuousIntegrationBuild=true \
        -p:RunAnalyzers=false >"$ci_work/release-pack.log" 2>&1; then
        cat "$ci_work/release-pack.log"
        fail "dotnet pack every package of the tagged clone"
    else
        # shellcheck disable=SC2034 # read by the consumer checks after this one
        release_packed=true
        if node "$release_repo/ci/check-packages.cjs" "$release_feed" "$release_version" \
            --repository-url "$release_url" --commit "$release_commit"; then
            pass "v$release_version packs every package at $release_version with licence, repository and commit, README, release notes and symbols ($((SECONDS - release_started)) s)"
        else
            fail "v$release_version packs every package at $release_version with licence, repository and commit, README, release notes and symbols"
        fi

        # One commit after the tag: MinVer's pre-release of the next patch, counting the commits since the tag.
        release_git commit --quiet --allow-empty -m "After the release"
        if dotnet pack "$release_repo/src/MemoryBench.Cli" -c Release --no-build -o "$ci_work/release/next" >"$ci_work/release-next.log" 2>&1 &&
            [ -f "$ci_work/release/next/MemoryBench.Tool.9.8.8-alpha.0.1.nupkg" ]; then
            pass "the commit after v$release_version packs as the pre-release 9.8.8-alpha.0.1"
        else
            cat "$ci_work/release-next.log"
            ls "$ci_work/release/next" 2>/dev/null
            fail "the commit after v$release_version packs as the pre-release 9.8.8-alpha.0.1"
        fi
    fi
fi
