# shellcheck shell=bash
# test-signals.sh: Ctrl-C (SIGINT) or SIGTERM stops the running cell and every process it
# started, marks it pending, prints the --resume command; the resume then completes the run.

# interrupt_run SIGNAL EXPECTED_EXIT
interrupt_run() {
    local sig=$1 expected=$2 b
    begin_test "interrupt_$sig"
    export CVP_FAKE_PLAN="cpu@1=ok,*=hang"
    bench_bg "$T/out" --modules cpu,io --cores 1 --profile smoke --no-report
    # the hanging cell runs (its JMH stand-in and fork name its -rff file)
    wait_until "the second cell is running" process_with "cores-1/.bench-io.json.tmp" || true
    kill "-$sig" "$BG_PID" 2>/dev/null
    wait_exit "$BG_PID"
    check_eq "$sig: exit $expected" "$expected" "$RC"
    b=$(the_bundle)
    check "$sig: no runner, fork or worker left" no_process_with "$CVP_RESULTS_DIR"
    check_eq "$sig: the finished cell stays ok" ok "$(cell_field "$b" bench-cpu 1 state)"
    check_eq "$sig: the running cell is pending again" pending "$(cell_field "$b" bench-io 1 state)"
    check_like "$sig: the reason says so" "interrupted by SIG$sig*" "$(cell_field "$b" bench-io 1 reason)"
    check_contains "$sig: prints the resume command" "$T/out" "--resume $b"
    check "$sig: lock released" test ! -e "$b/.lock"
    check "$sig: no temporary files left" no_temp_files "$b"

    export CVP_FAKE_PLAN='*=ok'
    bench "$T/resume.out" --resume "$b" --no-report
    check_eq "$sig: resume completes the run" "bench-cpu@1=ok bench-io@1=ok" "$(states_of "$b")"
    check_eq "$sig: the ok cell was not rerun" 1 "$(counter_lines '^bench-cpu 1 ')"
}

test_interrupt() {
    interrupt_run INT 130
    interrupt_run TERM 143
}
