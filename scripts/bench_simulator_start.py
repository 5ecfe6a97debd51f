#!/usr/bin/env python3
"""Benchmark: how fast a standalone simulator starts and serves its first signed balances.

    scripts/bench_simulator_start.py [path/to/margintop] [runs]

Runs `margintop simulate --json` (default binary: .build/debug/margintop) `runs` times (default 10)
and reports, per run, the time until the credentials line is printed and until one signed OKX
balance and one signed Bybit wallet balance have been answered (signed by independent_signer.py's
functions). The demo's target is a first frame under 300 ms.
"""
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import independent_signer as signer  # noqa: E402


def signed_get(url, headers):
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=5) as response:
        return json.loads(response.read())


def run_once(binary):
    started = time.perf_counter()
    process = subprocess.Popen([binary, "simulate", "--json"], stdout=subprocess.PIPE, text=True)
    try:
        info = json.loads(process.stdout.readline())
        listening = time.perf_counter() - started
        base, okx, bybit = info["base_url"].rstrip("/"), info["okx"], info["bybit"]
        path = "/api/v5/account/balance"
        headers = signer.okx_headers(okx["api_key"], okx["secret"], okx["passphrase"], "GET", path, "", 0, False, False)
        assert signed_get(base + path, headers)["code"] == "0"
        query = "accountType=UNIFIED"
        headers = signer.bybit_headers(bybit["api_key"], bybit["secret"], query, 0, False, 5000)
        assert signed_get(base + "/v5/account/wallet-balance?" + query, headers)["retCode"] == 0
        return listening, time.perf_counter() - started
    finally:
        process.terminate()
        process.wait()


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/margintop"
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    results = [run_once(binary) for _ in range(runs)]
    for name, index in (("listening", 0), ("first balances served", 1)):
        values = sorted(r[index] * 1000 for r in results)
        print("%-22s median %.1f ms, max %.1f ms over %d runs" % (name, statistics.median(values), values[-1], runs))


if __name__ == "__main__":
    main()
