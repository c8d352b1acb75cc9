using Maturity.Diagnostics;
using Maturity.Model;
using Maturity.Yaml;

namespace Maturity.Documents;

internal sealed class OptionDoc
{
    public Located<string> Id { get; set; } = null!;

    public double Points { get; set; }

    public LabelDoc? Label { get; set; }

    public SourceLocation Location { get; set; } = null!;
}
