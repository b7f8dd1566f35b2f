#!/usr/bin/env bash
# Time `wbscaffold check` on one large Terraform directory: a generated W&B
# configuration plus hundreds of extra .tf files (variables, locals, resources,
# module calls), so every check runs over thousands of declarations.
#
#   Tests/Benchmarks/check-benchmark.sh [--files N] [--runs R]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
files=400
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --files) files="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: $0 [--files N] [--runs R]" >&2; exit 64 ;;
  esac
done
swift build -c release --product wbscaffold >/dev/null
wb="$root/.build/release/wbscaffold"
dir="$root/Tests/Benchmarks/out/check-$files"
rm -rf "$dir" && mkdir -p "$dir"
"$wb" init "$dir" --non-interactive --blueprint aws-v2 --namespace bench --domain-name example.com \
  --subdomain wandb --zone-id Z0123456789ABCDEFGHIJ --region us-east-1 --allowed-cidr 10.0.0.0/8 \
  --wandb-version 0.58.1 --license-file <(echo BENCH-LICENSE) >/dev/null
python3 - "$dir" "$files" <<'PY'
import sys, random
d, n = sys.argv[1], int(sys.argv[2])
rng = random.Random(42)
tfvars = []
for i in range(n):
    lines = []
    for j in range(8):
        name = f"v_{i}_{j}"
        kind = rng.choice(["string", "number", "bool", "list(string)", "map(string)"])
        lines.append(f'variable "{name}" {{\n  type        = {kind}\n  description = "generated {i}/{j}"\n}}\n')
        value = {"string": '"x"', "number": str(rng.randint(0, 99)), "bool": "true",
                 "list(string)": '["a", "b"]', "map(string)": '{ k = "v" }'}[kind]
        tfvars.append(f"{name} = {value}")
    lines.append(f'locals {{\n  l_{i} = [for v in [var.v_{i}_0, var.v_{i}_1] : v]\n}}\n')
    lines.append(f'resource "aws_s3_object" "o_{i}" {{\n  bucket = module.wandb_infra.bucket_name\n  key    = "k-{i}"\n  tags   = {{ n = var.v_{i}_2 }}\n}}\n')
    if i % 50 == 0:
        lines.append(f'module "extra_{i}" {{\n  source  = "wandb/wandb/aws"\n  version = "~> 2.0"\n  namespace = var.v_{i}_3\n  domain_name = "d"\n  zone_id = "Z"\n  allowed_inbound_cidr = []\n  allowed_inbound_ipv6_cidr = []\n  eks_cluster_version = "1.28"\n}}\n')
    open(f"{d}/gen_{i:04d}.tf", "w").write("\n".join(lines))
open(f"{d}/generated.auto.tfvars", "w").write("\n".join(tfvars) + "\n")
PY
count=$(ls "$dir" | wc -l)
bytes=$(cat "$dir"/* | wc -c)
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s.%N)
  "$wb" check "$dir" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  times+=("$(echo "$end - $start" | bc)")
done
median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
"$wb" check "$dir" | tail -1 || true
printf 'wbscaffold check: %d files, %.1f MB, median of %d runs: %.3f s\n' "$count" "$(echo "$bytes/1000000" | bc -l)" "$runs" "$median"
