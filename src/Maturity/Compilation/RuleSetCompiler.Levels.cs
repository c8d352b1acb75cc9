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
    private List<Level> BuildLevels(List<LevelDoc> docs, double reachableMax, string what)
    {
        var levels = new List<Level>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        double previous = double.NegativeInfinity;
        foreach (var doc in docs)
        {
            CheckId(doc.Id, IdPattern, "level");
            if (!ids.Add(doc.Id.Value))
            {
                _d.Error(DiagnosticCodes.DuplicateId, doc.Id.Location, "level '" + doc.Id.Value + "' is declared twice");
            }

            CheckLabel(doc.Title, "title");
            var min = doc.Min?.Value ?? 0;
            var at = doc.Min?.Location ?? doc.Id.Location;
            if (min < previous)
            {
                _d.Error(DiagnosticCodes.LevelThresholdDecreases, at, FormattableString.Invariant($"level '{doc.Id.Value}' starts at {min}, below the level before it ({previous}); list levels from lowest to highest"));
            }
            else if (min == previous && doc.Requires.Count == 0)
            {
                _d.Warning(DiagnosticCodes.IndistinguishableLevel, at, "level '" + doc.Id.Value + "' has the same threshold as the level before it and no 'requires': it is reached exactly when that one is");
            }

            if (min > reachableMax)
            {
                _d.Error(DiagnosticCodes.UnreachableLevel, at, FormattableString.Invariant($"level '{doc.Id.Value}' needs {min}, but {what} can reach at most {Math.Round(reachableMax, 4)}"));
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
            _d.Warning(DiagnosticCodes.UnlabelledGate, doc.When.Location, "gate '" + doc.When.Text + "' has no label; advisers would read the raw expression: write { when: <expression>, label: { ... } }");
        }

        CheckLabel(doc.Label, "label");
        return new Gate(doc.When.Text, ToLabel(doc.Label));
    }
}
