#!/usr/bin/env bash
# Vendors GOV.UK Frontend's compiled CSS into src/Confide.Web/wwwroot/lib/govuk, without GOV.UK branding
# or fonts: the GDS Transport @font-face rules are removed and its font stack replaced by system fonts.
# Usage: bash scripts/vendor-govuk.sh [version]   (needs npm; the result is committed)
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:-6.6.0}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "govuk-frontend@$version" >/dev/null 2>&1 && tar xzf govuk-frontend-*.tgz)
out=src/Confide.Web/wwwroot/lib/govuk
mkdir -p "$out"
sed -E 's/@font-face\{font-family:GDS Transport;[^}]*\}//g; s/font-family:GDS Transport,arial,sans-serif/font-family:system-ui,-apple-system,"Segoe UI",Roboto,arial,sans-serif/g' \
  "$work/package/dist/govuk/govuk-frontend.min.css" > "$out/govuk-frontend.min.css"
echo "govuk-frontend $version (MIT, Crown copyright): compiled CSS with GOV.UK fonts removed" > "$out/VERSION"
