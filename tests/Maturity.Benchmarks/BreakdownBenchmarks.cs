using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Maturity.Answers;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Benchmarks;

/// <summary>Where one core assessment spends its time and allocations. Calls the engine's internal
/// stages (binding, evaluation, hidden-answer check, what-if recommendations, contribution split) through
/// <see cref="UnsafeAccessorAttribute"/>, read-only, without changing the engine. Result-object building
/// is what <see cref="AssessBenchmarks.AssessCore"/> costs beyond the sum of these stages.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class BreakdownBenchmarks
{
    private RuleSet _core = null!;
    private AnswerSheet _sheet = null!;
    private object _plan = null!;
    private object _input = null!;
    private object _state = null!;

    [GlobalSetup]
    public void Setup()
    {
        _core = Fixtures.Core(Fixtures.LoadAll());
        _sheet = Fixtures.CoreSheet();
        _plan = Engine.Plan(_core);
        _input = Engine.Bind(null, _core, _sheet, Engine.NewBag());
        _state = Engine.NewState(_core.Questions.Count, _core.Nodes.Count);
        Engine.Evaluate(null, _plan, _input, _state);
    }

    [Benchmark(Baseline = true, Description = "Full Assess (reference)")]
    public AssessmentResult Full() => _core.Assess(_sheet);

    [Benchmark(Description = "1 Bind answers (new bag + AnswerBinder.Bind)")]
    public object Bind() => Engine.Bind(null, _core, _sheet, Engine.NewBag());

    [Benchmark(Description = "2 Evaluate (ScoringEngine.Evaluate)")]
    public void Evaluate() => Engine.Evaluate(null, _plan, _input, _state);

    [Benchmark(Description = "3 Hidden-answer check")]
    public void HiddenAnswers() => Engine.ReportHiddenAnswers(null, _core, _sheet, _input, _state, Engine.NewBag());

    [Benchmark(Description = "4 Recommendations what-if")]
    public List<RecommendationResult> Recommend() => Engine.Recommend(null, _core, _input, _state);

    [Benchmark(Description = "5 Contribution split")]
    public double[] Contributions() => Engine.Contributions(null, _plan, _state, out _);

    /// <summary>Accessors to the engine's internal stages (.NET 10 UnsafeAccessorType: no reflection at call time).</summary>
    private static class Engine
    {
        private const string Asm = ", Maturity";

        [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
        [return: UnsafeAccessorType("Maturity.Diagnostics.DiagnosticBag" + Asm)]
        public static extern object NewBag();

        [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
        [return: UnsafeAccessorType("Maturity.Scoring.ScoreState" + Asm)]
        public static extern object NewState(int questions, int nodes);

        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_Plan")]
        [return: UnsafeAccessorType("Maturity.Scoring.ScoringPlan" + Asm)]
        public static extern object Plan(RuleSet ruleSet);

        [UnsafeAccessor(UnsafeAccessorKind.StaticMethod, Name = "Bind")]
        [return: UnsafeAccessorType("Maturity.Scoring.AnswerInput" + Asm)]
        public static extern object Bind(
            [UnsafeAccessorType("Maturity.Scoring.AnswerBinder" + Asm)] object? type,
            RuleSet ruleSet,
            AnswerSheet sheet,
            [UnsafeAccessorType("Maturity.Diagnostics.DiagnosticBag" + Asm)] object bag);

        [UnsafeAccessor(UnsafeAccessorKind.StaticMethod, Name = "ReportHiddenAnswers")]
        public static extern void ReportHiddenAnswers(
            [UnsafeAccessorType("Maturity.Scoring.AnswerBinder" + Asm)] object? type,
            RuleSet ruleSet,
            AnswerSheet sheet,
            [UnsafeAccessorType("Maturity.Scoring.AnswerInput" + Asm)] object input,
            [UnsafeAccessorType("Maturity.Scoring.ScoreState" + Asm)] object state,
            [UnsafeAccessorType("Maturity.Diagnostics.DiagnosticBag" + Asm)] object bag);

        [UnsafeAccessor(UnsafeAccessorKind.StaticMethod, Name = "Evaluate")]
        public static extern void Evaluate(
            [UnsafeAccessorType("Maturity.Scoring.ScoringEngine" + Asm)] object? type,
            [UnsafeAccessorType("Maturity.Scoring.ScoringPlan" + Asm)] object plan,
            [UnsafeAccessorType("Maturity.Scoring.AnswerInput" + Asm)] object input,
            [UnsafeAccessorType("Maturity.Scoring.ScoreState" + Asm)] object state);

        [UnsafeAccessor(UnsafeAccessorKind.StaticMethod, Name = "Recommend")]
        public static extern List<RecommendationResult> Recommend(
            [UnsafeAccessorType("Maturity.Scoring.Assessor" + Asm)] object? type,
            RuleSet ruleSet,
            [UnsafeAccessorType("Maturity.Scoring.AnswerInput" + Asm)] object input,
            [UnsafeAccessorType("Maturity.Scoring.ScoreState" + Asm)] object state);

        [UnsafeAccessor(UnsafeAccessorKind.StaticMethod, Name = "Contributions")]
        public static extern double[] Contributions(
            [UnsafeAccessorType("Maturity.Scoring.Assessor" + Asm)] object? type,
            [UnsafeAccessorType("Maturity.Scoring.ScoringPlan" + Asm)] object plan,
            [UnsafeAccessorType("Maturity.Scoring.ScoreState" + Asm)] object state,
            out double[] questionContributions);
    }
}
