using System;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>The score-only outcome of a pre-bound assessment, filled in place by
/// <see cref="RuleSet.Score(AnswerVector, ScoreCard)"/>: overall score, level and coverage, and each
/// dimension's score and level, with the same numbers an <see cref="AssessmentResult"/> holds. It owns
/// its working buffers, so scoring into it allocates nothing; reuse one per thread.</summary>
public sealed class ScoreCard
{
    private readonly double[] _dimensionScores;
    private readonly LevelResult?[] _dimensionLevels;

    internal ScoreCard(AnswerLayout layout)
    {
        Layout = layout;
        var plan = layout.RuleSet.Plan;
        State = new ScoreState(plan.Questions.Length, plan.Nodes.Length);
        _dimensionScores = new double[plan.DimensionSlots.Length];
        _dimensionLevels = new LevelResult?[plan.DimensionSlots.Length];
    }

    /// <summary>The layout (and so the rule set) this card is for.</summary>
    public AnswerLayout Layout { get; }

    /// <summary>Overall score.</summary>
    public double Score { get; private set; }

    /// <summary>Overall maximum (100 on the normalised scale).</summary>
    public double MaxScore { get; private set; }

    /// <summary>The level reached, or null.</summary>
    public LevelResult? Level { get; private set; }

    /// <summary>Share of applicable questions answered (N/A counts as answered), 0..1.</summary>
    public double Coverage { get; private set; }

    /// <summary>Number of dimensions, in <see cref="RuleSet.Dimensions"/> order.</summary>
    public int DimensionCount => _dimensionScores.Length;

    internal ScoreState State { get; }

    /// <summary>The score of the dimension at <paramref name="dimension"/> in <see cref="RuleSet.Dimensions"/>;
    /// null when nothing under it is scored.</summary>
    public double? DimensionScore(int dimension)
    {
        var score = _dimensionScores[Check(dimension)];
        return double.IsNaN(score) ? null : score;
    }

    /// <summary>The level reached by the dimension at <paramref name="dimension"/>, or null.</summary>
    public LevelResult? DimensionLevel(int dimension) => _dimensionLevels[Check(dimension)];

    internal void Set(double score, double max, LevelResult? level, double coverage)
    {
        Score = score;
        MaxScore = max;
        Level = level;
        Coverage = coverage;
    }

    internal void SetDimension(int dimension, double score, LevelResult? level)
    {
        _dimensionScores[dimension] = score;
        _dimensionLevels[dimension] = level;
    }

    private int Check(int dimension) => (uint)dimension < (uint)_dimensionScores.Length
        ? dimension
        : throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "rule set '" + Layout.RuleSet.Id + "' has " + _dimensionScores.Length + " dimensions");
}
