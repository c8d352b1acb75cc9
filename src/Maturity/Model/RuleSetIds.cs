using System.Text.RegularExpressions;

namespace Maturity.Model;

/// <summary>The id pattern of rule sets, dimensions, levels and the other named parts: lower-case
/// letters, digits, '-' and '_', starting with a letter, at most 64 characters.</summary>
internal static class RuleSetIds
{
    public static readonly Regex Pattern = new("^[a-z][a-z0-9_-]{0,63}$", RegexOptions.CultureInvariant);

    /// <summary>The cross-sector rule set the sector ones extend; without a NAF list it is the catalog's fallback,
    /// and it wins over any other fallback.</summary>
    public const string Core = "core";

    public static bool IsValid(string id) => Pattern.IsMatch(id);
}
