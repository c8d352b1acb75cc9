using System;
using System.Linq;
using System.Text;
using Maturity.Internal;
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
        Guard.NotNull(result);

        var t = ReportWords.For(language);
        var f = t.Format;
        var rs = result.RuleSet;
        var sb = new StringBuilder();
        var company = result.Company;
        sb.Append(f.Labelled(t.Company, company.Name ?? company.Id));
        var details = new StringBuilder();
        Add(details, company.Id);
        Add(details, company.Naf is null ? null : "NAF " + NafCode.Describe(company.Naf));
        Add(details, company.Territory is null ? null : t.Department + " " + company.Territory);
        Add(details, company.Employees is null ? null : f.Count(company.Employees.Value, t.Employee, t.Employees, 0));
        Add(details, company.AssessedOn is null ? null : t.AssessedOn + " " + f.Date(company.AssessedOn.Value));
        sb.Append(" (").Append(details).AppendLine(")");
        sb.Append(f.Labelled(t.RuleSet, rs.Title.Get(language))).Append(" [").Append(rs.Id).Append(' ').Append(rs.Version).Append(", sha256 ").Append(rs.Hash, 0, 12).AppendLine("]");
        sb.AppendLine();
        sb.Append(f.Labelled(t.Score, f.Number(result.Score))).Append(" / ").AppendLine(f.Number(result.MaxScore));
        sb.AppendLine(f.Labelled(t.Level, result.Level is null ? t.None : result.Level.Level.Title.Get(language)));
        sb.Append(f.Labelled(t.Coverage, f.Percent(result.Coverage))).Append(' ').AppendLine(t.CoverageSuffix);
        if (result.Indicators.Count > 0)
        {
            sb.AppendLine(f.Labelled(t.Indicators, string.Empty).TrimEnd());
            foreach (var indicator in result.Indicators)
            {
                var value = indicator.Indicator.Kind == IndicatorKind.Boolean ? (indicator.IsTrue ? t.Yes : t.No) : f.Number(indicator.Value);
                sb.Append("  ").AppendLine(f.Labelled(indicator.Indicator.Title.Get(language), value));
            }
        }

        sb.AppendLine();
        sb.AppendLine(t.Dimensions);
        var width = 0;
        var scoreWidth = 0;
        foreach (var d in result.Dimensions)
        {
            width = Math.Max(width, d.Node.Title.Get(language).Length);
            scoreWidth = Math.Max(scoreWidth, d.Score is { } s ? f.Number(s).Length : 0);
        }

        foreach (var d in result.Dimensions)
        {
            var title = d.Node.Title.Get(language);
            sb.Append("  ").Append(title.PadRight(width)).Append("  ");
            if (d.Score is { } s)
            {
                sb.Append(Bar(d.MaxScore > 0 ? s / d.MaxScore : 0)).Append(' ').Append(f.Number(s).PadLeft(scoreWidth)).Append(" / ").Append(f.Number(d.MaxScore));
                if (d.Level is not null)
                {
                    sb.Append("  (").Append(d.Level.Level.Title.Get(language)).Append(')');
                }
            }
            else
            {
                sb.Append(new string('·', BarWidth)).Append(' ').Append(t.NotScored);
            }

            sb.AppendLine();
        }

        sb.AppendLine();
        if (result.NextLevel is { } next)
        {
            sb.Append(f.Labelled(t.NextLevel, next.Level.Title.Get(language))).Append(" (≥ ").Append(f.Number(next.Level.Min)).Append(") — ")
              .AppendLine(next.PointsMissing > 0 ? f.Count(next.PointsMissing, t.PointMissing, t.PointsMissing) : t.OnlyGates);
            if (next.UnmetGates.Count > 0)
            {
                sb.Append("  ").AppendLine(f.Labelled(t.Unmet, string.Empty).TrimEnd());
                foreach (var gate in next.UnmetGates)
                {
                    sb.Append("  - ").AppendLine(gate.Describe(language));
                    var meeting = result.RecommendationsMeeting(gate);
                    if (meeting.Count == 0)
                    {
                        sb.Append("      → ").AppendLine(t.NotMetByAny);
                    }

                    foreach (var m in meeting)
                    {
                        sb.Append("      → ").Append(f.Whole(Rank(result, m))).Append(". ").AppendLine(m.Recommendation.Text.Get(language));
                    }
                }
            }
        }
        else
        {
            sb.AppendLine(f.Labelled(t.NextLevel, t.TopReached));
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

                sb.Append("  ").Append(f.Whole(n)).Append(". +").Append(f.Count(r.Gain, t.Point, t.Points)).Append(", ").Append(t.Effort.ToLowerInvariant()).Append(' ')
                  .Append(t.EffortWord(r.Recommendation.Effort));
                if (r.UnlocksNextLevel)
                {
                    sb.Append(" [").Append(t.Unlocks).Append(']');
                }

                sb.Append(" — ").AppendLine(r.Recommendation.Text.Get(language));
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
                sb.Append("  ").AppendLine(w.Describe(Culture(t)));
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

    /// <summary>1-based position of <paramref name="r"/> in the ranking, as the recommendation list numbers it.</summary>
    internal static int Rank(AssessmentResult result, RecommendationResult r)
    {
        var i = 0;
        while (!ReferenceEquals(result.Recommendations[i], r))
        {
            i++;
        }

        return i + 1;
    }

    /// <summary>The culture a diagnostic's message is rendered in for the report's language.</summary>
    internal static System.Globalization.CultureInfo Culture(ReportWords t) => System.Globalization.CultureInfo.GetCultureInfo(t.Format.IsFrench ? "fr-FR" : "en");

    private static string Bar(double ratio)
    {
        var filled = (int)Math.Round(Math.Max(0, Math.Min(1, ratio)) * BarWidth, MidpointRounding.AwayFromZero);
        return new string('█', filled) + new string('░', BarWidth - filled);
    }
}
