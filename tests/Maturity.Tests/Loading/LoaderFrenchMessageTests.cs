using System.Globalization;
using Maturity.Diagnostics;
using static Maturity.Tests.Loading.LoaderAssert;

namespace Maturity.Tests.Loading;

/// <summary>Rule-file problems found while reading YAML values and compiling expressions read in French for a
/// French reader, naming keys and values the French way; the English text and the code stay as they were.</summary>
public class LoaderFrenchMessageTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [Fact]
    public void GetMessage_UnknownKeyInAQuestion_ReadsInFrench()
    {
        var d = LoadAndSingle(Minimal.Replace("        text: Q\n", "        text: Q\n        colour: red\n"), DiagnosticCodes.UnknownKey);

        d.Message.Should().StartWith("unknown key 'colour' in a question; expected one of: ");
        d.GetMessage(French).Should().StartWith("clé «\u202Fcolour\u202F» inconnue dans une question\u202F; clés possibles\u202F: id, ");
    }

    [Fact]
    public void GetMessage_WrongQuestionType_ReadsInFrench()
    {
        var d = LoadAndSingle(Minimal.Replace("type: boolean", "type: yesno"), DiagnosticCodes.InvalidValue);

        d.GetMessage(French).Should().Be("«\u202Fyesno\u202F» n'est pas valide pour le type de question\u202F; valeurs possibles\u202F: boolean, choice, multi, scale, number, percent");
    }

    [Fact]
    public void GetMessage_WeightNotANumber_ReadsInFrench()
    {
        var d = LoadAndSingle(Minimal.Replace("type: boolean", "type: boolean\n        weight: heavy"), DiagnosticCodes.WrongType);

        d.Message.Should().Be("'weight' must be a number (invariant form, e.g. 0.5), not 'heavy'");
        d.GetMessage(French).Should().Be("«\u202Fweight\u202F» doit être un nombre (forme invariante, par ex. 0.5), pas «\u202Fheavy\u202F»");
    }

    [Fact]
    public void GetMessage_ExpressionErrorInAWhen_ReadsInFrenchAtTheSameLocation()
    {
        var d = LoadAndSingle(Minimal.Replace("type: boolean", "type: boolean\n        when: q == true"), DiagnosticCodes.ReferenceNotAllowed);

        d.GetMessage(French).Should().Be("«\u202Fq\u202F» ne peut pas servir ici\u202F: le «\u202Fwhen\u202F» d'une question ne peut pas dépendre de sa propre réponse");
        d.Describe(French).Should().StartWith("test.yaml(11,15): error MAT057: ");
    }
}
