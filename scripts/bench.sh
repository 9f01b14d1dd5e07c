#!/usr/bin/env bash
# bench.sh: run the core-count matrix. Every chosen module's benchmarks.jar runs once per
# core count k, pinned to k CPUs, into one result bundle (see docs: DESIGN.md), then the
# report tool renders it. A failed cell never stops the matrix; --resume finishes a run.
set -euo pipefail

CVP_SCRIPT=bench.sh
# shellcheck source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=lib/jdk.sh
. "$CVP_LIB/jdk.sh"
# shellcheck source=lib/json.sh
. "$CVP_LIB/json.sh"
# shellcheck source=lib/machine.sh
. "$CVP_LIB/machine.sh"
# shellcheck source=lib/profile.sh
. "$CVP_LIB/profile.sh"
# shellcheck source=lib/build.sh
. "$CVP_LIB/build.sh"
# shellcheck source=lib/bundle.sh
. "$CVP_LIB/bundle.sh"
# shellcheck source=lib/cell.sh
. "$CVP_LIB/cell.sh"

readonly ALL_MODULES=(bench-cpu bench-io bench-process)
readonly DEFAULT_MIN_FREE_MB=100
readonly EXIT_REPORT_INCOMPLETE=3 EXIT_REPORT_FAILED=4

usage() {
    cat <<'EOF'
usage: scripts/bench.sh [--modules cpu,io,process] [--cores 1,2,4] [--profile smoke|quick|full]
                        [--label NAME] [--cell-timeout 30m] [--no-report] [-- extra JMH options]
       scripts/bench.sh --resume DIR [--force] [--cell-timeout 30m] [--no-report]

  --modules       modules to run (cpu, io, process or bench-cpu, ...); default: all
  --cores         core counts; default 1,2,4,... up to and including this machine's count
  --profile       smoke (seconds per cell), quick (default) or full (trustworthy numbers)
  --label         names the run: results/<UTC time>-<label>; default: the host name
  --cell-timeout  time limit per cell (90s, 20m, 2h); default from the profile
  --resume DIR    run the cells of bundle DIR that are not ok, with DIR's own settings
  --force         resume even though the machine or git commit differs (recorded)
  --no-report     do not run scripts/report.sh afterwards
Exit: 0 all cells ok and report complete, 1 a cell failed or was skipped, 2 bad arguments
(nothing written), 3 report incomplete, 4 report tool failed, 130/143 interrupted.
EOF
}

# ------------------------------------------------------------------ arguments

OPT_MODULES='' OPT_CORES='' OPT_PROFILE='' OPT_LABEL='' OPT_RESUME='' OPT_TIMEOUT=''
OPT_FORCE='' OPT_NO_REPORT='' SETTING_GIVEN=''
EXTRA_ARGS=()

# option_value NAME ARGC: the value of an option that needs one.
need_value() {
    (($2 >= 2)) || usage_error "$1 needs a value"
    [[ -n $3 ]] || usage_error "$1 needs a non-empty value"
}

parse_args() {
    local opt value
    while (($# > 0)); do
        opt=$1
        if [[ $opt == --*=* ]]; then
            value=${opt#*=} opt=${opt%%=*}
            set -- "$opt" "$value" "${@:2}"
        fi
        case $opt in
            --modules | --cores | --profile | --label | --resume | --cell-timeout)
                need_value "$opt" "$#" "${2:-}"
                value=$2
                shift 2
                case $opt in
                    --modules) OPT_MODULES=$value SETTING_GIVEN+=" $opt" ;;
                    --cores) OPT_CORES=$value SETTING_GIVEN+=" $opt" ;;
                    --profile) OPT_PROFILE=$value SETTING_GIVEN+=" $opt" ;;
                    --label) OPT_LABEL=$value SETTING_GIVEN+=" $opt" ;;
                    --resume) OPT_RESUME=$value ;;
                    --cell-timeout) OPT_TIMEOUT=$value ;;
                esac
                ;;
            --force) OPT_FORCE=1 && shift ;;
            --no-report) OPT_NO_REPORT=1 && shift ;;
            -h | --help)
                usage
                exit 0
                ;;
            --)
                shift
                EXTRA_ARGS=("$@")
                (($# == 0)) || SETTING_GIVEN+=" --"
                break
                ;;
            *) usage_error "unknown argument '$opt' (JMH options go after --)" ;;
        esac
    done
}

# canonical_module NAME: bench-cpu for cpu or bench-cpu, and so on.
canonical_module() {
    local m
    for m in "${ALL_MODULES[@]}"; do
        if [[ $1 == "$m" || $1 == "${m#bench-}" ]]; then
            printf '%s\n' "$m"
            return 0
        fi
    done
    return 1
}

# module_jar MODULE: the jar to run; CVP_BENCH_JAR_CPU (IO, PROCESS) overrides it (tests).
module_jar() {
    local var=CVP_BENCH_JAR_${1#bench-}
    var=${var^^}
    if [[ -n ${!var:-} ]]; then
        printf '%s\n' "${!var}"
    else
        printf '%s\n' "$CVP_ROOT/$1/target/benchmarks.jar"
    fi
}

jar_overridden() {
    local var=CVP_BENCH_JAR_${1#bench-}
    var=${var^^}
    [[ -n ${!var:-} ]]
}

# default_cores: 1, 2, 4, ... up to the CPU limit, and the limit itself.
default_cores() {
    local k=1 limit=${#AVAILABLE_CPUS[@]}
    while ((k < limit)); do
        printf '%s\n' "$k"
        k=$((k * 2))
    done
    printf '%s\n' "$limit"
}

# split_list OPTION VALUE: the comma-separated items of an option's value -> ITEMS.
split_list() {
    [[ ! $2 =~ (^,|,,|,$) ]] || usage_error "$1: empty item in '$2'"
    IFS=',' read -ra ITEMS <<<"$2"
    ((${#ITEMS[@]} > 0)) || usage_error "$1: give at least one value"
}

validate_modules() {
    local item m
    MODULES=()
    if [[ -n $OPT_MODULES ]]; then
        split_list --modules "$OPT_MODULES"
        for item in "${ITEMS[@]}"; do
            m=$(canonical_module "$item") ||
                usage_error "--modules: unknown module '$item'; choose from cpu, io, process (or bench-cpu, bench-io, bench-process)"
            if [[ ! -f $CVP_ROOT/$m/pom.xml ]] && ! jar_overridden "$m"; then
                usage_error "--modules: module $m has no $CVP_ROOT/$m/pom.xml in this checkout"
            fi
            [[ " ${MODULES[*]} " == *" $m "* ]] || MODULES+=("$m")
        done
    else
        for m in "${ALL_MODULES[@]}"; do
            if [[ -f $CVP_ROOT/$m/pom.xml ]] || jar_overridden "$m"; then
                MODULES+=("$m")
            fi
        done
        ((${#MODULES[@]} > 0)) || die "$EXIT_FAILED" "no benchmark modules found under $CVP_ROOT"
    fi
}

validate_cores() {
    local item k limit=${#AVAILABLE_CPUS[@]}
    CORES=()
    if [[ -n $OPT_CORES ]]; then
        split_list --cores "$OPT_CORES"
        for item in "${ITEMS[@]}"; do
            is_uint "$item" || usage_error "--cores: '$item' is not a number; give core counts like 1,2,4"
            k=$((10#$item))
            ((k > 0)) || usage_error "--cores: 0 is not a core count; the smallest is 1"
            ((k <= limit)) || usage_error "--cores: $k is more than the $limit CPUs this machine lets bench.sh use (CPUs $(compress_cpu_list "${AVAILABLE_CPUS[@]}"))"
            [[ " ${CORES[*]} " == *" $k "* ]] || CORES+=("$k")
        done
        mapfile -t CORES < <(printf '%s\n' "${CORES[@]}" | sort -n)
    else
        mapfile -t CORES < <(default_cores)
    fi
}

validate_fresh_args() {
    local m
    validate_modules
    validate_cores
    PROFILE=${OPT_PROFILE:-quick}
    local -a profiles
    mapfile -t profiles < <(profile_names)
    if [[ " ${profiles[*]} " != *" $PROFILE "* ]]; then
        usage_error "--profile: unknown profile '$PROFILE'; choose from $(printf '%s\n' "${profiles[@]}" | paste -sd, - | sed 's/,/, /g')"
    fi

    LABEL=${OPT_LABEL:-$(default_label)}
    valid_label "$LABEL" ||
        usage_error "--label: '$(one_line "$LABEL")' cannot name a results folder; use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit (no '..')"

    TIMEOUT_OVERRIDE=''
    if [[ -n $OPT_TIMEOUT ]]; then
        TIMEOUT_OVERRIDE=$(parse_duration "$OPT_TIMEOUT") ||
            usage_error "--cell-timeout: '$OPT_TIMEOUT' is not a duration; use e.g. 90s, 20m or 2h"
    fi
    [[ -z $OPT_FORCE ]] || usage_error "--force only applies to --resume"

    # a profile or the extra options may also be bad: find out before anything is written
    local largest=${CORES[-1]}
    TASKS=$((largest * 4 < 8 ? 8 : largest * 4))
    declare -gA MODULE_ARGS=() MODULE_APPEND=() MODULE_TIMEOUT=()
    for m in "${MODULES[@]}"; do
        resolve_module_profile "$m" "$PROFILE" "$TASKS" "${EXTRA_ARGS[@]}"
        MODULE_ARGS[$m]=$(join_args "${PROFILE_ARGS[@]}")
        MODULE_APPEND[$m]=$PROFILE_JVM_APPEND
        MODULE_TIMEOUT[$m]=${TIMEOUT_OVERRIDE:-$PROFILE_TIMEOUT}
    done
}

validate_resume_args() {
    if [[ -n $SETTING_GIVEN ]]; then
        usage_error "--resume continues a run with the settings it started with;${SETTING_GIVEN} cannot be given with it"
    fi
    TIMEOUT_OVERRIDE=''
    if [[ -n $OPT_TIMEOUT ]]; then
        TIMEOUT_OVERRIDE=$(parse_duration "$OPT_TIMEOUT") ||
            usage_error "--cell-timeout: '$OPT_TIMEOUT' is not a duration; use e.g. 90s, 20m or 2h"
    fi
    [[ -d $OPT_RESUME ]] || die "$EXIT_USAGE" "--resume $OPT_RESUME: no such folder"
    [[ -f $OPT_RESUME/machine.json && -f $OPT_RESUME/run.json ]] ||
        die "$EXIT_USAGE" "--resume $OPT_RESUME: not a result bundle (it needs machine.json and run.json)"
}

# Arguments are kept joined by the unit separator (they never contain it) in MODULE_ARGS.
readonly ARG_SEP=$'\x1f'

join_args() {
    local IFS=$ARG_SEP
    printf '%s' "$*"
}

split_args() {
    local IFS=$ARG_SEP
    read -ra SPLIT <<<"$1" || true
}

# ------------------------------------------------------------------ the bundle

write_machine_json() {
    local k jar=''
    jop n formatVersion 1
    jop s runId "$RUN_ID"
    jop s label "$LABEL"
    jop s startedAt "$STARTED_AT"
    jop s profile "$PROFILE"
    jop_list as modules "${MODULES[@]}"
    jop_list an cores "${CORES[@]}"
    jop n tasks "$TASKS"
    queue_machine_facts
    if [[ -n $PIN_TOOL ]]; then
        jop b pinningEnforced true
        jop s pinning "taskset -c <the first k CPUs> and -XX:ActiveProcessorCount=k for the JMH runner and its forks"
    else
        jop b pinningEnforced false
        jop s pinning "not enforced: taskset not available; -XX:ActiveProcessorCount=k only (the OS may still use every CPU)"
    fi
    jop o cellCpus
    for k in "${CORES[@]}"; do
        if [[ -n $PIN_TOOL ]]; then jop s "cellCpus.$k" "$(cell_cpus "$k")"; else jop z "cellCpus.$k"; fi
    done
    for k in "${MODULES[@]}"; do
        if [[ -f ${MODULE_JAR[$k]} ]]; then
            jar=${MODULE_JAR[$k]}
            break
        fi
    done
    if [[ -n $jar ]]; then jop jmh jmhVersion "$jar"; else jop z jmhVersion; fi
    json_commit "$BUNDLE/machine.json" --new || die "$EXIT_FAILED" "could not write $BUNDLE/machine.json"
}

write_run_json() {
    local m k
    jop n formatVersion 1
    jop s runId "$RUN_ID"
    jop o settings
    jop s settings.profile "$PROFILE"
    jop_list as settings.modules "${MODULES[@]}"
    jop_list an settings.cores "${CORES[@]}"
    jop n settings.tasks "$TASKS"
    jop_list as settings.extraJmhArgs "${EXTRA_ARGS[@]}"
    for m in "${MODULES[@]}"; do
        split_args "${MODULE_ARGS[$m]}"
        jop_list as "settings.jmhArgs.$m" "${SPLIT[@]}"
        jop s "settings.jvmArgsAppend.$m" "${MODULE_APPEND[$m]}"
        jop n "settings.cellTimeoutSeconds.$m" "${MODULE_TIMEOUT[$m]}"
        jop s "settings.jars.$m" "${MODULE_JAR[$m]#"$CVP_ROOT"/}"
    done
    jop a resumes
    jop a cells
    for m in "${MODULES[@]}"; do
        for k in "${CORES[@]}"; do
            jop cell "$m" "$k"
        done
    done
    json_commit "$RUN_JSON" --new || die "$EXIT_FAILED" "could not write $RUN_JSON"
}

# load_settings: the settings of the run being resumed, from its run.json.
load_settings() {
    local m
    PROFILE=$(json_get "$RUN_JSON" settings.profile) || die "$EXIT_USAGE" "$RUN_JSON: no settings.profile; not a bundle written by bench.sh"
    mapfile -t MODULES < <(json_get "$RUN_JSON" settings.modules)
    mapfile -t CORES < <(json_get "$RUN_JSON" settings.cores)
    TASKS=$(json_get "$RUN_JSON" settings.tasks)
    LABEL=$(json_get "$BUNDLE/machine.json" label)
    declare -gA MODULE_ARGS=() MODULE_APPEND=() MODULE_TIMEOUT=()
    for m in "${MODULES[@]}"; do
        mapfile -t SPLIT < <(json_get "$RUN_JSON" "settings.jmhArgs.$m")
        MODULE_ARGS[$m]=$(join_args "${SPLIT[@]}")
        MODULE_APPEND[$m]=$(json_get "$RUN_JSON" "settings.jvmArgsAppend.$m" || true)
        MODULE_TIMEOUT[$m]=${TIMEOUT_OVERRIDE:-$(json_get "$RUN_JSON" "settings.cellTimeoutSeconds.$m" || printf 3600)}
    done
}

# check_machine: refuse to resume on another machine or commit unless --force.
check_machine() {
    local now=$CVP_TMP/machine-now.json differences
    queue_machine_facts
    json_commit "$now" --new >/dev/null || die "$EXIT_FAILED" "could not describe this machine"
    differences=$(json_tool compare "$BUNDLE/machine.json" "$now" "${MACHINE_IDENTITY_KEYS[@]}") ||
        die "$EXIT_USAGE" "--resume $BUNDLE: machine.json is unreadable"
    mapfile -t DIFFERENCES < <(printf '%s' "$differences")
    if ((${#DIFFERENCES[@]} > 0)) && [[ -z $OPT_FORCE ]]; then
        unlock_bundle
        die "$EXIT_USAGE" "refusing to resume $BUNDLE: it was started on another machine or code ($(IFS=';'; printf '%s' "${DIFFERENCES[*]}" | sed 's/;/; /g')); start a new run, or pass --force to resume anyway (recorded in run.json)"
    fi
    if ((${#DIFFERENCES[@]} > 0)); then
        warn "resuming despite differences (--force, recorded in run.json): ${DIFFERENCES[*]}"
    fi
}

# ------------------------------------------------------------------ the matrix

INTERRUPTED=''

# shellcheck disable=SC2317 # invoked by trap
on_signal() {
    INTERRUPTED=$1
}

# shellcheck disable=SC2317 # invoked by trap
cleanup() {
    local rc=$?
    if [[ -n ${CELL_PGID:-} ]]; then
        stop_group "$CELL_PGID"
    fi
    unlock_bundle
    unregister_runner
    [[ -z ${CVP_TMP:-} ]] || rm -rf "$CVP_TMP"
    exit "$rc"
}

# remove_stale_temp_dirs: the private temporary folders of runners that were killed
# (SIGKILL leaves no chance to clean up) are removed by the next runner.
remove_stale_temp_dirs() {
    local dir pid
    for dir in "${TMPDIR:-/tmp}"/cvp-bench.*.*; do
        [[ -d $dir && -O $dir ]] || continue
        pid=${dir#"${TMPDIR:-/tmp}"/cvp-bench.}
        pid=${pid%%.*}
        if is_uint "$pid" && ! kill -0 "$pid" 2>/dev/null; then
            rm -rf "$dir"
        fi
    done
}

# check_disk DIR: megabytes free, or die when below CVP_MIN_FREE_MB.
check_disk() {
    local free need=${CVP_MIN_FREE_MB:-$DEFAULT_MIN_FREE_MB}
    free=$(free_mb "$1")
    if [[ -n $free ]] && ((free < need)); then
        die "$EXIT_FAILED" "only $free MB free in $1; a run needs at least $need MB (free some space, or set CVP_MIN_FREE_MB)"
    fi
}

# build_modules MODULE...: build stale jars; unusable ones are listed in JAR_PROBLEM.
build_modules() {
    local m log=$CVP_TMP/build.log
    local -a items=()
    declare -gA JAR_PROBLEM=()
    BUILD_LOG=''
    for m in "$@"; do
        if jar_overridden "$m"; then
            [[ -f ${MODULE_JAR[$m]} ]] || JAR_PROBLEM[$m]="the jar ${MODULE_JAR[$m]} given by CVP_BENCH_JAR_${m#bench-} does not exist"
        else
            items+=("$m:${MODULE_JAR[$m]}")
        fi
    done
    ((${#items[@]} > 0)) || return 0
    build_jars "$log" "${items[@]}"
    [[ -f $log ]] && BUILD_LOG=$log
    for m in "${UNUSABLE_MODULES[@]}"; do
        JAR_PROBLEM[$m]="its jar could not be built: $(build_summary "$log")"
    done
    if ((${#UNUSABLE_MODULES[@]} > 0)); then
        warn "could not build ${UNUSABLE_MODULES[*]}; their cells are skipped ($(build_summary "$log"))"
    fi
}

# keep_build_log: the Maven output of this run's build goes into the bundle.
keep_build_log() {
    [[ -n $BUILD_LOG && -f $BUILD_LOG ]] || return 0
    local name
    name=build-$(date -u +%Y%m%dT%H%M%SZ).log
    cp "$BUILD_LOG" "$BUNDLE/.$name.tmp-$$" && mv -f "$BUNDLE/.$name.tmp-$$" "$BUNDLE/$name"
    BUILD_LOG=$BUNDLE/$name
}

# ETA bookkeeping: seconds spent per module and overall in this invocation.
declare -A ETA_SUM=() ETA_COUNT=()
ETA_ALL_SUM=0 ETA_ALL_COUNT=0

eta_record() {
    local m=$1 s=$((${2%.*} + 1))
    ETA_SUM[$m]=$((${ETA_SUM[$m]:-0} + s))
    ETA_COUNT[$m]=$((${ETA_COUNT[$m]:-0} + 1))
    ETA_ALL_SUM=$((ETA_ALL_SUM + s)) ETA_ALL_COUNT=$((ETA_ALL_COUNT + 1))
}

# eta_left INDEX: estimated seconds for the queued cells after INDEX.
eta_left() {
    local i m total=0
    for ((i = $1 + 1; i < ${#QUEUE[@]}; i++)); do
        m=${QUEUE[i]%:*}
        [[ -z ${JAR_PROBLEM[$m]:-} ]] || continue
        if ((${ETA_COUNT[$m]:-0} > 0)); then
            total=$((total + ETA_SUM[$m] / ETA_COUNT[$m]))
        elif ((ETA_ALL_COUNT > 0)); then
            total=$((total + ETA_ALL_SUM / ETA_ALL_COUNT))
        fi
    done
    printf '%s\n' "$total"
}

# record_cell_start MODULE CORES ATTEMPT OTHER_RUNS
record_cell_start() {
    jop cell "$1" "$2"
    jop s @.state pending
    jop n @.attempts "$3"
    jop s @.startedAt "$(iso_now)"
    jop z @.finishedAt
    if (($4 > 0)); then jop n @.concurrentRuns "$4"; else jop del @.concurrentRuns; fi
    json_commit "$RUN_JSON" || true
}

# count_other_runs: how many other bench.sh runs are going now (warned about once per run).
count_other_runs() {
    local others
    others=$(other_runners | wc -l | tr -d ' ')
    if ((others > 0)) && [[ -z ${WARNED_CONCURRENT:-} ]]; then
        WARNED_CONCURRENT=1
        warn "$others other bench.sh run(s) started on this machine; cells measured meanwhile are marked concurrentRuns in run.json"
    fi
    OTHER_RUNS=$others
}

# record_cell_end MODULE CORES: write CELL_* into the cell's run.json entry.
record_cell_end() {
    local module=$1 k=$2
    jop cell "$module" "$k"
    jop s @.state "$CELL_STATE"
    if [[ -n $CELL_EXIT ]]; then jop n @.exitCode "$CELL_EXIT"; else jop z @.exitCode; fi
    if [[ -n ${CELL_SECONDS:-} ]]; then jop n @.seconds "$CELL_SECONDS"; else jop z @.seconds; fi
    jop s @.finishedAt "$(iso_now)"
    if [[ -n $CELL_RESULTS ]]; then jop n @.results "$CELL_RESULTS"; else jop z @.results; fi
    jop_value @.pinnedCpus "$CELL_PINNED"
    jop_value @.observedAffinity "$CELL_AFFINITY"
    jop_value @.log "$CELL_LOG"
    jop_value @.json "$CELL_JSON"
    if [[ -n $CELL_REASON ]]; then jop s @.reason "$CELL_REASON"; else jop del @.reason; fi
    if [[ $CELL_STATE == failed && -n $CELL_LOG ]]; then
        jop tail @.logTail "$BUNDLE/$CELL_LOG" 20 "# Run complete."
    else
        jop del @.logTail
    fi
    json_commit "$RUN_JSON" || warn "the state of $module @ $k cores ($CELL_STATE) is not recorded in run.json"
}

# shelve_previous MODULE CORES ATTEMPT: a rerun never overwrites an earlier attempt's files.
shelve_previous() {
    local module=$1 k=$2 attempt=$3 f
    for f in "$BUNDLE/cores-$k/$module.log" "$BUNDLE/cores-$k/$module.json"; do
        [[ -e $f ]] || continue
        shelve_file "$BUNDLE" "$f" "cores-$k-$module.attempt-$attempt" "${f##*.}"
    done
}

run_queue() {
    local i n=${#QUEUE[@]} m k attempt free left need=${CVP_MIN_FREE_MB:-$DEFAULT_MIN_FREE_MB} unit
    for ((i = 0; i < n; i++)); do
        [[ -z $INTERRUPTED ]] || break
        m=${QUEUE[i]%:*} k=${QUEUE[i]#*:}
        count_other_runs
        unit=cores
        ((k == 1)) && unit=core
        printf '[%d/%d] %s @ %d %s ... ' "$((i + 1))" "$n" "$m" "$k" "$unit"
        CELL_SECONDS='' CELL_EXIT='' CELL_RESULTS='' CELL_PINNED='' CELL_AFFINITY='' CELL_LOG='' CELL_JSON=''
        if [[ -n ${JAR_PROBLEM[$m]:-} ]]; then
            CELL_STATE=skipped CELL_REASON=${JAR_PROBLEM[$m]}
            printf 'skipped: %s\n' "$CELL_REASON"
            record_cell_end "$m" "$k"
            SKIPPED=$((SKIPPED + 1))
            continue
        fi
        mkdir -p "$BUNDLE/cores-$k"
        attempt=$((${ATTEMPTS[$m:$k]:-0} + 1))
        shelve_previous "$m" "$k" "$((attempt - 1))"
        free=$(free_mb "$BUNDLE")
        if [[ -n $free ]] && ((free < need)); then
            CELL_STATE=failed CELL_REASON="only $free MB free in $BUNDLE (needs $need MB); the cell was not started"
            printf 'FAILED: %s\n' "$CELL_REASON"
            record_cell_end "$m" "$k"
            FAILED=$((FAILED + 1))
            continue
        fi
        record_cell_start "$m" "$k" "$attempt" "$OTHER_RUNS"
        split_args "${MODULE_ARGS[$m]}"
        run_cell "$m" "$k" "${MODULE_JAR[$m]}" "${MODULE_TIMEOUT[$m]}" "${MODULE_APPEND[$m]}" "${SPLIT[@]}"
        record_cell_end "$m" "$k"
        if [[ $CELL_STATE == pending ]]; then
            printf 'interrupted\n'
            break
        fi
        eta_record "$m" "$CELL_SECONDS"
        left=$(eta_left "$i")
        local took=${CELL_SECONDS%.*}s
        ((${CELL_SECONDS%.*} >= 10)) || took=${CELL_SECONDS}s
        if [[ $CELL_STATE == ok ]]; then
            OK=$((OK + 1))
            printf 'ok in %s' "$took"
        else
            FAILED=$((FAILED + 1))
            printf 'FAILED in %s' "$took"
        fi
        if ((i + 1 < n)); then
            printf '; about %s left\n' "$(human_duration "$left")"
        else
            printf '\n'
        fi
        if [[ $CELL_STATE != ok ]]; then
            printf '      %s\n' "$CELL_REASON"
            [[ -z $CELL_LOG ]] || printf '      log: %s\n' "$BUNDLE/$CELL_LOG"
        fi
    done
}

# run_report: render the bundle; sets REPORT_RC.
run_report() {
    REPORT_RC=0
    if [[ -n $OPT_NO_REPORT ]]; then
        return 0
    fi
    "$CVP_SCRIPTS/report.sh" "$BUNDLE" || REPORT_RC=$?
    case $REPORT_RC in
        0) say "report: $BUNDLE/report.md" ;;
        3) say "report (incomplete, it names what is missing): $BUNDLE/report.md" ;;
        *) warn "the report tool failed (exit $REPORT_RC); the results are intact in $BUNDLE; retry with scripts/report.sh $BUNDLE" ;;
    esac
}

# ------------------------------------------------------------------ main

prepare_fresh() {
    local results_root=${CVP_RESULTS_DIR:-$CVP_ROOT/results} m
    [[ $results_root != *[$'\t\n']* ]] || die "$EXIT_FAILED" "the results folder path contains a tab or newline"
    mkdir -p "$results_root" || die "$EXIT_FAILED" "cannot create $results_root"
    check_disk "$results_root"
    declare -gA MODULE_JAR=() ATTEMPTS=()
    for m in "${MODULES[@]}"; do
        MODULE_JAR[$m]=$(module_jar "$m")
    done
    build_modules "${MODULES[@]}"
    [[ -z $INTERRUPTED ]] || die 130 "interrupted before the first cell; nothing was written"
    create_bundle "$results_root" "$LABEL"
    lock_bundle "$BUNDLE"
    register_runner "$BUNDLE"
    RUN_JSON=$BUNDLE/run.json
    STARTED_AT=$(iso_now)
    keep_build_log
    write_machine_json
    write_run_json
    QUEUE=()
    for m in "${MODULES[@]}"; do
        for k in "${CORES[@]}"; do
            QUEUE+=("$m:$k")
        done
    done
    say "bundle: $BUNDLE (${#QUEUE[@]} cell(s): ${MODULES[*]} at cores ${CORES[*]}, profile $PROFILE)"
}

prepare_resume() {
    local m k state attempts
    BUNDLE=$(cd "$OPT_RESUME" && pwd)
    RUN_ID=${BUNDLE##*/}
    RUN_JSON=$BUNDLE/run.json
    lock_bundle "$BUNDLE"
    json_tool cells "$RUN_JSON" >"$CVP_TMP/cells" 2>"$CVP_TMP/cells.err" ||
        die "$EXIT_USAGE" "--resume $BUNDLE: run.json is unreadable: $(head -n 1 "$CVP_TMP/cells.err")"
    check_machine
    register_runner "$BUNDLE"
    stop_stale_cell "$BUNDLE" "$STALE_CHILD"
    shelve_leftovers "$BUNDLE"
    load_settings
    check_disk "$BUNDLE"
    declare -gA MODULE_JAR=() ATTEMPTS=()
    QUEUE=()
    while IFS=$'\t' read -r m k state attempts; do
        ATTEMPTS[$m:$k]=$attempts
        [[ $state == ok ]] && continue
        QUEUE+=("$m:$k")
        [[ -n ${MODULE_JAR[$m]:-} ]] || MODULE_JAR[$m]=$(module_jar "$m")
    done <"$CVP_TMP/cells"
    if ((${#QUEUE[@]} == 0)); then
        say "every cell of $BUNDLE is already ok; nothing to resume"
        return 0
    fi
    build_modules "${!MODULE_JAR[@]}"
    [[ -z $INTERRUPTED ]] || die 130 "interrupted before the first cell; nothing was changed"
    keep_build_log
    jop push resumes
    jop s @.at "$(iso_now)"
    jop n @.cells "${#QUEUE[@]}"
    jop b @.forced "$([[ ${#DIFFERENCES[@]} -gt 0 ]] && printf true || printf false)"
    jop_list as @.differences "${DIFFERENCES[@]}"
    if [[ -n $TIMEOUT_OVERRIDE ]]; then jop n @.cellTimeoutSeconds "$TIMEOUT_OVERRIDE"; fi
    json_commit "$RUN_JSON" || die "$EXIT_FAILED" "could not update $RUN_JSON"
    say "resuming $BUNDLE: ${#QUEUE[@]} cell(s) not ok yet (profile $PROFILE)"
}

main() {
    parse_args "$@"
    POLL=$(poll_interval)
    load_available_cpus
    if [[ -n $OPT_RESUME ]]; then
        validate_resume_args
    else
        validate_fresh_args
    fi
    CVP_TMP=''
    trap cleanup EXIT
    trap 'on_signal INT' INT
    trap 'on_signal TERM' TERM
    trap 'on_signal HUP' HUP
    remove_stale_temp_dirs
    CVP_TMP=$(mktemp -d "${TMPDIR:-/tmp}/cvp-bench.$$.XXXXXX")
    PIN_TOOL=$(pinning_tool)
    find_jdk
    json_init
    OK=0 FAILED=0 SKIPPED=0 DIFFERENCES=()
    if [[ -n $OPT_RESUME ]]; then
        prepare_resume
    else
        prepare_fresh
    fi
    if [[ -z $PIN_TOOL ]]; then
        warn "taskset not found: cells are not pinned to CPUs, only told -XX:ActiveProcessorCount=k (recorded in machine.json as pinningEnforced: false)"
    fi
    local quota
    quota=$(cgroup_quota_cpus)
    if [[ -n $quota ]] && ((quota < ${CORES[-1]})); then
        warn "the cgroup CPU quota ($(cgroup_cpu_quota)) is below ${CORES[-1]} cores; cells with more cores cannot run at full speed"
    fi

    local started=$SECONDS
    run_queue

    if [[ -n $INTERRUPTED ]]; then
        say "interrupted (SIG$INTERRUPTED): the unfinished cells stay pending in $RUN_JSON"
        say "resume with: $0 --resume $BUNDLE"
        case $INTERRUPTED in
            INT) exit 130 ;;
            HUP) exit 129 ;;
            *) exit 143 ;;
        esac
    fi
    say "done in $(human_duration $((SECONDS - started))): $OK ok, $FAILED failed, $SKIPPED skipped; bundle: $BUNDLE"
    run_report
    if ((FAILED + SKIPPED > 0)); then
        say "some cells did not succeed; fix the cause, then: $0 --resume $BUNDLE"
        exit "$EXIT_FAILED"
    fi
    case $REPORT_RC in
        0) exit "$EXIT_OK" ;;
        3) exit "$EXIT_REPORT_INCOMPLETE" ;;
        *) exit "$EXIT_REPORT_FAILED" ;;
    esac
}

main "$@"
