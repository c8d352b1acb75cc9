using System;
using System.Collections.Generic;
using System.Text;
using Maturity.Internal;

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
        Guard.NotNull(code);

        // Text already normalised (what a batch passes for every row) is returned as is, without a copy.
        var normalised = true;
        foreach (var c in code)
        {
            if (c is '.' or ' ' or '\u00a0' || char.ToUpperInvariant(c) != c)
            {
                normalised = false;
                break;
            }
        }

        if (normalised)
        {
            return code;
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
    internal static Diagnostics.LocalizedMessage NotACodeMessage(string code) =>
        Diagnostics.Messages.NotANafCode(code.Length <= 20 ? code : code.Substring(0, 20) + "…");

    /// <summary>The exception for an API argument that is not a sub-class; its message starts with MAT046.</summary>
    internal static ArgumentException NotACode(string code, string parameter) =>
        new(Diagnostics.DiagnosticCodes.InvalidNaf + ": " + NotACodeMessage(code), parameter);

    // The upper-cased code when the text is written as one: surrounding spaces, two ASCII digits, an
    // optional dot, then up to two digits and a letter ("86.10z", "8610Z", "86.1"). Anything else is null,
    // so that "8.6.1.0.z", "86-10Z" or "86.1 0Z" never pass by normalising into a valid code.
    private static string? Shape(string text)
    {
        var t = text.Trim();
        if (t.Length > 2 && t[2] == '.')
        {
            t = t.Remove(2, 1);
        }

        if (t.Length is < 1 or > 5)
        {
            return null;
        }

        for (var i = 0; i < t.Length; i++)
        {
            var ok = i < 4 ? t[i] is >= '0' and <= '9' : t[i] is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
            if (!ok)
            {
                return null;
            }
        }

        return t.ToUpperInvariant();
    }
}
