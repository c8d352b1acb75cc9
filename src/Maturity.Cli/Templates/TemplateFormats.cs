using System.Collections.Generic;
using System.Linq;

namespace Maturity.Cli.Templates;

/// <summary>The formats <c>maturity template --format</c> knows.</summary>
internal static class TemplateFormats
{
    public static readonly IReadOnlyList<ITemplateFormat> All =
    [
        new YamlTemplate(),
        new JsonTemplate(),
        new CsvTemplate(),
        new XlsxTemplate(),
    ];

    public static string[] Names => All.Select(f => f.Name).ToArray();

    public static ITemplateFormat Get(string name) => All.First(f => f.Name == name);
}
