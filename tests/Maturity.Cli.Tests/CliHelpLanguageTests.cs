using System.IO;

namespace Maturity.Cli.Tests;

/// <summary>Help, the parser's own usage errors and the run summaries follow the run's language (<c>--lang</c>,
/// read before the command tree is built, else the interface language), with counts agreed in number.</summary>
public sealed class CliHelpLanguageTests : System.IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Help_French_DescribesCommandsAndOptionsInFrench()
    {
        var fr = Cli.Run("batch", "--help", "--lang", "fr");
        var en = Cli.Run("batch", "--help", "--lang", "en");

        fr.ExitCode.Should().Be(0).And.Be(en.ExitCode);
        fr.Stdout.Should().Contain("Évaluer un portefeuille CSV ou un classeur").And.Contain("Langue des messages, rapports et textes");
        fr.Stdout.Should().NotContain("Score a portfolio");
        en.Stdout.Should().Contain("Score a portfolio CSV or workbook").And.Contain("Language of messages, reports and texts");
    }

    [Fact]
    public void Help_LangAfterTheHelpOption_StillChoosesTheLanguage()
    {
        Cli.Run("--help", "--lang", "en").Stdout.Should().Contain("Validate rule sets");
        Cli.Run("--lang", "fr", "--help").Stdout.Should().Contain("Vérifier des jeux de règles");
    }

    [Fact]
    public void UsageError_MissingRequiredOption_IsInTheRunsLanguage()
    {
        var fr = Cli.Run("template", "--lang", "fr");
        var en = Cli.Run("template", "--lang", "en");

        fr.ExitCode.Should().Be(2).And.Be(en.ExitCode);
        en.Stderr.Should().Contain("maturity: option --ruleset is required");
        fr.Stderr.Should().Contain("l'option --ruleset est obligatoire").And.Contain("Lancez «\u202Fmaturity --help\u202F»");
    }

    [Fact]
    public void UsageError_MistypedOption_SaysWhatWasMeantInTheRunsLanguage()
    {
        var fr = Cli.Run("template", "--lang", "fr", "--rulset", "core");
        var en = Cli.Run("template", "--lang", "en", "--rulset", "core");

        fr.ExitCode.Should().Be(2).And.Be(en.ExitCode);
        fr.Stderr.Should().Contain("commande ou argument «\u202F--rulset\u202F» non reconnu\u202F; vouliez-vous dire «\u202F--ruleset\u202F»\u202F?");
        en.Stderr.Should().Contain("unrecognised command or argument '--rulset'; did you mean '--ruleset'?");
    }

    [Fact]
    public void Batch_OneRow_SummaryIsSingularInBothLanguages()
    {
        var input = _dir.Write("one.csv", "id,ruleset,mfa\nA,core,true\n");

        var en = Cli.Run("batch", "--lang", "en", "-i", input, "-o", Path.Combine(_dir.Path, "en.csv"), "-r", Repo.Rules);
        var fr = Cli.Run("batch", "--lang", "fr", "-i", input, "-o", Path.Combine(_dir.Path, "fr.csv"), "-r", Repo.Rules);

        en.Stdout.Should().Contain("1 row: 1 scored, 0 failed").And.Contain("2 lines read: 1 header, 1 in rows, 0 blank");
        fr.Stdout.Should().Contain("1 ligne\u202F: 1 évaluée, 0 en erreur").And.Contain("2 lignes lues\u202F: 1 d'en-tête");
    }
}
