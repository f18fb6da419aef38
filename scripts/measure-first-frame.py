#!/usr/bin/env python3
"""Time from starting `connote` to its first frame, in a pseudo-terminal.

    scripts/measure-first-frame.py [path/to/connote] [RUNS] [path/to/empty]

Starts the composer RUNS times (default 30) in a fresh 120x40 pty with an
empty config and data directory, and measures the wall time from fork to
the moment the scenario picker's text has been written to the terminal.
That includes exec, loading config and drafts, reading the phrase book
and drawing; nothing of a terminal multiplexer's latency. Prints the
median, minimum and maximum.

Given an empty program (`fn main() {}` built with `rustc -O`), it also
times fork to that program's exit in the same kind of pty, alternating
with the composer's runs so both see the same load, and prints the
difference of the medians: what the composer costs beyond starting a
process at all.
"""
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time

binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/connote"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
baseline = sys.argv[3] if len(sys.argv) > 3 else None
home = tempfile.mkdtemp()
env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=f"{home}/config",
           XDG_DATA_HOME=f"{home}/data", TERM="xterm-256color")
env.pop("NO_COLOR", None)


def spawn(program):
    """Forks `program` in a 120x40 pty; returns the pid and the pty."""
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.execve(program, [program], env)
    return pid, fd


def first_frame():
    """Milliseconds from fork to the picker's text on the terminal."""
    start = time.perf_counter()
    pid, fd = spawn(binary)
    screen = b""
    while b"Who is the note for" not in screen:
        ready, _, _ = select.select([fd], [], [], 5)
        if not ready:
            sys.exit("no first frame within 5 s")
        try:
            screen += os.read(fd, 65536)
        except OSError:
            sys.exit("connote exited before its first frame")
    elapsed = (time.perf_counter() - start) * 1000
    os.kill(pid, signal.SIGTERM)
    os.waitpid(pid, 0)
    os.close(fd)
    return elapsed


def empty_run():
    """Milliseconds from fork to the exit of the empty program."""
    start = time.perf_counter()
    pid, fd = spawn(baseline)
    os.waitpid(pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    os.close(fd)
    return elapsed


times, empty = [], []
for _ in range(runs):
    times.append(first_frame())
    if baseline:
        empty.append(empty_run())
print(f"time to first frame: median {statistics.median(times):.2f} ms, "
      f"min {min(times):.2f}, max {max(times):.2f} ({runs} runs)")
if baseline:
    print(f"empty program, fork to exit: median {statistics.median(empty):.2f} ms, "
          f"min {min(empty):.2f}, max {max(empty):.2f}")
    print(f"first frame beyond an empty program: "
          f"{statistics.median(times) - statistics.median(empty):.2f} ms (budget 2 ms)")
