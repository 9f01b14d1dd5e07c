#!/usr/bin/env bash
# run-all.sh: the scripts test suite. Runs bench.sh and report.sh for real against a fake
# benchmark jar (FakeBench.java) and a tiny real JMH jar, injects faults (crashing, hanging
# and failing cells, SIGKILL and Ctrl-C of the runner, concurrent runs, a full disk) and
# checks the bundles they leave. Last line: "scripts-tests: N passed, N failed".
#   scripts/test/run-all.sh [NAME...]   run only the tests whose function name contains NAME
set -euo pipefail

CVP_SCRIPT=scripts-tests
# shellcheck source=../lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
# shellcheck source=../lib/jdk.sh
. "$CVP_LIB/jdk.sh"
# shellcheck source=../lib/machine.sh
. "$CVP_LIB/machine.sh"
# shellcheck source=lib.sh
. "$CVP_SCRIPTS/test/lib.sh"

for file in "$CVP_SCRIPTS"/test/test-*.sh; do
    # shellcheck source=/dev/null
    . "$file"
done

main() {
    local name filter selected
    setup_suite
    trap teardown_suite EXIT
    [[ -n $TINY_JAR ]] || note "JMH 1.37 is not in ~/.m2 (run ./mvnw verify first): the real-JMH tests are skipped"
    for name in $(declare -F | awk '{ print $3 }' | grep '^test_'); do
        selected=$(($# == 0))
        for filter in "$@"; do
            [[ $name != *"$filter"* ]] || selected=1
        done
        ((selected)) || continue
        # in an || list errexit is off inside the test: a broken step fails its checks,
        # not the whole suite
        "$name" || fail "$name stopped early"
    done
    printf 'scripts-tests: %d passed, %d failed\n' "$PASSED" "$FAILED"
    ((FAILED == 0))
}

main "$@"
