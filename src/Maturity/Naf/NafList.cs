using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Maturity;

/// <summary>The embedded NAF rév. 2 list (Naf/naf-rev2.csv, provenance in the README beside it),
/// read once on first use.</summary>
internal sealed class NafList
{
    private const string ResourceName = "Maturity.Naf.naf-rev2.csv";

    private static readonly Lazy<NafList> LazyInstance = new(Read);

    private NafList(List<string> codes, Dictionary<string, string> labels, HashSet<string> prefixes)
    {
        Codes = codes;
        Labels = labels;
        Prefixes = prefixes;
    }

    public static NafList Instance => LazyInstance.Value;

    /// <summary>Normalised codes in file order.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Normalised code → French label.</summary>
    public Dictionary<string, string> Labels { get; }

    /// <summary>Every division, group, class and sub-class, normalised (<c>86</c>, <c>861</c>, <c>8610</c>, <c>8610Z</c>).</summary>
    public HashSet<string> Prefixes { get; }

    private static NafList Read()
    {
        using var stream = typeof(NafList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded NAF list '" + ResourceName + "' is missing from the Maturity assembly.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        var codes = new List<string>(732);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        reader.ReadLine(); // header "code;label"
        while (reader.ReadLine() is { } line)
        {
            // "86.10Z;Activités hospitalières"; a label holding ';' is double-quoted (no embedded quotes).
            var separator = line.IndexOf(';');
            if (separator != 6 || line[2] != '.')
            {
                throw new InvalidOperationException("The embedded NAF list has a malformed line: " + line);
            }

            var code = line.Substring(0, 2) + line.Substring(3, 3);
            var label = line.Substring(separator + 1);
            if (label.Length >= 2 && label[0] == '"' && label[label.Length - 1] == '"')
            {
                label = label.Substring(1, label.Length - 2);
            }

            codes.Add(code);
            labels.Add(code, label);
            for (var length = 2; length <= 5; length++)
            {
                prefixes.Add(code.Substring(0, length));
            }
        }

        return new NafList(codes, labels, prefixes);
    }
}
