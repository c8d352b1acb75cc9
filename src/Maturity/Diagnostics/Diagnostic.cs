using System;
using System.Collections.Generic;
using System.Globalization;
using System.Resources;
using Maturity.Internal;

namespace Maturity.Diagnostics;

/// <summary>One problem found in a rule file, an answers file or a CSV row: where (<see cref="Location"/>),
/// about what (<see cref="Target"/>: a question id, a column, a YAML path), how serious, a stable code
/// (<c>MAT0nn</c>, listed in docs/diagnostics.md) and a message. The message is data — a key and named
/// <see cref="Arguments"/> — rendered in English by <see cref="Message"/> and in the reader's language by
/// <see cref="GetMessage"/>; a host finds the field from <see cref="Target"/> and the arguments, never by
/// parsing text. Immutable and thread-safe.</summary>
public sealed class Diagnostic
{
    private static readonly IReadOnlyDictionary<string, object> NoArguments = new Dictionary<string, object>();
    private readonly LocalizedMessage? _message;
    private readonly string? _fixedText;
    private string? _english;
    private IReadOnlyDictionary<string, object>? _arguments;

    /// <summary>Creates a diagnostic with a fixed text, shown as is in every language: for a host's own problems.</summary>
    /// <param name="code">Stable code, e.g. <c>MAT003</c>.</param>
    /// <param name="severity">Error or warning.</param>
    /// <param name="message">The text.</param>
    /// <param name="location">Where the problem is.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> or <paramref name="location"/> is null.</exception>
    public Diagnostic(string code, DiagnosticSeverity severity, string message, SourceLocation location)
        : this(code, severity, location, null)
    {
        _fixedText = Guard.NotNull(message);
    }

    /// <summary>Creates a diagnostic whose message is a resource of the caller's, rendered in the reader's language
    /// the way the library's own are: the neutral resources in English, a <c>fr</c> satellite in French, <c>{name}</c>
    /// placeholders filled from <paramref name="arguments"/> (strings, numbers, lists of strings). For a package built
    /// on this one (Maturity.Batch) or a host with its own messages.</summary>
    /// <param name="code">Stable code, e.g. <c>MAT091</c>.</param>
    /// <param name="severity">Error or warning.</param>
    /// <param name="location">Where the problem is.</param>
    /// <param name="messages">The resources holding the message.</param>
    /// <param name="messageKey">The message's name in <paramref name="messages"/>.</param>
    /// <param name="arguments">The named arguments, in the order given.</param>
    /// <param name="target">What the problem is about (a column, a question id), or null.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="target"/> is null.</exception>
    public Diagnostic(string code, DiagnosticSeverity severity, SourceLocation location, ResourceManager messages, string messageKey, IReadOnlyList<KeyValuePair<string, object>> arguments, string? target = null)
        : this(code, severity, location, target)
    {
        _message = new LocalizedMessage(
            MessageCatalog.For(Guard.NotNull(messages)),
            Guard.NotNull(messageKey),
            new List<KeyValuePair<string, object>>(Guard.NotNull(arguments)).ToArray());
    }

    /// <summary>Creates a diagnostic whose message comes from a catalog (the library's or the tool's).</summary>
    internal Diagnostic(string code, DiagnosticSeverity severity, LocalizedMessage message, SourceLocation location, string? target = null)
        : this(code, severity, location, target)
    {
        _message = message;
    }

    private Diagnostic(string code, DiagnosticSeverity severity, SourceLocation location, string? target)
    {
        if (string.IsNullOrEmpty(code))
        {
            throw new ArgumentException("A diagnostic needs a code.", nameof(code));
        }

        Code = code;
        Severity = severity;
        Location = Guard.NotNull(location);
        Target = target;
    }

    /// <summary>Stable code, e.g. <c>MAT003</c>.</summary>
    public string Code { get; }

    /// <summary>Error or warning. Lenient assessment reports the answers it left out as warnings, their
    /// message unchanged.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Where the problem is.</summary>
    public SourceLocation Location { get; }

    /// <summary>What the problem is about, when it is about one thing: a question id (answers), a column name
    /// (CSV rows), or a YAML path such as <c>levels[2].min</c> (rule files); null otherwise.</summary>
    public string? Target { get; }

    /// <summary>The message's key in the catalog (e.g. <c>UnknownAnswerOption</c>), stable across languages;
    /// null for a fixed text given to the public constructor.</summary>
    public string? MessageKey => _message?.Key;

    /// <summary>The message's named arguments (ids, numbers, lists of ids as <see cref="IReadOnlyList{T}"/> of
    /// string), the values its text is made from; empty for a fixed text.</summary>
    public IReadOnlyDictionary<string, object> Arguments => _arguments ??= BuildArguments();

    /// <summary>The message in English, the invariant language of machine outputs (JSON).</summary>
    public string Message => _english ??= GetMessage(null);

    /// <summary>True for <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The message in <paramref name="culture"/>'s language: French for a French culture, English
    /// otherwise and when null. Numbers follow that language's conventions.</summary>
    /// <param name="culture">The reader's culture, usually <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The text.</returns>
    public string GetMessage(CultureInfo? culture) => _message?.Format(culture) ?? _fixedText!;

    /// <summary>MSBuild canonical form: <c>path(line,col): error MAT0nn: message</c>, message in English.</summary>
    public override string ToString() => Describe(null);

    /// <summary>MSBuild canonical form with the message in <paramref name="culture"/>'s language; the location,
    /// <c>error</c>/<c>warning</c> and the code stay as they are, for editors and CI logs that parse them.</summary>
    /// <param name="culture">The reader's culture; English when null.</param>
    /// <returns>The line.</returns>
    public string Describe(CultureInfo? culture) =>
        Location + ": " + (IsError ? "error " : "warning ") + Code + ": " + GetMessage(culture);

    /// <summary>The message as data, for a higher layer that rewords a diagnostic in its own catalog; null for a fixed text.</summary>
    internal LocalizedMessage? Content => _message;

    /// <summary>The same problem with another severity: lenient assessment keeps an invalid answer's diagnostic
    /// as a warning, its key, arguments and target unchanged.</summary>
    internal Diagnostic WithSeverity(DiagnosticSeverity severity) => _message is null
        ? new Diagnostic(Code, severity, _fixedText!, Location)
        : new Diagnostic(Code, severity, _message, Location, Target);

    private IReadOnlyDictionary<string, object> BuildArguments()
    {
        if (_message is null || _message.Arguments.Length == 0)
        {
            return NoArguments;
        }

        var map = new Dictionary<string, object>(_message.Arguments.Length, StringComparer.Ordinal);
        foreach (var pair in _message.Arguments)
        {
            // A message quoted inside another is shown to hosts as its English text.
            map[pair.Key] = pair.Value switch
            {
                LocalizedMessage inner => inner.ToString(),
                Diagnostic inner => inner.Message,
                var value => value,
            };
        }

        return map;
    }
}
