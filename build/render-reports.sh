#!/usr/bin/env bash
# Renders the HTML reports to PNG with headless Chromium so a person can look at them.
# Not part of CI. Usage (from anywhere):  build/render-reports.sh
# Output: artifacts/reports/<report>.<lang>.html and <report>.<lang>.<width>.png for the firm reports of the
# health leader and beginner (peers: the health sample companies) and the portfolio of every sample company,
# in French and English, 1200 px and 800 px wide; plus the health beginner's French report in print (A4) layout.
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
for lang in fr en; do
  for firm in leader beginner; do
    "${cli[@]}" report --answers "samples/companies/health/$firm.yaml" --rules rules --peers samples/companies/health --lang "$lang" --out "$out/firm-health-$firm.$lang.html"
  done
  "${cli[@]}" report --portfolio samples/companies --rules rules --lang "$lang" --out "$out/portfolio.$lang.html"
done

# Headless Chromium screenshots the window only: the heights are generous enough for the whole page.
render() { # html png width height [extra chromium flags]
  local profile
  profile="$(mktemp -d)"
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars "${@:5}" --screenshot="$2" --window-size="$3,$4" "file://$1" >/dev/null 2>&1
  rm -rf "$profile"
  echo "render-reports: $2"
}

for lang in fr en; do
  for width in 1200 800; do
    for firm in leader beginner; do
      render "$out/firm-health-$firm.$lang.html" "$out/firm-health-$firm.$lang.$width.png" "$width" "$((width == 800 ? 3000 : 2400))"
    done
    render "$out/portfolio.$lang.html" "$out/portfolio.$lang.$width.png" "$width" "${PORTFOLIO_HEIGHT:-$((width == 800 ? 9000 : 7500))}"
  done
done

# The print rules (A4, 12 mm margins): headless screenshots ignore print media, so a copy of the page applies its
# print rules on screen, in the printable width of A4 (210 − 2 × 12 mm = 186 mm ≈ 703 px at 96 dpi).
for lang in fr en; do
  sed 's/@media print {/@media all {/' "$out/firm-health-beginner.$lang.html" > "$out/firm-health-beginner.$lang.print.html"
  render "$out/firm-health-beginner.$lang.print.html" "$out/firm-health-beginner.$lang.print.png" 703 3000
done
