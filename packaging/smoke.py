"""Run the packaged program as a council PC would, and check it makes what the source tree makes.

    .venv/bin/python packaging/smoke.py [--dist dist/designer] [--keep] [--with-tools]

The folder is copied to a new place (a path with a space in it), then run with
an empty environment: HOME a new folder, a PATH holding none of qpdf, poppler
or Ghostscript (an empty folder; on Windows only System32), no virtual
environment. Each step must succeed: ``templates``, ``render`` of a proof,
``regions verify`` then ``render`` of a final, ``batch`` of all 32 areas,
``preflight``, ``trace`` and the window offscreen up to its first preview.
The same steps then run from the source tree (this interpreter, its own
PATH), and every packaged file must be checked by the source tree's
``designer preflight`` with the same verdict and findings as the source
tree's own file (byte-identical files are counted). Prints the start-up times
of both. Exit status 1 if any step or check fails.

``--with-tools`` puts qpdf, poppler's tools and Ghostscript on the packaged
program's PATH: only for trying the rest while the export path still runs them.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

_spec = importlib.util.spec_from_file_location("contents", Path(__file__).with_name("contents.py"))
assert _spec is not None and _spec.loader is not None
contents = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(contents)

CHECKING_TOOLS = ("qpdf", "pdfinfo", "pdffonts", "pdfimages", "gs", "gswin64c")
POSTER, LEAFLET_OR_POSTER, REGION = "worried-about-yourself", "worried-about-someone", "fife"
AREAS = 32
WINDOW_TIMEOUT_S = 120.0
PREVIEW_LINE = "designer: first preview shown"  # designer.gui.app's hidden smoke option


class Program:
    """One way to run designer (the packaged copy, or the source tree), with its own folders."""

    def __init__(self, label: str, command: Sequence[str], env: dict[str, str], work: Path):
        self.label, self.command, self.env, self.work = label, list(command), env, work
        self.failures: list[str] = []
        self.times: dict[str, float] = {}
        work.mkdir(parents=True, exist_ok=True)

    def run(self, step: str, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        started = time.perf_counter()
        done = subprocess.run(
            [*self.command, *args], cwd=self.work, env=self.env, capture_output=True,
            text=True, encoding="utf-8", errors="replace", timeout=timeout, check=False,
        )
        self.times.setdefault(step, time.perf_counter() - started)
        self.report(step, done.returncode == 0, time.perf_counter() - started,
                    f"exit {done.returncode}\n{_tail(done.stdout)}{_tail(done.stderr)}")
        return done

    def report(self, step: str, ok: bool, seconds: float, detail: str = "") -> None:
        print(f"  {'ok  ' if ok else 'FAIL'} {self.label}: {step} ({seconds:.2f} s)", flush=True)
        if not ok:
            self.failures.append(f"{self.label}: {step}: {detail.strip()}")
            print("       " + detail.strip().replace("\n", "\n       "), flush=True)

    def check(self, step: str, ok: bool, detail: str) -> bool:
        self.report(step, ok, 0.0, detail)
        return ok

    def window_seconds(self, step: str) -> float | None:
        """Launch to the first preview on screen, offscreen; None if it never came."""
        env = {**self.env, "QT_QPA_PLATFORM": "offscreen", "DESIGNER_QUIT_AFTER_FIRST_PREVIEW": "1"}
        started = time.perf_counter()
        with subprocess.Popen(
            self.command, cwd=self.work, env=env, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True,
        ) as window:
            assert window.stdout is not None
            line = window.stdout.readline()  # the hidden option prints this line, then quits
            seconds = time.perf_counter() - started
            try:
                code = window.wait(WINDOW_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                window.kill()
                code = -1
        ok = line.strip() == PREVIEW_LINE and code == 0
        self.report(step, ok, seconds, f"exit {code}, printed {line.strip()!r}")
        return seconds if ok else None


def _tail(text: str, lines: int = 12) -> str:
    kept = text.strip().splitlines()[-lines:]
    return "".join(f"{line}\n" for line in kept)


def scenario(program: Program, today: str) -> dict[str, Path]:
    """Every command a council officer's session uses; returns the PDFs made, by name."""
    out = program.work / "out"
    made: dict[str, Path] = {}
    program.run("templates", "templates")  # the first run: an empty cache in a new HOME
    listing = program.run("templates --json", "templates", "--json")
    if listing.returncode == 0:
        states = {t["id"]: t["approval"]["state"] for t in json.loads(listing.stdout)}
        program.check("templates: four, all approved", len(states) == 4 and set(
            states.values()) == {"approved"}, f"found {states}")
    program.run("templates (warm)", "templates")
    job = (POSTER, REGION, "--size", "A3", "--date", today)
    proof = out / "proof-A3.pdf"
    program.run("render --proof", "render", *job, "--proof", "--output", str(proof))
    program.run("regions verify", "regions", "verify", REGION, "--by", "Packaging smoke test",
                "--source", "packaging/smoke.py", "--on", today)
    final = out / "final-A3.pdf"
    program.run("render (final)", "render", *job, "--output", str(final))
    batch = out / "batch"
    program.run(f"batch of {AREAS} areas", "batch", LEAFLET_OR_POSTER, "--size", "A4", "--proof",
                "--date", today, "--output-dir", str(batch))
    made.update({"proof-A3.pdf": proof, "final-A3.pdf": final})
    made.update({f"batch/{p.name}": p for p in sorted(batch.glob("*.pdf"))})
    program.check(f"batch: {AREAS} files", len(made) - 2 == AREAS, f"{len(made) - 2} files")
    program.check("render: final has no PROOF", final.is_file() and "PROOF" not in final.name, "")
    return made


def own_checks(program: Program, final: Path) -> tuple[dict[str, object], dict[str, object]]:
    """The program's own preflight and trace of its final file, as JSON (empty if they failed)."""
    checked = program.run("preflight", "preflight", str(final), "--json")
    traced = program.run("trace", "trace", str(final), "--json")
    preflight = json.loads(checked.stdout) if checked.returncode == 0 else {}
    trace = json.loads(traced.stdout) if traced.returncode == 0 else {}
    program.check("trace: template and region still current", bool(trace) and all(
        now["matches"] for now in trace["now"]), json.dumps(trace.get("now")))
    return preflight, trace


Verdict = tuple[object, list[tuple[object, ...]]]


def verdict(report: dict[str, object]) -> Verdict:
    """What must agree between two preflights: the verdict, and each error and warning.

    Notes (severity info) may differ: a preflight with qpdf, poppler and
    Ghostscript at hand says which deeper checks it ran, one without says which
    it could not.
    """
    findings = report.get("findings", [])
    assert isinstance(findings, list)
    return report.get("verdict"), sorted(
        (f["severity"], f["rule"], f.get("page") or 0, f.get("element") or "")
        for f in findings if f["severity"] != "info"
    )


def compare(packaged: Program, source: Program, ours: dict[str, Path],
            theirs: dict[str, Path]) -> None:
    """Each packaged file, checked by the source tree's preflight, as the source tree's twin."""
    packaged.check("same files as the source tree", sorted(ours) == sorted(theirs),
                   f"packaged only {sorted(set(ours) - set(theirs))}, "
                   f"source only {sorted(set(theirs) - set(ours))}")
    identical, differing = 0, []
    started = time.perf_counter()
    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:  # each check is its own process
        for name, problem, same_bytes in pool.map(lambda n: _agrees(source, n, ours, theirs), ours):
            identical += same_bytes
            if problem:
                differing.append(f"{name}: {problem}")
    packaged.report(
        f"source-tree preflight of {len(ours)} packaged files ({identical} byte-identical "
        "to the source tree's)", not differing, time.perf_counter() - started,
        "\n".join(differing))


def _agrees(source: Program, name: str, ours: dict[str, Path],
            theirs: dict[str, Path]) -> tuple[str, str, bool]:
    """(name, what is wrong or "", byte-identical) for one packaged file."""
    path, twin = ours[name], theirs.get(name)
    if twin is None or not path.is_file():
        return name, f"not made by {'the source tree' if twin is None else 'the package'}", False
    same_bytes = twin.is_file() and twin.read_bytes() == path.read_bytes()
    mine = _source_preflight(source, path)
    if not _as_expected(name, mine):
        return name, f"the source tree's preflight says {mine}", same_bytes
    if not same_bytes and mine != (reference := _source_preflight(source, twin)):
        return name, f"{mine} vs the source tree's own file: {reference}", same_bytes
    return name, "", same_bytes


def _as_expected(name: str, found: Verdict | None) -> bool:
    """A final passes; a proof fails only for being one (pdf.proof: not for print)."""
    if found is None:
        return False
    if "proof" not in name.lower():
        return found[0] == "passed"
    return [f[1] for f in found[1] if f[0] == "error"] == ["pdf.proof"]


def _source_preflight(source: Program, path: Path) -> Verdict | None:
    done = subprocess.run([*source.command, "preflight", str(path), "--json"], env=source.env,
                          capture_output=True, text=True, check=False)
    return verdict(json.loads(done.stdout)) if done.stdout.strip().startswith("{") else None


def council_env(home: Path, bin_dir: Path) -> dict[str, str]:
    """What a managed desktop gives the program: its own user folders and the system's basics."""
    env = {"HOME": str(home), "PATH": str(bin_dir)}
    if sys.platform == "win32":
        root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env.update({
            "SYSTEMROOT": root, "WINDIR": root, "PATH": f"{bin_dir};{root}\\System32",
            "USERPROFILE": str(home), "APPDATA": str(home / "AppData" / "Roaming"),
            "LOCALAPPDATA": str(home / "AppData" / "Local"), "TEMP": str(home / "Temp"),
            "TMP": str(home / "Temp"),
        })
        for key in ("APPDATA", "LOCALAPPDATA", "TEMP"):
            Path(env[key]).mkdir(parents=True, exist_ok=True)
    elif sys.platform == "darwin":
        env["PATH"] = f"{bin_dir}:/usr/bin:/bin"  # Homebrew's tools live elsewhere
    return env


def source_env(home: Path) -> dict[str, str]:
    """The source tree as a developer runs it, with its user folders moved to ``home``."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "DESIGNER_")) and k != "QT_QPA_PLATFORM"}
    env["HOME"] = str(home)
    if sys.platform == "win32":
        env.update({"USERPROFILE": str(home), "APPDATA": str(home / "Roaming"),
                    "LOCALAPPDATA": str(home / "Local")})
    return env


def tools_folder(folder: Path, with_tools: bool) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for tool in CHECKING_TOOLS if with_tools else ():
        found = shutil.which(tool)
        if found:
            (folder / tool).symlink_to(found)
    return folder


def start_up(label: str, program: Program, window: Sequence[float | None]) -> str:
    shown = ", ".join(f"{s:.2f} s" for s in window if s is not None) or "none"
    return (f"{label:9} templates: first {program.times.get('templates', 0):.2f} s, "
            f"then {program.times.get('templates (warm)', 0):.2f} s; window to first preview: "
            f"{shown}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=contents.DIST / contents.NAME)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders")
    parser.add_argument("--with-tools", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not contents.executable(args.dist).is_file():
        raise SystemExit(f"smoke: no packaged program in {args.dist}; run packaging/build.py")
    scratch = Path(tempfile.mkdtemp(prefix="designer-smoke-"))
    try:
        return smoke(args.dist, scratch, args.with_tools)
    finally:
        if args.keep:
            print(f"kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


def smoke(dist: Path, scratch: Path, with_tools: bool) -> int:
    today = datetime.date.today().isoformat()
    copy = scratch / "council pc" / "Programs" / contents.NAME
    shutil.copytree(dist, copy, symlinks=True)
    env = council_env(scratch / "council pc" / "home", tools_folder(scratch / "bin", with_tools))
    hidden = [t for t in CHECKING_TOOLS if shutil.which(t, path=env["PATH"])]
    print(f"packaged copy: {copy}\nPATH={env['PATH']} (checking tools on it: "
          f"{', '.join(hidden) or 'none'})", flush=True)
    packaged = Program("package", [str(contents.executable(copy))], env, scratch / "package")
    source = Program("source", [sys.executable, "-m", "designer"],
                     source_env(scratch / "source-home"), scratch / "source")
    ours = scenario(packaged, today)
    theirs = scenario(source, today)
    own, _trace = own_checks(packaged, ours["final-A3.pdf"])
    reference, _ = own_checks(source, theirs["final-A3.pdf"])
    if own and reference:
        mine, theirs_ = verdict(own), verdict(reference)
        packaged.check("preflight: same verdict and findings as the source tree's",
                       mine == theirs_, f"{mine} vs {theirs_}")
    compare(packaged, source, ours, theirs)
    windows = {p.label: [p.window_seconds(f"window, launch {n}") for n in (1, 2)]
               for p in (packaged, source)}
    print(start_up("package:", packaged, windows["package"]))
    print(start_up("source:", source, windows["source"]))
    failures = packaged.failures + source.failures
    if failures:
        print(f"smoke test FAILED: {len(failures)} step(s)", file=sys.stderr)
        if not with_tools and any("qpdf" in f or "pdffonts" in f for f in failures):
            print("  (the export path still runs qpdf/poppler, hidden from the packaged program)",
                  file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
