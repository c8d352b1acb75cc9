using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Maturity.Hosting;
using Maturity.Output;
using Maturity.Scoring;
using Maturity;

namespace Maturity.Samples.Crm;

/// <summary>What the CRM does with the engine: map an account, assess it, store the JSON result, and
/// compare a new assessment with the stored one.</summary>
public sealed class CrmAssessmentService(IMaturityEngine engine, IAssessmentStore store)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // The sample speaks English; every number a person reads goes through the library's one formatter.
    private static readonly HumanFormat Human = HumanFormat.English;

    public (AssessmentResult Result, StoredAssessment Stored) AssessAndStore(Account account)
    {
        var result = engine.Assess(AccountAnswerMapper.ToAnswers(account));
        var stored = store.Save(account.AccountId, AssessmentJson.Write(result));
        return (result, stored);
    }

    public StoredAssessment? Latest(string accountId) => store.Latest(accountId);

    /// <summary>A readable summary of one assessment, saying how much of the rule set the CRM could answer.</summary>
    public static string Describe(Account account, AssessmentResult result, StoredAssessment stored)
    {
        var answered = result.Questions.Count(q => q.State == AnswerState.Answered);
        var unanswered = result.Unanswered;
        var sb = new StringBuilder();
        sb.AppendLine(Invariant, $"{account.AccountId}  {account.Name}  (SIRET {account.Siret}, NAF {account.NafCode}, dept {account.Departement}, {Human.Whole(account.Headcount)} staff)");
        sb.AppendLine(Invariant, $"  rule set     {result.RuleSetId} {result.RuleSetVersion}  hash {Short(result.RuleSetHash)}");
        sb.AppendLine(Invariant, $"  score        {Score(result.Score),5} / {Human.Number(result.MaxScore)}   level: {result.Level?.Id ?? "-"}");
        sb.AppendLine(Invariant, $"  coverage     {Human.Percent(result.Coverage, 0),5}  ({Human.Count(answered, "question", "questions", 0)} answered from CRM fields, {Human.Whole(unanswered.Count)} unanswered)");
        sb.AppendLine(Invariant, $"               unanswered questions score 0 here and lower the coverage: an adviser interview would fill them in");
        foreach (var d in result.Dimensions)
        {
            sb.AppendLine(Invariant, $"    {d.Id,-18} {Score(d.Score),6}   coverage {Human.Percent(d.Coverage, 0),4}");
        }

        if (result.Recommendations.Count > 0)
        {
            var top = result.Recommendations[0];
            sb.AppendLine(Invariant, $"  first recommendation: {top.Id} (+{Human.Count(top.Gain, "point", "points")}, effort {top.Recommendation.Effort.ToString().ToLowerInvariant()}{(top.UnlocksNextLevel ? ", unlocks the next level" : "")})");
        }

        if (!string.IsNullOrWhiteSpace(account.Notes))
        {
            sb.AppendLine(Invariant, $"  CRM notes (free text, not scored): {account.Notes}");
        }

        sb.Append(Invariant, $"  stored       {stored.FilePath}");
        return sb.ToString();
    }

    /// <summary>Compares a new result with a stored one, dimension by dimension.</summary>
    public static string Compare(StoredAssessment before, AssessmentResult now)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Invariant, $"{now.Company.Id}  {now.Company.Name}");
        if (!string.Equals(before.RuleSetHash, now.RuleSetHash, StringComparison.Ordinal))
        {
            sb.AppendLine(Invariant, $"  ! THE RULES CHANGED between the two assessments: {before.RuleSetId} {before.RuleSetVersion} (hash {Short(before.RuleSetHash)})");
            sb.AppendLine(Invariant, $"    -> {now.RuleSetId} {now.RuleSetVersion} (hash {Short(now.RuleSetHash)}). Part of each delta may come from the rules, not from the company;");
            sb.AppendLine(Invariant, $"    re-assess the stored answers with the new rules for a like-for-like comparison.");
        }
        else
        {
            sb.AppendLine(Invariant, $"  same rules ({now.RuleSetId} {now.RuleSetVersion}, hash {Short(now.RuleSetHash)}): the deltas come from the company alone.");
        }

        sb.AppendLine(Invariant, $"  {"dimension",-18} {"before",7} {"now",7} {"delta",7}");
        foreach (var d in now.Dimensions)
        {
            before.DimensionScores.TryGetValue(d.Id, out var old);
            sb.AppendLine(Invariant, $"  {d.Id,-18} {Score(old),7} {Score(d.Score),7} {Delta(old, d.Score),7}");
        }

        foreach (var gone in before.DimensionScores.Keys.Where(k => now.Dimensions.All(d => d.Id != k)))
        {
            sb.AppendLine(Invariant, $"  {gone,-18} {Score(before.DimensionScores[gone]),7} {"-",7} (dimension no longer in the rules)");
        }

        sb.AppendLine(Invariant, $"  {"overall",-18} {Score(before.Score),7} {Score(now.Score),7} {Delta(before.Score, now.Score),7}");
        sb.Append(Invariant, $"  level {before.Level ?? "-"} -> {now.Level?.Id ?? "-"}, coverage {Human.Percent(before.Coverage, 0)} -> {Human.Percent(now.Coverage, 0)}");
        return sb.ToString();
    }

    private static string Short(string hash) => hash.Length > 12 ? hash.Substring(0, 12) : hash;

    private static string Score(double? score) => score is { } s ? Human.Number(s) : "-";

    private static string Delta(double? before, double? now) =>
        before is { } b && now is { } n ? Human.Change(n - b) : "-";
}
