using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Maturity.Diagnostics;
using Maturity.Internal;
using Maturity.Loading;
using Maturity.Yaml;

namespace Maturity.Hosting;

/// <summary>The <c>*.yaml</c>/<c>*.yml</c> manifest resources of an assembly whose names start with a prefix
/// (e.g. <c>MyApp.Rules.</c>), in ordinal order. Diagnostics name a file <c>AssemblyName/ResourceName</c>.</summary>
/// <remarks>Embed rule files with <c>&lt;EmbeddedResource Include="rules/*.yaml" /&gt;</c>; their resource names are
/// then <c>RootNamespace.rules.core.yaml</c>, and so on.</remarks>
public sealed class EmbeddedResourceRuleSetSource : IBoundedRuleSetSource
{
    /// <summary>Creates the source.</summary>
    /// <param name="assembly">The assembly holding the resources.</param>
    /// <param name="prefix">Only resources whose names start with this (ordinal) are read; null or empty for all.</param>
    public EmbeddedResourceRuleSetSource(Assembly assembly, string? prefix = null)
    {
        Assembly = Guard.NotNull(assembly);
        Prefix = prefix ?? string.Empty;
    }

    /// <summary>The assembly holding the resources.</summary>
    public Assembly Assembly { get; }

    /// <summary>The resource name prefix (empty for all).</summary>
    public string Prefix { get; }

    /// <inheritdoc />
    public string Name => Assembly.GetName().Name + "/" + Prefix + "*.yaml";

    /// <inheritdoc />
    public Task<IReadOnlyList<RuleSetFile>> ReadAsync(CancellationToken cancellationToken) =>
        Task.FromResult(((IBoundedRuleSetSource)this).Read(RuleSetLoaderOptions.Default.MaxFileBytes, cancellationToken));

    /// <summary>Reads each resource up to the limit + 1 byte.</summary>
    IReadOnlyList<RuleSetFile> IBoundedRuleSetSource.Read(long maxFileBytes, CancellationToken cancellationToken)
    {
        var names = Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && RuleSetLoader.IsRuleFileName(n))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
        var assemblyName = Assembly.GetName().Name;
        var result = new List<RuleSetFile>(names.Count);
        foreach (var name in names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var stream = Assembly.GetManifestResourceStream(name) ?? throw new FileNotFoundException("resource not found", name);
            var path = assemblyName + "/" + name;
            var problems = new DiagnosticBag();
            result.Add(RuleSetFile.FromRead(path, SourceText.ReadStream(path, stream, maxFileBytes, problems), problems));
        }

        return result;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
