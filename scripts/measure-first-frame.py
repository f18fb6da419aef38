#!/usr/bin/env python3
"""Time from starting `connote` to its first frame, in a pseudo-terminal.

    scripts/measure-first-frame.py [path/to/connote] [RUNS]

Starts the composer RUNS times (default 30) in a fresh 120x40 pty with an
empty config and data directory, and measures the wall time from fork to
the moment the scenario picker's text has been written to the terminal.
That includes exec, loading config and drafts, building the phrase book
and drawing; nothing of a terminal multiplexer's latency. Prints the
median, minimum and maximum.
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
home = tempfile.mkdtemp()
env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=f"{home}/config",
           XDG_DATA_HOME=f"{home}/data", TERM="xterm-256color")
env.pop("NO_COLOR", None)
times = []
for _ in range(runs):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.execve(binary, [binary], env)
    screen = b""
    while b"Who is the note for" not in screen:
        ready, _, _ = select.select([fd], [], [], 5)
        if not ready:
            sys.exit("no first frame within 5 s")
        try:
            screen += os.read(fd, 65536)
        except OSError:
            sys.exit("connote exited before its first frame")
    times.append((time.perf_counter() - start) * 1000)
    os.kill(pid, signal.SIGTERM)
    os.waitpid(pid, 0)
    os.close(fd)
print(f"time to first frame: median {statistics.median(times):.1f} ms, "
      f"min {min(times):.1f}, max {max(times):.1f} ({runs} runs)")
