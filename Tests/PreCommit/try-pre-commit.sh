#!/usr/bin/env bash
# Runs this repository's .pre-commit-hooks.yaml with pre-commit itself, on a
# scratch git repository: wbscaffold-fmt must rewrite an unformatted file (and
# so fail the commit), wbscaffold-check must fail on an undeclared variable and
# pass once it is fixed. Slow (pre-commit builds wbscaffold in release mode) and
# needs network for `pip install pre-commit`; CI does not run it.
#
#   Tests/PreCommit/try-pre-commit.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet pre-commit
export PATH="$work/venv/bin:$PATH"
export PRE_COMMIT_HOME="$work/cache"
repo="$work/repo"
mkdir -p "$repo/infra" && cd "$repo" && git init --quiet
printf 'variable "region" {\ntype = string\n}\n\noutput "region" {\n  value = var.regoin\n}\n' >infra/main.tf
printf 'region = "us-east-1"\n' >infra/terraform.tfvars
git add -A
fail() { echo "FAIL: $*" >&2; exit 1; }
# try-repo runs the hooks of a repository at its HEAD (commit your changes first).
if pre-commit try-repo "$root" wbscaffold-fmt --files infra/main.tf infra/terraform.tfvars; then
  fail "wbscaffold-fmt passed on an unformatted file"
fi
grep -q '^  type = string$' infra/main.tf || fail "wbscaffold-fmt did not format infra/main.tf"
echo "ok: wbscaffold-fmt formatted infra/main.tf and failed the hook"
if pre-commit try-repo "$root" wbscaffold-check --files infra/main.tf infra/terraform.tfvars; then
  fail "wbscaffold-check passed with an undeclared variable"
fi
echo "ok: wbscaffold-check failed on var.regoin"
sed -i.bak 's/var.regoin/var.region/' infra/main.tf && rm infra/main.tf.bak
pre-commit try-repo "$root" wbscaffold-check --files infra/main.tf infra/terraform.tfvars || fail "wbscaffold-check failed on a clean directory"
echo "ok: wbscaffold-check passed once fixed"
