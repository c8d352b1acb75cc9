using System.Collections.Generic;

namespace Maturity.Documents;

/// <summary>The resolved content of a rule file after <c>extends</c>: the base's content with the
/// extending file's additions. Base documents are never mutated (a base is shared by several sectors).</summary>
internal sealed class MergedRuleSet
{
    public MergedRuleSet(RuleSetDoc leaf, IReadOnlyList<RuleSetDoc> chain)
    {
        Leaf = leaf;
        Chain = chain;
    }

    public RuleSetDoc Leaf { get; }

    public IReadOnlyList<RuleSetDoc> Chain { get; }

    public List<AnswerSetDoc> AnswerSets { get; } = [];

    public List<NodeDoc> Dimensions { get; } = [];

    public List<LevelDoc> Levels { get; set; } = [];

    public List<RecommendationDoc> Recommendations { get; } = [];

    public List<IndicatorDoc> Indicators { get; } = [];

    public ScoringDoc Scoring { get; } = new();
}
