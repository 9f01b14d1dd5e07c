# shellcheck shell=bash
# test-faults.sh: crashing, dying, hanging and failing cells become failed cells with their
# exit code, a reason and the log tail, and the rest of the matrix still runs.

test_faults_fail_cells_not_the_matrix() {
    begin_test faults_fail_cells_not_the_matrix
    export CVP_FAKE_PLAN="cpu@1=crash,io@1=die,io@$TWO=hang,process@1=partial,process@$TWO=garbage,*=ok"
    local modules=cpu,io,process cores=1,$TWO b
    bench "$T/out" --modules "$modules" --cores "$cores" --profile smoke --cell-timeout 6s --no-report
    check_eq "exit 1 when a cell failed" 1 "$RC"
    b=$(the_bundle)
    if [[ $TWO == 2 ]]; then
        check_eq "states" "bench-cpu@1=failed bench-cpu@2=ok bench-io@1=failed bench-io@2=failed bench-process@1=failed bench-process@2=failed" "$(states_of "$b")"
    fi
    check_eq "every cell was started once" 6 "$(counter_lines "")"

    check_eq "crashed fork: its exit code" 134 "$(cell_field "$b" bench-cpu 1 exitCode)"
    check_like "crashed fork: reason names it" '*1 of 2 benchmarks failed*forked JVM exited with code 134*' "$(cell_field "$b" bench-cpu 1 reason)"
    check "crashed fork: results of the other benchmark kept" test -s "$b/cores-1/bench-cpu.json"
    check_eq "crashed fork: results counted" 1 "$(cell_field "$b" bench-cpu 1 results)"
    check_like "crashed fork: log tail in run.json" '*forked VM failed*' "$(cell_field "$b" bench-cpu 1 logTail)"
    check_eq "the cell after a crash still ran" ok "$(cell_field "$b" bench-cpu "$TWO" state)"

    check_eq "dead runner JVM: exit code" 134 "$(cell_field "$b" bench-io 1 exitCode)"
    check_like "dead runner JVM: reason" 'JMH exited with code 134*' "$(cell_field "$b" bench-io 1 reason)"
    check "dead runner JVM: no result file" test ! -e "$b/cores-1/bench-io.json"

    check_like "hung cell: timed out" 'timed out after 6s*' "$(cell_field "$b" bench-io "$TWO" reason)"
    check_re "hung cell: killed (SIGTERM)" '^(143|137)$' "$(cell_field "$b" bench-io "$TWO" exitCode)"
    check "hung cell: no process left (runner or fork)" no_process_with "$b/cores-$TWO/.bench-io"

    check_like "failing benchmark: reason names the exception" '*ArithmeticException: injected failure*' "$(cell_field "$b" bench-process 1 reason)"
    check_eq "failing benchmark: JMH exit code kept" 0 "$(cell_field "$b" bench-process 1 exitCode)"
    check_like "truncated result file: reason" 'no usable results: *invalid JSON*' "$(cell_field "$b" bench-process "$TWO" reason)"
    check "truncated result file: not kept as results" test ! -e "$b/cores-$TWO/bench-process.json"
    check "logs kept for failed cells" test -s "$b/cores-$TWO/bench-process.log"
    check "no temporary files left" no_temp_files "$b"
    check_contains "failure shown in the progress output" "$T/out" "FAILED in"
    check_contains "failure reason shown" "$T/out" "timed out after 6s"
}

test_faults_core_count_and_skip() {
    begin_test faults_core_count_and_skip
    export CVP_FAKE_PLAN='*=fail'
    export CVP_BENCH_JAR_IO=$T/missing.jar
    bench "$T/out" --modules cpu,io --cores 1 --profile smoke --no-report
    check_eq "exit 1" 1 "$RC"
    local b
    b=$(the_bundle)
    check_eq "every benchmark failing: failed" failed "$(cell_field "$b" bench-cpu 1 state)"
    check_like "reason: 2 of 2" '2 of 2 benchmarks failed; first:*injected benchmark failure*' "$(cell_field "$b" bench-cpu 1 reason)"
    check "an empty result set is not kept" test ! -e "$b/cores-1/bench-cpu.json"
    check_eq "a module without a jar: skipped" skipped "$(cell_field "$b" bench-io 1 state)"
    check_like "skipped: reason names the jar" '*missing.jar*does not exist*' "$(cell_field "$b" bench-io 1 reason)"
}
