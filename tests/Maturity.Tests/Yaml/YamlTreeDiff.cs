using System.Collections.Generic;
using System.Globalization;
using Maturity.Diagnostics;
using Maturity.Yaml;

namespace Maturity.Tests.Yaml;

/// <summary>Compares two YAML trees field by field and names the first difference, so a failing
/// equivalence test says where the two readers part.</summary>
internal static class YamlTreeDiff
{
    /// <summary>Null when the trees are identical: same kinds, entry order, values, positions, indexes and styles.</summary>
    public static string? First(YNode expected, YNode actual)
    {
        var pending = new Stack<(string Where, YNode Expected, YNode Actual)>();
        pending.Push(("$", expected, actual));
        while (pending.Count > 0)
        {
            var (where, e, a) = pending.Pop();
            if (e.GetType() != a.GetType())
            {
                return $"{where}: {e.GetType().Name} expected, {a.GetType().Name} read";
            }

            if (Differs(e.Location, a.Location))
            {
                return $"{where}: at {Show(e.Location)} expected, {Show(a.Location)} read";
            }

            switch (e)
            {
                case YScalar es:
                    var scalar = ScalarDifference(es, (YScalar)a);
                    if (scalar is not null)
                    {
                        return $"{where}: {scalar}";
                    }

                    break;
                case YSequence eq:
                    var aq = (YSequence)a;
                    if (eq.Items.Count != aq.Items.Count)
                    {
                        return $"{where}: {eq.Items.Count} items expected, {aq.Items.Count} read";
                    }

                    for (var i = eq.Items.Count - 1; i >= 0; i--)
                    {
                        pending.Push(($"{where}[{i}]", eq.Items[i], aq.Items[i]));
                    }

                    break;
                case YMapping em:
                    var am = (YMapping)a;
                    if (em.Entries.Count != am.Entries.Count)
                    {
                        return $"{where}: {em.Entries.Count} entries expected, {am.Entries.Count} read";
                    }

                    for (var i = em.Entries.Count - 1; i >= 0; i--)
                    {
                        var key = em.Entries[i].Key.Value;
                        pending.Push(($"{where}.{key}", em.Entries[i].Value, am.Entries[i].Value));
                        pending.Push(($"{where}.{key} (key)", em.Entries[i].Key, am.Entries[i].Key));
                    }

                    break;
            }
        }

        return null;
    }

    private static string? ScalarDifference(YScalar e, YScalar a)
    {
        if (e.Value != a.Value)
        {
            return $"value '{e.Value}' expected, '{a.Value}' read";
        }

        if (e.IsPlain != a.IsPlain || e.QuoteWidth != a.QuoteWidth || e.IsBlock != a.IsBlock || e.IsDoubleQuoted != a.IsDoubleQuoted)
        {
            return $"style (plain {e.IsPlain}, quote {e.QuoteWidth}, block {e.IsBlock}, double {e.IsDoubleQuoted}) expected, " +
                $"(plain {a.IsPlain}, quote {a.QuoteWidth}, block {a.IsBlock}, double {a.IsDoubleQuoted}) read";
        }

        if (!ReferenceEquals(e.Source, a.Source) && e.Source != a.Source)
        {
            return "source text differs";
        }

        return e.StartIndex != a.StartIndex || e.EndIndex != a.EndIndex
            ? $"indexes {e.StartIndex}..{e.EndIndex} expected, {a.StartIndex}..{a.EndIndex} read"
            : null;
    }

    private static bool Differs(SourceLocation e, SourceLocation a) => e.Path != a.Path || e.Line != a.Line || e.Column != a.Column;

    private static string Show(SourceLocation l) => string.Create(CultureInfo.InvariantCulture, $"{l.Path}:{l.Line}:{l.Column}");
}
