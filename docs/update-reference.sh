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
# Every subcommand the top-level help lists (its SUBCOMMANDS section), so a new
# command gets its section, appended at the end, without editing this script.
top = subprocess.run([binary, "--help"], env=env, capture_output=True, text=True, check=True).stdout
listed = top.split("SUBCOMMANDS:\n", 1)[1].split("\n\n", 1)[0] if "SUBCOMMANDS:\n" in top else ""
commands = [""] + [line.split()[0] for line in listed.splitlines() if re.match(r"  \S", line)]
for command in commands:
    title = "## wbscaffold" + (" " + command if command else "")
    args = [binary] + ([command] if command else []) + ["--help"]
    help_text = subprocess.run(args, env=env, capture_output=True, text=True, check=True).stdout
    block = title + "\n\n```text\n" + help_text + "```"
    pattern = re.compile(re.escape(title) + r"\n\n```text\n.*?```", re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: block, text, count=1)
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
open(path, "w").write(text)
PY
