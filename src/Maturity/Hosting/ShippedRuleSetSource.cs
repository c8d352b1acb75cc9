using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Maturity.Catalog;
using Maturity.Loading;

namespace Maturity.Hosting;

/// <summary>The shipped rule files as an engine source (<see cref="MaturityBuilder.AddShippedRuleSets"/>).</summary>
internal sealed class ShippedRuleSetSource : IRuleSetSource
{
    public static readonly ShippedRuleSetSource Instance = new();

    private ShippedRuleSetSource()
    {
    }

    public string Name => "shipped rule sets";

    public Task<IReadOnlyList<RuleSetFile>> ReadAsync(CancellationToken cancellationToken) => Task.FromResult(ShippedRuleSets.Files);
}
