using System.Collections.Generic;
using Maturity.Diagnostics;
using Maturity.Model;
using Maturity.Yaml;

namespace Maturity.Documents;

internal sealed class NodeDoc
{
    public Located<string> Id { get; set; } = null!;

    public SourceLocation Location { get; set; } = null!;

    public LabelDoc? Title { get; set; }

    public Located<double>? Weight { get; set; }

    public Aggregation Aggregate { get; set; } = Aggregation.Mean;

    public SourceLocation? AggregateLocation { get; set; }

    public ExprDoc? Formula { get; set; }

    public Located<double>? Max { get; set; }

    public List<QuestionDoc> Questions { get; } = [];

    public List<NodeDoc> Groups { get; } = [];

    public List<LevelDoc>? Levels { get; set; }

    public bool Merge { get; set; }

    /// <summary>Set on dimensions read from a base rule set; levels are only allowed on dimensions.</summary>
    public bool IsDimension { get; set; }
}
