#!/usr/bin/env bash
# What the need-to-know engine and the audit log cost on a file read: the same API read (GET /api/v1/families/{id})
# against two instances of Confide on one database, side by side in one run: one as shipped (engine decides, the
# reading is sealed into the audit chain before the reply), one started in the "Benchmark" environment with
# Confide:Benchmark:AccessControlOff=true (no engine, no audit; that switch is ignored in any other environment).
# Runs are counterbalanced, A B B A A B B A (ROUNDS=4), so a drift in the machine's speed during the run (it still
# speeds up minutes after start-up) favours neither side. Usage: bash bench/load/run-audit-overhead.sh [families=10000] [seconds=15]
# Binds to 127.0.0.1 only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
families=${1:-10000}; seconds=${2:-15}; engine=${ENGINE:-sqlite}; connections=${CONNECTIONS:-16}; rounds=${ROUNDS:-4}; warmup=${WARMUP:-30}
work=$(mktemp -d /tmp/confide-audit-load.XXXXXX)
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
dll=src/Confide.Web/bin/Release/net10.0/Confide.Web.dll
ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning dotnet $dll --urls "http://127.0.0.1:5081" >"$work/audited.log" 2>&1 &
audited=$!
ASPNETCORE_ENVIRONMENT=Benchmark Confide__Benchmark__AccessControlOff=true Logging__LogLevel__Default=Warning \
  dotnet $dll --urls "http://127.0.0.1:5082" >"$work/off.log" 2>&1 &
off=$!
trap 'kill $audited $off 2>/dev/null; rm -rf "$work"' EXIT
for port in 5081 5082; do for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done; done
grep -q "ACCESS CONTROL AND AUDIT ARE OFF" "$work/off.log" || { echo "the unguarded instance did not switch access control off"; exit 1; }
auth="Authorization: Bearer $token"
family=$(curl -fs -H "$auth" "http://127.0.0.1:5081/api/v1/caseload" | grep -o '"id":"[0-9a-f-]*"' | sed -n 1p | cut -d'"' -f4)
# The demo organisation (Suffolk profile) asks everyone for a reason: give it once, for the 30-minute access session.
curl -fs -o /dev/null -w "reason: %{http_code}\n" -X POST -H "$auth" -H "Content-Type: application/json" \
  -d '{"purpose":"case-work","detail":"load test"}' "http://127.0.0.1:5081/api/v1/families/$family/reason"
for port in 5081 5082; do curl -fs -o /dev/null -w "check $port: %{http_code}\n" -H "$auth" "http://127.0.0.1:$port/api/v1/families/$family"; done
# Warm both instances up (tiered JIT, connection pools, caches) for 30 s each before anything is measured; not counted.
for port in 5081 5082; do wrk -t2 -c"$connections" -d"${warmup}s" -H "$auth" "http://127.0.0.1:$port/api/v1/families/$family" >/dev/null; done
declare -A total=([5081]=0 [5082]=0)
for round in $(seq 1 "$rounds"); do
  order="5081 5082"; [ $((round % 2)) = 0 ] && order="5082 5081"
  for port in $order; do
    rps=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "$auth" "http://127.0.0.1:$port/api/v1/families/$family" | tee "$work/wrk-$port-$round" | awk '/Requests\/sec/ {print $2}')
    p50=$(awk '/ 50%/ {print $2}' "$work/wrk-$port-$round"); p99=$(awk '/ 99%/ {print $2}' "$work/wrk-$port-$round")
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk-$port-$round"); non2xx=${non2xx:-0}
    name=$([ $port = 5081 ] && echo "audited " || echo "engine+audit off")
    echo "round $round  $name  $rps req/s  p50 $p50  p99 $p99  non-2xx $non2xx"
    total[$port]=$(echo "${total[$port]} + $rps" | bc -l)
  done
done
echo "ratio audited/off: $(echo "scale=3; ${total[5081]} / ${total[5082]}" | bc -l)  (bar: >= 0.8)"
sleep 2
echo "audit log after the run: $($cli audit verify | tail -1)"
