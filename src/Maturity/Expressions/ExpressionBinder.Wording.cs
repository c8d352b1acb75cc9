using System.Globalization;

namespace Maturity.Expressions;

/// <summary>How operands, operators and options are named in error messages.</summary>
internal sealed partial class ExpressionBinder
{
    private static string OptionList(Symbol question) =>
        question.Options.Count == 0 ? "none" : string.Join(", ", question.Options);

    private static string Ordinal(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string OperatorText(CompareOperator op) => op switch
    {
        CompareOperator.Equal => "==",
        CompareOperator.NotEqual => "!=",
        CompareOperator.Less => "<",
        CompareOperator.LessOrEqual => "<=",
        CompareOperator.Greater => ">",
        _ => ">=",
    };

    private static string DescribeLiteral(ExprSyntax literal) => literal switch
    {
        NumberSyntax n => "the number " + n.Value.ToString("R", CultureInfo.InvariantCulture),
        StringSyntax s => "the string '" + ExpressionLexer.Shorten(s.Value) + "'",
        BooleanSyntax b => b.Value ? "true" : "false",
        _ => "a value",
    };

    private static string Describe(Bound bound) => bound.Kind switch
    {
        BoundKind.Boolean => bound.Symbol is { } b ? "the boolean question '" + b.Name + "'" : "a boolean",
        BoundKind.Number => bound.Symbol is { Kind: SymbolKind.Question } q ? "the number question '" + q.Name + "'" : "a number",
        BoundKind.Choice => bound.Symbol!.Kind == SymbolKind.Level ? "the level" : "the choice question '" + bound.Symbol.Name + "'",
        BoundKind.Multi => "the multiple-choice question '" + bound.Symbol!.Name + "'",
        BoundKind.String => "the string '" + ExpressionLexer.Shorten(bound.Text!) + "'",
        BoundKind.List => "a list",
        _ => "an invalid value",
    };

    /// <summary>A short suggestion for using <paramref name="bound"/> where <paramref name="wanted"/> is needed.</summary>
    private static string Hint(Bound bound, BoundKind wanted)
    {
        switch (bound.Kind)
        {
            case BoundKind.Choice:
                string first = bound.Symbol!.Options.Count > 0 ? bound.Symbol.Options[0] : "option";
                return wanted == BoundKind.Boolean
                    ? " (compare it with an option, e.g. " + bound.Symbol.Name + " == '" + first + "')"
                    : " (use points(" + bound.Symbol.Name + ") for its points)";
            case BoundKind.Multi:
                return wanted == BoundKind.Boolean
                    ? " (test an option with 'x' in " + bound.Symbol!.Name + ")"
                    : " (use count(" + bound.Symbol!.Name + ") for the number of ticked options)";
            case BoundKind.String:
                return " (a quoted option can only be compared with a choice question or tested with 'in')";
            case BoundKind.List:
                return " (a list can only follow 'in')";
            default:
                return string.Empty;
        }
    }

    private static string Hint(Bound left, Bound right) =>
        left.Kind == BoundKind.Choice && right.Kind == BoundKind.Number ? " (compare a choice question with one of its options in quotes: " + OptionList(left.Symbol!) + ")"
        : right.Kind == BoundKind.Choice && left.Kind == BoundKind.Number ? " (compare a choice question with one of its options in quotes: " + OptionList(right.Symbol!) + ")"
        : string.Empty;
}
