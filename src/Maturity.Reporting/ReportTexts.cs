using System;

namespace Maturity.Reporting;

/// <summary>The report's own words (headings), in the languages the reports support: French and English.</summary>
internal sealed class ReportTexts
{
    private static readonly ReportTexts French = new("Entreprise", "Référentiel", "Score global", "Niveau", "aucun", "Couverture", "des questions applicables renseignées", "Dimensions", "Prochain niveau", "points manquants", "conditions non remplies", "niveau maximal atteint", "Recommandations", "effort", "faible", "moyen", "élevé", "Avertissements", "Indicateurs", "oui", "non");

    private static readonly ReportTexts English = new("Company", "Rule set", "Overall score", "Level", "none", "Coverage", "of applicable questions answered", "Dimensions", "Next level", "points missing", "unmet conditions", "top level reached", "Recommendations", "effort", "low", "medium", "high", "Warnings", "Indicators", "yes", "no");

    private ReportTexts(params string[] words) => Words = words;

    private string[] Words { get; }

    public string Company => Words[0];

    public string RuleSet => Words[1];

    public string Score => Words[2];

    public string Level => Words[3];

    public string None => Words[4];

    public string Coverage => Words[5];

    public string CoverageSuffix => Words[6];

    public string Dimensions => Words[7];

    public string NextLevel => Words[8];

    public string PointsMissing => Words[9];

    public string Unmet => Words[10];

    public string TopReached => Words[11];

    public string Recommendations => Words[12];

    public string Effort => Words[13];

    public string EffortLow => Words[14];

    public string EffortMedium => Words[15];

    public string EffortHigh => Words[16];

    public string Warnings => Words[17];

    public string Indicators => Words[18];

    public string Yes => Words[19];

    public string No => Words[20];

    public static ReportTexts For(string language) =>
        string.Equals(language, "fr", StringComparison.OrdinalIgnoreCase) ? French : English;
}
