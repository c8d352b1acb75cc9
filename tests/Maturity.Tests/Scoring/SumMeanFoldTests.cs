using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Maturity.Scoring;
using static Maturity.Tests.Scoring.ScoringKit;

namespace Maturity.Tests.Scoring;

/// <summary>The engine folds sum and mean nodes (and a sum or mean root) in a loop of its own, without the
/// <see cref="Aggregator"/> struct; that loop must give the aggregator's numbers to the last bit, on either scale,
/// either unanswered policy, with weight-0 children, N/A and unanswered questions and nested groups.</summary>
public class SumMeanFoldTests
{
    [Fact]
    public void ComputeNode_RandomSumAndMeanModels_SameBitsAsTheAggregator()
    {
        var random = new Random(20261201);
        var compared = 0;
        for (var model = 0; model < 150; model++)
        {
            var (yaml, questions) = RandomModel(random);
            var ruleSet = Rules(yaml);
            var plan = ruleSet.Plan;
            for (var firm = 0; firm < 8; firm++)
            {
                var layout = ruleSet.CreateAnswerLayout();
                var vector = layout.CreateVector();
                foreach (var (id, kind, hasNa) in questions)
                {
                    var roll = random.Next(10);
                    var slot = layout.SlotOf(id);
                    if (roll == 0)
                    {
                        continue; // unanswered
                    }

                    if (roll == 1 && hasNa)
                    {
                        vector.SetNotApplicable(slot);
                    }
                    else if (kind == "boolean")
                    {
                        vector.SetBoolean(slot, random.Next(2) == 0);
                    }
                    else if (kind == "choice")
                    {
                        vector.SetChoice(slot, random.Next(3));
                    }
                    else
                    {
                        vector.SetNumber(slot, random.Next(0, 101));
                    }
                }

                var fast = new ScoreState(plan.Questions.Length, plan.Nodes.Length);
                ScoringEngine.Evaluate(plan, vector.Input, fast);
                var reference = Copy(fast);
                for (var n = plan.Nodes.Length - 1; n >= 0; n--)
                {
                    ScoringEngine.ComputeNodeWithAggregator(plan, reference, n);
                }

                ScoringEngine.ComputeRootWithAggregator(plan, reference);
                Bits(fast.NodeScore).Should().Equal(Bits(reference.NodeScore), yaml);
                Bits(fast.NodeMax).Should().Equal(Bits(reference.NodeMax), yaml);
                fast.NodeCounts.Should().Equal(reference.NodeCounts);
                fast.NodeAnswered.Should().Equal(reference.NodeAnswered);
                fast.NodeApplicable.Should().Equal(reference.NodeApplicable);
                BitConverter.DoubleToInt64Bits(fast.Score).Should().Be(BitConverter.DoubleToInt64Bits(reference.Score), yaml);
                BitConverter.DoubleToInt64Bits(fast.Max).Should().Be(BitConverter.DoubleToInt64Bits(reference.Max), yaml);
                (fast.Answered, fast.Applicable).Should().Be((reference.Answered, reference.Applicable));
                compared++;
            }
        }

        compared.Should().Be(150 * 8);
    }

    private static long[] Bits(double[] values) => values.Select(BitConverter.DoubleToInt64Bits).ToArray();

    /// <summary>The state after evaluation with its node and root figures cleared, for the aggregator to refill.</summary>
    private static ScoreState Copy(ScoreState s)
    {
        var copy = new ScoreState(s.Status.Length, s.NodeScore.Length);
        Array.Copy(s.Status, copy.Status, s.Status.Length);
        Array.Copy(s.Value, copy.Value, s.Value.Length);
        Array.Copy(s.Mask, copy.Mask, s.Mask.Length);
        Array.Copy(s.QuestionPoints, copy.QuestionPoints, s.QuestionPoints.Length);
        return copy;
    }

    private static (string Yaml, List<(string Id, string Kind, bool HasNa)> Questions) RandomModel(Random random)
    {
        var questions = new List<(string, string, bool)>();
        var yaml = new StringBuilder();
        yaml.Append("scoring: { scale: ").Append(random.Next(2) == 0 ? "normalized" : "raw")
            .Append(", unanswered: ").Append(random.Next(2) == 0 ? "zero" : "exclude")
            .Append(", aggregate: ").Append(SumOrMean(random)).Append(" }\n");
        yaml.Append("dimensions:\n");
        var dimensions = random.Next(1, 5);
        for (var d = 0; d < dimensions; d++)
        {
            yaml.Append("  - id: d").Append(d).Append("\n    title: D\n    aggregate: ").Append(SumOrMean(random))
                .Append("\n    weight: ").Append(Weight(random, first: d == 0)).Append('\n');
            yaml.Append("    questions:\n");
            Questions(random, yaml, "      ", "d" + d, questions);
            if (random.Next(3) == 0)
            {
                yaml.Append("    groups:\n      - id: g").Append(d).Append("\n        title: G\n        aggregate: ").Append(SumOrMean(random))
                    .Append("\n        weight: ").Append(Weight(random, first: false)).Append("\n        questions:\n");
                Questions(random, yaml, "          ", "g" + d, questions);
            }
        }

        return (yaml.ToString(), questions);
    }

    private static void Questions(Random random, StringBuilder yaml, string indent, string prefix, List<(string, string, bool)> questions)
    {
        var count = random.Next(1, 6);
        for (var q = 0; q < count; q++)
        {
            var id = prefix + "_q" + q;
            var kind = new[] { "boolean", "choice", "percent" }[random.Next(3)];
            var na = random.Next(3) == 0;
            yaml.Append(indent).Append("- { id: ").Append(id).Append(", type: ").Append(kind).Append(", text: Q")
                .Append(", weight: ").Append(Weight(random, first: q == 0));
            if (na)
            {
                yaml.Append(", na: true");
            }

            if (kind == "choice")
            {
                yaml.Append(", answers: [{ id: a, points: 0, label: A }, { id: b, points: ").Append(Number(random)).Append(", label: B }, { id: c, points: ")
                    .Append(Number(random)).Append(", label: C }]");
            }
            else
            {
                yaml.Append(", points: ").Append(Number(random));
            }

            yaml.Append(" }\n");
            questions.Add((id, kind, na));
        }
    }

    private static string SumOrMean(Random random) => random.Next(2) == 0 ? "sum" : "mean";

    // A first sibling always weighs something: an all-zero set of weights is refused by the compiler.
    private static string Weight(Random random, bool first) =>
        new[] { "0", "0.5", "1", "1", "2", "3.3" }[random.Next(first ? 1 : 0, 6)];

    private static string Number(Random random) => (random.Next(1, 40) / 4.0).ToString(CultureInfo.InvariantCulture);
}
