#!/usr/bin/env bash
# Rewrites the help pages embedded in docs/reference.md from the current build.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product wbscaffold >/dev/null
python3 - "$(swift build --show-bin-path)/wbscaffold" <<'PY'
import os, re, subprocess, sys
binary = sys.argv[1]
env = dict(os.environ, NO_COLOR="1", COLUMNS="100")
path = "docs/reference.md"
text = open(path).read()
for command in ["", "init", "check", "upgrade", "fmt"]:
    title = "## wbscaffold" + (" " + command if command else "")
    args = [binary] + ([command] if command else []) + ["--help"]
    help_text = subprocess.run(args, env=env, capture_output=True, text=True, check=True).stdout
    pattern = re.compile(re.escape(title) + r"\n\n```text\n.*?```", re.S)
    text = pattern.sub(lambda _: title + "\n\n```text\n" + help_text + "```", text, count=1)
open(path, "w").write(text)
PY
