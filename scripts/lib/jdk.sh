# shellcheck shell=bash disable=SC2034 # JAVA_BIN, JDK_HOME, JDK_VERSION are for the sourcing script
# jdk.sh: find a JDK 21+ the way DESIGN.md says (JAVA_HOME, java on PATH, then the usual
# install folders) and say which one is used. Sets JAVA_BIN, JDK_HOME, JDK_VERSION.

readonly CVP_MIN_JAVA=21

# java_major JAVA: the major version of a java binary (8 for 1.8), empty if it does not run.
java_major() {
    local first version
    first=$("$1" -version 2>&1 | grep -m1 -E 'version "' || true)
    [[ $first =~ version\ \"([0-9]+)(\.([0-9]+))? ]] || return 0
    version=${BASH_REMATCH[1]}
    if [[ $version == 1 ]]; then
        version=${BASH_REMATCH[3]:-1}
    fi
    printf '%s\n' "$version"
}

# java_full_version JAVA: the quoted version text, e.g. 25.0.3
java_full_version() {
    local first
    first=$("$1" -version 2>&1 | grep -m1 -E 'version "' || true)
    [[ $first =~ version\ \"([^\"]+)\" ]] && printf '%s\n' "${BASH_REMATCH[1]}"
}

# jdk_candidates: "origin<TAB>java binary" lines, in search order.
jdk_candidates() {
    local dir on_path
    if [[ -n ${JAVA_HOME:-} ]]; then
        printf 'JAVA_HOME\t%s\n' "$JAVA_HOME/bin/java"
    fi
    if on_path=$(command -v java 2>/dev/null); then
        printf 'PATH\t%s\n' "$on_path"
    fi
    for dir in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
        [[ -x $dir/bin/java && ! -L $dir ]] && printf '%s\t%s\n' "$(dirname "$dir")" "$dir/bin/java"
    done
    return 0
}

# find_jdk: pick the first JDK 21+ (the highest version within one install folder).
find_jdk() {
    local origin java major best_java='' best_major=0 best_origin=''
    while IFS=$'\t' read -r origin java; do
        [[ -x $java ]] || continue
        major=$(java_major "$java")
        if [[ -n $best_java && $origin != "$best_origin" ]]; then
            break
        fi
        if [[ -n $major ]] && ((major >= CVP_MIN_JAVA && major > best_major)); then
            best_java=$java best_major=$major best_origin=$origin
        elif [[ $origin == JAVA_HOME || $origin == PATH ]] && [[ -n $major ]] && ((major < CVP_MIN_JAVA)); then
            note "$origin java is JDK $major, older than $CVP_MIN_JAVA; looking further"
        fi
    done < <(jdk_candidates)
    if [[ -z $best_java ]]; then
        die "$EXIT_FAILED" "no JDK $CVP_MIN_JAVA+ found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm, /Library/Java/JavaVirtualMachines, ~/.sdkman); install one (e.g. Temurin 21 from adoptium.net) or set JAVA_HOME"
    fi
    JAVA_BIN=$best_java
    JDK_HOME=$(cd "$(dirname "$best_java")/.." && pwd -P)
    JDK_VERSION=$(java_full_version "$best_java")
    note "using JDK ${JDK_VERSION:-$best_major} at $JDK_HOME (from $best_origin)"
}
