#!/usr/bin/env python3
"""Runs margintop next to htop and btop, each in its own pseudo-terminal, and compares their cost.

The dashboard runs alone: the simulated venues run in a separate `margintop simulate` process whose
work is not counted, and margintop reads them through a config file (secrets from environment
variables). All programs share one terminal size and a 1 s refresh (`htop -d 10`, btop's
`update_ms = 1000`) and run at the same time, so a busy machine slows them alike.

For each program: CPU as a share of one core over the measured window (utime + stime from
/proc/PID/stat), mean and peak resident memory (VmRSS sampled every second, VmHWM), and the
resident memory split into the program's own file, shared libraries and anonymous memory
(/proc/PID/smaps). For margintop also the time to its first frame, and the CPU time it had used
by then (10 ms ticks), which a busy machine does not inflate.

Usage: side_by_side.py MARGINTOP_BINARY [--seconds 30] [--width 120] [--height 40] [--json]
"""
import argparse
import fcntl
import json
import os
import pty
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def status_kb(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def resident_by_mapping(pid, executable):
    """Resident kB by kind: the executable's own file, other files (libraries), anonymous."""
    totals = {"executable": 0, "libraries": 0, "anonymous": 0}
    libraries = {}
    current = None
    with open(f"/proc/{pid}/smaps") as f:
        for line in f:
            first = line.split(None, 1)[0]
            if "-" in first and not first.endswith(":"):
                parts = line.split()
                path = parts[5] if len(parts) > 5 else ""
                if path and os.path.realpath(path) == os.path.realpath(executable):
                    current = ("executable", None)
                elif path.startswith("/"):
                    current = ("libraries", os.path.basename(path))
                else:
                    current = ("anonymous", None)
            elif first == "Rss:" and current is not None:
                kb = int(line.split()[1])
                totals[current[0]] += kb
                if current[1]:
                    libraries[current[1]] = libraries.get(current[1], 0) + kb
    return totals, libraries


class Program:
    def __init__(self, name, argv, env, width, height, marker=None):
        self.name = name
        self.marker = marker.encode() if marker else None
        self.started = time.monotonic()
        pid, fd = pty.fork()
        if pid == 0:
            os.environ.clear()
            os.environ.update(env)
            try:
                os.execv(argv[0], argv)
            finally:
                os._exit(127)
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
        self.pid, self.fd = pid, fd
        self.first_frame = None
        self.first_frame_cpu = None
        self.seen = b""
        self.bytes = 0
        self.rss_samples = []
        self.executable = argv[0]

    def read(self):
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:
            return False
        self.bytes += len(chunk)
        if self.first_frame is None and self.marker:
            self.seen += chunk
            if self.marker in self.seen:
                self.first_frame = time.monotonic() - self.started
                self.first_frame_cpu = cpu_seconds(self.pid)
        return bool(chunk)

    def stop(self, keys):
        try:
            os.write(self.fd, keys)
        except OSError:
            pass
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            finished, _ = os.waitpid(self.pid, os.WNOHANG)
            if finished:
                return
            try:
                while select.select([self.fd], [], [], 0.1)[0] and os.read(self.fd, 65536):
                    pass
            except OSError:
                time.sleep(0.1)
        os.kill(self.pid, signal.SIGTERM)
        os.waitpid(self.pid, 0)


def start_simulator(binary):
    simulator = subprocess.Popen([binary, "simulate", "--json"], stdout=subprocess.PIPE, text=True)
    banner = json.loads(simulator.stdout.readline())
    return simulator, banner


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--width", type=int, default=120)
    parser.add_argument("--height", type=int, default=40)
    parser.add_argument("--warmup", type=float, default=3, help="seconds after margintop's first frame before measuring")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    options = parser.parse_args()
    binary = os.path.abspath(options.binary)

    work = tempfile.mkdtemp(prefix="margintop-bench-")
    simulator, banner = start_simulator(binary)
    programs = []
    try:
        config = os.path.join(work, "config.toml")
        with open(config, "w") as f:
            f.write(f'refresh = 1\n\n[[account]]\nname = "okx"\nexchange = "okx"\nbase_url = "{banner["base_url"]}"\n'
                    'api_key_env = "BENCH_OKX_KEY"\nsecret_env = "BENCH_OKX_SECRET"\npassphrase_env = "BENCH_OKX_PASSPHRASE"\n\n'
                    f'[[account]]\nname = "bybit"\nexchange = "bybit"\nbase_url = "{banner["base_url"]}"\n'
                    'api_key_env = "BENCH_BYBIT_KEY"\nsecret_env = "BENCH_BYBIT_SECRET"\n')
        os.makedirs(os.path.join(work, "config/btop"))
        with open(os.path.join(work, "config/btop/btop.conf"), "w") as f:
            f.write("update_ms = 1000\n")
        base_env = {"TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "HOME": work,
                    "XDG_CONFIG_HOME": os.path.join(work, "config"), "XDG_STATE_HOME": os.path.join(work, "state"),
                    "PATH": "/usr/bin:/bin"}
        margintop_env = dict(base_env, BENCH_OKX_KEY=banner["okx"]["api_key"], BENCH_OKX_SECRET=banner["okx"]["secret"],
                             BENCH_OKX_PASSPHRASE=banner["okx"]["passphrase"], BENCH_BYBIT_KEY=banner["bybit"]["api_key"],
                             BENCH_BYBIT_SECRET=banner["bybit"]["secret"])
        size = (options.width, options.height)
        programs.append(Program("margintop", [binary, "--config", config, "--refresh", "1"], margintop_env, *size, marker="updated"))
        quit_keys = {"margintop": b"q", "htop": b"q", "btop": b"q"}
        for name, argv in (("htop", ["htop", "-d", "10"]), ("btop", ["btop"])):
            path = shutil.which(argv[0])
            if path:
                programs.append(Program(name, [path, *argv[1:]], base_env, *size))

        by_fd = {p.fd: p for p in programs}
        margintop = programs[0]
        measure_from = None
        measure_until = None
        cpu_start = {}
        while True:
            now = time.monotonic()
            if margintop.first_frame is None and now - margintop.started > 20:
                print("margintop showed no frame within 20 s", file=sys.stderr)
                return 1
            if measure_from is None and margintop.first_frame is not None:
                measure_from = now + options.warmup
            if measure_from is not None and not cpu_start and now >= measure_from:
                cpu_start = {p.name: cpu_seconds(p.pid) for p in programs}
                measure_until = now + options.seconds
                next_sample = now
            if cpu_start:
                if now >= next_sample:
                    for p in programs:
                        p.rss_samples.append(status_kb(p.pid, "VmRSS"))
                    next_sample += 1
                if now >= measure_until:
                    break
            ready, _, _ = select.select(list(by_fd), [], [], 0.1)
            for fd in ready:
                by_fd[fd].read()

        results = []
        for p in programs:
            cpu = cpu_seconds(p.pid) - cpu_start[p.name]
            split, libraries = resident_by_mapping(p.pid, p.executable)
            results.append({
                "program": p.name,
                "cpu_percent_of_one_core": round(100 * cpu / options.seconds, 2),
                "rss_mean_mb": round(sum(p.rss_samples) / len(p.rss_samples) / 1024, 1),
                "rss_peak_mb": round(status_kb(p.pid, "VmHWM") / 1024, 1),
                "resident_executable_mb": round(split["executable"] / 1024, 1),
                "resident_libraries_mb": round(split["libraries"] / 1024, 1),
                "resident_anonymous_mb": round(split["anonymous"] / 1024, 1),
                "libraries": sorted(libraries),
                "first_frame_ms": round(p.first_frame * 1000, 1) if p.first_frame is not None else None,
                # CPU time spent until then: what the first frame costs on an idle machine, apart
                # from waiting for the venues.
                "first_frame_cpu_ms": round(p.first_frame_cpu * 1000) if p.first_frame_cpu is not None else None,
            })
    finally:
        for p in programs:
            p.stop(quit_keys.get(p.name, b"q"))
        simulator.send_signal(signal.SIGTERM)
        simulator.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)

    header = {"size": f"{options.width}x{options.height}", "refresh_seconds": 1, "seconds": options.seconds}
    if options.json:
        print(json.dumps({**header, "programs": results}, indent=2))
        return 0
    print(f"{header['size']}, 1 s refresh, {options.seconds:g} s measured, all at once")
    print(f"{'program':<10} {'CPU %':>6} {'RSS mean':>9} {'RSS peak':>9} {'exe':>6} {'libs':>6} {'anon':>6}   first frame")
    for r in results:
        frame = f"{r['first_frame_ms']} ms ({r['first_frame_cpu_ms']} ms CPU)" if r["first_frame_ms"] is not None else "-"
        print(f"{r['program']:<10} {r['cpu_percent_of_one_core']:>6} {r['rss_mean_mb']:>6} MB {r['rss_peak_mb']:>6} MB "
              f"{r['resident_executable_mb']:>6} {r['resident_libraries_mb']:>6} {r['resident_anonymous_mb']:>6}  {frame}")
    for r in results:
        print(f"{r['program']} loads: {', '.join(r['libraries'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
