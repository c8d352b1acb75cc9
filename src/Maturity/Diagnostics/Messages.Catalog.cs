using System.Collections.Generic;

namespace Maturity.Diagnostics;

/// <summary>Catalogs and hosting: NAF claims across rule sets, sources a host reads rules from.</summary>
internal static partial class Messages
{
    public static LocalizedMessage NafPrefixClaimed(string prefix, string ruleSet, string at) =>
        Of(nameof(NafPrefixClaimed), ("prefix", prefix), ("ruleSet", ruleSet), ("at", at));

    public static LocalizedMessage NafPrefixTwice(string prefix) => Of(nameof(NafPrefixTwice), ("prefix", prefix));

    public static LocalizedMessage SourceNotReadable(string reason) => Of(nameof(SourceNotReadable), ("reason", reason));

    public static LocalizedMessage NoSourceConfigured() => Of(nameof(NoSourceConfigured));

    public static LocalizedMessage NoRuleFileInSources(IReadOnlyList<string> sources) => Of(nameof(NoRuleFileInSources), ("sources", sources));

    public static LocalizedMessage RuleSetTwice(string ruleSet) => Of(nameof(RuleSetTwice), ("ruleSet", ruleSet));
}
