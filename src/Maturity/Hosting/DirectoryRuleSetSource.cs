using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Maturity.Diagnostics;
using Maturity.Internal;
using Maturity.Loading;
using Maturity.Yaml;

namespace Maturity.Hosting;

/// <summary>Every <c>*.yaml</c>/<c>*.yml</c> file under a folder, recursively, in a stable order.
/// Watchable: changes, additions, deletions and renames of rule files trigger a reload when watching is on.</summary>
public sealed class DirectoryRuleSetSource : IWatchableRuleSetSource, IBoundedRuleSetSource
{
    /// <summary>Creates the source. A relative path is resolved against the current directory now.</summary>
    public DirectoryRuleSetSource(string directory) =>
        Directory = Path.GetFullPath(Guard.NotBlank(directory, "A rules folder is required."));

    /// <summary>The full path of the folder.</summary>
    public string Directory { get; }

    /// <inheritdoc />
    public string Name => Directory;

    /// <inheritdoc />
    public Task<IReadOnlyList<RuleSetFile>> ReadAsync(CancellationToken cancellationToken) =>
        Task.FromResult(((IBoundedRuleSetSource)this).Read(RuleSetLoaderOptions.Default.MaxFileBytes, cancellationToken));

    /// <summary>Reads each rule file up to the limit; a device, FIFO or socket named like a rule file is skipped with a warning.</summary>
    IReadOnlyList<RuleSetFile> IBoundedRuleSetSource.Read(long maxFileBytes, CancellationToken cancellationToken)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            throw new DirectoryNotFoundException("folder not found");
        }

        var files = RuleSetLoader.FindRuleFiles(Directory);
        var result = new List<RuleSetFile>(files.Count);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var problems = new DiagnosticBag();
            result.Add(RuleSetFile.FromRead(file, SourceText.ReadFile(file, maxFileBytes, problems, foundInFolder: true), problems));
        }

        return result;
    }

    /// <inheritdoc />
    public IDisposable Watch(Action changed)
    {
        Guard.NotNull(changed);
        var watcher = new FileSystemWatcher(Directory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        void OnChange(object sender, FileSystemEventArgs e)
        {
            // Deletions and renames may concern a folder full of rule files; a spurious reload is harmless (debounced).
            if (RuleSetLoader.IsRuleFileName(e.FullPath) || e.ChangeType is WatcherChangeTypes.Deleted or WatcherChangeTypes.Renamed)
            {
                changed();
            }
        }

        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += OnChange;
        watcher.Error += (_, _) => changed();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
