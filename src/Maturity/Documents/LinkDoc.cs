using Maturity.Yaml;

namespace Maturity.Documents;

internal sealed class LinkDoc
{
    public Located<string> Url { get; set; } = null!;

    public LabelDoc? Title { get; set; }
}
