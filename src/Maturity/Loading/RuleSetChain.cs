using System;
using System.Collections.Generic;
using Maturity.Diagnostics;
using Maturity.Documents;

namespace Maturity.Loading;

/// <summary>Follows <c>extends</c> from a rule file to its root base, reporting missing targets,
/// cycles and over-long chains. Returns the chain base-first.</summary>
internal static class RuleSetChain
{
    public static List<RuleSetDoc>? Resolve(RuleSetDoc leaf, IReadOnlyDictionary<string, RuleSetDoc> byId, int maxDepth, DiagnosticBag diagnostics)
    {
        var chain = new List<RuleSetDoc> { leaf };
        var seen = new HashSet<string>(StringComparer.Ordinal) { leaf.Id!.Value };
        var current = leaf;
        while (current.Extends is { } ext)
        {
            if (!byId.TryGetValue(ext.Value, out var next))
            {
                // Reported once, on the file that names the missing base.
                if (ReferenceEquals(current, leaf))
                {
                    diagnostics.Error(DiagnosticCodes.ExtendsNotFound, ext.Location, Messages.ExtendsNotFound(ext.Value, new List<string>(byId.Keys)), "extends");
                }

                return null;
            }

            if (!seen.Add(next.Id!.Value))
            {
                if (ReferenceEquals(current, leaf) || next == leaf)
                {
                    diagnostics.Error(DiagnosticCodes.ExtendsCycle, ext.Location, Messages.ExtendsCycle(Describe(chain) + " -> " + next.Id.Value), "extends");
                }

                return null;
            }

            if (chain.Count >= maxDepth)
            {
                diagnostics.Error(DiagnosticCodes.ExtendsTooDeep, leaf.Extends!.Location, Messages.ExtendsTooDeep(maxDepth, Describe(chain)), "extends");
                return null;
            }

            chain.Add(next);
            current = next;
        }

        chain.Reverse();
        return chain;
    }

    private static string Describe(List<RuleSetDoc> chain)
    {
        var ids = new List<string>();
        foreach (var d in chain)
        {
            ids.Add(d.Id!.Value);
        }

        return string.Join(" -> ", ids);
    }
}
