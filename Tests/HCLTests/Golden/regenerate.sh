#!/usr/bin/env bash
# Regenerate the golden corpus of the HCL formatter from terraform itself.
#
#   fmt/NNN-name.in.tf[vars]  -> fmt/NNN-name.out.tf[vars]
#       The .out file is what `terraform fmt x.tf` writes in FILE mode (stdin mode
#       would add a final newline). Each .out is also checked to be idempotent.
#   invalid/NNN-name.tf
#       Must still be rejected: exit code 2 and the file left byte-identical.
#       The first diagnostic must match invalid/NNN-name.expected
#       (`LINE:COL: Summary`). The column comes from `terraform validate -json`
#       (fmt's text output shows no column); `?` means terraform reported no range.
#   fmt-label-keep/ and fmt-safe/ are hand-made (see README.md) and are NEVER touched here.
#
# Usage:
#   ./regenerate.sh                   rewrite fmt/*.out.*, verify invalid/*
#   ./regenerate.sh --check           rewrite nothing; fail if any .out or .expected is stale
#   ./regenerate.sh --write-expected  also (re)write invalid/*.expected
#
# Environment: TERRAFORM (default: terraform). Needs bash, cmp, python3.
set -uo pipefail

mode=write
write_expected=0
for arg in "$@"; do
  case "$arg" in
    --check) mode=check ;;
    --write-expected) write_expected=1 ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg" >&2; exit 64 ;;
  esac
done

TF=${TERRAFORM:-terraform}
export TF_CLI_CONFIG_FILE=/dev/null
export CHECKPOINT_DISABLE=1
export TF_IN_AUTOMATION=1
cd "$(dirname "$0")" || exit 1
golden=$(pwd)

# Cases where terraform fmt itself is NOT idempotent (a second run changes the
# output again). They are recorded with the FIRST run's output; see README.md.
known_not_idempotent=" unwrap-nested-interpolation unwrap-leading-comment-inside-invalid-output label-escaped-dollar-percent-reescaped "

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
nfmt=0
ninv=0

# Run terraform fmt in file mode on a copy of $1 named x.<ext> inside a fresh
# directory. Sets $res (path of the formatted copy), $rc and $errfile.
run_fmt() {
  local src=$1 ext=$2
  rm -rf "$work/d"; mkdir "$work/d"
  cp "$src" "$work/d/x.$ext"
  res="$work/d/x.$ext"
  errfile="$work/err"
  (cd "$work/d" && "$TF" fmt -no-color -list=false "x.$ext" >/dev/null 2>"$errfile")
  rc=$?
}

# ---------------------------------------------------------------- fmt/
for in in fmt/*.in.*; do
  [ -e "$in" ] || continue
  ext=${in##*.in.}
  out=${in%.in.*}.out.$ext
  nfmt=$((nfmt + 1))
  run_fmt "$in" "$ext"
  if [ "$rc" -ne 0 ]; then
    echo "FAIL: terraform fmt rejected $in (exit $rc)"; sed 's/^/    /' "$errfile"; fail=1; continue
  fi
  if [ "$mode" = write ]; then
    cp "$res" "$out"
  elif ! cmp -s "$res" "$out"; then
    echo "STALE: $out differs from terraform fmt output"; fail=1
  fi
  # idempotence: formatting the output again must change nothing
  cp "$res" "$work/once"
  run_fmt "$work/once" "$ext"
  name=$(basename "$in"); name=${name#???-}; name=${name%.in.*}
  if [ "$rc" -ne 0 ] || ! cmp -s "$res" "$work/once"; then
    case "$known_not_idempotent" in
      *" $name "*) ;;
      *) echo "NOT IDEMPOTENT: $in"; fail=1 ;;
    esac
  else
    case "$known_not_idempotent" in
      *" $name "*) echo "NOW IDEMPOTENT (update the list): $in"; fail=1 ;;
    esac
  fi
done

# ---------------------------------------------------------------- invalid/
# first_diag ERRFILE VALIDATE_JSON -> prints "LINE:COL: Summary"
first_diag() {
  python3 - "$1" "$2" <<'PY'
import json, re, sys
err = open(sys.argv[1], encoding="utf-8", errors="replace").read().splitlines()
summary, line = None, None
for l in err:
    m = re.match(r"^Error: (.*)$", l)
    if m:
        if summary is not None:
            break
        summary = m.group(1).strip()
        continue
    if summary is not None and line is None:
        m = re.match(r"^\s*on x\.tf line (\d+)", l)
        if m:
            line = int(m.group(1))
col = "?"
try:
    diags = json.load(open(sys.argv[2])).get("diagnostics", [])
except Exception:
    diags = []
for d in diags:
    r = d.get("range")
    if d.get("summary") == summary and r and r.get("filename") == "x.tf" \
            and (line is None or r["start"]["line"] == line):
        col = str(r["start"]["column"])
        if line is None:
            line = r["start"]["line"]
        break
print(f"{line if line is not None else '?'}:{col}: {summary}")
PY
}

for inv in invalid/*.tf; do
  [ -e "$inv" ] || continue
  ninv=$((ninv + 1))
  run_fmt "$inv" tf
  if [ "$rc" -ne 2 ]; then
    echo "FAIL: $inv: expected exit 2, got $rc"; fail=1; continue
  fi
  if ! cmp -s "$inv" "$res"; then
    echo "FAIL: $inv: file was modified although fmt failed"; fail=1
  fi
  (cd "$work/d" && "$TF" validate -json -no-color >"$work/validate.json" 2>/dev/null)
  got=$(first_diag "$errfile" "$work/validate.json")
  exp=${inv%.tf}.expected
  if [ "$write_expected" = 1 ] && [ "$mode" = write ]; then
    printf '%s\n' "$got" >"$exp"
  elif [ ! -f "$exp" ]; then
    echo "MISSING: $exp (got: $got)"; fail=1
  elif [ "$(cat "$exp")" != "$got" ]; then
    echo "MISMATCH: $inv: expected '$(cat "$exp")', terraform says '$got'"; fail=1
  fi
done

echo "fmt cases: $nfmt, invalid cases: $ninv (fmt-label-keep untouched)"
if [ "$fail" -ne 0 ]; then echo "FAILED"; exit 1; fi
echo "OK"
