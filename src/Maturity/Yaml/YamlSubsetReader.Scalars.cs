using System.Collections.Generic;

namespace Maturity.Yaml;

/// <summary>The subset reader's scalars and flow collections: what a line holds after its indentation, its
/// <c>- </c> and its key.</summary>
internal sealed partial class YamlSubsetReader
{
    /// <summary>A scalar or flow collection at <paramref name="p"/>, in block context. <paramref name="end"/> is just
    /// after it; <paramref name="stop"/> is where reading stopped (after a plain scalar's trailing spaces).</summary>
    private YNode? ReadNode(int p, out int end, out int stop)
    {
        var c = _text[p];
        if (c is '{' or '[')
        {
            var flow = ReadFlow(p, out end);
            stop = end;
            return flow;
        }

        if (c is '"' or '\'')
        {
            var quoted = ReadQuoted(p, out end);
            stop = end;
            return quoted;
        }

        return ReadPlain(p, inFlow: false, out end, out stop);
    }

    /// <summary>A flow collection on one line, read with an explicit stack.</summary>
    private YNode? ReadFlow(int p, out int end)
    {
        end = p;
        _flows.Clear();
        if (!Open(_flows, _text[p] == '{', 0, p))
        {
            return null;
        }

        var i = SkipSpaces(p + 1);
        while (i < _lineEnd)
        {
            var top = _flows[_flows.Count - 1];
            var c = _text[i];
            var close = top.IsMapping ? '}' : ']';
            var awaitsKey = top.IsMapping && top.PendingKey is null;
            if (top.AwaitsItem && !(top.IsEmpty && c == close))
            {
                if (c is '{' or '[')
                {
                    if (awaitsKey || !Open(_flows, c == '{', 0, i))
                    {
                        return null;
                    }

                    i = SkipSpaces(i + 1);
                    continue;
                }

                var node = c is '"' or '\'' ? ReadQuoted(i, out var itemEnd) : ReadPlain(i, inFlow: true, out itemEnd, out _);
                if (node is null)
                {
                    return null;
                }

                if (awaitsKey)
                {
                    // The value must follow on the line.
                    if (!IsKey(i, itemEnd, itemEnd) || itemEnd + 1 == _lineEnd)
                    {
                        return null;
                    }

                    top.PendingKey = node;
                    i = SkipSpaces(itemEnd + 1);
                    continue;
                }

                if (!top.Add(node))
                {
                    return null;
                }

                i = SkipSpaces(itemEnd);
                continue;
            }

            if (c == ',' && !top.AwaitsItem)
            {
                top.AwaitsItem = true;
                i = SkipSpaces(i + 1);
                continue;
            }

            if (c != close)
            {
                return null;
            }

            _flows.RemoveAt(_flows.Count - 1);
            _spare.Push(top);
            var built = top.Build();
            i++;
            if (_flows.Count == 0)
            {
                end = i;
                return built;
            }

            if (!_flows[_flows.Count - 1].Add(built))
            {
                return null;
            }

            i = SkipSpaces(i);
        }

        // A flow collection over several lines.
        return null;
    }

    /// <summary>A single- or double-quoted scalar closed on its line; null on an escape this reader does not know.</summary>
    private YScalar? ReadQuoted(int p, out int end)
    {
        end = p;
        var doubleQuoted = _text[p] == '"';
        System.Text.StringBuilder? unescaped = null;
        var run = p + 1;
        var i = run;
        while (true)
        {
            if (i >= _lineEnd)
            {
                return null;
            }

            var c = _text[i];
            if (!doubleQuoted && c == '\'')
            {
                if (i + 1 == _lineEnd || _text[i + 1] != '\'')
                {
                    break;
                }

                unescaped ??= new System.Text.StringBuilder();
                unescaped.Append(_text, run, i + 1 - run);
                i += 2;
                run = i;
            }
            else if (doubleQuoted && c == '"')
            {
                break;
            }
            else if (doubleQuoted && c == '\\')
            {
                unescaped ??= new System.Text.StringBuilder();
                unescaped.Append(_text, run, i - run);
                var length = i + 1 < _lineEnd ? YamlEscapes.Read(_text, i + 1, _lineEnd, unescaped) : 0;
                if (length == 0)
                {
                    return null;
                }

                i += 1 + length;
                run = i;
            }
            else
            {
                i++;
            }
        }

        var value = unescaped is null ? Slice(p + 1, i - p - 1) : unescaped.Append(_text, run, i - run).ToString();
        end = i + 1;
        return new YScalar(Location(p), value, isPlain: false, quoteWidth: 1, _text, p, end, isBlock: false, isDoubleQuoted: doubleQuoted);
    }

    /// <summary>A plain scalar on one line. It ends before <c>": "</c>, a colon at the line's end, <c>" #"</c>,
    /// the line's end, and in flow context before <c>, [ ] { }</c>; trailing spaces are not part of it.</summary>
    private YScalar? ReadPlain(int p, bool inFlow, out int end, out int stop)
    {
        end = p;
        stop = p;
        if (!IsPlainStart(p))
        {
            return null;
        }

        var i = p;
        while (i < _lineEnd)
        {
            var c = _text[i];
            if (c == ' ')
            {
                i++;
                continue;
            }

            if ((c == '#' && _text[i - 1] == ' ') || (inFlow && c is ',' or '[' or ']' or '{' or '}'))
            {
                break;
            }

            if (c == ':' && (i + 1 == _lineEnd || _text[i + 1] == ' '))
            {
                break;
            }

            if ((c == ':' && inFlow) || (c == '*' && _text[i - 1] == ' '))
            {
                // "a:b" in flow context: YAML versions disagree. A word starting with '*' is read by YamlDotNet as if
                // ": " could not end it ("a *b: c" is one scalar). Both are left to YamlDotNet.
                return null;
            }

            i++;
            end = i;
        }

        stop = i;
        return new YScalar(Location(p), Slice(p, end - p), isPlain: true, quoteWidth: 0, _text, p, end, isBlock: false, isDoubleQuoted: false);
    }

    /// <summary>A plain scalar starts with no indicator, or with <c>-</c> before a letter or digit (<c>-1</c>).</summary>
    private bool IsPlainStart(int p)
    {
        var c = _text[p];
        if ("-?:,[]{}#&*!|>'\"%@` ".IndexOf(c) < 0)
        {
            return true;
        }

        return c == '-' && p + 1 < _lineEnd && (_text[p + 1] is >= '0' and <= '9' || (_text[p + 1] | 0x20) is >= 'a' and <= 'z');
    }

    /// <summary>The text at <paramref name="start"/>; a short one is shared with the last equal one read.</summary>
    private string Slice(int start, int length)
    {
        const int Short = 16;
        if (length > Short)
        {
            return _text.Substring(start, length);
        }

        var hash = length;
        for (var i = start; i < start + length; i++)
        {
            hash = unchecked((hash * 31) + _text[i]);
        }

        ref var slot = ref _recent[hash & (_recent.Length - 1)];
        if (slot is null || slot.Length != length || string.CompareOrdinal(slot, 0, _text, start, length) != 0)
        {
            slot = _text.Substring(start, length);
        }

        return slot;
    }
}
