using Maturity.Model;

namespace Maturity.Documents;

/// <summary>One <c>requires</c> entry: the condition, and the words an adviser reads instead of it.</summary>
internal sealed class GateDoc(ExprDoc when, LabelDoc? label)
{
    public ExprDoc When { get; } = when;

    public LabelDoc? Label { get; } = label;
}
