# shellcheck shell=bash disable=SC2034 # globals are read by the test files
# lib.sh: fixtures and checks for the scripts test suite (sourced by run-all.sh).
#
# Every test runs bench.sh for real, with test hooks instead of the real modules:
#   CVP_BENCH_JAR_CPU/IO/PROCESS  the jar a module's cells run (FakeBench or TinyBenchmark)
#   CVP_RESULTS_DIR               where bundles go (a fresh folder per test)
#   CVP_RUN_REGISTRY              the "other runs on this machine" list (private to the suite)
#   CVP_PROFILES_DIR              profiles written by the test
#   CVP_FAKE_PLAN, CVP_FAKE_COUNTER, CVP_FAKE_FILL   FakeBench behaviour and its start log
# Checks look at states, files and counters, never at how long something took.

PASSED=0
FAILED=0
BENCH=$CVP_SCRIPTS/bench.sh
CURRENT_TEST=''

pass() {
    PASSED=$((PASSED + 1))
    printf '  ok    %s\n' "$1"
}

fail() {
    FAILED=$((FAILED + 1))
    printf '  FAIL  %s\n' "$1"
    shift
    local line
    for line in "$@"; do
        printf '        %s\n' "$line"
    done
}

# check WHAT COMMAND...: pass when COMMAND succeeds.
check() {
    local what=$1
    shift
    if "$@" >/dev/null; then
        pass "$what"
    else
        fail "$what" "failed: $*"
    fi
}

# check_eq WHAT EXPECTED ACTUAL
check_eq() {
    if [[ $2 == "$3" ]]; then
        pass "$1"
    else
        fail "$1" "expected: $2" "actual:   $3"
    fi
}

# check_like WHAT GLOB ACTUAL: ACTUAL matches the glob pattern GLOB.
check_like() {
    # shellcheck disable=SC2053 # the pattern is meant to match
    if [[ $3 == $2 ]]; then
        pass "$1"
    else
        fail "$1" "expected like: $2" "actual:        $3"
    fi
}

# check_re WHAT REGEX ACTUAL
check_re() {
    if [[ $3 =~ $2 ]]; then
        pass "$1"
    else
        fail "$1" "expected to match: $2" "actual:            $3"
    fi
}

# check_not_eq WHAT UNEXPECTED ACTUAL
check_not_eq() {
    if [[ $2 != "$3" ]]; then
        pass "$1"
    else
        fail "$1" "should not be: $2"
    fi
}

# check_contains WHAT FILE TEXT: FILE contains TEXT (fixed string).
check_contains() {
    if grep -qF -- "$3" "$2" 2>/dev/null; then
        pass "$1"
    else
        fail "$1" "'$3' not found in $2:" "$(head -c 600 "$2" 2>/dev/null)"
    fi
}

# ------------------------------------------------------------------ fixtures

setup_suite() {
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/cvp-scripts-test.XXXXXX")
    export CVP_RUN_REGISTRY=$WORK/registry
    export CVP_MIN_FREE_MB=1
    # bundles record the git commit, and --resume refuses another one; a commit made in this
    # checkout while the suite runs must not fail it, so git finds no repository by default
    export GIT_DIR=$WORK/not-a-repository
    unset CVP_BENCH_JAR_CPU CVP_BENCH_JAR_IO CVP_BENCH_JAR_PROCESS CVP_FAKE_PLAN CVP_NO_TASKSET CVP_PROFILES_DIR
    find_jdk 2>/dev/null
    load_available_cpus
    CPU_LIMIT=${#AVAILABLE_CPUS[@]}
    TWO=2
    ((CPU_LIMIT >= 2)) || TWO=1
    local javac=${JAVA_BIN%/java}/javac
    mkdir -p "$WORK/fake" "$WORK/bundle"
    "$javac" -nowarn -d "$WORK/fake" "$CVP_SCRIPTS/test/FakeBench.java"
    printf 'Main-Class: FakeBench\n' >"$WORK/fake/manifest"
    "${JAVA_BIN%/java}/jar" cfm "$WORK/fake.jar" "$WORK/fake/manifest" -C "$WORK/fake" FakeBench.class
    "$javac" -nowarn -d "$WORK/bundle" "$CVP_LIB/Bundle.java"
    build_tiny_jmh_jar || true
}

# build_tiny_jmh_jar: a real JMH benchmarks jar (TinyBenchmark + bench-harness's
# CoreCountProfiler + JMH from the local Maven repository). TINY_JAR stays empty when
# JMH is not in ~/.m2 (run ./mvnw verify first); the real-JMH tests are then skipped.
build_tiny_jmh_jar() {
    TINY_JAR=''
    local m2=${CVP_M2_REPO:-$HOME/.m2/repository} dir=$WORK/tiny jar
    local core=$m2/org/openjdk/jmh/jmh-core/1.37/jmh-core-1.37.jar
    local gen=$m2/org/openjdk/jmh/jmh-generator-annprocess/1.37/jmh-generator-annprocess-1.37.jar
    local jopt=$m2/net/sf/jopt-simple/jopt-simple/5.0.4/jopt-simple-5.0.4.jar
    local math=$m2/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar
    for jar in "$core" "$gen" "$jopt" "$math"; do
        [[ -f $jar ]] || return 1
    done
    mkdir -p "$dir/classes"
    (cd "$dir/classes" && for jar in "$core" "$jopt" "$math"; do
        "${JAVA_BIN%/java}/jar" xf "$jar"
    done && rm -f META-INF/MANIFEST.MF) || return 1
    "${JAVA_BIN%/java}/javac" -nowarn -proc:full -d "$dir/classes" -cp "$core" -processorpath "$gen:$core:$jopt" \
        "$CVP_ROOT"/bench-harness/src/main/java/dev/cvp/harness/*.java "$CVP_SCRIPTS/test/jmh/TinyBenchmark.java" \
        >"$dir/javac.log" 2>&1 || return 1
    [[ -f $dir/classes/META-INF/BenchmarkList ]] || return 1
    printf 'Main-Class: org.openjdk.jmh.Main\n' >"$dir/manifest"
    "${JAVA_BIN%/java}/jar" cfm "$dir/tiny.jar" "$dir/manifest" -C "$dir/classes" . || return 1
    TINY_JAR=$dir/tiny.jar
}

teardown_suite() {
    stop_marked "$WORK"
    if [[ -n ${TMPFS_MOUNT:-} ]]; then
        umount "$TMPFS_MOUNT" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}

# begin_test NAME: a fresh results folder and default hooks for one test.
begin_test() {
    CURRENT_TEST=$1
    printf '%s\n' "$1"
    T=$WORK/t-$1
    mkdir -p "$T"
    export CVP_RESULTS_DIR=$T/results
    export CVP_FAKE_COUNTER=$T/counter
    export CVP_BENCH_JAR_CPU=$WORK/fake.jar CVP_BENCH_JAR_IO=$WORK/fake.jar CVP_BENCH_JAR_PROCESS=$WORK/fake.jar
    export CVP_FAKE_PLAN='*=ok'
    unset CVP_NO_TASKSET CVP_PROFILES_DIR CVP_FAKE_FILL
    : >"$CVP_FAKE_COUNTER"
}

# bench OUT ARGS...: run bench.sh to completion; stdout+stderr in OUT, exit code in RC.
bench() {
    local out=$1
    shift
    RC=0
    "$BENCH" "$@" >"$out" 2>&1 </dev/null || RC=$?
}

# bench_with_git OUT ARGS...: like bench, but bench.sh sees this checkout's git repository.
bench_with_git() {
    local out=$1
    shift
    RC=0
    env -u GIT_DIR "$BENCH" "$@" >"$out" 2>&1 </dev/null || RC=$?
}

# bench_bg OUT ARGS...: start bench.sh in the background in its own process group (so a
# signal can be sent to it as a terminal would); its pid is BG_PID.
bench_bg() {
    local out=$1
    shift
    set -m
    "$BENCH" "$@" >"$out" 2>&1 </dev/null &
    BG_PID=$!
    set +m
}

# wait_exit PID: wait for a background bench.sh; exit code in RC (124 if it had to be killed).
wait_exit() {
    local pid=$1 i
    for ((i = 0; i < 600; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL -- "-$pid" 2>/dev/null || true
        fail "bench.sh (pid $pid) did not finish within 120 s; killed"
    fi
    RC=0
    # (stderr off: the shell's own "Killed" job notice)
    { wait "$pid" || RC=$?; } 2>/dev/null
}

# wait_until WHAT COMMAND...: poll (up to 60 s) until COMMAND succeeds; synchronisation only.
wait_until() {
    local what=$1 i
    shift
    for ((i = 0; i < 300; i++)); do
        if "$@"; then
            return 0
        fi
        sleep 0.2
    done
    fail "timed out waiting for: $what"
    return 1
}

# counter_lines PATTERN: how many cell starts FakeBench logged that match PATTERN.
counter_lines() {
    grep -c -- "$1" "$CVP_FAKE_COUNTER" 2>/dev/null || true
}

counter_at_least() {
    (($(counter_lines '') >= $1))
}

# no_match GLOB: no file matches GLOB.
no_match() {
    ! compgen -G "$1" >/dev/null
}

# empty_dir DIR: DIR is missing or has nothing in it.
empty_dir() {
    [[ -z "$(ls -A "$1" 2>/dev/null)" ]]
}

# no_empty_json DIR: no zero-byte .json file under DIR.
no_empty_json() {
    [[ -z "$(find "$1" -name '*.json' -size 0 -print -quit)" ]]
}

# the_bundle: the one bundle in the current test's results folder.
the_bundle() {
    local dirs=("$CVP_RESULTS_DIR"/*/)
    if ((${#dirs[@]} != 1)) || [[ ! -d ${dirs[0]} ]]; then
        printf 'NO-SINGLE-BUNDLE\n'
        return 1
    fi
    local d=${dirs[0]%/}
    printf '%s\n' "$d"
}

# bundle_tool ARGS...: the JSON helper, for reading bundles.
bundle_tool() {
    "$JAVA_BIN" -cp "$WORK/bundle" Bundle "$@"
}

cell_field() {
    bundle_tool cell "$1/run.json" "$2" "$3" "$4" 2>/dev/null || true
}

# states_of BUNDLE: "module@cores=state" for every cell, space-separated, in run.json order.
states_of() {
    bundle_tool cells "$1/run.json" 2>/dev/null | awk -F'\t' '{ printf "%s%s@%s=%s", (NR > 1 ? " " : ""), $1, $2, $3 } END { print "" }'
}

# marked_pids TEXT: processes (other than this shell's helpers) whose command line holds TEXT.
marked_pids() {
    ps -eo pid=,args= 2>/dev/null | awk -v t="$1" -v me="$$" 'index($0, t) && $1 != me && !/awk -v t=/ { print $1 }'
}

no_process_with() {
    [[ -z "$(marked_pids "$1")" ]]
}

process_with() {
    [[ -n "$(marked_pids "$1")" ]]
}

# stop_marked TEXT: kill whatever a failed test left running.
stop_marked() {
    local pid
    for pid in $(marked_pids "$1"); do
        kill -KILL "$pid" 2>/dev/null || true
    done
}

# no_temp_files BUNDLE: nothing half-written is left where the report tool reads.
no_temp_files() {
    [[ -z "$(find "$1" -name '*.tmp-*' -print -quit)" ]]
}

# each_cell_once BUNDLE: run.json lists every module/cores pair exactly once.
each_cell_once() {
    local dup
    dup=$(bundle_tool cells "$1/run.json" | cut -f1,2 | sort | uniq -d)
    [[ -z $dup ]]
}

# make_report_tool: $T/tool.jar, a stand-in report tool that prints its arguments and
# exits with $TOOL_EXIT (default 0); used through CVP_REPORTS_JAR.
make_report_tool() {
    mkdir -p "$T/tool"
    cat >"$T/tool/Tool.java" <<'JAVA'
public class Tool {
    public static void main(String[] args) {
        System.out.println("tool got " + String.join(" ", args));
        System.exit(Integer.parseInt(System.getenv().getOrDefault("TOOL_EXIT", "0")));
    }
}
JAVA
    "${JAVA_BIN%/java}/javac" -d "$T/tool" "$T/tool/Tool.java" &&
        printf 'Main-Class: Tool\n' >"$T/tool/manifest" &&
        "${JAVA_BIN%/java}/jar" cfm "$T/tool.jar" "$T/tool/manifest" -C "$T/tool" Tool.class
}

# write_profile DIR NAME TEXT: a test profile file.
write_profile() {
    mkdir -p "$1"
    printf '%s\n' "$3" >"$1/$2.jmh"
}
