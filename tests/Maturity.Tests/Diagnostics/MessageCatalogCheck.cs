using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using Maturity.Diagnostics;

namespace Maturity.Tests.Diagnostics;

/// <summary>The checks every message catalog passes (the library's, the tool's): each message exists in English
/// and French with the same placeholders, the French one written in French with French typography, and each
/// factory renders its message in both languages with every placeholder filled. Linked into both test projects.</summary>
internal static class MessageCatalogCheck
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Keys whose text is the same in both languages by nature (punctuation only).</summary>
    private static readonly HashSet<string> SameInBoth = ["ListSeparator"];

    public static Dictionary<string, string> Entries(ResourceManager resources, CultureInfo culture)
    {
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException("no resources for " + culture.Name);
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    public static void BothLanguagesHaveEveryKeyWithTheSamePlaceholders(ResourceManager resources)
    {
        var english = Entries(resources, CultureInfo.InvariantCulture);
        var french = Entries(resources, CultureInfo.GetCultureInfo("fr"));

        english.Should().NotBeEmpty();
        french.Keys.Except(english.Keys).Should().BeEmpty("a French message needs its English one");
        english.Keys.Except(french.Keys).Should().BeEmpty("an English message needs its French one");
        foreach (var (key, text) in english)
        {
            MessageCatalog.Placeholders(french[key]).Should().BeEquivalentTo(MessageCatalog.Placeholders(text), "'{0}' takes the same arguments in French", key);
            if (!SameInBoth.Contains(key))
            {
                french[key].Should().NotBe(text, "'{0}' is translated, not copied", key);
            }
        }
    }

    public static void FrenchFollowsFrenchTypography(ResourceManager resources)
    {
        foreach (var (key, text) in Entries(resources, CultureInfo.GetCultureInfo("fr")))
        {
            // A narrow no-break space before : ; ! ? % and inside « », never an ordinary or missing one.
            Regex.IsMatch(text, @"[ \u00A0][:;!?%]").Should().BeFalse("'{0}' puts a narrow no-break space before : ; ! ? %: {1}", key, text);
            Regex.IsMatch(text, @"[^\s\u202F{][;!?](\s|$)").Should().BeFalse("'{0}' puts a space before ; ! ?: {1}", key, text);
            Regex.IsMatch(text, "«[^\u202F]|[^\u202F]»").Should().BeFalse("'{0}' puts narrow no-break spaces inside « »: {1}", key, text);
            text.Should().NotContain("'{", "'{0}' quotes with « » in French", key);
        }

        foreach (var (key, text) in Entries(resources, CultureInfo.InvariantCulture))
        {
            text.Should().NotContain("\u202F", "'{0}' is English", key);
        }
    }

    /// <summary>Every factory of <paramref name="factories"/> has its message and every message (but the
    /// words of the "did you mean" hint) its factory; each renders in both languages with all its arguments used.</summary>
    public static void EveryFactoryRendersInBothLanguages(ResourceManager resources, Type factories, params string[] keysWithoutFactory)
    {
        var english = Entries(resources, CultureInfo.InvariantCulture);
        var methods = factories.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(m => m.ReturnType.Name == "LocalizedMessage" && m.Name != "Of").ToList();

        methods.Should().NotBeEmpty();
        methods.Select(m => m.Name).Where(n => !english.ContainsKey(n)).Should().BeEmpty("each factory has its message");
        english.Keys.Except(methods.Select(m => m.Name)).Except(keysWithoutFactory).Should().BeEmpty("a message no factory makes is dead");
        foreach (var method in methods)
        {
            var message = method.Invoke(null, method.GetParameters().Select(p => Sample(p.ParameterType)).ToArray())!;
            var key = (string)message.GetType().GetProperty("Key")!.GetValue(message)!;
            var arguments = ((KeyValuePair<string, object>[])message.GetType().GetProperty("Arguments")!.GetValue(message)!)
                .Select(a => a.Key).Where(k => k != MessageCatalog.Suggestions);
            key.Should().Be(method.Name, "a factory makes the message of its own name");
            MessageCatalog.Placeholders(english[key]).Should().BeEquivalentTo(arguments, "'{0}' uses each argument its factory passes", key);
            foreach (var culture in new[] { CultureInfo.InvariantCulture, French })
            {
                var text = (string)message.GetType().GetMethod("Format")!.Invoke(message, [culture])!;
                text.Should().NotBeNullOrWhiteSpace();
                foreach (var name in arguments)
                {
                    text.Should().NotContain("{" + name + "}", "'{0}' fills '{1}' in {2}", key, name, culture.Name);
                }
            }
        }
    }

    private static object Sample(Type type) =>
        type == typeof(string) ? "x"
        : type == typeof(double) ? 1.5
        : type == typeof(int) ? 2
        : type == typeof(long) ? 3L
        : type == typeof(IReadOnlyList<string>) ? new[] { "a", "b" }
        : type == typeof(object) ? "y"
        : type.Name == "LocalizedMessage" ? MessageCatalog.Library.Message("CompanyIdEmpty")
        : throw new InvalidOperationException("no sample for " + type);
}
