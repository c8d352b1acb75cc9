using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Maturity.Catalog;
using Maturity.Diagnostics;
using Maturity.Loading;
using Maturity.Model;
using Maturity.Scoring;

namespace Maturity.Cli;

/// <summary>How every command reads rule paths. A folder is loaded whole (recursively). A single file is loaded
/// with the rule files next to it (that folder only, not below) so its <c>extends</c> resolves, but only its own
/// diagnostics are reported — the neighbours' too only when the file failed without a diagnostic of its own,
/// which means a base it needs is broken. A neighbour declaring the same rule set id as a named file is ignored, with a
/// warning. An <c>extends</c> that nothing given declares resolves to the shipped rule sets; without any path, the
/// shipped rule sets are the catalog.</summary>
internal sealed class CliRules
{
    private CliRules(IReadOnlyList<RuleSet> ruleSets, IReadOnlyList<Diagnostic> relevant, int requestedValid, string origin)
    {
        RuleSets = ruleSets;
        Relevant = relevant;
        RequestedValid = requestedValid;
        Origin = origin;
    }

    /// <summary>How many of the asked-for files compiled to a rule set.</summary>
    public int RequestedValid { get; }

    /// <summary>The rule sets of the files asked for (not the shipped bases they extend).</summary>
    public IReadOnlyList<RuleSet> RuleSets { get; }

    /// <summary>The diagnostics about what was asked for.</summary>
    public IReadOnlyList<Diagnostic> Relevant { get; }

    /// <summary>Where the rule sets come from, for people: a path, or "shipped rule sets".</summary>
    public string Origin { get; }

    public bool Success => Relevant.All(d => !d.IsError);

    public RuleSetCatalog Catalog => new(RuleSets);

    public static CliRules Shipped()
    {
        var result = ShippedRuleSets.Load();
        return new CliRules(result.RuleSets, result.Diagnostics, result.RuleSets.Count, CliMessages.Text(CliMessages.ShippedRuleSets()));
    }

    public static CliRules Load(IEnumerable<string> paths)
    {
        var requested = new HashSet<string>(StringComparer.Ordinal);
        var context = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                requested.UnionWith(RuleSetLoader.FindRuleFiles(p).Select(Path.GetFullPath));
            }
            else
            {
                var full = Path.GetFullPath(p);
                requested.Add(full);
                context.UnionWith(Directory.EnumerateFiles(Path.GetDirectoryName(full)!)
                    .Where(RuleSetLoader.IsRuleFileName));
            }
        }

        context.ExceptWith(requested);

        // Named relative to the current folder, as an editor shows them. The asked-for files come first: where a
        // neighbour declares the same rule set id, the first declaration wins, so the named file is the one used.
        var cwd = Directory.GetCurrentDirectory();
        var ordered = requested.OrderBy(f => f, StringComparer.Ordinal).Concat(context.OrderBy(f => f, StringComparer.Ordinal));
        var named = new HashSet<string>(paths.Where(p => !Directory.Exists(p)).Select(Path.GetFullPath), StringComparer.Ordinal);
        var result = ShippedRuleSets.LoadFiles(ordered.Select(f => Path.GetRelativePath(cwd, f)).ToList(), null, f => !named.Contains(Path.GetFullPath(f)));
        var relevant = result.Diagnostics.Where(d => requested.Contains(Path.GetFullPath(d.Location.Path))).ToList();
        relevant.AddRange(result.Diagnostics
            .Where(d => d.Code == DiagnosticCodes.DuplicateRuleSet && context.Contains(Path.GetFullPath(d.Location.Path)))
            .Select(d => new Diagnostic(d.Code, DiagnosticSeverity.Warning, CliMessages.NeighbourIgnored(d.Content ?? (object)d.Message), d.Location, d.Target)));
        var ruleSets = result.RuleSets.Where(rs => !ShippedRuleSets.IsShipped(rs)).ToList();
        var compiled = new HashSet<string>(ruleSets.Select(r => Path.GetFullPath(r.SourcePath)), StringComparer.Ordinal);
        if (requested.Any(f => !compiled.Contains(f)) && relevant.All(d => !d.IsError))
        {
            relevant.AddRange(result.Diagnostics.Where(d => d.IsError && context.Contains(Path.GetFullPath(d.Location.Path))));
        }

        return new CliRules(ruleSets, relevant, requested.Count(compiled.Contains), string.Join(", ", paths));
    }

    /// <summary>The rule set defined in <paramref name="path"/>, or null.</summary>
    public RuleSet? RuleSetOf(string path)
    {
        var full = Path.GetFullPath(path);
        return RuleSets.FirstOrDefault(rs => string.Equals(Path.GetFullPath(rs.SourcePath), full, StringComparison.Ordinal));
    }
}
