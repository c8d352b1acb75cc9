using System.Text;

namespace Maturity;

/// <summary>NAF rév. 2 / APE codes: <c>86.10Z</c>, <c>8610Z</c>, <c>8610z</c> are the same code.</summary>
public static class NafCode
{
    /// <summary>Removes dots and spaces and upper-cases: <c>86.10z</c> → <c>8610Z</c>.</summary>
    public static string Normalize(string code)
    {
        if (code is null)
        {
            throw new System.ArgumentNullException(nameof(code));
        }

        var sb = new StringBuilder(code.Length);
        foreach (var c in code)
        {
            if (c != '.' && c != ' ' && c != '\u00a0')
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>True for a full code (4 digits and a letter) in any accepted spelling.</summary>
    public static bool IsValidCode(string code) => code is not null && IsValid(Normalize(code), requireFull: true);

    /// <summary>True for a prefix: 2 to 4 digits, or 4 digits and a letter.</summary>
    public static bool IsValidPrefix(string prefix) => prefix is not null && IsValid(Normalize(prefix), requireFull: false);

    private static bool IsValid(string n, bool requireFull)
    {
        if (n.Length < 2 || n.Length > 5 || (requireFull && n.Length != 5))
        {
            return false;
        }

        for (var i = 0; i < n.Length; i++)
        {
            var ok = i < 4 ? n[i] is >= '0' and <= '9' : n[i] is >= 'A' and <= 'Z';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
