"""A compile's worker processes end with it, however it ends: real compiles in subprocesses, real signals."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers import Workspace, make_mail

STATEMENTS = 400  # distinct texts (near-identical ones print once, as a group): two workers for several seconds
WORDS = ("housing farmworkers dignity winter heat water rent landlord contract season orchard dairy harvest family "
         "children school clinic wages safety mold roof window road town county state bill vote council hearing "
         "neighbor friend church market bus bridge river valley field barn kitchen stove doctor nurse teacher").split()
FORKED = [sys.executable, "-m", "statement_collector"]
# The same command with a thread already running, as in a program that embeds the library: the workers cannot be
# forked from it, so they come from a fork server and are grandchildren of the compile.
FROM_FORK_SERVER = [sys.executable, "-c", "import sys, threading, time; from statement_collector.cli import main;"
                    " threading.Thread(target=time.sleep, args=(3600,), daemon=True).start(); main()"]
STARTS = pytest.mark.parametrize("command, processes", [(FORKED, 2), (FROM_FORK_SERVER, 4)],
                                 ids=["forked", "from-a-fork-server"])  # 4: two workers, fork server, tracker
DEADLINE = 10.0
PYTHON = os.path.realpath(sys.executable)


@pytest.fixture(scope="module")
def campaign(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace with enough accepted statements for a parallel render, imported once for the module."""
    workspace = Workspace(tmp_path_factory.mktemp("campaign"))
    rng = random.Random(12)
    for i in range(STATEMENTS):
        text = " ".join(" ".join(rng.choices(WORDS, k=12)).capitalize() + "." for _ in range(4))
        workspace.add(f"{i}.eml", make_mail(text, sender=f"Signer {i} <s{i}@example.com>"))
    workspace.run("import", str(workspace.mail))
    return workspace.root


@pytest.fixture
def copy(campaign: Path, tmp_path: Path) -> Path:
    """A copy of the campaign's workspace, so that each compile starts without another's leftovers."""
    for path in campaign.iterdir():
        if path.is_file():
            shutil.copy2(path, tmp_path / path.name)
    return tmp_path


def start_compile(command: list[str], root: Path, processes: int) -> tuple[subprocess.Popen[str], list[Process]]:
    """`compile` in `root`, once `processes` processes below it run (its workers, and a fork server's)."""
    env = {k: v for k, v in os.environ.items() if k != "STATEMENT_COLLECTOR_CONFIG"}
    proc = subprocess.Popen([*command, "-c", str(root / "config.toml"), "compile"], cwd=root, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _wait_for(lambda: any(root.glob(".statements.pdf.*.chunks-*")) and len(descendants(proc.pid)) >= processes
              or proc.poll() is not None, timeout=120)
    time.sleep(0.5)  # the workers well into laying out their chunks
    below = descendants(proc.pid)
    assert proc.poll() is None and len(below) >= processes, "the compile should be rendering in parallel"
    return proc, below


class Process:
    """A process told apart from a later one given the same number (its start time)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.started = _stat(pid)[19:20]

    def running(self) -> bool:
        """Exists and is not a zombie (dead, its memory freed, waiting to be reaped by its new parent)."""
        fields = _stat(self.pid)
        return bool(fields) and fields[19:20] == self.started and fields[0] not in "ZX"

    def __repr__(self) -> str:
        return f"<pid {self.pid}>"


def descendants(root: int) -> list[Process]:
    """The Python processes below `root` (not the short-lived helpers that library loading may run), read from
    /proc: no psutil, and not every kernel has /proc/PID/task/*/children."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := _stat(int(entry.name))):
            parents[int(entry.name)] = int(fields[1])
    found, todo = [], [root]
    while todo:
        parent = todo.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent]
        found += children
        todo += children
    return [Process(pid) for pid in found if _executable(pid) == PYTHON]


def still_running(processes: list[Process]) -> list[Process]:
    """Those of `processes` still running after a generous deadline (no tight timing here: a loaded machine)."""
    _wait_for(lambda: not any(p.running() for p in processes), timeout=DEADLINE)
    return [p for p in processes if p.running()]


def leftovers(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith(".statements.pdf."))


@STARTS
def test_a_compile_killed_with_sigkill_takes_its_workers_with_it(
        copy: Path, command: list[str], processes: int) -> None:
    proc, workers = start_compile(command, copy, processes)
    proc.send_signal(signal.SIGKILL)  # to the compile alone, not its process group: nothing can clean up after it
    assert proc.wait(timeout=60) == -signal.SIGKILL
    assert still_running(workers) == []
    assert leftovers(copy), "a kill -9 leaves its partial files: the next compile removes them"
    assert subprocess.run([*FORKED, "-c", "config.toml", "compile"], cwd=copy, timeout=300).returncode == 0
    assert leftovers(copy) == []


@pytest.mark.parametrize("command, processes, signum", [
    (FORKED, 2, signal.SIGTERM), (FROM_FORK_SERVER, 4, signal.SIGINT)],
    ids=["sigterm", "sigint-from-a-fork-server"])
def test_sigterm_or_sigint_stops_the_workers_removes_partial_files_and_exits_with_one_line(
        copy: Path, command: list[str], processes: int, signum: int) -> None:
    proc, workers = start_compile(command, copy, processes)
    proc.send_signal(signum)  # as `kill PID`, timeout(1) or systemd send it
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert stderr.splitlines() == ["statement-collector: compile interrupted"]
    assert still_running(workers) == []
    assert leftovers(copy) == [] and not (copy / "statements.pdf").exists()


def test_a_worker_whose_compile_died_before_the_worker_was_set_up_exits_at_once(tmp_path: Path) -> None:
    # The race the parent-death signal leaves open: the compile dies between forking a worker and the worker asking
    # the kernel to be killed with it. Here the "compile" forks a child and exits; the child, orphaned, sets up.
    script = (
        "import os, time\n"
        "from statement_collector import pdf\n"
        "main = os.getpid()\n"
        "child = os.fork()\n"
        "if child == 0:\n"
        "    while os.getppid() == main:\n"
        "        time.sleep(0.01)\n"
        "    pdf.exit_with(main)\n"
        "    time.sleep(300)\n"
        "    os._exit(0)\n"
        f"open({str(tmp_path / 'child')!r}, 'w').write(str(child))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], timeout=60)
    assert proc.returncode == 0
    child = Process(int((tmp_path / "child").read_text()))
    assert still_running([child]) == []


def _stat(pid: int) -> list[str]:
    """/proc/PID/stat from the state on (field 3), or [] when the process is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return []
    return text[text.rindex(")") + 2:].split()


def _executable(pid: int) -> str:
    try:
        return os.readlink(f"/proc/{pid}/exe")
    except OSError:
        return ""


def _wait_for(condition: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)
