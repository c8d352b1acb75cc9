using System.Linq;
using Maturity.Diagnostics;
using Maturity.Loading;
using static Maturity.Tests.Loading.LoaderAssert;

namespace Maturity.Tests.Loading;

/// <summary>One test per loader diagnostic code (MAT001–MAT048): a small file that triggers it and the
/// exact code, severity, line and column.</summary>
public class LoaderDiagnosticCodeTests
{
    [Fact]
    public void Load_MinimalFile_HasNoDiagnostics()
    {
        var result = RuleSetLoader.LoadText(Minimal, Path);
        result.Diagnostics.Should().BeEmpty(Describe(result));
        result.RuleSets.Should().ContainSingle().Which.Id.Should().Be("t");
    }

    [Fact]
    public void Load_RejectsYamlSyntaxError_WithLineAndColumn()
    {
        var d = LoadAndSingle("ruleset: t\ntitle: [a, b\n", DiagnosticCodes.YamlSyntax);
        d.ShouldBe("MAT001", 3, 1);
        d.Message.Should().StartWith("YAML syntax: ");
    }

    [Fact]
    public void Load_RejectsInvalidUtf8_WithLineAndColumn()
    {
        var bytes = Utf8(Minimal.Replace("title: T\n", "title: Été!\n"));
        bytes[System.Array.IndexOf(bytes, (byte)'!')] = 0xFF;
        Single(LoadBytes(bytes), DiagnosticCodes.InvalidEncoding).ShouldBe("MAT002", 3, 11);
    }

    [Fact]
    public void Load_RejectsUnknownKey_WithLineAndColumn()
    {
        var yaml = Minimal.Replace("        text: Q\n", "        text: Q\n        colour: red\n");
        var result = RuleSetLoader.LoadText(yaml, Path);
        Single(result, DiagnosticCodes.UnknownKey).ShouldBe("MAT003", 12, 9);
        result.RuleSets.Should().BeEmpty("a file with an error yields no rule set");
    }

    [Fact]
    public void Load_RejectsDuplicateKey_WithLineAndColumn()
    {
        var yaml = Minimal.Replace("title: T\n", "title: T\ntitle: U\n");
        var result = RuleSetLoader.LoadText(yaml, Path);
        Single(result, DiagnosticCodes.DuplicateKey).ShouldBe("MAT004", 4, 1);
        result.RuleSets.Should().BeEmpty();
    }

    [Fact]
    public void Load_DuplicateKeysInALargeMapping_EachReportedWhereItStands()
    {
        // A small mapping is searched for a repeated key, a large one hashed from its 16th key on: both must find one.
        var sets = string.Concat(Enumerable.Range(0, 20).Select(i => "  s" + i + ": [{ id: a, points: 1, label: A }]\n"));
        var yaml = Minimal + "answerSets:\n" + sets.Replace("  s5:", "  s2:", System.StringComparison.Ordinal).Replace("  s18:", "  s3:", System.StringComparison.Ordinal);
        var result = RuleSetLoader.LoadText(yaml, Path);
        result.Diagnostics.Where(d => d.Code == DiagnosticCodes.DuplicateKey).Select(d => (d.Location.Line, d.Location.Column))
            .Should().Equal((18, 3), (31, 3));
    }

    [Fact]
    public void Load_RejectsAnchor_WithLineAndColumn() =>
        LoadAndSingle(Minimal.Replace("title: T\n", "title: &t T\n"), DiagnosticCodes.AnchorOrAlias).ShouldBe("MAT005", 3, 8);

    [Fact]
    public void Load_RejectsAlias_WithLineAndColumn() =>
        LoadAndSingle("ruleset: t\ntitle: *t\n", DiagnosticCodes.AnchorOrAlias).ShouldBe("MAT005", 2, 8);

    [Fact]
    public void Load_RejectsTag_WithLineAndColumn() =>
        LoadAndSingle(Minimal.Replace("version: 1.0.0", "version: !!str 1.0.0"), DiagnosticCodes.Tag).ShouldBe("MAT006", 2, 10);

    [Fact]
    public void Load_RejectsNestingDeeperThanLimit_WithLineAndColumn()
    {
        var options = new RuleSetLoaderOptions { MaxYamlDepth = 4 };
        LoadAndSingle("a:\n  b:\n    c:\n      d:\n        e: [1]\n", DiagnosticCodes.TooDeep, options).ShouldBe("MAT007", 5, 9);
    }

    [Fact]
    public void Load_RejectsFileOverSizeLimit_NamingTheFile()
    {
        var result = LoadBytes(Utf8(Minimal), new RuleSetLoaderOptions { MaxFileBytes = 100 });
        var d = Single(result, DiagnosticCodes.FileTooLarge);
        d.ShouldBeFileOnly("MAT008");
        d.Message.Should().Be("file is " + Utf8(Minimal).Length + " bytes, more than the limit of 100 bytes");
    }

    [Fact]
    public void Load_RejectsWrongType_WithLineAndColumn() =>
        LoadAndSingle(Minimal.Replace("    questions:\n", "    weight: heavy\n    questions:\n"), DiagnosticCodes.WrongType).ShouldBe("MAT009", 8, 13);

    [Fact]
    public void Load_RejectsDecimalComma_AsWrongType()
    {
        var d = LoadAndSingle(Minimal.Replace("    questions:\n", "    weight: 0,5\n    questions:\n"), DiagnosticCodes.WrongType);
        d.ShouldBe("MAT009", 8, 13);
        d.Message.Should().Contain("0.5");
    }

    [Fact]
    public void Load_RejectsDuplicateQuestionIds_WithLineAndColumn()
    {
        var yaml = Minimal + "      - id: q\n        type: boolean\n        text: Q2\n";
        var d = LoadAndSingle(yaml, DiagnosticCodes.DuplicateId);
        d.ShouldBe("MAT010", 12, 13);
        d.Message.Should().Be("question id 'q' is already used at test.yaml(9,13)");
    }

    [Fact]
    public void Load_RejectsMissingRequiredKey_AtItsMapping()
    {
        var yaml = Minimal.Replace("        text: Q\n", string.Empty);
        var d = LoadAndSingle(yaml, DiagnosticCodes.MissingKey);
        d.ShouldBe("MAT011", 9, 9);
        d.Message.Should().Be("missing required key 'text' in a question");
    }

    [Fact]
    public void Load_RejectsExtendsCycle_OnEachFile()
    {
        var result = LoadMany(("a.yaml", Sector("a", extends: "b")), ("b.yaml", Sector("b", extends: "a")));
        result.RuleSets.Should().BeEmpty();
        result.Diagnostics.Should().HaveCount(2).And.OnlyContain(d => d.Code == DiagnosticCodes.ExtendsCycle);
        result.Diagnostics[0].ShouldBe("MAT012", 3, 10, path: "a.yaml");
        result.Diagnostics[1].ShouldBe("MAT012", 3, 10, path: "b.yaml");
    }

    [Fact]
    public void Load_RejectsSelfExtends_AsCycle()
    {
        var d = LoadAndSingle(Sector("a", extends: "a"), DiagnosticCodes.ExtendsCycle);
        d.ShouldBe("MAT012", 3, 10);
        d.Message.Should().Be("'extends' forms a cycle: a -> a");
    }

    [Fact]
    public void Load_RejectsExtendsOfUnknownRuleSet_WithLineAndColumn() =>
        LoadAndSingle(Sector("a", extends: "nope"), DiagnosticCodes.ExtendsNotFound).ShouldBe("MAT013", 3, 10);

    [Fact]
    public void Load_RejectsInvalidQuestionId_WithLineAndColumn() =>
        LoadAndSingle(Minimal.Replace("- id: q", "- id: Bad-Id"), DiagnosticCodes.InvalidId).ShouldBe("MAT014", 9, 13);

    [Fact]
    public void Load_RejectsInvalidRuleSetId_AndReturnsNoRuleSet()
    {
        var result = RuleSetLoader.LoadText(Minimal.Replace("ruleset: t", "ruleset: Sante"), Path);
        Single(result, DiagnosticCodes.InvalidId).ShouldBe("MAT014", 1, 10);
        result.RuleSets.Should().BeEmpty();
    }

    [Fact]
    public void Load_RejectsReservedIdScore_WithLineAndColumn() =>
        LoadAndSingle(Minimal.Replace("- id: q", "- id: score"), DiagnosticCodes.InvalidId).ShouldBe("MAT014", 9, 13);

    [Fact]
    public void Load_RejectsNonSemanticVersion_WithLineAndColumn() =>
        LoadAndSingle(Minimal.Replace("version: 1.0.0", "version: \"1.0\""), DiagnosticCodes.InvalidVersion).ShouldBe("MAT015", 2, 10);

    [Fact]
    public void Load_RejectsUnknownAnswerSet_WithLineAndColumn() =>
        LoadAndSingle(Minimal.Replace("type: boolean", "type: choice\n        answers: adoption"), DiagnosticCodes.UnknownAnswerSet).ShouldBe("MAT016", 11, 18);

    [Fact]
    public void Load_RejectsUnknownQuestionType_AndReturnsNoRuleSet()
    {
        var result = RuleSetLoader.LoadText(Minimal.Replace("type: boolean", "type: yesno"), Path);
        var d = Single(result, DiagnosticCodes.InvalidValue);
        d.ShouldBe("MAT017", 10, 15);
        d.Message.Should().Be("'yesno' is not a valid question type; expected one of: boolean, choice, multi, scale, number, percent");
        result.RuleSets.Should().BeEmpty("the question must not silently become a yes/no question");
    }

    [Fact]
    public void Load_RejectsMoreItemsThanLimit_AtTheFileStart()
    {
        var yaml = Minimal + string.Concat(Enumerable.Range(0, 10).Select(i => "      - { id: x" + i + ", type: boolean, text: X }\n"));
        var d = LoadAndSingle(yaml, DiagnosticCodes.TooMany, new RuleSetLoaderOptions { MaxItems = 10 });
        d.ShouldBe("MAT018", 1, 1);
        d.Message.Should().Be("12 dimensions, groups and questions, more than the limit of 10");
    }

    [Fact]
    public void Load_RejectsExtendsChainLongerThanLimit_WithLineAndColumn()
    {
        var files = Enumerable.Range(0, 4).Select(i => ("s" + i + ".yaml", Sector("s" + i, i == 0 ? null : "s" + (i - 1)))).ToArray();
        var result = RuleSetLoader.Load(files.Select(f => RuleSetFile.FromText(f.Item2, f.Item1)), new RuleSetLoaderOptions { MaxExtendsDepth = 3 });
        var d = Single(result, DiagnosticCodes.ExtendsTooDeep);
        d.ShouldBe("MAT019", 3, 10, path: "s3.yaml");
        d.Message.Should().Be("'extends' chain is longer than 3: s3 -> s2 -> s1");
        result.RuleSets.Select(r => r.Id).Should().BeEquivalentTo(["s0", "s1", "s2"]);
    }

    [Fact]
    public void Load_RejectsLabelMissingADeclaredLanguage_WithLineAndColumn()
    {
        var yaml = Minimal.Replace("languages: [en]", "languages: [en, fr]").Replace("text: Q", "text: { en: Q }");
        var d = LoadAndSingle(yaml, DiagnosticCodes.MissingTranslation);
        d.ShouldBe("MAT020", 11, 15);
        d.Message.Should().Be("'text' has no 'fr' text (languages: en, fr)");
    }

    [Fact]
    public void Load_RejectsEmptyTranslation_WithLineAndColumn() =>
        LoadAndSingle(Minimal.Replace("languages: [en]", "languages: [en, fr]").Replace("text: Q", "text: { en: Q, fr: '' }"), DiagnosticCodes.MissingTranslation)
            .ShouldBe("MAT020", 11, 15);

    [Fact]
    public void Load_RejectsUndeclaredLanguage_WithLineAndColumn()
    {
        var d = LoadAndSingle(Minimal.Replace("title: T", "title: { en: T, de: T }"), DiagnosticCodes.UndeclaredLanguage);
        d.ShouldBe("MAT021", 3, 17);
        d.Message.Should().Be("'title' has text in 'de', which is not a declared language (languages: en)");
    }

    [Fact]
    public void Load_RejectsEmptyDimension_WithLineAndColumn()
    {
        var yaml = Minimal + "  - id: empty\n    title: E\n";
        LoadAndSingle(yaml, DiagnosticCodes.EmptyNode).ShouldBe("MAT030", 12, 9);
    }

    [Fact]
    public void Load_RejectsNegativeWeight_WithLineAndColumn() =>
        LoadAndSingle(Minimal.Replace("        text: Q\n", "        text: Q\n        weight: -1\n"), DiagnosticCodes.NegativeNumber).ShouldBe("MAT031", 12, 17);

    [Fact]
    public void Load_RejectsNegativeOptionPoints_WithLineAndColumn()
    {
        var yaml = Minimal.Replace("type: boolean", "type: choice\n        answers:\n          - { id: a, points: -1, label: A }\n          - { id: b, points: 1, label: B }");
        LoadAndSingle(yaml, DiagnosticCodes.NegativeNumber).ShouldBe("MAT031", 12, 13);
    }

    [Fact]
    public void Load_RejectsAllZeroWeights_AtTheNodeId() =>
        LoadAndSingle(Minimal.Replace("        text: Q\n", "        text: Q\n        weight: 0\n"), DiagnosticCodes.AllZeroWeights).ShouldBe("MAT032", 6, 9);

    [Fact]
    public void Load_RejectsScaleWithMinAboveMax_WithLineAndColumn() =>
        LoadAndSingle(Minimal.Replace("type: boolean", "type: scale\n        min: 5\n        max: 1"), DiagnosticCodes.InvalidRange).ShouldBe("MAT033", 11, 14);

    [Fact]
    public void Load_RejectsDecreasingBands_WithLineAndColumn()
    {
        var yaml = Minimal.Replace("type: boolean", "type: percent\n        bands:\n          - { min: 50, points: 1 }\n          - { min: 10, points: 2 }");
        LoadAndSingle(yaml, DiagnosticCodes.InvalidRange).ShouldBe("MAT033", 13, 13);
    }

    [Fact]
    public void Load_RejectsKeyThatDoesNotApplyToTheType_WithLineAndColumn()
    {
        var d = LoadAndSingle(Minimal.Replace("type: boolean", "type: boolean\n        labels: { 1: One }"), DiagnosticCodes.KeyNotForType);
        d.ShouldBe("MAT034", 11, 9);
        d.Message.Should().Be("'labels' does not apply to a boolean question");
    }

    [Fact]
    public void Load_RejectsMergeIntoMissingDimension_WithLineAndColumn()
    {
        var ext = Sector("ext", extends: "base", extra: "  - id: nowhere\n    merge: true\n    questions:\n      - { id: extra, type: boolean, text: X }\n");
        var result = LoadMany(("base.yaml", Sector("base")), ("ext.yaml", ext));
        var d = Single(result, DiagnosticCodes.MergeTargetNotFound);
        d.ShouldBe("MAT035", 13, 9, path: "ext.yaml");
        d.Message.Should().Be("'merge: true' but no inherited dimension has id 'nowhere'");
        result.RuleSets.Select(r => r.Id).Should().Equal("base");
    }

    [Fact]
    public void Load_RejectsFormulaAggregateWithoutFormula_WithLineAndColumn() =>
        LoadAndSingle(Minimal.Replace("    title: D\n", "    title: D\n    aggregate: formula\n"), DiagnosticCodes.FormulaIncomplete).ShouldBe("MAT036", 8, 16);

    [Fact]
    public void Load_RejectsRawFormulaWithoutMax_WithLineAndColumn()
    {
        var yaml = Minimal.Replace("languages: [en]\n", "languages: [en]\nscoring: { scale: raw }\n")
            .Replace("    title: D\n", "    title: D\n    aggregate: formula\n    formula: points(q)\n");
        var d = LoadAndSingle(yaml, DiagnosticCodes.FormulaIncomplete);
        d.ShouldBe("MAT036", 9, 16);
        d.Message.Should().Be("dimension 'd' is a formula on the raw scale and needs 'max'");
    }

    [Fact]
    public void Load_RejectsDecreasingLevelThresholds_WithLineAndColumn() =>
        LoadAndSingle(Minimal + "levels:\n  - { id: high, min: 50 }\n  - { id: low, min: 10 }\n", DiagnosticCodes.LevelThresholdDecreases).ShouldBe("MAT040", 14, 21);

    [Fact]
    public void Load_RejectsUnreachableLevel_WithLineAndColumn()
    {
        var d = LoadAndSingle(Minimal + "levels:\n  - { id: a, min: 0 }\n  - { id: b, min: 100.5 }\n", DiagnosticCodes.UnreachableLevel);
        d.ShouldBe("MAT041", 14, 19);
        d.Message.Should().Be("level 'b' needs 100.5, but the overall score can reach at most 100", "numbers are written invariantly, even under fr-FR");
    }

    [Fact]
    public void Load_WarnsAboutIndistinguishableLevel_AndStillLoads()
    {
        var result = RuleSetLoader.LoadText(Minimal + "levels:\n  - { id: a, min: 50 }\n  - { id: b, min: 50 }\n", Path);
        Single(result, DiagnosticCodes.IndistinguishableLevel).ShouldBe("MAT042", 14, 19, DiagnosticSeverity.Warning);
        result.Success.Should().BeTrue();
        result.RuleSets.Should().ContainSingle();
    }

    [Fact]
    public void Load_RejectsNonHttpsLink_WithLineAndColumn()
    {
        var yaml = Minimal + "recommendations:\n  - id: r\n    when: not q\n    text: R\n    links:\n      - { url: \"http://example.org/\" }\n";
        LoadAndSingle(yaml, DiagnosticCodes.InvalidLink).ShouldBe("MAT043", 17, 16);
    }

    [Fact]
    public void Load_RejectsImprovesNamingANode_WithLineAndColumn()
    {
        var yaml = Minimal + "recommendations:\n  - id: r\n    when: not q\n    improves: [q, d]\n    text: R\n";
        var d = LoadAndSingle(yaml, DiagnosticCodes.InvalidImproves);
        d.ShouldBe("MAT044", 15, 19);
        d.Message.Should().Be("'improves' names 'd', which is not a question");
    }

    [Fact]
    public void Load_RejectsWhenCycle_WithLineAndColumn()
    {
        var yaml = Minimal
            + "      - id: a\n        type: boolean\n        when: b\n        text: A\n"
            + "      - id: b\n        type: boolean\n        when: a\n        text: B\n";
        var d = LoadAndSingle(yaml, DiagnosticCodes.WhenCycle);
        d.ShouldBe("MAT045", 18, 15);
        d.Message.Should().Be("'when' conditions form a cycle: 'b' depends on 'a', which depends back on it");
    }

    [Fact]
    public void Load_RejectsInvalidNafPrefix_WithLineAndColumn() =>
        LoadAndSingle(Minimal.Replace("languages: [en]\n", "languages: [en]\nappliesTo: { naf: [\"86\", \"8X\"] }\n"), DiagnosticCodes.InvalidNaf)
            .ShouldBe("MAT046", 5, 26);

    [Fact]
    public void Load_RejectsNafPrefixClaimedByTwoRuleSets_WithLineAndColumn()
    {
        string WithNaf(string id, string naf) => Sector(id).Replace("languages: [en]\n", "languages: [en]\nappliesTo: { naf: [" + naf + "] }\n");
        var result = LoadMany(("a.yaml", WithNaf("a", "\"86\", \"87\"")), ("b.yaml", WithNaf("b", "\"88\", \"86.1\", \"87\"")));
        var d = Single(result, DiagnosticCodes.AmbiguousNaf);
        d.ShouldBe("MAT047", 5, 34, path: "b.yaml");
        d.Message.Should().Be("NAF prefix '87' is already claimed by rule set 'a' (a.yaml(5,26)); a code must map to one rule set at each specificity");
    }

    [Fact]
    public void Load_RejectsNafPrefixListedTwiceInOneRuleSet_AsDuplicate() =>
        LoadAndSingle(Minimal.Replace("languages: [en]\n", "languages: [en]\nappliesTo: { naf: [\"86.10Z\", \"8610z\"] }\n"), DiagnosticCodes.DuplicateId)
            .ShouldBe("MAT010", 5, 30);

    [Fact]
    public void Load_RejectsTwoFilesDeclaringTheSameRuleSet_WithLineAndColumn()
    {
        var result = LoadMany(("a.yaml", Sector("same")), ("b.yaml", Sector("same")));
        var d = Single(result, DiagnosticCodes.DuplicateRuleSet);
        d.ShouldBe("MAT048", 1, 10, path: "b.yaml");
        d.Message.Should().Be("rule set 'same' is already declared in a.yaml");
    }
}
