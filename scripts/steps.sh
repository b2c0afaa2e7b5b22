# Plain step-by-step output for scripts/run, scripts/test and scripts/package; sourced, not run.
# Each step prints one line when it starts and one when it ends; the tools' own output goes to
# a log file, and a failing step shows the lines that explain it (compiler errors, CMake errors)
# with the log's path instead of the whole log.

STEPS_TOTAL=0
STEP_INDEX=0
STEP_NAME=""
STEP_STARTED=0

steps_begin() { STEPS_TOTAL="$1"; STEP_INDEX=0; }

elapsed_since() {
  local seconds=$(( $(date +%s) - $1 ))
  if [ "$seconds" -ge 60 ]; then printf '%dm%02ds' $((seconds / 60)) $((seconds % 60)); else printf '%ds' "$seconds"; fi
}

step() {
  STEP_INDEX=$((STEP_INDEX + 1))
  STEP_NAME="$1"
  STEP_STARTED=$(date +%s)
  printf '[%d/%d] %s\n' "$STEP_INDEX" "$STEPS_TOTAL" "$STEP_NAME"
}

step_done() { printf '      done in %s%s\n' "$(elapsed_since "$STEP_STARTED")" "${1:+: $1}"; }

# step_fail LOG WHY [ADVICE]: names the step and the cause, shows the telling lines of LOG.
step_fail() {
  local log="$1" why="$2" advice="${3:-}"
  printf '\nStep %d/%d failed (%s): %s\n' "$STEP_INDEX" "$STEPS_TOTAL" "$STEP_NAME" "$why" >&2
  if [ -n "$log" ] && [ -f "$log" ]; then
    local telling
    telling="$(grep -E -m 25 '(error|Error|ERROR|FAILED|CMake Error|No such file|not found|undefined reference)' "$log" || true)"
    if [ -n "$telling" ]; then
      printf '%s\n' "$telling" | sed 's/^/  | /' >&2
    else
      tail -n 25 "$log" | sed 's/^/  | /' >&2
    fi
    printf 'Full log: %s\n' "$log" >&2
  fi
  [ -n "$advice" ] && printf '%s\n' "$advice" >&2
  exit 1
}

# run_logged LOG COMMAND...: runs COMMAND with its output in LOG; returns its exit code.
run_logged() {
  local log="$1"; shift
  "$@" >>"$log" 2>&1
}

# build_with_progress LOG BUILD_DIR [ninja args...]: ninja with its output in LOG and a short
# progress line (rewritten in place on a terminal, every 10 % otherwise).
build_with_progress() {
  local log="$1" dir="$2"; shift 2
  local status=0
  local tty=0
  [ -t 1 ] && tty=1
  set +e
  NINJA_STATUS='@@ %f/%t ' cmake --build "$dir" -- "$@" 2>&1 | tee -a "$log" | awk -v tty="$tty" '
    /^@@ [0-9]+\/[0-9]+ / {
      split($2, p, "/"); done = p[1]; total = p[2];
      pct = total > 0 ? int(100 * done / total) : 100;
      if (tty) { printf "\r      %d/%d build steps (%d%%)", done, total, pct; fflush(); }
      else if (pct >= mark) { printf "      %d/%d build steps (%d%%)\n", done, total, pct; fflush(); mark = pct + 10; }
      last = 1;
    }
    END { if (tty && last) printf "\n"; }'
  status=${PIPESTATUS[0]}
  set -e
  return "$status"
}

# Warnings the compiler printed for the project's own files (not system headers' notes).
count_warnings() { grep -c -E '^[^ ].*: warning: ' "$1" || true; }
