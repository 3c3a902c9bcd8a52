#!/usr/bin/env bash
# Runs every test on a fresh machine: unit tests, integration tests against the embedded
# engine, and browser tests in Debian's Chromium (installed with apt-get when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ]; then
  echo "Installing npm dependencies"
  npm ci --no-audit --no-fund
fi

CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  echo "Installing Debian's Chromium for the browser tests"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium > /dev/null
fi
export CHROMIUM_PATH

node scripts/build_engine.mjs
node scripts/build_browser.mjs

echo "== Type check"
npx tsc --noEmit -p tsconfig.json

echo "== Unit tests"
npx jest --selectProjects unit

echo "== Integration tests"
npx jest --selectProjects integration --runInBand

echo "== Browser tests"
rm -rf build/browser-test-data
npx playwright test -c test/browser/playwright.config.ts
