using System.Text.RegularExpressions;

namespace Maturity.Model;

/// <summary>The id pattern of rule sets, dimensions, levels and the other named parts: lower-case
/// letters, digits, '-' and '_', starting with a letter, at most 64 characters.</summary>
internal static class RuleSetIds
{
    public static readonly Regex Pattern = new("^[a-z][a-z0-9_-]{0,63}$", RegexOptions.CultureInvariant);

    public static bool IsValid(string id) => Pattern.IsMatch(id);
}
