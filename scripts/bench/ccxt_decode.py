#!/usr/bin/env python3
"""Times ccxt turning the DecodeBenchmark payloads into balances, as margintop's decoders do.

Per payload: json.loads of the bytes plus ccxt's own balance parser for the venue
(okx.parse_trading_balance, what fetch_balance uses for the trading account; bybit.parse_balance),
the same work DecodeBenchmark times (bytes in, every currency's figures out). CPU time of this
thread (time.thread_time) is reported beside wall time, as DecodeBenchmark does.

Usage: ccxt_decode.py DIR [iterations]   (DIR from `DecodeBenchmark --write-payloads DIR`)
"""
import json
import statistics
import sys
import time

import ccxt


def measure(iterations, decode):
    for _ in range(5):
        decode()
    wall, cpu = [], []
    for _ in range(iterations):
        w, c = time.perf_counter(), time.thread_time()
        decode()
        cpu.append((time.thread_time() - c) * 1000)
        wall.append((time.perf_counter() - w) * 1000)
    return statistics.median(wall), statistics.mean(wall), statistics.median(cpu), statistics.mean(cpu)


def main():
    directory = sys.argv[1]
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    okx_bytes = open(f"{directory}/okx-balance-500.json", "rb").read()
    bybit_bytes = open(f"{directory}/bybit-wallet-500.json", "rb").read()
    okx, bybit = ccxt.okx(), ccxt.bybit()

    okx_balance = okx.parse_trading_balance(json.loads(okx_bytes))
    bybit_balance = bybit.parse_balance(json.loads(bybit_bytes))
    currencies = lambda balance: [k for k in balance if k not in ("info", "timestamp", "datetime", "free", "used", "total", "debt")]
    assert len(currencies(okx_balance)) == 500 and len(currencies(bybit_balance)) == 500, "ccxt did not decode 500 currencies"

    print(f"ccxt {ccxt.__version__}, Python {sys.version.split()[0]}: 500 currencies, {iterations} decodes each after 5 warm-up decodes")
    for name, data, decode in (
        ("OKX balance ", okx_bytes, lambda: okx.parse_trading_balance(json.loads(okx_bytes))),
        ("Bybit wallet", bybit_bytes, lambda: bybit.parse_balance(json.loads(bybit_bytes))),
    ):
        wall_median, wall_mean, cpu_median, cpu_mean = measure(iterations, decode)
        print(f"{name} {len(data) / 1024:5.0f} KB   wall: median {wall_median:6.2f} ms, mean {wall_mean:6.2f} ms   "
              f"CPU: median {cpu_median:6.2f} ms, mean {cpu_mean:6.2f} ms")


if __name__ == "__main__":
    main()
