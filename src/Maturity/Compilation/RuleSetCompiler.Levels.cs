using System;
using System.Collections.Generic;
using Maturity.Diagnostics;
using Maturity.Expressions;
using Maturity.Documents;
using Maturity.Model;

namespace Maturity.Compilation;

/// <summary>Overall and per-dimension levels with their gates; thresholds checked against what the score can reach.</summary>
internal sealed partial class RuleSetCompiler
{
    private List<Level> BuildLevels(List<LevelDoc> docs, double reachableMax, LocalizedMessage what)
    {
        var levels = new List<Level>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        double previous = double.NegativeInfinity;
        foreach (var doc in docs)
        {
            CheckId(doc.Id, IdPattern, Messages.KindLevel());
            if (!ids.Add(doc.Id.Value))
            {
                _d.Error(DiagnosticCodes.DuplicateId, doc.Id.Location, Messages.LevelTwice(doc.Id.Value), doc.Id.Value);
            }

            CheckLabel(doc.Title, "title");
            var min = doc.Min?.Value ?? 0;
            var at = doc.Min?.Location ?? doc.Id.Location;
            if (min < previous)
            {
                _d.Error(DiagnosticCodes.LevelThresholdDecreases, at, Messages.LevelBelowPrevious(doc.Id.Value, min, previous), doc.Id.Value);
            }
            else if (min == previous && doc.Requires.Count == 0)
            {
                _d.Warning(DiagnosticCodes.IndistinguishableLevel, at, Messages.LevelIndistinguishable(doc.Id.Value), doc.Id.Value);
            }

            if (min > reachableMax)
            {
                _d.Error(DiagnosticCodes.UnreachableLevel, at, Messages.LevelUnreachable(doc.Id.Value, min, what, Math.Round(reachableMax, 4)), doc.Id.Value);
            }

            previous = Math.Max(previous, min);
            var compiled = new List<CompiledExpression>();
            var gates = new List<Gate>();
            foreach (var r in doc.Requires)
            {
                gates.Add(BuildGate(r));
                if (CompileExpression(r.When, ValueKind.Boolean, _scopes!.Everything) is { } c)
                {
                    compiled.Add(c);
                }
            }

            levels.Add(new Level(doc.Id.Value, ToLabel(doc.Title) ?? Label.Invariant(doc.Id.Value), min, gates, levels.Count, compiled));
        }

        return levels;
    }

    private Gate BuildGate(GateDoc doc)
    {
        if (doc.Label is null)
        {
            _d.Warning(DiagnosticCodes.UnlabelledGate, doc.When.Location, Messages.UnlabelledGate(doc.When.Text));
        }

        CheckLabel(doc.Label, "label");
        return new Gate(doc.When.Text, ToLabel(doc.Label));
    }
}
