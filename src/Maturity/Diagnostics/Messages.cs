using System;
using System.Collections.Concurrent;

namespace Maturity.Diagnostics;

/// <summary>The library's messages, one factory per message: the factory's name is the key in Messages.resx
/// (English) and Messages.fr.resx (French), its arguments fill the text's <c>{placeholders}</c>. To add a
/// message: the same key with the same placeholders in both files, then its factory in the partial file of its
/// area; MessageCatalogTests fails when one of the three is missing. Arguments are strings, numbers or lists
/// of ids; a <see cref="MessageCatalog.Suggestions"/> list adds "did you mean …?".</summary>
internal static partial class Messages
{
    // A message without arguments is immutable and the same every time: built once per key (the document reader
    // names what it reads at every key of a file, and uses the phrase only when something is wrong).
    private static readonly ConcurrentDictionary<string, LocalizedMessage> Constant = new(StringComparer.Ordinal);

    private static LocalizedMessage Of(string key) => Constant.GetOrAdd(key, k => MessageCatalog.Library.Message(k));

    private static LocalizedMessage Of(string key, params (string Name, object Value)[] arguments) =>
        MessageCatalog.Library.Message(key, arguments);
}
