using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Maturity.Answers;
using Maturity.Loading;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Tests.Golden;

/// <summary>Quality checks over every rule set shipped in rules/ (sector files and reference models).</summary>
public sealed class RuleSetQualityTests
{
    /// <summary>Rule sets of rules/ that have no samples/companies/&lt;id&gt;/ folder yet. Keep this list exact:
    /// the check fails when a rule set without samples is missing from it, and when an entry is stale
    /// (its samples arrived, or the rule set left rules/).</summary>
    private static readonly string[] AwaitingSamples = [];

    private static readonly Regex Identifier = new(@"'[^']*'|\b[a-z][a-z0-9_]*\b", RegexOptions.CultureInvariant);

    public static TheoryData<string> RuleSetIds()
    {
        var data = new TheoryData<string>();
        foreach (var rs in GoldenCatalog.Catalog.RuleSets.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            data.Add(rs.Id);
        }

        return data;
    }

    [Fact]
    public void Load_ShippedRulesFolder_CompilesEveryFileWithoutError()
    {
        GoldenCatalog.Result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).Should().BeEmpty();
        var files = Directory.EnumerateFiles(TestPaths.Rules, "*.yaml", SearchOption.AllDirectories).Count();
        GoldenCatalog.Catalog.RuleSets.Should().HaveCount(files, "every rule file compiles to one rule set");
    }

    [Fact]
    public void Samples_EveryShippedRuleSet_HasBeginnerIntermediateAndLeader()
    {
        var present = GoldenCatalog.Catalog.RuleSets.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var withSamples = GoldenCatalog.SampleFolders()
            .Where(f => GoldenCatalog.Stages.All(s => File.Exists(GoldenCatalog.SamplePath("companies/" + f + "/" + s + ".yaml"))))
            .ToHashSet(StringComparer.Ordinal);
        var missing = present.Where(id => !withSamples.Contains(id)).OrderBy(id => id, StringComparer.Ordinal).ToList();

        missing.Should().BeEquivalentTo(AwaitingSamples,
            "rule sets without beginner/intermediate/leader samples must be listed in AwaitingSamples, and only those");
        GoldenCatalog.SampleFolders().Where(f => !present.Contains(f)).Should().BeEmpty("every sample folder is named after a rule set of rules/");
    }

    [Theory]
    [MemberData(nameof(RuleSetIds))]
    public void Assess_EveryConditionalQuestion_CanBeAsked(string ruleSetId)
    {
        var rs = GoldenCatalog.Catalog.Find(ruleSetId)!;
        var samples = GoldenCatalog.SampleFiles()
            .Where(f => f.Split('/')[1] == ruleSetId)
            .Select(f => AnswerFile.Load(GoldenCatalog.SamplePath(f)).Sheet)
            .Where(s => s is not null)
            .Select(s => rs.Assess(s!, AssessmentOptions.Lenient))
            .ToList();

        var unreachable = new List<string>();
        foreach (var q in rs.Questions.Where(q => q.When is not null))
        {
            // Practical check first: some sample company of this rule set is asked the question.
            if (samples.Any(r => r.Questions.Single(x => x.Id == q.Id).State != AnswerState.NotAsked))
            {
                continue;
            }

            // Otherwise search answers: every question at its best value, then each combination of
            // candidate values for the questions the condition names.
            if (!ConstructApplicable(rs, q))
            {
                unreachable.Add(q.Id + " (when: " + q.When + ")");
            }
        }

        unreachable.Should().BeEmpty("in rule set '{0}' every `when` must be satisfiable", ruleSetId);
    }

    [Fact]
    public void ConstructApplicable_PossibleOrImpossibleCondition_TellsThemApart()
    {
        // Guards the checker above: it must find answers for a condition no best value satisfies
        // (gate is 'none', the lowest option), and must not find any for a contradiction.
        var rs = RuleSetLoader.LoadText(
            "ruleset: t\nversion: 1.0.0\ntitle: T\nlanguages: [en]\ndimensions:\n  - id: d\n    title: D\n    questions:\n" +
            "      - { id: gate, type: choice, text: G, answers: [{ id: none, points: 0, label: N }, { id: full, points: 1, label: F }] }\n" +
            "      - { id: size, type: number, text: S }\n" +
            "      - { id: low_gate, type: boolean, text: L, when: \"gate == 'none' and size >= 10\" }\n" +
            "      - { id: never, type: boolean, text: X, when: \"gate == 'none' and gate == 'full'\" }\n",
            "t.yaml").ThrowIfFailed().RuleSets.Single();

        ConstructApplicable(rs, rs.FindQuestion("low_gate")!).Should().BeTrue();
        ConstructApplicable(rs, rs.FindQuestion("never")!).Should().BeFalse();
    }

    [Fact]
    public void NafPrefixes_ShippedRuleSets_NoTwoClaimTheSamePrefix()
    {
        var claims = GoldenCatalog.Catalog.RuleSets
            .SelectMany(rs => rs.NafPrefixes.Select(p => (Prefix: NafCode.Normalize(p), RuleSet: rs.Id)))
            .GroupBy(c => c.Prefix, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key + " claimed by " + string.Join(", ", g.Select(c => c.RuleSet)))
            .ToList();

        claims.Should().BeEmpty("a NAF prefix (at a given length) routes to exactly one rule set");
    }

    [Theory]
    [MemberData(nameof(RuleSetIds))]
    public void Labels_ShippedRuleSet_ExistInFrenchAndEnglish(string ruleSetId)
    {
        var rs = GoldenCatalog.Catalog.Find(ruleSetId)!;
        rs.Languages.Should().Contain(["fr", "en"]);

        var problems = new List<string>();
        void Check(string where, Label? label, bool optional = false)
        {
            if (label is null)
            {
                if (!optional)
                {
                    problems.Add(where + ": missing");
                }

                return;
            }

            // A plain-string label (key "") is the same text in every language (brands, acronyms).
            if (label.Texts.Any(t => t.Key.Length == 0 && !string.IsNullOrWhiteSpace(t.Value)))
            {
                return;
            }

            foreach (var lang in new[] { "fr", "en" })
            {
                if (!label.Texts.Any(t => string.Equals(t.Key, lang, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(t.Value)))
                {
                    problems.Add(where + ": no '" + lang + "' text");
                }
            }
        }

        Check("title", rs.Title);
        Check("description", rs.Description, optional: true);
        foreach (var n in rs.Nodes)
        {
            Check("node " + n.Id, n.Title);
            foreach (var l in n.Levels)
            {
                Check("node " + n.Id + " level " + l.Id, l.Title);
            }
        }

        foreach (var q in rs.Questions)
        {
            Check("question " + q.Id + " text", q.Text);
            Check("question " + q.Id + " help", q.Help, optional: true);
            foreach (var o in q.Options)
            {
                Check("question " + q.Id + " option " + o.Id, o.Label);
            }

            foreach (var s in q.ScaleLabels)
            {
                Check("question " + q.Id + " scale label " + s.Key, s.Value);
            }
        }

        foreach (var l in rs.Levels)
        {
            Check("level " + l.Id, l.Title);
        }

        foreach (var r in rs.Recommendations)
        {
            Check("recommendation " + r.Id, r.Text);
            foreach (var link in r.Links)
            {
                Check("recommendation " + r.Id + " link " + link.Url, link.Title, optional: true);
            }
        }

        problems.Should().BeEmpty("rule set '{0}' is bilingual", ruleSetId);
    }

    private static bool ConstructApplicable(RuleSet rs, Question target)
    {
        var named = Identifier.Matches(target.When!)
            .Select(m => m.Value)
            .Where(v => !v.StartsWith('\''))
            .Distinct(StringComparer.Ordinal)
            .Select(rs.FindQuestion)
            .Where(q => q is not null && q.Id != target.Id)
            .Select(q => q!)
            .ToList();
        var candidates = named.Select(Candidates).ToList();
        var combinations = candidates.Aggregate(1L, (n, c) => n * c.Count);
        if (combinations > 20_000)
        {
            return false;
        }

        for (var k = 0L; k < combinations; k++)
        {
            var sheet = AnswerSheet.For(new CompanyInfo("reachability")).UseRuleSet(rs.Id);
            foreach (var q in rs.Questions.Where(q => q.Id != target.Id))
            {
                sheet.Set(q.Id, Best(q));
            }

            var rest = k;
            for (var i = 0; i < named.Count; i++)
            {
                sheet.Set(named[i].Id, candidates[i][(int)(rest % candidates[i].Count)]);
                rest /= candidates[i].Count;
            }

            var result = rs.Assess(sheet.Build(), AssessmentOptions.Lenient);
            if (result.Questions.Single(x => x.Id == target.Id).State != AnswerState.NotAsked)
            {
                return true;
            }
        }

        return false;
    }

    private static Answer Best(Question q) => q.Type switch
    {
        QuestionType.Boolean => Answer.Of(true),
        QuestionType.Choice => Answer.Choice(q.Options.OrderBy(o => o.Points).ThenBy(o => o.Index).Last().Id),
        QuestionType.Multi => Answer.Choices(q.Options.Select(o => o.Id)),
        QuestionType.Scale => Answer.Of(q.Max ?? 0),
        QuestionType.Percent => Answer.Of(q.Bands.Count > 0 ? Math.Min(100, q.Bands[^1].Min) : 100),
        _ => Answer.Of(q.Bands.Count > 0 ? q.Bands[^1].Min : q.Max ?? 100),
    };

    private static List<Answer> Candidates(Question q)
    {
        switch (q.Type)
        {
            case QuestionType.Boolean:
                return [Answer.Of(true), Answer.Of(false)];
            case QuestionType.Choice:
                return q.Options.Select(o => Answer.Choice(o.Id)).ToList();
            case QuestionType.Multi:
                return [Answer.Choices(q.Options.Select(o => o.Id)), Answer.Choices(Array.Empty<string>()), .. q.Options.Select(o => Answer.Choices(o.Id))];
            default:
                var lo = q.Min ?? 0;
                var hi = q.Type == QuestionType.Percent ? 100 : q.Max ?? 1_000_000;
                return new double[] { 0, 1, 2, 5, 10, 20, 50, 100, 1000, lo, hi }
                    .Concat(q.Bands.Select(b => b.Min))
                    .Where(v => v >= lo && v <= hi)
                    .Distinct()
                    .Select(Answer.Of)
                    .ToList();
        }
    }
}
