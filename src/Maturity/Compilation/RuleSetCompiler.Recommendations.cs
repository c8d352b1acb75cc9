using System;
using System.Collections.Generic;
using Maturity.Diagnostics;
using Maturity.Expressions;
using Maturity.Model;

namespace Maturity.Compilation;

/// <summary>Recommendations and the indicators shown beside the score.</summary>
internal sealed partial class RuleSetCompiler
{
    private List<Recommendation> BuildRecommendations()
    {
        var list = new List<Recommendation>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in _set.Recommendations)
        {
            CheckId(doc.Id, IdPattern, Messages.KindRecommendation());
            if (!ids.Add(doc.Id.Value))
            {
                _d.Error(DiagnosticCodes.DuplicateId, doc.Id.Location, Messages.RecommendationTwice(doc.Id.Value), doc.Id.Value);
            }

            CheckLabel(doc.Text, "text");
            var links = new List<RecommendationLink>();
            foreach (var link in doc.Links)
            {
                if (!Uri.TryCreate(link.Url.Value, UriKind.Absolute, out var uri) || uri.Scheme != "https")
                {
                    _d.Error(DiagnosticCodes.InvalidLink, link.Url.Location, Messages.LinkNotHttps(link.Url.Value));
                }

                CheckLabel(link.Title, "title");
                links.Add(new RecommendationLink(link.Url.Value, ToLabel(link.Title)));
            }

            var compiled = doc.When is null ? null : CompileExpression(doc.When, ValueKind.Boolean, _scopes!.Everything);
            var slots = new List<int>();
            var improves = new List<string>();
            if (doc.Improves is { } explicitImproves)
            {
                foreach (var id in explicitImproves)
                {
                    if (FindQuestion(id.Value) is { } q)
                    {
                        AddDistinct(slots, q.Index);
                    }
                    else
                    {
                        _d.Error(DiagnosticCodes.InvalidImproves, id.Location, Messages.ImprovesNotAQuestion(id.Value));
                    }
                }
            }
            else if (compiled is not null)
            {
                // Default: the questions the condition names, and every question of the nodes it names.
                foreach (var slot in compiled.QuestionSlots)
                {
                    AddDistinct(slots, slot);
                }

                foreach (var nodeSlot in compiled.NodeSlots)
                {
                    foreach (var q in _questions)
                    {
                        if (IsUnder(q, _nodes[nodeSlot]))
                        {
                            AddDistinct(slots, q.Index);
                        }
                    }
                }
            }

            foreach (var s in slots)
            {
                improves.Add(_questions[s].Id);
            }

            if (compiled is not null)
            {
                list.Add(new Recommendation(doc.Id.Value, doc.When!.Text, improves, doc.Effort, ToLabel(doc.Text) ?? Label.Invariant(doc.Id.Value), links, list.Count, compiled, slots.ToArray()));
            }
        }

        return list;
    }

    private List<Indicator> BuildIndicators(List<Level> levels)
    {
        var list = new List<Indicator>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in _set.Indicators)
        {
            CheckId(doc.Id, QuestionIdPattern, Messages.KindIndicator());
            if (doc.Id.Value.Length > 0 && !ids.Add(doc.Id.Value))
            {
                _d.Error(DiagnosticCodes.DuplicateId, doc.Id.Location, Messages.IndicatorTwice(doc.Id.Value), doc.Id.Value);
            }

            CheckLabel(doc.Title, "title");
            if (doc.Value is not null && CompileExpression(doc.Value, null, _scopes!.ForIndicators(levels)) is { } compiled)
            {
                var kind = compiled.Type == ValueKind.Boolean ? IndicatorKind.Boolean : IndicatorKind.Number;
                list.Add(new Indicator(doc.Id.Value, ToLabel(doc.Title) ?? Label.Invariant(doc.Id.Value), doc.Value.Text, kind, list.Count, compiled));
            }
        }

        return list;
    }
}
