using System;
using System.Collections.Generic;
using System.Linq;
using Maturity.Catalog;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Samples.Adviser.Generation;

/// <summary>What the generator needs to know about one rule set, computed once: the NAF codes that select it,
/// its share of the portfolio, and per question how answers are drawn and which CSV column they go to.</summary>
public sealed class SectorPlan
{
    private SectorPlan(RuleSet ruleSet, string[] nafCodes, double weight, double maturity, QuestionPlan[] questions)
    {
        RuleSet = ruleSet;
        NafCodes = nafCodes;
        Weight = weight;
        Maturity = maturity;
        Questions = questions;
        Gate = new ConditionGate(ruleSet, questions);
    }

    /// <summary>The rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Full NAF codes that the catalog resolves to <see cref="RuleSet"/> (duplicates weight a code).</summary>
    public IReadOnlyList<string> NafCodes { get; }

    /// <summary>Relative share of the portfolio.</summary>
    public double Weight { get; }

    /// <summary>Mean latent maturity of the sector's firms.</summary>
    public double Maturity { get; }

    /// <summary>One entry per question of the rule set, in rule-set order.</summary>
    public IReadOnlyList<QuestionPlan> Questions { get; }

    /// <summary>Decides which questions are asked for a row (their <c>when</c> conditions).</summary>
    public ConditionGate Gate { get; }

    /// <summary>Plans every rule set a NAF code can select: each sector rule set (by its NAF prefixes) and the
    /// catalog's fallback (by NAF codes no sector claims). Rule sets chosen by id only (reference models) are left out.</summary>
    public static IReadOnlyList<SectorPlan> For(RuleSetCatalog catalog, IReadOnlyDictionary<string, int> columns)
    {
        var plans = new List<SectorPlan>();
        foreach (var rs in catalog.RuleSets)
        {
            var codes = new List<string>();
            if (rs.IsFallback || ReferenceEquals(rs, catalog.Fallback))
            {
                codes.AddRange(Picardie.UnclaimedNafCodes.Where(c => ReferenceEquals(catalog.FindByNaf(c), rs)));
            }
            else
            {
                foreach (var prefix in rs.NafPrefixes)
                {
                    var digits = NafCode.Normalize(prefix);
                    var division = digits.Substring(0, Math.Min(2, digits.Length));
                    // Divisions without Picardie figures draw from their official sub-classes (86.10Z form).
                    IEnumerable<string> candidates = Picardie.NafCodes.TryGetValue(division, out var known)
                        ? known
                        : NafCode.All.Where(c => c.StartsWith(division, StringComparison.Ordinal)).Select(c => NafCode.Format(c)!);
                    codes.AddRange(candidates.Where(c => NafCode.Normalize(c).StartsWith(digits, StringComparison.Ordinal) && ReferenceEquals(catalog.FindByNaf(c), rs)));
                }
            }

            if (codes.Count == 0)
            {
                continue;
            }

            var weight = Picardie.SectorWeights.TryGetValue(rs.Id, out var w) ? w : Picardie.DefaultSectorWeight;
            var maturity = Picardie.SectorMaturity.TryGetValue(rs.Id, out var m) ? m : 0.42;
            var questions = rs.Questions.Select(q => new QuestionPlan(rs, q, columns[q.Id])).ToArray();
            plans.Add(new SectorPlan(rs, codes.ToArray(), weight, maturity, questions));
        }

        return plans;
    }

    /// <summary>The CSV question columns: the union of the planned rule sets' question ids, the fallback's first.</summary>
    public static IReadOnlyList<string> QuestionColumns(RuleSetCatalog catalog)
    {
        var ordered = catalog.RuleSets.OrderBy(rs => ReferenceEquals(rs, catalog.Fallback) ? 0 : 1).ThenBy(rs => rs.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        foreach (var rs in ordered)
        {
            if (rs.NafPrefixes.Count == 0 && !ReferenceEquals(rs, catalog.Fallback))
            {
                continue;
            }

            foreach (var q in rs.Questions)
            {
                if (seen.Add(q.Id))
                {
                    list.Add(q.Id);
                }
            }
        }

        return list;
    }
}

/// <summary>How one question's answers are drawn.</summary>
public sealed class QuestionPlan
{
    internal QuestionPlan(RuleSet ruleSet, Question question, int column)
    {
        Question = question;
        Column = column;
        Key = Stable.Key(ruleSet.Id + "/" + question.Id);
        // Options from least to most points (list order breaks ties: rule files list options from least advanced).
        ByPoints = question.Options.OrderBy(o => o.Points).ThenBy(o => o.Index).ToArray();
        IsProfile = question.Type == QuestionType.Choice && question.Options.Count > 1 && question.Options.All(o => o.Points == question.Options[0].Points);
        None = question.Type == QuestionType.Multi
            ? question.Options.FirstOrDefault(o => o.Points == 0 && (o.Id == "none" || o.Id.StartsWith("no_", StringComparison.Ordinal)))
            : null;
        Tickable = ByPoints.Where(o => !ReferenceEquals(o, None)).ToArray();
    }

    /// <summary>The question.</summary>
    public Question Question { get; }

    /// <summary>Its column in the CSV question columns.</summary>
    public int Column { get; }

    /// <summary>Stable key of (rule set, question) for counter-based draws.</summary>
    public ulong Key { get; }

    /// <summary>Options ordered by points.</summary>
    public IReadOnlyList<AnswerOption> ByPoints { get; }

    /// <summary>Multi: the options other than <see cref="None"/>, by points.</summary>
    public IReadOnlyList<AnswerOption> Tickable { get; }

    /// <summary>Multi: an option meaning "none of these", ticked alone when nothing else is.</summary>
    public AnswerOption? None { get; }

    /// <summary>A choice whose options all score the same: a profile of the firm (care setting, production stage),
    /// drawn from its activity, not from its maturity.</summary>
    public bool IsProfile { get; }
}
