using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using Maturity.Diagnostics;
using Maturity.Yaml;

namespace Maturity.Tests.Yaml;

/// <summary>Every YAML file the project ships takes the fast path, and the fast path builds the very tree
/// YamlDotNet's path builds from it.</summary>
public class YamlSubsetReaderShippedFilesTests
{
    public static TheoryData<string> ShippedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in ShippedYaml())
        {
            data.Add(Path.GetRelativePath(TestPaths.RepositoryRoot, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void TryRead_ShippedFile_AcceptsItAndBuildsTheYamlDotNetTree(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, relativePath));
        var bag = new DiagnosticBag();

        var reference = YamlReader.ReadWithYamlDotNet(relativePath, text, 64, bag);
        var fast = YamlSubsetReader.TryRead(relativePath, text, 64);

        bag.Items.Should().BeEmpty();
        reference.Should().NotBeNull();
        fast.Should().NotBeNull("the fast reader must accept every shipped file");
        YamlTreeDiff.First(reference!, fast!).Should().BeNull();
    }

    [Fact]
    public void ShippedFiles_RulesAndSamples_AreAllFound()
    {
        var files = ShippedYaml().Select(f => Path.GetRelativePath(TestPaths.RepositoryRoot, f).Replace('\\', '/')).ToList();

        files.Should().Contain("rules/core.yaml").And.Contain("rules/reference/eurostat-dii.yaml").And.Contain("samples/companies/core/beginner.yaml");
        files.Count(f => f.StartsWith("rules/", System.StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(17);
    }

    private static IEnumerable<string> ShippedYaml() =>
        new[] { TestPaths.Rules, TestPaths.Samples }
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".yaml", System.StringComparison.Ordinal) || f.EndsWith(".yml", System.StringComparison.Ordinal))
            .OrderBy(f => f, System.StringComparer.Ordinal);
}
