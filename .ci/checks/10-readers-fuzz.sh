# shellcheck shell=bash
# Sourced by .ci/run after the tests: uses its ci_work, pass, fail and section.
# shellcheck disable=SC2154 # ci_work, pwsh, the feeds: set by .ci/run and the checks before this one
# The readers' fuzz test already ran once in the tests above; run it again here, visibly, for another 10,000 random
# inputs (CsCheck draws a new seed each run): mutated real exports (plain and with MemoryBench's objects) and baselines, each of which must
# end with exit code 0, 1 or 2, a one-line message and no changed input.
section "readers fuzz test: 10,000 more mutated inputs (tests/MemoryBench.Tests/Fuzzing, CsCheck)"
fuzz_started=$SECONDS
if dotnet test -c Release --no-build --project tests/MemoryBench.Tests -- --filter "FullyQualifiedName~Fuzzing" \
    >"$ci_work/fuzz.log" 2>&1; then
    pass "the readers take 10,000 mutated inputs with exit codes 0/1/2 only ($((SECONDS - fuzz_started)) s)"
else
    cat "$ci_work/fuzz.log"
    fail "the readers take 10,000 mutated inputs with exit codes 0/1/2 only"
fi
