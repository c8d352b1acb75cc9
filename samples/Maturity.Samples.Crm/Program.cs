using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Maturity;
using Maturity.Diagnostics;
using Maturity.Hosting;
using Maturity.Samples.Crm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// CRM embedding demo: a CRM's account records are mapped to answers of the shipped rule sets, assessed through
// dependency injection, stored as JSON with the rule set's id, version and hash, then re-assessed "six months
// later" and compared with what was stored.
//   dotnet run --project samples/Maturity.Samples.Crm
Console.OutputEncoding = Encoding.UTF8;
var work = Path.Combine(Path.GetTempPath(), "maturity-crm-sample");
if (Directory.Exists(work))
{
    Directory.Delete(work, recursive: true);
}

// The CRM serves the rules its administrators publish: here a copy of the shipped rules in a folder it owns.
var publishedRules = Path.Combine(work, "published-rules");
CopyDirectory(FindShippedRules(), publishedRules);

var builder = Host.CreateApplicationBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddMaturity(maturity => maturity.AddRuleSetsFromDirectory(publishedRules));
builder.Services.AddSingleton<IAssessmentStore>(new FileAssessmentStore(Path.Combine(work, "assessments")));
builder.Services.AddSingleton<CrmAssessmentService>();
using var host = builder.Build();

try
{
    // Resolve the engine at start-up: invalid rules fail here, with every diagnostic, not at the first assessment.
    var engine = host.Services.GetRequiredService<IMaturityEngine>();
    var crm = host.Services.GetRequiredService<CrmAssessmentService>();
    Console.WriteLine($"Rules loaded from {publishedRules}: {string.Join(", ", engine.Current.RuleSets.Select(r => r.Id + " " + r.Version))}");
    Console.WriteLine($"Results are stored in {Path.Combine(work, "assessments")}");
    Console.WriteLine();

    Console.WriteLine("== First assessment, from today's CRM records ==");
    var accounts = CrmData.Accounts();
    foreach (var account in accounts)
    {
        var (result, stored) = crm.AssessAndStore(account);
        Console.WriteLine(CrmAssessmentService.Describe(account, result, stored));
        Console.WriteLine();
    }

    Console.WriteLine("== Meanwhile, the rule administrators publish changes ==");
    var broken = Path.Combine(publishedRules, "draft.yaml");
    File.WriteAllText(broken, "ruleset: draft\nversion: one\n");
    var failed = engine.Reload();
    Console.WriteLine($"A half-written draft.yaml: reload {(failed.Success ? "succeeded" : "FAILED")} with {HumanFormat.English.Count(failed.Errors.Count, "error", "errors", 0)}, e.g.");
    Console.WriteLine("  " + failed.Errors[0]);
    Console.WriteLine($"  the previous rules stay in service: {string.Join(", ", engine.Current.RuleSets.Select(r => r.Id + " " + r.Version))}");
    File.Delete(broken);

    // One sector's rule set gets a new version; the others are untouched, so their stored results stay comparable.
    var updated = engine.Current.FindByNaf(accounts[2].NafCode)!;
    var bumped = BumpPatchVersion(File.ReadAllText(updated.SourcePath), out var newVersion);
    File.WriteAllText(updated.SourcePath, bumped);
    var reload = engine.Reload();
    Console.WriteLine($"{updated.Id} {newVersion} published: reload {(reload.Success ? "succeeded" : "FAILED")}; the other rule sets keep their hashes.");
    Console.WriteLine();

    Console.WriteLine("== Six months later: account managers updated some flags, the CRM re-assesses ==");
    foreach (var account in accounts)
    {
        var later = CrmData.SixMonthsLater(account);
        var before = crm.Latest(account.AccountId)!;
        var (now, _) = crm.AssessAndStore(later);
        Console.WriteLine(CrmAssessmentService.Compare(before, now));
        Console.WriteLine();
    }

    return 0;
}
catch (DiagnosticsException ex)
{
    Console.Error.WriteLine("The rule sets or answers are invalid:");
    foreach (var d in ex.Diagnostics)
    {
        Console.Error.WriteLine("  " + d);
    }

    return 1;
}

static string FindShippedRules()
{
    // The csproj copies rules/ next to the program; running from a checkout without a build copy, walk up to the repo's rules/.
    var copied = Path.Combine(AppContext.BaseDirectory, "rules");
    if (File.Exists(Path.Combine(copied, "core.yaml")))
    {
        return copied;
    }

    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "rules");
        if (File.Exists(Path.Combine(candidate, "core.yaml")))
        {
            return candidate;
        }
    }

    throw new DirectoryNotFoundException("rules/core.yaml not found next to the program or above it");
}

static void CopyDirectory(string from, string to)
{
    foreach (var file in Directory.EnumerateFiles(from, "*.yaml", SearchOption.AllDirectories))
    {
        var target = Path.Combine(to, Path.GetRelativePath(from, file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target);
    }
}

static string BumpPatchVersion(string yaml, out string version)
{
    var match = Regex.Match(yaml, @"^version:\s*(\d+)\.(\d+)\.(\d+)\s*$", RegexOptions.Multiline);
    if (!match.Success)
    {
        throw new InvalidOperationException("the rule file has no MAJOR.MINOR.PATCH version line");
    }

    version = $"{match.Groups[1].Value}.{match.Groups[2].Value}.{int.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) + 1}";
    return yaml.Substring(0, match.Index) + "version: " + version + yaml.Substring(match.Index + match.Length);
}
