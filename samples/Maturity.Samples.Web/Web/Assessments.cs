using System;
using System.Collections.Generic;
using System.Linq;
using Maturity.Answers;
using Maturity.Catalog;
using Maturity.Hosting;
using Maturity.Model;
using Maturity.Questionnaire;
using Maturity.Reporting.Portfolio;
using Maturity.Samples.Web.Storage;
using Maturity.Scoring;

namespace Maturity.Samples.Web.Web;

/// <summary>The sample's use of the library: which rule set a firm gets, stored answers to sheets and back,
/// questionnaire states and results. Reads the engine's current catalog once per call.</summary>
public sealed class Assessments(IMaturityEngine engine)
{
    /// <summary>The rule set the catalog picks for a NAF code (the fallback when no sector claims it).</summary>
    public RuleSet ForNaf(string naf) => engine.Current.FindByNaf(naf) ?? engine.Current.Fallback
        ?? throw new InvalidOperationException("The catalog has no fallback rule set.");

    /// <summary>The rule set a stored assessment was given for; null when it is no longer served.</summary>
    public RuleSet? RuleSetOf(AssessmentRecord record) => engine.Current.Find(record.RuleSetId);

    /// <summary>The title of the rule set a stored assessment names (its id when no longer served).</summary>
    public string RuleSetTitle(AssessmentRecord record, string language) =>
        RuleSetOf(record)?.Title.Get(language) ?? record.RuleSetId;

    /// <summary>The title of the level a completed assessment reached, or null.</summary>
    public string? LevelTitle(AssessmentRecord record, string language) =>
        record.Level is null ? null : RuleSetOf(record)?.Levels.FirstOrDefault(l => l.Id == record.Level)?.Title.Get(language) ?? record.Level;

    /// <summary>The company as the answers document records it.</summary>
    public static CompanyInfo Company(Firm firm, DateTime date) =>
        new(firm.Siret, firm.Name, firm.Naf, firm.Employees, firm.Departement, date.Date);

    /// <summary>A stored assessment's answers.</summary>
    public static AnswerSheet Sheet(AssessmentRecord record) =>
        AnswersDocument.Read(record.AnswersJson, "firm-" + record.FirmId + "-campaign-" + record.Campaign);

    /// <summary>The questionnaire state of a stored assessment.</summary>
    public QuestionnaireState? State(AssessmentRecord record, string language) =>
        RuleSetOf(record) is { } rules ? QuestionnaireState.Compute(rules, Sheet(record), language) : null;

    /// <summary>A completed assessment's result, recomputed from its stored answers with the rules it names;
    /// null when those rules are gone or no longer accept the answers.</summary>
    public AssessmentResult? Result(AssessmentRecord record)
    {
        if (!record.IsCompleted || RuleSetOf(record) is not { } rules)
        {
            return null;
        }

        var sheet = Sheet(record);
        return rules.ValidateAnswers(sheet).Any(d => d.IsError) ? null : rules.Assess(sheet);
    }

    /// <summary>Portfolio entries of the completed campaigns, one per firm: the latest, or the one before it.</summary>
    public IReadOnlyList<PortfolioEntry> Entries(IEnumerable<IReadOnlyList<AssessmentRecord>> campaignsPerFirm, bool previous)
    {
        var entries = new List<PortfolioEntry>();
        foreach (var campaigns in campaignsPerFirm)
        {
            var done = campaigns.Where(c => c.IsCompleted).ToList();
            var pick = previous ? (done.Count >= 2 ? done[^2] : null) : done.LastOrDefault();
            if (pick is not null && Result(pick) is { } result)
            {
                entries.Add(PortfolioEntry.FromResult(result));
            }
        }

        return entries;
    }
}
