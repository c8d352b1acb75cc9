using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using CsCheck;
using Maturity.Answers;
using Maturity.Loading;
using Maturity.Model;
using Maturity.Output;
using Maturity.Scoring;

namespace Maturity.Tests.Scoring;

/// <summary>Properties of the engine on the shipped rule sets (core and sector files), over random
/// valid answer sheets. Each test states exactly what it asserts.</summary>
public class ScoringPropertyTests
{
    private static readonly Lazy<RuleSet> Core = new(() => Load("core.yaml"));

    private static RuleSet Load(params string[] files)
    {
        var result = RuleSetLoader.LoadFiles(files.Select(f => Path.Combine(TestPaths.Rules, f)));
        result.Diagnostics.Where(d => d.IsError).Should().BeEmpty();
        return result.RuleSets.Single(r => r.SourcePath.EndsWith(files[^1], StringComparison.Ordinal));
    }

    /// <summary>The shipped sector rule sets (each extends core) present in rules/.</summary>
    public static TheoryData<string> Sectors()
    {
        var data = new TheoryData<string> { "core.yaml" };
        foreach (var f in new[] { "retail.yaml", "health.yaml" })
        {
            if (File.Exists(Path.Combine(TestPaths.Rules, f)))
            {
                data.Add(f);
            }
        }

        return data;
    }

    private static RuleSet ForFile(string file) => file == "core.yaml" ? Core.Value : Load("core.yaml", file);

    /// <summary>Random answers, one slot per question: null (unanswered), N/A where allowed, or a valid value.</summary>
    private static Gen<Answer?[]> Answers(RuleSet rs) =>
        Gen.Int[0, int.MaxValue].Array[rs.Questions.Count * 2].Select(raw =>
        {
            var answers = new Answer?[rs.Questions.Count];
            for (var i = 0; i < answers.Length; i++)
            {
                var q = rs.Questions[i];
                var mode = raw[2 * i] % 10;
                answers[i] = mode == 0 ? null : mode == 1 && q.AllowsNotApplicable ? Answer.NotApplicable : Value(q, raw[2 * i + 1]);
            }

            return answers;
        });

    private static Answer Value(Question q, int r)
    {
        switch (q.Type)
        {
            case QuestionType.Boolean:
                return Answer.Of(r % 2 == 1);
            case QuestionType.Choice:
                return Answer.Choice(q.Options[r % q.Options.Count].Id);
            case QuestionType.Multi:
                return Answer.Choices(q.Options.Where((_, i) => ((r >> (i % 30)) & 1) == 1).Select(o => o.Id));
            case QuestionType.Scale:
                var lo = (int)q.Min!.Value;
                return Answer.Of(lo + (r % ((int)q.Max!.Value - lo + 1)));
            case QuestionType.Percent:
                return Answer.Of((r % 1001) / 10.0);
            default:
                var min = q.Min ?? 0;
                var max = q.Max ?? min + 500;
                return Answer.Of(min + (r % (int)Math.Min(max - min + 1, 100_000)));
        }
    }

    /// <summary>A strict-valid sheet: answers in the given order, without answers to questions that turn out not asked.</summary>
    private static AnswerSheet Sheet(RuleSet rs, Answer?[] answers, IEnumerable<int>? order = null)
    {
        var all = Build(rs, answers, order ?? Enumerable.Range(0, answers.Length));
        var hidden = rs.Assess(all, AssessmentOptions.Lenient).Questions.Where(q => q.State == AnswerState.NotAsked).Select(q => q.Question.Index).ToHashSet();
        var kept = answers.Select((a, i) => hidden.Contains(i) ? null : a).ToArray();
        return Build(rs, kept, order ?? Enumerable.Range(0, answers.Length));
    }

    private static AnswerSheet Build(RuleSet rs, Answer?[] answers, IEnumerable<int> order)
    {
        var b = AnswerSheet.For(new CompanyInfo("p1", naf: "86.10Z"));
        foreach (var i in order)
        {
            if (answers[i] is { } a)
            {
                b.Set(rs.Questions[i].Id, a);
            }
        }

        return b.Build();
    }

    /// <summary>Questions that some question's <c>when</c> reads: changing them can ask or hide others.</summary>
    private static HashSet<string> ReadByWhen(RuleSet rs)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var q in rs.Questions)
        {
            if (q.When is { } w)
            {
                foreach (Match m in Regex.Matches(w, "[a-z_][a-z0-9_]*"))
                {
                    names.Add(m.Value);
                }
            }
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(Sectors))]
    public void Assess_RandomAnswers_ScoresStayInRangeAndContributionsAddUp(string file)
    {
        var rs = ForFile(file);
        Answers(rs).Sample(answers =>
        {
            var r = rs.Assess(Sheet(rs, answers));
            r.Score.Should().BeInRange(0, r.MaxScore);
            r.MaxScore.Should().Be(100);
            r.Coverage.Should().BeInRange(0, 1);
            foreach (var n in r.Nodes)
            {
                if (n.Score is { } s)
                {
                    s.Should().BeInRange(0, n.MaxScore, n.Id);
                }

                n.Coverage.Should().BeInRange(0, 1);
            }

            foreach (var q in r.Questions)
            {
                q.Points.Should().BeInRange(0, q.MaxPoints, q.Id);
            }

            // contributions balance: dimensions add up to the overall score (to rounding)
            r.Dimensions.Sum(d => d.Contribution).Should().BeApproximately(r.Score, 1e-4);
            r.Questions.Sum(q => q.Contribution).Should().BeApproximately(r.Score, 1e-4);
        }, iter: 500);
    }

    [Theory]
    [MemberData(nameof(Sectors))]
    public void Assess_AnswersGivenInAnotherOrder_GivesTheSameResult(string file)
    {
        var rs = ForFile(file);
        Gen.Select(Answers(rs), Gen.Int).Sample((answers, seed) =>
        {
            var order = Enumerable.Range(0, answers.Length).ToArray();
            new Random(seed).Shuffle(order);
            var inOrder = AssessmentJson.Write(rs.Assess(Sheet(rs, answers)), indented: false);
            var shuffled = AssessmentJson.Write(rs.Assess(Sheet(rs, answers, order)), indented: false);
            shuffled.Should().Be(inOrder);
        }, iter: 300);
    }

    /// <summary>An answer with at least the points of the current one: a later option with more points, true for
    /// false, one more ticked option, one more scale step, a higher percent. Null when there is none.</summary>
    private static Answer? Better(Question q, Answer current, int r)
    {
        switch (q.Type)
        {
            case QuestionType.Boolean:
                return current.BooleanValue ? null : Answer.Of(true);
            case QuestionType.Choice:
                var points = q.FindOption(current.Option!)!.Points;
                var higher = q.Options.Where(o => o.Points > points).ToList();
                return higher.Count == 0 ? null : Answer.Choice(higher[r % higher.Count].Id);
            case QuestionType.Multi:
                var missing = q.Options.Where(o => !current.Options.Contains(o.Id)).ToList();
                return missing.Count == 0 ? null : Answer.Choices(current.Options.Append(missing[r % missing.Count].Id));
            case QuestionType.Scale:
                return current.NumberValue >= q.Max ? null : Answer.Of(current.NumberValue + 1);
            case QuestionType.Percent:
                return current.NumberValue >= 100 ? null : Answer.Of(Math.Min(100, current.NumberValue + 1 + (r % 50)));
            default:
                return null;
        }
    }

    [Theory]
    [MemberData(nameof(Sectors))]
    public void Assess_OneAnswerImproved_NeverLowersTheOverallScore(string file)
    {
        // Asserted for an answered question that no `when` reads (so the set of asked questions is unchanged),
        // replaced by an answer worth at least as many points. The shipped files have no formulas, so every
        // node is a monotone aggregate of its children. On core, whose options are listed by increasing points
        // and whose gates only ask for "more" (a yes, an option at least X, a score at least Y), the level
        // index cannot fall either.
        var rs = ForFile(file);
        rs.Nodes.Should().NotContain(n => n.Aggregation == Aggregation.Formula);
        var readByWhen = ReadByWhen(rs);
        Gen.Select(Answers(rs), Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]).Sample((answers, pick, r) =>
        {
            var candidates = Enumerable.Range(0, answers.Length)
                .Where(i => answers[i] is { Kind: not AnswerKind.NotApplicable } && !readByWhen.Contains(rs.Questions[i].Id))
                .ToList();
            if (candidates.Count == 0)
            {
                return;
            }

            var i = candidates[pick % candidates.Count];
            var sheet = Sheet(rs, answers);
            if (!sheet.Answers.ContainsKey(rs.Questions[i].Id) || Better(rs.Questions[i], answers[i]!, r) is not { } better)
            {
                return;
            }

            var before = rs.Assess(sheet);
            var improved = (Answer?[])answers.Clone();
            improved[i] = better;
            var after = rs.Assess(Sheet(rs, improved));
            after.Score.Should().BeGreaterThanOrEqualTo(before.Score, rs.Questions[i].Id + ": " + answers[i] + " → " + better);
            if (file == "core.yaml")
            {
                (after.Level?.Index ?? -1).Should().BeGreaterThanOrEqualTo(before.Level?.Index ?? -1);
            }
        }, iter: 500);
    }

    [Theory]
    [MemberData(nameof(Sectors))]
    public void Assess_NotApplicableInsteadOfAZeroPointAnswer_NeverLowersAScore(string file)
    {
        // Asserted for a question that allows N/A, that no `when` reads, and that is unanswered or answered
        // with 0 points (unanswered scores 0 under the shipped files' `unanswered: zero`): N/A removes a zero
        // from the weighted mean (or sum of ratios) of its node, so that node, its ancestors and the overall
        // score cannot fall. (Replacing a scoring answer by N/A can of course lower a score.)
        var rs = ForFile(file);
        var readByWhen = ReadByWhen(rs);
        var naQuestions = rs.Questions.Where(q => q.AllowsNotApplicable && !readByWhen.Contains(q.Id)).ToList();
        naQuestions.Should().NotBeEmpty();
        Gen.Select(Answers(rs), Gen.Int[0, int.MaxValue]).Sample((answers, pick) =>
        {
            var q = naQuestions[pick % naQuestions.Count];
            var sheet = Sheet(rs, answers);
            var before = rs.Assess(sheet);
            var state = before.Questions[q.Index];
            if (state.State == AnswerState.NotAsked || state.State == AnswerState.NotApplicable || state.Points != 0)
            {
                return;
            }

            var na = (Answer?[])answers.Clone();
            na[q.Index] = Answer.NotApplicable;
            var after = rs.Assess(Sheet(rs, na));
            after.Score.Should().BeGreaterThanOrEqualTo(before.Score);
            foreach (var n in after.Nodes)
            {
                if (n.Score is { } s && before.Nodes[n.Node.Index].Score is { } old)
                {
                    s.Should().BeGreaterThanOrEqualTo(old, n.Id);
                }
            }
        }, iter: 500);
    }

    [Theory]
    [MemberData(nameof(Sectors))]
    public void Assess_FromConcurrentThreads_EqualsSequentialResults(string file)
    {
        var rs = ForFile(file);
        var gen = Answers(rs);
        var sheets = Enumerable.Range(0, 60).Select(_ => Sheet(rs, gen.Single())).ToArray();
        var expected = sheets.Select(s => AssessmentJson.Write(rs.Assess(s), indented: false)).ToArray();

        const int threads = 8;
        const int rounds = 5;
        var failures = new List<string>();
        using var start = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var round = 0; round < rounds; round++)
            {
                for (var k = 0; k < sheets.Length; k++)
                {
                    // each thread walks the sheets from a different start so different sheets run at the same time
                    var i = (k + (t * 7)) % sheets.Length;
                    var json = AssessmentJson.Write(rs.Assess(sheets[i]), indented: false);
                    if (json != expected[i])
                    {
                        lock (failures)
                        {
                            failures.Add("thread " + t + ", sheet " + i);
                        }
                    }
                }
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        failures.Should().BeEmpty();
    }
}
