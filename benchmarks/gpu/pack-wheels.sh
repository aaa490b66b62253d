#!/usr/bin/env bash
# Repack the wheels fetched by ../shared/gpu/fetch-wheels.sh (.whl/ ≈48 MB + .whl2/ ≈42 MB) into one
# folder, .whl_gpu/, small enough to travel to the offline GPU machine in a single call (< 64 MiB with
# the working tree). Trims only what training never loads: bitsandbytes' libraries for CUDA/ROCm/XPU
# versions other than the machine's CUDA 13.x, and Unsloth's web "studio" front end.
#   usage (from the project root, after fetch-wheels.sh): benchmarks/gpu/pack-wheels.sh
# On the GPU machine: python3 -m pip install -q --no-index --no-deps --no-compile --target /tmp/site .whl_gpu/*.whl
set -euo pipefail
grep -qx '/.whl_gpu/' .git/info/exclude 2>/dev/null || echo '/.whl_gpu/' >> .git/info/exclude
rm -rf .whl_gpu && mkdir -p .whl_gpu
cp .whl/*.whl .whl_gpu/
work=$(mktemp -d)
trim() {  # trim WHEEL GLOB...: drop members matching the globs, rewrite RECORD, re-zip in place
  local wheel=$1; shift
  rm -rf "$work/x" && mkdir -p "$work/x" && (cd "$work/x" && unzip -q "$OLDPWD/$wheel")
  for glob in "$@"; do (cd "$work/x" && rm -rf $glob); done
  local record; record=$(ls "$work"/x/*.dist-info/RECORD)
  (cd "$work/x" && while IFS= read -r line; do f=${line%%,*}; [ -e "$f" ] || [ "${f##*/}" = RECORD ] && echo "$line"; done \
     < "$record" > "$record.new" && mv "$record.new" "$record")
  rm -f "$wheel" && (cd "$work/x" && zip -q -r -X "$OLDPWD/$wheel" .)
}
cp .whl2/bitsandbytes-*.whl .whl_gpu/
trim .whl_gpu/bitsandbytes-*.whl 'bitsandbytes/libbitsandbytes_cuda1[12]*.so' 'bitsandbytes/libbitsandbytes_rocm*.so' \
  'bitsandbytes/libbitsandbytes_xpu*.so'
trim .whl_gpu/unsloth-2026*.whl studio
rm -rf "$work"
# ormb-assist's own training extra that the GPU image lacks (the dataset builder's near-duplicate filter),
# plus what the harvest source's Java parser needs (tree-sitter, sqlglot), for `ormb-assist dataset` there
for p in datasketch==2.0.0 tree-sitter==0.26.1 tree-sitter-java==0.23.5 sqlglot==30.30.0; do
  python3 -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
    --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 -d .whl_gpu "$p"
done
du -sh .whl_gpu
