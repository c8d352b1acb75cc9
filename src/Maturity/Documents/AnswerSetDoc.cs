using System.Collections.Generic;
using Maturity.Yaml;

namespace Maturity.Documents;

internal sealed class AnswerSetDoc
{
    public Located<string> Id { get; set; } = null!;

    public List<OptionDoc> Options { get; } = [];
}
