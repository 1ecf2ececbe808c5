# shellcheck shell=bash
# Lints the OpenAPI contract with Spectral (pinned in openapi/package.json), installing Node.js from the
# distribution's packages when the machine has none.

ensure_node() {
  if command -v npm >/dev/null && command -v node >/dev/null; then return 0; fi
  echo "Installing Node.js and npm from the distribution's packages (apt-get)" >&2
  command -v apt-get >/dev/null || { echo "error: Node.js is needed to lint the contract; install it." >&2; return 1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm >&2
}

lint_contract() {
  ensure_node
  (
    cd openapi
    npm ci --no-audit --no-fund --loglevel=error >&2
    npx --no-install spectral lint openapi.yaml --fail-severity=warn
  )
}
