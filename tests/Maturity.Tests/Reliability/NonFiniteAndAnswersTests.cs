using System;
using System.IO;
using System.Linq;
using System.Text;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Loading;
using Maturity.Output;
using Maturity.Scoring;
using Maturity.Tests.Scoring;
using Maturity.Yaml;

namespace Maturity.Tests.Reliability;

/// <summary>Issue 9: no NaN or infinity in any output, and answers' ids and numbers read one documented way.</summary>
public sealed class NonFiniteAndAnswersTests
{
    private const string Product = """
        dimensions:
          - id: d
            title: D
            aggregate: formula
            formula: a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * a * b * 0 + c
            questions:
              - { id: a, type: number, text: A }
              - { id: b, type: number, text: B }
              - { id: c, type: number, text: C }
              - { id: ok, type: boolean, text: OK }
        """;

    [Fact]
    public void Load_ConstantFormulaThatOverflows_IsMAT078AtTheFormula()
    {
        var huge = new string('9', 300);
        var result = RuleSetLoader.LoadText($$"""
            ruleset: t
            version: 1.0.0
            title: T
            languages: [en]
            dimensions:
              - id: d
                title: D
                aggregate: formula
                formula: {{huge}} * {{huge}} * 0
                questions: [{ id: a, type: boolean, text: A }]
            """, "t.yaml");

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle(d => d.IsError).Which.Code.Should().Be(DiagnosticCodes.NonFiniteScore);
        result.Diagnostics.Single(d => d.IsError).Location.Line.Should().Be(9);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Assess_FormulaOverflowingForTheseAnswers_IsMAT078_EvenLenient(bool lenient)
    {
        var rs = ScoringKit.Rules(Product);
        var sheet = ScoringKit.Sheet().Set("a", 1e15).Set("b", 1e15).Set("c", 1e15).Build();

        var assess = () => rs.Assess(sheet, lenient ? AssessmentOptions.Lenient : AssessmentOptions.Strict);

        assess.Should().Throw<DiagnosticsException>().Which.Diagnostics.Should().ContainSingle()
            .Which.Code.Should().Be(DiagnosticCodes.NonFiniteScore);
        rs.ValidateAnswers(sheet).Should().Contain(d => d.Code == DiagnosticCodes.NonFiniteScore);
    }

    [Fact]
    public void Assess_LargeButFiniteProduct_IsScored()
    {
        var rs = ScoringKit.Rules(Product);

        var result = rs.Assess(ScoringKit.Sheet().Set("a", 10).Set("b", 1e15).Set("c", 2));

        result.Score.Should().Be(2);
        AssessmentJson.Write(result).Should().NotContain("NaN").And.NotContain("Infinity");
    }

    [Fact]
    public void Bind_NumberBeyondTheMagnitudeBound_IsMAT073()
    {
        var rs = ScoringKit.Rules(Product);

        rs.ValidateAnswers(ScoringKit.Sheet().Set("a", 2e15).Build())
            .Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.AnswerOutOfRange);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("")]
    public void AnswerFile_EmptyOrBlankCompanyId_IsMAT076AtTheId(string id)
    {
        var result = AnswerFile.Parse("company:\n  id: " + id + "\nanswers: {}\n", "a.yaml");

        result.Success.Should().BeFalse();
        var d = result.Diagnostics.Should().ContainSingle().Which;
        d.Code.Should().Be(DiagnosticCodes.InvalidCompany);
        d.Location.Line.Should().Be(2);
    }

    [Fact]
    public void AnswerFile_MinusZero_IsZeroInEveryOutput()
    {
        var rs = ScoringKit.Rules(Product);
        var file = AnswerFile.Parse("company: { id: c1 }\nanswers:\n  a: -0\n", "a.yaml");

        var answer = file.Sheet!.Answers["a"];
        answer.ToString().Should().Be("0");
        var json = AssessmentJson.Write(rs.Assess(file.Sheet, AssessmentOptions.Strict));
        System.Text.RegularExpressions.Regex.IsMatch(json, @"[:\[,]\s*-0(?![.\d])").Should().BeFalse(json);
    }

    [Theory]
    [InlineData("3", 3.0)]
    [InlineData("-1", -1.0)]
    [InlineData("12.5", 12.5)]
    [InlineData("0.5", 0.5)]
    [InlineData("-0", 0.0)]
    public void Numbers_TheDocumentedSpellings_ReadTheSameInYamlJsonAndCsv(string text, double expected)
    {
        YamlValues.TryParseNumber(text, out var yaml).Should().BeTrue();
        AnswerCell.TryParseNumber(text, out var csv).Should().BeTrue();
        var json = AnswerFile.Parse("{\"company\": {\"id\": \"c\"}, \"answers\": {\"a\": " + text + "}}", "a.json");

        yaml.Should().Be(expected);
        csv.Should().Be(expected);
        json.Sheet!.Answers["a"].Kind.Should().Be(AnswerKind.Number);
        json.Sheet.Answers["a"].NumberValue.Should().Be(expected);
        BitConverter.DoubleToInt64Bits(yaml).Should().Be(BitConverter.DoubleToInt64Bits(expected + 0.0), "-0 is 0");
    }

    [Theory]
    [InlineData("+3")]
    [InlineData("2.")]
    [InlineData(".5")]
    [InlineData("1e3")]
    [InlineData("1 000")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("0x10")]
    public void Numbers_OtherSpellings_AreRefusedInYamlJsonAndCsv(string text)
    {
        YamlValues.TryParseNumber(text, out _).Should().BeFalse();
        AnswerCell.TryParseNumber(text, out _).Should().BeFalse();
        var yaml = AnswerFile.Parse("company: { id: c }\nanswers:\n  a: " + text + "\n", "a.yaml");
        if (yaml.Sheet is { } sheet)
        {
            sheet.Answers["a"].Kind.Should().NotBe(AnswerKind.Number);
        }
    }
}
