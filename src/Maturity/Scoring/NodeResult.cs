using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>A dimension's or group's outcome. Immutable.</summary>
public sealed class NodeResult
{
    internal NodeResult(RuleNode node, double? score, double maxScore, double coverage, double contribution, LevelResult? level, NextLevelResult? nextLevel)
    {
        Node = node;
        Score = score;
        MaxScore = maxScore;
        Coverage = coverage;
        Contribution = contribution;
        Level = level;
        NextLevel = nextLevel;
    }

    /// <summary>The node definition.</summary>
    public RuleNode Node { get; }

    /// <summary>Node id.</summary>
    public string Id => Node.Id;

    /// <summary>Score; null when nothing under the node is scored (all N/A or not asked).</summary>
    public double? Score { get; }

    /// <summary>Maximum score.</summary>
    public double MaxScore { get; }

    /// <summary>Declared weight within its parent.</summary>
    public double Weight => Node.Weight;

    /// <summary>Share of its applicable questions answered (N/A counts as answered), 0..1.</summary>
    public double Coverage { get; }

    /// <summary>Points of the overall score that come from this node.</summary>
    public double Contribution { get; }

    /// <summary>The per-dimension level reached, if the dimension declares levels.</summary>
    public LevelResult? Level { get; }

    /// <summary>The next per-dimension level, if any.</summary>
    public NextLevelResult? NextLevel { get; }
}
