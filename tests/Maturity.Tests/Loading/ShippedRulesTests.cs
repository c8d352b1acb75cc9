using System.Collections.Generic;
using System.Linq;
using Maturity.Loading;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Tests.Loading;

/// <summary>The rule files shipped under rules/ load without any diagnostic, and every label they show
/// has a non-empty text in each language its rule set declares.</summary>
public class ShippedRulesTests
{
    private static readonly RuleSetLoadResult Shipped = RuleSetLoader.LoadDirectory(TestPaths.Rules);

    [Fact]
    public void LoadDirectory_ShippedRules_HaveNoDiagnosticsAtAll()
    {
        Shipped.Diagnostics.Should().BeEmpty(string.Join("\n", Shipped.Diagnostics));
        Shipped.RuleSets.Select(r => r.Id).Should().Contain("core");
        Shipped.RuleSets.Should().HaveCount(RuleSetLoader.FindRuleFiles(TestPaths.Rules).Count);
    }

    [Fact]
    public void LoadDirectory_ShippedRules_HaveEveryLabelInEveryDeclaredLanguage()
    {
        var problems = new List<string>();
        foreach (var rs in Shipped.RuleSets)
        {
            foreach (var (where, label) in Labels(rs))
            {
                foreach (var language in rs.Languages)
                {
                    if (!HasText(label, language))
                    {
                        problems.Add(rs.Id + ": " + where + " has no '" + language + "' text");
                    }
                }
            }
        }

        Shipped.RuleSets.Should().NotBeEmpty();
        problems.Should().BeEmpty();
    }

    private static bool HasText(Label label, string language) =>
        label.Texts.Any(t => (t.Key == language || t.Key.Length == 0) && !string.IsNullOrWhiteSpace(t.Value));

    private static IEnumerable<(string Where, Label Label)> Labels(RuleSet rs)
    {
        yield return ("title", rs.Title);
        if (rs.Description is { } description)
        {
            yield return ("description", description);
        }

        foreach (var node in rs.Nodes)
        {
            yield return ("node '" + node.Id + "' title", node.Title);
            foreach (var level in node.Levels)
            {
                yield return ("level '" + level.Id + "' of '" + node.Id + "'", level.Title);
            }
        }

        foreach (var q in rs.Questions)
        {
            yield return ("question '" + q.Id + "' text", q.Text);
            if (q.Help is { } help)
            {
                yield return ("question '" + q.Id + "' help", help);
            }

            foreach (var o in q.Options)
            {
                yield return ("option '" + o.Id + "' of '" + q.Id + "'", o.Label);
            }

            foreach (var pair in q.ScaleLabels)
            {
                yield return ("scale label " + pair.Key + " of '" + q.Id + "'", pair.Value);
            }
        }

        foreach (var level in rs.Levels)
        {
            yield return ("level '" + level.Id + "' title", level.Title);
        }

        foreach (var r in rs.Recommendations)
        {
            yield return ("recommendation '" + r.Id + "' text", r.Text);
            foreach (var link in r.Links)
            {
                if (link.Title is { } title)
                {
                    yield return ("link " + link.Url + " title", title);
                }
            }
        }
    }
}
