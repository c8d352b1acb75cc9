using Maturity.Diagnostics;
using Maturity.Yaml;

namespace Maturity.Documents;

/// <summary>An expression's text and the position of its first character.</summary>
internal sealed class ExprDoc
{
    private readonly YScalar? _scalar;

    public ExprDoc(string text, SourceLocation location)
    {
        Text = text;
        Location = location;
    }

    /// <summary>An expression read from a scalar; positions inside it are traced back through the
    /// scalar's source, so quotes, escapes, block scalars and line breaks do not shift them.</summary>
    public ExprDoc(YScalar scalar)
        : this(scalar.Value, scalar.Location.Offset(scalar.QuoteWidth)) => _scalar = scalar;

    public string Text { get; }

    public SourceLocation Location { get; }

    /// <summary>The line and column of the character at <paramref name="offset"/> in <see cref="Text"/>.</summary>
    public SourceLocation At(int offset)
    {
        offset = System.Math.Max(0, System.Math.Min(offset, Text.Length));
        var s = _scalar;
        if (s?.Source is not { } source || Location.Line == 0 || s.StartIndex >= s.EndIndex || s.EndIndex > source.Length)
        {
            return Location.Offset(offset);
        }

        // Fast path: the value is written as is on one line.
        var content = s.StartIndex + s.QuoteWidth;
        if (!s.IsBlock && Text.IndexOf('\n') < 0 && content + Text.Length <= s.EndIndex && string.CompareOrdinal(source, content, Text, 0, Text.Length) == 0)
        {
            return Location.Offset(offset);
        }

        var line = s.Location.Line;
        var column = s.Location.Column;
        var i = s.StartIndex;
        if (s.IsBlock)
        {
            // The text starts on the line after the '|' or '>' indicator (and any comment there).
            content = source.IndexOf('\n', s.StartIndex);
            content = content < 0 || content >= s.EndIndex ? s.EndIndex : content + 1;
        }

        // Walk the source and the value together: a character of the value matches the same character
        // in the source; quotes, indentation, line breaks and escapes exist only in the source and are skipped.
        var v = 0;
        while (i < s.EndIndex && (i < content || v < offset || SkipsBefore(source[i], offset, s.IsDoubleQuoted)))
        {
            var c = source[i];
            var step = 1;
            if (i >= content)
            {
                if (c == Text[v])
                {
                    v++;
                }
                else if (s.IsDoubleQuoted && c == '\\' && i + 1 < s.EndIndex && source[i + 1] is not '\n' and not '\r')
                {
                    // One escape (\n, \", \x41, \u00e9...) is one character of the value.
                    v++;
                    step = source[i + 1] switch { 'x' => 4, 'u' => 6, 'U' => 10, _ => 2 };
                    step = System.Math.Min(step, s.EndIndex - i);
                }
            }

            for (var k = 0; k < step; k++)
            {
                if (source[i + k] == '\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }
            }

            i += step;
        }

        return new SourceLocation(Location.Path, line, column);
    }

    /// <summary>True for a source character (indentation, line break) that lies between the value's
    /// previous character and the one at <paramref name="offset"/>.</summary>
    private bool SkipsBefore(char c, int offset, bool doubleQuoted) =>
        offset < Text.Length && c != Text[offset] && !(doubleQuoted && c == '\\') && (c == ' ' || c == '\t' || c == '\r' || c == '\n');
}
