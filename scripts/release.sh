#!/usr/bin/env bash
# Installs what is missing, builds the release dist/, and writes posture-explainer-VERSION.zip:
# dist/, deploy/ (nginx.conf) and DEPLOY.md, everything a clinic needs with no tools installed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/build.sh
VERSION="$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)-$(git rev-parse --short=7 HEAD 2>/dev/null || echo unknown)"
OUT="$ROOT/posture-explainer-$VERSION.zip"
rm -f "$OUT"
python3 - "$OUT" <<'PY'
import os, sys, zipfile
out = sys.argv[1]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for folder in ("dist", "deploy"):
        for base, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for f in sorted(files):
                if folder == "deploy" and f == "DEPLOY.md":
                    continue
                z.write(os.path.join(base, f))
    z.write("deploy/DEPLOY.md", "DEPLOY.md")
PY
echo "wrote $OUT ($(du -k "$OUT" | cut -f1) KB)"
