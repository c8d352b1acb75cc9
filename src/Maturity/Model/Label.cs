using System;
using System.Collections.Generic;
using System.Linq;
using Maturity.Internal;

namespace Maturity.Model;

/// <summary>A user-visible text in one or more languages. Immutable and thread-safe.</summary>
public sealed class Label
{
    private readonly KeyValuePair<string, string>[] _texts;

    /// <summary>Creates a label from per-language texts; a single entry with key <c>""</c> means "same in every language".</summary>
    public Label(IEnumerable<KeyValuePair<string, string>> texts)
    {
        Guard.NotNull(texts);

        _texts = texts.ToArray();
        if (_texts.Length == 0)
        {
            throw new ArgumentException("A label needs at least one text.", nameof(texts));
        }
    }

    private Label(KeyValuePair<string, string>[] texts) => _texts = texts;

    /// <summary>A label with the same text in every language.</summary>
    public static Label Invariant(string text) => new([new KeyValuePair<string, string>(string.Empty, Guard.NotNull(text))]);

    /// <summary>A label over <paramref name="texts"/> itself, not a copy: for the compiler, which builds a
    /// non-empty array and keeps no reference to it.</summary>
    internal static Label Own(KeyValuePair<string, string>[] texts) => new(texts);

    /// <summary>The texts by language code; the key <c>""</c> holds a language-independent text.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Texts => _texts;

    /// <summary>The text in <paramref name="language"/>; else the language-independent text; else the first text.</summary>
    public string Get(string? language)
    {
        foreach (var t in _texts)
        {
            if (string.Equals(t.Key, language, StringComparison.OrdinalIgnoreCase))
            {
                return t.Value;
            }
        }

        foreach (var t in _texts)
        {
            if (t.Key.Length == 0)
            {
                return t.Value;
            }
        }

        return _texts[0].Value;
    }

    /// <summary>The first text (the rule set's first language).</summary>
    public override string ToString() => _texts[0].Value;
}
