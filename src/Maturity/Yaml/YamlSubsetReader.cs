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
internal sealed partial class YamlSubsetReader
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
