using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Maturity.Internal;
using Maturity.Loading;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Catalog;

/// <summary>The rule sets that ship inside this library (every sector rule set and reference model of the
/// repository's <c>rules/</c> folder, versioned with the engine) and their JSON Schema: a host needs no file.</summary>
/// <remarks>A host adds its own rule sets on top with <see cref="Load"/> (or <c>AddShippedRuleSets()</c> next
/// to its own sources with dependency injection): its <c>extends: core</c> resolves to the shipped core, and its
/// file declaring a shipped id (its own <c>health</c>, say) replaces the shipped one.</remarks>
public static class ShippedRuleSets
{
    /// <summary>How shipped files are named in diagnostics and <see cref="RuleSet.SourcePath"/>, e.g.
    /// <c>shipped:rules/core.yaml</c>.</summary>
    public const string PathPrefix = "shipped:";

    /// <summary>The <c>$id</c> of the rule-set JSON Schema, stable across releases of format v1.</summary>
    public const string SchemaId = "https://maturity.example/schema/ruleset.schema.json";

    private const string ResourceFolder = "rules/";
    private const string SchemaResource = "rules/schema/ruleset.schema.json";

    private static readonly Lazy<IReadOnlyList<RuleSetFile>> LazyFiles = new(() => ReadFiles());
    private static readonly Lazy<RuleSetCatalog> LazyCatalog = new(() => new RuleSetCatalog(Load().ThrowIfFailed().RuleSets));

    /// <summary>The shipped rule files, in ordinal order of their names.</summary>
    public static IReadOnlyList<RuleSetFile> Files => LazyFiles.Value;

    /// <summary>The shipped rule sets compiled once into a catalog (the same instance on every call).</summary>
    public static RuleSetCatalog Catalog => LazyCatalog.Value;

    /// <summary>The rule-set JSON Schema (draft 2020-12) whose <c>$id</c> is <see cref="SchemaId"/>.</summary>
    public static string SchemaJson
    {
        get
        {
            using var stream = Resource(SchemaResource);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }
    }

    /// <summary>Loads the shipped rule sets together with a host's own files, which may extend them or replace
    /// one of the same id. Never throws on bad input: every problem is a diagnostic of the result.</summary>
    /// <param name="hostFiles">The host's rule files, or null for the shipped ones alone.</param>
    /// <param name="options">The loader's limits, or null for the defaults.</param>
    /// <returns>The compiled rule sets and every diagnostic.</returns>
    public static RuleSetLoadResult Load(IEnumerable<RuleSetFile>? hostFiles = null, RuleSetLoaderOptions? options = null) =>
        RuleSetLoader.Load(hostFiles is null ? Files : Files.Concat(hostFiles), options);

    /// <summary>Loads rule files kept outside the library whose <c>extends</c> may name a shipped rule set (a
    /// lone sector file extending <c>core</c>, say): a shipped rule set is loaded only where a file's chain needs
    /// it, and a file declaring a shipped id replaces it. The result holds those shipped bases too
    /// (<see cref="IsShipped"/> tells them apart).</summary>
    /// <param name="paths">The rule files.</param>
    /// <param name="options">The loader's limits, or null for the defaults.</param>
    /// <returns>The compiled rule sets and every diagnostic.</returns>
    public static RuleSetLoadResult LoadFiles(IEnumerable<string> paths, RuleSetLoaderOptions? options = null) =>
        LoadFiles(paths, options, _ => false);

    /// <summary>As <see cref="LoadFiles(IEnumerable{string}, RuleSetLoaderOptions?)"/>; files <paramref name="foundInFolder"/>
    /// (not named by the user) are skipped with a warning when they are not regular files.</summary>
    internal static RuleSetLoadResult LoadFiles(IEnumerable<string> paths, RuleSetLoaderOptions? options, Func<string, bool> foundInFolder) =>
        RuleSetLoader.LoadFiles(paths, options, foundInFolder, Files);

    /// <summary>True when <paramref name="ruleSet"/> was compiled from a shipped file.</summary>
    /// <param name="ruleSet">A rule set from any catalog.</param>
    /// <returns>Whether its source is one of <see cref="Files"/>.</returns>
    public static bool IsShipped(RuleSet ruleSet) =>
        (Guard.NotNull(ruleSet)).SourcePath.StartsWith(PathPrefix, StringComparison.Ordinal);

    private static List<RuleSetFile> ReadFiles()
    {
        var names = typeof(ShippedRuleSets).Assembly.GetManifestResourceNames()
            .Where(n => Normalize(n).StartsWith(ResourceFolder, StringComparison.Ordinal)
                && RuleSetLoader.IsRuleFileName(n))
            .OrderBy(Normalize, StringComparer.Ordinal)
            .ToList();
        var files = new List<RuleSetFile>(names.Count);
        foreach (var name in names)
        {
            using var stream = Resource(name);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files.Add(RuleSetFile.Shipped(PathPrefix + Normalize(name), copy.ToArray()));
        }

        return files;
    }

    // A build on Windows names resources with the folder separator it saw.
    private static string Normalize(string resourceName) => resourceName.Replace('\\', '/');

    private static Stream Resource(string name) =>
        typeof(ShippedRuleSets).Assembly.GetManifestResourceStream(name)
        ?? typeof(ShippedRuleSets).Assembly.GetManifestResourceStream(name.Replace('/', '\\'))
        ?? throw new FileNotFoundException("The library was built without its shipped rule files.", name);
}
