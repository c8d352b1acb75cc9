using System;
using System.Linq;
using System.Net;
using Maturity.Answers;
using Maturity.Loading;
using Maturity.Output;
using Maturity.Reporting;
using Maturity.Reporting.Portfolio;
using Maturity.Scoring;

namespace Maturity.Tests.Reporting;

/// <summary>Every human-facing output follows its reader's language: French decimal comma, narrow no-break
/// space (U+202F) before <c>: ; %</c> and between thousands, dates in words, singular below 2; English
/// likewise — whatever the thread's culture (the suite runs under fr-FR and en-US).
///
/// The company: plan yes (1/1), erp 1 of 0–3 (1/3), backup no (0/1). strategy = mean(100, 33.33) = 66.67,
/// data = 0, overall = 33.33. Next level 'advanced' needs 60 (26.67 missing) and the gate 'backup'.
/// Recommendations: 'backups' → data 100, overall 83.33 (+50), meets the gate; 'erp' → strategy 100,
/// overall 50 (+16.67), meets no gate.</summary>
public class HumanOutputTests
{
    private const string Yaml = """
        ruleset: t
        version: 1.0.0
        title: { fr: Référentiel test, en: Test rules }
        languages: [fr, en]
        dimensions:
          - id: strategy
            title: { fr: Stratégie, en: Strategy }
            questions:
              - { id: plan, type: boolean, text: { fr: Plan, en: Plan } }
              - { id: erp, type: scale, min: 0, max: 3, text: { fr: ERP, en: ERP } }
          - id: data
            title: { fr: Données, en: Data }
            questions:
              - { id: backup, type: boolean, text: { fr: Sauvegarde, en: Backup } }
        levels:
          - { id: initial, min: 0, title: { fr: Initial, en: Initial } }
          - { id: advanced, min: 60, title: { fr: Avancé, en: Advanced }, requires: [{ when: backup, label: { fr: Sauvegardes testées, en: Tested backups } }] }
        recommendations:
          - { id: backups, when: not backup, effort: low, text: { fr: Tester les sauvegardes, en: Test backups } }
          - { id: erp, when: erp < 3, effort: medium, text: { fr: Étendre l'ERP, en: Extend the ERP } }
        """;

    private const string Nn = "\u202F";

    private static AssessmentResult Result()
    {
        var rules = RuleSetLoader.LoadText(Yaml, "t.yaml").ThrowIfFailed().RuleSets.Single();
        var company = new CompanyInfo("F-1", "Atelier Dupont", "25.62A", 1250, "80", new DateTime(2026, 3, 14));
        return rules.Assess(AnswerSheet.For(company).Set("plan", true).Set("erp", 1).Set("backup", false).Build(), AssessmentOptions.Strict);
    }

    [Fact]
    public void TextReport_French_CommaNarrowSpacesDateAndPlural()
    {
        var text = TextReport.Render(Result(), "fr");

        text.Should().Contain("Entreprise" + Nn + ": Atelier Dupont (F-1, NAF 25.62A")
            .And.Contain("1" + Nn + "250 salariés").And.Contain("évaluée le 14 mars 2026")
            .And.Contain("Référentiel" + Nn + ": Référentiel test [t 1.0.0")
            .And.Contain("Score global" + Nn + ": 33,3 / 100")
            .And.Contain("Couverture" + Nn + ": 100" + Nn + "% des questions applicables renseignées")
            .And.Contain("Prochain niveau" + Nn + ": Avancé (≥ 60) — 26,7 points manquants")
            .And.Contain("  1. +50 points, effort faible [débloque le niveau suivant] — Tester les sauvegardes")
            .And.Contain("  2. +16,7 points, effort moyen — Étendre l'ERP");
        text.Should().NotContain(" :").And.NotContain(" %").And.NotContain("pts").And.NotContain("33.3");
    }

    [Fact]
    public void TextReport_English_PointColonsAndDate()
    {
        var text = TextReport.Render(Result(), "en");

        text.Should().Contain("Company: Atelier Dupont (F-1, NAF 25.62A").And.Contain("1,250 employees").And.Contain("assessed on 14 March 2026")
            .And.Contain("Overall score: 33.3 / 100")
            .And.Contain("Coverage: 100% of applicable questions answered")
            .And.Contain("Next level: Advanced (≥ 60) — 26.7 points missing")
            .And.Contain("  1. +50 points, effort low [unlocks the next level] — Test backups")
            .And.Contain("  2. +16.7 points, effort medium — Extend the ERP");
        text.Should().NotContain(Nn).And.NotContain("33,3");
    }

    [Fact]
    public void TextReport_GapSection_ListsUnderEachUnmetGateTheRecommendationsMeetingIt()
    {
        var fr = TextReport.Render(Result(), "fr").Replace("\r\n", "\n");
        fr.Should().Contain("  Conditions non remplies" + Nn + ":\n  - Sauvegardes testées\n      → 1. Tester les sauvegardes\n");

        var en = TextReport.Render(Result(), "en").Replace("\r\n", "\n");
        en.Should().Contain("  Unmet conditions:\n  - Tested backups\n      → 1. Test backups\n");
    }

    [Fact]
    public void Explain_French_WordsAndConventions()
    {
        var text = Result().Explain("fr");

        text.Should().Contain("Entreprise" + Nn + ": Atelier Dupont (identifiant F-1")
            .And.Contain("Score global" + Nn + ": 33,33 / 100 — niveau" + Nn + ": initial (Initial)")
            .And.Contain("Couverture" + Nn + ": 100" + Nn + "% des questions applicables renseignées")
            .And.Contain("[strategy] Stratégie" + Nn + ": 66,67 / 100, poids 1, moyenne pondérée, apporte 33,33")
            .And.Contain("- erp" + Nn + ": réponse 1 → 1 / 3 points × poids 1, apporte 8,33")
            .And.Contain("- backup" + Nn + ": réponse false → 0 / 1 point × poids 1")
            .And.Contain("Niveau suivant" + Nn + ": advanced (Avancé), seuil 60" + Nn + ": 26,67 points manquants" + Nn + "; conditions non remplies" + Nn + ":")
            .And.Contain("  - Sauvegardes testées — remplie par" + Nn + ": backups")
            .And.Contain("1. backups +50 points (effort faible) [débloque le niveau suivant]" + Nn + ": Tester les sauvegardes")
            .And.Contain("2. erp +16,67 points (effort moyen)" + Nn + ": Étendre l'ERP");
        text.Should().NotContain(" :").And.NotContain("Overall").And.NotContain("weight");
    }

    [Fact]
    public void Explain_English_WordsAndConventions()
    {
        var text = Result().Explain("en");

        text.Should().Contain("Overall score: 33.33 / 100 — level: initial (Initial)")
            .And.Contain("Coverage: 100% of applicable questions answered")
            .And.Contain("- erp: answer 1 → 1 / 3 pts × weight 1, contributes 8.33")
            .And.Contain("- backup: answer false → 0 / 1 pt × weight 1")
            .And.Contain("Next level: advanced (Advanced), needs 60: 26.67 points missing; unmet:")
            .And.Contain("  - Tested backups — met by: backups")
            .And.Contain("1. backups +50 pts (effort low) [unlocks the next level]: Test backups");
        text.Should().NotContain(Nn).And.NotContain("Score global");
    }

    [Fact]
    public void FirmHtmlReport_French_And_English_Conventions()
    {
        var fr = WebUtility.HtmlDecode(FirmHtmlReport.Render(Result(), "fr"));
        fr.Should().Contain("1" + Nn + "250 salariés").And.Contain("évaluée le 14 mars 2026").And.Contain("Référentiel" + Nn + ": Référentiel test")
            .And.Contain("33,3 / 100").And.Contain("100" + Nn + "%").And.Contain("26,7 points manquants").And.Contain("+16,7 points")
            .And.Contain("débloque le niveau suivant").And.Contain("Remplie par" + Nn + ": n°\u00A01 Tester les sauvegardes")
            .And.Contain(">25" + Nn + "%<", "the radar's ring values");
        fr.Should().NotContain("33.3").And.NotContain(" pts").And.NotContain("2026-03-14");

        var en = WebUtility.HtmlDecode(FirmHtmlReport.Render(Result(), "en"));
        en.Should().Contain("1,250 employees").And.Contain("assessed on 14 March 2026").And.Contain("Rule set: Test rules")
            .And.Contain("33.3 / 100").And.Contain("100%").And.Contain("26.7 points missing").And.Contain("+16.7 points")
            .And.Contain(">25%<").And.Contain("Met by: #1 Test backups");
        en.Should().NotContain(Nn).And.NotContain("33,3");
    }

    [Fact]
    public void PortfolioHtmlReport_French_And_English_Conventions()
    {
        PortfolioEntry Firm(string id, double score, int day, int employees) =>
            new(id, "health", "1.0.0", score) { Territory = "80", Employees = employees, AssessedOn = new DateTime(2026, 3, day) };
        var portfolio = new PortfolioAnalysis([Firm("A", 12.25, 1, 5), Firm("B", 40.5, 2, 1200), Firm("C", 50, 3, 12), Firm("D", 61.75, 4, 30), Firm("E", 90, 14, 8)]);

        var fr = WebUtility.HtmlDecode(PortfolioHtmlReport.Render(portfolio, "fr"));
        fr.Should().Contain("Du 1er mars 2026 au 14 mars 2026").And.Contain(">50,9<", "the mean, 254.5 / 5").And.Contain(">12,3<").And.Contain(">61,8<")
            .And.Contain("Boîte" + Nn + ": 1er–3e quartile" + Nn + "; trait" + Nn + ": médiane");
        fr.Should().NotContain("50.9").And.NotContain("2026-03");

        var en = WebUtility.HtmlDecode(PortfolioHtmlReport.Render(portfolio, "en"));
        en.Should().Contain("From 1 March 2026 to 14 March 2026").And.Contain(">50.9<").And.Contain("Box: 1st–3rd quartile; bar: median");
        en.Should().NotContain(Nn).And.NotContain("50,9");
    }
}
