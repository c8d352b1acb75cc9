using System.Collections.Generic;
using System.Globalization;

namespace Maturity.Diagnostics;

/// <summary>A message as data: a catalog key and named arguments, turned into text only when shown, in the
/// reader's language. Immutable.</summary>
internal sealed class LocalizedMessage
{
    public LocalizedMessage(MessageCatalog catalog, string key, KeyValuePair<string, object>[] arguments)
    {
        Catalog = catalog;
        Key = key;
        Arguments = arguments;
    }

    public MessageCatalog Catalog { get; }

    public string Key { get; }

    public KeyValuePair<string, object>[] Arguments { get; }

    /// <summary>The text in <paramref name="culture"/>'s language; English when null.</summary>
    public string Format(CultureInfo? culture) => Catalog.Format(Key, Arguments, culture);

    /// <summary>The English text.</summary>
    public override string ToString() => Format(null);
}
