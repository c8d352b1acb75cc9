using System.Collections.Generic;
using Maturity.Diagnostics;
using Maturity.Model;

namespace Maturity.Loading.Documents;

// The parsed form of one rule file, positions kept. Mutable while loading, internal, never exposed:
// the public model is built from it by the compiler. One file for these plain records keeps the
// mapping layer readable as a whole.

/// <summary>A string value with where it was written.</summary>
internal sealed class Located<T>
{
    public Located(T value, SourceLocation location)
    {
        Value = value;
        Location = location;
    }

    public T Value { get; }

    public SourceLocation Location { get; }
}

internal sealed class LabelDoc
{
    public LabelDoc(SourceLocation location) => Location = location;

    public SourceLocation Location { get; }

    /// <summary>Set when the label is a plain string, the same in every language.</summary>
    public string? Plain { get; set; }

    public List<(string Language, string Text, SourceLocation Location)> Texts { get; } = [];
}

/// <summary>An expression's text and the position of its first character.</summary>
internal sealed class ExprDoc
{
    private readonly YScalar? _scalar;

    public ExprDoc(string text, SourceLocation location)
    {
        Text = text;
        Location = location;
    }

    /// <summary>An expression read from a scalar; positions inside it are traced back through the
    /// scalar's source, so quotes, escapes, block scalars and line breaks do not shift them.</summary>
    public ExprDoc(YScalar scalar)
        : this(scalar.Value, scalar.Location.Offset(scalar.QuoteWidth)) => _scalar = scalar;

    public string Text { get; }

    public SourceLocation Location { get; }

    /// <summary>The line and column of the character at <paramref name="offset"/> in <see cref="Text"/>.</summary>
    public SourceLocation At(int offset)
    {
        offset = System.Math.Max(0, System.Math.Min(offset, Text.Length));
        var s = _scalar;
        if (s?.Source is not { } source || Location.Line == 0 || s.StartIndex >= s.EndIndex || s.EndIndex > source.Length)
        {
            return Location.Offset(offset);
        }

        // Fast path: the value is written as is on one line.
        var content = s.StartIndex + s.QuoteWidth;
        if (!s.IsBlock && Text.IndexOf('\n') < 0 && content + Text.Length <= s.EndIndex && string.CompareOrdinal(source, content, Text, 0, Text.Length) == 0)
        {
            return Location.Offset(offset);
        }

        var line = s.Location.Line;
        var column = s.Location.Column;
        var i = s.StartIndex;
        if (s.IsBlock)
        {
            // The text starts on the line after the '|' or '>' indicator (and any comment there).
            content = source.IndexOf('\n', s.StartIndex);
            content = content < 0 || content >= s.EndIndex ? s.EndIndex : content + 1;
        }

        // Walk the source and the value together: a character of the value matches the same character
        // in the source; quotes, indentation, line breaks and escapes exist only in the source and are skipped.
        var v = 0;
        while (i < s.EndIndex && (i < content || v < offset || SkipsBefore(source[i], offset, s.IsDoubleQuoted)))
        {
            var c = source[i];
            var step = 1;
            if (i >= content)
            {
                if (c == Text[v])
                {
                    v++;
                }
                else if (s.IsDoubleQuoted && c == '\\' && i + 1 < s.EndIndex && source[i + 1] is not '\n' and not '\r')
                {
                    // One escape (\n, \", \x41, \u00e9...) is one character of the value.
                    v++;
                    step = source[i + 1] switch { 'x' => 4, 'u' => 6, 'U' => 10, _ => 2 };
                    step = System.Math.Min(step, s.EndIndex - i);
                }
            }

            for (var k = 0; k < step; k++)
            {
                if (source[i + k] == '\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }
            }

            i += step;
        }

        return new SourceLocation(Location.Path, line, column);
    }

    /// <summary>True for a source character (indentation, line break) that lies between the value's
    /// previous character and the one at <paramref name="offset"/>.</summary>
    private bool SkipsBefore(char c, int offset, bool doubleQuoted) =>
        offset < Text.Length && c != Text[offset] && !(doubleQuoted && c == '\\') && (c == ' ' || c == '\t' || c == '\r' || c == '\n');
}

internal sealed class OptionDoc
{
    public Located<string> Id { get; set; } = null!;

    public double Points { get; set; }

    public LabelDoc? Label { get; set; }

    public SourceLocation Location { get; set; } = null!;
}

internal sealed class BandDoc
{
    public double Min { get; set; }

    public double Points { get; set; }

    public SourceLocation Location { get; set; } = null!;
}

internal sealed class AnswerSetDoc
{
    public Located<string> Id { get; set; } = null!;

    public List<OptionDoc> Options { get; } = [];
}

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

internal sealed class LevelDoc
{
    public Located<string> Id { get; set; } = null!;

    public SourceLocation Location { get; set; } = null!;

    public LabelDoc? Title { get; set; }

    public Located<double>? Min { get; set; }

    public List<GateDoc> Requires { get; } = [];
}

/// <summary>One <c>requires</c> entry: the condition, and the words an adviser reads instead of it.</summary>
internal sealed class GateDoc(ExprDoc when, LabelDoc? label)
{
    public ExprDoc When { get; } = when;

    public LabelDoc? Label { get; } = label;
}

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

internal sealed class LinkDoc
{
    public Located<string> Url { get; set; } = null!;

    public LabelDoc? Title { get; set; }
}

internal sealed class RecommendationDoc
{
    public Located<string> Id { get; set; } = null!;

    public SourceLocation Location { get; set; } = null!;

    public ExprDoc? When { get; set; }

    public List<Located<string>>? Improves { get; set; }

    public Effort Effort { get; set; } = Effort.Medium;

    public LabelDoc? Text { get; set; }

    public List<LinkDoc> Links { get; } = [];
}

internal sealed class IndicatorDoc
{
    public Located<string> Id { get; set; } = null!;

    public ExprDoc? Value { get; set; }

    public LabelDoc? Title { get; set; }
}

internal sealed class ScoringDoc
{
    public ScoreScale? Scale { get; set; }

    public UnansweredPolicy? Unanswered { get; set; }

    public bool? CumulativeLevels { get; set; }

    public Aggregation? Aggregate { get; set; }

    public SourceLocation? AggregateLocation { get; set; }
}

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
