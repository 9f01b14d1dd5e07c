# shellcheck shell=bash
# test-resume.sh: SIGKILL the runner at several points, then --resume: every cell ends up
# ok exactly once, nothing is lost or duplicated, and the killed cell's JVMs do not linger.
# --resume refuses another machine or commit unless --force, which is recorded.

# kill_and_resume POINT CONDITION...: start a 4-cell run of slow cells, SIGKILL the
# runner once CONDITION holds, check the bundle it leaves, resume it, check the result.
kill_and_resume() {
    local point=$1 b ok_before=() m k state
    shift
    begin_test "sigkill_$point"
    export CVP_FAKE_PLAN='*=slow:2'
    bench_bg "$T/out" --modules cpu,io --cores "1,$TWO" --profile smoke --label kill --no-report
    wait_until "$point" "$@" || true
    { kill -KILL "$BG_PID"; wait_exit "$BG_PID"; } 2>/dev/null
    check_eq "runner killed" 137 "$RC"
    b=$(the_bundle)
    check "after the kill: machine.json is whole" bundle_tool get "$b/machine.json" label
    check "after the kill: run.json is whole" bundle_tool cells "$b/run.json"
    check "after the kill: no half-written JSON where the report reads" no_empty_json "$b"
    while IFS=$'\t' read -r m k state _; do
        [[ $state == ok ]] && ok_before+=("$m $k")
    done < <(bundle_tool cells "$b/run.json")

    export CVP_FAKE_PLAN='*=ok'
    bench "$T/resume.out" --resume "$b" --no-report
    check_eq "resume: exit 0" 0 "$RC"
    check_eq "resume: every cell ok" "bench-cpu@1=ok bench-cpu@$TWO=ok bench-io@1=ok bench-io@$TWO=ok" "$(states_of "$b")"
    check "resume: each cell listed once" each_cell_once "$b"
    local cell
    for cell in "${ok_before[@]}"; do
        check_eq "resume: $cell (ok before the kill) was not run again" 1 "$(counter_lines "^$cell ")"
    done
    for cell in "bench-cpu 1" "bench-cpu $TWO" "bench-io 1" "bench-io $TWO"; do
        check "resume: $cell has results" test -s "$b/cores-${cell#* }/${cell% *}.json"
    done
    check "resume: no temporary files left" no_temp_files "$b"
    check "resume: the killed run's JVMs were stopped" no_process_with "$b/cores-"
    check_contains "resume: recorded in run.json" "$b/run.json" '"at": '
    check_contains "resume: machine.json kept" "$b/machine.json" '"label": "kill"'
    check "resume: lock released" test ! -e "$b/.lock"
    check "resume: the killed runner's temporary folder is gone" no_match "${TMPDIR:-/tmp}/cvp-bench.$BG_PID.*"
}

bundle_has_run_json() {
    local b
    b=$(the_bundle 2>/dev/null) && [[ -f $b/run.json ]]
}

second_cell_running() {
    counter_at_least 2
}

three_cells_ok() {
    local b
    b=$(the_bundle 2>/dev/null) || return 1
    (($(bundle_tool cells "$b/run.json" 2>/dev/null | grep -c $'\tok\t') >= 3))
}

test_sigkill_then_resume() {
    kill_and_resume at_start bundle_has_run_json
    kill_and_resume mid_cell second_cell_running
    check "mid-cell kill: the interrupted cell's log is kept aside" compgen -G "$(the_bundle)/attempts/*interrupted*"
    kill_and_resume near_end three_cells_ok
}

test_resume_refuses_another_machine() {
    begin_test resume_refuses_another_machine
    export CVP_FAKE_PLAN="cpu@1=fail,*=ok"
    bench "$T/out" --modules cpu --cores 1 --profile smoke --no-report
    local b sum_machine sum_run
    b=$(the_bundle)
    check_eq "first run: a failed cell" failed "$(cell_field "$b" bench-cpu 1 state)"
    sed -i.orig 's/"cpuModel": "[^"]*"/"cpuModel": "Imaginary CPU 9000"/' "$b/machine.json"
    rm -f "$b/machine.json.orig"
    sum_machine=$(cksum <"$b/machine.json")
    sum_run=$(cksum <"$b/run.json")
    export CVP_FAKE_PLAN='*=ok'
    bench "$T/out" --resume "$b" --no-report
    check_eq "another machine: refused with exit 2" 2 "$RC"
    check_contains "another machine: says what differs" "$T/out" 'cpuModel: "Imaginary CPU 9000" ->'
    check_contains "another machine: names --force" "$T/out" "pass --force"
    check_eq "refused: machine.json untouched" "$sum_machine" "$(cksum <"$b/machine.json")"
    check_eq "refused: run.json untouched" "$sum_run" "$(cksum <"$b/run.json")"
    check "refused: lock released" test ! -e "$b/.lock"

    bench "$T/out" --resume "$b" --force --no-report
    check_eq "--force: resumed" 0 "$RC"
    check_eq "--force: the cell is ok now" ok "$(cell_field "$b" bench-cpu 1 state)"
    check_eq "--force: attempts counted" 2 "$(cell_field "$b" bench-cpu 1 attempts)"
    check_contains "--force: recorded in run.json" "$b/run.json" '"forced": true'
    check_contains "--force: the difference recorded" "$b/run.json" 'cpuModel: \"Imaginary CPU 9000\"'
    check "the failed attempt's log is kept, not overwritten" test -s "$b/attempts/cores-1-bench-cpu.attempt-1.log"

    bench "$T/out" --resume "$b" --no-report --force
    check_eq "nothing left to resume: exit 0" 0 "$RC"
    check_contains "nothing left to resume: says so" "$T/out" "nothing to resume"

    sed -i.orig 's/"gitCommit": [^,]*/"gitCommit": "0000000"/' "$b/machine.json"
    rm -f "$b/machine.json.orig"
    bundle_tool edit "$b/run.json" <<<$'cell\tbench-cpu\t1\ns\t@.state\tfailed' || true
    bench "$T/out" --resume "$b" --no-report
    check_eq "another git commit: refused" 2 "$RC"
    check_contains "another git commit: says so" "$T/out" 'gitCommit: "0000000" ->'
}
