using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Catalog;

namespace Maturity.Tests.Diagnostics;

/// <summary>The library's messages exist in English and French (a message in one language only fails here),
/// and a diagnostic renders in the reader's language with its code, location and severity unchanged.</summary>
public class MessageCatalogTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static Maturity.Scoring.RuleSet Core => RuleSetCatalog.Shipped.Find("core")!;

    [Fact]
    public void Messages_EveryKey_ExistsInBothLanguagesWithTheSamePlaceholders() =>
        MessageCatalogCheck.BothLanguagesHaveEveryKeyWithTheSamePlaceholders(MessageCatalog.Library.Resources);

    [Fact]
    public void Messages_French_FollowsFrenchTypography() =>
        MessageCatalogCheck.FrenchFollowsFrenchTypography(MessageCatalog.Library.Resources);

    [Fact]
    public void Messages_EveryFactory_RendersInBothLanguages() =>
        MessageCatalogCheck.EveryFactoryRendersInBothLanguages(
            MessageCatalog.Library.Resources, typeof(Messages), "DidYouMean", "QuotedName", "ListSeparator", "ListLastSeparator");

    [Fact]
    public void GetMessage_French_TranslatesTextAndKeepsCodeLocationSeverity()
    {
        var sheet = AnswerFile.Parse("company: { id: c1 }\nanswers:\n  digital_owner: maybe\n", "a.yaml").Sheet!;
        var d = Core.ValidateAnswers(sheet).Single();

        d.Describe(French).Should().Be("a.yaml(3,3): error MAT071: la question «\u202Fdigital_owner\u202F» (oui/non) attend true ou false, pas «\u202Fmaybe\u202F»");
        d.ToString().Should().Be("a.yaml(3,3): error MAT071: question 'digital_owner' (boolean) expects true or false, not 'maybe'");
        d.Message.Should().Be(d.GetMessage(null)).And.Be(d.GetMessage(CultureInfo.GetCultureInfo("en-US")));
        d.Target.Should().Be("digital_owner");
        d.MessageKey.Should().Be("WrongAnswerTypeBoolean");
        d.Arguments.Should().Contain(new KeyValuePair<string, object>("question", "digital_owner")).And.Contain(new KeyValuePair<string, object>("answer", "maybe"));
    }

    [Fact]
    public void GetMessage_Suggestions_AddDidYouMeanInTheReadersLanguage()
    {
        var sheet = AnswerFile.Parse("company: { id: c1 }\nanswers:\n  digtal_owner: true\n", "a.yaml").Sheet!;
        var d = Core.ValidateAnswers(sheet).Single();

        d.Code.Should().Be(DiagnosticCodes.UnknownQuestion);
        d.Message.Should().EndWith("has no question 'digtal_owner'; did you mean 'digital_owner'?");
        d.GetMessage(French).Should().EndWith("n'a pas de question «\u202Fdigtal_owner\u202F»\u202F; vouliez-vous dire «\u202Fdigital_owner\u202F»\u202F?");
        d.Arguments["suggestions"].Should().BeEquivalentTo(new[] { "digital_owner" });
    }

    [Fact]
    public void GetMessage_FrenchNumbers_UseTheDecimalCommaAndGroupThousands()
    {
        var sheet = AnswerFile.Parse("company: { id: c1 }\nanswers:\n  digital_budget_share: 1234.5\n", "a.yaml").Sheet!;
        var d = Core.ValidateAnswers(sheet).Single();

        d.Message.Should().Contain("answer 1234.5 to");
        d.GetMessage(French).Should().Contain("la réponse 1\u202F234,5 à");
    }

    [Fact]
    public void Diagnostic_FixedText_IsTheSameInEveryLanguageAndHasNoKey()
    {
        var d = new Diagnostic("HOST001", DiagnosticSeverity.Warning, "from the host", SourceLocation.FileOnly("crm"));

        d.GetMessage(French).Should().Be("from the host");
        d.MessageKey.Should().BeNull();
        d.Arguments.Should().BeEmpty();
        d.Target.Should().BeNull();
    }
}
