using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Maturity.Compilation;
using Maturity.Diagnostics;
using Maturity.Documents;
using Maturity.Expressions;
using Maturity.Internal;
using Maturity.Model;
using Maturity.Scoring;
using Maturity.Yaml;

namespace Maturity.Loading;

/// <summary>Loads, validates and compiles rule files. Never throws on bad input: every problem
/// becomes a diagnostic. Thread-safe (no shared state).</summary>
public static class RuleSetLoader
{
    /// <summary>Loads every <c>*.yaml</c>/<c>*.yml</c> file under <paramref name="directory"/> (recursively).</summary>
    public static RuleSetLoadResult LoadDirectory(string directory, RuleSetLoaderOptions? options = null)
    {
        Guard.NotNull(directory);

        if (!Directory.Exists(directory))
        {
            var bag = new DiagnosticBag();
            bag.Error(DiagnosticCodes.FileNotReadable, SourceLocation.FileOnly(directory), Messages.FolderNotFound());
            return new RuleSetLoadResult([], bag.Items);
        }

        return LoadFiles(FindRuleFiles(directory), options, _ => true, []);
    }

    /// <summary>The rule files under a folder, sorted for a stable order.</summary>
    public static IReadOnlyList<string> FindRuleFiles(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
            .Where(IsRuleFileName)
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>True for a name ending in <c>.yaml</c> or <c>.yml</c> (any case): the one test of what counts as a
    /// rule file, for folders, embedded resources, the shipped files and the tool.</summary>
    internal static bool IsRuleFileName(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Loads the given files together (an <c>extends</c> resolves among them).</summary>
    public static RuleSetLoadResult LoadFiles(IEnumerable<string> paths, RuleSetLoaderOptions? options = null) =>
        LoadFiles(paths, options, _ => false, []);

    /// <summary>Loads files; those <paramref name="foundInFolder"/> (not named by the user) are skipped with a
    /// warning when they are not regular files, instead of failing the load. <paramref name="bases"/> (shipped
    /// files) are loaded only where a file's <c>extends</c> chain needs them.</summary>
    internal static RuleSetLoadResult LoadFiles(IEnumerable<string> paths, RuleSetLoaderOptions? options, Func<string, bool> foundInFolder, IReadOnlyList<RuleSetFile> bases)
    {
        Guard.NotNull(paths);

        options ??= RuleSetLoaderOptions.Default;
        var bag = new DiagnosticBag();
        var sources = new List<RuleSetFile>(bases);
        foreach (var path in paths)
        {
            if (SourceText.ReadFile(path, options.MaxFileBytes, bag, foundInFolder(path)) is { } bytes)
            {
                sources.Add(RuleSetFile.FromBytes(bytes, path));
            }
        }

        return Load(sources, options, bag, shippedOnlyAsBases: bases.Count > 0);
    }

    /// <summary>Loads rule sets from in-memory sources.</summary>
    public static RuleSetLoadResult Load(IEnumerable<RuleSetFile> sources, RuleSetLoaderOptions? options = null) =>
        Load(Guard.NotNull(sources), options ?? RuleSetLoaderOptions.Default, new DiagnosticBag());

    /// <summary>Loads one rule set from text; convenient for tests and hosts with a single file.</summary>
    public static RuleSetLoadResult LoadText(string text, string path = "<string>", RuleSetLoaderOptions? options = null) =>
        Load([RuleSetFile.FromText(text, path)], options);

    private static RuleSetLoadResult Load(IEnumerable<RuleSetFile> sources, RuleSetLoaderOptions options, DiagnosticBag bag, bool shippedOnlyAsBases = false)
    {
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid loader options: " + string.Join(" ", problems), nameof(options));
        }

        // Each file is read on its own (decoding, YAML, document) and the files on the machine's cores; their diagnostics are
        // then added in the files' order, so a load reports exactly what a file-by-file load reports.
        var sourceList = sources as IReadOnlyList<RuleSetFile> ?? [.. sources];
        var read = new (RuleSetDoc? Doc, DiagnosticBag Bag)[sourceList.Count];
        WorkSharing.For(sourceList.Count, i => read[i] = ReadDocument(sourceList[i], options));
        var docs = new List<RuleSetDoc>();
        var shipped = new HashSet<RuleSetDoc>();
        for (var i = 0; i < read.Length; i++)
        {
            bag.AddRange(read[i].Bag.Items);
            if (read[i].Doc is { } doc)
            {
                docs.Add(doc);
                if (sourceList[i].IsShipped)
                {
                    shipped.Add(doc);
                }
            }
        }

        var byId = new Dictionary<string, RuleSetDoc>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            if (doc.Id is null)
            {
                continue;
            }

            if (!Model.RuleSetIds.IsValid(doc.Id.Value))
            {
                bag.Error(DiagnosticCodes.InvalidId, doc.Id.Location, Messages.InvalidRuleSetId(doc.Id.Value), "ruleset");
                doc.HasErrors = true;
            }

            if (byId.TryGetValue(doc.Id.Value, out var first) && shipped.Contains(first) != shipped.Contains(doc))
            {
                // A host's own file replaces the shipped rule set of the same id, whichever was given first.
                byId[doc.Id.Value] = shipped.Contains(first) ? doc : first;
                continue;
            }

            if (first is not null)
            {
                bag.Error(DiagnosticCodes.DuplicateRuleSet, doc.Id.Location, Messages.RuleSetAlreadyDeclared(doc.Id.Value, first.Path), "ruleset");
                continue;
            }

            byId[doc.Id.Value] = doc;
        }

        if (shippedOnlyAsBases)
        {
            KeepExtendedOnly(byId, shipped);
        }

        // Rule sets compile independently (a base document is shared, never changed), on the machine's cores; diagnostics and
        // rule sets are then taken in the sequential order.
        var leaves = byId.Values.ToList();
        var results = new (RuleSet? RuleSet, DiagnosticBag Bag)[leaves.Count];
        WorkSharing.For(leaves.Count, i => results[i] = Compile(leaves[i], byId, options));
        var compiled = new List<RuleSet>();
        foreach (var (ruleSet, compileBag) in results)
        {
            bag.AddRange(compileBag.Items);
            if (ruleSet is not null)
            {
                compiled.Add(ruleSet);
            }
        }

        if (shipped.Count > 0)
        {
            docs.RemoveAll(d => shipped.Contains(d) && d.Id is { } id && (!byId.TryGetValue(id.Value, out var kept) || kept != d));
        }

        CatalogChecks.CheckNafOverlaps(docs, bag);
        return new RuleSetLoadResult(compiled, Deduplicate(bag.ToSortedList()));
    }

    /// <summary>One source read into its document, with the diagnostics of reading it (its own problems first).</summary>
    private static (RuleSetDoc? Doc, DiagnosticBag Bag) ReadDocument(RuleSetFile source, RuleSetLoaderOptions options)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(source.Problems);
        var text = source.Text;
        if (text is null && source.Bytes is null)
        {
            return (null, bag);
        }

        if (text is null)
        {
            text = SourceText.Decode(source.Path, source.Bytes!, options.MaxFileBytes, bag);
        }
        else if (text.Length > options.MaxFileBytes)
        {
            bag.Error(DiagnosticCodes.FileTooLarge, SourceLocation.FileOnly(source.Path), Messages.TextTooLong(text.Length, options.MaxFileBytes));
            text = null;
        }
        else
        {
            text = SourceText.Check(source.Path, text, bag);
        }

        if (text is null)
        {
            return (null, bag);
        }

        var errorsBefore = bag.ErrorCount;
        var root = YamlReader.Read(source.Path, text, options.MaxYamlDepth, bag);
        if (root is not null && RuleSetDocumentReader.Read(source.Path, text, root, bag) is { } doc)
        {
            doc.HasErrors = bag.ErrorCount > errorsBefore;
            return (doc, bag);
        }

        return (null, bag);
    }

    /// <summary>One rule set: its <c>extends</c> chain resolved, merged and compiled, with the diagnostics of doing so.</summary>
    private static (RuleSet? RuleSet, DiagnosticBag Bag) Compile(RuleSetDoc doc, Dictionary<string, RuleSetDoc> byId, RuleSetLoaderOptions options)
    {
        var bag = new DiagnosticBag();
        if (doc.Version is null || doc.Title is null || doc.Languages.Count == 0)
        {
            return (null, bag);
        }

        var chain = RuleSetChain.Resolve(doc, byId, options.MaxExtendsDepth, bag);
        if (chain is null)
        {
            return (null, bag);
        }

        // A file with errors (an unknown key, a wrong value read as its default...) still goes through
        // the merger and the compiler so every problem is reported, but no rule set built on it is returned.
        var merged = RuleSetMerger.Merge(chain, bag);
        var documentsHaveErrors = chain.Exists(d => d.HasErrors);
        var ruleSet = RuleSetCompiler.Compile(merged, options.MaxItems, new ExpressionLimits(options.MaxExpressionLength, options.MaxExpressionDepth), bag, documentsHaveErrors);
        return (bag.HasErrors ? null : ruleSet, bag);
    }

    /// <summary>Drops the shipped rule sets that no other file's <c>extends</c> chain reaches.</summary>
    private static void KeepExtendedOnly(Dictionary<string, RuleSetDoc> byId, HashSet<RuleSetDoc> shipped)
    {
        var needed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        foreach (var doc in byId.Values)
        {
            if (!shipped.Contains(doc) && doc.Extends is { } extends)
            {
                pending.Push(extends.Value);
            }
        }

        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (byId.TryGetValue(id, out var doc) && shipped.Contains(doc) && needed.Add(id) && doc.Extends is { } extends)
            {
                pending.Push(extends.Value);
            }
        }

        foreach (var doc in shipped)
        {
            if (doc.Id is { } id && !needed.Contains(id.Value) && byId.TryGetValue(id.Value, out var kept) && kept == doc)
            {
                byId.Remove(id.Value);
            }
        }
    }

    /// <summary>A base file's problem is found again for each rule set extending it; report it once.</summary>
    private static List<Diagnostic> Deduplicate(IReadOnlyList<Diagnostic> sorted)
    {
        var result = new List<Diagnostic>(sorted.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in sorted)
        {
            if (seen.Add(d.ToString()))
            {
                result.Add(d);
            }
        }

        return result;
    }
}
