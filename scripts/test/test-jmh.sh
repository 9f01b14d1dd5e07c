# shellcheck shell=bash
# test-jmh.sh: the same faults through real JMH (TinyBenchmark, real forks, the real
# CoreCountProfiler), injected with JMH's own -jvm option: a fork JVM that sees the wrong
# core count, one that crashes, one that hangs; and Ctrl-C while a real fork runs.

# jmh_setup: profiles = the real smoke profile only (no module profile), wrapper JVMs.
jmh_setup() {
    begin_test "$1"
    export CVP_BENCH_JAR_CPU=$TINY_JAR CVP_BENCH_JAR_IO=$TINY_JAR
    export CVP_PROFILES_DIR=$T/profiles
    mkdir -p "$CVP_PROFILES_DIR"
    cp "$CVP_SCRIPTS/profiles/smoke.jmh" "$CVP_PROFILES_DIR/"
    WRONG_JAVA=$T/wrongcpus-java CRASH_JAVA=$T/crash-java HANG_JAVA=$T/hang-java
    cat >"$WRONG_JAVA" <<WRAPPER
#!/usr/bin/env bash
# a fork JVM that sees one processor more than the cell was pinned to
args=()
for a in "\$@"; do
    case \$a in
        -XX:ActiveProcessorCount=*) args+=("-XX:ActiveProcessorCount=\$((\${a#*=} + 1))") ;;
        *) args+=("\$a") ;;
    esac
done
exec "$JAVA_BIN" "\${args[@]}"
WRAPPER
    # JMH first asks the JVM for its properties (PrintPropertiesMain), then forks (ForkedMain)
    cat >"$CRASH_JAVA" <<WRAPPER
#!/bin/sh
# a fork JVM that crashes
case "\$*" in *ForkedMain*) exit 134 ;; esac
exec "$JAVA_BIN" "\$@"
WRAPPER
    cat >"$HANG_JAVA" <<WRAPPER
#!/bin/sh
# a fork JVM that hangs, with a child process of its own
case "\$*" in *ForkedMain*) sleep 300 & wait ;; esac
exec "$JAVA_BIN" "\$@"
WRAPPER
    chmod +x "$WRONG_JAVA" "$CRASH_JAVA" "$HANG_JAVA"
}

test_jmh_real_cells() {
    if [[ -z $TINY_JAR ]]; then
        printf 'jmh_real_cells\n  skip  (no JMH in ~/.m2)\n'
        return 0
    fi
    jmh_setup jmh_real_cells
    local b
    bench "$T/out" --modules cpu --cores "1,$TWO" --profile smoke --label real --no-report
    check_eq "real JMH: exit 0" 0 "$RC"
    b=$(the_bundle)
    check_eq "real JMH: both cells ok" "bench-cpu@1=ok bench-cpu@$TWO=ok" "$(states_of "$b")"
    check_contains "real JMH: the fork saw the pinned core count (cpus metric)" "$b/cores-$TWO/bench-cpu.json" '"cpus"'
    check_contains "real JMH: forks got -XX:ActiveProcessorCount" "$b/cores-$TWO/bench-cpu.log" "-XX:ActiveProcessorCount=$TWO"
    check_eq "real JMH: jmhVersion read from the jar" 1.37 "$(bundle_tool get "$b/machine.json" jmhVersion)"
    local reports=$CVP_ROOT/reports/target/reports.jar
    if [[ -f $reports ]]; then
        RC=0
        CVP_REPORTS_JAR=$reports "$CVP_SCRIPTS/report.sh" "$b" >"$T/report.out" 2>&1 || RC=$?
        check_eq "report.sh on a real bundle: complete" 0 "$RC"
        check "report.sh on a real bundle: report.md" test -s "$b/report.md"
    fi

    rm -rf "$CVP_RESULTS_DIR"
    bench "$T/out" --modules cpu --cores 1 --profile smoke --no-report -- -jvm "$WRONG_JAVA"
    b=$(the_bundle)
    check_eq "wrong core count in the fork: failed" failed "$(cell_field "$b" bench-cpu 1 state)"
    check_like "wrong core count in the fork: the profiler's message" '*core-count check failed: this fork sees 2 processor(s) but the cell was pinned to 1*' "$(cell_field "$b" bench-cpu 1 reason)"
    check_eq "wrong core count: exit 1" 1 "$RC"

    rm -rf "$CVP_RESULTS_DIR"
    bench "$T/out" --modules cpu --cores 1 --profile smoke --no-report -- -jvm "$CRASH_JAVA"
    b=$(the_bundle)
    check_eq "crashing fork: failed" failed "$(cell_field "$b" bench-cpu 1 state)"
    check_eq "crashing fork: its exit code" 134 "$(cell_field "$b" bench-cpu 1 exitCode)"
    check_like "crashing fork: log tail in run.json" '*forked VM failed with exit code 134*' "$(cell_field "$b" bench-cpu 1 logTail)"

    rm -rf "$CVP_RESULTS_DIR"
    bench "$T/out" --modules cpu,io --cores 1 --profile smoke --cell-timeout 8s --no-report -- -jvm "$HANG_JAVA"
    b=$(the_bundle)
    check_like "hanging fork: timed out" 'timed out after 8s*' "$(cell_field "$b" bench-cpu 1 reason)"
    check_eq "hanging fork: the next cell still ran (and hung too)" failed "$(cell_field "$b" bench-io 1 state)"
    check "hanging fork: no JMH runner, fork or child left" no_process_with "$HANG_JAVA"
    check "hanging fork: no JMH runner left" no_process_with "$b/cores-1/"
}

# fork_started: JMH has announced its fork in the running cell's log.
fork_started() {
    grep -qs "# Fork: 1 of" "$CVP_RESULTS_DIR"/*/cores-1/.bench-cpu.log.tmp-*
}

test_jmh_ctrl_c() {
    if [[ -z $TINY_JAR ]]; then
        printf 'jmh_ctrl_c\n  skip  (no JMH in ~/.m2)\n'
        return 0
    fi
    jmh_setup jmh_ctrl_c
    bench_bg "$T/out" --modules cpu --cores 1 --profile smoke --no-report -- -jvm "$HANG_JAVA"
    wait_until "the real fork is running" fork_started || true
    kill -INT "$BG_PID" 2>/dev/null
    wait_exit "$BG_PID"
    check_eq "Ctrl-C with a real fork: exit 130" 130 "$RC"
    check "Ctrl-C with a real fork: no fork or child left" no_process_with "$HANG_JAVA"
    check "Ctrl-C with a real fork: no JMH runner left" no_process_with "$CVP_RESULTS_DIR"
    check_eq "Ctrl-C with a real fork: cell pending" pending "$(cell_field "$(the_bundle)" bench-cpu 1 state)"
}
