#!/usr/bin/env python3
"""Checks that the JSON Schema of topology format v1 and the loader agree.

- every fixture and template must satisfy the schema;
- every file of invalid/ must be refused by the schema and by the loader
  (`topology-cli validate --format json FILE` exits with 2 and reports the member at fault);
- every file of loader-only/ breaks a rule a schema cannot express (unique ids, references,
  repeated keys): the schema accepts it and the loader must refuse it.

Each folder's cases.json says why each file is wrong and the JSON Pointer prefix the loader
should report ("" when any pointer will do).

Usage: check_schema.py --source-dir DIR [--cli PATH] [--runner PROGRAM]
Without --cli only the schema side is checked. --runner starts the CLI through another program
(the Windows build's topology-cli.exe runs under wine).
"""

import argparse
import json
import subprocess
import sys
from pathlib import Path

try:
    import jsonschema
except ImportError:
    print("error: the Python module jsonschema is missing (apt-get install python3-jsonschema)")
    sys.exit(1)

SCHEMA_PATH = Path("resources/schema/topology-v1.schema.json")
VALID_GLOBS = ("tests/data/fixtures/*.topology.json", "resources/templates/*.topology.json")
CLI_TIMEOUT_SECONDS = 60


class Tally:
    """Counts and prints the result of every check."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def record(self, ok, label, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        line = f"{'PASS' if ok else 'FAIL'} {label}"
        print(f"{line}: {detail}" if detail else line)


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def schema_errors(validator, path):
    """The schema's complaints about a file, as 'pointer: message' strings."""
    try:
        document = load_json(path)
    except ValueError as e:
        return [f"not JSON: {e}"]
    return [
        "/" + "/".join(str(p) for p in error.absolute_path) + ": " + error.message[:120]
        for error in validator.iter_errors(document)
    ]


RUNNER = []


def run_loader(cli, path):
    """Runs the CLI on one file; returns (exit code, the error object or None, raw output)."""
    try:
        proc = subprocess.run(
            RUNNER + [str(cli), "validate", "--format", "json", str(path)],
            capture_output=True,
            text=True,
            timeout=CLI_TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        return None, None, f"no answer within {CLI_TIMEOUT_SECONDS} s"
    output = (proc.stdout + proc.stderr).strip()
    try:
        report = json.loads(proc.stdout)
        error = report["files"][0].get("error")
    except (ValueError, KeyError, IndexError, TypeError):
        error = None
    return proc.returncode, error, output


def check_loader_refuses(tally, cli, path, expected):
    label = f"loader refuses {path.parent.name}/{path.name}"
    code, error, output = run_loader(cli, path)
    if code != 2:
        tally.record(False, label, f"exit code {code}, expected 2; output: {output[:300]}")
        return
    if error is None:
        tally.record(False, label, f"exit 2 but no error object in the JSON report: {output[:300]}")
        return
    pointer = str(error.get("pointer", ""))
    message = str(error.get("message", ""))
    wanted = expected.get("pointer", "")
    if not (pointer == wanted or pointer.startswith(wanted + "/") or wanted == ""):
        tally.record(False, label, f"pointer '{pointer}', expected '{wanted}' or below ({message})")
        return
    missing = [s for s in expected.get("messageContains", []) if s not in message]
    if missing:
        tally.record(False, label, f"message '{message}' does not mention {missing}")
        return
    tally.record(True, label, f"{pointer or '(document)'}: {message}")


def check_case_folder(tally, validator, cli, folder, schema_must_refuse):
    cases = load_json(folder / "cases.json")
    files = sorted(folder.glob("*.topology.json"))
    names = {f.name for f in files}
    tally.record(names == set(cases), f"{folder.name}/cases.json lists every file",
                 "" if names == set(cases) else f"differs by {sorted(names ^ set(cases))}")
    for path in files:
        expected = cases.get(path.name, {})
        errors = schema_errors(validator, path)
        why = expected.get("why", "")
        if schema_must_refuse:
            tally.record(bool(errors), f"schema refuses {folder.name}/{path.name}",
                         errors[0] if errors else f"accepted, but {why}")
        else:
            tally.record(not errors, f"schema cannot tell {folder.name}/{path.name}",
                         why if not errors else f"refused ({errors[0]}): move it to invalid/")
        if cli is not None:
            check_loader_refuses(tally, cli, path, expected)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", type=Path, required=True)
    parser.add_argument("--cli", type=Path, help="topology-cli executable")
    parser.add_argument("--runner", default="", help="program that runs the CLI (wine)")
    args = parser.parse_args()
    if args.runner:
        RUNNER.append(args.runner)
    root = args.source_dir

    tally = Tally()
    schema = load_json(root / SCHEMA_PATH)
    validator_class = jsonschema.validators.validator_for(schema)
    try:
        validator_class.check_schema(schema)
        tally.record(True, f"{SCHEMA_PATH} is a valid {validator_class.__name__} schema")
    except jsonschema.exceptions.SchemaError as e:
        tally.record(False, f"{SCHEMA_PATH} is a valid schema", e.message)
        print(f"{tally.passed} passed, {tally.failed} failed")
        return 1
    validator = validator_class(schema)

    valid_files = sorted(p for pattern in VALID_GLOBS for p in root.glob(pattern))
    tally.record(len(valid_files) > 0, "fixtures and templates found", f"{len(valid_files)} files")
    for path in valid_files:
        errors = schema_errors(validator, path)
        tally.record(not errors, f"schema accepts {path.relative_to(root)}",
                     "; ".join(errors[:3]))

    if args.cli is not None and not args.cli.is_file():
        tally.record(False, "topology-cli found", str(args.cli))
        args.cli = None
    here = root / "tests" / "schema"
    check_case_folder(tally, validator, args.cli, here / "invalid", schema_must_refuse=True)
    check_case_folder(tally, validator, args.cli, here / "loader-only", schema_must_refuse=False)

    print(f"{tally.passed} passed, {tally.failed} failed")
    return 0 if tally.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
