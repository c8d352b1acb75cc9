using System;
using System.IO;
using System.Text;
using Maturity.Answers;
using Maturity.Catalog;
using Maturity.Diagnostics;
using Maturity.Reporting;

// Console demo: assess a bundled health-sector clinic (or your own answers file) with the shipped
// rule sets and print a readable report.
//   dotnet run --project samples/Maturity.Samples.Console [-- [answers.yaml] [--lang fr|en]]
var lang = "fr";
string? answersPath = null;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] is "--lang" or "-l" && i + 1 < args.Length && args[i + 1] is "fr" or "en")
    {
        lang = args[++i];
    }
    else if (args[i] is "--help" or "-h")
    {
        Console.WriteLine("usage: Maturity.Samples.Console [answers.yaml] [--lang fr|en]");
        return 0;
    }
    else if (!args[i].StartsWith('-'))
    {
        answersPath = args[i];
    }
    else
    {
        Console.Error.WriteLine("unknown argument: " + args[i] + " (usage: [answers.yaml] [--lang fr|en])");
        return 2;
    }
}

Console.OutputEncoding = Encoding.UTF8;
var baseDir = AppContext.BaseDirectory;
answersPath ??= Path.Combine(baseDir, "companies", "intermediate.yaml");

try
{
    // Rules are loaded, validated and compiled once; the catalog then picks the sector rule set from the NAF code.
    var catalog = RuleSetCatalog.FromDirectory(Path.Combine(baseDir, "rules"));
    var file = AnswerFile.Load(answersPath);
    if (!file.Success)
    {
        foreach (var d in file.Diagnostics)
        {
            Console.Error.WriteLine(d);
        }

        return 1;
    }

    var sheet = file.Sheet!;
    var ruleSet = catalog.FindFor(sheet);
    if (ruleSet is null)
    {
        Console.Error.WriteLine(answersPath + ": error MAT077: no rule set for this company");
        return 1;
    }

    var result = ruleSet.Assess(sheet);
    Console.WriteLine(TextReport.Render(result, lang));
    return 0;
}
catch (DiagnosticsException ex)
{
    foreach (var d in ex.Diagnostics)
    {
        Console.Error.WriteLine(d);
    }

    return 1;
}
