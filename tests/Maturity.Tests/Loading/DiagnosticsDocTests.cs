using System.IO;
using System.Linq;
using System.Reflection;
using Maturity.Diagnostics;

namespace Maturity.Tests.Loading;

/// <summary>docs/diagnostics.md lists every code that DiagnosticCodes declares.</summary>
public class DiagnosticsDocTests
{
    [Fact]
    public void DiagnosticsDoc_ListsEveryDeclaredCode()
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "diagnostics.md"));
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!).ToList();
        codes.Should().HaveCountGreaterThan(50).And.OnlyHaveUniqueItems();
        codes.Where(c => !doc.Contains("| " + c + " |")).Should().BeEmpty();
    }
}
