using System.Collections.Generic;
using System.Linq;
using System.Text;
using Maturity.Diagnostics;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Output;

/// <summary>Writes the line-by-line explanation of a result: every node and question with its
/// answer, points, weight and contribution, so each number traces back to answers and weights.
/// French or English words and number conventions (<see cref="HumanFormat"/>).</summary>
internal static class ExplanationWriter
{
    public static string Write(AssessmentResult r, string lang)
    {
        var f = HumanFormat.For(lang);
        var t = f.IsFrench ? ExplanationWords.French : ExplanationWords.English;
        var sb = new StringBuilder();
        var rs = r.RuleSet;
        sb.Append(f.Labelled(t.Company, r.Company.Name ?? r.Company.Id)).Append(" (").Append(t.Id).Append(' ').Append(r.Company.Id);
        if (r.Company.Naf is { } naf)
        {
            sb.Append(", NAF ").Append(naf);
        }

        sb.AppendLine(")");
        sb.Append(f.Labelled(t.RuleSet, rs.Id)).Append(' ').Append(rs.Version).Append(" — ").Append(rs.Title.Get(lang)).Append(" (sha256 ").Append(rs.Hash, 0, 12).AppendLine("…)");
        sb.Append(f.Labelled(t.Scale, rs.Scale == ScoreScale.Normalized ? t.Normalized : t.RawPoints))
          .Append(f.Semicolon).Append(t.OverallIs).Append(' ').Append(t.Describe(rs.Aggregation)).Append(' ').Append(t.OfDimensions)
          .Append(f.Semicolon).AppendLine(rs.Unanswered == UnansweredPolicy.Zero ? t.UnansweredZero : t.UnansweredExcluded);
        sb.Append(f.Labelled(t.OverallScore, f.Number(r.Score, 2))).Append(" / ").Append(f.Number(r.MaxScore, 2));
        sb.Append(" — ").AppendLine(f.Labelled(t.Level, r.Level is null ? t.None : r.Level.Id + " (" + r.Level.Level.Title.Get(lang) + ")"));
        sb.Append(f.Labelled(t.Coverage, f.Percent(r.Coverage, 2))).Append(' ').AppendLine(t.CoverageSuffix);
        sb.AppendLine();
        foreach (var node in r.Nodes)
        {
            var indent = new string(' ', node.Node.Depth * 2);
            sb.Append(indent).Append('[').Append(node.Id).Append("] ").Append(f.Labelled(node.Node.Title.Get(lang), node.Score is null ? t.NotScored : f.Number(node.Score.Value, 2) + " / " + f.Number(node.MaxScore, 2)))
              .Append(", ").Append(t.Weight).Append(' ').Append(f.Number(node.Weight, 2))
              .Append(", ").Append(t.Describe(node.Node.Aggregation))
              .Append(", ").Append(t.Contributes).Append(' ').Append(f.Number(node.Contribution, 2))
              .Append(", ").Append(t.CoverageWord).Append(' ').AppendLine(f.Percent(node.Coverage, 2));
            if (node.Level is not null)
            {
                sb.Append(indent).Append("  ").AppendLine(f.Labelled(t.DimensionLevel, node.Level.Id));
            }

            foreach (var q in node.Node.Questions)
            {
                var qr = r.Questions[q.Index];
                sb.Append(indent).Append("  - ").Append(q.Id).Append(f.Colon);
                switch (qr.State)
                {
                    case AnswerState.Answered:
                        sb.Append(t.Answer).Append(' ').Append(qr.Answer?.ToString() ?? "?");
                        if (q.IsScored)
                        {
                            sb.Append(" → ").Append(f.Number(qr.Points, 2)).Append(" / ").Append(f.Count(q.MaxPoints, t.Point, t.Points, 2)).Append(" × ").Append(t.Weight).Append(' ').Append(f.Number(q.Weight, 2))
                              .Append(", ").Append(t.Contributes).Append(' ').Append(f.Number(qr.Contribution, 2));
                        }
                        else
                        {
                            sb.Append(' ').Append(t.Informational);
                        }

                        break;
                    case AnswerState.NotApplicable:
                        sb.Append(t.NotApplicable);
                        break;
                    case AnswerState.NotAsked:
                        sb.Append(t.NotAsked).Append(" (").Append(q.When).Append(' ').Append(t.IsFalse).Append(')');
                        break;
                    default:
                        sb.Append(t.Unanswered).Append(rs.Unanswered == UnansweredPolicy.Zero && q.IsScored ? " → 0 / " + f.Count(q.MaxPoints, t.Point, t.Points, 2) : " " + t.LeftOut);
                        break;
                }

                sb.AppendLine();
            }
        }

        sb.AppendLine();
        if (r.NextLevel is { } next)
        {
            sb.Append(f.Labelled(t.NextLevel, next.Id)).Append(" (").Append(next.Level.Title.Get(lang)).Append("), ").Append(t.Needs).Append(' ').Append(f.Number(next.Level.Min, 2))
              .Append(f.Colon).Append(f.Count(next.PointsMissing, t.PointMissing, t.PointsMissing, 2));
            if (next.UnmetGates.Count > 0)
            {
                sb.Append(f.Semicolon).AppendLine(f.Labelled(t.Unmet, string.Empty).TrimEnd());
                foreach (var gate in next.UnmetGates)
                {
                    sb.Append("  - ").Append(gate.Describe(lang));
                    var meeting = r.RecommendationsMeeting(gate).Select(rec => rec.Id).ToList();
                    if (meeting.Count > 0)
                    {
                        sb.Append(" — ").Append(f.Labelled(t.MetBy, string.Join(", ", meeting)));
                    }

                    sb.AppendLine();
                }
            }
            else
            {
                sb.AppendLine();
            }
        }
        else
        {
            sb.AppendLine(f.Labelled(t.NextLevel, t.TopReached));
        }

        if (r.Recommendations.Count > 0)
        {
            sb.Append(t.Recommendations).AppendLine(f.Colon.TrimEnd());
            var i = 1;
            foreach (var rec in r.Recommendations)
            {
                sb.Append("  ").Append(f.Whole(i++)).Append(". ").Append(rec.Id).Append(" +").Append(f.Count(rec.Gain, t.Point, t.Points, 2))
                  .Append(" (").Append(t.Effort).Append(' ').Append(t.EffortWord(rec.Recommendation.Effort)).Append(')');
                if (rec.UnlocksNextLevel)
                {
                    sb.Append(" [").Append(t.UnlocksNextLevel).Append(']');
                }

                sb.Append(f.Colon).AppendLine(rec.Recommendation.Text.Get(lang));
            }
        }

        foreach (var w in r.Warnings)
        {
            sb.AppendLine(f.Labelled(t.Warning, w.Describe(MessageCatalog.LanguageOf(lang))));
        }

        return sb.ToString();
    }

    /// <summary>The explanation's own words, French and English side by side so neither can go missing.</summary>
    private sealed class ExplanationWords
    {
        public static readonly ExplanationWords French = new()
        {
            Company = "Entreprise", Id = "identifiant", RuleSet = "Référentiel", Scale = "Échelle", Normalized = "normalisée 0–100", RawPoints = "points bruts",
            OverallIs = "score global =", OfDimensions = "des dimensions", UnansweredZero = "une question sans réponse compte 0",
            UnansweredExcluded = "une question sans réponse est laissée de côté", OverallScore = "Score global", Level = "niveau", None = "aucun",
            Coverage = "Couverture", CoverageSuffix = "des questions applicables renseignées", NotScored = "non noté (rien d'applicable)", Weight = "poids",
            Contributes = "apporte", CoverageWord = "couverture", DimensionLevel = "niveau de la dimension", Answer = "réponse", Point = "point", Points = "points",
            Informational = "(informative, non notée)", NotApplicable = "sans objet (hors du score)", NotAsked = "non posée", IsFalse = "est faux",
            Unanswered = "sans réponse", LeftOut = "(laissée de côté)", NextLevel = "Niveau suivant", Needs = "seuil", PointMissing = "point manquant",
            PointsMissing = "points manquants", Unmet = "conditions non remplies", MetBy = "remplie par", TopReached = "aucun (niveau maximal atteint)",
            Recommendations = "Recommandations (gain = points du score global si les questions qu'elles améliorent avaient leur meilleure réponse)",
            Effort = "effort", Low = "faible", Medium = "moyen", High = "élevé", UnlocksNextLevel = "débloque le niveau suivant", Warning = "Avertissement",
            WeightedMean = "moyenne pondérée", WeightedSum = "somme pondérée", Minimum = "minimum", Maximum = "maximum", Formula = "formule",
        };

        public static readonly ExplanationWords English = new()
        {
            Company = "Company", Id = "id", RuleSet = "Rule set", Scale = "Scale", Normalized = "normalized 0–100", RawPoints = "raw points",
            OverallIs = "overall =", OfDimensions = "of dimensions", UnansweredZero = "unanswered questions score 0",
            UnansweredExcluded = "unanswered questions are left out", OverallScore = "Overall score", Level = "level", None = "none",
            Coverage = "Coverage", CoverageSuffix = "of applicable questions answered", NotScored = "not scored (nothing applicable)", Weight = "weight",
            Contributes = "contributes", CoverageWord = "coverage", DimensionLevel = "dimension level", Answer = "answer", Point = "pt", Points = "pts",
            Informational = "(informational, not scored)", NotApplicable = "n/a (left out of the score)", NotAsked = "not asked", IsFalse = "is false",
            Unanswered = "unanswered", LeftOut = "(left out)", NextLevel = "Next level", Needs = "needs", PointMissing = "point missing",
            PointsMissing = "points missing", Unmet = "unmet", MetBy = "met by", TopReached = "none (top level reached)",
            Recommendations = "Recommendations (gain = overall points if the questions they improve were at their best answers)",
            Effort = "effort", Low = "low", Medium = "medium", High = "high", UnlocksNextLevel = "unlocks the next level", Warning = "Warning",
            WeightedMean = "weighted mean", WeightedSum = "weighted sum", Minimum = "minimum", Maximum = "maximum", Formula = "formula",
        };

#pragma warning disable SA1516
        public string Company { get; private init; } = "";
        public string Id { get; private init; } = "";
        public string RuleSet { get; private init; } = "";
        public string Scale { get; private init; } = "";
        public string Normalized { get; private init; } = "";
        public string RawPoints { get; private init; } = "";
        public string OverallIs { get; private init; } = "";
        public string OfDimensions { get; private init; } = "";
        public string UnansweredZero { get; private init; } = "";
        public string UnansweredExcluded { get; private init; } = "";
        public string OverallScore { get; private init; } = "";
        public string Level { get; private init; } = "";
        public string None { get; private init; } = "";
        public string Coverage { get; private init; } = "";
        public string CoverageSuffix { get; private init; } = "";
        public string NotScored { get; private init; } = "";
        public string Weight { get; private init; } = "";
        public string Contributes { get; private init; } = "";
        public string CoverageWord { get; private init; } = "";
        public string DimensionLevel { get; private init; } = "";
        public string Answer { get; private init; } = "";
        public string Point { get; private init; } = "";
        public string Points { get; private init; } = "";
        public string Informational { get; private init; } = "";
        public string NotApplicable { get; private init; } = "";
        public string NotAsked { get; private init; } = "";
        public string IsFalse { get; private init; } = "";
        public string Unanswered { get; private init; } = "";
        public string LeftOut { get; private init; } = "";
        public string NextLevel { get; private init; } = "";
        public string Needs { get; private init; } = "";
        public string PointMissing { get; private init; } = "";
        public string PointsMissing { get; private init; } = "";
        public string Unmet { get; private init; } = "";
        public string MetBy { get; private init; } = "";
        public string TopReached { get; private init; } = "";
        public string Recommendations { get; private init; } = "";
        public string Effort { get; private init; } = "";
        public string Low { get; private init; } = "";
        public string Medium { get; private init; } = "";
        public string High { get; private init; } = "";
        public string UnlocksNextLevel { get; private init; } = "";
        public string Warning { get; private init; } = "";
        public string WeightedMean { get; private init; } = "";
        public string WeightedSum { get; private init; } = "";
        public string Minimum { get; private init; } = "";
        public string Maximum { get; private init; } = "";
        public string Formula { get; private init; } = "";
#pragma warning restore SA1516

        public string EffortWord(Effort e) => e switch
        {
            Model.Effort.Low => Low,
            Model.Effort.Medium => Medium,
            _ => High,
        };

        public string Describe(Aggregation a) => a switch
        {
            Aggregation.Sum => WeightedSum,
            Aggregation.Min => Minimum,
            Aggregation.Max => Maximum,
            Aggregation.Formula => Formula,
            _ => WeightedMean,
        };
    }
}
