using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Maturity.Hosting;

/// <summary>The sources every <c>AddMaturity</c> call on one service collection has added. Held in the
/// collection as a singleton instance, so a second call finds and extends the first one's. (Options go
/// through <c>IOptions&lt;MaturityOptions&gt;</c>.)</summary>
internal sealed class MaturityRegistration
{
    private readonly HashSet<object> _keys = [];

    public List<Func<IServiceProvider, IRuleSetSource>> Sources { get; } = [];

    /// <summary>Adds a source unless one with the same key was added before (by this or an earlier call).</summary>
    public void Add(object key, Func<IServiceProvider, IRuleSetSource> factory)
    {
        if (_keys.Add(key))
        {
            Sources.Add(factory);
        }
    }

    /// <summary>The registration an earlier <c>AddMaturity</c> call left in the collection, or null.</summary>
    public static MaturityRegistration? Find(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(MaturityRegistration) && descriptor.ImplementationInstance is MaturityRegistration existing)
            {
                return existing;
            }
        }

        return null;
    }

    public MaturityEngine CreateEngine(IServiceProvider services)
    {
        var sources = new List<IRuleSetSource>(Sources.Count);
        foreach (var factory in Sources)
        {
            sources.Add(factory(services) ?? throw new InvalidOperationException("A rule set source factory returned null."));
        }

        return new MaturityEngine(sources, services.GetRequiredService<IOptions<MaturityOptions>>().Value, services.GetService<ILogger<MaturityEngine>>());
    }
}
