# Finds a JDK >= 21: JAVA_HOME first, then /usr/lib/jvm/*, newest first. Prints its home.
openderm_jdk_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1
}
openderm_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    [[ -n "$candidate" && -x "$candidate/bin/javac" ]] || continue
    major="$(openderm_jdk_major "$candidate")"
    if [[ -n "$major" && "$major" -ge 21 ]]; then
      echo "$candidate"
      return 0
    fi
  done
  echo "OpenDerm needs a JDK 21 or newer (none found in JAVA_HOME or /usr/lib/jvm)." >&2
  return 1
}
