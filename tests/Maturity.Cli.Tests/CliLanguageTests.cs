using System.Globalization;
using System.IO;
using System.Text.Json;
using Maturity.Tests.Diagnostics;

namespace Maturity.Cli.Tests;

/// <summary>The tool speaks French or English: <c>--lang</c>, else the interface language. Codes, locations,
/// severities and JSON stay the same in both; the tool's own messages pass the catalog checks.</summary>
public sealed class CliLanguageTests : System.IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private void TwoRuleSetsClaimingOneNafPrefix()
    {
        const string Rules = "ruleset: {0}\nversion: 1.0.0\ntitle: T\nlanguages: [en]\nappliesTo: {{ naf: ['86'] }}\ndimensions:\n  - id: d\n    title: D\n    questions:\n      - {{ id: q, type: boolean, text: Q }}\n";
        _dir.Write("a.yaml", string.Format(CultureInfo.InvariantCulture, Rules, "a"));
        _dir.Write("b.yaml", string.Format(CultureInfo.InvariantCulture, Rules, "b"));
    }

    [Fact]
    public void CliMessages_EveryKey_ExistsInBothLanguagesWithTheSamePlaceholders() =>
        MessageCatalogCheck.BothLanguagesHaveEveryKeyWithTheSamePlaceholders(CliMessages.Catalog.Resources);

    [Fact]
    public void CliMessages_French_FollowsFrenchTypography() =>
        MessageCatalogCheck.FrenchFollowsFrenchTypography(CliMessages.Catalog.Resources);

    [Fact]
    public void CliMessages_EveryFactory_RendersInBothLanguages() =>
        MessageCatalogCheck.EveryFactoryRendersInBothLanguages(CliMessages.Catalog.Resources, typeof(CliMessages));

    [Fact]
    public void BatchMessages_EveryKey_ExistsInBothLanguages_InFrenchTypography()
    {
        var resources = new System.Resources.ResourceManager("Maturity.Batch.BatchMessages", typeof(Maturity.Batch.BatchRunner).Assembly);
        MessageCatalogCheck.BothLanguagesHaveEveryKeyWithTheSamePlaceholders(resources);
        MessageCatalogCheck.FrenchFollowsFrenchTypography(resources);
    }

    [Fact]
    public void Batch_JsonLines_ErrorRow_CarriesStructuredDiagnostics()
    {
        var input = _dir.Write("firms.csv", "id,naf,employees\nF1,86.10Z,many\n");
        var json = Path.Combine(_dir.Path, "out.jsonl");

        Cli.Run("batch", "--lang", "fr", "-i", input, "-o", Path.Combine(_dir.Path, "out.csv"), "--json", json, "-r", Repo.Rules).ExitCode.Should().Be(1);

        var row = JsonDocument.Parse(File.ReadAllLines(json)[0]).RootElement;
        row.GetProperty("error").GetString().Should().Be("MAT076: 'many' is not a whole number of employees", "JSON Lines stay English");
        var d = row.GetProperty("diagnostics")[0];
        d.GetProperty("code").GetString().Should().Be("MAT076");
        d.GetProperty("target").GetString().Should().Be("employees");
        d.GetProperty("line").GetInt32().Should().Be(2);
        d.GetProperty("column").GetInt32().Should().Be(3);
        d.GetProperty("messageKey").GetString().Should().Be("EmployeesNotWhole");
    }

    [Fact]
    public void Lint_French_TranslatesDiagnosticsAndSummary_KeepingCodeAndLocation()
    {
        TwoRuleSetsClaimingOneNafPrefix();

        var fr = Cli.Run("lint", "--lang", "fr", _dir.Path);
        var en = Cli.Run("lint", "--lang", "en", _dir.Path);

        fr.ExitCode.Should().Be(1).And.Be(en.ExitCode);
        en.Stdout.Should().Contain("b.yaml(5,20): error MAT047: NAF prefix '86' is already claimed by rule set 'a'");
        fr.Stdout.Should().Contain("b.yaml(5,20): error MAT047: le préfixe NAF «\u202F86\u202F» est déjà revendiqué par le référentiel «\u202Fa\u202F»");
        fr.Stderr.Trim().Should().Be("1\u202Ferreur, 0\u202Favertissement.".Replace("\u202F", " "));
        en.Stderr.Trim().Should().Be("1 error, 0 warnings.");
    }

    [Fact]
    public void Lint_Json_KeepsTheEnglishMessage_AndAddsTargetAndArguments()
    {
        TwoRuleSetsClaimingOneNafPrefix();

        var json = Cli.Run("lint", "--lang", "fr", "--format", "json", _dir.Path);

        var d = JsonDocument.Parse(json.Stdout).RootElement[0];
        d.GetProperty("code").GetString().Should().Be("MAT047");
        d.GetProperty("message").GetString().Should().StartWith("NAF prefix '86' is already claimed by rule set 'a'");
        d.GetProperty("target").GetString().Should().Be("appliesTo.naf");
        d.GetProperty("messageKey").GetString().Should().Be("NafPrefixClaimed");
        d.GetProperty("arguments").GetProperty("prefix").GetString().Should().Be("86");
        d.GetProperty("arguments").GetProperty("ruleSet").GetString().Should().Be("a");
    }

    [Fact]
    public void Assess_French_InvalidAnswer_IsInFrench_WithCodeAndLocation()
    {
        var file = _dir.Write("answers.yaml", "company: { id: c1 }\nanswers:\n  digital_owner: maybe\n");

        var fr = Cli.Run("assess", "--lang", "fr", "-a", file);

        fr.ExitCode.Should().Be(1);
        fr.Stderr.Should().Contain("(3,3): error MAT071: la question «\u202Fdigital_owner\u202F» (oui/non) attend true ou false, pas «\u202Fmaybe\u202F»");
    }

    [Fact]
    public void UsageError_French_IsInFrench_ExitCodeUnchanged()
    {
        var fr = Cli.Run("assess", "--lang", "fr", "-a", Path.Combine(_dir.Path, "missing.yaml"));
        var en = Cli.Run("assess", "--lang", "en", "-a", Path.Combine(_dir.Path, "missing.yaml"));

        fr.ExitCode.Should().Be(2).And.Be(en.ExitCode);
        fr.Stderr.Should().StartWith("maturity: fichier de réponses introuvable\u202F: ");
        en.Stderr.Should().StartWith("maturity: answers file not found: ");
    }

    [Theory]
    [InlineData("fr-FR", "fichier de réponses introuvable")]
    [InlineData("fr-CA", "fichier de réponses introuvable")]
    [InlineData("en-US", "answers file not found")]
    [InlineData("de-DE", "answers file not found")]
    public void Language_WithoutLang_FollowsTheInterfaceCulture(string culture, string expected)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Cli.Run("assess", "-a", Path.Combine(_dir.Path, "missing.yaml")).Stderr.Should().Contain(expected);
            CultureInfo.CurrentUICulture.Name.Should().Be(culture, "the run gives the interface culture back");
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
