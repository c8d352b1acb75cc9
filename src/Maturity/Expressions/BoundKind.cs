
namespace Maturity.Expressions;

/// <summary>The static kinds seen while type-checking: the value kinds plus literal strings, lists and errors.</summary>
internal enum BoundKind
{
    Error,
    Boolean,
    Number,
    Choice,
    Multi,
    String,
    List,
}
