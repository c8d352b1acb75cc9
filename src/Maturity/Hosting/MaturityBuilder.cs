using System;
using System.IO;
using System.Reflection;
using Maturity.Catalog;
using Maturity.Internal;
using Maturity.Loading;
using Maturity.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace Maturity.Hosting;

/// <summary>Configures the rule set sources and options of <c>services.AddMaturity(...)</c>.</summary>
/// <remarks>Every <c>AddMaturity</c> call on the same service collection configures the same engine: sources
/// from all calls are combined in call order, and a source added twice (the same folder, the same assembly and
/// prefix, the same text and name, the same instance or source type) is read once. The option methods configure
/// <c>IOptions&lt;MaturityOptions&gt;</c>, in call order with the host's own <c>Configure&lt;MaturityOptions&gt;</c>
/// calls: the last one to set a value wins.</remarks>
public sealed class MaturityBuilder
{
    private readonly MaturityRegistration _registration;

    internal MaturityBuilder(IServiceCollection services, MaturityRegistration registration)
    {
        Services = services;
        _registration = registration;
    }

    /// <summary>The service collection being configured.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Adds every <c>*.yaml</c>/<c>*.yml</c> file under a folder (recursively). A relative path is
    /// resolved against the current directory now.</summary>
    public MaturityBuilder AddRuleSetsFromDirectory(string directory)
    {
        var source = new DirectoryRuleSetSource(directory);
        _registration.Add("directory:" + source.Directory, _ => source);
        return this;
    }

    /// <summary>Adds the <c>*.yaml</c>/<c>*.yml</c> embedded resources of an assembly whose names start with
    /// <paramref name="resourcePrefix"/> (all of them when null).</summary>
    public MaturityBuilder AddRuleSetsFromAssembly(Assembly assembly, string? resourcePrefix = null)
    {
        var source = new EmbeddedResourceRuleSetSource(assembly, resourcePrefix);
        _registration.Add("assembly:" + assembly.FullName + "|" + source.Prefix, _ => source);
        return this;
    }

    /// <summary>Adds the rule sets shipped inside this library (<see cref="ShippedRuleSets"/>): with nothing else,
    /// a ready catalog. The host's own sources come on top: their <c>extends: core</c> resolves to the shipped
    /// core, and a file declaring a shipped id replaces that rule set.</summary>
    public MaturityBuilder AddShippedRuleSets()
    {
        _registration.Add("shipped", _ => ShippedRuleSetSource.Instance);
        return this;
    }

    /// <summary>Adds one rule file given as text.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="name">The name its diagnostics show, e.g. <c>health.yaml</c>.</param>
    public MaturityBuilder AddRuleSet(string text, string name)
    {
        var source = new TextRuleSetSource(text, name);
        _registration.Add("text:" + name + "\n" + text, _ => source);
        return this;
    }

    /// <summary>Adds one rule file read from a stream that <paramref name="open"/> opens at every load.</summary>
    /// <param name="open">Opens a fresh stream on the rule file.</param>
    /// <param name="name">The name its diagnostics show.</param>
    public MaturityBuilder AddRuleSet(Func<Stream> open, string name)
    {
        var source = new StreamRuleSetSource(open, name);
        _registration.Add(open, _ => source);
        return this;
    }

    /// <summary>Adds a source the host implements (a CRM database, a configuration service...).</summary>
    public MaturityBuilder AddSource(IRuleSetSource source)
    {
        Guard.NotNull(source);
        _registration.Add(source, _ => source);
        return this;
    }

    /// <summary>Adds a source created from the container when the engine is first resolved (the engine is a
    /// singleton: resolve scoped services such as a DbContext through <see cref="IServiceScopeFactory"/> inside
    /// the source).</summary>
    public MaturityBuilder AddSource(Func<IServiceProvider, IRuleSetSource> factory)
    {
        Guard.NotNull(factory);
        _registration.Add(factory, factory);
        return this;
    }

    /// <summary>Adds a source of type <typeparamref name="TSource"/>: the registered service if there is one,
    /// otherwise an instance created with its constructor dependencies from the container.</summary>
    public MaturityBuilder AddSource<TSource>()
        where TSource : class, IRuleSetSource
    {
        _registration.Add(typeof(TSource), sp => ActivatorUtilities.GetServiceOrCreateInstance<TSource>(sp));
        return this;
    }

    /// <summary>Reloads automatically when a watchable source (a folder) changes, once changes have been quiet
    /// for <paramref name="debounce"/> (default 500 ms). A failed automatic reload keeps the previous rule sets and
    /// is reported by <see cref="IMaturityEngine.LastReload"/>, <see cref="IMaturityEngine.Reloaded"/> and the log.</summary>
    public MaturityBuilder WatchForChanges(TimeSpan? debounce = null)
    {
        if (debounce is { } delay)
        {
            Guard.NotNegative(delay, nameof(debounce));
        }

        Services.Configure<MaturityOptions>(options =>
        {
            options.WatchForChanges = true;
            options.WatchDebounce = debounce ?? options.WatchDebounce;
        });
        return this;
    }

    /// <summary>Changes the loader's safety limits, e.g. <c>ConfigureLoader(limits =&gt; limits with { MaxItems = 20_000 })</c>.</summary>
    /// <param name="configure">Returns the new limits from the current ones.</param>
    public MaturityBuilder ConfigureLoader(Func<RuleSetLoaderOptions, RuleSetLoaderOptions> configure)
    {
        Guard.NotNull(configure);
        Services.Configure<MaturityOptions>(options =>
            options.Loader = configure(options.Loader) ?? throw new InvalidOperationException("ConfigureLoader returned no loader options."));
        return this;
    }

    /// <summary>Sets the options <see cref="IMaturityEngine.Assess"/> uses when a call gives none (default: strict).</summary>
    public MaturityBuilder UseAssessmentOptions(AssessmentOptions options)
    {
        Guard.NotNull(options);
        Services.Configure<MaturityOptions>(o => o.Assessment = options);
        return this;
    }
}
