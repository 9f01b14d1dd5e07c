# shellcheck shell=bash
# test-disk.sh: too little free space stops a run before it starts; a disk that fills up
# during a run fails the cell cleanly, earlier cells stay intact, and --resume finishes.

test_disk_checked_before_the_run() {
    begin_test disk_checked_before_the_run
    CVP_MIN_FREE_MB=999999999 bench "$T/out" --modules cpu --cores 1 --profile smoke
    check_eq "not enough space: exit 1" 1 "$RC"
    check_contains "not enough space: says how much is free" "$T/out" "MB free in"
    check "not enough space: no bundle" empty_dir "$CVP_RESULTS_DIR"
}

test_disk_fills_during_the_run() {
    begin_test disk_fills_during_the_run
    TMPFS_MOUNT=$T/small
    mkdir -p "$TMPFS_MOUNT"
    if ! mount -t tmpfs -o size=4m tmpfs "$TMPFS_MOUNT" 2>/dev/null; then
        printf '  skip  (cannot mount a small tmpfs here; needs root)\n'
        TMPFS_MOUNT=''
        return 0
    fi
    export CVP_RESULTS_DIR=$TMPFS_MOUNT/results CVP_FAKE_FILL=$TMPFS_MOUNT/filler
    export CVP_FAKE_PLAN="cpu@$TWO=fill,*=ok"
    bench "$T/out" --modules cpu,io --cores "1,$TWO" --profile smoke --no-report
    check_eq "disk full: exit 1" 1 "$RC"
    local b
    b=$(the_bundle)
    check_eq "disk full: the earlier cell is intact" ok "$(cell_field "$b" bench-cpu 1 state)"
    check "disk full: its results are intact" bundle_tool check-jmh "$b/cores-1/bench-cpu.json"
    check "disk full: run.json still readable" bundle_tool cells "$b/run.json"
    check_not_eq "disk full: the filling cell is not ok" ok "$(cell_field "$b" bench-cpu "$TWO" state)"
    check_not_eq "disk full: no cell after it is ok" ok "$(cell_field "$b" bench-io 1 state)"
    check_contains "disk full: reported" "$T/out" "disk full"

    rm -f "$CVP_FAKE_FILL"
    export CVP_FAKE_PLAN='*=ok'
    bench "$T/resume.out" --resume "$b" --no-report
    check_eq "space freed: resume exit 0" 0 "$RC"
    check_eq "space freed: every cell ok" "bench-cpu@1=ok bench-cpu@$TWO=ok bench-io@1=ok bench-io@$TWO=ok" "$(states_of "$b")"
    check_eq "space freed: the first cell was not rerun" 1 "$(counter_lines '^bench-cpu 1 ')"
    umount "$TMPFS_MOUNT" 2>/dev/null && TMPFS_MOUNT=''
}
