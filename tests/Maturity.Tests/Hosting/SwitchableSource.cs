using System.Collections.Generic;
using System.Threading;
using Maturity.Hosting;
using Maturity.Loading;

namespace Maturity.Tests.Hosting;

/// <summary>A host-implemented source (think: a CRM table of rule files) whose content a test switches.</summary>
internal sealed class SwitchableSource : IRuleSetSource
{
    private IReadOnlyList<RuleSetSource> _files;
    private int _reads;

    public SwitchableSource(params string[] texts)
    {
        _files = ToFiles(texts);
    }

    public string Name => "crm-database";

    public int Reads => Volatile.Read(ref _reads);

    public bool Fail { get; set; }

    public void Set(params string[] texts) => Volatile.Write(ref _files, ToFiles(texts));

    public IEnumerable<RuleSetSource> Read(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        if (Fail)
        {
            throw new System.IO.IOException("connection refused");
        }

        return Volatile.Read(ref _files);
    }

    private static List<RuleSetSource> ToFiles(string[] texts)
    {
        var files = new List<RuleSetSource>();
        for (var i = 0; i < texts.Length; i++)
        {
            files.Add(RuleSetSource.FromText("crm://rules/" + i, texts[i]));
        }

        return files;
    }
}
