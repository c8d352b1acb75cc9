using System;
using System.Collections.Generic;
using System.Text;
using Maturity.Catalog;

namespace Maturity;

/// <summary>NAF rév. 2 / APE codes, checked against the official list of 732 sub-classes (INSEE, embedded):
/// <c>86.10Z</c>, <c>8610Z</c>, <c>8610z</c> are the same code; <c>86.10A</c> or <c>99.99Z</c> are none.</summary>
public static class NafCode
{
    /// <summary>Removes dots and spaces and upper-cases: <c>86.10z</c> → <c>8610Z</c>. Does not check the code.</summary>
    /// <param name="code">The code as written.</param>
    /// <returns>The normalised text.</returns>
    public static string Normalize(string code)
    {
        if (code is null)
        {
            throw new ArgumentNullException(nameof(code));
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

    /// <summary>Every sub-class of NAF rév. 2, normalised (<c>0111Z</c> … <c>9900Z</c>), in the official order.</summary>
    public static IReadOnlyList<string> All => NafList.Instance.Codes;

    /// <summary>True for one of the 732 sub-classes, with or without the dot, in any case.</summary>
    /// <param name="code">The code as written.</param>
    /// <returns>True when <paramref name="code"/> is a sub-class of NAF rév. 2.</returns>
    public static bool IsValidCode(string code) => code is not null && Shape(code) is { } n && NafList.Instance.Labels.ContainsKey(n);

    /// <summary>True for the start of at least one sub-class at a NAF level: a division (<c>86</c>), a group
    /// (<c>86.1</c>), a class (<c>86.10</c>) or a sub-class (<c>86.10Z</c>).</summary>
    /// <param name="prefix">The prefix as written in a rule set.</param>
    /// <returns>True when some sub-class starts with <paramref name="prefix"/> at a NAF level.</returns>
    public static bool IsValidPrefix(string prefix) => prefix is not null && Shape(prefix) is { Length: >= 2 } n && NafList.Instance.Prefixes.Contains(n);

    /// <summary>The official French label of a sub-class (<c>Activités hospitalières</c> for <c>86.10Z</c>), or null
    /// when <paramref name="code"/> is not one.</summary>
    /// <param name="code">The code as written.</param>
    /// <returns>The label, or null.</returns>
    public static string? Label(string code) =>
        code is not null && Shape(code) is { } n && NafList.Instance.Labels.TryGetValue(n, out var label) ? label : null;

    /// <summary>The usual display form of a sub-class, <c>86.10Z</c>, or null when <paramref name="code"/> is not one.</summary>
    /// <param name="code">The code as written.</param>
    /// <returns>The dotted, upper-case code, or null.</returns>
    public static string? Format(string code) =>
        IsValidCode(code) ? Normalize(code).Insert(2, ".") : null;

    /// <summary>A sub-class with its label for people to read, <c>86.10Z — Activités hospitalières</c>; text that is
    /// not a sub-class comes back unchanged.</summary>
    /// <param name="code">The code as written.</param>
    /// <returns>The code and its label, or <paramref name="code"/>.</returns>
    public static string Describe(string code) =>
        Format(code) is { } formatted ? formatted + " — " + Label(code) : code;

    /// <summary>The message for text that is not a sub-class, the same wherever a NAF code is read (MAT046).</summary>
    internal static string NotACodeMessage(string code) =>
        "'" + code + "' is not a NAF rév. 2 sub-class (e.g. 86.10Z or 8610Z; see the INSEE list)";

    /// <summary>The exception for an API argument that is not a sub-class; its message starts with MAT046.</summary>
    internal static ArgumentException NotACode(string code, string parameter) =>
        new(Diagnostics.DiagnosticCodes.InvalidNaf + ": " + NotACodeMessage(code), parameter);

    // Normalised text, or null when it cannot be a code at all (a dot elsewhere than after the division,
    // other separators): '8.6.1.0.z' and '86-10Z' must not pass by normalising into a valid code.
    private static string? Shape(string text)
    {
        var dot = text.IndexOf('.');
        if (dot >= 0 && (dot != 2 || text.IndexOf('.', dot + 1) >= 0))
        {
            return null;
        }

        var n = Normalize(text);
        return n.Length is >= 1 and <= 5 ? n : null;
    }
}
