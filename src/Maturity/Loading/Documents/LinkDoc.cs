using Maturity.Yaml;

namespace Maturity.Loading.Documents;

internal sealed class LinkDoc
{
    public Located<string> Url { get; set; } = null!;

    public LabelDoc? Title { get; set; }
}
