using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using Maturity.Answers;
using Maturity.Catalog;
using Maturity.Diagnostics;
using Maturity.Loading;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Tests.Scoring;

/// <summary>The pre-bound path (<see cref="AnswerVector"/>, <see cref="ScoreCard"/>) must give exactly what
/// <see cref="RuleSet.Assess(AnswerSheet, AssessmentOptions?)"/> gives for the same answers: on every sample
/// company, and on random sheets of every shipped rule set, valid or not (same diagnostics when not).</summary>
public sealed class PreBoundEquivalenceTests
{
    internal static readonly IReadOnlyList<RuleSet> All = RuleSetLoader.LoadDirectory(TestPaths.Rules).RuleSets;
    internal static readonly RuleSetCatalog Catalog = new(All);

    public static IEnumerable<object[]> SampleFiles() =>
        Directory.GetFiles(Path.Combine(TestPaths.Samples, "companies"), "*.yaml", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetRelativePath(TestPaths.Samples, f) });

    public static IEnumerable<object[]> RuleSetIds() => All.Select(r => new object[] { r.Id });

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Assess_SampleCompany_EqualsTheAnswerSheetPath(string sample)
    {
        var sheet = AnswerFile.Load(Path.Combine(TestPaths.Samples, sample)).Sheet!;
        var ruleSet = Catalog.FindFor(sheet)!;
        var vector = ruleSet.CreateAnswerLayout().CreateVector();
        Fill(vector, sheet);

        var expected = ruleSet.Assess(sheet);
        var actual = ruleSet.Assess(vector, sheet.Company);

        Describe(actual).Should().Equal(Describe(expected), "sample {0}", sample);
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Score_SampleCompany_EqualsTheAnswerSheetPathScoresAndLevels(string sample)
    {
        var sheet = AnswerFile.Load(Path.Combine(TestPaths.Samples, sample)).Sheet!;
        var ruleSet = Catalog.FindFor(sheet)!;
        var layout = ruleSet.CreateAnswerLayout();
        var vector = layout.CreateVector();
        var card = layout.CreateScoreCard();
        Fill(vector, sheet);

        ruleSet.Score(vector, card);

        Describe(card).Should().Equal(DescribeScores(ruleSet.Assess(sheet)), "sample {0}", sample);
    }

    [Theory]
    [MemberData(nameof(RuleSetIds))]
    public void Assess_RandomSheets_EqualsTheAnswerSheetPathOrFailsTheSameWay(string ruleSetId)
    {
        var ruleSet = All.Single(r => r.Id == ruleSetId);
        var layout = ruleSet.CreateAnswerLayout();
        Gen.Int[0, int.MaxValue].Array[ruleSet.Questions.Count * 2].Sample(raw =>
        {
            // CsCheck samples on several threads: vectors and cards are per thread (here, per sample).
            var vector = layout.CreateVector();
            var byAnswer = layout.CreateVector();
            var card = layout.CreateScoreCard();
            var sheet = RandomSheet(ruleSet, raw);
            Fill(vector, sheet);
            foreach (var (id, answer) in sheet.Answers)
            {
                byAnswer.Set(layout.SlotOf(id), answer);
            }

            var expected = Outcome(() => Describe(ruleSet.Assess(sheet)));
            Outcome(() => Describe(ruleSet.Assess(vector, sheet.Company))).Should().Equal(expected, "typed setters");
            Outcome(() => Describe(ruleSet.Assess(byAnswer, sheet.Company))).Should().Equal(expected, "Set(slot, answer)");
            Describe(ruleSet.Assess(vector, sheet.Company, AssessmentOptions.Lenient))
                .Should().Equal(Describe(ruleSet.Assess(sheet, AssessmentOptions.Lenient)), "lenient");
            Outcome(() =>
            {
                ruleSet.Score(vector, card);
                return Describe(card);
            }).Should().Equal(Outcome(() => DescribeScores(ruleSet.Assess(sheet))), "score card");
        }, iter: 150);
    }

    [Theory]
    [InlineData("eurostat-dii-2023", true)]
    [InlineData("core", false)]
    public void Score_FlatModel_TakesTheFlatSumPathAndOthersDoNot(string ruleSetId, bool flat)
    {
        // The equivalence tests above only prove something about the flat path if a shipped model takes it.
        All.Single(r => r.Id == ruleSetId).Plan.IsFlatSum.Should().Be(flat);
    }

    [Fact]
    public void Assess_ValuesTooWideForTheResultsByte_KeepEveryAnswerAndPoint()
    {
        // A result keeps a yes/no or choice answer inside one byte; a choice of 300 options, a 64-option
        // multiple choice and a fractional number take the wide path. Both paths must rebuild them exactly.
        var many = string.Join(", ", Enumerable.Range(0, 300).Select(i => $"{{ id: o{i}, points: {i % 7}, label: O{i} }}"));
        var ticks = string.Join(", ", Enumerable.Range(0, 64).Select(i => $"{{ id: t{i}, points: 0.5, label: T{i} }}"));
        var yaml = $$"""
            ruleset: wide
            version: 1.0.0
            title: W
            languages: [en]
            dimensions:
              - id: d
                title: D
                questions:
                  - { id: big, type: choice, answers: [{{many}}], text: B }
                  - { id: all, type: multi, answers: [{{ticks}}], text: A }
                  - { id: share, type: percent, text: S }
                  - { id: ok, type: boolean, text: K }
            """;
        var ruleSet = RuleSetLoader.LoadText(yaml).RuleSets.Single();
        var sheet = AnswerSheet.For(new CompanyInfo("w")).Set("big", "o280").Set("all", "t0", "t31", "t63").Set("share", 37.25).Set("ok", true).Build();
        var vector = ruleSet.CreateAnswerLayout().CreateVector();
        Fill(vector, sheet);

        var expected = ruleSet.Assess(sheet);
        var actual = ruleSet.Assess(vector, sheet.Company);

        Describe(actual).Should().Equal(Describe(expected));
        actual.Questions.Select(q => AnswerText(q.Answer)).Should().Equal("o280", "t0|t31|t63", "37.25", "true");
        actual.Questions[0].Points.Should().Be(280 % 7);
        actual.Questions[1].Points.Should().Be(1.5);
    }

    [Fact]
    public void Set_AnswerOfTheWrongType_IsAProblemLikeOnASheet()
    {
        var ruleSet = All.Single(r => r.Id == "core");
        var layout = ruleSet.CreateAnswerLayout();
        var vector = layout.CreateVector();
        var sheet = AnswerSheet.For(new CompanyInfo("w")).Set("mfa", 3).Set("digital_plan", true).Build();
        vector.Set(layout.SlotOf("mfa"), Answer.Of(3));
        vector.Set(layout.SlotOf("digital_plan"), Answer.Of(true));

        var expected = FluentActions.Invoking(() => ruleSet.Assess(sheet)).Should().Throw<DiagnosticsException>().Which.Diagnostics;
        var actual = FluentActions.Invoking(() => ruleSet.Assess(vector, sheet.Company)).Should().Throw<DiagnosticsException>().Which.Diagnostics;

        actual.Select(d => d.ToString()).Should().BeEquivalentTo(expected.Select(d => d.ToString())).And.HaveCount(2);
    }

    [Theory]
    [InlineData("core")]
    [InlineData("services")]
    public void TrySetCell_AgreesWithTryParseThenBinding(string ruleSetId)
    {
        var ruleSet = All.Single(r => r.Id == ruleSetId);
        var layout = ruleSet.CreateAnswerLayout();
        var direct = layout.CreateVector();
        var viaAnswer = layout.CreateVector();
        foreach (var q in ruleSet.Questions)
        {
            var ids = q.Options.Select(o => o.Id).ToArray();
            var cells = new List<string> { "", "  ", "oui", " NON ", "Yes", "vrai", "1", "0", "maybe", "n/a", "N/A", "12,5", "12.5", "-3", "7", "150", "1e3", "abc", "40 %" };
            cells.AddRange(ids.Select(id => " " + id + " "));
            if (ids.Length > 1)
            {
                cells.Add(ids[0] + " | " + ids[^1]);
                cells.Add(ids[0] + "||" + ids[1] + "|");
                cells.Add(ids[0] + "|unknown");
            }

            // The second pass hands the same string instances again: the vector's memo of accepted cells must read them alike.
            for (var pass = 0; pass < 2; pass++)
            {
                foreach (var cell in cells)
                {
                    var slot = q.Index;
                    var accepted = direct.TrySetCell(slot, cell);
                    viaAnswer.Unset(slot);
                    var read = AnswerCell.TryParse(q, cell, SourceLocation.FileOnly("cell"), out var answer, out var error);
                    if (read)
                    {
                        viaAnswer.Set(slot, answer!);
                    }

                    var expected = read ? !viaAnswer.HasProblems : error is null;
                    accepted.Should().Be(expected, "cell '{0}' for {1} ({2})", cell, q.Id, q.Type);
                    if (accepted)
                    {
                        (direct.Input.Status[slot], direct.Input.Value[slot], direct.Input.Mask[slot])
                            .Should().Be((viaAnswer.Input.Status[slot], viaAnswer.Input.Value[slot], viaAnswer.Input.Mask[slot]), "cell '{0}' for {1}", cell, q.Id);
                    }

                    direct.Problems.Should().BeEmpty("TrySet declines rather than keeping a problem");
                    viaAnswer.Clear();
                }
            }
        }
    }

    [Fact]
    public void Vector_ReusedAfterClear_ForgetsTheLastFirm()
    {
        var ruleSet = All.Single(r => r.Id == "eurostat-dii-2023");
        var layout = ruleSet.CreateAnswerLayout();
        var vector = layout.CreateVector();
        foreach (var q in ruleSet.Questions)
        {
            vector.SetBoolean(q.Index, true);
        }

        ruleSet.Assess(vector, new CompanyInfo("a")).Score.Should().Be(12);
        vector.Clear();
        vector.SetBoolean(layout.SlotOf("erp"), true);

        ruleSet.Assess(vector, new CompanyInfo("b")).Score.Should().Be(1);
    }

    [Fact]
    public void Vector_RefusedValueThenValidValue_HasNoProblemLeft()
    {
        var ruleSet = All.Single(r => r.Id == "core");
        var layout = ruleSet.CreateAnswerLayout();
        var vector = layout.CreateVector();
        var slot = layout.SlotOf("refurbished_share");

        vector.SetNumber(slot, 250);
        vector.Problems.Select(p => p.Code).Should().Equal(DiagnosticCodes.AnswerOutOfRange);
        vector.SetNumber(slot, 25);

        vector.HasProblems.Should().BeFalse();
    }

    [Fact]
    public void Vector_WrongSetterOrForeignRuleSet_Throws()
    {
        var core = All.Single(r => r.Id == "core");
        var dii = All.Single(r => r.Id == "eurostat-dii-2023");
        var vector = core.CreateAnswerLayout().CreateVector();

        FluentActions.Invoking(() => vector.SetBoolean(core.CreateAnswerLayout().SlotOf("digital_plan"), true)).Should().Throw<ArgumentException>().WithMessage("*choice*");
        FluentActions.Invoking(() => dii.Assess(vector, new CompanyInfo("x"))).Should().Throw<ArgumentException>().WithMessage("*eurostat-dii-2023*");
        FluentActions.Invoking(() => core.CreateAnswerLayout().SlotOf("nope")).Should().Throw<ArgumentException>().WithMessage("*no question 'nope'*");
    }

    [Fact]
    public void SetAndScore_AreAllocationFree()
    {
        var ruleSet = All.Single(r => r.Id == "eurostat-dii-2023");
        var layout = ruleSet.CreateAnswerLayout();
        var vector = layout.CreateVector();
        var card = layout.CreateScoreCard();
        for (var i = 0; i < ruleSet.Questions.Count; i += 2)
        {
            vector.SetBoolean(i, true);
        }

        ruleSet.Score(vector, card);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            vector.SetBoolean(0, true);
            ruleSet.Score(vector, card);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
        card.Score.Should().Be(6);
        card.Level!.Id.Should().Be("low");
    }

    /// <summary>What a host would write: each answer of the sheet set in its slot through the public API.</summary>
    internal static void Fill(AnswerVector vector, AnswerSheet sheet)
    {
        var layout = vector.Layout;
        foreach (var (id, answer) in sheet.Answers)
        {
            var slot = layout.SlotOf(id);
            switch (answer.Kind)
            {
                case AnswerKind.NotApplicable:
                    vector.SetNotApplicable(slot);
                    break;
                case AnswerKind.Boolean:
                    vector.SetBoolean(slot, answer.BooleanValue);
                    break;
                case AnswerKind.Number:
                    vector.SetNumber(slot, answer.NumberValue);
                    break;
                case AnswerKind.Option when layout.QuestionAt(slot).Type == QuestionType.Multi:
                    vector.SetChoices(slot, [answer.Option!]);
                    break;
                case AnswerKind.Option:
                    vector.SetChoice(slot, answer.Option!);
                    break;
                default:
                    vector.SetChoices(slot, answer.Options);
                    break;
            }
        }
    }

    /// <summary>Per question: absent, N/A (allowed or not), a valid value, or one outside the question's range
    /// or options. Conditional questions are answered too, so hidden-answer errors come up.</summary>
    private static AnswerSheet RandomSheet(RuleSet rs, int[] raw)
    {
        var b = AnswerSheet.For(new CompanyInfo("R-" + raw[0], "Random SAS", null, 10, "80"));
        foreach (var q in rs.Questions)
        {
            var mode = raw[2 * q.Index] % 20;
            var r = raw[2 * q.Index + 1];
            if (mode < 6)
            {
                continue;
            }

            b.Set(q.Id, mode == 6 ? Answer.NotApplicable : mode == 7 ? Invalid(q, r) : Valid(q, r));
        }

        return b.Build();
    }

    private static Answer Valid(Question q, int r) => q.Type switch
    {
        QuestionType.Boolean => Answer.Of(r % 2 == 0),
        QuestionType.Choice => Answer.Choice(q.Options[r % q.Options.Count].Id),
        QuestionType.Multi => Answer.Choices(q.Options.Where((_, i) => ((r >> i) & 1) == 1).Select(o => o.Id)),
        QuestionType.Scale => Answer.Of((q.Min ?? 0) + r % ((int)((q.Max ?? 0) - (q.Min ?? 0)) + 1)),
        QuestionType.Percent => Answer.Of(r % 101),
        _ => Answer.Of((q.Min ?? 0) + r % 1000 / 10.0),
    };

    private static Answer Invalid(Question q, int r) => q.Type switch
    {
        QuestionType.Boolean => Answer.Of(r % 2 == 0),
        QuestionType.Choice => Answer.Choice("no_such_option"),
        QuestionType.Multi => Answer.Choices([q.Options[r % q.Options.Count].Id, "nope", "nope2"]),
        QuestionType.Scale => Answer.Of((q.Min ?? 0) + 0.5),
        _ => Answer.Of((q.Max ?? 100) + 1 + r % 5),
    };

    private static string[] Outcome(Func<string[]> run)
    {
        try
        {
            return run();
        }
        catch (DiagnosticsException ex)
        {
            // Diagnostics at the same location (all of a sheet built in code) come in no defined order.
            return ex.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal).Prepend("invalid").ToArray();
        }
    }

    /// <summary>Every number and id of a result, one line each (a multi answer's options sorted: the vector keeps a mask).</summary>
    private static string[] Describe(AssessmentResult r)
    {
        var lines = new List<string>
        {
            $"company {r.Company.Id} {r.Company.Name} score {r.Score} max {r.MaxScore} level {r.Level?.Id} coverage {r.Coverage}",
            $"next {r.NextLevel?.Id} {r.NextLevel?.PointsMissing} [{string.Join(",", r.NextLevel?.UnmetRequirements ?? [])}]",
            $"na [{string.Join(",", r.NotApplicable)}] unanswered [{string.Join(",", r.Unanswered)}]",
        };
        lines.AddRange(r.Warnings.Select(w => "warning " + w).Order(StringComparer.Ordinal));
        lines.AddRange(r.Recommendations.Select(x => $"rec {x.Id} {x.Gain} {x.LevelAfter?.Id}"));
        lines.AddRange(r.Nodes.Select(n => $"node {n.Id} {n.Score} {n.MaxScore} {n.Coverage} {n.Contribution} {n.Level?.Id} {n.NextLevel?.Id} {n.NextLevel?.PointsMissing}"));
        lines.AddRange(r.Questions.Select(q => $"question {q.Id} {q.State} {AnswerText(q.Answer)} {q.Points} {q.Contribution}"));
        return lines.ToArray();
    }

    private static string AnswerText(Answer? a) => a is null ? "-" : a.Kind == AnswerKind.Options || a.Kind == AnswerKind.Option
        ? string.Join("|", (a.Kind == AnswerKind.Option ? [a.Option!] : a.Options).Order(StringComparer.Ordinal))
        : a.ToString();

    private static string[] DescribeScores(AssessmentResult r) =>
        r.RuleSet.Dimensions.Select(d => r.Dimensions.Single(x => x.Id == d.Id)).Select(d => $"dim {d.Id} {d.Score} {d.Level?.Id}")
            .Prepend($"score {r.Score} max {r.MaxScore} level {r.Level?.Id} coverage {r.Coverage}").ToArray();

    private static string[] Describe(ScoreCard c)
    {
        var dims = c.Layout.RuleSet.Dimensions;
        return Enumerable.Range(0, c.DimensionCount).Select(i => $"dim {dims[i].Id} {c.DimensionScore(i)} {c.DimensionLevel(i)?.Id}")
            .Prepend($"score {c.Score} max {c.MaxScore} level {c.Level?.Id} coverage {c.Coverage}").ToArray();
    }
}
