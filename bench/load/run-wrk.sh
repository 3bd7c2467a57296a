#!/usr/bin/env bash
# Load run: requests/s and latency of the family-file page and the API read, with wrk against a demo
# organisation of N families, on SQLite (default) or PostgreSQL (CONNECTION=... ENGINE=postgres).
# Usage: bash bench/load/run-wrk.sh [families=10000] [seconds=20]. Binds to 127.0.0.1 only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
families=${1:-10000}; seconds=${2:-20}; engine=${ENGINE:-sqlite}; port=${PORT:-5077}
work=$(mktemp -d /tmp/confide-load.XXXXXX)
dotnet build -c Release src/Confide.Cli/Confide.Cli.csproj -v q >/dev/null
dotnet build -c Release src/Confide.Web/Confide.Web.csproj -v q >/dev/null
export Confide__Database=$engine Confide__MasterKeyFile=$work/master.key Confide__DataProtectionKeys=$work/dp
if [ "$engine" = postgres ]; then
  export ConnectionStrings__Records=$CONNECTION ConnectionStrings__Keys=$CONNECTION
else
  export ConnectionStrings__Records="Data Source=$work/confide.db" ConnectionStrings__Keys="Data Source=$work/confide-keys.db"
fi
cli=src/Confide.Cli/bin/Release/net10.0/confide
$cli demo --families "$families" --seed 7 | grep -E "families/s"
token=$($cli token create --email coordinator@demo.confide.test --days 1 | grep -o 'cfd_[A-Za-z0-9_-]*' | sed -n 1p)
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  dotnet src/Confide.Web/bin/Release/net10.0/Confide.Web.dll --urls "http://127.0.0.1:$port" >"$work/web.log" 2>&1 &
web=$!
trap 'kill $web 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
base="http://127.0.0.1:$port"
family=$(curl -fs -H "Authorization: Bearer $token" "$base/api/v1/caseload" | grep -o '"id":"[0-9a-f-]*"' | sed -n 1p | cut -d'"' -f4)
# The demo organisation (Suffolk profile) asks everyone for a reason before opening a file: give it once, for the
# 30-minute access session (it holds for the page too: same person, same file). Without it every read is a refusal.
curl -fs -o /dev/null -X POST -H "Authorization: Bearer $token" -H "Content-Type: application/json" \
  -d '{"purpose":"case-work","detail":"load test"}' "$base/api/v1/families/$family/reason"
# Sign in as the demo coordinator (no two-factor in the demo organisation) for the page's cookie.
jar=$work/cookies
page=$(curl -fs -c "$jar" "$base/account/sign-in")
csrf=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//')
curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=coordinator@demo.confide.test" --data-urlencode "Password=confide-demo-only" \
  --data-urlencode "__RequestVerificationToken=$csrf" "$base/account/sign-in"
cookie=$(awk 'NF >= 7 {printf "%s=%s; ", $6, $7}' "$jar")
for check in api page; do
  if [ $check = api ]; then code=$(curl -s -o /dev/null -w "%{http_code}" -H "Authorization: Bearer $token" "$base/api/v1/families/$family")
  else code=$(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: $cookie" "$base/families/$family"); fi
  echo "$check check: $code"; [ "$code" = 200 ] || { echo "the $check read is not a 200; nothing measured"; exit 1; }
done
echo "== $engine, $families families: API read GET /api/v1/families/{id}"
wrk -t2 -c16 -d"${seconds}s" --latency -H "Authorization: Bearer $token" "$base/api/v1/families/$family" | grep -E "Requests/sec|50%|99%|Non-2xx"
echo "== $engine, $families families: family-file page GET /families/{id}"
wrk -t2 -c16 -d"${seconds}s" --latency -H "Cookie: $cookie" "$base/families/$family" | grep -E "Requests/sec|50%|99%|Non-2xx"
