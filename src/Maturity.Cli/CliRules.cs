using System;
using System.IO;
using System.Linq;
using Maturity.Loading;
using Maturity.Model;

namespace Maturity.Cli;

/// <summary>How every command reads <c>--rules</c>: a folder is loaded whole; a single file is loaded with
/// the other rule files of its folder, so its <c>extends</c> resolves, and that file's rule set is the one used
/// (a broken sibling it does not extend does not stop it).</summary>
internal static class CliRules
{
    public static (RuleSetLoadResult Loaded, RuleSet? Single) Load(string rulesPath)
    {
        if (Directory.Exists(rulesPath))
        {
            return (RuleSetLoader.LoadDirectory(rulesPath), null);
        }

        var full = Path.GetFullPath(rulesPath);
        var folder = Path.GetDirectoryName(full)!;
        var files = RuleSetLoader.FindRuleFiles(folder).Select(Path.GetFullPath).Append(full).Distinct(StringComparer.Ordinal).ToList();
        var loaded = RuleSetLoader.LoadFiles(files);
        var single = loaded.RuleSets.FirstOrDefault(rs => string.Equals(Path.GetFullPath(rs.SourcePath), full, StringComparison.Ordinal));
        return (loaded, single);
    }
}
