# Shared by bin/rhetoric and bin/test: find or install what the project needs on a fresh Debian machine.
# Sourced, not run.

RHETORIC_HOME="${RHETORIC_HOME:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"

log() { printf '%s\n' "$*" >&2; }

# apt-get install, as root or through sudo; a clear message where neither is possible.
apt_install() {
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null 2>&1 || { log "rhetoric: need $* but cannot install it (not root, no sudo)"; return 1; }
    sudo="sudo"
  fi
  log "rhetoric: installing $* (apt-get)"
  $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >&2
}

java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}

# Java 17 or newer for the job (Spark 4 supports 17 and 21).
ensure_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    JAVA="$JAVA_HOME/bin/java"
  elif command -v java >/dev/null 2>&1; then
    JAVA="$(command -v java)"
  else
    apt_install openjdk-17-jdk-headless || return 1
    JAVA="$(command -v java)"
  fi
  local major
  major="$(java_major "$JAVA")"
  if [ -z "$major" ] || [ "$major" -lt 17 ]; then
    log "rhetoric: Java 17+ is required, found ${major:-none} at $JAVA"
    return 1
  fi
  export JAVA
}

ensure_maven() {
  command -v mvn >/dev/null 2>&1 || apt_install maven
}

# Builds the project when the build is missing or older than any source, lexicon or POM. The stamp is
# touched after a successful build (Maven leaves an unchanged classpath file untouched, so it cannot serve).
ensure_build() {
  local stamp="$RHETORIC_HOME/jobs/spark/target/.rhetoric-build-stamp"
  if [ -f "$stamp" ] && [ -f "$RHETORIC_HOME/jobs/spark/target/runtime-classpath.txt" ] && \
     [ -z "$(find "$RHETORIC_HOME/pom.xml" "$RHETORIC_HOME/jobs" "$RHETORIC_HOME/conf/lexicon" \
        -newer "$stamp" -type f \( -name '*.java' -o -name 'pom.xml' -o -name '*.tsv' -o -name '*.properties' \) \
        -not -path '*/target/*' -print -quit 2>/dev/null)" ]; then
    return 0
  fi
  ensure_maven || return 1
  log "rhetoric: building (mvn -DskipTests install; the first build downloads Spark, Delta and CoreNLP models, ~2 GB)"
  # Up to jobs/spark only: the spark-submit jars of jobs/submit (a 464 MB models jar) are not for local runs.
  (cd "$RHETORIC_HOME" && mvn -B -q -Dstyle.color=never -DskipTests install -pl jobs/spark -am >&2) \
    || { log "rhetoric: build failed"; return 1; }
  touch "$stamp"
}

# The JVM flags from conf/jvm.options, one per line, comments dropped.
jvm_options() {
  grep -v '^[[:space:]]*#' "$RHETORIC_HOME/conf/jvm.options" | grep -v '^[[:space:]]*$'
}

# What bin/notebooks needs to execute notebooks headless: Jupyter's nbconvert and nbclient from Debian's packages
# (the system Python, not a pyenv or venv one that may lack them), and a font with Chinese glyphs so chart titles
# and labels are not empty boxes. --no-install-recommends keeps pandoc and TeX out: nbconvert needs them only to
# write PDF or Markdown, never to execute a notebook.
ensure_jupyter() {
  if ! [ -x /usr/bin/jupyter ] || ! /usr/bin/python3 -c 'import nbformat, nbclient, nbconvert, jupyter_client' >/dev/null 2>&1; then
    apt_install --no-install-recommends jupyter-nbconvert jupyter-client jupyter-core python3-nbclient python3-nbformat \
      || return 1
  fi
  if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh family 2>/dev/null)" ]; then
    # WenQuanYi Zen Hei: one 7 MB package covering Simplified and Traditional (Noto CJK is 56 MB).
    apt_install --no-install-recommends fontconfig fonts-wqy-zenhei || return 1
  fi
}
