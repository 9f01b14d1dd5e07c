# shellcheck shell=bash disable=SC2034 # CELL_* are read by bench.sh
# cell.sh: run one cell (one module's benchmarks.jar at one core count), pinned, in its own
# process group, under a time limit, and decide honestly whether it succeeded.
#
# Needs BUNDLE, JAVA_BIN, PIN_TOOL, POLL, AVAILABLE_CPUS; reads INTERRUPTED (set by the
# signal trap). Results: CELL_STATE (ok|failed|pending), CELL_EXIT (empty = null),
# CELL_SECONDS, CELL_REASON, CELL_RESULTS, CELL_PINNED, CELL_AFFINITY, CELL_LOG, CELL_JSON.

CELL_PGID=''

# jmh_log_failures LOG: what JMH itself reported as failed, as
# "failed US total US fork-exit-code US first-failure" (US = the unit separator \x1f,
# which unlike a tab keeps empty fields apart).
# JMH without -foe keeps going after a benchmark error or a dead fork and exits 0; the
# only trace is in its console output, so this is how such a cell is recognised.
jmh_log_failures() {
    awk '
        function mark(what) {
            key = bench " " params
            if (!(key in seen)) { seen[key] = 1; failed++ }
            if (first == "") first = bench (params == "" ? "" : " " params) ": " what
        }
        /^# Benchmark: / { bench = substr($0, 14); params = ""; total++; next }
        /^# Parameters: / { params = substr($0, 15); next }
        /<forked VM failed with exit code -?[0-9]+>/ {
            code = $0; sub(/.*exit code /, "", code); sub(/>.*/, "", code)
            if (fork_code == "") fork_code = code
            mark("the forked JVM exited with code " code)
            next
        }
        /<binary link had failed/ { mark("lost contact with the forked JVM"); next }
        /<failure>/ { waiting = 1; next }
        waiting && NF { waiting = 0; mark($0) }
        END { printf "%d\037%d\037%s\037%s\n", failed, total, fork_code, first }
    ' "$1" 2>/dev/null || printf '0\0370\037\037\n'
}

# log_error_line LOG: the most telling line of a log whose runner exited non-zero.
log_error_line() {
    local line
    line=$(grep -m1 -E '^(ERROR|Error|Exception|Caused by)|No space left|[A-Za-z.]+(Exception|Error): ' "$1" 2>/dev/null || true)
    [[ -n $line ]] || line=$(grep -v '^[[:space:]]*$' "$1" 2>/dev/null | tail -n 1 || true)
    one_line "${line:0:300}"
}

# watch_cell PGID TIMEOUT START_SECONDS: wait for the cell to end, its time limit, or a
# signal. Prints nothing; sets CELL_WHY (empty, timeout or interrupted) and CELL_AFFINITY.
watch_cell() {
    local pgid=$1 timeout=$2 start=$3 quick=15
    CELL_WHY=''
    while kill -0 "$pgid" 2>/dev/null; do
        if [[ -z $CELL_AFFINITY && "$(cat "/proc/$pgid/comm" 2>/dev/null)" == java ]]; then
            CELL_AFFINITY=$(pid_affinity "$pgid")
        fi
        if [[ -n $INTERRUPTED ]]; then
            CELL_WHY=interrupted
            return 0
        fi
        if ((SECONDS - start >= timeout)); then
            CELL_WHY=timeout
            return 0
        fi
        if ((quick > 0)); then
            quick=$((quick - 1))
            sleep "$POLL"
        else
            sleep 1
        fi
    done
}

# run_cell MODULE CORES JAR TIMEOUT JVM_APPEND JMH_ARG...: run one cell, set CELL_*.
run_cell() {
    local module=$1 k=$2 jar=$3 timeout=$4 jvm_append=$5
    shift 5
    local dir=$BUNDLE/cores-$k rc=0 start_ms start_s failed total fork_code first
    local log_tmp json_tmp count='' json_problem=''
    log_tmp=$dir/.$module.log.tmp-$$
    json_tmp=$dir/.$module.json.tmp-$$
    CELL_STATE=failed CELL_EXIT='' CELL_REASON='' CELL_RESULTS='' CELL_AFFINITY='' CELL_PINNED=''
    CELL_LOG=cores-$k/$module.log CELL_JSON=cores-$k/$module.json

    local -a cmd=()
    if [[ -n $PIN_TOOL ]]; then
        CELL_PINNED=$(cell_cpus "$k")
        cmd+=(taskset -c "$CELL_PINNED")
    fi
    # JMH's own lock (/tmp/jmh.lock) would fail every cell of a second concurrent run;
    # bench.sh warns about concurrent runs itself and records them per cell instead
    cmd+=("$JAVA_BIN" "-XX:ActiveProcessorCount=$k" -Djmh.ignoreLock=true -jar "$jar" "$@"
        -prof "dev.cvp.harness.CoreCountProfiler:$k"
        -jvmArgsAppend "${jvm_append:+$jvm_append }-XX:ActiveProcessorCount=$k"
        -rf json -rff "$json_tmp")

    start_ms=$(now_ms) start_s=$SECONDS
    if ! { printf '# bench.sh:' && printf ' %q' "${cmd[@]}" && printf '\n'; } >"$log_tmp" 2>/dev/null; then
        CELL_SECONDS=0.0 CELL_REASON="could not write $log_tmp (disk full?)"
        rm -f "$log_tmp"
        return 0
    fi
    # job control gives the cell its own process group: Ctrl-C reaches only this script,
    # and stopping the group reaches JMH's forked JVMs and anything they started
    set -m
    "${cmd[@]}" >>"$log_tmp" 2>&1 </dev/null &
    CELL_PGID=$!
    set +m
    write_lock_owner "$CELL_PGID"
    watch_cell "$CELL_PGID" "$timeout" "$start_s"
    if [[ -n $CELL_WHY ]]; then
        stop_group "$CELL_PGID"
    fi
    wait "$CELL_PGID" 2>/dev/null || rc=$?
    if group_alive "$CELL_PGID"; then
        note "the cell's runner exited but processes it started were still running; stopped them"
        stop_group "$CELL_PGID"
    fi
    CELL_PGID=''
    write_lock_owner ''
    CELL_SECONDS=$(seconds_between "$start_ms" "$(now_ms)")

    if [[ $CELL_WHY == interrupted ]]; then
        CELL_STATE=pending CELL_REASON="interrupted by SIG$INTERRUPTED after ${CELL_SECONDS}s"
        rm -f "$json_tmp"
        shelve_file "$BUNDLE" "$log_tmp" "cores-$k-$module.interrupted" log
        CELL_LOG=''
        CELL_JSON=''
        return 0
    fi

    IFS=$'\x1f' read -r failed total fork_code first < <(jmh_log_failures "$log_tmp")
    if [[ -s $json_tmp ]]; then
        count=$(json_tool check-jmh "$json_tmp" 2>"$json_tmp.err") || json_problem=$(one_line "$(head -c 300 "$json_tmp.err")")
    else
        json_problem="JMH wrote no result file"
    fi
    rm -f "$json_tmp.err"
    CELL_EXIT=$rc
    if [[ $CELL_WHY == timeout ]]; then
        CELL_REASON="timed out after ${timeout}s (the cell time limit; raise it with --cell-timeout) and was stopped"
    elif ((rc != 0)); then
        CELL_REASON="JMH exited with code $rc: ${first:-$(log_error_line "$log_tmp")}"
    elif ((failed > 0)); then
        [[ -z $fork_code ]] || CELL_EXIT=$fork_code
        CELL_REASON="$failed of $total benchmarks failed; first: $first"
    elif [[ -n $json_problem ]]; then
        CELL_REASON="no usable results: $json_problem"
    elif ((count == 0)); then
        CELL_REASON="no benchmark ran (does a benchmark regex in the profile or extra options match nothing?)"
    elif ((total > 0 && count < total)); then
        CELL_REASON="only $count of $total benchmarks have results; see the log"
    else
        CELL_STATE=ok CELL_RESULTS=$count
    fi

    mv -f "$log_tmp" "$dir/$module.log"
    if [[ -z $json_problem ]] && ((${count:-0} > 0)); then
        mv -f "$json_tmp" "$dir/$module.json"
        CELL_RESULTS=$count
    else
        rm -f "$json_tmp"
        CELL_JSON=''
    fi
}
