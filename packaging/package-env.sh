# shellcheck shell=bash
# Helpers of packaging/build and packaging/smoke-test. Source it after bin/sitrep-env.sh; it only
# defines functions. Everything it says goes to stderr.

# The JVM options of the installed launcher, one a line; $APPDIR is jpackage's, expanded by the
# launcher to the folder holding the jars. They match ./sitrep's (an AOT cache is used only when
# the options it was trained with match) and are the one place to tune the packaged JVM.
sitrep_launcher_java_options() {
  # No adapters or stubs in the AOT code cache: JDK 25.0.3 saved an adapter under one signature and
  # looked it up under another ("Failed to link AdapterHandlerEntry" on stderr at every start, seen
  # in CI); the classes and their linking, which are the start-up gain, are kept.
  # shellcheck disable=SC2016 # $APPDIR is for the launcher, not for this shell
  printf '%s\n' \
    '-XX:AOTCache=$APPDIR/sitrep.aot' \
    -XX:+UnlockDiagnosticVMOptions -XX:-AOTAdapterCaching -XX:-AOTStubCaching \
    -Xlog:disable -Xlog:all=warning:stderr \
    --enable-native-access=javafx.graphics,ALL-UNNAMED \
    -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true
}

# sitrep_package_version APP_JAR: sitrep-app-0.1.0-SNAPSHOT.jar -> 0.1.0 (jpackage wants digits and dots).
sitrep_package_version() {
  local name
  name=$(basename "$1" .jar)
  name=${name#sitrep-app-}
  printf '%s\n' "${name%%-*}"
}

# sitrep_runtime_modules JDEPS_LIST: the modules to link. jdeps finds what the code names; added
# here is what is looked up by name at run time: other charsets (vCard 2.1 files in windows-1252,
# Shift_JIS…), English locale data, sun.misc.Unsafe (JavaFX, sqlite-jdbc), and JavaFX itself,
# which jdeps lists as javafx.controls and which comes from the JavaFX jars, not the JDK.
sitrep_runtime_modules() {
  local list=$1 module kept=''
  local IFS=,
  for module in $list; do
    case $module in javafx.*) continue ;; esac
    kept=$kept${kept:+,}$module
  done
  printf '%s\n' "$kept,jdk.charsets,jdk.localedata,jdk.unsupported,javafx.controls"
}

# sitrep_epoch ROOT: the time every packaged file carries: SOURCE_DATE_EPOCH, else the last commit's.
sitrep_epoch() {
  if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
    printf '%s\n' "$SOURCE_DATE_EPOCH"
  else
    git -C "$1" log -1 --format=%ct 2>/dev/null || printf '1767225600\n'
  fi
}

# sitrep_fix_mtimes DIR EPOCH: sets every file's modification time to EPOCH. The AOT cache records
# the time and size of each jar it was trained on and is not used when they differ; packaging
# tools copy files with fresh times, so the trained image and the .deb's tree both get this one.
sitrep_fix_mtimes() {
  find "$1" -exec touch -h -d "@$2" {} +
}

# sitrep_train_aot IMAGE TRAINING_DIR: trains IMAGE/lib/app/sitrep.aot with the image's own
# launcher and options: its config is pointed at org.sitrep.app.AotTraining with
# -XX:AOTCacheOutput for one run, then restored. The window part needs a display: $DISPLAY, else
# xvfb-run; without either only the headless path is trained (and this says so).
sitrep_train_aot() {
  local image=$1 training=$2 cfg saved mode=() runner=()
  cfg="$image/lib/app/sitrep.cfg"
  saved="$training.cfg"
  mkdir -p "$training"
  # The workspace is made before the training, so Flyway's migrations and the starter runbooks
  # (run only on a new workspace) are not in the cache, which loads all it holds at every start.
  HOME="$training/home" "$image/bin/sitrep" --data-dir "$training/data" --as 'AOT training' \
    incident list </dev/null >"$training/first.log" 2>&1 || true
  cp "$cfg" "$saved"
  sed -e 's/^app\.mainclass=.*/app.mainclass=org.sitrep.app.AotTraining/' \
    -e 's/-XX:AOTCache=/-XX:AOTCacheOutput=/' "$saved" >"$cfg"
  if [ -z "${DISPLAY:-}" ]; then
    if command -v xvfb-run >/dev/null 2>&1; then
      runner=(xvfb-run -a -s '-screen 0 1280x800x24')
    else
      sitrep_say 'no DISPLAY and no xvfb-run: the AOT cache is trained on the headless commands only'
      mode=(--headless)
    fi
  fi
  local status=0
  HOME="$training/home" ${runner[@]+"${runner[@]}"} "$image/bin/sitrep" "$training/data" \
    ${mode[@]+"${mode[@]}"} </dev/null >"$training/out.log" 2>&1 || status=$?
  cp "$saved" "$cfg"
  if [ "$status" -ne 0 ] || [ ! -s "$image/lib/app/sitrep.aot" ]; then
    cat "$training/out.log" >&2
    sitrep_say "AOT training failed (exit $status); its output is above"
    return 1
  fi
  rm -rf "$training" "$saved"
}

# sitrep_finish_deb IN_DEB OUT_DEB LINUX_DIR ICONS_DIR EPOCH: what jpackage's .deb lacks, added to
# its tree: /usr/bin/sitrep (a symlink to the launcher, so headless commands are on PATH), the
# desktop entry and the icon at the usual sizes under /usr/share (dpkg's triggers refresh the menu
# and icon caches), every file at EPOCH so the AOT cache matches, and Installed-Size recounted.
sitrep_finish_deb() {
  local in=$1 out=$2 linux=$3 icons=$4 epoch=$5 tree size png
  tree=$(dirname "$out")/deb-tree
  rm -rf "$tree"
  dpkg-deb -R "$in" "$tree"
  mkdir -p "$tree/usr/bin" "$tree/usr/share/applications"
  # Relative, so it also works in a tree unpacked elsewhere (dpkg -x, packaging/smoke-test).
  ln -s ../../opt/sitrep/bin/sitrep "$tree/usr/bin/sitrep"
  cp "$linux/sitrep.desktop" "$tree/usr/share/applications/sitrep.desktop"
  for png in "$icons"/sitrep-*.png; do
    size=$(basename "$png" .png)
    size=${size#sitrep-}
    mkdir -p "$tree/usr/share/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$tree/usr/share/icons/hicolor/${size}x${size}/apps/sitrep.png"
  done
  # jpackage lists the libraries of the runtime's own native code; JavaFX's (inside the runtime's
  # modules file) need GTK 3 and OpenGL (the software renderer is the fallback without GL).
  sed -i 's/^Depends: \(.*[^ ]\) *$/Depends: \1, libgtk-3-0 | libgtk-3-0t64, libgl1/' "$tree/DEBIAN/control"
  size=$(du -sk --exclude=DEBIAN "$tree" | cut -f1)
  sed -i "s/^Installed-Size:.*/Installed-Size: $size/" "$tree/DEBIAN/control"
  sitrep_fix_mtimes "$tree" "$epoch"
  local build=(dpkg-deb)
  if [ "$(id -u)" -ne 0 ]; then build=(fakeroot dpkg-deb); fi
  # gzip, not dpkg-deb's default xz: a third of the time on two cores for a few MB more.
  "${build[@]}" -Zgzip --root-owner-group --build "$tree" "$out" >/dev/null
  rm -rf "$tree"
}
