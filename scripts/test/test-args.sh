# shellcheck shell=bash
# test-args.sh: bad arguments get one clear line, the usage, exit 2, and nothing is written.

# expect_usage_error WHAT TEXT ARGS...: bench.sh ARGS fails with exit 2, its first line
# names TEXT, and no results folder appears.
expect_usage_error() {
    local what=$1 text=$2 out=$T/out
    shift 2
    bench "$out" "$@"
    check_eq "$what: exit 2" 2 "$RC"
    local first
    first=$(head -n 1 "$out")
    if [[ $first == "bench.sh: "*"$text"* ]]; then
        pass "$what: one line naming '$text'"
    else
        fail "$what: one line naming '$text'" "first line: $first"
    fi
    check "$what: nothing written" test ! -e "$CVP_RESULTS_DIR"
}

test_args_rejected() {
    begin_test args_rejected
    local over=$((CPU_LIMIT + 1))
    expect_usage_error "unknown module" "unknown module 'gpu'" --modules cpu,gpu
    expect_usage_error "cores 0" "0 is not a core count" --cores 0
    expect_usage_error "cores above the machine" "$over is more than the $CPU_LIMIT CPUs" --cores "1,$over"
    expect_usage_error "cores not a number" "'two' is not a number" --cores two
    expect_usage_error "negative cores" "'-1' is not a number" --cores -1
    expect_usage_error "unknown profile" "unknown profile 'fast'" --profile fast
    expect_usage_error "label with a slash" "--label: 'a/b'" --label a/b
    expect_usage_error "label with .." "--label: 'x..y'" --label x..y
    expect_usage_error "label with a pipe" "--label: 'a|b'" --label 'a|b'
    expect_usage_error "label with HTML" "--label: '<b>x'" --label '<b>x'
    expect_usage_error "label with a newline" "--label: 'a b'" --label $'a\nb'
    expect_usage_error "bad cell timeout" "'soon' is not a duration" --cell-timeout soon
    expect_usage_error "reserved JMH option" "JMH option -rff is set by bench.sh" -- -rff /tmp/x.json
    expect_usage_error "unknown option" "unknown argument '--cpus'" --cpus 2
    expect_usage_error "missing value" "--cores needs a value" --cores
    expect_usage_error "--force without --resume" "--force only applies to --resume" --force
    expect_usage_error "--resume with settings" "--profile cannot be given" --resume "$T" --profile smoke
    check_contains "the usage follows the error" "$T/out" "usage: scripts/bench.sh"

    bench "$T/out" --resume "$T"
    check_eq "--resume of a folder that is no bundle: exit 2" 2 "$RC"
    check_contains "--resume of a folder that is no bundle: says so" "$T/out" "not a result bundle"
}

test_report_sh_arguments() {
    begin_test report_sh_arguments
    RC=0
    "$CVP_SCRIPTS/report.sh" >"$T/out" 2>&1 || RC=$?
    check_eq "report.sh without a bundle: exit 2" 2 "$RC"
    check_contains "report.sh without a bundle: says what is missing" "$T/out" "give at least one result bundle folder"

    # the report tool's exit code passes through
    make_report_tool
    local code
    for code in 0 2 3; do
        RC=0
        TOOL_EXIT=$code CVP_REPORTS_JAR=$T/tool.jar "$CVP_SCRIPTS/report.sh" some/bundle --debug >"$T/out" 2>&1 || RC=$?
        check_eq "report.sh passes the tool's exit code $code through" "$code" "$RC"
    done
    check_contains "report.sh passes the arguments through" "$T/out" "tool got some/bundle --debug"
}
