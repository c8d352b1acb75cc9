using System.Linq;
using Maturity.Diagnostics;
using Maturity.Loading;
using static Maturity.Tests.Loading.LoaderAssert;

namespace Maturity.Tests.Loading;

/// <summary>A level's <c>requires</c> entries: a bare expression or <c>{ when, label }</c>; the label is what
/// advisers read, the expression what the engine evaluates; lint warns on a gate without a label.</summary>
public class GateLabelTests
{
    private const string Levels = """
        levels:
          - id: l0
            min: 0
          - id: l1
            min: 10
            requires:
              - when: q
                label: Q is done

        """;

    [Fact]
    public void LoadText_GateWithLabel_KeepsExpressionAndLabel()
    {
        var result = RuleSetLoader.LoadText(Minimal + Levels, Path);

        result.Diagnostics.Should().BeEmpty(Describe(result));
        var gate = result.RuleSets.Single().Levels[1].Gates.Single();
        gate.Expression.Should().Be("q");
        gate.Label!.Get("en").Should().Be("Q is done");
        gate.Describe("en").Should().Be("Q is done");
        result.RuleSets.Single().Levels[1].Requires.Should().Equal("q");
    }

    [Fact]
    public void LoadText_BareGate_WarnsMat039AtTheExpression()
    {
        var yaml = Minimal + "levels:\n  - { id: l0, min: 0, requires: [q] }\n";

        var d = LoadAndSingle(yaml, DiagnosticCodes.UnlabelledGate);

        d.ShouldBe(DiagnosticCodes.UnlabelledGate, 13, 34, DiagnosticSeverity.Warning);
        var rs = RuleSetLoader.LoadText(yaml, Path).RuleSets.Single();
        rs.Levels[0].Gates.Single().Describe("en").Should().Be("q", "an unlabelled gate falls back to its expression");
    }

    [Fact]
    public void LoadText_GateLabelMissingALanguage_IsMat020()
    {
        var yaml = Minimal.Replace("languages: [en]", "languages: [en, fr]").Replace("title: D", "title: { en: D, fr: D }").Replace("text: Q", "text: { en: Q, fr: Q }")
            + "levels:\n  - id: l0\n    requires:\n      - { when: q, label: { en: Q done } }\n";

        var d = LoadAndSingle(yaml, DiagnosticCodes.MissingTranslation);

        d.ShouldBe(DiagnosticCodes.MissingTranslation, 15, 27);
    }

    [Fact]
    public void LoadText_GateWithoutWhen_IsMissingKey()
    {
        var yaml = Minimal + "levels:\n  - id: l0\n    requires:\n      - { label: Q done }\n";

        LoadAndSingle(yaml, DiagnosticCodes.MissingKey).ShouldBe(DiagnosticCodes.MissingKey, 15, 9);
    }

    [Fact]
    public void LoadText_GateWithUnknownKey_IsMat003()
    {
        var yaml = Minimal + "levels:\n  - id: l0\n    requires:\n      - { when: q, label: Q, lable: Q }\n";

        LoadAndSingle(yaml, DiagnosticCodes.UnknownKey).ShouldBe(DiagnosticCodes.UnknownKey, 15, 30);
    }

    [Fact]
    public void LoadDirectory_ShippedRules_EveryGateHasALabelInEveryLanguage()
    {
        var shipped = RuleSetLoader.LoadDirectory(TestPaths.Rules).RuleSets;
        var gates = shipped.SelectMany(rs => rs.Levels.Concat(rs.Nodes.SelectMany(n => n.Levels)).SelectMany(l => l.Gates).Select(g => (rs, g))).ToList();

        gates.Should().HaveCountGreaterThan(50);
        gates.Where(x => x.g.Label is null || x.rs.Languages.Any(lang => !x.g.Label.Texts.Any(t => t.Key == lang && t.Value.Length > 0)))
            .Select(x => x.rs.Id + ": " + x.g.Expression).Should().BeEmpty();
    }
}
