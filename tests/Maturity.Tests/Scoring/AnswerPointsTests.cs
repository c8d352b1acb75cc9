using System;
using System.IO;
using System.Linq;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Expressions;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Tests.Scoring;

/// <summary>An answer's points are worked out when it is set (sheet binding or vector), not at each evaluation: they
/// must be the points the engine works out from the recorded answers when a result rebuilds its details, to the bit,
/// and a refused or cleared answer must carry none.</summary>
public class AnswerPointsTests
{
    [Theory]
    [MemberData(nameof(PreBoundEquivalenceTests.SampleFiles), MemberType = typeof(PreBoundEquivalenceTests))]
    public void Evaluate_SampleCompany_PointsSetWithTheAnswersAreThoseWorkedOutFromTheRecord(string sample)
    {
        var (plan, vector, bound, evaluated) = Evaluated(sample);
        var rebuilt = new ScoreState(plan.Questions.Length, plan.Nodes.Length);
        AnswerRecord.Capture(plan, vector.Input, evaluated).Restore(plan, rebuilt);
        ScoringEngine.Compute(plan, rebuilt);

        Bits(bound.Points).Should().Equal(Bits(vector.Input.Points), "the sheet and the vector set the same answers");
        Bits(evaluated.QuestionPoints).Should().Equal(Bits(rebuilt.QuestionPoints), sample);
        Bits(evaluated.NodeScore).Should().Equal(Bits(rebuilt.NodeScore), sample);
        evaluated.QuestionPoints.Should().Contain(p => p != 0, "a sample scores something");
    }

    [Theory]
    [MemberData(nameof(PreBoundEquivalenceTests.SampleFiles), MemberType = typeof(PreBoundEquivalenceTests))]
    public void Capture_SampleCompany_RecordsTheEvaluatedStatesAndValues(string sample)
    {
        var (plan, vector, bound, evaluated) = Evaluated(sample);

        var record = AnswerRecord.Capture(plan, vector.Input, evaluated);

        bound.Codes.Should().Equal(vector.Input.Codes, "the sheet and the vector set the same answers");
        for (var q = 0; q < plan.Questions.Length; q++)
        {
            var status = evaluated.Status[q];
            var expected = status switch
            {
                AnswerStatus.Answered => AnswerState.Answered,
                AnswerStatus.NotApplicable => AnswerState.NotApplicable,
                AnswerStatus.Hidden => AnswerState.NotAsked,
                _ => AnswerState.Unanswered,
            };
            record.StateOf(q).Should().Be(expected, plan.Questions[q].Id);
            var multi = plan.Types[q] == QuestionType.Multi;
            record.ValueOf(plan, q).Should().Be(status == AnswerStatus.Answered && !multi ? evaluated.Value[q] : 0, plan.Questions[q].Id);
            record.MaskOf(plan, q).Should().Be(status == AnswerStatus.Answered && multi ? evaluated.Mask[q] : 0, plan.Questions[q].Id);
        }
    }

    [Fact]
    public void SetThenRefuseOrClear_AnsweredSlot_CarriesNoPointsAnyMore()
    {
        var ruleSet = PreBoundEquivalenceTests.All.Single(r => r.Id == "core");
        var layout = ruleSet.CreateAnswerLayout();
        var vector = layout.CreateVector();
        var choice = Array.FindIndex(ruleSet.Plan.Types, t => t == QuestionType.Choice);
        var number = Array.FindIndex(ruleSet.Plan.Questions, q => q.Type is QuestionType.Number or QuestionType.Percent && q.Max is not null);
        var best = layout.QuestionAt(choice).Options.MaxBy(o => o.Points)!;
        var top = layout.QuestionAt(number);

        vector.SetChoice(choice, best.Index);
        vector.SetNumber(number, top.Max!.Value);
        (vector.Input.Points[choice], vector.Input.Points[number]).Should().Be((best.Points, ScoringEngine.Points(top, top.Max!.Value, 0)));
        vector.Input.Points[choice].Should().BeGreaterThan(0);

        vector.SetChoice(choice, "no-such-option");
        vector.SetNumber(number, top.Max!.Value + 1);
        (vector.Input.Points[choice], vector.Input.Points[number]).Should().Be((0.0, 0.0), "a refused value leaves the slot unanswered");
        vector.HasProblems.Should().BeTrue();

        vector.SetChoice(choice, best.Index);
        vector.Clear();
        vector.Input.Points.Should().OnlyContain(p => p == 0);
    }

    /// <summary>A sample's answers set in a vector and bound from its sheet, and the vector's evaluation.</summary>
    private static (ScoringPlan Plan, AnswerVector Vector, AnswerInput Bound, ScoreState Evaluated) Evaluated(string sample)
    {
        var sheet = AnswerFile.Load(Path.Combine(TestPaths.Samples, sample)).Sheet!;
        var ruleSet = PreBoundEquivalenceTests.Catalog.FindFor(sheet)!;
        var plan = ruleSet.Plan;
        var vector = ruleSet.CreateAnswerLayout().CreateVector();
        PreBoundEquivalenceTests.Fill(vector, sheet);
        var bound = new AnswerInput(plan);
        AnswerBinder.Bind(ruleSet, sheet, new DiagnosticBag(), bound);
        var evaluated = new ScoreState(plan.Questions.Length, plan.Nodes.Length);
        ScoringEngine.Evaluate(plan, vector.Input, evaluated);
        return (plan, vector, bound, evaluated);
    }

    private static long[] Bits(double[] values) => values.Select(BitConverter.DoubleToInt64Bits).ToArray();
}
