using System.Globalization;
using System.Linq;
using System.Text;
using Maturity.Diagnostics;
using Maturity.Model;

namespace Maturity.Scoring;

/// <summary>Writes the line-by-line explanation of a result: every node and question with its
/// answer, points, weight and contribution, so each number traces back to answers and weights.</summary>
internal static class ExplanationWriter
{
    public static string Write(AssessmentResult r, string lang)
    {
        var sb = new StringBuilder();
        var rs = r.RuleSet;
        sb.Append("Company: ").Append(r.Company.Name ?? r.Company.Id).Append(" (id ").Append(r.Company.Id);
        if (r.Company.Naf is { } naf)
        {
            sb.Append(", NAF ").Append(naf);
        }

        sb.AppendLine(")");
        sb.Append("Rule set: ").Append(rs.Id).Append(' ').Append(rs.Version).Append(" — ").Append(rs.Title.Get(lang)).Append(" (sha256 ").Append(rs.Hash, 0, 12).AppendLine("…)");
        sb.Append("Scale: ").Append(rs.Scale == ScoreScale.Normalized ? "normalized 0–100" : "raw points")
          .Append("; overall = ").Append(Describe(rs.Aggregation)).Append(" of dimensions; unanswered questions ")
          .AppendLine(rs.Unanswered == UnansweredPolicy.Zero ? "score 0" : "are left out");
        sb.Append("Overall score: ").Append(F(r.Score)).Append(" / ").Append(F(r.MaxScore));
        sb.Append(" — level: ").AppendLine(r.Level is null ? "none" : r.Level.Id + " (" + r.Level.Level.Title.Get(lang) + ")");
        sb.Append("Coverage: ").Append(F(r.Coverage * 100)).AppendLine(" % of applicable questions answered");
        sb.AppendLine();
        foreach (var node in r.Nodes)
        {
            var indent = new string(' ', node.Node.Depth * 2);
            sb.Append(indent).Append('[').Append(node.Id).Append("] ").Append(node.Node.Title.Get(lang))
              .Append(": ").Append(node.Score is null ? "not scored (nothing applicable)" : F(node.Score.Value) + " / " + F(node.MaxScore))
              .Append(", weight ").Append(F(node.Weight))
              .Append(", ").Append(Describe(node.Node.Aggregation))
              .Append(", contributes ").Append(F(node.Contribution))
              .Append(", coverage ").Append(F(node.Coverage * 100)).AppendLine(" %");
            if (node.Level is not null)
            {
                sb.Append(indent).Append("  dimension level: ").AppendLine(node.Level.Id);
            }

            foreach (var q in node.Node.Questions)
            {
                var qr = r.Questions[q.Index];
                sb.Append(indent).Append("  - ").Append(q.Id).Append(": ");
                switch (qr.State)
                {
                    case AnswerState.Answered:
                        sb.Append("answer ").Append(qr.Answer?.ToString() ?? "?");
                        if (q.IsScored)
                        {
                            sb.Append(" → ").Append(F(qr.Points)).Append(" / ").Append(F(q.MaxPoints)).Append(" pts × weight ").Append(F(q.Weight))
                              .Append(", contributes ").Append(F(qr.Contribution));
                        }
                        else
                        {
                            sb.Append(" (informational, not scored)");
                        }

                        break;
                    case AnswerState.NotApplicable:
                        sb.Append("n/a (left out of the score)");
                        break;
                    case AnswerState.NotAsked:
                        sb.Append("not asked (").Append(q.When).Append(" is false)");
                        break;
                    default:
                        sb.Append("unanswered").Append(rs.Unanswered == UnansweredPolicy.Zero && q.IsScored ? " → 0 / " + F(q.MaxPoints) + " pts" : " (left out)");
                        break;
                }

                sb.AppendLine();
            }
        }

        sb.AppendLine();
        if (r.NextLevel is { } next)
        {
            sb.Append("Next level: ").Append(next.Id).Append(" (").Append(next.Level.Title.Get(lang)).Append(") needs ").Append(F(next.Level.Min))
              .Append(": ").Append(F(next.PointsMissing)).Append(" points missing");
            if (next.UnmetRequirements.Count > 0)
            {
                sb.Append("; unmet: ").Append(string.Join(", ", next.UnmetGates.Select(g => g.Describe(lang))));
            }

            sb.AppendLine();
        }
        else
        {
            sb.AppendLine("Next level: none (top level reached)");
        }

        if (r.Recommendations.Count > 0)
        {
            sb.AppendLine("Recommendations (gain = overall points if the questions they improve were at their best answers):");
            var i = 1;
            foreach (var rec in r.Recommendations)
            {
                sb.Append("  ").Append(i++.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(rec.Id).Append(" +").Append(F(rec.Gain))
                  .Append(" (effort ").Append(rec.Recommendation.Effort.ToString().ToLowerInvariant()).Append("): ")
                  .AppendLine(rec.Recommendation.Text.Get(lang));
            }
        }

        foreach (var w in r.Warnings)
        {
            sb.Append("Warning: ").AppendLine(w.Describe(MessageCatalog.LanguageOf(lang)));
        }

        return sb.ToString();
    }

    internal static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Describe(Aggregation a) => a switch
    {
        Aggregation.Sum => "weighted sum",
        Aggregation.Min => "minimum",
        Aggregation.Max => "maximum",
        Aggregation.Formula => "formula",
        _ => "weighted mean",
    };
}
