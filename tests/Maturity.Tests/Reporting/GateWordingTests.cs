using System.Collections.Generic;
using System.Linq;
using System.Net;
using Maturity.Output;
using Maturity.Reporting;
using Maturity.Scoring;
using Maturity.Tests.Golden;

namespace Maturity.Tests.Reporting;

/// <summary>Advisers read gates in words: for every shipped sample company, the text report, the firm
/// HTML report and the explanation show each unmet gate's label, never its expression.</summary>
public class GateWordingTests
{
    public static TheoryData<string, string> Samples()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in GoldenCatalog.SampleFiles())
        {
            data.Add(file, "fr");
            data.Add(file, "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Reports_SampleCompany_ShowGateLabelsNotExpressions(string file, string language)
    {
        var sheet = GoldenCatalog.LoadSheet(file);
        var result = GoldenCatalog.RuleSetFor(sheet, file).Assess(sheet, AssessmentOptions.Strict);
        var outputs = new Dictionary<string, string>
        {
            ["text"] = TextReport.Render(result, language),
            ["html"] = WebUtility.HtmlDecode(FirmHtmlReport.Render(result, language)),
            // explain traces why a question was not asked with its own 'when' condition, which is not a gate
            ["explain"] = string.Join("\n", result.Explain(language).Split('\n').Where(line => !line.Contains("not asked (") && !line.Contains("non posée ("))),
        };

        foreach (var gate in result.NextLevel?.UnmetGates ?? [])
        {
            foreach (var (kind, output) in outputs)
            {
                output.Should().Contain(gate.Label!.Get(language), kind);
                if (gate.Expression.Any(c => !char.IsLetterOrDigit(c) && c != '_'))
                {
                    output.Should().NotContain(gate.Expression, kind);
                }
            }
        }
    }
}
