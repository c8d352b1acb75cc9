using System.Globalization;
using Maturity.Diagnostics;

namespace Maturity.Expressions;

/// <summary>How operands, operators and options are named in error messages, in the reader's language.</summary>
internal sealed partial class ExpressionBinder
{
    /// <summary>An operator as written in a rule file.</summary>
    internal static string OperatorText(CompareOperator op) => op switch
    {
        CompareOperator.Equal => "==",
        CompareOperator.NotEqual => "!=",
        CompareOperator.Less => "<",
        CompareOperator.LessOrEqual => "<=",
        CompareOperator.Greater => ">",
        _ => ">=",
    };

    private static LocalizedMessage DescribeLiteral(ExprSyntax literal) => literal switch
    {
        NumberSyntax n => Messages.ExprTheNumber(n.Value.ToString("R", CultureInfo.InvariantCulture)),
        StringSyntax s => Messages.ExprTheString(ExpressionLexer.Shorten(s.Value)),
        BooleanSyntax b => Messages.ExprTheBoolean(b.Value ? "true" : "false"),
        _ => Messages.ExprAValue(),
    };

    private static LocalizedMessage Describe(Bound bound) => bound.Kind switch
    {
        BoundKind.Boolean => bound.Symbol is { } b ? Messages.ExprBooleanQuestion(b.Name) : Messages.ExprABoolean(),
        BoundKind.Number => bound.Symbol is { Kind: SymbolKind.Question } q ? Messages.ExprNumberQuestion(q.Name) : Messages.ExprANumber(),
        BoundKind.Choice => bound.Symbol!.Kind == SymbolKind.Level ? Messages.ExprTheLevel() : Messages.ExprChoiceQuestion(bound.Symbol.Name),
        BoundKind.Multi => Messages.ExprMultiQuestion(bound.Symbol!.Name),
        BoundKind.String => Messages.ExprTheString(ExpressionLexer.Shorten(bound.Text!)),
        BoundKind.List => Messages.ExprAList(),
        _ => Messages.ExprInvalidValue(),
    };

    /// <summary>A short suggestion for using <paramref name="bound"/> where <paramref name="wanted"/> is needed; null when none helps.</summary>
    private static LocalizedMessage? Hint(Bound bound, BoundKind wanted)
    {
        switch (bound.Kind)
        {
            case BoundKind.Choice:
                string first = bound.Symbol!.Options.Count > 0 ? bound.Symbol.Options[0] : "option";
                return wanted == BoundKind.Boolean
                    ? Messages.ExprHintCompareWithOption(bound.Symbol.Name + " == '" + first + "'")
                    : Messages.ExprHintPoints(bound.Symbol.Name);
            case BoundKind.Multi:
                return wanted == BoundKind.Boolean
                    ? Messages.ExprHintTestOption(bound.Symbol!.Name)
                    : Messages.ExprHintCount(bound.Symbol!.Name);
            case BoundKind.String:
                return Messages.ExprHintQuotedOption();
            case BoundKind.List:
                return Messages.ExprHintListAfterIn();
            default:
                return null;
        }
    }

    private static LocalizedMessage? Hint(Bound left, Bound right) =>
        left.Kind == BoundKind.Choice && right.Kind == BoundKind.Number ? Messages.ExprHintCompareChoiceWithOption(left.Symbol!.Options)
        : right.Kind == BoundKind.Choice && left.Kind == BoundKind.Number ? Messages.ExprHintCompareChoiceWithOption(right.Symbol!.Options)
        : null;
}
