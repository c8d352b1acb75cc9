using Maturity.Yaml;

namespace Maturity.Documents;

internal sealed class IndicatorDoc
{
    public Located<string> Id { get; set; } = null!;

    public ExprDoc? Value { get; set; }

    public LabelDoc? Title { get; set; }
}
