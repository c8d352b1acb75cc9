using System;
using System.Collections.Generic;
using Microsoft.Extensions.DependencyInjection;

namespace Maturity.Hosting;

/// <summary>What every <c>AddMaturity</c> call on one service collection has configured. Held in the
/// collection as a singleton instance, so a second call finds and extends the first one's.</summary>
internal sealed class MaturityRegistration
{
    private readonly HashSet<object> _keys = [];

    public List<Func<IServiceProvider, IRuleSetSource>> Sources { get; } = [];

    public MaturityEngineOptions Options { get; } = new();

    /// <summary>Adds a source unless one with the same key was added before (by this or an earlier call).</summary>
    public void Add(object key, Func<IServiceProvider, IRuleSetSource> factory)
    {
        if (_keys.Add(key))
        {
            Sources.Add(factory);
        }
    }

    public static MaturityRegistration GetOrAdd(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(MaturityRegistration) && descriptor.ImplementationInstance is MaturityRegistration existing)
            {
                return existing;
            }
        }

        var registration = new MaturityRegistration();
        services.AddSingleton(registration);
        return registration;
    }

    public MaturityEngine CreateEngine(IServiceProvider services)
    {
        var sources = new List<IRuleSetSource>(Sources.Count);
        foreach (var factory in Sources)
        {
            sources.Add(factory(services) ?? throw new InvalidOperationException("A rule set source factory returned null."));
        }

        return new MaturityEngine(sources, Options);
    }
}
