using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Reporting;

/// <summary>Renders a result as a readable plain-text report: score, level, per-dimension bars, the gap
/// to the next level and the top recommendations. Stateless and thread-safe.</summary>
public static class TextReport
{
    private const int BarWidth = 20;

    /// <summary>Renders <paramref name="result"/> in <paramref name="language"/> (<c>fr</c> or <c>en</c>).</summary>
    /// <param name="result">The assessment.</param>
    /// <param name="language">Report language; rule-set labels use it when the rule set has it.</param>
    /// <param name="maxRecommendations">How many recommendations to list.</param>
    public static string Render(AssessmentResult result, string language = "en", int maxRecommendations = 5)
    {
        if (result is null)
        {
            throw new ArgumentNullException(nameof(result));
        }

        var t = ReportTexts.For(language);
        var rs = result.RuleSet;
        var sb = new StringBuilder();
        var company = result.Company;
        sb.Append(t.Company).Append(": ").Append(company.Name ?? company.Id);
        var details = new StringBuilder();
        Add(details, company.Id);
        Add(details, company.Naf is null ? null : "NAF " + NafCode.Describe(company.Naf));
        Add(details, company.Territory is null ? null : (language == "fr" ? "dép. " : "dept ") + company.Territory);
        Add(details, company.Employees is null ? null : company.Employees.Value.ToString(CultureInfo.InvariantCulture) + (language == "fr" ? " salariés" : " employees"));
        sb.Append(" (").Append(details).AppendLine(")");
        sb.Append(t.RuleSet).Append(": ").Append(rs.Title.Get(language)).Append(" [").Append(rs.Id).Append(' ').Append(rs.Version).Append(", sha256 ").Append(rs.Hash, 0, 12).AppendLine("]");
        sb.AppendLine();
        sb.Append(t.Score).Append(": ").Append(F(result.Score)).Append(" / ").AppendLine(F(result.MaxScore));
        sb.Append(t.Level).Append(": ").AppendLine(result.Level is null ? t.None : result.Level.Level.Title.Get(language));
        sb.Append(t.Coverage).Append(": ").Append(F(result.Coverage * 100)).Append(" % ").AppendLine(t.CoverageSuffix);
        if (result.Indicators.Count > 0)
        {
            sb.Append(t.Indicators).AppendLine(":");
            foreach (var indicator in result.Indicators)
            {
                var value = indicator.Indicator.Kind == IndicatorKind.Boolean ? (indicator.IsTrue ? t.Yes : t.No) : F(indicator.Value);
                sb.Append("  ").Append(indicator.Indicator.Title.Get(language)).Append(": ").AppendLine(value);
            }
        }

        sb.AppendLine();
        sb.AppendLine(t.Dimensions);
        var width = 0;
        foreach (var d in result.Dimensions)
        {
            width = Math.Max(width, d.Node.Title.Get(language).Length);
        }

        foreach (var d in result.Dimensions)
        {
            var title = d.Node.Title.Get(language);
            sb.Append("  ").Append(title.PadRight(width)).Append("  ");
            if (d.Score is { } s)
            {
                sb.Append(Bar(d.MaxScore > 0 ? s / d.MaxScore : 0)).Append(' ').Append(F(s).PadLeft(6)).Append(" / ").Append(F(d.MaxScore));
                if (d.Level is not null)
                {
                    sb.Append("  (").Append(d.Level.Level.Title.Get(language)).Append(')');
                }
            }
            else
            {
                sb.Append(new string('·', BarWidth)).Append("    n/a");
            }

            sb.AppendLine();
        }

        sb.AppendLine();
        if (result.NextLevel is { } next)
        {
            sb.Append(t.NextLevel).Append(": ").Append(next.Level.Title.Get(language)).Append(" (≥ ").Append(F(next.Level.Min)).Append(") — ")
              .Append(F(next.PointsMissing)).Append(' ').AppendLine(t.PointsMissing);
            if (next.UnmetRequirements.Count > 0)
            {
                sb.Append("  ").Append(t.Unmet).Append(": ").AppendLine(string.Join(", ", next.UnmetGates.Select(g => g.Describe(language))));
            }
        }
        else
        {
            sb.Append(t.NextLevel).Append(": ").AppendLine(t.TopReached);
        }

        if (result.Recommendations.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine(t.Recommendations);
            var n = 0;
            foreach (var r in result.Recommendations)
            {
                if (n++ >= maxRecommendations)
                {
                    break;
                }

                sb.Append("  ").Append(n.ToString(CultureInfo.InvariantCulture)).Append(". +").Append(F(r.Gain)).Append(" pts, ").Append(t.Effort).Append(' ')
                  .Append(Effort(r.Recommendation.Effort, t)).Append(" — ").AppendLine(r.Recommendation.Text.Get(language));
                foreach (var link in r.Recommendation.Links)
                {
                    sb.Append("     ").AppendLine(link.Url);
                }
            }
        }

        if (result.Warnings.Count > 0)
        {
            sb.AppendLine();
            sb.AppendLine(t.Warnings);
            foreach (var w in result.Warnings)
            {
                sb.Append("  ").AppendLine(w.Describe(CultureInfo.GetCultureInfo(string.Equals(language, "fr", StringComparison.OrdinalIgnoreCase) ? "fr-FR" : "en")));
            }
        }

        return sb.ToString();
    }

    private static void Add(StringBuilder sb, string? part)
    {
        if (part is null)
        {
            return;
        }

        if (sb.Length > 0)
        {
            sb.Append(", ");
        }

        sb.Append(part);
    }

    private static string Bar(double ratio)
    {
        var filled = (int)Math.Round(Math.Max(0, Math.Min(1, ratio)) * BarWidth, MidpointRounding.AwayFromZero);
        return new string('█', filled) + new string('░', BarWidth - filled);
    }

    private static string Effort(Effort e, ReportTexts t) => e switch
    {
        Model.Effort.Low => t.EffortLow,
        Model.Effort.Medium => t.EffortMedium,
        _ => t.EffortHigh,
    };

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
