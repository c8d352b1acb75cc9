using System;
using System.Linq;
using System.Text;
using CsCheck;
using Maturity.Answers;
using Maturity.Loading;
using Maturity.Model;
using Maturity.Scoring;
using static Maturity.Tests.Scoring.ScoringKit;

namespace Maturity.Tests.Scoring;

/// <summary>The compile-time maxima (behind MAT041) and the engine fold children through the same
/// aggregation, so what lint calls reachable is exactly what an all-best answer sheet scores.</summary>
public class AggregationConsistencyTests
{
    [Fact]
    public void Load_MinOverAWeightZeroQuestion_LintsCleanAndScoresTheFullFive()
    {
        // issue 13: lint used to count the weight-0 question in the minimum ("can reach at most 1")
        const string yaml = """
            ruleset: t
            version: 1.0.0
            title: Test
            languages: [en]
            scoring: { scale: raw, aggregate: min }
            dimensions:
              - id: d
                title: D
                aggregate: min
                questions:
                  - { id: a, type: boolean, points: 5, text: A }
                  - { id: b, type: boolean, points: 1, weight: 0, text: B }
            levels:
              - { id: l0, min: 0 }
              - { id: l4, min: 4 }
            """;

        var result = RuleSetLoader.LoadText(yaml, "t.yaml");

        result.Diagnostics.Should().BeEmpty();
        var r = result.RuleSets.Single().Assess(Sheet().Set("a", true).Set("b", true));
        r.Score.Should().Be(5);
        r.MaxScore.Should().Be(5);
        r.Level!.Id.Should().Be("l4");
    }

    [Fact]
    public void Assess_AllBestAnswers_EveryNodeScoresItsCompileTimeMaximum()
    {
        Tree.Sample(yaml =>
        {
            var result = RuleSetLoader.LoadText(yaml, "t.yaml");
            result.Diagnostics.Where(d => d.IsError).Should().BeEmpty(yaml);
            var rs = result.RuleSets.Single();
            var r = rs.Assess(AllBest(rs), AssessmentOptions.Strict);

            // results carry 6 decimals
            foreach (var n in r.Nodes)
            {
                (n.Score ?? 0).Should().BeApproximately(rs.Plan.BestNodeScores[n.Node.Index], 1e-6, n.Id + " in\n" + yaml);
            }

            r.Score.Should().BeApproximately(rs.Plan.BestScore, 1e-6, yaml);
        });
    }

    private static readonly string[] Aggregations = ["mean", "sum", "min", "max"];

    /// <summary>Random rule sets: either scale, any aggregation at every level, weights including 0,
    /// nested groups, boolean/choice/percent questions. The first child of each list weighs at least 1,
    /// since a list of only weight-0 children is a load error (MAT032); every question can score (MAT033).</summary>
    private static readonly Gen<string> Tree =
        Gen.Int[0, int.MaxValue].Array[64].Select(raw =>
        {
            var next = 0;
            int Draw(int n) => raw[next++ % raw.Length] % n;
            var questionId = 0;
            var groupId = 0;
            var sb = new StringBuilder("ruleset: t\nversion: 1.0.0\ntitle: Test\nlanguages: [en]\n");
            sb.Append("scoring: { scale: ").Append(Draw(2) == 0 ? "raw" : "normalized").Append(", aggregate: ").Append(Aggregations[Draw(4)]).Append(" }\n");
            sb.Append("dimensions:\n");
            var dims = 1 + Draw(3);
            for (var d = 0; d < dims; d++)
            {
                sb.Append("  - id: d").Append(d).Append("\n    title: D\n    weight: ").Append(d == 0 ? 1 + Draw(2) : Draw(3)).Append("\n    aggregate: ").Append(Aggregations[Draw(4)]).Append('\n');
                if (Draw(2) == 0)
                {
                    sb.Append("    groups:\n      - id: g").Append(groupId++).Append("\n        title: G\n        aggregate: ").Append(Aggregations[Draw(4)]).Append("\n        weight: ").Append(Draw(3)).Append('\n');
                    Questions(sb, "        ");
                }

                Questions(sb, "    ");
            }

            return sb.ToString();

            void Questions(StringBuilder b, string indent)
            {
                b.Append(indent).Append("questions:\n");
                var count = 1 + Draw(3);
                for (var i = 0; i < count; i++)
                {
                    var id = "q" + questionId++;
                    b.Append(indent).Append("  - { id: ").Append(id).Append(", text: Q, weight: ").Append(i == 0 ? 1 + Draw(2) : Draw(3));
                    switch (Draw(3))
                    {
                        case 0:
                            b.Append(", type: boolean, points: ").Append(1 + Draw(5));
                            break;
                        case 1:
                            b.Append(", type: choice, answers: [{ id: x, label: X, points: ").Append(1 + Draw(5)).Append(" }, { id: y, label: Y, points: ").Append(Draw(6)).Append(" }]");
                            break;
                        default:
                            b.Append(", type: percent, points: ").Append(1 + Draw(5));
                            break;
                    }

                    b.Append(" }\n");
                }
            }
        });

    /// <summary>Every question answered with what scores most.</summary>
    private static AnswerSheet AllBest(RuleSet rs)
    {
        var b = AnswerSheet.For(new CompanyInfo("c1"));
        foreach (var q in rs.Questions)
        {
            _ = q.Type switch
            {
                QuestionType.Boolean => b.Set(q.Id, true),
                QuestionType.Choice => b.Set(q.Id, q.Options.OrderByDescending(o => o.Points).First().Id),
                _ => b.Set(q.Id, 100),
            };
        }

        return b.Build();
    }
}
