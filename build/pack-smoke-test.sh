#!/usr/bin/env bash
# Pack smoke test: packs Maturity, Maturity.Reporting, Maturity.Batch and the Maturity.Cli tool into a temporary
# feed, then proves that a fresh consumer can use them exactly as a NuGet user would:
#   - a net10.0 console app restores Maturity from that feed (its dependencies, e.g. YamlDotNet,
#     from the normal package feed), loads a small rule set, assesses a company, checks the score,
#     the JSON and the text report, and resolves the engine through dependency injection;
#   - a netstandard2.0 class library compiles against the package (warnings as errors);
#   - a host with no rule file anywhere assesses through AddShippedRuleSets, once per served YamlDotNet
#     version from the one Maturity depends on up to the newest (each pinned by the host), the newest
#     also with the newest DependencyInjection and System.Text.Json;
#   - the `maturity` dotnet tool installs from the feed and lints a rule file, then, from an empty
#     folder, lists the shipped rule sets and their questions, writes a template that is filled in and
#     assessed, scores the CSV template in batch, and inits a sector rule set that lints clean.
# Also checks the package contents (target frameworks, XML docs, README, icon, licence, project URL,
# tags, release notes, snupkg) and prints each package's file list.
#
# usage: build/pack-smoke-test.sh [--skip-cli] [--keep]
# Exit code 0 on success, non-zero on the first failure. Needs: dotnet, unzip or python3.
set -euo pipefail

skip_cli=false
keep=false
for arg in "$@"; do
  case "$arg" in
    --skip-cli) skip_cli=true ;;
    --keep) keep=true ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "pack-smoke-test: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/maturity-pack-smoke.XXXXXX")"
feed="$work/feed"
app="$work/consumer"
lib="$work/consumer-lib"
# A version of its own, so no cached package of an earlier run can be picked up.
version="0.0.0-smoke.$(date +%Y%m%d%H%M%S).$$"
start=$SECONDS
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

global_packages="$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: *//p')"
cleanup() {
  local rc=$?
  # Remove this run's packages from the global cache; keep everything else untouched.
  if [[ -n "$global_packages" ]]; then
    rm -rf "$global_packages/maturity/$version" "$global_packages/maturity.reporting/$version" "$global_packages/maturity.batch/$version" "$global_packages/maturity.cli/$version"
  fi
  if [[ "$keep" == true || $rc -ne 0 ]]; then
    echo "pack-smoke-test: work folder kept: $work" >&2
  else
    rm -rf "$work"
  fi
  exit $rc
}
trap cleanup EXIT

step() { printf '\n== %s (%ss)\n' "$1" "$((SECONDS - start))"; }
fail() { echo "pack-smoke-test: FAILED: $*" >&2; exit 1; }

list_zip() {
  if command -v unzip >/dev/null 2>&1; then unzip -Z1 "$1"
  else python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$1"; fi
}
read_zip() {
  if command -v unzip >/dev/null 2>&1; then unzip -p "$1" "$2"
  else python3 -c 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode("utf-8-sig"))' "$1" "$2"; fi
}

step "pack $version"
# One build of all packed projects (a throw-away solution), so MSBuild packs them in parallel.
projects=(src/Maturity/Maturity.csproj src/Maturity.Reporting/Maturity.Reporting.csproj src/Maturity.Batch/Maturity.Batch.csproj)
if [[ "$skip_cli" != true ]]; then projects+=(src/Maturity.Cli/Maturity.Cli.csproj); fi
mkdir -p "$work/pack"
{
  echo '<Solution>'
  for p in "${projects[@]}"; do echo "  <Project Path=\"$(realpath --relative-to="$work/pack" "$repo/$p")\" />"; done
  echo '</Solution>'
} > "$work/pack/pack.slnx"
dotnet pack "$work/pack/pack.slnx" -c Release -p:PackageOutputPath="$feed" -p:PackageVersion="$version" \
  -p:ContinuousIntegrationBuild=true --nologo -v q -clp:NoSummary || fail "dotnet pack"

step "check package contents"
check_package() {
  local id="$1" tfms="$2" nupkg="$feed/$1.$version.nupkg"
  [[ -f "$nupkg" ]] || fail "$nupkg not produced"
  [[ -f "$feed/$id.$version.snupkg" ]] || fail "$id: no symbol package (.snupkg)"
  local files; files="$(list_zip "$nupkg")"
  for tfm in $tfms; do
    grep -qx "lib/$tfm/$id.dll" <<<"$files" || fail "$id: lib/$tfm/$id.dll missing"
    grep -qx "lib/$tfm/$id.xml" <<<"$files" || fail "$id: lib/$tfm/$id.xml (XML docs) missing"
  done
  check_metadata "$id" "$nupkg" "$files"
  echo "$id: ok ($(grep -c . <<<"$files") files)"
}
check_metadata() {
  local id="$1" nupkg="$2" files="$3"
  grep -qx "README.md" <<<"$files" || fail "$id: README.md missing"
  grep -qx "icon.png" <<<"$files" || fail "$id: icon.png missing"
  local nuspec; nuspec="$(read_zip "$nupkg" "$id.nuspec")"
  grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || fail "$id: no MIT licence expression"
  grep -q '<readme>README.md</readme>' <<<"$nuspec" || fail "$id: no readme in the nuspec"
  grep -q '<icon>icon.png</icon>' <<<"$nuspec" || fail "$id: no icon in the nuspec"
  grep -q '<projectUrl>' <<<"$nuspec" || fail "$id: no project URL"
  grep -q '<tags>' <<<"$nuspec" || fail "$id: no tags"
  grep -q '<releaseNotes>' <<<"$nuspec" || fail "$id: no release notes (CHANGELOG.md)"
  if grep -qi 'sourcelink\|publicapianalyzers' <<<"$nuspec"; then fail "$id: a build-only package leaked as a dependency"; fi
}
check_package Maturity "netstandard2.0 net8.0 net10.0"
check_package Maturity.Reporting "netstandard2.0 net8.0 net10.0"
check_package Maturity.Batch "net8.0 net10.0"
if [[ "$skip_cli" != true ]]; then
  cli_files="$(list_zip "$feed/Maturity.Cli.$version.nupkg")"
  grep -qx 'tools/net10.0/any/Maturity.Cli.dll' <<<"$cli_files" && grep -qx 'tools/net10.0/any/DotnetToolSettings.xml' <<<"$cli_files" \
    || fail "Maturity.Cli: not a dotnet tool package"
  [[ -f "$feed/Maturity.Cli.$version.snupkg" ]] || fail "Maturity.Cli: no symbol package (.snupkg)"
  check_metadata Maturity.Cli "$feed/Maturity.Cli.$version.nupkg" "$cli_files"
  echo "Maturity.Cli: ok (tool package)"
fi
# The contents summary (unzip -l), less the tool's third-party assemblies.
for nupkg in "$feed"/*.nupkg; do
  echo "-- $(basename "$nupkg"): $(list_zip "$nupkg" | grep -c .) files"
  list_zip "$nupkg" | grep -Ev '^(_rels/|package/|\[Content_Types\])' | grep -Ev '^tools/net10.0/any/(System|Sep|YamlDotNet|Microsoft)' | sed 's/^/   /'
done

step "consumer projects"
mkdir -p "$app" "$lib"
# Keep the package feeds configured for this repository (whatever their names), plus the local feed.
# Source mapping makes Maturity* come from the local feed only, everything else from the usual feeds.
mapfile -t sources < <(cd "$repo" && dotnet nuget list source --format detailed | awk '
  /^[[:space:]]*[0-9]+\.[[:space:]]/ { enabled = ($0 ~ /\[Enabled\]/); name = $2; next }
  enabled && NF == 1 && name != "" { print name "\t" $1; name = "" }')
[[ ${#sources[@]} -gt 0 ]] || fail "no enabled package source configured (dotnet nuget list source)"
{
  echo '<?xml version="1.0" encoding="utf-8"?>'
  echo '<configuration>'
  echo '  <packageSources>'
  echo '    <clear />'
  echo "    <add key=\"maturity-smoke\" value=\"$feed\" />"
  for s in "${sources[@]}"; do echo "    <add key=\"${s%%$'\t'*}\" value=\"${s#*$'\t'}\" />"; done
  echo '  </packageSources>'
  echo '  <packageSourceMapping>'
  echo '    <packageSource key="maturity-smoke"><package pattern="Maturity" /><package pattern="Maturity.*" /></packageSource>'
  for s in "${sources[@]}"; do echo "    <packageSource key=\"${s%%$'\t'*}\"><package pattern=\"*\" /></packageSource>"; done
  echo '  </packageSourceMapping>'
  echo '</configuration>'
} > "$work/nuget.config"
echo "feeds: maturity-smoke ($feed) + ${sources[*]//$'\t'/ }"

cat > "$lib/ConsumerLib.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <LangVersion>latest</LangVersion>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Maturity" Version="$version" />
  </ItemGroup>
</Project>
EOF
cat > "$lib/ScoringFacade.cs" <<'EOF'
using System;
using System.Collections.Generic;
using Maturity.Answers;
using Maturity.Catalog;
using Maturity.Hosting;
using Maturity.Loading;
using Maturity.Output;
using Maturity.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace ConsumerLib
{
    /// <summary>A netstandard2.0 library of a host, compiled against the package.</summary>
    public static class ScoringFacade
    {
        public static RuleSetCatalog LoadCatalog(string yaml) =>
            new RuleSetCatalog(RuleSetLoader.LoadText(yaml, "smoke.yaml").ThrowIfFailed().RuleSets);

        public static AssessmentResult Assess(RuleSetCatalog catalog, string companyId, string naf, IDictionary<string, bool> flags)
        {
            var builder = AnswerSheet.For(new CompanyInfo(companyId, "Smoke SARL", naf));
            foreach (var flag in flags)
            {
                builder.Set(flag.Key, flag.Value);
            }

            var sheet = builder.Build();
            // No '!': the out values are [NotNullWhen] (polyfilled on netstandard2.0; warnings are errors here).
            return catalog.TryFindFor(sheet, out var ruleSet, out var problem)
                ? ruleSet.Assess(sheet)
                : throw new InvalidOperationException(problem.Message);
        }

        public static IServiceCollection AddSmokeRules(IServiceCollection services, string yaml) =>
            services.AddMaturity(b => b.AddRuleSet(yaml, "smoke.yaml").AddSource(new TextRuleSetSource(yaml, "again.yaml")));

        public static string ToJson(AssessmentResult result) => AssessmentJson.Write(result, indented: false);
    }
}
EOF
cat > "$app/Consumer.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Maturity" Version="$version" />
    <PackageReference Include="Maturity.Reporting" Version="$version" />
    <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.0" />
    <ProjectReference Include="../consumer-lib/ConsumerLib.csproj" />
  </ItemGroup>
</Project>
EOF
cat > "$work/smoke.yaml" <<'EOF'
ruleset: smoke
version: 1.2.3
title: { fr: Fumée, en: Smoke }
fallback: true
languages: [fr, en]
dimensions:
  - id: security
    title: { fr: Sécurité, en: Security }
    questions:
      - { id: mfa, type: boolean, text: { fr: "Double authentification ?", en: "MFA?" } }
      - { id: backup, type: boolean, text: { fr: "Sauvegardes testées ?", en: "Tested backups?" } }
levels:
  - { id: initial, min: 0, title: { fr: Initial, en: Initial } }
  - { id: emerging, min: 25, title: { fr: Émergent, en: Emerging } }
  - { id: advanced, min: 75, title: { fr: Avancé, en: Advanced } }
EOF
cat > "$app/Program.cs" <<'EOF'
using System.Globalization;
using ConsumerLib;
using Maturity.Diagnostics;
using Maturity.Hosting;
using Maturity.Reporting;
using Microsoft.Extensions.DependencyInjection;

var yaml = File.ReadAllText(args[0]);
var catalog = ScoringFacade.LoadCatalog(yaml);
var result = ScoringFacade.Assess(catalog, "smoke-1", "62.01Z", new Dictionary<string, bool> { ["mfa"] = true, ["backup"] = false });
Console.WriteLine("score=" + result.Score.ToString(CultureInfo.InvariantCulture) + " level=" + result.Level?.Id + " ruleset=" + result.RuleSetId + "@" + result.RuleSetVersion);
Console.WriteLine("json=" + ScoringFacade.ToJson(result));
var report = TextReport.Render(result, "fr");
Console.WriteLine("report-lines=" + report.Split('\n').Length);

// Dependency injection: the engine from the package, resolved by the host's container.
var services = new ServiceCollection();
ScoringFacade.AddSmokeRules(services, yaml);
using (var provider = services.BuildServiceProvider())
{
    try
    {
        provider.GetRequiredService<IMaturityEngine>();
        Console.WriteLine("di=unexpected-success");
    }
    catch (DiagnosticsException ex)
    {
        // The same rule set twice under two names: one exception listing the duplicate.
        Console.WriteLine("di-diagnostics=" + string.Join(",", ex.Diagnostics.Select(d => d.Code)));
    }
}

var ok = new ServiceCollection().AddMaturity(b => b.AddRuleSet(yaml, "smoke.yaml")).BuildServiceProvider();
var engine = ok.GetRequiredService<IMaturityEngine>();
var viaDi = engine.Assess(Maturity.Answers.AnswerSheet.For(new Maturity.Answers.CompanyInfo("smoke-2")).Set("mfa", true).Set("backup", true).Build());
Console.WriteLine("di-score=" + viaDi.Score.ToString(CultureInfo.InvariantCulture) + " reload=" + engine.Reload().Success);
ok.Dispose();
EOF

step "restore, build and run the consumers"
(cd "$work" && dotnet build "$app/Consumer.csproj" -c Release --nologo -v q -clp:NoSummary) || fail "consumer build (net10.0 app + netstandard2.0 library)"
output="$(cd "$work" && dotnet "$app/bin/Release/net10.0/Consumer.dll" "$work/smoke.yaml")" || fail "consumer run: $output"
echo "$output" | sed 's/^\(json=.\{100\}\).*/\1.../'
expect() { grep -qF -- "$1" <<<"$output" || fail "consumer output lacks: $1"; }
expect "score=50 level=emerging ruleset=smoke@1.2.3"
expect '"ruleSet":{"id":"smoke","version":"1.2.3","hash":"'
expect "di-diagnostics=MAT048"
expect "di-score=100 reload=True"
grep -q '^report-lines=[1-9]' <<<"$output" || fail "empty text report"
resolved="$(grep -o '"Maturity/[^"]*"' "$app/obj/project.assets.json" | head -1)"
[[ "$resolved" == "\"Maturity/$version\"" ]] || fail "consumer resolved $resolved instead of Maturity/$version"

step "a host with zero rule files, per served YamlDotNet version"
# The YamlDotNet version Maturity depends on, then every newer one the feed serves; each host pins its
# own. One project, restored and built once per version.
own_yaml="$(sed -n 's/.*Include="YamlDotNet" Version="\([^"]*\)".*/\1/p' "$repo/Directory.Packages.props")"
read -r -a yaml_versions <<<"${MATURITY_YAML_VERSIONS:-$own_yaml 17.1.0 18.0.0 18.1.0}"
newest_extensions=11.0.0
host="$work/zero-files-host"
mkdir -p "$host" "$work/empty"
cat > "$host/ZeroFilesHost.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <YamlVersion>$own_yaml</YamlVersion>
    <ExtensionsVersion>10.0.0</ExtensionsVersion>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Maturity" Version="$version" />
    <PackageReference Include="YamlDotNet" Version="\$(YamlVersion)" />
    <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="\$(ExtensionsVersion)" />
    <PackageReference Include="Microsoft.Extensions.DependencyInjection.Abstractions" Version="\$(ExtensionsVersion)" />
    <PackageReference Include="System.Text.Json" Version="\$(ExtensionsVersion)" Condition="'\$(ExtensionsVersion)' != '10.0.0'" />
  </ItemGroup>
</Project>
EOF
cat > "$host/Program.cs" <<'EOF'
using System.Globalization;
using Maturity.Answers;
using Maturity.Catalog;
using Maturity.Hosting;
using Maturity.Output;
using Maturity.Scoring;
using Microsoft.Extensions.DependencyInjection;
using YamlDotNet.RepresentationModel;

// The host's own YAML work, with its own YamlDotNet, next to Maturity's.
var stream = new YamlStream();
stream.Load(new StringReader("crm: { accounts: 3 }"));
var accounts = ((YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["crm"])["accounts"].ToString();

using var provider = new ServiceCollection().AddMaturity(b => b.AddShippedRuleSets()).BuildServiceProvider();
var engine = provider.GetRequiredService<IMaturityEngine>();
var clinic = engine.Assess(AnswerSheet.For(new CompanyInfo("clinic-1", naf: "86.10Z")).Set("mfa", true).Set("digital_plan", "written").Build());
var other = RuleSetCatalog.Shipped.Assess(AnswerSheet.For(new CompanyInfo("assoc-1", naf: "97.00Z")).Set("mfa", true).Build());
Console.WriteLine("yaml=" + typeof(YamlStream).Assembly.GetName().Version + " accounts=" + accounts);
Console.WriteLine("clinic=" + clinic.RuleSetId + " score=" + clinic.Score.ToString(CultureInfo.InvariantCulture) + " json=" + (AssessmentJson.Write(clinic).Length > 100));
Console.WriteLine("other=" + other.RuleSetId + " warning=" + other.Warnings[0].Code + " rulesets=" + RuleSetCatalog.Shipped.RuleSets.Count);
EOF
tested=()
for i in "${!yaml_versions[@]}"; do
  yv="${yaml_versions[$i]}"
  ext=10.0.0
  if [[ $i -eq $((${#yaml_versions[@]} - 1)) ]]; then ext=$newest_extensions; fi
  (cd "$work" && dotnet build "$host/ZeroFilesHost.csproj" -c Release -p:YamlVersion="$yv" -p:ExtensionsVersion="$ext" \
    -o "$work/zero-files-out/$yv" --nologo -v q -clp:NoSummary) || fail "zero-files host build with YamlDotNet $yv"
  grep -q "\"YamlDotNet/$yv\"" "$host/obj/project.assets.json" || fail "host did not resolve YamlDotNet $yv"
  out="$(cd "$work/empty" && dotnet "$work/zero-files-out/$yv/ZeroFilesHost.dll")" || fail "zero-files host run with YamlDotNet $yv: $out"
  echo "YamlDotNet $yv, DI/STJ $ext: $(tr '\n' ' ' <<<"$out")"
  grep -q "^yaml=${yv%%.*}\." <<<"$out" || fail "YamlDotNet $yv: the host ran another version"
  grep -q "^clinic=health score=[1-9]" <<<"$out" || fail "YamlDotNet $yv: shipped health rule set not used"
  grep -q "^other=core warning=MAT079" <<<"$out" || fail "YamlDotNet $yv: no fallback warning"
  tested+=("YamlDotNet $yv with DependencyInjection/System.Text.Json $ext")
done
[[ -z "$(ls -A "$work/empty")" ]] || fail "the host wrote files into its working folder"

if [[ "$skip_cli" != true ]]; then
  step "install and run the maturity tool"
  (cd "$work" && dotnet tool install Maturity.Cli --version "$version" --tool-path "$work/tools" >/dev/null) || fail "dotnet tool install Maturity.Cli"
  mat="$work/tools/maturity"
  "$mat" lint "$work/smoke.yaml" || fail "maturity lint smoke.yaml"
  cd "$work/empty"
  "$mat" --help | grep -q 'maturity \[command\]' || fail "the tool's help does not name it maturity"
  # --lang en: the checks below read English messages whatever the machine's language.
  "$mat" rules --lang en > rules.txt 2> rules.err || fail "maturity rules"
  cat rules.err rules.txt
  grep -q "shipped rule sets" rules.err || fail "maturity rules did not say it used the shipped rule sets"
  grep -Eq '^health .* shipped$' rules.txt || fail "maturity rules lacks the shipped health rule set"
  "$mat" questions --ruleset health --lang fr 2>/dev/null | grep -q 'digital_plan (choix unique)' || fail "maturity questions"
  "$mat" template --ruleset health --lang en -o answers.yaml 2>/dev/null || fail "maturity template"
  sed -E -i '/only asked when/!s/^  # ([a-z][a-z0-9_]*): /  \1: /; s/^  id: ""/  id: "SMOKE-1"/' answers.yaml
  "$mat" assess -a answers.yaml --format json 2>/dev/null | grep -Eq '"id": ?"health"' || fail "maturity assess on the filled-in template"
  "$mat" template --ruleset retail --format csv --lang fr -o firms.csv 2>/dev/null || fail "maturity template --format csv"
  "$mat" batch --lang en -i firms.csv -o results.csv 2>/dev/null | grep -q '1 scored, 0 failed' || fail "maturity batch on the CSV template"
  "$mat" init bakery --naf 10.71 >/dev/null || fail "maturity init"
  "$mat" lint bakery.yaml || fail "maturity lint of the lone init file (extends core from the shipped rule sets)"
  cd "$work"
  tested+=("the tool from an empty folder: rules, questions, template yaml and csv, assess, batch, init, lint")
fi

printf '\nmatrix tested:\n'; printf '  %s\n' "${tested[@]}"

step "pack smoke test passed"
