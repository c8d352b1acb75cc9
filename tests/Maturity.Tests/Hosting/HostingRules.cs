using System.Globalization;
using Maturity.Answers;

namespace Maturity.Tests.Hosting;

/// <summary>Small rule sets for the hosting tests, independent of the shipped rules.</summary>
internal static class HostingRules
{
    /// <summary>A fallback rule set; <paramref name="backupWeight"/> and <paramref name="version"/> make distinct versions.</summary>
    public static string Core(string version = "1.0.0", int backupWeight = 1) => $$"""
        ruleset: core
        version: {{version}}
        title: { fr: Socle, en: Core }
        languages: [fr, en]
        dimensions:
          - id: security
            title: { fr: Sécurité, en: Security }
            questions:
              - { id: mfa, type: boolean, text: { fr: "Double authentification ?", en: "MFA?" } }
              - { id: backup, type: boolean, weight: {{backupWeight.ToString(CultureInfo.InvariantCulture)}}, text: { fr: "Sauvegardes testées ?", en: "Tested backups?" } }
          - id: tools
            title: { fr: Outils, en: Tools }
            questions:
              - id: cloud
                type: choice
                answers:
                  - { id: none, points: 0, label: { fr: Aucun, en: None } }
                  - { id: some, points: 1, label: { fr: Partiel, en: Partial } }
                  - { id: full, points: 3, label: { fr: Généralisé, en: Widespread } }
                text: { fr: "Cloud ?", en: "Cloud?" }
        levels:
          - { id: initial, min: 0, title: { fr: Initial, en: Initial } }
          - { id: advanced, min: 60, title: { fr: Avancé, en: Advanced } }
        """;

    /// <summary>A sector rule set for NAF 86 extending core.</summary>
    public const string Sector = """
        ruleset: clinic
        version: 1.0.0
        extends: core
        title: { fr: Cliniques, en: Clinics }
        languages: [fr, en]
        appliesTo: { naf: ["86"] }
        dimensions:
          - id: clinical
            title: { fr: Clinique, en: Clinical }
            questions:
              - { id: ehr, type: boolean, text: { fr: "Dossier patient ?", en: "EHR?" } }
        """;

    /// <summary>Two errors: an unknown key and a misspelt answer set.</summary>
    public const string InvalidCore = """
        ruleset: core
        version: 1.0.0
        title: { fr: Socle, en: Core }
        languages: [fr, en]
        colour: blue
        dimensions:
          - id: security
            title: { fr: Sécurité, en: Security }
            questions:
              - { id: mfa, type: boolean, text: { fr: "MFA ?", en: "MFA?" } }
              - { id: cloud, type: choice, answers: adoptoin, text: { fr: "Cloud ?", en: "Cloud?" } }
        """;

    /// <summary>An independent rule set whose condition compares a boolean with a number.</summary>
    public const string InvalidOther = """
        ruleset: other
        version: 1.0.0
        title: { fr: Autre, en: Other }
        languages: [fr, en]
        dimensions:
          - id: misc
            title: { fr: Divers, en: Misc }
            questions:
              - { id: flag, type: boolean, text: { fr: "Drapeau ?", en: "Flag?" } }
              - { id: other_flag, type: boolean, when: "flag > 3", text: { fr: "Autre ?", en: "Other?" } }
        """;

    public static AnswerSheet Answers(string id = "c1", string? naf = null) =>
        AnswerSheet.For(new CompanyInfo(id, "Test company", naf))
            .Set("mfa", true)
            .Set("backup", false)
            .Set("cloud", "full")
            .Build();
}
