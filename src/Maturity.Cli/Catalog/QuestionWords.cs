using System.Globalization;
using System.Linq;
using Maturity.Model;

namespace Maturity.Cli.Catalog;

/// <summary>How a question reads for people filling answers, in French or English: its type, what it accepts,
/// and when it is asked. Shared by <c>questions</c> and <c>template</c>.</summary>
internal static class QuestionWords
{
    public static string Type(QuestionType type, string lang) => (type, lang == "fr") switch
    {
        (QuestionType.Boolean, true) => "oui/non",
        (QuestionType.Boolean, false) => "yes/no",
        (QuestionType.Choice, true) => "choix unique",
        (QuestionType.Choice, false) => "one choice",
        (QuestionType.Multi, true) => "choix multiples",
        (QuestionType.Multi, false) => "several choices",
        (QuestionType.Scale, true) => "échelle",
        (QuestionType.Scale, false) => "scale",
        (QuestionType.Percent, true) => "pourcentage",
        (QuestionType.Percent, false) => "percent",
        (_, true) => "nombre",
        _ => "number",
    };

    /// <summary>"none = No plan (0 pts) | written = Written plan (3 pts)", or the range for numbers; empty for yes/no.</summary>
    public static string Accepts(Question q, string lang)
    {
        var fr = lang == "fr";
        if (q.Options.Count > 0)
        {
            return string.Join(" | ", q.Options.Select(o => o.Id + " = " + o.Label.Get(lang) + " (" + Points(o.Points, lang) + ")"));
        }

        if (q.Type == QuestionType.Percent)
        {
            return fr ? "de 0 à 100 %" : "0 to 100%";
        }

        if (q.Min is null && q.Max is null)
        {
            return string.Empty;
        }

        var range = (fr ? "de " : "from ") + (q.Min is { } min ? Number(min, lang) : "…") + (fr ? " à " : " to ") + (q.Max is { } max ? Number(max, lang) : "…");
        return q.Type == QuestionType.Scale && q.ScaleLabels.Count > 0
            ? range + " (" + string.Join(", ", q.ScaleLabels.OrderBy(p => p.Key).Select(p => p.Key.ToString(CultureInfo.InvariantCulture) + " = " + p.Value.Get(lang))) + ")"
            : range;
    }

    /// <summary>"only asked when: …" with the condition as the rule set writes it, or empty.</summary>
    public static string When(Question q, string lang) =>
        q.When is null ? string.Empty : (lang == "fr" ? "posée seulement si : " : "only asked when: ") + q.When;

    public static string NotApplicable(Question q, string lang) =>
        !q.AllowsNotApplicable ? string.Empty : lang == "fr" ? "« n/a » accepté" : "'n/a' accepted";

    private static string Points(double points, string lang) => HumanFormat.For(lang).Count(points, "pt", "pts", 2);

    private static string Number(double value, string lang) => HumanFormat.For(lang).Number(value, 2);
}
