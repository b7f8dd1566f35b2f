#!/usr/bin/env bash
# Speed and memory of `wbscaffold fmt` next to `terraform fmt`, on the same
# generated files, with a byte-for-byte comparison of their outputs.
#
#   Tests/Benchmarks/fmt-benchmark.sh [--blocks N[,N...]] [--runs R]
#
# Needs: a release build (built here), python3, GNU time (/usr/bin/time),
# terraform on PATH; the generator is Tests/Benchmarks/gen_large_tf.py (or set GEN=).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
blocks="2500,50000"
runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --blocks) blocks="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: $0 [--blocks N[,N...]] [--runs R]" >&2; exit 64 ;;
  esac
done
gen=${GEN:-$root/Tests/Benchmarks/gen_large_tf.py}
[ -f "$gen" ] || { echo "generator not found: $gen (set GEN=path/to/gen_large_tf.py)" >&2; exit 1; }
command -v terraform >/dev/null || { echo "terraform is not on PATH" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time (/usr/bin/time) is required: apt-get install time" >&2; exit 1; }

swift build -c release --product wbscaffold >/dev/null
wb="$root/.build/release/wbscaffold"
out="$root/Tests/Benchmarks/out"
mkdir -p "$out"
export TF_CLI_CONFIG_FILE=/dev/null CHECKPOINT_DISABLE=1

# Median of the numbers on stdin.
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# run TOOL-LABEL CMD...: prints "seconds peak_kib" medians over $runs runs (stdin = input file).
measure() {
  local input=$1; shift
  local times=() mems=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" < "$input" > "$out/result.tf"
    read -r t m < "$out/time.txt"
    times+=("$t"); mems+=("$m")
  done
  echo "$(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${mems[@]}" | median)"
}

printf '%-10s %10s | %-10s %9s %10s %11s | %-10s %9s %10s %11s | %s\n' \
  blocks "MB" "tool" "seconds" "MB/s" "peak MiB" "tool" "seconds" "MB/s" "peak MiB" "speed, memory"
for n in ${blocks//,/ }; do
  input="$out/large-$n.tf"
  [ -f "$input" ] || python3 "$gen" --blocks "$n" --seed 42 --out "$input"
  bytes=$(stat -c %s "$input")
  read -r tf_s tf_k < <(measure "$input" terraform fmt -)
  cp "$out/result.tf" "$out/terraform-$n.tf"
  read -r wb_s wb_k < <(measure "$input" "$wb" fmt -)
  cp "$out/result.tf" "$out/wbscaffold-$n.tf"
  if cmp -s "$out/terraform-$n.tf" "$out/wbscaffold-$n.tf"; then same="identical"; else same="OUTPUT DIFFERS"; fi
  awk -v n="$n" -v b="$bytes" -v ts="$tf_s" -v tk="$tf_k" -v ws="$wb_s" -v wk="$wb_k" -v same="$same" 'BEGIN {
    mb = b / 1e6
    printf "%-10s %10.2f | %-10s %9.2f %10.2f %11.1f | %-10s %9.2f %10.2f %11.1f | %.1fx faster, %.1fx less memory, %s\n",
      n, mb, "terraform", ts, mb / (ts > 0 ? ts : 0.001), tk / 1024, "wbscaffold", ws, mb / (ws > 0 ? ws : 0.001), wk / 1024,
      ts / (ws > 0 ? ws : 0.001), tk / (wk > 0 ? wk : 1), same }'
  [ "$same" = identical ] || exit 1
done
