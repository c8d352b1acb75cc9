using System.Text;

namespace Maturity.Yaml;

/// <summary>The double-quoted escapes <see cref="YamlSubsetReader"/> reads, exactly as YamlDotNet reads them.</summary>
internal static class YamlEscapes
{
    /// <summary>Appends the character escaped at <paramref name="at"/> (just after the backslash) and returns how
    /// many characters the escape holds after the backslash; 0 for an escape left to YamlDotNet (\U, a surrogate,
    /// an escaped line break, an unknown letter, a short or bad hexadecimal code).</summary>
    public static int Read(string text, int at, int limit, StringBuilder value)
    {
        var simple = Simple(text[at]);
        if (simple is { } c)
        {
            value.Append(c);
            return 1;
        }

        var digits = text[at] switch
        {
            'x' => 2,
            'u' => 4,
            _ => 0,
        };
        if (digits == 0 || at + digits >= limit)
        {
            return 0;
        }

        var code = 0;
        for (var k = 1; k <= digits; k++)
        {
            var d = Hex(text[at + k]);
            if (d < 0)
            {
                return 0;
            }

            code = (code << 4) | d;
        }

        if (code is >= 0xD800 and <= 0xDFFF)
        {
            return 0;
        }

        value.Append((char)code);
        return 1 + digits;
    }

    private static char? Simple(char escape) => escape switch
    {
        '0' => '\0',
        'a' => '\a',
        'b' => '\b',
        't' => '\t',
        'n' => '\n',
        'v' => '\v',
        'f' => '\f',
        'r' => '\r',
        'e' => '\u001B',
        ' ' => ' ',
        '"' => '"',
        '\\' => '\\',
        '/' => '/',
        'N' => '\u0085',
        '_' => '\u00A0',
        'L' => '\u2028',
        'P' => '\u2029',
        _ => null,
    };

    private static int Hex(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
