using System;
using System.Collections.Generic;
using Maturity.Diagnostics;
using Maturity.Documents;

namespace Maturity.Loading;

/// <summary>Applies <c>extends</c>: folds a chain of documents, base first, into one <see cref="MergedRuleSet"/>.</summary>
internal static class RuleSetMerger
{
    public static MergedRuleSet Merge(IReadOnlyList<RuleSetDoc> chain, DiagnosticBag diagnostics)
    {
        var merged = new MergedRuleSet(chain[chain.Count - 1], chain);
        foreach (var doc in chain)
        {
            merged.AnswerSets.AddRange(doc.AnswerSets);
            foreach (var dim in doc.Dimensions)
            {
                if (!dim.Merge)
                {
                    merged.Dimensions.Add(dim);
                    continue;
                }

                var index = merged.Dimensions.FindIndex(d => string.Equals(d.Id.Value, dim.Id.Value, StringComparison.Ordinal));
                if (index < 0)
                {
                    diagnostics.Error(DiagnosticCodes.MergeTargetNotFound, dim.Id.Location, Messages.MergeTargetNotFound(dim.Id.Value), dim.Id.Value);
                    continue;
                }

                merged.Dimensions[index] = Combine(merged.Dimensions[index], dim);
            }

            if (doc.Levels is not null)
            {
                merged.Levels = doc.Levels;
            }

            merged.Recommendations.AddRange(doc.Recommendations);
            merged.Indicators.AddRange(doc.Indicators);
            if (doc.Scoring is { } s)
            {
                merged.Scoring.Scale = s.Scale ?? merged.Scoring.Scale;
                merged.Scoring.Unanswered = s.Unanswered ?? merged.Scoring.Unanswered;
                merged.Scoring.CumulativeLevels = s.CumulativeLevels ?? merged.Scoring.CumulativeLevels;
                if (s.Aggregate is not null)
                {
                    merged.Scoring.Aggregate = s.Aggregate;
                    merged.Scoring.AggregateLocation = s.AggregateLocation;
                }
            }
        }

        return merged;
    }

    /// <summary>A new node: the inherited one plus the extension's questions and groups; an extension may also re-weight it.</summary>
    private static NodeDoc Combine(NodeDoc inherited, NodeDoc extension)
    {
        var result = new NodeDoc
        {
            Id = inherited.Id,
            Location = inherited.Location,
            Title = extension.Title ?? inherited.Title,
            Weight = extension.Weight ?? inherited.Weight,
            Aggregate = inherited.Aggregate,
            AggregateLocation = inherited.AggregateLocation,
            Formula = inherited.Formula,
            Max = inherited.Max,
            Levels = extension.Levels ?? inherited.Levels,
            IsDimension = true,
        };
        if (extension.AggregateLocation is not null)
        {
            result.Aggregate = extension.Aggregate;
            result.AggregateLocation = extension.AggregateLocation;
            result.Formula = extension.Formula;
            result.Max = extension.Max;
        }

        result.Questions.AddRange(inherited.Questions);
        result.Questions.AddRange(extension.Questions);
        result.Groups.AddRange(inherited.Groups);
        result.Groups.AddRange(extension.Groups);
        return result;
    }
}
