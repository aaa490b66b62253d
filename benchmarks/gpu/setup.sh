#!/usr/bin/env bash
# On the offline GPU machine, from the project root: install the carried wheels (.whl_gpu, made by
# benchmarks/gpu/pack-wheels.sh) and this project into /tmp/site, then print the versions that matter.
#   usage: source benchmarks/gpu/setup.sh
export PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 HF_DATASETS_OFFLINE=1 UNSLOTH_DISABLE_STATISTICS=1
if [ ! -f /tmp/site/.ok ]; then
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --target /tmp/site .whl_gpu/*.whl || return 1
  touch /tmp/site/.ok
fi
python3 -m pip install -q --no-index --no-deps --no-build-isolation --no-compile --no-cache-dir --upgrade \
  --target /tmp/site-ormb . >/dev/null 2>&1 || { echo "project install failed"; return 1; }
export PYTHONPATH=/tmp/site-ormb:/tmp/site
python3 - <<'PY'
import importlib.metadata as md, torch
names = ["torch", "transformers", "trl", "peft", "accelerate", "datasets", "bitsandbytes", "unsloth", "unsloth_zoo"]
print({n: md.version(n) for n in names}, torch.cuda.get_device_name(0), flush=True)
PY
