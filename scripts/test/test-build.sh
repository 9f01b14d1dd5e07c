# shellcheck shell=bash
# test-build.sh: jars are built when missing or older than their sources, not otherwise; a
# module that does not build has its cells skipped, and the build log is kept. Runs a copy
# of scripts/ in a scratch checkout whose mvnw is a stand-in that records its arguments.

# make_checkout: $T/repo with scripts/, module folders and a recording mvnw.
make_checkout() {
    REPO=$T/repo
    mkdir -p "$REPO"
    cp -R "$CVP_SCRIPTS" "$REPO/scripts"
    printf '<project><artifactId>cvp-parent</artifactId></project>\n' >"$REPO/pom.xml"
    local m
    for m in bench-harness bench-cpu bench-io; do
        mkdir -p "$REPO/$m/src/main/java"
        printf '<project><artifactId>%s</artifactId><dependencies><dependency><artifactId>bench-harness</artifactId></dependency></dependencies></project>\n' "$m" >"$REPO/$m/pom.xml"
        printf 'class A {}\n' >"$REPO/$m/src/main/java/A.java"
    done
    cat >"$REPO/mvnw" <<MVNW
#!/usr/bin/env bash
# stand-in Maven wrapper: "builds" each module of -pl by copying the fake benchmark jar
printf '%s JAVA_HOME=%s\n' "\$*" "\$JAVA_HOME" >>"$T/mvn.calls"
list=''
while ((\$# > 0)); do [[ \$1 == -pl ]] && list=\$2; shift; done
rc=0
for m in \${list//,/ }; do
    if [[ -f $REPO/\$m/BROKEN ]]; then
        echo "[ERROR] COMPILATION ERROR: \$m/src/main/java/A.java:[1,1] broken on purpose"
        rc=1
        continue
    fi
    mkdir -p "$REPO/\$m/target" && cp "$WORK/fake.jar" "$REPO/\$m/target/benchmarks.jar"
done
exit \$rc
MVNW
    chmod +x "$REPO/mvnw"
    : >"$T/mvn.calls"
}

mvn_calls() {
    wc -l <"$T/mvn.calls" | tr -d ' '
}

test_build_when_stale() {
    begin_test build_when_stale
    unset CVP_BENCH_JAR_CPU CVP_BENCH_JAR_IO CVP_BENCH_JAR_PROCESS
    make_checkout
    local bench=$REPO/scripts/bench.sh b
    RC=0
    "$bench" --modules cpu,io --cores 1 --profile smoke --no-report >"$T/out" 2>&1 || RC=$?
    check_eq "missing jars: built, cells ok" 0 "$RC"
    check_eq "missing jars: one Maven run" 1 "$(mvn_calls)"
    check_contains "missing jars: only the stale modules, with what they need" "$T/mvn.calls" "-B -q -pl bench-cpu,bench-io -am --fail-at-end package -DskipTests"
    check_contains "Maven runs on the JDK 21+ found" "$T/mvn.calls" "JAVA_HOME=$JDK_HOME"
    b=$(the_bundle)
    check "the build log is kept in the bundle" compgen -G "$b/build-*.log"

    rm -rf "$CVP_RESULTS_DIR"
    "$bench" --modules cpu,io --cores 1 --profile smoke --no-report >"$T/out" 2>&1 || true
    check_eq "fresh jars: no build" 1 "$(mvn_calls)"

    sleep 1 # file times have one-second resolution on some file systems
    touch "$REPO/bench-harness/src/main/java/A.java"
    rm -rf "$CVP_RESULTS_DIR"
    "$bench" --modules io --cores 1 --profile smoke --no-report >"$T/out" 2>&1 || true
    check_eq "a dependency's source changed: rebuilt" 2 "$(mvn_calls)"
    check_contains "a dependency's source changed: only the module asked for" "$T/mvn.calls" "-pl bench-io -am"

    sleep 1
    touch "$REPO/bench-cpu/src/main/java/A.java" "$REPO/bench-io/src/main/java/A.java"
    : >"$REPO/bench-io/BROKEN"
    rm -rf "$CVP_RESULTS_DIR"
    RC=0
    "$bench" --modules cpu,io --cores 1 --profile smoke --no-report >"$T/out" 2>&1 || RC=$?
    check_eq "a module that does not build: exit 1" 1 "$RC"
    b=$(the_bundle)
    check_eq "a module that does not build: its cells skipped, the others run" "bench-cpu@1=ok bench-io@1=skipped" "$(states_of "$b")"
    check_like "a module that does not build: the reason quotes Maven" "*could not be built*COMPILATION ERROR*" "$(cell_field "$b" bench-io 1 reason)"
    check_contains "a module that does not build: warned" "$T/out" "could not build bench-io"

    rm -f "$REPO/bench-io/BROKEN"
    RC=0
    "$bench" --resume "$b" --no-report >"$T/out" 2>&1 || RC=$?
    check_eq "fixed, then resumed: exit 0" 0 "$RC"
    check_eq "fixed, then resumed: every cell ok" "bench-cpu@1=ok bench-io@1=ok" "$(states_of "$b")"
}
