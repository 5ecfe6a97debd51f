#!/usr/bin/env bash
# Fuzzes the JSON parser and both venues' decoders with libFuzzer for a bounded time.
#
#   scripts/fuzz.sh                   # 60 s (what CI runs)
#   scripts/fuzz.sh --seconds 600     # longer
#   scripts/fuzz.sh --runs 1000000    # a fixed number of inputs
#   scripts/fuzz.sh --build-only      # only build .build/fuzz/fuzz-decoders
#
# The target is compiled straight with swiftc (-sanitize=fuzzer,address) from the few sources it
# needs, so no SwiftPM dependency is rebuilt with sanitizers. The seed corpus is every JSON
# fixture of the repository (Tests/*/Fixtures); the working corpus grows in
# .build/fuzz/corpus. A crash stops the run with exit status 1 and leaves the input in
# .build/fuzz/crashes/: add it to Tests/ExchangeKitTests/FuzzRegressionTests.swift.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
runs=-1
build_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --runs) runs="$2"; seconds=0; shift 2 ;;
    --build-only) build_only=1; shift ;;
    *) echo "usage: $0 [--seconds N | --runs N | --build-only]" >&2; exit 2 ;;
  esac
done

out=.build/fuzz
mkdir -p "$out/obj" "$out/corpus" "$out/crashes"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6)

# ExchangeModel whole, and the part of ExchangeKit the decoders use, as modules of the same names
# (so the target's imports read as in the app). Rebuilt only when a source is newer than the binary.
kit_sources=(
  Sources/ExchangeKit/JSON/RawField+Lenient.swift
  Sources/ExchangeKit/Decoding/*.swift
  Sources/ExchangeKit/Errors/ErrorClassifier.swift
  Sources/ExchangeKit/Errors/ErrorClassifier+Codes.swift
  Sources/ExchangeKit/Time/PlausibleTime.swift
  Sources/ExchangeKit/ExchangeClient.swift
)
# Every file of ExchangeModel, subfolders (Risk/) included.
mapfile -t model_sources < <(find Sources/ExchangeModel -name '*.swift' | sort)
binary="$out/fuzz-decoders"
newest=$(ls -t "${model_sources[@]}" "${kit_sources[@]}" Fuzz/*.swift scripts/fuzz.sh | head -1)
if [ ! -x "$binary" ] || [ "$newest" -nt "$binary" ]; then
  echo "building $binary"
  swiftc "${flags[@]}" -wmo -module-name ExchangeModel -emit-module -emit-module-path "$out/obj/ExchangeModel.swiftmodule" \
    -c -o "$out/obj/ExchangeModel.o" "${model_sources[@]}"
  swiftc "${flags[@]}" -wmo -module-name ExchangeKit -I "$out/obj" -emit-module -emit-module-path "$out/obj/ExchangeKit.swiftmodule" \
    -c -o "$out/obj/ExchangeKit.o" "${kit_sources[@]}"
  swiftc "${flags[@]}" -module-name DecoderFuzz -I "$out/obj" Fuzz/DecoderFuzzTarget.swift \
    "$out/obj/ExchangeModel.o" "$out/obj/ExchangeKit.o" -o "$binary" 2> >(grep -v "Cannot export local symbol" >&2)
fi
[ "$build_only" = 1 ] && exit 0

seeds=(Tests/ExchangeKitTests/Fixtures)
for dir in "${seeds[@]}"; do cp -n "$dir"/*.json "$out/corpus/" 2>/dev/null || true; done

args=(-dict=Fuzz/json.dict -max_len=${FUZZ_MAX_LEN:-8192} -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/crashes/")
if [ "$runs" -ge 0 ]; then args+=(-runs="$runs"); else args+=(-max_total_time="$seconds"); fi
start=$(date +%s)
"$binary" "${args[@]}" "$out/corpus"
echo "fuzz: $(( $(date +%s) - start )) s, no crash"
