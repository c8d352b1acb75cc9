using System;
using System.IO;
using System.Linq;
using Maturity.Answers;
using Maturity.Catalog;
using Maturity.Diagnostics;
using Maturity.Model;
using Maturity.Tests.Scoring;

namespace Maturity.Tests.Catalog;

/// <summary>The embedded NAF rév. 2 list: exactly the 732 sub-classes pass, in any spelling, at every entry point.</summary>
public class NafCodeTests
{
    /// <summary>Texts that passed before the official list was embedded: right shape, no such sub-class.</summary>
    public static TheoryData<string> NotSubClasses() => new()
    {
        "86.10A", "00.00Z", "99.99Z", "8.6.1.0.z", "86-10Z", "86.1", "8610", "86.10ZZ", "86..10Z", ".8610Z", "XYZ12", "", " ",
        "86.1 0Z", "8 6.10Z", "８６.１０Ｚ", "86.10\u0000", new string('8', 100_000),
    };

    [Fact]
    public void All_OfficialList_Has732SubClassesOf88Divisions()
    {
        NafCode.All.Should().HaveCount(732).And.OnlyHaveUniqueItems();
        NafCode.All.Select(c => c.Substring(0, 2)).Distinct().Should().HaveCount(88);
        NafCode.All.Count(c => c.EndsWith("Z", StringComparison.Ordinal)).Should().Be(531);
        NafCode.All.Should().OnlyContain(c => c.Length == 5 && c.Take(4).All(char.IsDigit) && ((c[4] >= 'A' && c[4] <= 'F') || c[4] == 'Z'));
        NafCode.All[0].Should().Be("0111Z");
        NafCode.All[^1].Should().Be("9900Z");
    }

    [Fact]
    public void IsValidCode_EverySubClassWithOrWithoutDotInAnyCase_IsAccepted()
    {
        foreach (var code in NafCode.All)
        {
            var dotted = code.Insert(2, ".");
            foreach (var spelling in new[] { code, dotted, dotted.ToLowerInvariant(), code.ToLowerInvariant(), " " + dotted + " " })
            {
                NafCode.IsValidCode(spelling).Should().BeTrue(spelling);
                new CompanyInfo("x", naf: spelling).Naf.Should().Be(code);
            }
        }
    }

    [Theory]
    [MemberData(nameof(NotSubClasses))]
    public void IsValidCode_NotASubClass_IsRejectedByTheCheckTheCompanyAndTheCatalog(string text)
    {
        NafCode.IsValidCode(text).Should().BeFalse();
        NafCode.Label(text).Should().BeNull();
        NafCode.Format(text).Should().BeNull();

        var company = () => new CompanyInfo("x", naf: text);
        var thrown = company.Should().Throw<ArgumentException>().WithMessage(DiagnosticCodes.InvalidNaf + ": *").Which;
        thrown.ParamName.Should().Be("naf");
        thrown.Message.Length.Should().BeLessThan(200, "a huge field is quoted, not copied whole");

        var catalog = new RuleSetCatalog([ScoringKit.Rules("dimensions:\n  - { id: d, title: D, questions: [{ id: a, type: boolean, text: A }] }\n", "core")]);
        if (string.IsNullOrWhiteSpace(text))
        {
            catalog.FindByNaf(text)!.Id.Should().Be("core", "a blank code means 'no code': the fallback");
        }
        else
        {
            var route = () => catalog.FindByNaf(text);
            route.Should().Throw<ArgumentException>().WithMessage(DiagnosticCodes.InvalidNaf + ": *");
        }
    }

    [Fact]
    public void Label_AnySpelling_IsTheOfficialFrenchLabel()
    {
        NafCode.Label("86.10Z").Should().Be("Activités hospitalières");
        NafCode.Label("8610z").Should().Be("Activités hospitalières");
        NafCode.Label("15.11Z").Should().Be("Apprêt et tannage des cuirs ; préparation et teinture des fourrures", "quotes around a label holding ';' are not part of it");
        NafCode.Format("8610z").Should().Be("86.10Z");
        NafCode.Describe("8610Z").Should().Be("86.10Z — Activités hospitalières");
        NafCode.Describe("86-10Z").Should().Be("86-10Z");
        NafCode.All.Select(NafCode.Label).Should().OnlyContain(l => !string.IsNullOrWhiteSpace(l) && !l!.StartsWith("\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("86", true)]
    [InlineData("86.1", true)]
    [InlineData("86.9", true)]
    [InlineData("86.10", true)]
    [InlineData("86.10Z", true)]
    [InlineData("8610z", true)]
    [InlineData("00", false)]
    [InlineData("04", false)]
    [InlineData("86.3", false)]
    [InlineData("86.10A", false)]
    [InlineData("8X", false)]
    [InlineData("8", false)]
    [InlineData("8.6", false)]
    public void IsValidPrefix_RulePrefix_IsValidOnlyWhenItStartsSomeSubClass(string prefix, bool valid)
    {
        NafCode.IsValidPrefix(prefix).Should().Be(valid);
        var load = Maturity.Loading.RuleSetLoader.LoadText(
            "ruleset: t\nversion: 1.0.0\ntitle: T\nlanguages: [en]\nappliesTo: { naf: [\"" + prefix + "\"] }\n" +
            "dimensions:\n  - { id: d, title: D, questions: [{ id: a, type: boolean, text: A }] }\n", "t.yaml");
        load.Diagnostics.Any(d => d.Code == DiagnosticCodes.InvalidNaf).Should().Be(!valid);
    }
}
