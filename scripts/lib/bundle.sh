# shellcheck shell=bash disable=SC2034 # BUNDLE, RUN_ID, STALE_CHILD, WARNED_CONCURRENT are read by bench.sh
# bundle.sh: result-bundle folders: unique run ids, the per-bundle lock, the machine-wide
# list of running runners, and tidying a bundle whose runner was killed.
#
# Lock: BUNDLE/.lock/ (mkdir is atomic) holding "owner" with the runner's pid and the
# process group of the cell it is running. A lock whose runner is gone is stale.
# Registry: one file per running bench.sh in CVP_RUN_REGISTRY (default
# /tmp/cvp-bench-runs), so a second run can say that the two disturb each other.

RUN_REGISTRY=${CVP_RUN_REGISTRY:-/tmp/cvp-bench-runs}
LOCKED_BUNDLE=''
REGISTERED=''

# valid_label TEXT: safe as a folder name and inside a markdown table.
valid_label() {
    [[ $1 =~ ^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$ && $1 != *..* ]]
}

# default_label: the host name, cleaned into a valid label.
default_label() {
    local name
    name=$(hostname -s 2>/dev/null || uname -n)
    name=${name//[^A-Za-z0-9._-]/-}
    while [[ -n $name && $name != [A-Za-z0-9]* ]]; do
        name=${name:1}
    done
    name=${name//../-}
    name=${name:0:64}
    valid_label "$name" || name=machine
    printf '%s\n' "$name"
}

# create_bundle ROOT LABEL: make ROOT/<UTC time>-LABEL (suffix -2, -3... when taken).
# mkdir is atomic, so two runners starting together never share a folder. Sets BUNDLE, RUN_ID.
create_bundle() {
    local root=$1 label=$2 stamp id n
    stamp=$(date -u +%Y%m%dT%H%MZ)
    for n in $(seq 1 999); do
        id=$stamp-$label
        ((n == 1)) || id+=-$n
        if mkdir "$root/$id" 2>/dev/null; then
            BUNDLE=$root/$id RUN_ID=$id
            return 0
        fi
        [[ -d $root/$id ]] || die "$EXIT_FAILED" "cannot create $root/$id (permissions? disk full?)"
    done
    die "$EXIT_FAILED" "no free run id under $root for $stamp-$label"
}

# write_lock_owner CHILD_PID: (re)write the lock's owner file atomically.
write_lock_owner() {
    local dir=$LOCKED_BUNDLE/.lock
    [[ -n $LOCKED_BUNDLE && -d $dir ]] || return 0
    if printf 'pid=%s\nchild=%s\nhost=%s\nsince=%s\n' "$$" "${1:-}" "$(uname -n)" "$LOCK_SINCE" >"$dir/.owner.tmp" 2>/dev/null; then
        mv -f "$dir/.owner.tmp" "$dir/owner" 2>/dev/null || true
    fi
}

# lock_field DIR KEY: a value from a lock's owner file.
lock_field() {
    sed -n "s/^$2=//p" "$1/.lock/owner" 2>/dev/null | head -n 1
}

# lock_bundle DIR: take DIR's lock, or exit 2 if a live runner holds it. A stale lock
# (its runner was killed) is taken over; STALE_CHILD is the cell process it left.
lock_bundle() {
    local dir=$1 pid
    STALE_CHILD=''
    LOCK_SINCE=$(iso_now)
    if ! mkdir "$dir/.lock" 2>/dev/null; then
        pid=$(lock_field "$dir" pid)
        if [[ -z $pid ]] || is_our_runner "$pid"; then
            die "$EXIT_USAGE" "$dir is being written by another bench.sh (pid ${pid:-unknown}, since $(lock_field "$dir" since)); wait for it to finish or stop it first"
        fi
        STALE_CHILD=$(lock_field "$dir" child)
        rm -rf "$dir/.lock"
        mkdir "$dir/.lock" 2>/dev/null ||
            die "$EXIT_USAGE" "$dir was just locked by another bench.sh; wait for it to finish"
    fi
    LOCKED_BUNDLE=$dir
    write_lock_owner ''
}

unlock_bundle() {
    if [[ -n $LOCKED_BUNDLE && "$(lock_field "$LOCKED_BUNDLE" pid)" == "$$" ]]; then
        rm -rf "$LOCKED_BUNDLE/.lock"
    fi
    LOCKED_BUNDLE=''
}

# other_runners: "pid bundle" for every other live bench.sh in the registry (stale
# entries of killed runners are removed on the way).
other_runners() {
    local entry pid
    for entry in "$RUN_REGISTRY"/*; do
        [[ -f $entry ]] || continue
        pid=${entry##*/}
        [[ $pid != "$$" ]] || continue
        if is_uint "$pid" && is_our_runner "$pid"; then
            printf '%s %s\n' "$pid" "$(head -n 1 "$entry" 2>/dev/null || true)"
        else
            rm -f "$entry" 2>/dev/null || true
        fi
    done
}

# register_runner BUNDLE: list this runner machine-wide, then warn about any other live one.
# (Registering first means that of two runners starting together, at least one is told.)
register_runner() {
    local pid other
    mkdir -p "$RUN_REGISTRY" 2>/dev/null && chmod 1777 "$RUN_REGISTRY" 2>/dev/null
    if printf '%s\n' "$1" >"$RUN_REGISTRY/$$" 2>/dev/null; then
        REGISTERED=$RUN_REGISTRY/$$
    fi
    while read -r pid other; do
        WARNED_CONCURRENT=1
        warn "another bench.sh is running on this machine (pid $pid, writing ${other:-?}); the two runs share the CPUs and will disturb each other's numbers"
    done < <(other_runners)
}

unregister_runner() {
    [[ -z $REGISTERED ]] || rm -f "$REGISTERED" 2>/dev/null || true
    REGISTERED=''
}

# group_alive PGID: does any process of that process group still run?
group_alive() {
    kill -0 -- "-$1" 2>/dev/null
}

# stop_group PGID: SIGTERM the whole process group (the JMH runner and its forked JVMs),
# then SIGKILL whatever is left after a grace period.
stop_group() {
    local pgid=$1 i
    kill -TERM -- "-$pgid" 2>/dev/null || return 0
    for ((i = 0; i < 50; i++)); do
        group_alive "$pgid" || return 0
        sleep "$POLL"
    done
    kill -KILL -- "-$pgid" 2>/dev/null || true
    for ((i = 0; i < 25; i++)); do
        group_alive "$pgid" || return 0
        sleep "$POLL"
    done
}

# stop_stale_cell BUNDLE PGID: a killed runner's cell may still be running (its JVMs are
# in their own process group); stop it if it still belongs to this bundle.
stop_stale_cell() {
    local bundle=$1 pgid=$2 members
    is_uint "${pgid:-x}" || return 0
    group_alive "$pgid" || return 0
    members=$(ps -eo pgid=,args= 2>/dev/null | awk -v g="$pgid" '$1 == g' || true)
    if [[ $members == *"$bundle"* || $members == *org.openjdk.jmh.runner.ForkedMain* ]]; then
        note "stopping the cell left running by the interrupted run (process group $pgid)"
        stop_group "$pgid"
    fi
}

# shelve_leftovers BUNDLE: move what an interrupted cell left (temporary logs and result
# files) into BUNDLE/attempts/, and drop temporary JSON rewrites; nothing is deleted that
# could hold output, and nothing stays where the report tool would read it.
shelve_leftovers() {
    local bundle=$1 f base dir cores module
    for f in "$bundle"/.*.tmp-* "$bundle"/cores-*/.*.tmp-*; do
        [[ -e $f ]] || continue
        base=${f##*/} dir=${f%/*}
        if [[ $dir == "$bundle" ]]; then
            rm -f "$f"
            continue
        fi
        cores=${dir##*/cores-}
        module=${base#.}
        module=${module%%.tmp-*}
        shelve_file "$bundle" "$f" "cores-$cores-${module%.*}.interrupted" "${module##*.}"
    done
}

# shelve_file BUNDLE FILE STEM EXT: move FILE to BUNDLE/attempts/STEM.EXT, or STEM-2.EXT,
# STEM-3.EXT ... when that is taken: an earlier attempt's output is kept, never overwritten.
shelve_file() {
    local bundle=$1 file=$2 stem=$3 ext=$4 name n=1
    mkdir -p "$bundle/attempts"
    name=$stem.$ext
    while [[ -e $bundle/attempts/$name ]]; do
        n=$((n + 1))
        name=$stem-$n.$ext
    done
    mv -f "$file" "$bundle/attempts/$name"
}
