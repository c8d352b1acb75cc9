using System;
using System.Collections.Generic;
using System.Globalization;
using Maturity.Diagnostics;
using Maturity.Documents;

namespace Maturity.Yaml;

/// <summary>Typed reads of YAML values with precise diagnostics. Numbers and booleans are recognised
/// only in plain scalars and only in invariant form (<c>0.5</c>, never <c>0,5</c>).</summary>
internal sealed class YamlValues
{
    private readonly DiagnosticBag _diagnostics;

    public YamlValues(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

    public DiagnosticBag Diagnostics => _diagnostics;

    /// <summary>Visits a mapping's entries, reporting unknown keys (MAT003) and missing required keys (MAT011). Arrays,
    /// not collections: this runs at every mapping of a file, and an interface loop allocates its enumerator.</summary>
    public void Fields(YMapping map, LocalizedMessage what, string[] known, string[] required, Action<string, YScalar, YNode> visit)
    {
        foreach (var entry in map.Entries)
        {
            var key = entry.Key.Value;
            if (!Contains(known, key))
            {
                _diagnostics.Error(DiagnosticCodes.UnknownKey, entry.Key.Location, Messages.UnknownKeyIn(key, what, [.. known]));
                continue;
            }

            visit(key, entry.Key, entry.Value);
        }

        foreach (var req in required)
        {
            var found = false;
            foreach (var entry in map.Entries)
            {
                if (string.Equals(entry.Key.Value, req, StringComparison.Ordinal))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                _diagnostics.Error(DiagnosticCodes.MissingKey, map.Location, Messages.MissingKeyIn(req, what));
            }
        }
    }

    public YMapping? Mapping(YNode node, LocalizedMessage what)
    {
        if (node is YMapping m)
        {
            return m;
        }

        WrongType(node, what, Messages.ExpectMapping());
        return null;
    }

    public YSequence? Sequence(YNode node, LocalizedMessage what)
    {
        if (node is YSequence s)
        {
            return s;
        }

        WrongType(node, what, Messages.ExpectList());
        return null;
    }

    public YScalar? Scalar(YNode node, LocalizedMessage what)
    {
        if (node is YScalar s && !s.IsNull)
        {
            return s;
        }

        WrongType(node, what, Messages.ExpectValue());
        return null;
    }

    public string? String(YNode node, LocalizedMessage what)
    {
        var s = Scalar(node, what);
        return s?.Value;
    }

    public Located<string>? LocatedString(YNode node, LocalizedMessage what)
    {
        var s = Scalar(node, what);
        return s is null ? null : new Located<string>(s.Value, s.Location);
    }

    public double? Number(YNode node, LocalizedMessage what)
    {
        if (node is YScalar s && s.IsPlain && TryParseNumber(s.Value, out var value))
        {
            return value;
        }

        WrongType(node, what, Messages.ExpectNumber());
        return null;
    }

    public Located<double>? LocatedNumber(YNode node, LocalizedMessage what)
    {
        var n = Number(node, what);
        return n is null ? null : new Located<double>(n.Value, node.Location);
    }

    public int? Integer(YNode node, LocalizedMessage what)
    {
        if (node is YScalar s && s.IsPlain && int.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        WrongType(node, what, Messages.ExpectWholeNumber());
        return null;
    }

    public bool? Boolean(YNode node, LocalizedMessage what)
    {
        if (node is YScalar s && s.IsPlain && TryParseBoolean(s.Value, out var b))
        {
            return b;
        }

        WrongType(node, what, Messages.ExpectBoolean());
        return null;
    }

    /// <summary>Reads one of a fixed set of words (case-sensitive, lower case).</summary>
    public T? Enum<T>(YNode node, LocalizedMessage what, IReadOnlyDictionary<string, T> words)
        where T : struct
    {
        var s = Scalar(node, what);
        if (s is null)
        {
            return null;
        }

        if (words.TryGetValue(s.Value, out var value))
        {
            return value;
        }

        _diagnostics.Error(DiagnosticCodes.InvalidValue, s.Location, Messages.NotAValidWord(s.Value, what, [.. words.Keys]));
        return null;
    }

    public void WrongType(YNode node, LocalizedMessage what, LocalizedMessage expected)
    {
        var got = node is YScalar s ? (s.IsNull ? Messages.GotNothing() : Messages.QuotedName(Shorten(s.Value))) : node.KindName;
        _diagnostics.Error(DiagnosticCodes.WrongType, node.Location, Messages.WrongTypeOf(what, expected, got));
    }

    /// <summary>The one number grammar of rule files and answers (YAML, JSON, and CSV cells after their decimal
    /// comma and '%' are handled): an optional '-', digits, optionally '.' and digits. No '+', no bare '.5' or
    /// '2.', no exponent, no thousands separators, at most 32 characters (docs/answers.md). -0 reads as 0.</summary>
    public static bool TryParseNumber(string text, out double value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > 32)
        {
            return false;
        }

        var i = text[0] == '-' ? 1 : 0;
        var digits = i;
        while (i < text.Length && text[i] >= '0' && text[i] <= '9')
        {
            i++;
        }

        if (i == digits)
        {
            return false;
        }

        if (i < text.Length && text[i] == '.')
        {
            var fraction = ++i;
            while (i < text.Length && text[i] >= '0' && text[i] <= '9')
            {
                i++;
            }

            if (i == fraction)
            {
                return false;
            }
        }

        if (i != text.Length
            || !double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            value = 0;
            return false;
        }

        value += 0.0;
        return true;
    }

    public static bool TryParseBoolean(string text, out bool value)
    {
        switch (text)
        {
            case "true":
            case "True":
            case "TRUE":
                value = true;
                return true;
            case "false":
            case "False":
            case "FALSE":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    private static bool Contains(string[] set, string key)
    {
        foreach (var k in set)
        {
            if (string.Equals(k, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s.Substring(0, 40) + "…";
}
