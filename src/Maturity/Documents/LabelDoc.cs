using System.Collections.Generic;
using Maturity.Diagnostics;

namespace Maturity.Documents;

internal sealed class LabelDoc
{
    public LabelDoc(SourceLocation location) => Location = location;

    public SourceLocation Location { get; }

    /// <summary>Set when the label is a plain string, the same in every language.</summary>
    public string? Plain { get; set; }

    public List<(string Language, string Text, SourceLocation Location)> Texts { get; } = [];
}
