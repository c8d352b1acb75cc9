namespace Maturity.Diagnostics;

/// <summary>Every diagnostic code the library emits. Codes are stable: a code is never reused for
/// another meaning. docs/diagnostics.md lists each with an example that triggers it.</summary>
public static class DiagnosticCodes
{
    /// <summary>YAML syntax error, empty file or several documents in one file.</summary>
    public const string YamlSyntax = "MAT001";

    /// <summary>Not valid UTF-8 text (bad byte, UTF-16 BOM, NUL character).</summary>
    public const string InvalidEncoding = "MAT002";

    /// <summary>A key that the format does not define.</summary>
    public const string UnknownKey = "MAT003";

    /// <summary>The same key twice in one mapping.</summary>
    public const string DuplicateKey = "MAT004";

    /// <summary>YAML anchors and aliases are not accepted.</summary>
    public const string AnchorOrAlias = "MAT005";

    /// <summary>YAML tags (<c>!!str</c>, <c>!foo</c>) are not accepted.</summary>
    public const string Tag = "MAT006";

    /// <summary>Nesting deeper than the limit.</summary>
    public const string TooDeep = "MAT007";

    /// <summary>File larger than the limit.</summary>
    public const string FileTooLarge = "MAT008";

    /// <summary>A value of the wrong type (a list where a mapping is expected, text where a number is expected...).</summary>
    public const string WrongType = "MAT009";

    /// <summary>An id declared twice in the resolved rule set.</summary>
    public const string DuplicateId = "MAT010";

    /// <summary>A required key is missing.</summary>
    public const string MissingKey = "MAT011";

    /// <summary><c>extends</c> forms a cycle.</summary>
    public const string ExtendsCycle = "MAT012";

    /// <summary><c>extends</c> names a rule set that is not loaded.</summary>
    public const string ExtendsNotFound = "MAT013";

    /// <summary>An id that does not match the id pattern.</summary>
    public const string InvalidId = "MAT014";

    /// <summary>A version that is not a semantic version.</summary>
    public const string InvalidVersion = "MAT015";

    /// <summary>A question names an answer set that does not exist.</summary>
    public const string UnknownAnswerSet = "MAT016";

    /// <summary>A value outside the allowed words (question type, aggregate, effort...).</summary>
    public const string InvalidValue = "MAT017";

    /// <summary>More items than a limit allows (nodes, options of a multiple-choice question).</summary>
    public const string TooMany = "MAT018";

    /// <summary><c>extends</c> chain longer than the limit.</summary>
    public const string ExtendsTooDeep = "MAT019";

    /// <summary>A label lacks one of the declared languages.</summary>
    public const string MissingTranslation = "MAT020";

    /// <summary>A label uses a language the rule set does not declare.</summary>
    public const string UndeclaredLanguage = "MAT021";

    /// <summary>A dimension or group with no question and no group.</summary>
    public const string EmptyNode = "MAT030";

    /// <summary>A negative weight or negative points.</summary>
    public const string NegativeNumber = "MAT031";

    /// <summary>All the weights of a node's children are zero.</summary>
    public const string AllZeroWeights = "MAT032";

    /// <summary>An invalid range: scale min not below max, bands not ascending, percent band over 100, zero maximum.</summary>
    public const string InvalidRange = "MAT033";

    /// <summary>A key that does not apply to the question's type.</summary>
    public const string KeyNotForType = "MAT034";

    /// <summary><c>merge: true</c> on a dimension that the base rule set does not have.</summary>
    public const string MergeTargetNotFound = "MAT035";

    /// <summary><c>aggregate: formula</c> without a formula, or a raw-scale formula without <c>max</c>.</summary>
    public const string FormulaIncomplete = "MAT036";

    /// <summary>Level thresholds decrease.</summary>
    public const string LevelThresholdDecreases = "MAT040";

    /// <summary>A level can never be reached.</summary>
    public const string UnreachableLevel = "MAT041";

    /// <summary>A level's gate (<c>requires</c> entry) without a label: advisers would read the raw expression (warning).</summary>
    public const string UnlabelledGate = "MAT039";

    /// <summary>A level with the same threshold as the one below and no gate of its own (warning).</summary>
    public const string IndistinguishableLevel = "MAT042";

    /// <summary>A link that is not an absolute https URL.</summary>
    public const string InvalidLink = "MAT043";

    /// <summary>A recommendation's <c>improves</c> names something that is not a question.</summary>
    public const string InvalidImproves = "MAT044";

    /// <summary>Questions whose <c>when</c> conditions depend on each other in a cycle.</summary>
    public const string WhenCycle = "MAT045";

    /// <summary>A NAF/APE prefix that is not a valid code prefix.</summary>
    public const string InvalidNaf = "MAT046";

    /// <summary>Two rule sets claim the same NAF prefix.</summary>
    public const string AmbiguousNaf = "MAT047";

    /// <summary>Two files declare the same rule set id.</summary>
    public const string DuplicateRuleSet = "MAT048";

    /// <summary>Expression syntax error.</summary>
    public const string ExpressionSyntax = "MAT050";

    /// <summary>Unknown identifier in an expression.</summary>
    public const string UnknownIdentifier = "MAT051";

    /// <summary>Type mismatch in an expression.</summary>
    public const string TypeMismatch = "MAT052";

    /// <summary>A string that is not an option of the question it is compared with.</summary>
    public const string UnknownOption = "MAT053";

    /// <summary>Unknown function or wrong arguments.</summary>
    public const string BadFunctionCall = "MAT054";

    /// <summary>Expression longer than the limit.</summary>
    public const string ExpressionTooLong = "MAT055";

    /// <summary>Expression nested deeper than the limit.</summary>
    public const string ExpressionTooDeep = "MAT056";

    /// <summary>An identifier that exists but may not be used in this place.</summary>
    public const string ReferenceNotAllowed = "MAT057";

    /// <summary>An answer to a question the rule set does not have.</summary>
    public const string UnknownQuestion = "MAT070";

    /// <summary>An answer of the wrong type for its question.</summary>
    public const string WrongAnswerType = "MAT071";

    /// <summary>An answer option that the question does not offer.</summary>
    public const string UnknownAnswerOption = "MAT072";

    /// <summary>An answer outside the question's range.</summary>
    public const string AnswerOutOfRange = "MAT073";

    /// <summary>An answer to a question that is not asked (its <c>when</c> is false).</summary>
    public const string AnswerToHiddenQuestion = "MAT074";

    /// <summary><c>n/a</c> given to a question that does not allow it.</summary>
    public const string NotApplicableNotAllowed = "MAT075";

    /// <summary>A missing or invalid company field.</summary>
    public const string InvalidCompany = "MAT076";

    /// <summary>No rule set for the company (unknown rule set id, no catalog match and no fallback).</summary>
    public const string NoRuleSet = "MAT077";

    /// <summary>A number the engine would give is not finite: a constant formula that overflows (load), or a
    /// formula that overflows for one company's answers (that assessment fails; never a NaN in any output).</summary>
    public const string NonFiniteScore = "MAT078";
    /// <summary>Warning: no sector rule set covers the company's NAF code, so the fallback assessed it.</summary>
    public const string FallbackRuleSet = "MAT079";

    /// <summary>A file or input that cannot be read.</summary>
    public const string FileNotReadable = "MAT090";

    /// <summary>A CSV row that cannot be read (wrong column count, bad header).</summary>
    public const string CsvRow = "MAT091";

    /// <summary>An Excel workbook that cannot be read (empty, not a zip, no such sheet, damaged, or over the size limits).</summary>
    public const string WorkbookNotReadable = "MAT095";
}
