"""Run a command and watch its whole process tree: wall time, CPU time and peak memory.

Worker processes of `--jobs N` are started by a fork server, and Spark's Python workers by the
JVM, so the operating system's count of a child's resources (``RUSAGE_CHILDREN``) misses most of
them. Here every descendant is sampled with psutil while the command runs.
"""
from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

SAMPLE_SECONDS = 0.2


@dataclass
class Usage:
    wall: float  # seconds from start to exit
    cpu: float  # CPU seconds of the command and every process it started
    peak_rss_mb: float  # the largest sum of the tree's resident memory seen at one moment
    peak_main_mb: float  # the largest resident memory of the command's own process
    machine_cpu: float  # CPU seconds the whole machine was busy meanwhile (0 where unknown)
    returncode: int
    stderr: str

    @property
    def other_cpu(self) -> float:
        """CPU seconds other programs on the machine took meanwhile (a shared machine)."""
        return max(0.0, self.machine_cpu - self.cpu)


def busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy since boot (/proc/stat; 0 where absent)."""
    try:
        ticks = [int(f) for f in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    except OSError:
        return 0.0
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")  # minus idle and iowait


def run(command: list[str], *, cwd: Path | None = None, stdin_writer=None) -> Usage:
    """Run COMMAND, sampling its process tree; STDIN_WRITER(pipe), if given, feeds its stdin."""
    busy = busy_seconds()
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdin=subprocess.PIPE if stdin_writer else None,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    feeder = None
    if stdin_writer is not None:
        import threading

        feeder = threading.Thread(target=_feed, args=(stdin_writer, process.stdin), daemon=True)
        feeder.start()
    cpu: dict[int, float] = {}
    peak_tree = peak_main = 0.0
    main = psutil.Process(process.pid)
    stderr_chunks: list[bytes] = []
    reader = _drain(process.stderr, stderr_chunks)
    while process.poll() is None:
        tree_rss = 0
        for member in [main, *_children(main)]:
            try:
                times = member.cpu_times()
                cpu[member.pid] = times.user + times.system
                rss = member.memory_info().rss
            except psutil.Error:
                continue
            tree_rss += rss
            if member.pid == main.pid:
                peak_main = max(peak_main, rss / 2**20)
        peak_tree = max(peak_tree, tree_rss / 2**20)
        time.sleep(SAMPLE_SECONDS)
    wall = time.perf_counter() - started
    reader.join()
    if feeder is not None:
        feeder.join(timeout=5)
    return Usage(wall, sum(cpu.values()), peak_tree, peak_main, busy_seconds() - busy, process.returncode,
                 b"".join(stderr_chunks).decode("utf-8", "replace"))


def _children(process: psutil.Process) -> list[psutil.Process]:
    try:
        return process.children(recursive=True)
    except psutil.Error:
        return []


def _feed(writer, pipe) -> None:
    try:
        writer(pipe)
    except BrokenPipeError:
        pass
    finally:
        try:
            pipe.close()
        except BrokenPipeError:
            pass


def _drain(stream, chunks: list[bytes]):
    import threading

    thread = threading.Thread(target=lambda: chunks.extend(iter(lambda: stream.read(65536), b"")),
                              daemon=True)
    thread.start()
    return thread
