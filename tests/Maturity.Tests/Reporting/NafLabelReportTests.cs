using Maturity.Answers;
using Maturity.Reporting;
using Maturity.Scoring;
using Maturity.Tests.Scoring;

namespace Maturity.Tests.Reporting;

/// <summary>Reports name the company's activity with its official NAF label, not only its code.</summary>
public class NafLabelReportTests
{
    private static AssessmentResult Hospital()
    {
        var rules = ScoringKit.Rules("dimensions:\n  - { id: d, title: D, questions: [{ id: a, type: boolean, text: A }] }\n");
        return rules.Assess(AnswerSheet.For(new CompanyInfo("H-1", "Clinique des Tilleuls", naf: "8610z")).Set("a", true).Build(), AssessmentOptions.Strict);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("en")]
    public void Render_FirmReports_ShowTheNafCodeAndItsLabel(string language)
    {
        TextReport.Render(Hospital(), language).Should().Contain("NAF 86.10Z — Activités hospitalières");
        FirmHtmlReport.Render(Hospital(), language).Should().Contain("NAF 86.10Z — Activités hospitalières");
    }
}
