using System;
using System.Linq;
using System.Text;
using CsCheck;
using Maturity.Loading;
using Maturity.Tests.Fuzz;
using static Maturity.Tests.Loading.LoaderAssert;

namespace Maturity.Tests.Loading;

/// <summary>Property tests: whatever the text, <see cref="RuleSetLoader.LoadText"/> never throws and
/// returns either rule sets without errors or at least one error, every one with a usable position.</summary>
public class LoaderFuzzTests
{
    private const string Rich = """
        ruleset: health
        version: 1.2.0
        title: { fr: Santé, en: Health }
        languages: [fr, en]
        appliesTo: { naf: ["86", "87.1"] }
        answerSets:
          adoption:
            - { id: none, points: 0, label: { fr: Aucun, en: None } }
            - { id: full, points: 3, label: { fr: Complet, en: Full } }
        dimensions:
          - id: clinical
            weight: 2
            title: { fr: Clinique, en: Clinical }
            questions:
              - id: ehr
                type: choice
                answers: adoption
                text: { fr: Dossier, en: Record }
              - id: share
                type: percent
                when: "ehr != 'none'"
                text: { fr: Part, en: Share }
              - id: tools
                type: multi
                scoring: share
                answers:
                  - { id: a, points: 1, label: A }
                  - { id: b, points: 1, label: B }
                text: Tools
            groups:
              - id: msg
                title: Msg
                questions:
                  - { id: secure, type: boolean, na: true, text: S }
                  - { id: level, type: scale, min: 0, max: 5, text: L }
        levels:
          - { id: initial, min: 0 }
          - { id: structured, min: 50, requires: [{ when: "ehr >= 'full'", label: Full record }] }
        recommendations:
          - id: adopt
            when: not secure and count(tools) < 2
            effort: low
            text: { fr: Adopter, en: Adopt }
            links: [{ url: "https://esante.gouv.fr/", title: ANS }]

        """;

    private static bool NeverThrowsAndIsDecisive(string text)
    {
        RuleSetLoadResult result;
        try
        {
            result = RuleSetLoader.LoadText(text, Path);
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException("LoadText threw on input:\n" + text, ex);
        }

        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        var decisive = (result.RuleSets.Count > 0 && errors.Count == 0) || (result.RuleSets.Count == 0 && errors.Count > 0);
        var positioned = result.Diagnostics.All(d => d.Location.Path == Path && d.Location.Line >= 0 && d.Location.Column >= 0 && d.Message.Length > 0);
        return decisive && positioned;
    }

    [Fact]
    public void Load_RichFixture_IsValid()
    {
        var result = RuleSetLoader.LoadText(Rich, Path);
        result.Diagnostics.Should().BeEmpty(Describe(result));
        result.RuleSets.Should().ContainSingle();
    }

    [Fact]
    public void LoadText_RandomStrings_NeverThrow() =>
        Gen.String[0, 400].Sample(NeverThrowsAndIsDecisive, iter: 5_000);

    [Fact]
    public void LoadText_RandomYamlishCharacters_NeverThrow() =>
        Gen.Char["abc:-[]{}&*!|>'\"#%@`? \n\t,0123456789"].Array[0, 200]
            .Select(chars => new string(chars))
            .Sample(NeverThrowsAndIsDecisive, iter: 5_000);

    [Fact]
    [Trait("Category", "Fuzz")]
    public void LoadText_MutatedRuleFile_NeverThrows()
    {
        // Delete, duplicate, swap or replace characters of a valid rule file, a few times over.
        var mutation = Gen.Select(Gen.Int[0, 3], Gen.Int[0, Rich.Length - 1], Gen.Int[0, Rich.Length - 1], Gen.Char["abz0-:[]{}'\" \n#&*!"]);
        var mutated = mutation.Array[1, 6].Select(ms =>
        {
            var sb = new StringBuilder(Rich);
            foreach (var (kind, at, other, ch) in ms)
            {
                var i = Math.Min(at, sb.Length - 1);
                var j = Math.Min(other, sb.Length - 1);
                if (sb.Length < 2)
                {
                    break;
                }

                switch (kind)
                {
                    case 0: sb.Remove(i, 1); break;
                    case 1: sb.Insert(i, sb[i]); break;
                    case 2: (sb[i], sb[j]) = (sb[j], sb[i]); break;
                    default: sb[i] = ch; break;
                }
            }

            return sb.ToString();
        });
        FuzzBudget.Run("loader", mutated, NeverThrowsAndIsDecisive, ciIterations: 3_000);
    }

    [Fact]
    public void LoadText_TruncatedRuleFile_NeverThrows() =>
        Gen.Int[0, Rich.Length].Sample(n => NeverThrowsAndIsDecisive(Rich.Substring(0, n)), iter: 1_000);

    [Fact]
    public void LoadText_FromManyThreads_GivesTheSameDiagnostics()
    {
        var bad = Rich.Replace("ehr >= 'full'", "ehr >= 'partial'").Replace("effort: low", "effort: tiny");
        var expected = string.Join("\n", RuleSetLoader.LoadText(bad, Path).Diagnostics);
        expected.Should().Contain("MAT053").And.Contain("MAT017");
        var results = new string[16];
        System.Threading.Tasks.Parallel.For(0, results.Length, i => results[i] = string.Join("\n", RuleSetLoader.LoadText(bad, Path).Diagnostics));
        results.Should().OnlyContain(r => r == expected);
    }
}
