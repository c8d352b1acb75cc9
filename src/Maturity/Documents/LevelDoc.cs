using System.Collections.Generic;
using Maturity.Diagnostics;
using Maturity.Yaml;

namespace Maturity.Documents;

internal sealed class LevelDoc
{
    public Located<string> Id { get; set; } = null!;

    public SourceLocation Location { get; set; } = null!;

    public LabelDoc? Title { get; set; }

    public Located<double>? Min { get; set; }

    public List<GateDoc> Requires { get; } = [];
}
