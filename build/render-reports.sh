#!/usr/bin/env bash
# Renders the HTML reports to PNG with headless Chromium so a person can look at them.
# Not part of CI. Usage (from anywhere):  build/render-reports.sh
# Output: artifacts/reports/{firm-health-leader,portfolio}.{html,png} (+ French variants).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/artifacts/reports"
mkdir -p "$out"

browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "render-reports: chromium not found; installing Debian's chromium package" >&2
  apt-get update && apt-get install -y chromium
  browser="$(command -v chromium)"
fi

cd "$root"
dotnet build src/Maturity.Cli -c Release -o "$out/cli" -nologo -v quiet
cli=(dotnet "$out/cli/Maturity.Cli.dll")
"${cli[@]}" report --answers samples/companies/health/leader.yaml --rules rules --peers samples/companies/health --lang en --out "$out/firm-health-leader.html"
"${cli[@]}" report --answers samples/companies/health/leader.yaml --rules rules --peers samples/companies/health --lang fr --out "$out/firm-health-leader.fr.html"
"${cli[@]}" report --answers samples/companies/health/beginner.yaml --rules rules --peers samples/companies/health --lang fr --out "$out/firm-health-beginner.fr.html"
"${cli[@]}" report --portfolio samples/companies --rules rules --lang en --out "$out/portfolio.html"
"${cli[@]}" report --portfolio samples/companies --rules rules --lang fr --out "$out/portfolio.fr.html"

render() { # html png height
  local profile
  profile="$(mktemp -d)"
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars --screenshot="$2" --window-size="1200,$3" "file://$1" >/dev/null 2>&1
  rm -rf "$profile"
  echo "render-reports: $2"
}

for f in firm-health-leader firm-health-leader.fr firm-health-beginner.fr; do
  render "$out/$f.html" "$out/$f.png" 1600
done
for f in portfolio portfolio.fr; do
  render "$out/$f.html" "$out/$f.png" "${PORTFOLIO_HEIGHT:-4200}"
done
