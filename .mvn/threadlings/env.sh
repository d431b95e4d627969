# Sourced by ./mvnw before it looks for Java (POSIX sh).
# 1. A JDK 21+ even where the default `java` is older: when JAVA_HOME is not set and `java` on the PATH is
#    older than 21 (or missing), use the newest JDK 21+ in the usual places (see ./jdk), and say so once.
# 2. No JVM warnings from Maven itself: Maven 3.9's Guice calls sun.misc.Unsafe, which JDK 24+ warns about
#    at the top of every run; the flag that allows it exists from JDK 23 on (older JDKs refuse it).
# 3. THREADLINGS_RUN_MARKER: a file made now, so that the summary printed after Maven (./summary.sh) shows
#    only the exercises this run tested.
# Beside this file, ../jvm.config starts Maven's own JVM with C1 only and a serial collector: Maven compiles, then
# waits on the test JVMs it forks, and C2's compiler threads would take a core from their timed checks. A clean
# install of the kit took 12 s and 16 CPU-s so, against 16.5 s and 31 CPU-s; a learner's one-task run 4.4 s against
# 5.6 s. The forked test JVMs keep the default JIT: they time strategies.
threadlings_dir=$(cd "$(dirname "$0")" && pwd)/.mvn/threadlings
threadlings_major() { # the feature version of the java at $1, or 0
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {v=$2} END {sub(/^1\./, "", v); sub(/\..*/, "", v); print (v == "" ? 0 : v)}'
}
if [ -z "${JAVA_HOME-}" ]; then
  threadlings_path_java=$(command -v java 2>/dev/null || true)
  if [ -z "$threadlings_path_java" ] || [ "$(threadlings_major "$threadlings_path_java")" -lt 21 ]; then
    if threadlings_home=$(bash "$threadlings_dir/jdk" 2>/dev/null); then
      JAVA_HOME=$threadlings_home
      export JAVA_HOME
      echo "[threadlings] the default java is older than 21; using the JDK at $JAVA_HOME (set JAVA_HOME to choose another)" >&2
    fi
  fi
fi
if [ -n "${JAVA_HOME-}" ]; then threadlings_java="$JAVA_HOME/bin/java"; else threadlings_java=$(command -v java 2>/dev/null || echo java); fi
if [ "$(threadlings_major "$threadlings_java")" -ge 23 ]; then
  case " ${MAVEN_OPTS-} " in
    *sun-misc-unsafe-memory-access*) ;;
    *) MAVEN_OPTS="${MAVEN_OPTS-} --sun-misc-unsafe-memory-access=allow"; export MAVEN_OPTS ;;
  esac
fi
THREADLINGS_RUN_MARKER=$(mktemp "${TMPDIR:-/tmp}/threadlings-run.XXXXXX" 2>/dev/null || true)
export THREADLINGS_RUN_MARKER
