#!/usr/bin/env python3
"""Runs margintop in a pseudo-terminal and measures what it costs to leave it open.

Counts every byte margintop writes to the terminal, the time to its first frame, its CPU time
(utime + stime from /proc/PID/stat) and its peak resident memory (VmHWM from /proc/PID/status).
Usage: pty_bench.py BINARY [--seconds 30] [--width 120] [--height 40] [--refresh 1] [--term T]
"""
import argparse
import fcntl
import json
import os
import pty
import select
import struct
import sys
import termios
import time


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    # Fields after the command name: state is index 0, utime 11, stime 12.
    return (int(fields[11]) + int(fields[12])) / ticks


def status_kb(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--width", type=int, default=120)
    parser.add_argument("--height", type=int, default=40)
    parser.add_argument("--refresh", type=int, default=1)
    parser.add_argument("--term", default="xterm-256color")
    parser.add_argument("--marker", default="updated", help="text that shows the first real frame")
    parser.add_argument("--config", help="measure the dashboard on this config instead of --demo "
                        "(e.g. accounts on a `margintop simulate` in another process, so the "
                        "simulator's own work is not counted)")
    options = parser.parse_args()

    source = ["--config", options.config] if options.config else ["--demo"]
    command = [options.binary, *source, "--refresh", str(options.refresh)]
    started = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update({"TERM": options.term, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
        os.environ.pop("NO_COLOR", None)
        os.execv(options.binary, command)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", options.height, options.width, 0, 0))

    total = 0
    first_frame = None
    steady_bytes = 0
    steady_cpu_start = None
    seen = b""
    deadline = None
    while True:
        now = time.monotonic()
        if deadline is not None and now >= deadline:
            break
        if first_frame is None and now - started > 20:
            print("margintop showed no frame within 20 s", file=sys.stderr)
            break
        timeout = 0.2 if deadline is None else max(0.0, min(0.2, deadline - now))
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        total += len(chunk)
        if first_frame is None:
            seen += chunk
            if options.marker.encode() in seen:
                first_frame = time.monotonic() - started
                steady_cpu_start = cpu_seconds(pid)
                deadline = time.monotonic() + options.seconds
                startup_bytes = total
        else:
            steady_bytes += len(chunk)

    result = {"command": " ".join(command[1:]), "size": f"{options.width}x{options.height}", "term": options.term}
    if first_frame is not None:
        cpu = cpu_seconds(pid) - steady_cpu_start
        refreshes = options.seconds / options.refresh
        result.update({
            "seconds": options.seconds,
            "first_frame_ms": round(first_frame * 1000, 1),
            "first_frame_bytes": startup_bytes,
            "bytes_after_first_frame": steady_bytes,
            "bytes_per_refresh": round(steady_bytes / refreshes, 1),
            "cpu_seconds": round(cpu, 3),
            "cpu_percent_of_one_core": round(100 * cpu / options.seconds, 3),
            "cpu_seconds_including_startup": round(cpu_seconds(pid), 3),
            "peak_rss_mb": round(status_kb(pid, "VmHWM") / 1024, 1),
        })
    os.write(fd, b"q")
    for _ in range(50):
        finished, status = os.waitpid(pid, os.WNOHANG)
        if finished:
            result["exit_status"] = os.waitstatus_to_exitcode(status)
            break
        try:
            while select.select([fd], [], [], 0.1)[0] and os.read(fd, 65536):
                pass
        except OSError:
            time.sleep(0.1)  # the terminal is closing; wait for the exit itself
    else:
        os.kill(pid, 15)
        os.waitpid(pid, 0)
        result["exit_status"] = "killed"
    print(json.dumps(result, indent=2))
    return 0 if first_frame is not None else 1


if __name__ == "__main__":
    sys.exit(main())
