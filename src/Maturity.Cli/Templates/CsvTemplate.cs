using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Maturity.Cli.Templates;

/// <summary>A batch CSV header (company columns, then every question id) and one example row, ready for a
/// spreadsheet: UTF-8 with a BOM so Excel reads accents right, and <c>;</c> as separator in French (the list
/// separator of French Excel), <c>,</c> in English. Questions asked under a condition are left empty in the example.</summary>
internal sealed class CsvTemplate : ITemplateFormat
{
    public string Name => "csv";

    public bool IsBinary => false;

    /// <summary>The batch columns: company fields, <c>ruleset</c>, then every question id (also the workbook template's).</summary>
    public static IReadOnlyList<string> Header(AnswerTemplate template) =>
        AnswerTemplate.CompanyFields.Append("ruleset").Concat(template.RuleSet.Questions.Select(q => q.Id)).ToList();

    /// <summary>The example row under <see cref="Header"/>; questions asked under a condition are left empty.</summary>
    public static IReadOnlyList<string> Example(AnswerTemplate template)
    {
        var rs = template.RuleSet;
        var example = new List<string> { template.IsFrench ? "EXEMPLE-001" : "EXAMPLE-001", template.IsFrench ? "Entreprise exemple" : "Example company", template.ExampleNaf, "10", "80", "2026-01-31", rs.Id };
        example.AddRange(rs.Questions.Select(q => q.When is null ? template.ExampleCell(q) : string.Empty));
        return example;
    }

    public void Write(AnswerTemplate template, Stream output)
    {
        var separator = template.IsFrench ? ";" : ",";
        var header = Header(template);
        var example = Example(template);
        var text = string.Join(separator, header.Select(c => Quote(c, separator))) + "\r\n" + string.Join(separator, example.Select(c => Quote(c, separator))) + "\r\n";
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        var preamble = bytes.GetPreamble();
        output.Write(preamble, 0, preamble.Length);
        var body = bytes.GetBytes(text);
        output.Write(body, 0, body.Length);
    }

    private static string Quote(string cell, string separator) =>
        cell.Contains(separator) || cell.Contains('"') || cell.Contains('\n') ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
