using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Maturity.Answers;
using Maturity.Model;
using Maturity.Questionnaire;
using Maturity.Scoring;

namespace Maturity.Benchmarks;

/// <summary>The questionnaire state a UI recomputes after every answer (<see cref="QuestionnaireState.Compute"/>):
/// on the largest rule set, with an empty sheet (first page) and a half-answered one (mid-questionnaire).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class QuestionnaireBenchmarks
{
    private RuleSet _largest = null!;
    private AnswerSheet _empty = null!;
    private AnswerSheet _half = null!;

    [GlobalSetup]
    public void Setup()
    {
        _largest = Fixtures.Largest(Fixtures.LoadAll());
        _empty = AnswerSheet.For(new CompanyInfo("80-Q-001")).Build();
        var mid = Fixtures.MidSheet(_largest);
        var builder = AnswerSheet.For(mid.Company);
        var n = 0;
        foreach (KeyValuePair<string, Answer> pair in mid.Answers)
        {
            if (n++ % 2 == 0)
            {
                builder.Set(pair.Key, pair.Value);
            }
        }

        _half = builder.Build();
        var state = QuestionnaireState.Compute(_largest, _half, "fr");
        Console.WriteLine($"// {_largest.Id}: {state.Questions.Count} questions, {state.Sections.Count} sections; half sheet {state.Progress} answered/asked, {state.Problems.Count} problems");
    }

    [Benchmark(Description = "Questionnaire state, empty sheet")]
    public int Empty() => QuestionnaireState.Compute(_largest, _empty, "fr").Progress.Asked;

    [Benchmark(Description = "Questionnaire state, half answered")]
    public int Half() => QuestionnaireState.Compute(_largest, _half, "fr").Progress.Answered;
}
