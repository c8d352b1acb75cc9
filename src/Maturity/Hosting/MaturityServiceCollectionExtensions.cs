using System;
using Maturity.Hosting;
using Maturity.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Maturity engine in a service collection.</summary>
public static class MaturityServiceCollectionExtensions
{
    /// <summary>Registers a singleton <see cref="MaturityEngine"/>, also served as <see cref="IMaturityEngine"/>,
    /// loading the rule sets from the sources <paramref name="configure"/> adds.</summary>
    /// <remarks>
    /// <para>Registrations use <c>TryAdd</c>: a host's own <see cref="IMaturityEngine"/> or <see cref="MaturityEngine"/>
    /// registration, made before or after, wins. Calling this method again adds no service twice: the sources of all
    /// calls are combined (duplicates read once) and later options override earlier ones.</para>
    /// <para>Options are <see cref="MaturityOptions"/> through <c>IOptions&lt;MaturityOptions&gt;</c>: bind them from
    /// configuration (<c>services.AddOptions&lt;MaturityOptions&gt;().BindConfiguration("Maturity")</c>), set them with
    /// <c>services.Configure&lt;MaturityOptions&gt;(...)</c> or the builder's methods. They are validated when the host
    /// starts (<c>ValidateOnStart</c>), every problem in one <see cref="OptionsValidationException"/>.</para>
    /// <para>The rule sets are loaded and validated once, lazily, when the engine is first resolved; if they are
    /// invalid, that resolution throws one <see cref="Maturity.Diagnostics.DiagnosticsException"/> listing every
    /// diagnostic (and the next resolution tries again). Resolve the engine at start-up to fail fast. Reloads are
    /// logged through the container's <c>ILogger&lt;MaturityEngine&gt;</c> when logging is registered.</para>
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds sources and sets options.</param>
    /// <returns>The service collection, for chaining.</returns>
    public static IServiceCollection AddMaturity(this IServiceCollection services, Action<MaturityBuilder>? configure = null)
    {
        Guard.NotNull(services);
        var registration = MaturityRegistration.Find(services);
        if (registration is null)
        {
            // First call only: ValidateOnStart registers a start-up check each time it is called.
            registration = new MaturityRegistration();
            services.AddSingleton(registration);
            services.AddOptions<MaturityOptions>().ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MaturityOptions>, MaturityOptionsValidator>());
        }

        configure?.Invoke(new MaturityBuilder(services, registration));
        services.TryAddSingleton(sp => registration.CreateEngine(sp));
        services.TryAddSingleton<IMaturityEngine>(sp => sp.GetRequiredService<MaturityEngine>());
        return services;
    }
}
