#!/usr/bin/env bash
# The real CLI path on a CUDA machine: harvest a few accepts -> `ormb-assist dataset` -> `ormb-assist train`
# with the shipped 8B QLoRA recipe (Unsloth) on a random model of the 8B layer shape -> `ormb-assist export`.
#   usage: benchmarks/gpu/cli_smoke.sh MODEL_DIR OUT_DIR   (MODEL_DIR is made, 2 layers of the 8B shape, if absent)
set -euo pipefail
model=$1; out=$2; work=/tmp/cli-smoke; rm -rf "$work"; mkdir -p "$work" "$out"
ormb() { python3 -c 'from ormb_assist.cli import main; main()' "$@"; }
[ -f "$model/random_model.json" ] || python3 "$(dirname "$0")/random_qwen3.py" --out "$model" --shape 8b --layers 2
python3 - "$work/harvest.sqlite" <<'PY'
import sys
from ormb_assist.harvest import HarvestEvent, HarvestStore
store = HarvestStore(sys.argv[1])
for i in range(24):
    code = (f"package com.cm.bill;\n\npublic class CmBillCheck{i} implements BillCompletionAlgorithmSpot {{\n"
            + "".join(f"    private void step{j}() {{ log.info(\"step {j} of {i}\"); }}\n" for j in range(i + 3)) + "}\n")
    extra = {"objective": f"check bill rule number {i}", "spot": f"Spot{i % 5}", "tables": ["CI_BILL"]}
    store.record(HarvestEvent(kind="generated", item_id=f"g{i}", file=f"src/CmBillCheck{i}.java", suggestion=code, extra=extra))
    store.record(HarvestEvent(kind="accepted", item_id=f"g{i}", file=f"src/CmBillCheck{i}.java", suggestion=code))
PY
ormb dataset --harvest "$work/harvest.sqlite" --out "$work/dataset" > "$out/dataset-stats.json"
ormb train --config recipes/qwen3-8b-qlora.yaml --dataset "$work/dataset" --output "$work/run" --model "$model" --max-steps 3 \
  > "$out/train.json" 2> "$out/train.log" || { tail -40 "$out/train.log"; exit 1; }
cp "$work/run/metrics.json" "$out/train-metrics.json"
ormb export --adapter "$work/run/adapter" --formats lora,merged,gguf --out "$work/export" > "$out/export.json" 2> "$out/export.log" || true
ls -la "$work/run/adapter" "$work/export" > "$out/files.txt" 2>&1 || true
cat "$out/train.json" "$out/export.json"
