using System.Linq;
using System.Globalization;
using System.Reflection;
using Maturity.Diagnostics;
using static Maturity.Tests.Loading.LoaderAssert;

namespace Maturity.Tests.Loading;

/// <summary>The compiler's structural problems (ids, labels, the dimension tree, weights, answer options) read in
/// French for a French reader; the English text and the code stay as they were.</summary>
public class CompilerFrenchMessageTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        {
            "id: q\n", "id: Q-1\n", DiagnosticCodes.InvalidId,
            "question id 'Q-1' is not valid: use lower-case letters, digits and '_', starting with a letter (no '-': expressions would read it as a minus)",
            "l'identifiant de question «\u202FQ-1\u202F» n'est pas valide\u202F: utilisez des lettres minuscules, des chiffres et «\u202F_\u202F», en commençant par une lettre (pas de «\u202F-\u202F»\u202F: les expressions le liraient comme un moins)"
        },
        {
            "        text: Q\n", "        text: Q\n      - id: q\n        type: boolean\n        text: R\n", DiagnosticCodes.DuplicateId,
            "question id 'q' is already used at test.yaml(9,13)",
            "l'identifiant de question «\u202Fq\u202F» est déjà utilisé en test.yaml(9,13)"
        },
        {
            "languages: [en]\ndimensions:\n  - id: d\n    title: D\n", "languages: [en, fr]\ndimensions:\n  - id: d\n    title: { en: D }\n", DiagnosticCodes.MissingTranslation,
            "'title' has no 'fr' text (languages: en, fr)",
            "«\u202Ftitle\u202F» n'a pas de texte en «\u202Ffr\u202F» (langues\u202F: en, fr)"
        },
        {
            "    title: D\n", "    title: D\n    weight: 0\n", DiagnosticCodes.AllZeroWeights,
            "every weight in the rule set's dimensions is 0; at least one must be positive",
            "tous les poids valent 0 dans les dimensions du jeu de règles\u202F; au moins un doit être positif"
        },
        {
            "    title: D\n", "    title: D\n    aggregate: formula\n", DiagnosticCodes.FormulaIncomplete,
            "dimension 'd' has 'aggregate: formula' but no 'formula'",
            "la dimension «\u202Fd\u202F» a «\u202Faggregate: formula\u202F» mais pas de «\u202Fformula\u202F»"
        },
        {
            "type: boolean\n", "type: boolean\n        min: 1\n", DiagnosticCodes.KeyNotForType,
            "'min' does not apply to a boolean question",
            "«\u202Fmin\u202F» ne s'applique pas à une question de type boolean"
        },
        {
            "type: boolean\n", "type: choice\n", DiagnosticCodes.MissingKey,
            "choice question 'q' needs 'answers' (an answer set id or a list of options)",
            "la question «\u202Fq\u202F» de type choice demande «\u202Fanswers\u202F» (l'identifiant d'un ensemble de réponses ou une liste d'options)"
        },
        {
            "type: boolean\n", "type: choice\n        answers: nope\n", DiagnosticCodes.UnknownAnswerSet,
            "unknown answer set 'nope'",
            "ensemble de réponses «\u202Fnope\u202F» inconnu"
        },
        {
            "type: boolean\n", "type: choice\n        answers: []\n", DiagnosticCodes.MissingKey,
            "question 'q' has no options",
            "la question «\u202Fq\u202F» n'a aucune option"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void GetMessage_CompilerProblem_ReadsInBothLanguages(string find, string replace, string code, string english, string french)
    {
        var d = LoadAndSingle(Minimal.Replace(find, replace), code);

        d.GetMessage(CultureInfo.InvariantCulture).Should().Be(english);
        d.GetMessage(French).Should().Be(french);
    }

    [Fact]
    public void DiagnosticBag_ErrorAndWarning_TakeOnlyCatalogMessages()
    {
        // A diagnostic built from a literal string would read in English only; the bag has no such overload left.
        var methods = typeof(DiagnosticBag).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name is "Error" or "Warning").ToList();

        methods.Should().NotBeEmpty();
        methods.Should().OnlyContain(m => m.GetParameters()[2].ParameterType == typeof(LocalizedMessage));
    }
}
