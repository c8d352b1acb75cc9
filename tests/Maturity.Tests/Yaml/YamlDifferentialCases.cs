using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Maturity.Tests.Yaml;

/// <summary>Deterministic YAML texts for the differential test of the two readers: shipped files and windows of
/// them, mutated with the characters and tokens YAML treats specially, small generated documents, token soup.
/// One seed always gives the same text (a failure names its seed).</summary>
internal static class YamlDifferentialCases
{
    private static readonly string[] Pieces =
    [
        ":", ": ", " #", "#", "- ", "-", "'", "''", "\"", "\\", "\\n", "\\u00e9", "\\x41", "\\U0001F600", "\\q", "\\\"",
        "{", "}", "[", "]", ",", ", ", "&a ", "*a", "!t ", "!!str ", "|", ">", "|-\n  x", "%", "@", "`", "? ", "?",
        " ", "  ", "\n", "\n  ", "\n\n", "\t", "\r", "\r\n", "---", "...", "--- ", "\u00A0", "é", "\uFEFF", "\u2028",
        "\u0085", "\uD83D\uDE00", "\0", "~", "null", "a:b", "x: y", "- k: v", "\"a\": 1", "'b': 2", "{a: b}", "[a, b]",
        "{}", "[]", "k:", "k: ", "-1", "a #b", "a#b", "\\ ", "'it''s'", "\"\\u00e9\"",
    ];

    private static readonly string[] Odd =
    [
        "\t", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\u00A0", "\uFEFF", "\u0001", "\u007F", "\uD83D\uDE00", "\uFFFE", "#",
        " #", ":", ": ", "&", "*", "!", "|", ">", "%", "@", "`", "?", "'", "\"", "\\", "{", "}", "[", "]", ",", "-", "- ", "\n", " ",
    ];

    private static readonly string[] Plain =
    [
        "a", "b", "Usage partiel", "l'entreprise", "x:y", "https://a.b/c?d=1", "-1", "0.5", "1e3", "true", "null", "~",
        "é à ç", "a#b", "a  b", "n/a", "2026-03-16", "60-CORE-001", "a \"b\"", "Œuvre", ".5", "a\u00A0b", "x *y", "x *y: z",
    ];

    private static readonly string[] BlockOnlyPlain = ["[x] y", "a, b", "{x} y", "a ]", "f(x) < 2 and y"];

    private static readonly string[] Quoted =
    [
        "\"a\"", "\"\"", "''", "'it''s'", "'a \" b'", "\"a: b # c\"", "'x: y #z'", "\"\\\"\"", "\"\\n\"", "\"\\u00e9\"",
        "\"\\x41\\t\\\\\"", "\"\\/\\0\\a\\b\\e\\v\\f\\r\\ \\N\\_\\L\\P\"", "\" lead and trail \"", "'[a, {b}]'", "'é'",
    ];

    /// <summary>Escapes YamlDotNet refuses or the fast reader leaves to it.</summary>
    private static readonly string[] RareQuoted = ["\"\\uD800\"", "\"\\U0001F600\"", "\"\\q\"", "\"\\x4\"", "\"\\u00G0\""];

    private static readonly Lazy<string[]> Shipped = new(() =>
        new[] { TestPaths.Rules, TestPaths.Samples }
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.yaml", SearchOption.AllDirectories))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray());

    /// <summary>The text of case <paramref name="seed"/> and the nesting limit to read it with.</summary>
    public static (string Text, int MaxDepth) Case(int seed)
    {
        var rng = new Random(seed);
        switch (rng.Next(6))
        {
            case 0:
                var small = Shipped.Value.Where(t => t.Length < 4000).ToArray();
                return (Mutate(small[rng.Next(small.Length)], rng, rng.Next(1, 5)), 16);
            case 1:
                return (Mutate(Window(rng), rng, rng.Next(0, 4)), 64);
            case 2:
            case 3:
                return (Mutate(Generate(rng), rng, rng.Next(0, 3) == 0 ? rng.Next(1, 3) : 0), rng.Next(4) == 0 ? rng.Next(3, 10) : 64);
            case 4:
                // One odd character in an otherwise readable document: the reader must notice it.
                var text = new StringBuilder(rng.Next(2) == 0 ? Generate(rng) : Window(rng));
                text.Insert(rng.Next(text.Length + 1), Odd[rng.Next(Odd.Length)]);
                return (text.ToString(), 64);
            default:
                var soup = new StringBuilder();
                for (var n = rng.Next(0, 40); n > 0; n--)
                {
                    soup.Append(rng.Next(3) == 0 ? Plain[rng.Next(Plain.Length)] : Pieces[rng.Next(Pieces.Length)]);
                }

                return (soup.ToString(), rng.Next(3, 10));
        }
    }

    /// <summary>A run of lines of a shipped file, moved left so that its first line starts the document.</summary>
    private static string Window(Random rng)
    {
        var lines = Shipped.Value[rng.Next(Shipped.Value.Length)].Split('\n');
        var start = rng.Next(lines.Length);
        var count = Math.Min(rng.Next(1, 40), lines.Length - start);
        var indent = lines[start].Length - lines[start].TrimStart(' ').Length;
        var text = new StringBuilder();
        foreach (var line in lines.Skip(start).Take(count))
        {
            var spaces = line.Length - line.TrimStart(' ').Length;
            text.Append(line, Math.Min(indent, spaces), line.Length - Math.Min(indent, spaces)).Append('\n');
        }

        if (rng.Next(4) == 0)
        {
            text.Length--;
        }

        return text.ToString();
    }

    private static string Mutate(string text, Random rng, int mutations)
    {
        var sb = new StringBuilder(text);
        for (var m = 0; m < mutations && sb.Length > 0; m++)
        {
            var at = rng.Next(sb.Length);
            switch (rng.Next(5))
            {
                case 0:
                    sb.Remove(at, 1);
                    break;
                case 1:
                    sb.Insert(at, Pieces[rng.Next(Pieces.Length)]);
                    break;
                case 2:
                    // At a line start: shift the line, or duplicate it (a duplicate key, or one more item).
                    var lineStart = at == 0 ? 0 : sb.ToString(0, at).LastIndexOf('\n') + 1;
                    if (rng.Next(2) == 0)
                    {
                        sb.Insert(lineStart, " ");
                    }
                    else
                    {
                        var end = sb.ToString().IndexOf('\n', lineStart);
                        var line = sb.ToString(lineStart, (end < 0 ? sb.Length : end + 1) - lineStart);
                        sb.Insert(lineStart, line.EndsWith('\n') ? line : line + "\n");
                    }

                    break;
                case 3:
                    sb[at] = Pieces[rng.Next(Pieces.Length)][0];
                    break;
                default:
                    sb.Append(Pieces[rng.Next(Pieces.Length)]);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>A small document of block mappings and sequences, flow collections, scalars of every style,
    /// comments and blank lines, with varied indentation.</summary>
    private static string Generate(Random rng)
    {
        var sb = new StringBuilder();
        if (rng.Next(4) == 0)
        {
            sb.Append("# heading\n");
        }

        if (rng.Next(6) == 0)
        {
            Sequence(sb, rng, rng.Next(0, 2), 0, inlineFirst: false);
        }
        else
        {
            Mapping(sb, rng, rng.Next(6) == 0 ? 2 : 0, 0, inlineFirst: false);
        }

        if (rng.Next(4) == 0 && sb.Length > 0)
        {
            sb.Length--;
        }

        return sb.ToString();
    }

    private static void Mapping(StringBuilder sb, Random rng, int indent, int depth, bool inlineFirst)
    {
        var keys = new List<string>();
        for (var n = rng.Next(1, 4); n > 0; n--)
        {
            if (!inlineFirst)
            {
                Filler(sb, rng, indent);
                sb.Append(' ', indent);
            }

            inlineFirst = false;
            var key = rng.Next(8) == 0 ? Quoted[rng.Next(3)] : rng.Next(12) == 0 && keys.Count > 0 ? keys[0] : rng.Next(10) == 0 ? "k *" : "k" + rng.Next(20).ToString(System.Globalization.CultureInfo.InvariantCulture);
            keys.Add(key);
            sb.Append(key).Append(':');
            Value(sb, rng, indent, depth);
        }
    }

    private static void Sequence(StringBuilder sb, Random rng, int indent, int depth, bool inlineFirst)
    {
        for (var n = rng.Next(1, 4); n > 0; n--)
        {
            if (!inlineFirst)
            {
                Filler(sb, rng, indent);
                sb.Append(' ', indent);
            }

            inlineFirst = false;
            sb.Append('-');
            var kind = rng.Next(5);
            if (kind == 0 && depth < 5)
            {
                // A mapping starting on the dash's line, its keys aligned with the first.
                var gap = rng.Next(1, 4);
                sb.Append(' ', gap);
                Mapping(sb, rng, indent + 1 + gap, depth + 1, inlineFirst: true);
            }
            else
            {
                Value(sb, rng, indent, depth);
            }
        }
    }

    /// <summary>After "key:" or "-": a scalar or flow collection on the line, or a nested block on the next lines.</summary>
    private static void Value(StringBuilder sb, Random rng, int indent, int depth)
    {
        var kind = rng.Next(depth < 5 ? 6 : 3);
        switch (kind)
        {
            case 0:
                sb.Append(' ').Append(Plain[rng.Next(Plain.Length)]).Append(rng.Next(8) == 0 ? BlockOnlyPlain[rng.Next(BlockOnlyPlain.Length)] : string.Empty);
                break;
            case 1:
                sb.Append(' ').Append(AnyQuoted(rng));
                break;
            case 2:
            case 3:
                sb.Append(' ');
                Flow(sb, rng, depth);
                break;
            default:
                var step = rng.Next(8) == 0 ? 0 : rng.Next(1, 4);
                Trailer(sb, rng);
                if (rng.Next(2) == 0)
                {
                    Mapping(sb, rng, indent + step, depth + 1, inlineFirst: false);
                }
                else
                {
                    Sequence(sb, rng, indent + step, depth + 1, inlineFirst: false);
                }

                return;
        }

        Trailer(sb, rng);
    }

    private static void Flow(StringBuilder sb, Random rng, int depth)
    {
        var mapping = rng.Next(2) == 0;
        sb.Append(mapping ? '{' : '[').Append(rng.Next(3) == 0 ? " " : string.Empty);
        for (var n = rng.Next(0, 4); n > 0; n--)
        {
            if (mapping)
            {
                sb.Append(rng.Next(6) == 0 ? Quoted[rng.Next(3)] : "f" + (rng.Next(12) == 0 ? 0 : n).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(": ");
            }

            var item = rng.Next(depth < 5 ? 4 : 3);
            if (item == 3)
            {
                Flow(sb, rng, depth + 1);
            }
            else if (item == 2)
            {
                sb.Append(AnyQuoted(rng));
            }
            else
            {
                sb.Append(Plain[rng.Next(Plain.Length)]);
            }

            sb.Append(n > 1 ? (rng.Next(3) == 0 ? " ,  " : ", ") : rng.Next(10) == 0 ? "," : string.Empty);
        }

        sb.Append(rng.Next(3) == 0 ? " " : string.Empty).Append(mapping ? '}' : ']');
    }

    private static string AnyQuoted(Random rng) => rng.Next(20) == 0 ? RareQuoted[rng.Next(RareQuoted.Length)] : Quoted[rng.Next(Quoted.Length)];

    /// <summary>The end of a line: nothing, trailing spaces or a comment.</summary>
    private static void Trailer(StringBuilder sb, Random rng)
    {
        sb.Append(rng.Next(4) switch
        {
            0 => "  ",
            1 => " # note: a, b",
            _ => string.Empty,
        }).Append('\n');
    }

    /// <summary>Now and then a blank or comment line before an entry, at any indentation.</summary>
    private static void Filler(StringBuilder sb, Random rng, int indent)
    {
        switch (rng.Next(10))
        {
            case 0:
                sb.Append('\n');
                break;
            case 1:
                sb.Append(' ', rng.Next(0, indent + 3)).Append("# comment\n");
                break;
            case 2:
                sb.Append(' ', rng.Next(0, 4)).Append('\n');
                break;
        }
    }
}
