# shellcheck shell=bash disable=SC2034 # UNUSABLE_MODULES is read by the caller
# build.sh: build a module's runnable jar with the Maven wrapper when it is missing or
# older than anything it is built from (its sources and pom, the sibling modules it
# depends on, the root pom). Needs JDK_HOME (jdk.sh): Maven runs on the JDK 21+ found.

# module_inputs MODULE: the files and folders MODULE's jar is built from.
module_inputs() {
    local module=$1 dep
    printf '%s\n' "$CVP_ROOT/pom.xml" "$CVP_ROOT/$module/pom.xml" "$CVP_ROOT/$module/src"
    [[ -f $CVP_ROOT/$module/pom.xml ]] || return 0
    # sibling modules named as dependencies (e.g. bench-harness, bench-cpu)
    while IFS= read -r dep; do
        if [[ -n $dep && $dep != "$module" && -f $CVP_ROOT/$dep/pom.xml ]]; then
            printf '%s\n' "$CVP_ROOT/$dep/pom.xml" "$CVP_ROOT/$dep/src"
        fi
    done < <(sed -n 's:.*<artifactId>\([A-Za-z0-9_.-]*\)</artifactId>.*:\1:p' "$CVP_ROOT/$module/pom.xml")
}

# jar_is_stale MODULE JAR: true when JAR is missing or older than one of its inputs.
jar_is_stale() {
    local module=$1 jar=$2 input newer
    [[ -f $jar ]] || return 0
    while IFS= read -r input; do
        [[ -e $input ]] || continue
        newer=$(find "$input" -newer "$jar" -type f -print 2>/dev/null | head -n 1)
        [[ -z $newer ]] || return 0
    done < <(module_inputs "$module")
    return 1
}

# build_jars LOG MODULE:JAR...: build every stale jar in one Maven run (output to LOG).
# Sets UNUSABLE_MODULES to the modules whose jar is still missing or stale afterwards.
build_jars() {
    local log=$1 item module jar marker rc=0 list
    shift
    local -a stale=()
    UNUSABLE_MODULES=()
    for item in "$@"; do
        module=${item%%:*} jar=${item#*:}
        if jar_is_stale "$module" "$jar"; then
            stale+=("$module")
        fi
    done
    ((${#stale[@]} > 0)) || return 0
    list=$(IFS=,; printf '%s' "${stale[*]}")
    if [[ ! -x $CVP_ROOT/mvnw ]]; then
        printf 'no Maven wrapper at %s\n' "$CVP_ROOT/mvnw" >"$log"
        UNUSABLE_MODULES=("${stale[@]}")
        return 0
    fi
    note "building $list (jar missing or older than its sources) ..."
    marker=$log.start
    : >"$marker"
    (cd "$CVP_ROOT" && JAVA_HOME=$JDK_HOME ./mvnw -B -q -pl "$list" -am --fail-at-end package -DskipTests) \
        >"$log" 2>&1 </dev/null || rc=$?
    for item in "$@"; do
        module=${item%%:*} jar=${item#*:}
        [[ " ${stale[*]} " == *" $module "* ]] || continue
        # a jar rewritten by this build is fresh; after a failed build nothing else is
        if [[ ! -f $jar ]] || { ((rc != 0)) && ! [[ $jar -nt $marker ]]; }; then
            UNUSABLE_MODULES+=("$module")
        fi
    done
    rm -f "$marker"
}

# build_summary LOG: the first Maven error line of a build log, for messages.
build_summary() {
    local line
    line=$(grep -m1 -E '^\[ERROR\]' "$1" 2>/dev/null || true)
    [[ -n $line ]] || line=$(tail -n 1 "$1" 2>/dev/null || true)
    one_line "${line:0:300}"
}
