using Maturity.Diagnostics;

namespace Maturity.Documents;

internal sealed class BandDoc
{
    public double Min { get; set; }

    public double Points { get; set; }

    public SourceLocation Location { get; set; } = null!;
}
