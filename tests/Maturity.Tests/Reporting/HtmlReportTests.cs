using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Maturity.Answers;
using Maturity.Catalog;
using Maturity.Loading;
using Maturity.Reporting;
using Maturity.Reporting.Portfolio;
using Maturity.Scoring;
using Maturity.Tests.Portfolio;
using static Maturity.Tests.Scoring.ScoringKit;

namespace Maturity.Tests.Reporting;

/// <summary>The HTML reports: well-formed (parsed as XML), untrusted texts encoded, radar polygons, headings
/// in the report language, and the shipped rule sets and sample companies rendering end to end.</summary>
public class HtmlReportTests
{
    private const string Body = """
        languages: [fr, en]
        dimensions:
          - id: strategy
            title: { fr: Stratégie, en: Strategy }
            questions:
              - { id: plan, type: boolean, text: { fr: Plan, en: Plan } }
          - id: tools
            title: { fr: "Outils <b>numériques</b>", en: "Digital <b>tools</b>" }
            questions:
              - { id: erp, type: scale, min: 0, max: 4, text: { fr: ERP, en: ERP } }
          - id: data
            title: { fr: Données, en: Data }
            questions:
              - { id: backup, type: boolean, text: { fr: Sauvegarde, en: Backup } }
        levels:
          - { id: initial, min: 0, title: { fr: Initial, en: Initial } }
          - { id: advanced, min: 60, title: { fr: Avancé, en: Advanced }, requires: [{ when: backup, label: { fr: Sauvegardes testées, en: Tested backups } }] }
        recommendations:
          - id: backups
            when: not backup
            effort: low
            text: { fr: "Tester les sauvegardes & <restaurer>", en: "Test backups & <restore>" }
            links:
              - { url: "https://www.cybermalveillance.gouv.fr/", title: { fr: Cybermalveillance, en: Cybermalveillance } }
        """;

    private static AssessmentResult Result(string name = "<script>alert('x')</script> & Fils")
    {
        var rules = RulesWithLanguages();
        var sheet = AnswerSheet.For(new CompanyInfo("F-1", name, "86.10Z", 12, "80")).Set("plan", true).Set("erp", 2).Set("backup", false).Build();
        return rules.Assess(sheet, AssessmentOptions.Strict);
    }

    private static Maturity.Scoring.RuleSet RulesWithLanguages()
    {
        var yaml = "ruleset: t\nversion: 1.0.0\ntitle: { fr: Test, en: Test }\n" + Body;
        return RuleSetLoader.LoadText(yaml, "t.yaml").ThrowIfFailed().RuleSets.Single();
    }

    private static XDocument Parse(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        return XDocument.Load(reader);
    }

    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    [Fact]
    public void Render_FirmReport_IsWellFormedAndSelfContained()
    {
        var html = FirmHtmlReport.Render(Result(), "en");
        var doc = Parse(html);

        doc.Root!.Name.Should().Be(X + "html");
        doc.Descendants(X + "style").Should().ContainSingle();
        doc.Descendants().Where(e => e.Name.LocalName == "svg").Should().NotBeEmpty();
        html.Should().NotContainAny("<script", "<link", "src=\"http", "@import", "url(");
        html.Should().Contain("@media print").And.Contain("size: A4");
    }

    [Fact]
    public void Render_UntrustedTexts_AreEncoded()
    {
        var html = FirmHtmlReport.Render(Result(), "en");

        html.Should().Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Fils");
        html.Should().NotContain("<script");
        html.Should().Contain("Digital &lt;b&gt;tools&lt;/b&gt;").And.NotContain("<b>");
        html.Should().Contain("Test backups &amp; &lt;restore&gt;");
        html.Should().Contain("<a href=\"https://www.cybermalveillance.gouv.fr/\">Cybermalveillance</a>");

        // the parsed text is the name as given
        Parse(html).Descendants(X + "strong").First().Value.Should().Be("<script>alert('x')</script> & Fils");
    }

    [Fact]
    public void RadarChart_Values_SitAtTheirRadiusOnTheirAngle()
    {
        var chart = new RadarChart(
            [new RadarAxis("A", 50, 100), new RadarAxis("B", 100, 100), new RadarAxis("C", 1, 4), new RadarAxis("D", 0, 100)],
            centerX: 200, centerY: 200, radius: 80);

        // 4 axes at -90°, 0°, 90°, 180°: A 50/100 → (200, 200 - 40); B full → (280, 200); C 1/4 → (200, 220); D 0 → centre
        RadarChart.AngleDegrees(1, 4).Should().Be(0);
        chart.ValuePoints[0].X.Should().BeApproximately(200, 1e-9);
        chart.ValuePoints[0].Y.Should().BeApproximately(160, 1e-9);
        chart.ValuePoints[1].X.Should().BeApproximately(280, 1e-9);
        chart.ValuePoints[1].Y.Should().BeApproximately(200, 1e-9);
        chart.ValuePoints[2].Y.Should().BeApproximately(220, 1e-9);
        chart.ValuePoints[3].DistanceTo(200, 200).Should().BeApproximately(0, 1e-9);
        chart.ReferencePoints.Should().BeNull();

        // 3 axes: axis 1 at -90 + 120 = 30°; 60/100 of r = 48 → (200 + 48 cos 30°, 200 + 48 sin 30°) = (241.57, 224)
        var three = new RadarChart([new RadarAxis("A", 10, 100), new RadarAxis("B", 60, 100), new RadarAxis("C", 100, 100, reference: 50)], 200, 200, 80);
        three.ValuePoints[1].X.Should().BeApproximately(200 + (48 * System.Math.Sqrt(3) / 2), 1e-9);
        three.ValuePoints[1].Y.Should().BeApproximately(224, 1e-9);
        three.ValuePoints[1].DistanceTo(200, 200).Should().BeApproximately(48, 1e-9);

        // reference polygon: C's median 50 at radius 40 on axis 2 (150°); the others, without one, at the centre
        three.ReferencePoints!.Select(p => p.DistanceTo(200, 200)).Should().Equal([0, 0, 40], (a, b) => System.Math.Abs(a - b) < 1e-9);

        // values are clamped to the outer ring
        chart.PointAt(0, 150, 100).Y.Should().BeApproximately(120, 1e-9);
    }

    [Fact]
    public void Render_FirmRadar_DrawsTheSectorMedianOnlyWhenGiven()
    {
        var without = FirmHtmlReport.Render(Result(), "en");
        without.Should().NotContain("class=\"radar-ref\"");

        var medians = new Dictionary<string, double> { ["strategy"] = 50, ["tools"] = 25, ["data"] = 100 };
        var with = FirmHtmlReport.Render(Result(), "en", medians);
        var polygons = Parse(with).Descendants().Where(e => e.Name.LocalName == "polygon").ToList();
        polygons.Should().Contain(p => (string?)p.Attribute("class") == "radar-ref");
        polygons.Should().Contain(p => (string?)p.Attribute("class") == "radar-firm");
        with.Should().Contain("Sector median");

        // the firm: strategy 100 on axis 0 → (cx, cy - r) with the default centre (310, 235) and radius 150
        var firm = polygons.Single(p => (string?)p.Attribute("class") == "radar-firm").Attribute("points")!.Value.Split(' ');
        firm[0].Should().Be("310,85");

        // the median: strategy 50 → (310, 235 - 75)
        var median = polygons.Single(p => (string?)p.Attribute("class") == "radar-ref").Attribute("points")!.Value.Split(' ');
        median[0].Should().Be("310,160");
    }

    [Fact]
    public void Render_FrenchOrEnglish_HeadingsFollowTheLanguage()
    {
        var fr = FirmHtmlReport.Render(Result(), "fr");
        Parse(fr).Root!.Attribute("lang")!.Value.Should().Be("fr");
        fr.Should().Contain("Rapport de maturité numérique").And.Contain("Score global").And.Contain("Recommandations").And.Contain("Écart au niveau suivant");
        fr.Should().Contain("Stratégie").And.Contain("Tester les sauvegardes");

        var en = FirmHtmlReport.Render(Result(), "en");
        en.Should().Contain("Digital maturity report").And.Contain("Overall score").And.Contain("Gap to the next level").And.NotContain("Score global");
    }

    [Fact]
    public void Render_FirmReport_ShowsTheGapToTheNextLevelAndTheRecommendations()
    {
        // plan 1/1 → 100; erp 2/4 → 50; backup 0 → 0; overall (100 + 50 + 0) / 3 = 50 → 10 points to 60, gate backup unmet
        var html = FirmHtmlReport.Render(Result(), "en");
        html.Should().Contain("10 points missing");
        html.Should().Contain("<li><strong>Tested backups</strong>").And.NotContain(">backup<", "advisers read the gate's label, not its expression");
        Regex.IsMatch(html, "<td class=\"n\">\\+[0-9.]+ points</td><td class=\"effort-low\">low</td>").Should().BeTrue();

        // the only recommendation tests the backups: it meets the unmet gate, says so with a badge and is listed under the gate
        html.Should().Contain("<span class=\"badge\">unlocks the next level</span>");
        html.Should().Contain("Met by: #1 Test backups &amp; &lt;restore&gt;");
    }

    [Fact]
    public void ToSvg_UnderFrFR_WritesInvariantNumbers()
    {
        using var french = FrenchCulture.Use();
        var chart = new RadarChart([new RadarAxis("A", 33.3, 100), new RadarAxis("B", 10, 100), new RadarAxis("C", 10, 100)], 100.5, 100.25, 50);
        var svg = chart.ToSvg("t");
        Regex.IsMatch(svg, "points=\"[^\"]*\\d,\\d{2}\\.").Should().BeTrue();
        svg.Should().NotMatchRegex("points=\"[^\"]*\\d,\\d+,\\d");
    }

    [Fact]
    public void Render_PortfolioReport_ShowsGroupsLeadersAndMoversEncoded()
    {
        var before = new PortfolioAnalysis(PortfolioKit.Campaign1());
        var entries = PortfolioKit.Campaign2().Select(e => e.CompanyId == "H3"
            ? new PortfolioEntry("H3", "health", "1.0.0", e.Score) { Dimensions = e.Dimensions, Territory = "60", Employees = 60, LevelId = e.LevelId, LevelIndex = e.LevelIndex, CompanyName = "<script>x</script>" }
            : e);
        var after = new PortfolioAnalysis(entries);
        var progress = CampaignComparison.Compare(before, after);

        var html = PortfolioHtmlReport.Render(after, "en", progress);
        var doc = Parse(html);
        html.Should().NotContain("<script").And.Contain("&lt;script&gt;x&lt;/script&gt;");
        doc.Descendants(X + "h2").Select(h => h.Value).Should().Contain(["By sector", "By territory (département)", "By company size", "Level distribution", "Leaders (top decile of each sector)", "Progress between two campaigns"]);

        // movers: H3 +20 is the top rise (its name is encoded), R2 -10 the top fall
        var movers = doc.Descendants(X + "table").Where(t => (string?)t.Attribute("class") == "movers").ToList();
        movers.Should().HaveCount(2);
        movers[0].Descendants(X + "tr").Skip(1).First().Value.Should().StartWith("<script>x</script>").And.Contain("+20");
        movers[1].Descendants(X + "tr").Skip(1).First().Value.Should().Contain("-10");

        // a box for health (5 firms); retail (3 firms) is too small for quartiles: one diamond per firm and a note
        var sectorChart = doc.Descendants().First(e => e.Name.LocalName == "svg").Descendants().ToList();
        sectorChart.Count(e => e.Name.LocalName == "rect" && (string?)e.Attribute("class") == "box").Should().Be(1);
        sectorChart.Count(e => e.Name.LocalName == "path" && (string?)e.Attribute("class") == "value").Should().Be(3);
        html.Should().Contain("Fewer than 5 companies: values are shown one by one, without quartiles.");

        var fr = PortfolioHtmlReport.Render(after, "fr");
        fr.Should().Contain("Répartition par niveau").And.Contain("Par territoire (département)").And.NotContain("Progression entre deux campagnes");
        Parse(fr);
    }

    [Fact]
    public void Render_ShippedRulesAndSampleCompanies_GiveWellFormedReports()
    {
        var catalog = new RuleSetCatalog(RuleSetLoader.LoadDirectory(TestPaths.Rules).ThrowIfFailed().RuleSets);
        var results = Directory.EnumerateFiles(Path.Combine(TestPaths.Samples, "companies"), "*.yaml", SearchOption.AllDirectories)
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(f => AnswerFile.Load(f).Sheet!)
            .Select(s => catalog.FindFor(s)!.Assess(s, AssessmentOptions.Strict))
            .ToList();
        var portfolio = PortfolioAnalysis.FromResults(results);
        Parse(PortfolioHtmlReport.Render(portfolio, "fr"));

        var leader = results.Single(r => r.Company.Id == "80-HEALTH-003");
        var html = FirmHtmlReport.Render(leader, "fr", portfolio.SectorMedians("health"));
        Parse(html);
        html.Should().Contain("Clinique des Trois Vall").And.Contain("class=\"radar-ref\"");
    }

    [Fact]
    public void Render_PortfolioWithReferenceModels_GivesThemTheirOwnSection()
    {
        var entries = PortfolioKit.Campaign1().Concat([
            new PortfolioEntry("X1", "edih-dma", "2.0.0", 60) { Territory = "80", IsReferenceModel = true, SectorTitle = Maturity.Model.Label.Invariant("EDIH DMA") },
            new PortfolioEntry("X2", "himss-emram", "1.0.0", 40) { Territory = "80", IsReferenceModel = true }]);
        var html = PortfolioHtmlReport.Render(new PortfolioAnalysis(entries), "en");
        var doc = Parse(html);

        doc.Descendants(X + "h2").Select(h => h.Value).Should().ContainInOrder("By sector", "Reference models", "By territory (département)");
        var cards = doc.Descendants(X + "div").Where(d => (string?)d.Attribute("class") == "card").Select(d => d.Value).ToList();
        cards.Should().Contain("Sectors2", "health and retail; the reference models are not sectors");
        cards.Should().Contain("Companies8");
        cards.Should().Contain("Reference models22 assessments");

        // the sector table lists the two sectors only; the reference-model table its two models
        var groups = doc.Descendants(X + "table").Where(t => (string?)t.Attribute("class") == "groups").ToList();
        groups[0].Descendants(X + "tbody").Single().Elements(X + "tr").Select(r => r.Elements(X + "td").First().Value).Should().Equal("health", "retail");
        groups[1].Descendants(X + "tbody").Single().Elements(X + "tr").Select(r => r.Elements(X + "td").First().Value).Should().Equal("EDIH DMA", "himss-emram");
    }

    [Fact]
    public void Render_LevelLadder_WritesEveryTitleInFull()
    {
        // short titles fit in their bands: no key
        var shortTitles = FirmHtmlReport.Render(Result(), "en");
        shortTitles.Should().NotContain("<ol class=\"ladder-key\"").And.NotContain("…");

        // the shipped health rule set's long titles ("Stade 3 - Échanges sécurisés") go to a key under the scale, whole
        var catalog = new RuleSetCatalog(RuleSetLoader.LoadDirectory(TestPaths.Rules).ThrowIfFailed().RuleSets);
        var sheet = AnswerFile.Load(Path.Combine(TestPaths.Samples, "companies", "health", "beginner.yaml")).Sheet!;
        var result = catalog.FindFor(sheet)!.Assess(sheet, AssessmentOptions.Strict);
        var doc = Parse(FirmHtmlReport.Render(result, "fr"));
        var key = doc.Descendants(X + "ol").Single(o => (string?)o.Attribute("class") == "ladder-key").Elements(X + "li").ToList();
        key.Should().HaveCount(result.RuleSet.Levels.Count);
        for (var i = 0; i < key.Count; i++)
        {
            key[i].Value.Should().Contain(result.RuleSet.Levels[i].Title.Get("fr"));
        }

        key.Single(li => (string?)li.Attribute("class") == "current").Value.Should().Contain(result.Level!.Level.Title.Get("fr"));
        doc.Descendants(X + "section").Single(x => (string?)x.Attribute("class") == "ladder").Value.Should().NotContain("…");
    }
}
