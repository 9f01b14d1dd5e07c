# shellcheck shell=bash
# test-matrix.sh: a healthy run writes the bundle DESIGN.md describes, with the JMH
# options, pinning and core-count check every cell needs.

test_matrix_writes_the_bundle() {
    begin_test matrix_writes_the_bundle
    local profiles=$T/profiles b
    export CVP_PROFILES_DIR=$profiles
    write_profile "$profiles" smoke $'# test profile\n#! cell-timeout=5m\n-f 1 -wi 0 -i 1 # comment\n-r 100ms'
    write_profile "$profiles" bench-cpu.smoke $'-p tasks={tasks} -jvmArgsAppend -Xmx64m\n-jvmArgsAppend -Dcvp.test=1\n#! cell-timeout=7m'
    write_profile "$profiles" bench-io.smoke $'-i 2 -p size=1 -p tasks=3'
    bench "$T/out" --modules cpu,io --cores "1,$TWO" --profile smoke --label matrix --no-report -- -jvmArgsAppend -Dextra=1
    check_eq "exit 0 when every cell is ok" 0 "$RC"
    b=$(the_bundle)
    check_re "bundle named <UTC time>-<label>" '^[0-9]{8}T[0-9]{4}Z-matrix$' "${b##*/}"
    check_eq "every cell ok, module-major order" "bench-cpu@1=ok bench-cpu@$TWO=ok bench-io@1=ok bench-io@$TWO=ok" "$(states_of "$b")"
    [[ $TWO == 2 ]] || check_eq "one core machine: one cell per module" "bench-cpu@1=ok bench-io@1=ok" "$(states_of "$b")"
    check_eq "each cell ran exactly once" 4 "$(counter_lines '')"
    local f
    for f in machine.json run.json "cores-1/bench-cpu.json" "cores-1/bench-cpu.log" "cores-$TWO/bench-io.json" "cores-$TWO/bench-io.log"; do
        check "bundle has $f" test -s "$b/$f"
    done
    check "no temporary files left" no_temp_files "$b"
    check "the lock is released" test ! -e "$b/.lock"
    check "the runner is unregistered" empty_dir "$CVP_RUN_REGISTRY"

    local key
    for key in formatVersion label cpuModel logicalCpus osName osVersion arch jvmVendor jvmVersion jmhVersion \
        startedAt gitCommit profile cores modules physicalCores availableCpus cgroupCpuQuota cpuGovernor \
        memoryTotalMiB pinningEnforced cellCpus tasks; do
        check_contains "machine.json has $key" "$b/machine.json" "\"$key\":"
    done
    check_eq "machine.json label" matrix "$(bundle_tool get "$b/machine.json" label)"
    check_eq "machine.json cores" "1 $TWO" "$(bundle_tool get "$b/machine.json" cores | paste -sd' ' -)"
    check_eq "tasks = 4 x the largest core count, at least 8" 8 "$(bundle_tool get "$b/machine.json" tasks)"
    check_eq "run.json exit code" 0 "$(cell_field "$b" bench-io "$TWO" exitCode)"
    check_re "run.json seconds is a number" '^[0-9]+\.[0-9]$' "$(cell_field "$b" bench-io 1 seconds)"
    check_eq "run.json results count" 2 "$(cell_field "$b" bench-cpu 1 results)"
    check_eq "module profile cell-timeout overrides the common one" 420 "$(bundle_tool get "$b/run.json" settings.cellTimeoutSeconds.bench-cpu)"
    check_eq "common profile cell-timeout" 300 "$(bundle_tool get "$b/run.json" settings.cellTimeoutSeconds.bench-io)"

    local log=$b/cores-$TWO/bench-cpu.log
    check_contains "runner JVM told the core count" "$log" "-XX:ActiveProcessorCount=$TWO -Djmh.ignoreLock=true -jar"
    check_contains "core-count profiler added" "$log" "-prof dev.cvp.harness.CoreCountProfiler:$TWO"
    check_contains "all -jvmArgsAppend merged into one, ours last" "$log" "-jvmArgsAppend -Xmx64m\\ -Dcvp.test=1\\ -Dextra=1\\ -XX:ActiveProcessorCount=$TWO"
    check_contains "{tasks} substituted" "$log" "-p tasks=8"
    check_contains "profile comments dropped, options kept" "$log" "-f 1 -wi 0 -i 1 -r 100ms"
    check_contains "a module profile's option replaces the common one (JMH refuses repeats)" \
        "$b/cores-1/bench-io.log" "-f 1 -wi 0 -r 100ms -i 2 -p size=1 -p tasks=3 -prof"
    if command -v taskset >/dev/null; then
        check_contains "pinned with taskset" "$log" "taskset -c $(cell_cpus "$TWO")"
        check_eq "pinned CPUs recorded" "$(cell_cpus "$TWO")" "$(cell_field "$b" bench-cpu "$TWO" pinnedCpus)"
        local seen
        seen=$(cell_field "$b" bench-cpu "$TWO" observedAffinity)
        check_eq "observed affinity (when the JVM was seen) is the pinned one" "$(cell_cpus "$TWO")" "${seen:-$(cell_cpus "$TWO")}"
    fi
    check_contains "progress line per cell" "$T/out" "[4/4] bench-io @ $TWO cores ... ok in"
    check_contains "says which JDK it uses" "$T/out" "using JDK"
}

test_matrix_without_taskset() {
    begin_test matrix_without_taskset
    local b
    export CVP_NO_TASKSET=1
    bench "$T/out" --modules process --cores "$TWO" --profile smoke --label nopin --no-report
    check_eq "without taskset: exit 0" 0 "$RC"
    check_contains "without taskset: warns" "$T/out" "taskset not found"
    b=$(ls -d "$CVP_RESULTS_DIR"/*-nopin)
    check_eq "machine.json records pinning not enforced" false "$(bundle_tool get "$b/machine.json" pinningEnforced)"
    check_eq "cell records no pinned CPUs" "" "$(cell_field "$b" bench-process "$TWO" pinnedCpus)"
    check_like "log has no taskset" "# bench.sh: /*" "$(head -n 1 "$b/cores-$TWO/bench-process.log")"
}

test_matrix_defaults_and_report() {
    begin_test matrix_defaults_and_report
    make_report_tool
    export CVP_REPORTS_JAR=$T/tool.jar
    local b expected_cores k=1
    bench "$T/out"
    check_eq "defaults: exit 0 (cells ok, report complete)" 0 "$RC"
    b=$(the_bundle)
    check_eq "defaults: every module" "bench-cpu bench-io bench-process" "$(bundle_tool get "$b/machine.json" modules | paste -sd' ' -)"
    expected_cores=''
    while ((k < CPU_LIMIT)); do
        expected_cores+="$k "
        k=$((k * 2))
    done
    expected_cores+=$CPU_LIMIT
    check_eq "defaults: cores 1, 2, 4 ... up to the machine's count" "$expected_cores" "$(bundle_tool get "$b/machine.json" cores | paste -sd' ' -)"
    check_eq "defaults: profile quick" quick "$(bundle_tool get "$b/machine.json" profile)"
    check_eq "defaults: label from the host name" "${b##*Z-}" "$(bundle_tool get "$b/machine.json" label)"
    check_contains "the report tool ran on the bundle" "$T/out" "tool got $b"
    check_contains "says where report.md is" "$T/out" "report: $b/report.md"

    rm -rf "$CVP_RESULTS_DIR"
    TOOL_EXIT=3 bench "$T/out" --modules cpu --cores 1 --profile smoke
    check_eq "report incomplete although the cells are ok: exit 3" 3 "$RC"
    rm -rf "$CVP_RESULTS_DIR"
    TOOL_EXIT=2 bench "$T/out" --modules cpu --cores 1 --profile smoke
    check_eq "report tool failed: exit 4" 4 "$RC"
    check_contains "report tool failed: the results are intact" "$T/out" "the results are intact"
    rm -rf "$CVP_RESULTS_DIR"
    CVP_FAKE_PLAN='*=fail' TOOL_EXIT=3 bench "$T/out" --modules cpu --cores 1 --profile smoke
    check_eq "a failed cell: exit 1 whatever the report says" 1 "$RC"
    check_contains "a failed cell: the resume command is shown" "$T/out" "--resume $CVP_RESULTS_DIR/"
}

test_matrix_records_git_commit() {
    begin_test matrix_records_git_commit
    local before after recorded
    before=$(env -u GIT_DIR git -C "$CVP_ROOT" rev-parse --verify -q HEAD || true)
    bench_with_git "$T/out" --modules cpu --cores 1 --profile smoke --no-report
    after=$(env -u GIT_DIR git -C "$CVP_ROOT" rev-parse --verify -q HEAD || true)
    recorded=$(bundle_tool get "$(the_bundle)/machine.json" gitCommit || true)
    if [[ -z $before ]]; then
        check_eq "outside a git checkout: gitCommit is null" "" "$recorded"
    elif [[ $recorded == "$before" || $recorded == "$after" ]]; then
        pass "gitCommit is the checkout's HEAD"
    else
        fail "gitCommit is the checkout's HEAD" "HEAD: $before / $after" "recorded: $recorded"
    fi
    check_re "gitDirty recorded" '^(true|false|)$' "$(bundle_tool get "$(the_bundle)/machine.json" gitDirty || true)"
}
