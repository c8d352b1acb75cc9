using System.Collections.Generic;
using Maturity.Diagnostics;
using Maturity.Model;
using Maturity.Yaml;

namespace Maturity.Documents;

internal sealed class QuestionDoc
{
    public Located<string> Id { get; set; } = null!;

    public SourceLocation Location { get; set; } = null!;

    public QuestionType Type { get; set; }

    public LabelDoc? Text { get; set; }

    public LabelDoc? Help { get; set; }

    public Located<double>? Weight { get; set; }

    public bool AllowsNotApplicable { get; set; }

    public ExprDoc? When { get; set; }

    public Located<string>? AnswerSetRef { get; set; }

    public List<OptionDoc>? InlineOptions { get; set; }

    public Located<double>? Points { get; set; }

    public MultiScoring? Scoring { get; set; }

    public Located<double>? Min { get; set; }

    public Located<double>? Max { get; set; }

    public List<BandDoc>? Bands { get; set; }

    public SourceLocation? BandsLocation { get; set; }

    public List<(int Value, LabelDoc Label)>? ScaleLabels { get; set; }

    /// <summary>Keys present, with their positions, so type-specific checks can point at a misplaced key.</summary>
    public Dictionary<string, SourceLocation> Keys { get; } = new(System.StringComparer.Ordinal);
}
