using System.Collections.Generic;
using Maturity.Diagnostics;
using Maturity.Model;
using Maturity.Yaml;

namespace Maturity.Documents;

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
