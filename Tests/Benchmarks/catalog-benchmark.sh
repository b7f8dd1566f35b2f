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
runs=21
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: $0 [--runs R]" >&2; exit 64 ;;
  esac
done
swift build -c release --product wbscaffold >/dev/null
wb="$root/.build/release/wbscaffold"
dir="$root/Tests/Benchmarks/out/catalog"
rm -rf "$dir" && mkdir -p "$dir"
cat >"$dir/main.tf" <<'TF'
module "wandb" {
  source    = "wandb/wandb/google"
  version   = "~> 10.0"
  namespace = "bench"
  license   = "l"
}
TF
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
printf '%-44s %s\n' "wbscaffold check (catalogue + one release)" "$(time_ms "$wb" check "$dir")"
