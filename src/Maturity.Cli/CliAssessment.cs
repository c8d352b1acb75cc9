using System.IO;
using Maturity.Answers;
using Maturity.Catalog;
using Maturity.Diagnostics;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Cli;

/// <summary>One answers file to one result, the way every command does it: read the file, pick the rule set
/// (the <c>--rules</c> file's, the one the answers name, or the catalog's by NAF code), assess, and print every
/// diagnostic in canonical form on failure.</summary>
internal static class CliAssessment
{
    public static AssessmentResult? AssessFile(string path, RuleSetCatalog catalog, RuleSet? single, bool lenient, TextWriter stderr)
    {
        var file = AnswerFile.Load(path);
        if (!file.Success)
        {
            CliMessages.Print(stderr, file.Diagnostics);
            return null;
        }

        var sheet = file.Sheet!;
        var options = lenient ? AssessmentOptions.Lenient : AssessmentOptions.Strict;
        try
        {
            return single is not null && sheet.RuleSetId is null ? single.Assess(sheet, options) : catalog.Assess(sheet, options);
        }
        catch (DiagnosticsException ex)
        {
            CliMessages.Print(stderr, ex.Diagnostics);
            return null;
        }
    }
}
