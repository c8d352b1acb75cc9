using System;
using System.IO;
using System.Linq;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Output;
using Maturity.Scoring;

namespace Maturity.Tests.Answers;

/// <summary>Answers files: YAML and JSON forms, n/a, lists, company fields, quoting.</summary>
public class AnswerFileTests
{
    private const string Yaml = """
        ruleset: t
        company:
          id: "C-1"
          name: Cabinet Durand
          naf: 86.10Z
          employees: 12
          territory: "80"
          date: 2026-03-09
        answers:
          ok: true
          opt: n/a
          level: mid
          tools: [crm, web]
          skill: 3
          share: 12.5
          staff: 12
          plan: false
        """;

    private const string Json = """
        {
          "ruleset": "t",
          "company": { "id": "C-1", "name": "Cabinet Durand", "naf": "86.10Z", "employees": 12, "territory": "80", "date": "2026-03-09" },
          "answers": {
            "ok": true,
            "opt": "n/a",
            "level": "mid",
            "tools": ["crm", "web"],
            "skill": 3,
            "share": 12.5,
            "staff": 12,
            "plan": false
          }
        }
        """;

    private static AnswerSheet Read(string text, string path = "answers.yaml")
    {
        var result = AnswerFile.Parse(text, path);
        result.Diagnostics.Should().BeEmpty();
        result.Success.Should().BeTrue();
        return result.Sheet!;
    }

    [Fact]
    public void Parse_YamlAndJsonForms_GiveTheSameSheetAndTheSameResult()
    {
        var yaml = Read(Yaml);
        var json = Read(Json, "answers.json");

        yaml.RuleSetId.Should().Be("t");
        json.RuleSetId.Should().Be("t");
        yaml.Answers.Keys.Should().Equal(json.Answers.Keys);
        yaml.Answers.Select(a => a.Value.Kind + " " + a.Value).Should().Equal(json.Answers.Select(a => a.Value.Kind + " " + a.Value));
        var rs = AnswerTestRules.Instance;
        AssessmentJson.Write(rs.Assess(yaml)).Should().Be(AssessmentJson.Write(rs.Assess(json)));
    }

    [Fact]
    public void Parse_EachAnswerKind_ReadsItsValueAndLocation()
    {
        var sheet = Read(Yaml);
        sheet.Answers["ok"].Kind.Should().Be(AnswerKind.Boolean);
        sheet.Answers["ok"].BooleanValue.Should().BeTrue();
        sheet.Answers["opt"].Kind.Should().Be(AnswerKind.NotApplicable);
        sheet.Answers["level"].Option.Should().Be("mid");
        sheet.Answers["tools"].Options.Should().Equal("crm", "web");
        sheet.Answers["share"].NumberValue.Should().Be(12.5);
        sheet.Answers["skill"].Location.Should().Be(new SourceLocation("answers.yaml", 14, 3));
    }

    [Fact]
    public void Assess_ParsedFile_ScoresAsComputedByHand()
    {
        var r = AnswerTestRules.Instance.Assess(Read(Yaml));

        // ok 1/1, opt N/A (out), level 1/2, tools 2/3, skill 3/4, share 0.125/1, plan 0/1 (asked: staff 12 ≥ 10),
        // staff informational. Mean of 6 ratios = 3.041667 / 6 → 50.694444
        r.Score.Should().Be(50.694444);
        r.Coverage.Should().Be(1);
        r.NotApplicable.Should().Equal("opt");
    }

    [Fact]
    public void Parse_CompanyFields_AreReadWithTheNafCodeNormalised()
    {
        var c = Read(Yaml).Company;
        c.Id.Should().Be("C-1");
        c.Name.Should().Be("Cabinet Durand");
        c.Naf.Should().Be("8610Z");
        c.Employees.Should().Be(12);
        c.Territory.Should().Be("80");
        c.AssessedOn.Should().Be(new DateTime(2026, 3, 9));
    }

    [Theory]
    [InlineData("86.10Z")]
    [InlineData("8610Z")]
    [InlineData("8610z")]
    [InlineData("86.10z")]
    public void Parse_NafSpellings_NormaliseToOneCode(string naf)
    {
        Read("company: { id: x, naf: \"" + naf + "\" }\nanswers: {}\n").Company.Naf.Should().Be("8610Z");
        new CompanyInfo("x", naf: naf).Naf.Should().Be("8610Z");
    }

    [Theory]
    [InlineData("naf: \"86.1\"")]
    [InlineData("naf: XYZ12")]
    [InlineData("naf: 86.10A")]
    [InlineData("naf: 99.99Z")]
    [InlineData("naf: 8.6.1.0.z")]
    [InlineData("naf: 86-10Z")]
    public void Parse_NafCodeOutsideTheOfficialList_IsMAT046AtTheValue(string field)
    {
        var result = AnswerFile.Parse("company: { id: x, " + field + " }\nanswers: {}\n", "a.yaml");

        result.Success.Should().BeFalse();
        var d = result.Diagnostics.Should().ContainSingle().Subject;
        d.Code.Should().Be(DiagnosticCodes.InvalidNaf);
        d.Location.Should().Be(new SourceLocation("a.yaml", 1, 24));
        d.Message.Should().Contain("NAF rév. 2");
    }

    [Theory]
    [InlineData("date: 09/03/2026", 1, 25)]
    [InlineData("date: 2026-13-01", 1, 25)]
    [InlineData("employees: -3", 1, 30)]
    public void Parse_BadCompanyField_IsMAT076AtTheValue(string field, int line, int column)
    {
        var result = AnswerFile.Parse("company: { id: x, " + field + " }\nanswers: {}\n", "a.yaml");

        result.Success.Should().BeFalse();
        result.Sheet.Should().BeNull();
        var d = result.Diagnostics.Should().ContainSingle().Subject;
        d.Code.Should().Be(DiagnosticCodes.InvalidCompany);
        d.Location.Should().Be(new SourceLocation("a.yaml", line, column));
    }

    [Fact]
    public void Parse_CompanyWithoutId_FailsWithAMissingKey()
    {
        var result = AnswerFile.Parse("company: { name: Acme }\nanswers: {}\n", "a.yaml");
        result.Success.Should().BeFalse();
        result.Diagnostics.Select(d => d.Code).Should().Contain(DiagnosticCodes.MissingKey);
    }

    [Theory]
    [InlineData("n/a")]
    [InlineData("N/A")]
    [InlineData("\"n/a\"")]
    public void Parse_NotApplicableSpellings_ReadAsNotApplicable(string text)
    {
        Read("company: { id: x }\nanswers:\n  opt: " + text + "\n").Answers["opt"].Kind.Should().Be(AnswerKind.NotApplicable);
    }

    [Fact]
    public void Parse_EmptyListOrSingleOption_IsAMultipleChoiceAnswer()
    {
        var sheet = Read("company: { id: x }\nanswers:\n  tools: []\n  level: top\n");
        sheet.Answers["tools"].Kind.Should().Be(AnswerKind.Options);
        sheet.Answers["tools"].Options.Should().BeEmpty();

        var r = AnswerTestRules.Instance.Assess(sheet, AssessmentOptions.Strict);
        r.Questions.Single(q => q.Id == "tools").State.Should().Be(AnswerState.Answered);
        r.Questions.Single(q => q.Id == "tools").Points.Should().Be(0);

        // one option without brackets is accepted by a multiple-choice question
        var one = Read("company: { id: x }\nanswers:\n  tools: erp\n");
        AnswerTestRules.Instance.Assess(one).Questions.Single(q => q.Id == "tools").Points.Should().Be(1);
    }

    [Fact]
    public void Parse_QuotedNumberOrBoolean_IsAnOptionIdNeverConverted()
    {
        var sheet = Read("company: { id: x }\nanswers:\n  skill: 3\n  share: \"12\"\n  ok: \"true\"\n  level: 'mid'\n");
        sheet.Answers["skill"].Kind.Should().Be(AnswerKind.Number);
        sheet.Answers["share"].Kind.Should().Be(AnswerKind.Option);
        sheet.Answers["share"].Option.Should().Be("12");
        sheet.Answers["ok"].Kind.Should().Be(AnswerKind.Option);
        sheet.Answers["level"].Option.Should().Be("mid");

        // a quoted number given to a percent question is the wrong type, never converted silently
        var problems = AnswerTestRules.Instance.ValidateAnswers(sheet);
        problems.Select(d => (d.Code, d.Location.Line)).Should().Equal((DiagnosticCodes.WrongAnswerType, 4), (DiagnosticCodes.WrongAnswerType, 5));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("on")]
    public void Parse_Yaml11BooleanWords_AreOptionIds(string word)
    {
        Read("company: { id: x }\nanswers:\n  ok: " + word + "\n").Answers["ok"].Kind.Should().Be(AnswerKind.Option);
    }

    [Fact]
    public void Parse_Numbers_UseADecimalPointWhateverTheCulture()
    {
        // the test assembly runs under fr-FR
        Read("company: { id: x }\nanswers:\n  share: 12.5\n").Answers["share"].NumberValue.Should().Be(12.5);
        Read("company: { id: x }\nanswers:\n  share: \"12,5\"\n").Answers["share"].Kind.Should().Be(AnswerKind.Option);
    }

    [Fact]
    public void Load_FileOnDiskOrMissing_ReadsItOrReportsItUnreadable()
    {
        var path = Path.Combine(Path.GetTempPath(), "maturity-answers-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, Yaml);
        try
        {
            var result = AnswerFile.Load(path);
            result.Success.Should().BeTrue();
            result.Sheet!.SourcePath.Should().Be(path);
            result.Sheet.Answers["ok"].Location!.Path.Should().Be(path);
        }
        finally
        {
            File.Delete(path);
        }

        var missing = AnswerFile.Load(path);
        missing.Success.Should().BeFalse();
        missing.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.FileNotReadable);
    }

    [Fact]
    public void Parse_UnknownTopLevelKey_IsAnError()
    {
        var result = AnswerFile.Parse("company: { id: x }\nanswer: {}\n", "a.yaml");
        result.Success.Should().BeFalse();
        result.Diagnostics.Select(d => d.Code).Should().Contain(DiagnosticCodes.UnknownKey);
    }

    [Fact]
    public void Build_SameAnswersAsAFile_GivesTheSameResult()
    {
        var built = AnswerSheet.For(new CompanyInfo("C-1", "Cabinet Durand", "86.10Z", 12, "80", new DateTime(2026, 3, 9)))
            .UseRuleSet("t")
            .Set("ok", true)
            .NotApplicable("opt")
            .Set("level", "mid")
            .Set("tools", "crm", "web")
            .Set("skill", 3)
            .Set("share", 12.5)
            .Set("staff", 12)
            .Set("plan", false)
            .Build();
        var rs = AnswerTestRules.Instance;

        AssessmentJson.Write(rs.Assess(built)).Should().Be(AssessmentJson.Write(rs.Assess(Read(Yaml))));
    }
}
