using System.Collections.Generic;
using Maturity.Diagnostics;

namespace Maturity.Yaml;

/// <summary>A fast reader for the plain YAML subset the shipped rule sets and answer files are written in; it
/// declines everything else, and <see cref="YamlReader"/> then reads the text with YamlDotNet, the reader of record.</summary>
/// <remarks>
/// <para>Why: YamlDotNet's general scanner was half the cost of loading the shipped rule sets. The subset is block
/// mappings and sequences by indentation, one-line plain, single- and double-quoted scalars, one-line flow mappings
/// and sequences, comments and blank lines. Anything else, or anything odd in it (tabs, CR, control or non-BMP
/// characters, block scalars, scalars over several lines, anchors, aliases, tags, directives, document markers,
/// <c>?</c> keys, empty values, indentless sequences, duplicate keys, nesting over the limit, unknown escapes),
/// makes it return null: it never reports a diagnostic, so every message still comes from one implementation.</para>
/// <para>What it accepts it reads into the very tree YamlDotNet's path builds (values, positions, indexes,
/// styles, order); tests check that on every shipped file and on thousands of mutated documents.
/// One pass over the text, no recursion: linear time, bounded depth, no exception on any input.</para>
/// </remarks>
internal sealed class YamlSubsetReader
{
    /// <summary>YAML refuses a simple key longer than 1024 characters; keys near that length are left to YamlDotNet.</summary>
    private const int MaxKeyLength = 1000;

    private readonly string _path;
    private readonly string _text;
    private readonly int _maxDepth;

    /// <summary>Open block collections, outermost first.</summary>
    private readonly List<CollectionBuilder> _blocks = [];

    /// <summary>Open flow collections of the current line, outermost first.</summary>
    private readonly List<CollectionBuilder> _flows = [];

    /// <summary>Closed builders, reused: a file holds thousands of small collections.</summary>
    private readonly Stack<CollectionBuilder> _spare = new();

    /// <summary>Short strings already read (keys, ids, numbers), shared instead of allocated again.</summary>
    private readonly string?[] _recent = new string?[256];

    private int _line;
    private int _lineStart;
    private int _lineEnd;

    private YamlSubsetReader(string path, string text, int maxDepth)
    {
        _path = path;
        _text = text;
        _maxDepth = maxDepth;
    }

    /// <summary>The tree of <paramref name="text"/>, or null when the text is outside the subset (or wrong).</summary>
    public static YNode? TryRead(string path, string text, int maxDepth) =>
        HasOnlySimpleCharacters(text) ? new YamlSubsetReader(path, text, maxDepth).ReadDocument() : null;

    /// <summary>False on a character YAML treats specially or YamlDotNet might: tab, CR and other controls,
    /// C1 controls (NEL breaks lines in YAML 1.1), surrogates, line and paragraph separators, BOM, non-characters.</summary>
    private static bool HasOnlySimpleCharacters(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' ? c != '\n' : (c >= '\u007F' && c < '\u00A0') || (c >= '\uD800' && c <= '\uDFFF') || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c >= '\uFFFE')
            {
                return false;
            }
        }

        return true;
    }

    private YNode? ReadDocument()
    {
        // After "key:" or "-" with nothing else on the line, the next content line must open a nested block.
        var expectBlock = true;
        var next = 0;
        while (next < _text.Length)
        {
            _line++;
            _lineStart = next;
            var eol = _text.IndexOf('\n', next);
            _lineEnd = eol < 0 ? _text.Length : eol;
            next = _lineEnd + 1;
            var p = SkipSpaces(_lineStart);
            if (p == _lineEnd || _text[p] == '#')
            {
                continue;
            }

            var indent = p - _lineStart;
            if (indent == 0 && IsDocumentMarker(p))
            {
                return null;
            }

            if (expectBlock)
            {
                var parentIndent = _blocks.Count == 0 ? -1 : Top.Indent;
                if (indent <= parentIndent || !Open(_blocks, !IsEntry(p), indent, p))
                {
                    return null;
                }
            }
            else
            {
                while (Top.Indent > indent)
                {
                    if (_blocks.Count == 1 || !CloseBlock())
                    {
                        return null;
                    }
                }

                if (Top.Indent != indent)
                {
                    return null;
                }
            }

            var read = Top.IsMapping ? ReadMappingLine(p, out expectBlock) : ReadSequenceLine(p, out expectBlock);
            if (!read)
            {
                return null;
            }
        }

        if (expectBlock)
        {
            return null;
        }

        while (_blocks.Count > 1)
        {
            if (!CloseBlock())
            {
                return null;
            }
        }

        return _blocks[0].Build();
    }

    private CollectionBuilder Top => _blocks[_blocks.Count - 1];

    /// <summary>A line of a block mapping: <c>key: value</c>, or <c>key:</c> with its value on the next lines.</summary>
    private bool ReadMappingLine(int p, out bool expectBlock)
    {
        expectBlock = false;
        if (IsEntry(p) || ReadNode(p, out var end, out var stop) is not YScalar key || !IsKey(p, end, stop))
        {
            return false;
        }

        return ReadValue(Top, key, stop + 1, out expectBlock);
    }

    /// <summary>A line of a block sequence: <c>- value</c>, <c>- key: value</c> (a mapping opens at the key), or
    /// <c>-</c> with its value on the next lines.</summary>
    private bool ReadSequenceLine(int p, out bool expectBlock)
    {
        expectBlock = false;
        if (!IsEntry(p))
        {
            return false;
        }

        var q = SkipSpaces(p + 1);
        if (q == _lineEnd || _text[q] == '#')
        {
            expectBlock = true;
            return true;
        }

        if (IsEntry(q))
        {
            return false;
        }

        var node = ReadNode(q, out var end, out var stop);
        if (node is YScalar key && stop < _lineEnd && _text[stop] == ':')
        {
            return IsKey(q, end, stop) && Open(_blocks, isMapping: true, q - _lineStart, q) && ReadValue(Top, key, stop + 1, out expectBlock);
        }

        if (node is null || !IsLineEnd(stop))
        {
            return false;
        }

        return Top.Add(node);
    }

    /// <summary>A key ends right before a colon followed by a space or the line's end (no space before the colon).</summary>
    private bool IsKey(int start, int end, int stop) =>
        stop == end && stop < _lineEnd && _text[stop] == ':' && (stop + 1 == _lineEnd || _text[stop + 1] == ' ') && end - start <= MaxKeyLength;

    /// <summary>The value after <c>key:</c>; none on the line means a nested block follows.</summary>
    private bool ReadValue(CollectionBuilder mapping, YScalar key, int afterColon, out bool expectBlock)
    {
        var p = SkipSpaces(afterColon);
        if (p == _lineEnd || _text[p] == '#')
        {
            mapping.PendingKey = key;
            expectBlock = true;
            return true;
        }

        expectBlock = false;
        var value = ReadNode(p, out _, out var stop);
        mapping.PendingKey = key;
        return value is not null && IsLineEnd(stop) && mapping.Add(value);
    }

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

    /// <summary>"- " or a lone "-": a block sequence entry.</summary>
    private bool IsEntry(int p) => _text[p] == '-' && (p + 1 == _lineEnd || _text[p + 1] == ' ');

    /// <summary>Only spaces remain, or a comment after a space.</summary>
    private bool IsLineEnd(int p)
    {
        var i = SkipSpaces(p);
        return i == _lineEnd || (_text[i] == '#' && _text[i - 1] == ' ');
    }

    private bool IsDocumentMarker(int p) =>
        _lineEnd - p >= 3 && ((_text[p] == '-' && _text[p + 1] == '-' && _text[p + 2] == '-') || (_text[p] == '.' && _text[p + 1] == '.' && _text[p + 2] == '.'));

    private int SkipSpaces(int i)
    {
        while (i < _lineEnd && _text[i] == ' ')
        {
            i++;
        }

        return i;
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

    private SourceLocation Location(int p) => new(_path, _line, p - _lineStart + 1);

    private bool Open(List<CollectionBuilder> stack, bool isMapping, int indent, int p)
    {
        if (_blocks.Count + _flows.Count >= _maxDepth)
        {
            return false;
        }

        if (_spare.Count > 0)
        {
            var builder = _spare.Pop();
            builder.Reset(isMapping, Location(p), indent);
            stack.Add(builder);
        }
        else
        {
            stack.Add(new CollectionBuilder(isMapping, Location(p), indent));
        }

        return true;
    }

    /// <summary>Closes the innermost block collection into its parent.</summary>
    private bool CloseBlock()
    {
        var closed = Top;
        _blocks.RemoveAt(_blocks.Count - 1);
        _spare.Push(closed);
        return Top.Add(closed.Build());
    }
}
