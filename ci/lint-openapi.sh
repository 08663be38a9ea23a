#!/usr/bin/env bash
# Lints the committed contract, openapi/openapi.yaml, with Spectral and the OWASP API Security
# ruleset as configured in .spectral.yaml; fails on any error or warning. The tools are pinned
# in ci/openapi-lint/package-lock.json and installed there with npm (no global install, no
# install scripts) the first time, or again when the lock file changes. Needs node and npm.
set -euo pipefail
cd "$(dirname "$0")/.."

tools=ci/openapi-lint
spectral="$tools/node_modules/.bin/spectral"

command -v npm >/dev/null 2>&1 || { echo "lint-openapi: npm is needed (Debian: apt-get install nodejs npm)" >&2; exit 1; }
if [ ! -x "$spectral" ] || [ "$tools/package-lock.json" -nt "$tools/node_modules/.package-lock.json" ]; then
    echo "lint-openapi: installing the pinned Spectral and OWASP ruleset into $tools"
    npm ci --prefix "$tools" --ignore-scripts --no-audit --no-fund --loglevel=error
fi
"$spectral" --version | sed 's/^/lint-openapi: spectral /'
exec "$spectral" lint openapi/openapi.yaml --ruleset .spectral.yaml --fail-severity=warn
