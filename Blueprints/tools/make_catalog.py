#!/usr/bin/env python3
"""Build the module catalogue, Blueprints/catalog/<module>.json, from the W&B modules' git history.

For every release tag of each module repository it reads the root `*.tf` files
and records each `variable` (type, default, nullable, sensitive, whether it has
validation rules), each `output` (sensitive or not), `required_version` and
`required_providers`. Each input or output is stored once, as spans of releases
over which it did not change (catalogue format 2). Nothing is taken from the
modules but these interface facts; the hand-curated knowledge (traps, output
traps, one-line input summaries in input_summaries.json) lives beside this file.
The output is deterministic: regenerating with no new tag changes nothing. Each
module gets a file of its own, so `wbscaffold check` decodes only the modules a
directory calls.

Usage:
  python3 Blueprints/tools/make_catalog.py --mirrors DIR     # DIR/wandb+terraform-aws-wandb/repo, ...
  python3 Blueprints/tools/make_catalog.py --repo wandb/wandb/aws=PATH ...  # clones, one per module
  python3 Blueprints/tools/make_catalog.py --mirrors DIR --check   # exit 1 if the JSON is stale
"""

import argparse
import json
import os
import re
import subprocess
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_OUTPUT = os.path.join(REPO_ROOT, "Blueprints", "catalog")
SUMMARIES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "input_summaries.json")

# registry source -> repository name on GitHub (wandb/<name>)
MODULES = {
    "wandb/wandb/aws": "terraform-aws-wandb",
    "wandb/wandb/kubernetes": "terraform-kubernetes-wandb",
    "wandb/wandb/google": "terraform-google-wandb",
    "wandb/wandb/azurerm": "terraform-azurerm-wandb",
    "wandb/wandb/helm": "terraform-helm-wandb",
}

VERSION = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$")

ALL = None  # a trap without a constraint applies to every release

OPERATOR_ERA = (
    "on 2.x set it on the wandb/wandb/kubernetes module, on >= 4.0 the operator "
    "manages the version (W&B System Console)"
)

# (argument, version constraint or ALL, condition, message)
# condition "present": any use of the argument is wrong;
# condition "non_empty": only a value other than an empty list/map/string is wrong.
TRAPS = {
    "wandb/wandb/aws": [
        ("create_elasticache_subnet", ALL, "present",
         "not an input of any release; use create_elasticache"),
        ("wandb_version", ALL, "present",
         "not an input of the aws module; " + OPERATOR_ERA),
        ("wandb_image", ALL, "present",
         "not an input of the aws module; " + OPERATOR_ERA),
        ("wandb_license", ALL, "present",
         "the aws module input is `license` (>= 4.0); on 2.x the license goes to "
         "the kubernetes module"),
        ("license", "< 4.0.0", "present",
         "not an input of the aws module before 4.0; it goes to the kubernetes "
         "module on 2.x/3.x (module \"wandb_app\")"),
        ("other_wandb_env", "< 4.0.0", "present",
         "added to the aws module in 4.0.0; on 2.x/3.x set other_wandb_env on the "
         "kubernetes module"),
        ("size", "< 4.3.0", "present",
         "added in 4.3.0 (t-shirt size presets); not an input of earlier releases"),
        ("kubernetes_node_count", ">= 5.0.0", "present",
         "removed in 5.0.0; use kubernetes_min_nodes_per_az / "
         "kubernetes_max_nodes_per_az (or size)"),
        ("enable_dummy_dns", ">= 5.0.0", "present", "removed in 5.0.0"),
        ("enable_operator_alb", ">= 5.0.0", "present", "removed in 5.0.0"),
        ("ssl_policy", ">= 5.1.0", "present", "removed in 5.1.0"),
        ("network_public_subnets", ">= 5.1.0", "present",
         "removed in 5.1.0 (the module creates or discovers public subnets itself)"),
        ("database_binlog_format", ">= 5.1.0", "present", "removed in 5.1.0"),
        ("database_innodb_lru_scan_depth", ">= 5.1.0", "present", "removed in 5.1.0"),
        ("app_wandb_env", ">= 5.1.0", "present",
         "removed in 5.1.0; use other_wandb_env"),
        ("create_bucket", ">= 7.0.0", "present",
         "removed in 7.0.0: a default bucket is always created (applying an older "
         "version afterwards may delete the bucket)"),
        ("kubernetes_map_accounts", ">= 8.0.0", "non_empty",
         "must be [] on 8.x (kept only as a tripwire; aws-auth mapAccounts is gone, "
         "use kubernetes_map_roles / kubernetes_map_users)"),
        ("kubernetes_legacy_cluster_creator_admin", "< 8.0.0", "present",
         "added in 8.0.0; not an input of earlier releases"),
    ],
    "wandb/wandb/google": [
        ("wandb_license", ALL, "present", "the google module input is `license`"),
        ("project_id", ALL, "present",
         "not an input of the google module; the project comes from the google and "
         "google-beta provider blocks"),
        ("region", ALL, "present",
         "not an input of the google module; the region comes from the google and "
         "google-beta provider blocks"),
        ("gke_node_count", ">= 6.0.0", "present",
         "removed in 6.0.0; use gke_min_node_count / gke_max_node_count (or size)"),
    ],
    "wandb/wandb/kubernetes": [
        ("wandb_license", ALL, "present", "the kubernetes module input is `license`"),
        ("ocid_issuer", ">= 1.0.1", "present", "renamed to oidc_issuer in 1.0.1"),
    ],
}

# (output, version constraint or ALL, message): outputs people still read after
# a release removed or renamed them; `module.NAME.output` then fails the plan
# with "Unsupported attribute". Checked against the studied interfaces like traps.
OUTPUT_TRAPS = {
    "wandb/wandb/aws": [
        ("cluster_id", ">= 5.0.0", "renamed cluster_name in 5.0.0"),
        ("internal_app_port", ">= 5.0.0", "removed in 5.0.0 (the operator serves the app; a 2.x app module read it as service_port)"),
        ("eks_node_count", ">= 5.0.0", "removed in 5.0.0 (autoscaling: see kubernetes_min_nodes_per_az / kubernetes_max_nodes_per_az)"),
    ],
}

# Providers a module needs without declaring them: wandb/wandb/helm has no
# required_providers, but its helm_release blocks use `set {}` blocks, which
# the helm provider 3.x no longer accepts. Recorded for every release that does
# not declare the provider itself, so a root helm "~> 3.0" is refused as for
# the modules that pin it.
IMPLIED_PROVIDERS = {
    "wandb/wandb/helm": {"helm": {"source": "hashicorp/helm", "version": "< 3.0.0"}},
}


def fail(message):
    sys.exit("make_catalog: " + message)


def version_key(text):
    m = VERSION.match(text)
    pre = m.group(4)
    # A pre-release sorts before its release; identifiers compare numerically when numeric.
    pre_key = () if pre is None else tuple(
        (0, int(p), "") if p.isdigit() else (1, 0, p) for p in pre.split("."))
    return (int(m.group(1)), int(m.group(2)), int(m.group(3)), 0 if pre else 1, pre_key)


# --- A small HCL reader: enough to find blocks and attributes and keep their text ---

def _skip_string(s, i):
    """s[i] is '"'; returns the index after the closing quote."""
    i += 1
    while i < len(s):
        c = s[i]
        if c == "\\":
            i += 2
            continue
        if c == '"':
            return i + 1
        if c in "$%" and s.startswith("{", i + 1) and not s.startswith(c * 2, i - 1):
            i = _skip_template(s, i + 2)
            continue
        i += 1
    fail("unterminated string")


def _skip_template(s, i):
    """After `${`: returns the index after the matching `}`."""
    depth = 1
    while i < len(s):
        c = s[i]
        if c == '"':
            i = _skip_string(s, i)
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    fail("unterminated template")


def _skip_heredoc(s, i):
    """s[i:] starts with `<<`; returns the index after the closing marker line."""
    m = re.match(r"<<-?([A-Za-z_][A-Za-z0-9_]*)[ \t]*\r?\n", s[i:])
    if not m:
        return i + 2
    marker = m.group(1)
    j = i + m.end()
    for line in re.finditer(r"[^\n]*\n?", s[j:]):
        if line.group(0).strip() == marker:
            return j + line.start() + len(line.group(0).rstrip("\n"))  # the newline ends the expression
    fail("unterminated heredoc " + marker)


def _skip_space(s, i, newlines=True):
    while i < len(s):
        if s[i] in " \t\r" or (newlines and s[i] == "\n"):
            i += 1
        elif s.startswith("#", i) or s.startswith("//", i):
            while i < len(s) and s[i] != "\n":
                i += 1
        elif s.startswith("/*", i):
            end = s.find("*/", i + 2)
            i = len(s) if end < 0 else end + 2
        else:
            break
    return i


def _expression_end(s, i):
    """The end of the expression starting at i: a newline at depth 0, or an
    unbalanced closing bracket (a one-line block's `}`)."""
    depth = 0
    while i < len(s):
        c = s[i]
        if c == '"':
            i = _skip_string(s, i)
            continue
        if s.startswith("<<", i):
            i = _skip_heredoc(s, i)
            continue
        if c == "#" or s.startswith("//", i) or s.startswith("/*", i):
            j = _skip_space(s, i, newlines=False)
            if j == i:
                j = i + 1
            i = j
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                return i
            depth -= 1
        elif c == "\n" and depth == 0:
            return i
        i += 1
    return i


IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


def parse_body(s, i=0, closing=False):
    """Items of a body: ("attr", name, text) and ("block", type, labels, items)."""
    items = []
    while True:
        i = _skip_space(s, i)
        if i >= len(s):
            if closing:
                fail("unterminated block")
            return items, i
        if s[i] == "}":
            if not closing:
                fail("unexpected }")
            return items, i + 1
        m = IDENT.match(s, i)
        if not m:
            fail("unexpected %r" % s[i:i + 20])
        name = m.group(0)
        i = _skip_space(s, m.end(), newlines=False)
        if s.startswith("=", i) and not s.startswith("==", i):
            start = _skip_space(s, i + 1, newlines=False)
            end = _expression_end(s, start)
            items.append(("attr", name, s[start:end].strip()))
            i = end
            continue
        labels = []
        while i < len(s) and s[i] != "{":
            if s[i] == '"':
                end = _skip_string(s, i)
                labels.append(s[i + 1:end - 1])
                i = end
            else:
                m = IDENT.match(s, i)
                if not m:
                    fail("unexpected %r after %s" % (s[i:i + 20], name))
                labels.append(m.group(0))
                i = m.end()
            i = _skip_space(s, i, newlines=False)
        body, i = parse_body(s, i + 1, closing=True)
        items.append(("block", name, labels, body))


def _attr(items, name):
    for item in items:
        if item[0] == "attr" and item[1] == name:
            return item[2]
    return None


def _blocks(items, kind):
    return [item for item in items if item[0] == "block" and item[1] == kind]


def _text(raw):
    """An expression's text on one line, as a one-line HCL expression: comments
    dropped, lines joined (with a comma between two items), whitespace collapsed."""
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in _uncommented(raw).split("\n")]
    out = ""
    for line in (l for l in lines if l):
        if not out or out.endswith(("{", "[", "(")) or line.startswith(("}", "]", ")")):
            out += line
        elif out.endswith(","):
            out += " " + line
        else:
            out += ", " + line
    return out


def _uncommented(raw):
    """`raw` without comments (strings kept as they are)."""
    out, i = [], 0
    while i < len(raw):
        if raw[i] == '"':
            end = _skip_string(raw, i)
            out.append(raw[i:end])
            i = end
        elif raw[i] == "#" or raw.startswith("//", i) or raw.startswith("/*", i):
            j = _skip_space(raw, i, newlines=False)
            i = j if j > i else i + 1
            out.append(" ")
        else:
            out.append(raw[i])
            i += 1
    return "".join(out)


def _string(raw):
    m = re.fullmatch(r'"((?:[^"\\]|\\.)*)"', (raw or "").strip())
    return m.group(1) if m else None


def interface(files):
    """The interface of one release from its root .tf files (name -> text)."""
    inputs, outputs, required_version, providers = [], [], "", {}
    for name in sorted(files):
        items, _ = parse_body(files[name])
        for _, _, labels, body in _blocks(items, "variable"):
            default = _attr(body, "default")
            entry = {"name": labels[0], "type": _text(_attr(body, "type") or "any")}
            if default is not None:
                entry["default"] = _text(default)
            if _attr(body, "nullable") in ("true", "false"):
                entry["nullable"] = _attr(body, "nullable") == "true"
            if _attr(body, "sensitive") == "true":
                entry["sensitive"] = True
            if _blocks(body, "validation"):
                entry["validated"] = True
            inputs.append(entry)
        for _, _, labels, body in _blocks(items, "output"):
            entry = {"name": labels[0]}
            if _attr(body, "sensitive") == "true":
                entry["sensitive"] = True
            outputs.append(entry)
        for _, _, _, body in _blocks(items, "terraform"):
            required_version = _string(_attr(body, "required_version")) or required_version
            for _, _, _, listed in _blocks(body, "required_providers"):
                for item in listed:
                    if item[0] != "attr":
                        continue
                    plain = _string(item[2])
                    if plain is not None:
                        providers[item[1]] = {"source": "hashicorp/" + item[1], "version": plain}
                        continue
                    source = re.search(r'source\s*=\s*"([^"]*)"', item[2])
                    version = re.search(r'version\s*=\s*"([^"]*)"', item[2])
                    providers[item[1]] = {
                        "source": source.group(1) if source else "hashicorp/" + item[1],
                        "version": version.group(1) if version else ""}
    return {"inputs": inputs, "outputs": outputs, "required_version": required_version, "providers": providers}


# --- Reading a repository ---

def git(repo, *args):
    return subprocess.run(["git", "-C", repo] + list(args), check=True, capture_output=True).stdout.decode("utf-8", "replace")


def releases(repo):
    tags = [t for t in git(repo, "tag", "--list").split() if VERSION.match(t)]
    return sorted(tags, key=version_key)


def read_release(repo, tag):
    names = [n for n in git(repo, "ls-tree", "--name-only", tag).split("\n") if n.endswith(".tf")]
    return interface({n: git(repo, "show", "%s:%s" % (tag, n)) for n in names})


def _spans(versions, facts):
    out, last = [], None
    for index, (version, fact) in enumerate(zip(versions, facts)):
        if fact is not None and out and out[-1]["fact"] == fact and last == index - 1:
            out[-1]["to"] = version
        elif fact is not None:
            out.append({"from": version, "to": version, "fact": fact})
        if fact is not None:
            last = index
    return out


def _span_list(versions, facts):
    """The spans of JSON-encoded object facts, each object with its "versions" span."""
    return [dict(json.loads(s["fact"]), versions=s["from"] + " - " + s["to"]) for s in _spans(versions, facts)]


def build_module(source, repo, summaries):
    tags = releases(repo)
    if not tags:
        fail("%s has no release tags" % repo)
    versions = [t.lstrip("v") for t in tags]
    per_release = [read_release(repo, t) for t in tags]
    for release in per_release:
        for name, requirement in IMPLIED_PROVIDERS.get(source, {}).items():
            release["providers"].setdefault(name, requirement)

    def named(kind):
        order, seen = [], set()
        for release in per_release:
            for entry in release[kind]:
                if entry["name"] not in seen:
                    seen.add(entry["name"])
                    order.append(entry["name"])
        table = []
        for name in order:
            facts = []
            for release in per_release:
                found = [e for e in release[kind] if e["name"] == name]
                facts.append(None if not found else json.dumps({k: v for k, v in found[-1].items() if k != "name"}, sort_keys=True))
            table.append({"name": name, "spans": _span_list(versions, facts)})
        return table

    provider_names = sorted({p for r in per_release for p in r["providers"]})
    providers = {
        p: _span_list(versions, [json.dumps(r["providers"][p], sort_keys=True) if p in r["providers"] else None
                                 for r in per_release])
        for p in provider_names}
    module = {
        "releases": versions,
        "input_summaries": dict(sorted(summaries.get(source, {}).items())),
        "inputs": named("inputs"),
        "outputs": named("outputs"),
        "required_version": _span_list(versions, [json.dumps({"constraint": r["required_version"]}) for r in per_release]),
        "providers": providers,
    }
    return module, dict(zip(versions, per_release))


def _clause_holds(version, clause):
    op, bound = clause.split()
    if op not in ("<", "<=", ">", ">=", "="):
        fail("trap constraints use <, <=, >, >= and = only, not %r" % clause)
    a, b = version_key(version), version_key(bound)
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b, "=": a == b}[op]


def _applies(version, constraint):
    return constraint is None or all(_clause_holds(version, c) for c in constraint.split(", "))


def check_traps(source, interfaces, traps, output_traps):
    for argument, constraint, condition, _ in traps:
        for version, interface in interfaces.items():
            declared = any(i["name"] == argument for i in interface["inputs"])
            if _applies(version, constraint) and declared and condition == "present":
                fail("trap %s on %s contradicts %s, which declares it" % (argument, source, version))
            if condition == "non_empty" and _applies(version, constraint) and not declared:
                fail("trap %s on %s %s names an undeclared input" % (argument, source, version))
    for output, constraint, _ in output_traps:
        for version, interface in interfaces.items():
            if _applies(version, constraint) and any(o["name"] == output for o in interface["outputs"]):
                fail("output trap %s on %s contradicts %s, which declares it" % (output, source, version))


def build(repos):
    with open(SUMMARIES, encoding="utf-8") as f:
        summaries = json.load(f)
    modules = {}
    for source in MODULES:
        if source not in repos:
            fail("no repository given for %s" % source)
        module, interfaces = build_module(source, repos[source], summaries)
        traps, output_traps = TRAPS.get(source, []), OUTPUT_TRAPS.get(source, [])
        check_traps(source, interfaces, traps, output_traps)
        module["traps"] = [{"argument": a, "constraint": c, "condition": cond, "message": m}
                           for a, c, cond, m in traps]
        if output_traps:
            module["output_traps"] = [{"argument": o, "constraint": c, "condition": "present", "message": m}
                                      for o, c, m in output_traps]
        modules[source] = module
    return {"format": 2, "generated_by": "Blueprints/tools/make_catalog.py from the modules' release tags",
            "modules": modules}


def render(value, indent=0):
    """JSON with one span per line, so a new release shows as a small diff."""
    pad, inner = "  " * indent, "  " * (indent + 1)
    if isinstance(value, dict):
        if value and all(not isinstance(v, (dict, list)) for v in value.values()) and len(value) <= 8 \
                and not all(isinstance(v, str) for v in value.values()) or (value and "versions" in value):
            return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
        parts = ["%s%s: %s" % (inner, json.dumps(k), render(v, indent + 1)) for k, v in value.items()]
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}" if parts else "{}"
    if isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value):
            return wrap_scalars(value, indent)
        if len(value) == 1 and not isinstance(value[0], list):
            return "[" + render(value[0], indent + 1) + "]"
        parts = [inner + render(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(parts) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False)


def wrap_scalars(values, indent, width=100):
    items = [json.dumps(v, ensure_ascii=False) for v in values]
    one_line = "[" + ",".join(items) + "]"
    if len(one_line) + 2 * indent <= width:
        return one_line
    inner = "  " * (indent + 1)
    lines, line = [], ""
    for item in items:
        candidate = item if not line else line + "," + item
        if len(inner) + len(candidate) + 1 > width and line:
            lines.append(line + ",")
            line = item
        else:
            line = candidate
    lines.append(line)
    return "[\n" + "\n".join(inner + l for l in lines) + "\n" + "  " * indent + "]"


SELF_TEST = r'''
variable "a" {
  description = <<-EOT
    A heredoc with "quotes", } braces and # no comment.
  EOT
  type        = list(object({
    name = string # trailing comment
    size = optional(number)
  }))
  default = [
    { name = "x", size = 1 },
  ]
  nullable = false
}
variable "b" { type = string }
variable "c" {
  default   = "${var.a}-{not a block}"
  sensitive = true
  validation {
    condition     = length(var.c) > 0
    error_message = "Must not be empty."
  }
}
/* variable "commented" {} */
output "o" {
  value     = { a = "}" }
  sensitive = true
}
terraform {
  required_version = ">= 1.3"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
    legacy = "~> 1.0"
  }
}
'''


def self_test():
    """The reader on the shapes it must handle (heredocs, one-line blocks, templates, comments)."""
    got = interface({"main.tf": SELF_TEST})
    expected = {
        "inputs": [
            {"name": "a", "type": "list(object({name = string, size = optional(number)}))",
             "default": "[{ name = \"x\", size = 1 },]", "nullable": False},
            {"name": "b", "type": "string"},
            {"name": "c", "type": "any", "default": "\"${var.a}-{not a block}\"", "sensitive": True, "validated": True},
        ],
        "outputs": [{"name": "o", "sensitive": True}],
        "required_version": ">= 1.3",
        "providers": {"aws": {"source": "hashicorp/aws", "version": "~> 5.0"},
                      "legacy": {"source": "hashicorp/legacy", "version": "~> 1.0"}},
    }
    if got != expected:
        fail("self-test failed:\n got      %s\n expected %s" % (json.dumps(got, sort_keys=True), json.dumps(expected, sort_keys=True)))
    print("self-test passed")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirrors", help="folder of OWNER+NAME/repo git mirrors (as the fetch tool makes them)")
    parser.add_argument("--repo", action="append", default=[], metavar="SOURCE=PATH",
                        help="a clone of the repository of module SOURCE, such as wandb/wandb/aws=../terraform-aws-wandb")
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="the folder of the per-module JSON files")
    parser.add_argument("--check", action="store_true", help="fail if the output file differs from what would be written")
    parser.add_argument("--self-test", action="store_true", help="check the HCL reader on built-in samples and exit")
    args = parser.parse_args()
    if args.self_test:
        self_test()
        return
    repos = {}
    if args.mirrors:
        for source, name in MODULES.items():
            repos[source] = os.path.join(args.mirrors, "wandb+" + name, "repo")
    for pair in args.repo:
        source, _, path = pair.partition("=")
        if source not in MODULES or not path:
            fail("--repo takes SOURCE=PATH with SOURCE one of " + ", ".join(MODULES))
        repos[source] = path
    catalogue = build(repos)
    stale = []
    for source, module in catalogue["modules"].items():
        one = dict(catalogue, modules={source: module})
        text = render(one) + "\n"
        json.loads(text)  # the renderer must still produce valid JSON
        path = os.path.join(args.output, source.split("/")[-1] + ".json")
        if args.check:
            try:
                with open(path, encoding="utf-8") as f:
                    current = f.read()
            except FileNotFoundError:
                current = None
            if current != text:
                stale.append(path)
            continue
        os.makedirs(args.output, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote %s (%d bytes)" % (os.path.relpath(path), len(text.encode("utf-8"))))
    if stale:
        fail("stale: %s; run Blueprints/tools/make_catalog.py" % ", ".join(stale))


if __name__ == "__main__":
    main()
