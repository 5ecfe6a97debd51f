#!/usr/bin/env python3
"""Independent OKX v5 / Bybit v5 request signer, written from the venues' documentation.

Used by the simulator's tests to prove the simulator accepts requests signed by code that shares
nothing with margintop (standard library only: hmac, hashlib, base64, urllib).

    SIM_API_KEY=... SIM_SECRET=... SIM_PASSPHRASE=... independent_signer.py okx BASE_URL PATH [QUERY] [options]
    SIM_API_KEY=... SIM_SECRET=... independent_signer.py bybit BASE_URL PATH [QUERY] [options]

Secrets come from the environment, never from argv, so they do not show in `ps`.
Options: --skew-ms N (shift the timestamp), --wrong-sign, --demo-header (OKX x-simulated-trading: 1),
--passphrase-override TEXT (OKX), --recv-window N (Bybit).
Prints one JSON line: {"status": int, "headers": {lower-case name: value}, "body": text}.
"""
import base64
import datetime
import hashlib
import hmac
import json
import os
import sys
import time
import urllib.error
import urllib.request


def okx_headers(api_key, secret, passphrase, method, path_with_query, body, skew_ms, wrong_sign, demo):
    # OKX: Base64(HMAC-SHA256(secret, timestamp + METHOD + requestPath(+?query) + body)),
    # timestamp ISO-8601 UTC with milliseconds and a Z suffix.
    now = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(milliseconds=skew_ms)
    timestamp = now.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (now.microsecond // 1000)
    prehash = timestamp + method.upper() + path_with_query + body
    digest = hmac.new(secret.encode("utf-8"), prehash.encode("utf-8"), hashlib.sha256).digest()
    sign = base64.b64encode(digest).decode("ascii")
    if wrong_sign:
        sign = base64.b64encode(hashlib.sha256(b"not the signature").digest()).decode("ascii")
    headers = {
        "OK-ACCESS-KEY": api_key,
        "OK-ACCESS-SIGN": sign,
        "OK-ACCESS-TIMESTAMP": timestamp,
        "OK-ACCESS-PASSPHRASE": passphrase,
    }
    if demo:
        headers["x-simulated-trading"] = "1"
    return headers


def bybit_headers(api_key, secret, query, skew_ms, wrong_sign, recv_window):
    # Bybit: hex(HMAC-SHA256(secret, timestamp + apiKey + recvWindow + queryString)), ms timestamp.
    timestamp = str(int(time.time() * 1000) + skew_ms)
    prehash = timestamp + api_key + str(recv_window) + query
    sign = hmac.new(secret.encode("utf-8"), prehash.encode("utf-8"), hashlib.sha256).hexdigest()
    if wrong_sign:
        sign = hashlib.sha256(b"not the signature").hexdigest()
    return {
        "X-BAPI-API-KEY": api_key,
        "X-BAPI-TIMESTAMP": timestamp,
        "X-BAPI-SIGN": sign,
        "X-BAPI-RECV-WINDOW": str(recv_window),
    }


def main(argv):
    venue, base, path = argv[1], argv[2].rstrip("/"), argv[3]
    query = argv[4] if len(argv) > 4 and not argv[4].startswith("--") else ""
    options = argv[4 + (1 if query else 0):]

    def option(name, default=None):
        return options[options.index(name) + 1] if name in options else default

    skew_ms = int(option("--skew-ms", "0"))
    wrong_sign = "--wrong-sign" in options
    api_key = os.environ["SIM_API_KEY"]
    secret = os.environ["SIM_SECRET"]
    path_with_query = path + ("?" + query if query else "")
    if venue == "okx":
        passphrase = option("--passphrase-override", os.environ.get("SIM_PASSPHRASE", ""))
        headers = okx_headers(api_key, secret, passphrase, "GET", path_with_query, "", skew_ms, wrong_sign,
                              "--demo-header" in options)
    else:
        headers = bybit_headers(api_key, secret, query, skew_ms, wrong_sign, int(option("--recv-window", "5000")))
    request = urllib.request.Request(base + path_with_query, headers=headers, method="GET")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            status, reply_headers, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, reply_headers, body = error.code, error.headers, error.read()
    print(json.dumps({
        "status": status,
        "headers": {name.lower(): value for name, value in reply_headers.items()},
        "body": body.decode("utf-8", "replace"),
    }))


if __name__ == "__main__":
    main(sys.argv)
