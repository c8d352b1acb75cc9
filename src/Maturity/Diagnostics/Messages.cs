namespace Maturity.Diagnostics;

/// <summary>The library's messages, one factory per message: the factory's name is the key in Messages.resx
/// (English) and Messages.fr.resx (French), its arguments fill the text's <c>{placeholders}</c>. To add a
/// message: the same key with the same placeholders in both files, then its factory in the partial file of its
/// area; MessageCatalogTests fails when one of the three is missing. Arguments are strings, numbers or lists
/// of ids; a <see cref="MessageCatalog.Suggestions"/> list adds "did you mean …?".</summary>
internal static partial class Messages
{
    private static LocalizedMessage Of(string key, params (string Name, object Value)[] arguments) =>
        MessageCatalog.Library.Message(key, arguments);
}
