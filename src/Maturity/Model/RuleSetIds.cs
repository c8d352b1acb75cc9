namespace Maturity.Model;

/// <summary>The rule-set id pattern: lower-case letters, digits, '-' and '_', starting with a letter, at most 64 characters.</summary>
internal static class RuleSetIds
{
    public static bool IsValid(string id) => Loading.RuleSetCompiler.IdPattern.IsMatch(id);
}
