using Maturity.Diagnostics;
using Maturity.Model;

namespace Maturity.Documents;

internal sealed class ScoringDoc
{
    public ScoreScale? Scale { get; set; }

    public UnansweredPolicy? Unanswered { get; set; }

    public bool? CumulativeLevels { get; set; }

    public Aggregation? Aggregate { get; set; }

    public SourceLocation? AggregateLocation { get; set; }
}
