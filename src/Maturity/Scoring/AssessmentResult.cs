using System.Collections.Generic;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>The outcome of assessing one company against one rule set: scores, level, coverage,
/// the gap to the next level and ranked recommendations, traceable to the exact rules by
/// <see cref="RuleSetHash"/>. Immutable and thread-safe.</summary>
public sealed class AssessmentResult
{
    internal AssessmentResult(
        RuleSet ruleSet,
        CompanyInfo company,
        double score,
        double maxScore,
        LevelResult? level,
        double coverage,
        IReadOnlyList<NodeResult> nodes,
        IReadOnlyList<QuestionResult> questions,
        NextLevelResult? nextLevel,
        IReadOnlyList<RecommendationResult> recommendations,
        IReadOnlyList<Diagnostic> warnings)
    {
        RuleSet = ruleSet;
        Company = company;
        Score = score;
        MaxScore = maxScore;
        Level = level;
        Coverage = coverage;
        Nodes = nodes;
        Questions = questions;
        NextLevel = nextLevel;
        Recommendations = recommendations;
        Warnings = warnings;
        var dims = new List<NodeResult>();
        foreach (var n in nodes)
        {
            if (n.Node.IsDimension)
            {
                dims.Add(n);
            }
        }

        Dimensions = dims;
    }

    /// <summary>The rule set used.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Rule set id.</summary>
    public string RuleSetId => RuleSet.Id;

    /// <summary>Rule set version.</summary>
    public string RuleSetVersion => RuleSet.Version;

    /// <summary>SHA-256 of the resolved rule files.</summary>
    public string RuleSetHash => RuleSet.Hash;

    /// <summary>The company assessed.</summary>
    public CompanyInfo Company { get; }

    /// <summary>Overall score.</summary>
    public double Score { get; }

    /// <summary>Overall maximum (100 on the normalised scale).</summary>
    public double MaxScore { get; }

    /// <summary>The level reached, or null.</summary>
    public LevelResult? Level { get; }

    /// <summary>Share of applicable questions answered (N/A counts as answered), 0..1.</summary>
    public double Coverage { get; }

    /// <summary>Dimensions' outcomes.</summary>
    public IReadOnlyList<NodeResult> Dimensions { get; }

    /// <summary>Every dimension's and group's outcome, parents first.</summary>
    public IReadOnlyList<NodeResult> Nodes { get; }

    /// <summary>Every question's outcome, in rule-set order.</summary>
    public IReadOnlyList<QuestionResult> Questions { get; }

    /// <summary>The next level and what stands between; null at the top.</summary>
    public NextLevelResult? NextLevel { get; }

    /// <summary>Triggered recommendations, highest gain first (then lower effort, then declaration order).</summary>
    public IReadOnlyList<RecommendationResult> Recommendations { get; }

    /// <summary>Answer problems tolerated in lenient mode, and other remarks.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>Ids of questions answered "not applicable".</summary>
    public IReadOnlyList<string> NotApplicable => Ids(AnswerState.NotApplicable);

    /// <summary>Ids of applicable questions left unanswered.</summary>
    public IReadOnlyList<string> Unanswered => Ids(AnswerState.Unanswered);

    /// <summary>A text that traces every number back to answers and weights.</summary>
    public string Explain(string? language = null) => ExplanationWriter.Write(this, language ?? RuleSet.Languages[0]);

    private List<string> Ids(AnswerState state)
    {
        var list = new List<string>();
        foreach (var q in Questions)
        {
            if (q.State == state)
            {
                list.Add(q.Id);
            }
        }

        return list;
    }
}
