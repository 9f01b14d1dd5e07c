#!/usr/bin/env bash
# report.sh: render result bundles with the report tool (reports/target/reports.jar),
# building it first when it is missing or older than its sources.
#   scripts/report.sh RUN_DIR                    report.md, results.csv, charts/ into RUN_DIR
#   scripts/report.sh RUN_DIR RUN_DIR... -o FILE cross-machine comparison into FILE
# The report tool's exit code is passed through: 0 complete, 3 incomplete (it names what is
# missing), 2 unusable arguments or input. 1 means the tool could not be built or started.
set -euo pipefail

CVP_SCRIPT=report.sh
# shellcheck source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=lib/jdk.sh
. "$CVP_LIB/jdk.sh"
# shellcheck source=lib/build.sh
. "$CVP_LIB/build.sh"

usage() {
    cat <<'EOF'
usage: scripts/report.sh RUN_DIR                    report into the bundle RUN_DIR
       scripts/report.sh RUN_DIR RUN_DIR... -o FILE compare bundles into FILE
       (the report tool's own options, e.g. --debug, are passed through)
Exit: 0 report complete, 3 report written but cells are missing, 2 bad arguments or input,
1 the report tool could not be built or started.
EOF
}

main() {
    local arg jar log rc=0
    (($# > 0)) || usage_error "give at least one result bundle folder"
    for arg in "$@"; do
        if [[ $arg == -h || $arg == --help ]]; then
            usage
            exit 0
        fi
    done
    find_jdk
    jar=${CVP_REPORTS_JAR:-$CVP_ROOT/reports/target/reports.jar}
    if [[ -z ${CVP_REPORTS_JAR:-} ]] && jar_is_stale reports "$jar"; then
        log=$(mktemp "${TMPDIR:-/tmp}/cvp-report-build.XXXXXX")
        note "building reports/target/reports.jar (missing or older than its sources) ..."
        (cd "$CVP_ROOT" && JAVA_HOME=$JDK_HOME ./mvnw -B -q -pl reports -am package -DskipTests) \
            >"$log" 2>&1 </dev/null || rc=$?
        if ((rc != 0)) || [[ ! -f $jar ]]; then
            note "could not build the report tool: $(build_summary "$log") (full log: $log)"
            exit "$EXIT_FAILED"
        fi
        rm -f "$log"
    fi
    [[ -f $jar ]] || die "$EXIT_FAILED" "no report tool at $jar"
    rc=0
    # A short-lived tool: C1 only and the serial collector start fastest (a 10,000-row
    # report renders in about half the time of the default flags).
    "$JAVA_BIN" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" "$@" || rc=$?
    exit "$rc"
}

main "$@"
