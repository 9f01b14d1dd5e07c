# shellcheck shell=bash
# launch.sh: what bench.sh and report.sh share. Find a JDK 21+ (JAVA_HOME, java on PATH, then
# the usual install folders) and say which; build the tool's jar with the Maven wrapper when it
# is missing or older than its sources; exec it. Everything else happens in Java.

CVP_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
readonly CVP_ROOT MIN_JAVA=21

die() {
    printf '%s: %s\n' "$LAUNCHER" "$*" >&2
    exit 1
}

# java_major JAVA: 17 for 'version "17.0.15"', 8 for 'version "1.8.0"'; empty if it does not run.
java_major() {
    "$1" -version 2>&1 | sed -n 's/.*version "\(1\.\)\{0,1\}\([0-9][0-9]*\).*/\2/p' | head -n 1
}

find_jdk() {
    local java major
    for java in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java || true)" /usr/lib/jvm/*/bin/java \
        /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java "$HOME"/.sdkman/candidates/java/*/bin/java; do
        [[ -x $java ]] || continue
        major=$(java_major "$java")
        if [[ -n $major ]] && ((major >= MIN_JAVA)); then
            JAVA_BIN=$java JDK_HOME=$(cd "$(dirname "$java")/.." && pwd -P)
            printf '%s: using JDK %s at %s\n' "$LAUNCHER" "$major" "$JDK_HOME" >&2
            return 0
        fi
    done
    die "no JDK $MIN_JAVA+ found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm, /Library/Java/JavaVirtualMachines, ~/.sdkman); install one (e.g. Temurin 21) or set JAVA_HOME"
}

# build_if_stale JAR MODULE...: build the last MODULE's jar when JAR is missing or older than
# the root pom or any MODULE's pom or sources.
build_if_stale() {
    local jar=$1 log m
    shift
    local -a inputs=("$CVP_ROOT/pom.xml")
    for m in "$@"; do inputs+=("$CVP_ROOT/$m/pom.xml" "$CVP_ROOT/$m/src"); done
    if [[ -f $jar && -z $(find "${inputs[@]}" -newer "$jar" -type f -print -quit 2>/dev/null) ]]; then
        return 0
    fi
    log=$(mktemp "${TMPDIR:-/tmp}/cvp-build.XXXXXX")
    printf '%s: building %s (missing or older than its sources) ...\n' "$LAUNCHER" "${jar#"$CVP_ROOT"/}" >&2
    if ! (cd "$CVP_ROOT" && JAVA_HOME=$JDK_HOME ./mvnw -B -q -pl "${*: -1}" -am package -DskipTests) >"$log" 2>&1 </dev/null; then
        die "could not build ${jar#"$CVP_ROOT"/}: $(grep -m1 '^\[ERROR\]' "$log" || tail -n 1 "$log") (full log: $log)"
    fi
    rm -f "$log"
}

# launch JAR_MODULE... -- ARGS: find the JDK, build, exec the jar of the last module.
launch() {
    local -a modules=()
    while [[ $1 != -- ]]; do modules+=("$1") && shift; done
    shift
    local jar=$CVP_ROOT/${modules[-1]}/target/${modules[-1]}.jar
    find_jdk
    build_if_stale "$jar" "${modules[@]}"
    export CVP_ROOT CVP_LAUNCHER=$LAUNCHER_PATH
    # a short-lived tool waiting on child processes: C1 only and the serial collector start fastest
    exec "$JAVA_BIN" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" "$@"
}
