using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Maturity.Answers;
using Maturity.Loading;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Benchmarks;

/// <summary>Loading and compiling every rule set under rules/ (YAML parse, validation, expression
/// compilation, extends resolution).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class LoadBenchmarks
{
    [Benchmark(Description = "Load+compile rules/")]
    public int LoadRulesFolder() => RuleSetLoader.LoadDirectory(Fixtures.RulesFolder).RuleSets.Count;
}

/// <summary>One assessment through the public API (<see cref="RuleSet.Assess"/>), answer sheets and
/// rule sets built once in GlobalSetup.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class AssessBenchmarks
{
    private RuleSet _core = null!;
    private RuleSet _coreWithoutRecommendations = null!;
    private RuleSet _largest = null!;
    private AnswerSheet _coreSheet = null!;
    private AnswerSheet _largestSheet = null!;
    private RuleSet _services = null!;
    private AnswerSheet _servicesSheet = null!;
    private AnswerVector _servicesVector = null!;
    private ScoreCard _servicesCard = null!;

    [GlobalSetup]
    public void Setup()
    {
        var all = Fixtures.LoadAll();
        _core = Fixtures.Core(all);
        _largest = Fixtures.Largest(all);
        _coreSheet = Fixtures.CoreSheet();
        _largestSheet = Fixtures.MidSheet(_largest);
        _coreWithoutRecommendations = WithoutRecommendations(Path.Combine(Fixtures.RulesFolder, "core.yaml"));

        Check(_core, _coreSheet);
        Check(_coreWithoutRecommendations, _coreSheet);
        Check(_largest, _largestSheet);
        _services = all.Single(r => r.Id == "services");
        _servicesSheet = Fixtures.Sample("services/intermediate.yaml");
        Check(_services, _servicesSheet);
        _servicesVector = Fixtures.Vector(_services, _servicesSheet);
        _servicesCard = _servicesVector.Layout.CreateScoreCard();
        Console.WriteLine($"// services: {_services.Questions.Count} questions, {_services.Nodes.Count} nodes, {_services.Recommendations.Count} recommendations; answered {_servicesSheet.Answers.Count}; triggered {_services.Assess(_servicesSheet).Recommendations.Count}");
        Console.WriteLine($"// largest rule set: {_largest.Id} ({_largest.Questions.Count} questions, {_largest.Nodes.Count} nodes, {_largest.Recommendations.Count} recommendations); answered {_largestSheet.Answers.Count}");
        Console.WriteLine($"// core: {_core.Questions.Count} questions, {_core.Nodes.Count} nodes, {_core.Recommendations.Count} recommendations; answered {_coreSheet.Answers.Count}");
    }

    [Benchmark(Baseline = true, Description = "Assess core (full sheet)")]
    public AssessmentResult AssessCore() => _core.Assess(_coreSheet);

    [Benchmark(Description = "Assess core without recommendations")]
    public AssessmentResult AssessCoreWithoutRecommendations() => _coreWithoutRecommendations.Assess(_coreSheet);

    [Benchmark(Description = "ValidateAnswers core (bind+evaluate)")]
    public int ValidateCore() => _core.ValidateAnswers(_coreSheet).Count;

    [Benchmark(Description = "Assess largest rule set (mid answers)")]
    public AssessmentResult AssessLargest() => _largest.Assess(_largestSheet);

    [Benchmark(Description = "Assess services sample (string ids)")]
    public AssessmentResult AssessServices() => _services.Assess(_servicesSheet);

    [Benchmark(Description = "Assess services sample (pre-bound, full with what-ifs)")]
    public AssessmentResult AssessServicesPreBound() => _services.Assess(_servicesVector, _servicesSheet.Company);

    [Benchmark(Description = "Score services sample (pre-bound, scores+levels)")]
    public double ScoreServicesPreBound()
    {
        _services.Score(_servicesVector, _servicesCard);
        return _servicesCard.Score;
    }

    private static void Check(RuleSet ruleSet, AnswerSheet sheet)
    {
        var problems = ruleSet.ValidateAnswers(sheet);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(ruleSet.Id + ": " + string.Join(Environment.NewLine, problems));
        }
    }

    /// <summary>core.yaml with its top-level <c>recommendations:</c> block cut out: same questions,
    /// nodes and levels, so the difference to <see cref="AssessCore"/> is the what-if cost.</summary>
    private static RuleSet WithoutRecommendations(string path)
    {
        var text = new StringBuilder();
        var skipping = false;
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] != '#')
            {
                skipping = line.StartsWith("recommendations:", StringComparison.Ordinal);
            }

            if (!skipping)
            {
                text.Append(line).Append('\n');
            }
        }

        var loaded = RuleSetLoader.LoadText(text.ToString(), path);
        if (!loaded.Success || loaded.RuleSets[0].Recommendations.Count != 0)
        {
            throw new InvalidOperationException("core without recommendations does not load: " + string.Join(Environment.NewLine, loaded.Diagnostics));
        }

        return loaded.RuleSets[0];
    }
}
