using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Maturity.Hosting;
using Maturity.Loading;

namespace Maturity.Tests.Hosting;

/// <summary>A host-implemented source (think: a CRM table of rule files) whose content a test switches.</summary>
internal sealed class SwitchableSource : IRuleSetSource
{
    private IReadOnlyList<RuleSetFile> _files;
    private int _reads;

    public SwitchableSource(params string[] texts)
    {
        _files = ToFiles(texts);
    }

    public string Name => "crm-database";

    public int Reads => Volatile.Read(ref _reads);

    public bool Fail { get; set; }

    public void Set(params string[] texts) => Volatile.Write(ref _files, ToFiles(texts));

    /// <summary>Completes asynchronously, as a database query does, so the engine's await path is the one tested.</summary>
    public async Task<IReadOnlyList<RuleSetFile>> ReadAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        Interlocked.Increment(ref _reads);
        if (Fail)
        {
            throw new System.IO.IOException("connection refused");
        }

        return Volatile.Read(ref _files);
    }

    private static List<RuleSetFile> ToFiles(string[] texts)
    {
        var files = new List<RuleSetFile>();
        for (var i = 0; i < texts.Length; i++)
        {
            files.Add(RuleSetFile.FromText(texts[i], "crm://rules/" + i));
        }

        return files;
    }
}
