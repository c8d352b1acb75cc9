using System;
using System.Collections.Generic;
using Maturity.Diagnostics;
using Maturity.Documents;

namespace Maturity.Loading;

/// <summary>Checks across rule files: two rule sets claiming the same NAF prefix would make the catalog's choice arbitrary.</summary>
internal static class CatalogChecks
{
    public static void CheckNafOverlaps(IEnumerable<RuleSetDoc> docs, DiagnosticBag bag)
    {
        var claims = new Dictionary<string, (string RuleSet, SourceLocation At)>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            if (doc.Id is null)
            {
                continue;
            }

            foreach (var prefix in doc.Naf)
            {
                if (!NafCode.IsValidPrefix(prefix.Value))
                {
                    continue;
                }

                var key = NafCode.Normalize(prefix.Value);
                if (claims.TryGetValue(key, out var first))
                {
                    if (first.RuleSet != doc.Id.Value)
                    {
                        bag.Error(DiagnosticCodes.AmbiguousNaf, prefix.Location, Messages.NafPrefixClaimed(prefix.Value, first.RuleSet, first.At.ToString()), "appliesTo.naf");
                    }
                    else
                    {
                        bag.Error(DiagnosticCodes.DuplicateId, prefix.Location, Messages.NafPrefixTwice(prefix.Value), "appliesTo.naf");
                    }

                    continue;
                }

                claims[key] = (doc.Id.Value, prefix.Location);
            }
        }
    }
}
