using System.IO;
using System.Linq;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Cli.Catalog;

/// <summary>The <c>--ruleset &lt;id&gt;</c> that <c>questions</c> and <c>template</c> take: the rule set of that id
/// among <c>--rules</c> (or the defaults), or a usage error suggesting the nearest ids.</summary>
internal static class RuleSetChoice
{
    public static RuleSet? Find(string id, string? rulesPath, TextWriter stderr, out int exitCode)
    {
        exitCode = ExitCodes.Usage;
        if (RulesOption.Load(rulesPath, stderr) is not { } rules)
        {
            return null;
        }

        if (!rules.Success)
        {
            CliMessages.Print(stderr, rules.Relevant);
            exitCode = ExitCodes.InvalidInput;
            return null;
        }

        if (rules.Catalog.Find(id) is { } ruleSet)
        {
            exitCode = ExitCodes.Success;
            return ruleSet;
        }

        var ids = rules.RuleSets.Select(r => r.Id).OrderBy(i => i, System.StringComparer.Ordinal).ToList();
        CliMessages.Fail(stderr, CliMessages.NoSuchRuleSet(id, rules.Origin, ids));
        return null;
    }
}
