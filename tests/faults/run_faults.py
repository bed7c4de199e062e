#!/usr/bin/env python3
"""Injects an I/O error at every counted system call of every write path, one run per call.

For each path the driver first runs it once with the fault library counting the calls that
touch the path's folder (writes, syncs, renames, links, opens for writing, closes and reads:
FaultInjector.c), then runs it again once per call with that call failing (ENOSPC, EIO, a short
transfer, and a disk that stays full from that call on) and checks after each run:
- the target holds either its old bytes or the whole new content, byte for byte (standard
  output, which cannot be replaced, holds the whole output or the program says it failed);
- the exit status is the fault-free one exactly when the target holds the new content, and
  otherwise non-zero with the target's path and the system's reason on standard error;
- a failed write beside the target (the designer's autosave) is told on standard error;
- a design recovered after a crash that Save As did not keep is still offered by the autosave
  folder;
- the folder holds no file the path does not leave without a fault;
- the program ended by itself, within the time limit.

Usage: run_faults.py --injector LIB --cli TOPOLOGY-CLI [--designer TOPOLOGY-DESIGNER]
                     --design FIXTURE [--only NAME] [--sample N]
Exit status 0 when every run held, 1 with the violations listed.
"""
import argparse
import errno
import json
import os
import shutil
import subprocess
import sys
import tempfile

KINDS = [
    ("ENOSPC", {"TOPO_FAULT_ERRNO": "ENOSPC"}, os.strerror(errno.ENOSPC)),
    ("EIO", {"TOPO_FAULT_ERRNO": "EIO"}, os.strerror(errno.EIO)),
    ("short", {"TOPO_FAULT_ERRNO": "short"}, os.strerror(errno.EIO)),
    ("full-from-here", {"TOPO_FAULT_ERRNO": "ENOSPC", "TOPO_FAULT_PERSIST": "1"},
     os.strerror(errno.ENOSPC)),
]
TIMEOUT = 60
OLD = b"the previous file, which must survive\n"


class Path:
    """One write path: a command run in a folder of its own, and the file it writes."""

    def __init__(self, name, command, target, old=OLD, stdout=False, designer=False, env=None,
                 autosave=False, setup=None, status=None):
        self.name = name
        self.command = command  # a function of the folder giving the argument list
        self.target = target  # the file name in the folder that the path writes
        self.old = old  # the target's content before the run (None: no file yet)
        self.stdout = stdout  # the target is the program's standard output
        self.designer = designer
        self.env = env or {}
        self.autosave = autosave  # the target is the autosave folder of a designer that crashed
        # A path run (without faults) before each run: the recovery path starts from the
        # autosave folder a crashed designer left, in the counted folder.
        self.setup = setup
        # The exit status of a run without a fault: a script that ends in a crash exits 70.
        self.status = status if status is not None else (70 if autosave else 0)


def cli_paths(cli, design):
    def cli_command(*arguments):
        return lambda folder: [cli] + [a.replace("{}", folder) for a in arguments]

    paths = []
    for extension in ["topology.json", "drawio", "svg", "png", "pdf", "html"]:
        paths.append(Path("export " + extension,
                          cli_command("export", "{}/in.topology.json", "-o", "{}/out." + extension),
                          "out." + extension))
    for view in ["scaling", "charts"]:
        for extension in ["svg", "png", "pdf"]:
            paths.append(Path("export --view %s %s" % (view, extension),
                              cli_command("export", "{}/in.topology.json", "--view", view, "-o",
                                          "{}/out." + extension),
                              "out." + extension))
    paths.append(Path("upgrade", cli_command("upgrade", "{}/in.topology.json", "-o",
                                             "{}/out.topology.json"), "out.topology.json"))
    paths.append(Path("upgrade in place", cli_command("upgrade", "{}/in.topology.json", "-o",
                                                      "{}/in.topology.json"),
                      "in.topology.json", old=None))
    for command in [["validate", "{}/in.topology.json"],
                    ["validate", "{}/in.topology.json", "--format", "json"],
                    ["rules"], ["rules", "--format", "json"],
                    ["analyze", "{}/in.topology.json"],
                    ["analyze", "{}/in.topology.json", "--format", "json"],
                    ["simulate", "{}/in.topology.json", "--fail", "each"],
                    ["simulate", "{}/in.topology.json", "--fail", "each", "--format", "json"],
                    ["diff", "{}/in.topology.json", "{}/in.topology.json"],
                    ["diff", "{}/in.topology.json", "{}/in.topology.json", "--format", "json"],
                    ["flows", "{}/in.topology.json"],
                    ["flows", "{}/in.topology.json", "--format", "csv"],
                    ["flows", "{}/in.topology.json", "--group", "--format", "json"],
                    ["runbook", "{}/in.topology.json"],
                    ["runbook", "{}/in.topology.json", "--format", "json"]]:
        paths.append(Path(" ".join(c.replace("{}/", "") for c in command) + " > stdout",
                          cli_command(*command), "stdout.txt", old=None, stdout=True))
    return paths


def designer_script(designer):
    """A designer path's command from its script steps; its environment; the quit step; and
    the path that leaves a crashed designer's autosave."""

    def script(steps, options=()):
        def command(folder):
            with open(os.path.join(folder, "..", "script.json"), "w") as file:
                json.dump(json.loads(json.dumps(steps).replace("{}", folder)), file)
            design = [] if "--recover-all" in options else [folder + "/in.topology.json"]
            return [designer, "--autosave-interval", "0"] + list(options) + design + [
                "--script", os.path.join(folder, "..", "script.json")]
        return command

    edit = {"do": "rename-design", "name": "Edited"}
    quit_ = {"do": "quit"}
    env = {"QT_QPA_PLATFORM": "offscreen"}
    crashed = Path("designer autosave, then a crash", script([edit, {"do": "autosave"}, {"do": "crash"}]),
                   "data", old=None, designer=True, env=env, autosave=True)
    return script, env, quit_, crashed


def designer_paths(designer):
    """The designer's writes, driven by its --script steps (no dialogs: the script answers)."""
    script, env, quit_, crashed = designer_script(designer)
    edit = {"do": "rename-design", "name": "Edited"}
    return [
        Path("designer Save", script([edit, {"do": "save"}, quit_]), "in.topology.json",
             old=None, designer=True, env=env),
        Path("designer Save As", script([edit, {"do": "save-as", "path": "{}/out.topology.json"},
                                         quit_]),
             "out.topology.json", designer=True, env=env),
        Path("designer Export PNG", script([{"do": "export", "path": "{}/out.png"}, quit_]),
             "out.png", designer=True, env=env),
        Path("designer Export HTML", script([{"do": "export", "path": "{}/out.html"}, quit_]),
             "out.html", designer=True, env=env),
        Path("designer Save a copy as option", script([
            {"do": "compare-saved"}, edit,
            {"do": "save-copy-as-option", "path": "{}/option.topology.json"}, quit_]),
             "option.topology.json", designer=True, env=env),
        Path("designer Compare dock save", script([
            {"do": "compare-saved"}, edit, {"do": "save-comparison", "path": "{}/compare.md"},
            quit_]), "compare.md", designer=True, env=env),
        Path("designer Network view Export CSV", script([
            {"do": "save-flows-csv", "path": "{}/flows.csv"}, quit_]), "flows.csv",
             designer=True, env=env),
        Path("designer Export runbook", script([
            {"do": "save-runbook", "path": "{}/runbook.html"}, quit_]), "runbook.html",
             designer=True, env=env),
        Path("designer Charts dock save", script([
            {"do": "save-chart", "path": "{}/chart.png"}, quit_]), "chart.png", designer=True,
             env=env),
        crashed,
    ]


def recovery_paths(designer):
    """The next designer's recovery of a crashed one's autosave (its reading, the new autosave
    of the recovered design), then Save As, then another crash: what Save As did not keep,
    the autosave folder must still hold."""
    script, env, _, crashed = designer_script(designer)
    return [
        Path("designer recovery, then Save As", script(
            [{"do": "save-as", "path": "{}/recovered.topology.json"}, {"do": "crash"}],
            ["--recover-all"]), "recovered.topology.json", old=None, designer=True, env=env,
             setup=crashed, status=70),
    ]


def fresh_folder(root, design, path):
    # The same folder for every run of a path: outputs that name their input stay comparable.
    folder = os.path.join(root, "run")
    shutil.rmtree(folder, ignore_errors=True)
    os.mkdir(folder)
    work = os.path.join(folder, "files")
    os.mkdir(work)
    shutil.copyfile(design, os.path.join(work, "in.topology.json"))
    if path.old is not None and not path.stdout:
        with open(os.path.join(work, path.target), "wb") as file:
            file.write(path.old)
    if path.setup:
        run(path.setup, work, None, {})
    return folder, work


def run(path, work, injector, fault):
    environment = dict(os.environ)
    environment.update(path.env)
    if injector:
        environment.update({"LD_PRELOAD": injector, "TOPO_FAULT_DIR": work,
                            "TOPO_FAULT_REPORT": os.path.join(work, "..", "report.txt")})
    environment.update(fault)
    # The designer's settings and autosaves stay in the run's folder, outside the counted one.
    for variable, sub in [("HOME", "home"), ("XDG_CONFIG_HOME", "config"),
                          ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache")]:
        environment[variable] = os.path.join(work, "..", sub)
    if path.autosave or path.setup:
        environment["XDG_DATA_HOME"] = os.path.join(work, "data")
    stdout = open(os.path.join(work, path.target), "wb") if path.stdout else subprocess.DEVNULL
    try:
        finished = subprocess.run(path.command(work), stdout=stdout, stderr=subprocess.PIPE,
                                  env=environment, timeout=TIMEOUT)
        status, err = finished.returncode, finished.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        status, err = None, "timed out"
    finally:
        if path.stdout:
            stdout.close()
    report = os.path.join(work, "..", "report.txt")
    calls = injected = 0
    first = ("", "")
    if os.path.exists(report):
        for line in open(report):
            line, _, file = line.rstrip("\n").partition(" file=")
            fields = dict(f.split("=", 1) for f in line.split() if "=" in f)
            calls += int(fields.get("calls", 0))
            injected += int(fields.get("injected", 0))
            if not first[0] and fields.get("first"):
                first = (fields["first"], file)
        os.remove(report)
    return status, err, calls, injected, first


def comparable(name, content):
    """The content with what legitimately differs from run to run taken out: a PDF's creation
    time and, in a chart, the order of its elements (Qt Charts keeps its items in hashes of
    pointers, which address randomisation reorders; in a PDF they are compressed, so a whole
    PDF, from its header to its end-of-file mark, stands for itself). Whole or cut stays told
    apart."""
    if not isinstance(content, bytes):
        return content
    if name.endswith(".pdf"):
        whole = content.startswith(b"%PDF-") and content.rstrip().endswith(b"%%EOF")
        return b"a whole PDF" if whole else content
    if name.endswith(".svg"):
        return b"\n".join(sorted(content.split(b"\n")))
    return content


def read(work, name):
    target = os.path.join(work, name)
    if os.path.isdir(target):
        return {os.path.relpath(os.path.join(d, f), target): open(os.path.join(d, f), "rb").read()
                for d, _, files in os.walk(target) for f in files}
    return comparable(name, open(target, "rb").read()) if os.path.exists(target) else None


def listing(work):
    return sorted(os.path.relpath(os.path.join(d, f), work)
                  for d, _, files in os.walk(work) for f in files)


def autosave_violations(where, now, new):
    """A crashed designer's autosave folder holds, per autosave, a record and a whole design."""
    found = []
    designs = {k: v for k, v in (now or {}).items() if k.endswith(".topology.json")
               and "/autosave/" in "/" + k}
    expected = [v for k, v in new.items() if k.endswith(".topology.json") and "/autosave/" in "/" + k]
    for name, content in designs.items():
        record = name[:-len(".topology.json")] + ".autosave.json"
        if record not in now:
            found.append("%s: %s has no record: recovery would never offer it" % (where, name))
        if content not in expected:
            found.append("%s: %s is not the whole design" % (where, name))
    return found


def autosaved_designs(work):
    """The designs in the autosave folder under `work` that recovery would offer (those with
    a record beside them)."""
    return [open(os.path.join(d, f), "rb").read() for d, _, files in os.walk(work)
            for f in files if f.endswith(".topology.json") and "autosave" in d
            and f[:-len(".topology.json")] + ".autosave.json" in files]


WRITES = ("write", "writev", "pwrite", "fsync", "ftruncate")


def aside(file):
    """True for a file the path writes beside its target: the designer's data folder
    (autosave, instance lock), settings and cache."""
    return file.split("/")[0] in ("data", "home", "config", "cache")


def sampled(calls, sample):
    """Every call, or `sample` of them spread from the first to the last."""
    if sample <= 0 or calls <= sample:
        return list(range(1, calls + 1))
    return sorted({1 + round(i * (calls - 1) / (sample - 1)) for i in range(sample)})


def check_path(path, root, design, injector, sample):
    """Counts the path's calls, then fails each; returns (calls, faults, violations)."""
    folder, work = fresh_folder(root, design, path)
    old = read(work, path.target) if not path.stdout else None
    autosaved = autosaved_designs(work)
    status, err, calls, _, _ = run(path, work, injector, {"TOPO_FAULT_AT": "0"})
    violations = []
    if status is None or status < 0 or (status != path.status
                                        and not (path.stdout and status == 1)):
        violations.append("%s: fails without a fault (status %s): %s" % (path.name, status, err))
        return calls, 0, violations
    baseline = status
    new = read(work, path.target)
    clean = listing(work)
    shutil.rmtree(folder)
    faults = 0
    kinds = KINDS[:2] if path.designer else KINDS
    # Only the outputs written line by line are sampled; every call of a file write fails.
    for call in sampled(calls, sample if path.stdout else 0):
        for kind, settings, reason in kinds:
            folder, work = fresh_folder(root, design, path)
            fault = dict(settings)
            fault["TOPO_FAULT_AT"] = str(call)
            status, err, _, injected, first = run(path, work, injector, fault)
            if path.stdout and os.path.exists(os.path.join(work, path.target)):
                err += open(os.path.join(work, path.target), "rb").read().decode("utf-8", "replace")
            faults += injected
            where = "%s: call %d (%s %s), %s" % (path.name, call, first[0], first[1] or "?", kind)
            now = read(work, path.target)
            if status is None or status < 0:
                violations.append("%s: crashed or hung (%s): %s" % (where, status, err[-300:]))
            elif path.autosave:
                violations += autosave_violations(where, now, new)
            elif (now == new and status == baseline and kind != "short" and aside(first[1])
                  and first[0] in WRITES and reason.lower() not in err.lower()):
                # The target is whole, but a write beside it (an autosave) failed: the user
                # must hear of it.
                violations.append("%s: the failed call was not told (status %d)" % (where, status))
            elif (now == new and status == baseline and kind != "short"
                  and not aside(first[1]) and first[0] in WRITES):
                # The bytes read back here are whole, yet the system said they might not be
                # on the disk: the program ignored the error. (QSaveFile::commit's own
                # fdatasync comes after the writer's checked fsync and changes nothing.)
                violations.append("%s: the failed %s was ignored (status %d)"
                                  % (where, first[0], status))
            elif now == new:
                # A failed close is heard (a network share reports a lost write only there),
                # even though the bytes read back here are whole.
                if status != baseline and not (first[0] == "close"
                                               and reason.lower() in err.lower()):
                    violations.append("%s: the content is whole but the status is %d: %s"
                                      % (where, status, err[-300:]))
            else:
                if not path.stdout and now != old:
                    violations.append("%s: the target is neither the old nor the new content"
                                      % where)
                if (status == 0 or status == baseline) and not path.designer:
                    violations.append("%s: the content is not the new one, yet the status is %d"
                                      % (where, status))
                elif reason.lower() not in err.lower():
                    violations.append("%s: status %d without the reason '%s': %s"
                                      % (where, status, reason, err[-300:]))
                elif (not path.stdout and path.target not in err and "in.topology.json" not in err
                      and not (path.setup and "autosave" in err)):
                    violations.append("%s: the message names neither the file written nor the "
                                      "file read: %s" % (where, err[-300:]))
            stray = [f for f in listing(work) if f not in clean and f != path.target
                     and not f.startswith(path.target + "/")]
            if path.autosave:  # the instance lock a crash leaves is for recovery to remove
                stray = []
            if path.setup:
                # The autosave stays until the recovered design is saved: then it may go.
                stray = [f for f in stray if not f.startswith("data/")]
                if now != new and not set(autosaved) <= set(autosaved_designs(work)):
                    violations.append("%s: the recovered design was not saved, and its autosave "
                                      "is gone" % where)
            if stray:
                violations.append("%s: left %s" % (where, ", ".join(stray)))
            shutil.rmtree(folder)
    return calls, faults, violations


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--injector", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--designer")
    parser.add_argument("--design", required=True)
    parser.add_argument("--only", help="run the paths whose name holds this text")
    parser.add_argument("--sample", type=int, default=0,
                        help="fail at most this many calls of a standard output path, spread "
                             "over all of them (0: every call; file writes: always every call)")
    args = parser.parse_args()

    paths = cli_paths(args.cli, args.design)
    if args.designer:
        paths += designer_paths(args.designer) + recovery_paths(args.designer)
    if args.only:
        paths = [p for p in paths if args.only in p.name]
    root = tempfile.mkdtemp(prefix="topology-faults-")
    total_calls = total_faults = 0
    all_violations = []
    try:
        for path in paths:
            calls, faults, violations = check_path(path, root, args.design, args.injector,
                                                   args.sample)
            total_calls += calls
            total_faults += faults
            all_violations += violations
            print("%-44s %4d calls counted, %5d faults injected, %d violations"
                  % (path.name, calls, faults, len(violations)), flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print("%d paths, %d calls counted, %d faults injected, %d violations"
          % (len(paths), total_calls, total_faults, len(all_violations)))
    for violation in all_violations[:200]:
        print("VIOLATION " + violation)
    return 1 if all_violations else 0


if __name__ == "__main__":
    sys.exit(main())
