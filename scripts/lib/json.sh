# shellcheck shell=bash
# json.sh: every JSON read and write of a bundle goes through lib/Bundle.java (escaping,
# parsing and atomic temp-file-plus-rename writes done properly). Needs JAVA_BIN (jdk.sh)
# and CVP_TMP (a private temporary folder).

JSON_OPS=''

# json_init: compile Bundle.java (cached per source and JDK in ~/.cache/cvp-bench, since
# javac takes seconds); source-launch mode when there is no javac.
json_init() {
    local javac key cache_root cache
    javac=$(dirname "$JAVA_BIN")/javac
    if [[ ! -x $javac ]]; then
        JSON_CMD=("$JAVA_BIN" "$CVP_LIB/Bundle.java")
        return 0
    fi
    cache_root=${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/cvp-bench
    key=$({ cksum <"$CVP_LIB/Bundle.java" && printf '%s %s\n' "$JAVA_BIN" "$JDK_VERSION"; } | cksum | cut -d' ' -f1)
    cache=$cache_root/bundle-$key
    if [[ ! -f $cache/Bundle.class ]]; then
        "$javac" -nowarn -d "$CVP_TMP/classes" "$CVP_LIB/Bundle.java" 2>"$CVP_TMP/javac.log" ||
            die "$EXIT_FAILED" "could not compile $CVP_LIB/Bundle.java: $(head -n 3 "$CVP_TMP/javac.log" | tr '\n' ' ')"
        cache=$CVP_TMP/classes
        # keep it for the next run (best effort: a read-only home just means compiling again)
        if mkdir -p "$cache_root" 2>/dev/null && cp -R "$CVP_TMP/classes" "$cache_root/.new-$$" 2>/dev/null; then
            mv "$cache_root/.new-$$" "$cache_root/bundle-$key" 2>/dev/null || rm -rf "$cache_root/.new-$$"
        fi
    fi
    JSON_CMD=("$JAVA_BIN" -Xshare:auto -XX:TieredStopAtLevel=1 -cp "$cache" Bundle)
}

# json_tool ARGS...: run the helper. A run killed by a signal we are handling (Ctrl-C
# reaches the whole foreground process group) is retried once, so a state update is not lost.
json_tool() {
    local rc=0
    "${JSON_CMD[@]}" "$@" || rc=$?
    if ((rc > 128)); then
        rc=0
        "${JSON_CMD[@]}" "$@" || rc=$?
    fi
    return "$rc"
}

# jop OP PATH [VALUE...]: queue one edit operation (values made single-line).
jop() {
    local op=$1 field line
    shift
    line=$op
    for field in "$@"; do
        line+=$'\t'$(one_line "$field")
    done
    JSON_OPS+=$line$'\n'
}

# jop_list OP PATH ITEM...: queue a fresh array at PATH holding the items (OP: as or an).
jop_list() {
    local op=$1 path=$2 item
    shift 2
    jop a "$path"
    for item in "$@"; do
        jop "$op" "$path" "$item"
    done
}

# jop_value PATH VALUE: a string, or null when VALUE is empty.
jop_value() {
    if [[ -n $2 ]]; then
        jop s "$1" "$2"
    else
        jop z "$1"
    fi
}

# json_commit FILE [--new]: apply the queued operations to FILE atomically (retried once
# when the helper is killed by a signal we are handling).
json_commit() {
    local ops=$JSON_OPS rc=0 _
    JSON_OPS=''
    for _ in 1 2; do
        rc=0
        printf '%s' "$ops" | "${JSON_CMD[@]}" edit "$@" || rc=$?
        ((rc > 128)) || break
    done
    if ((rc != 0)); then
        warn "could not write $1 (disk full?); its last good version is unchanged"
    fi
    return "$rc"
}

# json_get FILE PATH: print a value (arrays one item per line); non-zero when absent.
json_get() {
    json_tool get "$@"
}
