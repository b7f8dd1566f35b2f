#!/usr/bin/env bash
# The module catalogue's cost: its size in the repository and in the release
# binary, and the time `wbscaffold check` takes on a directory with one W&B module
# call (which decodes that module's catalogue file alone and builds the interface
# of the resolved release) beside `wbscaffold fmt --check` on the same directory (the same
# process start, no catalogue). Without the catalogue, the interface of a
# release is what `terraform init` downloads.
#
#   Tests/Benchmarks/catalog-benchmark.sh [--runs R]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
runs=51
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: $0 [--runs R]" >&2; exit 64 ;;
  esac
done
swift build -c release --product wbscaffold >/dev/null
wb="$root/.build/release/wbscaffold"
out="$root/Tests/Benchmarks/out/catalog"
rm -rf "$out" && mkdir -p "$out"
# One directory per module call; `local` calls a module the catalogue does not
# hold, so its check does everything but decode a catalogue file.
call() {
  mkdir -p "$out/$1"
  cat >"$out/$1/main.tf" <<TF
module "wandb" {
  source    = "$2"
  version   = "$3"
  namespace = "bench"
  license   = "l"
}
TF
}
call google wandb/wandb/google "~> 10.0"
call aws wandb/wandb/aws "~> 8.0"
call local example/other/aws "~> 1.0"
dir="$out/google"
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
time_ms() {
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    echo $(((end - start) / 1000))
  done | median | awk '{ printf "%.1f ms", $1 / 1000 }'
}
json=$(cat Blueprints/catalog/*.json | wc -c)
modules=$(python3 -c "
import json, sys
for path in sys.argv[1:]:
    for k, m in json.load(open(path))['modules'].items():
        print(f\"{k.split('/')[-1]}:{len(m['releases'])}\", end=' ')" Blueprints/catalog/*.json)
binary=$(wc -c <"$wb")
printf '%-44s %s\n' "catalogue JSON (releases per module)" "$json bytes (${modules% })"
printf '%-44s %s\n' "release binary (catalogue embedded)" "$binary bytes"
printf '%-44s %s\n' "wbscaffold fmt --check (no catalogue)" "$(time_ms "$wb" fmt --check "$dir")"

printf '%-44s %s\n' "wbscaffold check, a module not catalogued" "$(time_ms "$wb" check "$out/local")"
printf '%-44s %s\n' "wbscaffold check, wandb/wandb/google" "$(time_ms "$wb" check "$out/google")"
printf '%-44s %s\n' "wbscaffold check, wandb/wandb/aws" "$(time_ms "$wb" check "$out/aws")"
