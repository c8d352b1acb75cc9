using System.Collections.Generic;
using Maturity.Diagnostics;
using Maturity.Yaml;

namespace Maturity.Documents;

/// <summary>The parsed form of one rule file, positions kept; mutable while loading and never exposed:
/// the compiler builds the public model from it.</summary>
internal sealed class RuleSetDoc
{
    public RuleSetDoc(string path, string text)
    {
        Path = path;
        Text = text;
    }

    public string Path { get; }

    /// <summary>The file's text, kept for the content hash.</summary>
    public string Text { get; }

    public SourceLocation Location => new(Path, 1, 1);

    /// <summary>True when reading this file reported an error: no rule set built on it is returned.</summary>
    public bool HasErrors { get; set; }

    public Located<string>? Id { get; set; }

    public Located<string>? Version { get; set; }

    public Located<string>? Extends { get; set; }

    public LabelDoc? Title { get; set; }

    public LabelDoc? Description { get; set; }

    public List<Located<string>> Languages { get; } = [];

    public SourceLocation? LanguagesLocation { get; set; }

    public List<Located<string>> Naf { get; } = [];

    public bool Fallback { get; set; }

    public ScoringDoc? Scoring { get; set; }

    public List<AnswerSetDoc> AnswerSets { get; } = [];

    public List<NodeDoc> Dimensions { get; } = [];

    public List<LevelDoc>? Levels { get; set; }

    public List<RecommendationDoc> Recommendations { get; } = [];

    public List<IndicatorDoc> Indicators { get; } = [];
}
