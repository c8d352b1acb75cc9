using System.Collections.Generic;

namespace Maturity.Scoring;

/// <summary>One thread's working buffers for one rule set. Kept per plan and per thread, so a batch
/// that alternates between sector rule sets never reallocates them, and threads never share them.</summary>
internal sealed class Workspace
{
    private WhatIfSave? _save;

    public Workspace(ScoringPlan plan)
    {
        Plan = plan;
        Main = new ScoreState(plan.Questions.Length, plan.Nodes.Length) { RootPartials = new FoldTotals[plan.DimensionSlots.Length] };
        Input = new AnswerInput(plan);
        Gates = new GateMemo(plan);
    }

    public ScoringPlan Plan { get; }

    public ScoreState Main { get; }

    public AnswerInput Input { get; }

    public WhatIfSave Save => _save ??= new WhatIfSave();

    /// <summary>The level gates of the assessment in progress, evaluated once and shared by its what-ifs.</summary>
    public GateMemo Gates { get; }

    /// <summary>Triggered recommendations of the assessment in progress, before they are ranked and copied.</summary>
    public List<RecommendationResult> Recommendations { get; } = [];
}
