#!/usr/bin/env python3
"""Build Blueprints/modules.catalog.json from the module research notes.

Inputs (default: ../shared/reference relative to the repository root):
  modules.json  every input/output of the studied module versions
  modules.md    Appendix A (all release tags) and section 3.1 (required inputs
                by version range)

The catalogue covers `wandb/wandb/aws`, `wandb/wandb/kubernetes` and
`wandb/wandb/google` (the releases the research notes studied). Traps
(argument names people get wrong) are curated below from modules.md sections
2, 10 and 11; they are data, checked against the studied interfaces.

Usage:
  python3 Blueprints/tools/make_catalog.py            # rewrite the JSON
  python3 Blueprints/tools/make_catalog.py --check    # exit 1 if it is stale
  python3 Blueprints/tools/make_catalog.py --reference DIR --output FILE
"""

import argparse
import json
import os
import re
import sys

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_REFERENCE = os.path.join(REPO_ROOT, "..", "shared", "reference")
DEFAULT_OUTPUT = os.path.join(REPO_ROOT, "Blueprints", "modules.catalog.json")

# registry source -> (key in modules.json, repository name in Appendix A)
MODULES = {
    "wandb/wandb/aws": ("aws", "terraform-aws-wandb"),
    "wandb/wandb/kubernetes": ("kubernetes", "terraform-kubernetes-wandb"),
    "wandb/wandb/google": ("google", "terraform-google-wandb"),
}

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

# Required inputs for kubernetes releases between the two studied versions.
# modules.md has no by-range table for this module; 1.12.0 and 1.14.1 agree.
KUBERNETES_INFERRED_RANGE = (">= 1.12.0, <= 1.14.1", "1.12.0", "1.14.1")

VERSION = r"\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?"


def version_key(text):
    core, _, pre = text.partition("-")
    nums = tuple(int(x) for x in core.split("."))
    return nums + ((1,) if not pre else (0, pre))


def fail(message):
    sys.exit("make_catalog: " + message)


def parse_releases(md):
    """Appendix A: `- **terraform-aws-wandb**: v1.0.0 (2022-02-10), ...`."""
    releases = {}
    start = md.find("## Appendix A")
    if start < 0:
        fail("modules.md has no Appendix A")
    for line in md[start:].splitlines():
        m = re.match(r"- \*\*([\w-]+)\*\*: (.*)$", line)
        if m:
            tags = re.findall(r"\bv(" + VERSION + r") \(", m.group(2))
            releases[m.group(1)] = tags
    return releases


def parse_required_table(md):
    """Section 3.1: rows of `| 2.1.0 – 3.4.2 (...) | the above + `x` |`."""
    start = md.find("### 3.1 ")
    if start < 0:
        fail("modules.md has no section 3.1")
    rows, names = [], []
    for line in md[start:].splitlines()[1:]:
        if line.startswith("###"):
            break
        if not line.startswith("|") or "---" in line or "required inputs" in line:
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        label = cells[0].replace("*", "")
        m = re.match(r"(" + VERSION + r")\s*[–-]\s*(" + VERSION + r")", label)
        if m:
            constraint = ">= %s, <= %s" % (m.group(1), m.group(2))
        else:
            m = re.match(VERSION, label)
            if not m:
                fail("cannot read the version column of section 3.1 row: " + line)
            constraint = "= " + m.group(0)
        added = re.findall(r"`([a-z0-9_]+)`", cells[1])
        names = (names if cells[1].startswith("the above") else []) + added
        rows.append({"constraint": constraint, "inputs": list(names),
                     "source": "modules.md section 3.1"})
    if not rows:
        fail("section 3.1 has no rows")
    return rows


def in_range(version, constraint):
    """Only the two shapes parse_required_table produces."""
    if constraint.startswith("= "):
        return version == constraint[2:]
    low, high = [c.split()[1] for c in constraint.split(", ")]
    return version_key(low) <= version_key(version) <= version_key(high)


def compact_interface(entry):
    """Summaries are left out here; they go to the module's input_summaries map."""
    inputs = []
    for item in entry["inputs"]:
        out = {"name": item["name"], "type": item["type"], "required": item["required"],
               "default_hcl": item["default_hcl"]}
        if "sensitive" in item:
            out["sensitive"] = item["sensitive"]
        if "nullable" in item:
            out["nullable"] = item["nullable"]
        inputs.append(out)
    outputs = [{"name": o["name"], "sensitive": bool(o.get("sensitive", False))}
               for o in entry["outputs"]]
    providers = {name: {"source": p["source"], "version": p["version"]}
                 for name, p in entry["providers"].items()}
    return {"required_version": entry["required_version"], "providers": providers,
            "inputs": inputs, "outputs": outputs}


def check_interface(source, version, entry):
    names = [i["name"] for i in entry["inputs"]]
    if len(names) != len(set(names)):
        fail("%s %s has duplicate inputs" % (source, version))
    for item in entry["inputs"]:
        if item["required"] != (item["default_hcl"] is None):
            fail("%s %s input %s: required disagrees with default_hcl"
                 % (source, version, item["name"]))
    if entry.get("registry_source") != source:
        fail("%s %s: registry_source is %r" % (source, version, entry.get("registry_source")))


def check_traps(source, releases, interfaces, traps):
    for argument, constraint, condition, _ in traps:
        for version, interface in interfaces.items():
            applies = constraint is None or all(
                _clause_holds(version, clause) for clause in constraint.split(", "))
            declared = any(i["name"] == argument for i in interface["inputs"])
            if applies and declared and condition == "present":
                fail("trap %s on %s contradicts the %s interface, which declares it"
                     % (argument, source, version))
            if condition == "non_empty" and applies and not declared:
                fail("trap %s on %s %s names an undeclared input" % (argument, source, version))


def _clause_holds(version, clause):
    op, bound = clause.split()
    a, b = version_key(version), version_key(bound)
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b, "=": a == b}[op]


def build(reference):
    with open(os.path.join(reference, "modules.json"), encoding="utf-8") as f:
        studied = json.load(f)
    with open(os.path.join(reference, "modules.md"), encoding="utf-8") as f:
        md = f.read()
    releases_by_repo = parse_releases(md)
    aws_rows = parse_required_table(md)

    modules = {}
    for source, (key, repo) in MODULES.items():
        releases = releases_by_repo.get(repo)
        if not releases:
            fail("Appendix A lists no releases for " + repo)
        if sorted(releases, key=version_key) != releases:
            fail("Appendix A releases of %s are not in ascending order" % repo)
        interfaces, summaries = {}, {}
        for version in sorted(studied[key], key=version_key):
            entry = studied[key][version]
            if version not in releases:
                fail("%s %s is studied but not a release in Appendix A" % (source, version))
            check_interface(source, version, entry)
            interfaces[version] = compact_interface(entry)
            for item in entry["inputs"]:
                if "summary" not in item:
                    continue  # not every studied input has a paraphrase
                # One paraphrase per variable name; the same name must not get two.
                if summaries.setdefault(item["name"], item["summary"]) != item["summary"]:
                    fail("%s input %s has different summaries across versions"
                         % (source, item["name"]))

        if key == "aws":
            rows = aws_rows
        elif key == "google":
            # Only the newest release was studied: its required inputs hold for it alone.
            newest = sorted(interfaces, key=version_key)[-1]
            rows = [{"constraint": "= " + newest,
                     "inputs": [i["name"] for i in interfaces[newest]["inputs"] if i["required"]],
                     "source": "the studied release"}]
        else:
            constraint, low, high = KUBERNETES_INFERRED_RANGE
            low_req = [i["name"] for i in interfaces[low]["inputs"] if i["required"]]
            high_req = [i["name"] for i in interfaces[high]["inputs"] if i["required"]]
            if low_req != high_req:
                fail("kubernetes %s and %s disagree on required inputs" % (low, high))
            rows = [{"constraint": constraint, "inputs": high_req,
                     "source": "inferred: the studied %s and %s require the same inputs"
                               % (low, high)}]

        for version, interface in interfaces.items():
            required = {i["name"] for i in interface["inputs"] if i["required"]}
            matching = [r for r in rows if in_range(version, r["constraint"])]
            if len(matching) != 1 or set(matching[0]["inputs"]) != required:
                fail("%s %s: required inputs %s disagree with the by-range table"
                     % (source, version, sorted(required)))
        for version in releases:
            if sum(1 for r in rows if in_range(version, r["constraint"])) > 1:
                fail("%s %s is covered by more than one required-inputs row" % (source, version))

        traps = TRAPS[source]
        check_traps(source, releases, interfaces, traps)
        output_traps = OUTPUT_TRAPS.get(source, [])
        for output, constraint, _ in output_traps:
            for version, interface in interfaces.items():
                applies = constraint is None or all(
                    _clause_holds(version, clause) for clause in constraint.split(", "))
                if applies and any(o["name"] == output for o in interface["outputs"]):
                    fail("output trap %s on %s contradicts the %s interface, which declares it"
                         % (output, source, version))
        modules[source] = {
            "releases": releases,
            "input_summaries": dict(sorted(summaries.items())),
            "interfaces": interfaces,
            "required_inputs": rows,
            "traps": [{"argument": a, "constraint": c, "condition": cond, "message": m}
                      for a, c, cond, m in traps],
        }
        if output_traps:
            modules[source]["output_traps"] = [
                {"argument": o, "constraint": c, "condition": "present", "message": m}
                for o, c, m in output_traps]

    return {
        "format": 1,
        "generated_by": "Blueprints/tools/make_catalog.py from modules.json and modules.md",
        "modules": modules,
    }


def render(value, indent=0):
    """JSON with one leaf object per line, so diffs stay readable."""
    pad = "  " * indent
    inner = "  " * (indent + 1)
    if isinstance(value, dict):
        if value and is_flat_map(value) and not all_strings(value):
            return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        parts = ["%s%s: %s" % (inner, json.dumps(k), render(v, indent + 1))
                 for k, v in value.items()]
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(value, list):
        if all(not isinstance(v, (dict, list)) for v in value):
            return wrap_scalars(value, indent)
        parts = [inner + render(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(parts) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False)


def all_strings(value):
    """A name -> text map (input_summaries) gets one entry per line instead."""
    return len(value) > 4 and all(isinstance(v, str) for v in value.values())


def is_flat_map(value):
    """Objects of scalars or of scalar lists (a required-inputs row, a trap)."""
    return all(not isinstance(v, dict) and
               (not isinstance(v, list) or all(not isinstance(x, (dict, list)) for x in v))
               for v in value.values())


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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", default=DEFAULT_REFERENCE)
    parser.add_argument("--output", default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true",
                        help="fail if the output file differs from what would be written")
    args = parser.parse_args()
    text = render(build(args.reference)) + "\n"
    json.loads(text)  # the custom renderer must still produce valid JSON
    if args.check:
        try:
            with open(args.output, encoding="utf-8") as f:
                current = f.read()
        except FileNotFoundError:
            current = None
        if current != text:
            fail("%s is stale; run Blueprints/tools/make_catalog.py" % args.output)
        return
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s (%d bytes)" % (os.path.relpath(args.output), len(text.encode("utf-8"))))


if __name__ == "__main__":
    main()
