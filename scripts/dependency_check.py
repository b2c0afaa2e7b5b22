#!/usr/bin/env python3
"""Fails when the build, the tests or the running app use a file from a Debian package that
scripts/packages.sh does not install, directly or through a hard dependency (Depends/Pre-Depends,
never Recommends). A machine that happens to have the package already would otherwise hide the
gap: the first user on a fresh machine is the one who finds it.

What counts as "used":
  build    the files CMake read while configuring the application alone (package configuration
           files, found programs and libraries), the headers every non-test object was compiled
           from, and what the application targets link;
  test     the same for the full tree with tests and benchmarks (test objects, test programs);
  runtime  the files the GUI and the CLI open while they run (Qt plugins, translations, fonts),
           traced with strace.
Each group is checked against the packages that the scripts install for it. The message names
the file, the package that owns it and the list to add it to.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# Files the C library looks at when they exist and does without when they do not: seeing one
# opened says nothing about what the app needs. (glibc reads locale.alias when the probe's
# German locale is not compiled on the machine.)
OPTIONAL_SYSTEM_FILES = {"/usr/share/locale/locale.alias"}


def run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, text=True, capture_output=True, **kwargs)


# ---------------------------------------------------------------------------------------------
# Which packages a list installs: the packages themselves, their hard-dependency closure as a
# fresh machine's apt would resolve it, and what every Debian system has (Essential/required).

def base_system_packages() -> set[str]:
    out = run(["dpkg-query", "-W", "-f", "${Package}\t${Essential}\t${Priority}\n"]).stdout
    base = set()
    for line in out.splitlines():
        name, essential, priority = (line.split("\t") + ["", ""])[:3]
        if essential == "yes" or priority == "required":
            base.add(name)
    return base


def installed_relations() -> tuple[dict[str, list[list[str]]], dict[str, list[str]]]:
    """Installed packages' hard dependencies (clauses of alternatives) and who provides what."""
    out = run(["dpkg-query", "-W", "-f", "${Package}\t${Pre-Depends}\t${Depends}\t${Provides}\t${Status}\n"]).stdout
    depends: dict[str, list[list[str]]] = {}
    providers: dict[str, list[str]] = {}

    def names(field: str) -> list[list[str]]:
        clauses = []
        for clause in filter(None, (c.strip() for c in field.split(","))):
            clauses.append([re.sub(r"\s*\(.*?\)|:\w+", "", alt).strip() for alt in clause.split("|")])
        return clauses

    for line in out.splitlines():
        package, pre, dep, provides, status = (line.split("\t") + [""] * 5)[:5]
        if not status.endswith(" installed"):
            continue
        depends[package] = names(pre) + names(dep)
        for provided in names(provides):
            providers.setdefault(provided[0], []).append(package)
    return depends, providers


def dependency_closure(roots: list[str], base: set[str]) -> set[str]:
    """What apt brings for these packages on a machine that has none of them: for each
    dependency with alternatives, the first one (or its first installed provider when it is a
    virtual package); never Recommends. An alternative installed here only by hand therefore
    does not count, since a fresh machine would get the first one instead."""
    depends, providers = installed_relations()
    chosen: set[str] = set()
    frontier = [p.split(":")[0] for p in roots]
    while frontier:
        package = frontier.pop()
        if package in chosen:
            continue
        chosen.add(package)
        for alternatives in depends.get(package, []):
            if any(a in chosen or a in base for a in alternatives):
                continue
            first = alternatives[0]
            if first not in depends and providers.get(first):
                first = providers[first][0]
            frontier.append(first)
    return chosen | base


# ---------------------------------------------------------------------------------------------
# Which files were used.

def outside(path: str, roots: list[Path]) -> bool:
    return not any(path == str(r) or path.startswith(str(r) + "/") for r in roots)


def absolute_paths_in(text: str) -> set[str]:
    paths = set()
    for token in re.findall(r"(?:^|[\s=\"';:])(/(?:usr|lib|opt|etc)/[^\s\"';:]+)", text):
        paths.add(token.rstrip(",)"))
    return paths


def cmake_file_api_inputs(build: Path) -> set[str]:
    reply = build / ".cmake" / "api" / "v1" / "reply"
    files = set()
    for index in reply.glob("cmakeFiles-v1-*.json"):
        data = json.loads(index.read_text())
        for entry in data.get("inputs", []):
            if entry.get("isExternal") and not entry.get("isCMake"):
                files.add(entry["path"])
    return files


def test_command_paths(build: Path) -> set[str]:
    """Programs and files the tests run or read, as CTest will call them (found programs such
    as pdftotext are passed to the test scripts as arguments)."""
    out = run(["ctest", "--test-dir", str(build), "--show-only=json-v1"]).stdout
    paths = set()
    for test in json.loads(out or "{}").get("tests", []):
        for argument in test.get("command", []):
            for part in argument.split("="):
                if part.startswith("/") and os.path.isfile(part):
                    paths.add(part)
    return paths


def configure_only(source: Path, workdir: Path, extra: list[str]) -> Path:
    """Configures a throw-away tree so that its file API reply says what CMake read for it."""
    query = workdir / ".cmake" / "api" / "v1" / "query"
    query.mkdir(parents=True, exist_ok=True)
    (query / "cmakeFiles-v1").touch()
    result = run(["cmake", "-S", str(source), "-B", str(workdir), "-G", "Ninja", *extra])
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        raise SystemExit("dependency check: configuring the application alone failed (output above)")
    return workdir


def ninja_header_deps(build: Path, roots: list[Path]) -> tuple[set[str], set[str]]:
    """Headers the compiler read, split by whether the object belongs to a test target."""
    out = run(["ninja", "-C", str(build), "-t", "deps"]).stdout
    app, test = set(), set()
    is_test = False
    for line in out.splitlines():
        if line and not line.startswith(" "):
            target = line.split(":")[0]
            is_test = target.startswith("tests/") or "/tests/" in target
            continue
        path = line.strip()
        if path.startswith("/") and outside(path, roots):
            (test if is_test else app).add(path)
    return app, test


def ninja_link_inputs(build: Path, roots: list[Path]) -> tuple[set[str], set[str]]:
    """Absolute paths on the link lines, split by whether the output is a test program."""
    out = run(["ninja", "-C", str(build), "-t", "commands"]).stdout
    app, test = set(), set()
    for command in out.splitlines():
        if " -o " not in command or " -c " in command:
            continue
        output = command.split(" -o ", 1)[1].split()[0]
        bucket = test if output.startswith("tests/") else app
        bucket.update(p for p in absolute_paths_in(command) if outside(p, roots) and os.path.isfile(p))
    return app, test


def traced_runtime_files(build: Path, roots: list[Path]) -> set[str]:
    """Files the GUI (under Xvfb, in German so Qt's own translations load) and the CLI's PDF
    report open while they run."""
    cli = build / "app" / "stocktower-cli"
    gui = build / "app" / "stocktower"
    if not shutil.which("strace") or not cli.exists():
        raise SystemExit("dependency check: --runtime needs strace and a built stocktower-cli")
    files: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="stocktower-depcheck-") as tmp:
        workspace = Path(tmp) / "probe.stdb"
        env = dict(os.environ, HOME=tmp, XDG_CONFIG_HOME=tmp, XDG_DATA_HOME=tmp,
                   LANG="de_DE.UTF-8", LANGUAGE="de", LC_ALL="")
        made = run([str(cli), "-q", "demo", "--out", str(workspace), "--items", "40", "--sites", "1",
                    "--years", "1"], env=env)
        if made.returncode != 0:
            raise SystemExit(f"dependency check: the probe's demo workspace failed: {made.stderr}")
        traces = []
        site = json.loads(run([str(cli), "info", "-w", str(workspace), "--json"], env=env).stdout
                          or "{}").get("sites", [{}])
        site_code = site[0].get("code") if isinstance(site, list) and site and isinstance(site[0], dict) else None
        if site_code:
            trace = Path(tmp) / "cli.trace"
            run(["strace", "-f", "-qq", "-e", "trace=open,openat,execve", "-o", str(trace), str(cli), "-q",
                 "report", "weekly", "-w", str(workspace), "--site", site_code, "--pdf",
                 str(Path(tmp) / "week.pdf")], env=env)
            traces.append(trace)
        if gui.exists() and shutil.which("xvfb-run"):
            trace = Path(tmp) / "gui.trace"
            # The window opens the workspace, shows it for two seconds and quits by itself;
            # the timeout only guards against a hang.
            inner = (f"timeout -s INT 120 strace -f -qq -e trace=open,openat,execve -o {shlex.quote(str(trace))} "
                     f"{shlex.quote(str(gui))} --quit-after-ms 2000 {shlex.quote(str(workspace))}")
            run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "sh", "-c", inner],
                env=dict(env, QT_QPA_PLATFORM="xcb"))
            traces.append(trace)
        for trace in traces:
            if not trace.exists():
                continue
            for line in trace.read_text(errors="replace").splitlines():
                if "ENOENT" in line or "= -1" in line:
                    continue
                match = re.search(r'(?:open|openat|execve)\((?:AT_FDCWD, )?"([^"]+)"', line)
                if match:
                    path = match.group(1)
                    if path.startswith("/") and os.path.isfile(path) and outside(path, roots):
                        files.add(path)
    return {f for f in files if not f.startswith(("/proc/", "/sys/", "/dev/", "/tmp/", "/run/"))
            and f not in OPTIONAL_SYSTEM_FILES}


# ---------------------------------------------------------------------------------------------
# Files to packages.

def file_owners_index() -> dict[str, str]:
    """Every file of every installed package, read once from dpkg's lists (much faster than
    asking dpkg-query -S for thousands of headers)."""
    index: dict[str, str] = {}
    for listing in Path("/var/lib/dpkg/info").glob("*.list"):
        package = listing.name[:-len(".list")].split(":")[0]
        for line in listing.read_text(errors="replace").splitlines():
            index.setdefault(line, package)
    return index


OWNERS: dict[str, str] = {}


def owners(paths: set[str]) -> tuple[dict[str, str], set[str]]:
    """Maps each path to the package that owns it, trying the spellings merged /usr allows
    (a file is listed under /lib/... or /usr/lib/..., reached through symlinks or not)."""
    if not OWNERS:
        OWNERS.update(file_owners_index())
    found: dict[str, str] = {}
    for path in paths:
        spellings = [path, os.path.realpath(path)]
        for s in list(spellings):
            if s.startswith(("/usr/lib/", "/usr/bin/", "/usr/sbin/")):
                spellings.append(s[4:])
            elif s.startswith(("/lib/", "/bin/", "/sbin/")):
                spellings.append("/usr" + s)
        for s in spellings:
            if s in OWNERS:
                found[path] = OWNERS[s]
                break
    return found, paths - set(found)


def check(group: str, paths: set[str], allowed: set[str], list_name: str, problems: list[str]) -> int:
    owned, unowned = owners(paths)
    missing: dict[str, list[str]] = {}
    for path, package in owned.items():
        if package not in allowed:
            missing.setdefault(package, []).append(path)
    for package, files in sorted(missing.items()):
        files.sort()
        shown = ", ".join(files[:3]) + (f" and {len(files) - 3} more" if len(files) > 3 else "")
        problems.append(f"[{group}] uses {shown}\n    from package '{package}', which scripts/packages.sh does "
                        f"not install (not in {list_name}, nor a hard dependency of a package there).\n"
                        f"    Fix: add {package} to {list_name} in scripts/packages.sh.")
    # Files no package owns are the machine's own (caches, configuration): not a package
    # question, except under /usr/local and /opt, where hand-installed software lives.
    for path in sorted(unowned):
        if path.startswith(("/usr/local/", "/opt/")):
            problems.append(f"[{group}] uses {path}, which no Debian package installs: a fresh machine "
                            f"will not have it. Build against Debian's packages only.")
    return len(owned)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", required=True, type=Path)
    parser.add_argument("--build", required=True, type=Path, help="a built tree configured with tests")
    parser.add_argument("--build-packages", required=True)
    parser.add_argument("--test-packages", required=True)
    parser.add_argument("--runtime-packages", required=True)
    parser.add_argument("--runtime", action="store_true", help="also trace the running app (needs strace, xvfb-run)")
    args = parser.parse_args()

    source, build = args.source.resolve(), args.build.resolve()
    roots = [source, build, Path(tempfile.gettempdir())]
    base = base_system_packages()
    build_set = dependency_closure(args.build_packages.split(), base)
    test_set = dependency_closure(args.build_packages.split() + args.test_packages.split(), base)
    runtime_set = dependency_closure(args.build_packages.split() + args.runtime_packages.split(), base)

    problems: list[str] = []
    counts = []
    with tempfile.TemporaryDirectory(prefix="stocktower-depcheck-configure-") as tmp:
        app_tree = configure_only(source, Path(tmp), ["-DSTOCKTOWER_BUILD_TESTS=OFF",
                                                      "-DSTOCKTOWER_BUILD_BENCHMARKS=OFF"])
        configured = {p for p in cmake_file_api_inputs(app_tree) if outside(p, roots)}
    app_headers, test_headers = ninja_header_deps(build, roots)
    app_links, test_links = ninja_link_inputs(build, roots)
    counts.append(check("build", configured | app_headers | app_links, build_set,
                        "STOCKTOWER_BUILD_PACKAGES", problems))
    test_configured = {p for p in cmake_file_api_inputs(build) | test_command_paths(build) if outside(p, roots)}
    counts.append(check("test", test_configured | test_headers | test_links, test_set,
                        "STOCKTOWER_TEST_PACKAGES", problems))
    if args.runtime:
        counts.append(check("runtime", traced_runtime_files(build, roots), runtime_set,
                            "STOCKTOWER_RUNTIME_PACKAGES", problems))

    if problems:
        print("Dependency check FAILED: the build uses packages that a fresh machine would not get.")
        for problem in problems:
            print("  - " + problem)
        return 1
    groups = ["build", "test"] + (["runtime"] if args.runtime else [])
    print("Dependency check passed: " + ", ".join(f"{g} {n} files" for g, n in zip(groups, counts))
          + " come from packages that scripts/packages.sh installs.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
