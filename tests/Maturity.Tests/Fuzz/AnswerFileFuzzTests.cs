using System;
using System.Linq;
using System.Text;
using CsCheck;
using Maturity.Answers;
using Maturity.Diagnostics;
using Maturity.Scoring;
using Maturity.Tests.Answers;

namespace Maturity.Tests.Fuzz;

/// <summary>Fuzz target for answers files: whatever the text, reading never throws, is decisive (a sheet and no
/// error, or no sheet and at least one error, each located inside the text), and a sheet is assessed or refused
/// with diagnostics, never with another exception or a non-finite number.</summary>
public sealed class AnswerFileFuzzTests
{
    private const string Valid = """
        ruleset: t
        company: { id: "C-1", name: Cabinet, naf: 86.10Z, employees: 12, territory: "80", date: 2026-03-14 }
        answers:
          ehr: partial
          share: 40
          tools: [a, b]
          secure: n/a
          level: 3
          mfa: true

        """;

    private static readonly string[] Pieces =
    [
        "company:", "answers:", "ruleset:", " id:", " naf:", " employees:", " date:", "ehr:", "share:", "tools:", "mfa:",
        "level:", "\n", "\n  ", " ", "{", "}", "[", "]", ",", ":", "\"", "'", "-", "-0", "+3", "2.", ".5", "1e308",
        "1000000000000000000", "true", "n/a", "partial", "\"\"", "&a", "*a", "!!str", "#", "\uFFFD", "\t", "%", "0x1F",
    ];

    [Fact]
    [Trait("Category", "Fuzz")]
    public void FuzzTarget_AnswersFiles_NeverThrow_AndAreDecisive()
    {
        var mutated = Gen.Select(Gen.Int[0, 2], Gen.Int[0, Valid.Length - 1], Gen.Int[0, Pieces.Length - 1]).Array[1, 8].Select(ms =>
        {
            var sb = new StringBuilder(Valid);
            foreach (var (kind, at, piece) in ms)
            {
                var i = Math.Min(at, sb.Length - 1);
                switch (kind)
                {
                    case 0 when sb.Length > 1: sb.Remove(i, 1); break;
                    case 1: sb.Insert(i, Pieces[piece]); break;
                    default: sb.Insert(sb.Length, Pieces[piece]); break;
                }
            }

            return sb.ToString();
        });
        var soup = Gen.Int[0, Pieces.Length - 1].Array[0, 60].Select(ix => string.Concat(ix.Select(i => Pieces[i])));
        FuzzBudget.Run("answers", Gen.OneOf(mutated, soup, Gen.String[0, 200]), ReadsDecisively, ciIterations: 3_000);
    }

    private static bool ReadsDecisively(string text)
    {
        var result = AnswerFile.Parse(text, "a.yaml");
        var lines = text.Count(c => c == '\n') + 2;
        if (result.Diagnostics.Any(d => d.Location.Line > lines || string.IsNullOrEmpty(d.Message)))
        {
            return false;
        }

        if (result.Sheet is null)
        {
            return result.Diagnostics.Any(d => d.IsError);
        }

        if (result.Diagnostics.Any(d => d.IsError))
        {
            return false;
        }

        try
        {
            var r = AnswerTestRules.Instance.Assess(result.Sheet, AssessmentOptions.Lenient);
            return double.IsFinite(r.Score) && double.IsFinite(r.MaxScore) && double.IsFinite(r.Coverage);
        }
        catch (DiagnosticsException ex)
        {
            return ex.Diagnostics.Count > 0;
        }
    }
}
