using System;
using System.Globalization;
using System.Text;
using Maturity.Model;

namespace Maturity.Samples.Adviser.Generation;

/// <summary>Draws one firm's answer cells, in French spreadsheet style (<c>oui</c>/<c>non</c>, decimal commas).
///
/// Each answer is drawn around the firm's latent maturity L: the probability p that drives a question is
/// logistic(logit(L) + 0.8·b + 0.3·j), where b is the firm's lasting strength or weakness on that question and j
/// a small per-campaign wobble. Booleans are "oui" with probability p; choices and scales land near position
/// p along their options (ordered by points) or range; multi ticks each option with probability ≈ p, harder
/// (higher-points) options a little less often; percents sit near 100·p. Context numbers (rooms, vehicles,
/// developers…) follow the firm's activity and size, not its maturity. N/A appears on ~8 % of the questions
/// that allow it (a lasting fact about the firm), and ~5 % of cells are left empty (unanswered).</summary>
public static class AnswerDrawer
{
    private const ulong SaltBias = 1, SaltNa = 3, SaltPick = 5, SaltDecimals = 7, SaltContext = 9, SaltMissing = 20, SaltJitter = 30, SaltOption = 100;

    /// <summary>Share of cells left unanswered.</summary>
    public const double UnansweredShare = 0.05;

    /// <summary>Share of N/A answers where a question allows it.</summary>
    public const double NotApplicableShare = 0.08;

    /// <summary>The cell for question <paramref name="plan"/>, firm <paramref name="firm"/> in campaign <paramref name="campaign"/>.</summary>
    public static string Cell(QuestionPlan plan, FirmProfile firm, double latent, int campaign)
    {
        var q = plan.Question;
        var fk = firm.Key;
        var qk = plan.Key;
        if (Stable.Uniform(fk, qk, SaltMissing, (ulong)campaign) < UnansweredShare)
        {
            return string.Empty;
        }

        if (q.AllowsNotApplicable && Stable.Uniform(fk, qk, SaltNa) < NotApplicableShare)
        {
            return "n/a";
        }

        var p = Stable.Logistic(Stable.Logit(latent) + 0.8 * Stable.Normal(fk, qk, SaltBias, 0) + 0.3 * Stable.Normal(fk, qk, SaltJitter, (ulong)campaign));
        var u = Stable.Uniform(fk, qk, SaltPick);
        switch (q.Type)
        {
            case QuestionType.Boolean:
                return u < p ? "oui" : "non";
            case QuestionType.Choice:
                if (plan.IsProfile)
                {
                    return Profile(plan, firm, u);
                }

                return plan.ByPoints[Position(p, u, plan.ByPoints.Count)].Id;
            case QuestionType.Multi:
                return Multi(plan, fk, p);
            case QuestionType.Scale:
                {
                    var min = (int)(q.Min ?? 0);
                    var max = (int)(q.Max ?? 5);
                    return (min + Position(p, u, max - min + 1)).ToString(CultureInfo.InvariantCulture);
                }

            case QuestionType.Percent:
                {
                    var v = Math.Clamp(100 * p + (u - 0.5) * 30, 0, 100);
                    var style = Stable.Uniform(fk, qk, SaltDecimals);
                    return style < 0.3 ? Math.Round(v, 1).ToString("0.#", French) // "37,5"
                        : style < 0.4 ? Math.Round(v).ToString("0", CultureInfo.InvariantCulture) + " %"
                        : Math.Round(v).ToString("0", CultureInfo.InvariantCulture);
                }

            default:
                return Number(plan, firm, p, u);
        }
    }

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Position among <paramref name="count"/> ordered steps: near p·(count − 1), spread by u.</summary>
    private static int Position(double p, double u, int count)
    {
        var t = p * (count - 1) + (u - 0.5) * 1.1;
        return Math.Clamp((int)Math.Round(t, MidpointRounding.AwayFromZero), 0, count - 1);
    }

    private static string Profile(QuestionPlan plan, FirmProfile firm, double u)
    {
        if (Picardie.ProfileAnswers.TryGetValue(plan.Question.Id, out var rules))
        {
            string? best = null;
            var bestLength = -1;
            foreach (var (prefix, option) in rules)
            {
                if (firm.Naf.StartsWith(prefix, StringComparison.Ordinal) && prefix.Length > bestLength && plan.Question.FindOption(option) is not null)
                {
                    best = option;
                    bestLength = prefix.Length;
                }
            }

            // Most firms answer as their activity suggests; a few are the exception (a farm that also processes).
            if (best is not null && u < 0.9)
            {
                return best;
            }
        }

        var options = plan.Question.Options;
        return options[(int)(Stable.Uniform(firm.Key, plan.Key, SaltPick, 1) * options.Count)].Id;
    }

    private static string Multi(QuestionPlan plan, ulong fk, double p)
    {
        var sb = new StringBuilder();
        var n = plan.Tickable.Count;
        for (var j = 0; j < n; j++)
        {
            var rank = n > 1 ? (double)j / (n - 1) : 0.5;
            var pj = Math.Clamp(p * (1.2 - 0.4 * rank), 0, 0.97);
            if (Stable.Uniform(fk, plan.Key, SaltOption + (ulong)j) < pj)
            {
                if (sb.Length > 0)
                {
                    sb.Append('|');
                }

                sb.Append(plan.Tickable[j].Id);
            }
        }

        if (sb.Length == 0)
        {
            // Nothing ticked: the "none" option where there is one, else the most common (least advanced) option.
            return plan.None?.Id ?? (n > 0 ? plan.Tickable[0].Id : plan.ByPoints[0].Id);
        }

        return sb.ToString();
    }

    private static string Number(QuestionPlan plan, FirmProfile firm, double p, double u)
    {
        var q = plan.Question;
        double value;
        var decimals = 0;
        if (Context(q.Id, firm) is { } context)
        {
            value = context;
        }
        else if (q.Id == "review_rating" || (q.Max is { } mx && mx <= 10))
        {
            // A rating: most firms between 3.5 and 4.8 stars, better run ones higher.
            var min = q.Min ?? 0;
            var max = q.Max ?? 5;
            value = min + (max - min) * Math.Clamp(0.62 + 0.3 * p + (u - 0.5) * 0.15, 0, 1);
            decimals = 1;
        }
        else if (q.Bands.Count > 0)
        {
            var i = Position(p, u, q.Bands.Count);
            var lo = q.Bands[i].Min;
            var hi = i + 1 < q.Bands.Count ? q.Bands[i + 1].Min : Math.Max(lo * 1.5, lo + 10);
            value = lo + (hi - lo) * Stable.Uniform(firm.Key, plan.Key, SaltContext);
            decimals = hi - lo < 5 ? 1 : 0;
        }
        else
        {
            var min = q.Min ?? 0;
            var max = q.Max ?? Math.Max(min + 10, firm.Employees * 2.0);
            value = min + (max - min) * Math.Clamp(p + (u - 0.5) * 0.2, 0, 1);
        }

        value = Math.Clamp(value, q.Min ?? double.MinValue, q.Max ?? double.MaxValue);
        return decimals == 0 ? Math.Round(value).ToString("0", CultureInfo.InvariantCulture) : Math.Round(value, decimals).ToString("0.#", French);
    }

    /// <summary>Context questions of the shipped rule sets (informational numbers): they describe the firm's
    /// activity and size. Null for any other question.</summary>
    public static double? Context(string questionId, FirmProfile firm)
    {
        var naf = firm.Naf;
        var e = firm.Employees;
        var u = Stable.Uniform(firm.Key, Stable.Key(questionId), SaltContext);
        bool Is(string prefix) => naf.StartsWith(prefix, StringComparison.Ordinal);
        switch (questionId)
        {
            case "headcount":
                return e;
            case "rooms":
                return Is("55.10") ? Math.Round(8 + e * 1.5 + 40 * u)
                    : Is("55.20") ? Math.Round(2 + 8 * u)
                    : Is("55.30") ? Math.Round(30 + 120 * u)
                    : 0;
            case "seats":
                return Is("56") ? Math.Round(20 + e * 4 + 80 * u)
                    : Is("55.10") ? (u < 0.5 ? 0 : Math.Round(30 + 50 * u))
                    : 0;
            case "shops":
                return Is("47.91") ? 0
                    : Is("47") ? (u < 0.85 ? 1 : 2 + Math.Floor(5 * u * u))
                    : Is("45") ? 1
                    : Is("46") ? (u < 0.7 ? 0 : 1)
                    : 0;
            case "developers":
                return Is("62") || Is("63") ? Math.Round(e * (0.5 + 0.4 * u))
                    : Is("58") || Is("61") ? Math.Round(e * 0.2 * u)
                    : u < 0.7 ? 0 : 1;
            case "vehicles":
                return Is("49.41") || Is("49.3") || Is("53") ? Math.Max(1, Math.Round(e * (0.6 + 0.4 * u)))
                    : Is("52") ? Math.Round(e * 0.2 * u)
                    : Is("49.10") || Is("50") || Is("51") ? 0
                    : Math.Round(e * 0.3 * u);
            case "heavy_vehicles":
                var vehicles = Context("vehicles", firm) ?? 0;
                return Is("49.41") || Is("49.39") ? Math.Round(vehicles * (0.5 + 0.5 * u))
                    : Is("52") ? Math.Round(vehicles * 0.5 * u)
                    : 0;
            case "warehouse_area":
                return Is("52.10") ? 100 * Math.Round((2000 + 38000 * u * u) / 100)
                    : Is("52.29") ? (u < 0.6 ? 0 : 10 * Math.Round((500 + 4500 * u) / 10))
                    : Is("49.41") ? (u < 0.7 ? 0 : 10 * Math.Round((300 + 2700 * u) / 10))
                    : 0;
            default:
                return null;
        }
    }
}
