using System;
using System.Collections.Generic;
using System.Globalization;
using System.Resources;
using System.Text;

namespace Maturity.Diagnostics;

/// <summary>A set of messages in English (the neutral resources) and French (the <c>fr</c> satellite), each a
/// template whose <c>{name}</c> placeholders take named arguments. The library's diagnostics use one catalog, the
/// command-line tool its own; both render the same way, so a message reads alike wherever it is shown.
/// <c>{count|file|files}</c> picks the singular or plural word for the number <c>count</c> (French counts 0
/// and 1 as singular, English only 1).</summary>
internal sealed class MessageCatalog
{
    /// <summary>The argument name whose list of nearest valid names becomes a "did you mean …?" hint.</summary>
    public const string Suggestions = "suggestions";

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public MessageCatalog(ResourceManager resources) => Resources = resources;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ResourceManager, MessageCatalog> Others = new();

    /// <summary>The catalog of a caller's resources, one per resource manager.</summary>
    public static MessageCatalog For(ResourceManager resources) => Others.GetValue(resources, r => new MessageCatalog(r));

    /// <summary>The library's messages: Messages.resx (English) and Messages.fr.resx (French).</summary>
    public static MessageCatalog Library { get; } = new(new ResourceManager("Maturity.Diagnostics.Messages", typeof(MessageCatalog).Assembly));

    public ResourceManager Resources { get; }

    /// <summary>The language messages are written in for <paramref name="culture"/>: French for any French
    /// culture, English (invariant) for everything else and for null.</summary>
    public static CultureInfo LanguageOf(CultureInfo? culture) =>
        culture is not null && culture.TwoLetterISOLanguageName == "fr" ? French : CultureInfo.InvariantCulture;

    /// <summary>The message <paramref name="key"/> of this catalog with its named arguments, to render later.</summary>
    public LocalizedMessage Message(string key, params (string Name, object Value)[] arguments)
    {
        var args = new KeyValuePair<string, object>[arguments.Length];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = new KeyValuePair<string, object>(arguments[i].Name, arguments[i].Value);
        }

        return new LocalizedMessage(this, key, args);
    }

    /// <summary>The culture messages are written in for a language name (<c>fr</c>, <c>fr-CA</c>, <c>en</c>...).</summary>
    public static CultureInfo LanguageOf(string? language) =>
        language is not null && language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? French : CultureInfo.InvariantCulture;

    /// <summary>The text of <paramref name="key"/> in <paramref name="culture"/>'s language with its placeholders
    /// filled; a placeholder without an argument is left as written, so a bad template shows rather than throws.</summary>
    public string Format(string key, IReadOnlyList<KeyValuePair<string, object>> arguments, CultureInfo? culture)
    {
        var language = LanguageOf(culture);
        var template = Resources.GetString(key, language) ?? key;
        var sb = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (close < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            sb.Append(template, i, open - i);
            var name = template.Substring(open + 1, close - open - 1);
            var forms = name.Split('|');
            if (forms.Length == 3 && IsName(forms[0]) && Find(arguments, forms[0]) is { } count)
            {
                sb.Append(IsSingular(Convert.ToDouble(count, CultureInfo.InvariantCulture), language) ? forms[1] : forms[2]);
                i = close + 1;
            }
            else if (IsName(name) && Find(arguments, name) is { } value)
            {
                sb.Append(Render(value, language));
                i = close + 1;
            }
            else
            {
                sb.Append('{'); // a literal brace, as in "{ when: ..., label: ... }"
                i = open + 1;
            }
        }

        if (Find(arguments, Suggestions) is IReadOnlyList<string> { Count: > 0 } names)
        {
            sb.Append(Hint(names, language));
        }

        return sb.ToString();
    }

    /// <summary>The placeholder names of a template, in order of appearance, each once.</summary>
    public static IReadOnlyList<string> Placeholders(string template)
    {
        var names = new List<string>();
        var i = 0;
        while ((i = template.IndexOf('{', i)) >= 0)
        {
            var close = template.IndexOf('}', i);
            if (close < 0)
            {
                break;
            }

            var name = template.Substring(i + 1, close - i - 1).Split('|')[0];
            if (IsName(name) && !names.Contains(name))
            {
                names.Add(name);
            }

            i++;
        }

        return names;
    }

    /// <summary>A number as the language writes it: French with a decimal comma and grouped thousands,
    /// English as the invariant culture (no grouping, so limits read as in the docs).</summary>
    public static string Number(double value, CultureInfo language) =>
        value.ToString(language.Name.Length == 0 ? "0.####" : "#,0.####", language);

    /// <summary>The one plural rule of messages and human outputs: French counts 0 and 1 (and any quantity
    /// below 2) as singular, English only exactly 1.</summary>
    public static bool IsSingular(double count, bool french) => french ? Math.Abs(count) < 2 : Math.Abs(count) == 1;

    private static bool IsSingular(double count, CultureInfo language) => IsSingular(count, language.Name.Length != 0);

    private static string Hint(IReadOnlyList<string> names, CultureInfo language)
    {
        var quoted = new StringBuilder();
        for (var i = 0; i < names.Count; i++)
        {
            if (i > 0)
            {
                quoted.Append(Text(i == names.Count - 1 ? "ListLastSeparator" : "ListSeparator", language));
            }

            quoted.Append(Text("QuotedName", language).Replace("{name}", names[i]));
        }

        return Text("DidYouMean", language).Replace("{names}", quoted.ToString());
    }

    // The hint's words come from the library's catalog whichever catalog the message is in.
    private static string Text(string key, CultureInfo language) => Library.Resources.GetString(key, language) ?? key;

    private static object? Find(IReadOnlyList<KeyValuePair<string, object>> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Key == name)
            {
                return arguments[i].Value;
            }
        }

        return null;
    }

    private static string Render(object value, CultureInfo language) => value switch
    {
        string s => s,
        LocalizedMessage m => m.Format(language),
        Diagnostic d => d.GetMessage(language),
        double d => Number(d, language),
        int n => Number(n, language),
        long n => Number(n, language),
        IReadOnlyList<string> list => string.Join(", ", list),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static bool IsName(string text)
    {
        if (text.Length == 0 || !char.IsLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
