# shellcheck shell=bash
# Helpers shared by ./sitrep, ./test and .ci/run. Source it; it only defines functions.
# Written for bash 3.2 too (macOS): no mapfile, no associative arrays, no ${x,,}.
# Every function writes its diagnostics to stderr: stdout belongs to the app's headless commands.

SITREP_MIN_JAVA=25

# sitrep_say MESSAGE: a diagnostic line, always on stderr.
sitrep_say() {
  printf 'sitrep: %s\n' "$*" >&2
}

# sitrep_jdk_version HOME: prints the Java version of the JDK at HOME (e.g. 25.0.3).
# Fails when HOME is not a JDK; a JRE is not enough because Maven needs javac.
sitrep_jdk_version() {
  local home=$1 line version=''
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 1
  # The release file says JAVA_VERSION="25.0.3": reading it is instant, starting a JVM is not.
  if [ -r "$home/release" ]; then
    while IFS= read -r line; do
      case $line in
        JAVA_VERSION=*) version=${line#JAVA_VERSION=}; version=${version//\"/}; break ;;
      esac
    done <"$home/release"
  fi
  # No release file (unusual builds): java -version prints 'openjdk version "25.0.3" 2026-04-21'.
  if [ -z "$version" ]; then
    version=$("$home/bin/java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  [ -n "$version" ] || return 1
  printf '%s\n' "$version"
}

# sitrep_java_major VERSION: 25.0.3 -> 25, 26-ea -> 26, 1.8.0_392 -> 8.
sitrep_java_major() {
  local v=$1
  case $v in 1.*) v=${v#1.} ;; esac
  v=${v%%[!0-9]*}
  printf '%s\n' "${v:-0}"
}

# sitrep_version_key VERSION: a fixed-width string that sorts like the version (25.0.3 -> 00025000000000300000),
# so picking the newest JDK is a plain string comparison, with no sort -V (missing on older macOS).
sitrep_version_key() {
  local v=$1 key='' num pad _
  case $v in 1.*) v=${v#1.} ;; esac
  for _ in 1 2 3 4; do
    num=${v%%[!0-9]*}
    printf -v pad '%05d' "$((10#${num:-0}))"
    key=$key$pad
    v=${v#"$num"}
    v=${v#[._]}
  done
  printf '%s\n' "$key"
}

# sitrep_resolve PATH: PATH with every symlink followed (readlink -f is missing on older macOS).
sitrep_resolve() {
  local path=$1 target
  while [ -L "$path" ]; do
    target=$(readlink "$path")
    case $target in
      /*) path=$target ;;
      *) path=${path%/*}/$target ;;
    esac
  done
  printf '%s\n' "$path"
}

# sitrep_jdk_candidates: prints directories that may be JDK homes, one a line; non-JDKs are weeded out later.
# SITREP_JDK_SEARCH_PATH (colon-separated folders holding JDKs) replaces the whole built-in search:
# the tests use it to simulate a machine without JDK 25, and it helps with JDKs in odd places.
sitrep_jdk_candidates() {
  local parent java_bin home
  if [ -n "${SITREP_JDK_SEARCH_PATH:-}" ]; then
    local IFS=:
    for parent in $SITREP_JDK_SEARCH_PATH; do
      printf '%s\n' "$parent" "$parent"/*
    done
    return 0
  fi
  # Linux packages, tarballs, SDKMAN!, IntelliJ downloads and macOS installers; unmatched globs are skipped later.
  printf '%s\n' /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/*jdk* \
    "${HOME:-}"/.sdkman/candidates/java/* "${HOME:-}"/.jdks/* \
    /Library/Java/JavaVirtualMachines/*/Contents/Home
  if [ -x /usr/libexec/java_home ]; then
    /usr/libexec/java_home -v "$SITREP_MIN_JAVA+" 2>/dev/null || true
  fi
  # java on PATH: follow its symlinks (/usr/bin/java -> /etc/alternatives/java -> .../bin/java) to find its home.
  if java_bin=$(command -v java 2>/dev/null); then
    java_bin=$(sitrep_resolve "$java_bin")
    home=${java_bin%/bin/java}
    if [ -r "$home/release" ]; then
      printf '%s\n' "$home"
    else
      # macOS's /usr/bin/java is a stub, not inside a JDK: ask the JVM where it lives.
      "$java_bin" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.home = //p'
    fi
  fi
}

# sitrep_find_jdk: prints the home of a JDK 25+. $JAVA_HOME wins when it is new enough,
# else the newest JDK 25+ found. Fails with a message on stderr saying what was searched and how to fix it.
sitrep_find_jdk() {
  local home version best='' best_key='' key too_old='' searched
  if [ -n "${JAVA_HOME:-}" ] && version=$(sitrep_jdk_version "$JAVA_HOME") &&
    [ "$(sitrep_java_major "$version")" -ge "$SITREP_MIN_JAVA" ]; then
    printf '%s\n' "$JAVA_HOME"
    return 0
  fi
  while IFS= read -r home; do
    [ -d "$home" ] || continue
    version=$(sitrep_jdk_version "$home") || continue
    if [ "$(sitrep_java_major "$version")" -lt "$SITREP_MIN_JAVA" ]; then
      # The same JDK can turn up twice (a folder and java on PATH): list it once.
      case $too_old in *"    $home ("*) ;; *) too_old="$too_old    $home ($version)"$'\n' ;; esac
      continue
    fi
    key=$(sitrep_version_key "$version")
    if [ -z "$best" ] || [[ $key > $best_key ]]; then
      best=$home
      best_key=$key
    fi
  done < <(sitrep_jdk_candidates)
  if [ -n "$best" ]; then
    printf '%s\n' "$best"
    return 0
  fi

  if [ -n "${SITREP_JDK_SEARCH_PATH:-}" ]; then
    searched="SITREP_JDK_SEARCH_PATH=$SITREP_JDK_SEARCH_PATH and the folders in it"
  else
    searched="/usr/lib/jvm/* /usr/java/* /opt/java/* /opt/*jdk* ~/.sdkman/candidates/java/* ~/.jdks/*
    /Library/Java/JavaVirtualMachines/*/Contents/Home, /usr/libexec/java_home -v $SITREP_MIN_JAVA+ (macOS), java on PATH"
  fi
  {
    printf 'sitrep: no JDK %s or newer found; Sitrep needs one to build and run.\n' "$SITREP_MIN_JAVA"
    if [ -n "${JAVA_HOME:-}" ]; then
      printf '  JAVA_HOME=%s is not a JDK %s+ (version: %s)\n' "$JAVA_HOME" "$SITREP_MIN_JAVA" \
        "$(sitrep_jdk_version "$JAVA_HOME" || echo 'not a JDK')"
    fi
    printf '  Searched: %s\n' "$searched"
    if [ -n "$too_old" ]; then
      printf '  Found, but too old:\n%s' "$too_old"
    fi
    printf '  Fix: install Eclipse Temurin %s (a JDK from Adoptium: apt-get install temurin-%s-jdk from\n' "$SITREP_MIN_JAVA" "$SITREP_MIN_JAVA"
    printf '       the Adoptium apt repository, brew install --cask temurin@%s, or sdk install java %s-tem),\n' "$SITREP_MIN_JAVA" "$SITREP_MIN_JAVA"
    printf '       or point JAVA_HOME at a JDK %s+ you already have: export JAVA_HOME=/path/to/jdk-%s\n' "$SITREP_MIN_JAVA" "$SITREP_MIN_JAVA"
  } >&2
  return 1
}

# sitrep_find_maven ROOT: prints the Maven to use: the project's ./mvnw if it has one, else mvn on PATH,
# else $MAVEN_HOME/bin/mvn. Fails with a message on stderr.
sitrep_find_maven() {
  local root=$1 home
  if [ -x "$root/mvnw" ]; then
    printf '%s\n' "$root/mvnw"
    return 0
  fi
  if command -v mvn 2>/dev/null; then
    return 0
  fi
  for home in "${MAVEN_HOME:-}" "${M2_HOME:-}"; do
    if [ -n "$home" ] && [ -x "$home/bin/mvn" ]; then
      printf '%s\n' "$home/bin/mvn"
      return 0
    fi
  done
  # shellcheck disable=SC2016 # $MAVEN_HOME is meant literally here
  {
    echo 'sitrep: Maven not found (looked for ./mvnw, mvn on PATH, $MAVEN_HOME/bin/mvn); Sitrep builds with it.'
    echo '  Fix: install Maven 3.8+ (Debian/Ubuntu: sudo apt-get install maven; macOS: brew install maven),'
    echo '       or set MAVEN_HOME to an unpacked Maven.'
  } >&2
  return 1
}

# sitrep_maven_env JDK: makes Maven (and the JVMs it forks) use JDK.
sitrep_maven_env() {
  export JAVA_HOME=$1
  # Maven's own JVM is the JDK 25+ just found, so these JDK 24+ flags are safe: they silence Maven's
  # sun.misc.Unsafe warnings and the native-access warnings of sqlite-jdbc loaded by build plugins.
  # (JDK 17 would refuse to start with the first one.)
  MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED"
  export MAVEN_OPTS
}

# sitrep_stamp ROOT: the file ./sitrep touches after a successful build. It lives in app/target so that
# mvn clean removes it too, which makes the next ./sitrep rebuild.
sitrep_stamp() {
  printf '%s\n' "$1/app/target/.sitrep-build-stamp"
}

# sitrep_app_jar ROOT: prints the app jar. Globbed rather than hard-coded, so a version bump needs no edit here;
# the newest wins should jars of an old version still lie around.
sitrep_app_jar() {
  local jar best=''
  for jar in "$1"/app/target/sitrep-app-*.jar; do
    case $jar in *-tests.jar | *-sources.jar | *-javadoc.jar) continue ;; esac
    [ -f "$jar" ] || continue
    if [ -z "$best" ] || [ "$jar" -nt "$best" ]; then best=$jar; fi
  done
  [ -n "$best" ] || return 1
  printf '%s\n' "$best"
}

# sitrep_build_is_stale ROOT: succeeds when ./sitrep must build first: the build or its stamp is missing,
# or a source (*/src/), a pom.xml or .mvn/ changed since the stamp. find -newer stops at the first hit
# (-quit), so a fresh tree is checked in a few milliseconds. Changed directories count too, so deleting
# or renaming a source file is noticed.
sitrep_build_is_stale() {
  local root=$1 stamp path paths=()
  stamp=$(sitrep_stamp "$root")
  [ -f "$stamp" ] || return 0
  sitrep_app_jar "$root" >/dev/null || return 0
  [ -d "$root/app/target/lib" ] && [ -d "$root/app/target/modules" ] || return 0
  for path in "$root"/pom.xml "$root"/*/pom.xml "$root"/*/src "$root"/.mvn; do
    if [ -e "$path" ]; then paths+=("$path"); fi
  done
  [ -n "$(find "${paths[@]}" -newer "$stamp" -print -quit 2>/dev/null)" ]
}

# sitrep_build_progress LOG: reads Maven's output on stdin, keeps all of it in LOG, and says on
# stderr what the build is doing: one line per module ("[2/5] Sitrep model, 14 s in") and, when
# stderr is a terminal, the current Maven step on a line that rewrites itself. A first build takes
# minutes; one unchanging line for that long looks like a hang.
sitrep_build_progress() {
  local log=$1 line tty=false started=$SECONDS module_re mojo_re
  [ -t 2 ] && tty=true
  # "[INFO] Building Sitrep model 0.1.0-SNAPSHOT                [2/5]"
  module_re='Building (.+) [0-9][^ ]* +\[([0-9]+)/([0-9]+)\]'
  # "[INFO] --- compiler:3.14.1:compile (default-compile) @ sitrep-model ---"
  mojo_re='--- ([A-Za-z0-9.-]+):[^:]+:([A-Za-z0-9-]+) .*@ ([A-Za-z0-9.-]+) ---'
  while IFS= read -r line; do
    printf '%s\n' "$line" >>"$log"
    if [[ $line =~ $module_re ]]; then
      [ "$tty" = true ] && printf '\r\033[K' >&2
      printf 'sitrep: building [%s/%s] %s, %s s in\n' "${BASH_REMATCH[2]}" "${BASH_REMATCH[3]}" \
        "${BASH_REMATCH[1]}" "$((SECONDS - started))" >&2
    elif [ "$tty" = true ] && [[ $line =~ $mojo_re ]]; then
      printf '\r\033[K  %s: %s %s' "${BASH_REMATCH[3]}" "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" >&2
    fi
  done
  [ "$tty" = true ] && printf '\r\033[K' >&2
  return 0
}

# sitrep_opens_window ARGS...: succeeds when these arguments open the desktop window rather than
# run a headless command: nothing, or only the window's own options (--data-dir, --as, --open, each
# with its value), and no --help. The same rule as org.sitrep.app.Main.opensWindow.
sitrep_opens_window() {
  while [ $# -gt 0 ]; do
    case $1 in
      --data-dir | --as | --open) shift 2 || return 1 ;;
      --data-dir=* | --as=* | --open=*) shift ;;
      *) return 1 ;;
    esac
  done
  return 0
}
