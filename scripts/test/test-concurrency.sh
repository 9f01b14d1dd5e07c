# shellcheck shell=bash
# test-concurrency.sh: two runs at once get separate bundles and the second is warned; a
# bundle being written cannot be resumed by another runner.

test_concurrent_runs() {
    begin_test concurrent_runs
    # long enough for the second run and a --resume attempt to start while the first runs
    export CVP_FAKE_PLAN='*=slow:12'
    local first second
    bench_bg "$T/one.out" --modules cpu --cores 1 --profile smoke --label same --no-report
    first=$BG_PID
    wait_until "the first run's cell started" counter_at_least 1 || true
    bench_bg "$T/two.out" --modules cpu --cores 1 --profile smoke --label same --no-report
    second=$BG_PID

    local b
    b=$(find "$CVP_RESULTS_DIR" -mindepth 1 -maxdepth 1 -type d -name '*-same*' | head -n 1)
    bench "$T/three.out" --resume "$b" --no-report
    check_eq "resuming a bundle that is being written: refused" 2 "$RC"
    check_contains "resuming a bundle that is being written: says so" "$T/three.out" "is being written by another bench.sh"

    wait_exit "$first"
    check_eq "first run: exit 0" 0 "$RC"
    wait_exit "$second"
    check_eq "second run: exit 0" 0 "$RC"
    local bundles
    bundles=$(find "$CVP_RESULTS_DIR" -mindepth 1 -maxdepth 1 -type d -name '*-same*' | wc -l)
    check_eq "two separate bundles" 2 "$bundles"
    check_contains "the second run is told about the first" "$T/two.out" "another bench.sh is running on this machine"
    local d2
    d2=$(grep -l '"concurrentRuns": 1' "$CVP_RESULTS_DIR"/*-same*/run.json | wc -l)
    check_eq "the cell measured during another run says so in run.json" 1 "$d2"
    local d
    for d in "$CVP_RESULTS_DIR"/*-same*; do
        check_eq "${d##*/}: complete" "bench-cpu@1=ok" "$(states_of "$d")"
    done
}
