namespace Maturity.Samples.Web.Web;

/// <summary>NAF codes as advisers write them.</summary>
public static class Naf
{
    /// <summary><c>8621Z</c> → <c>86.21Z</c>; anything else unchanged.</summary>
    public static string Display(string code) =>
        code is { Length: 5 } ? code.Substring(0, 2) + "." + code.Substring(2) : code;
}
