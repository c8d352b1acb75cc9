using System.Linq;
using System.Reflection;
using Maturity.Scoring;
using NetArchTest.Rules;

namespace Maturity.Tests.Architecture;

/// <summary>Namespaces of the Maturity assembly form layers, lowest first (docs/architecture.md): a
/// namespace may use those before it, never one after it, so the flow YAML → documents → compiled
/// rule set → scores → output reads one way.</summary>
public class LayeringTests
{
    /// <summary>The layers, lowest first. Namespaces are matched exactly (a sub-namespace is its own entry).</summary>
    private static readonly string[] Layers =
    [
        "Maturity.Internal",
        "Maturity.Diagnostics",
        "Maturity", // NafCode
        "Maturity.Yaml",
        "Maturity.Expressions",
        "Maturity.Model",
        "Maturity.Answers",
        "Maturity.Scoring",
        "Maturity.Output",
        "Maturity.Documents",
        "Maturity.Compilation",
        "Maturity.Loading",
        "Maturity.Catalog",
        "Maturity.Questionnaire",
        "Maturity.Hosting",
    ];

    private static readonly Assembly Library = typeof(RuleSet).Assembly;

    public static TheoryData<string> LayerNames() => new(Layers);

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void Layer_ReferencesOnlyLowerLayers(string layer)
    {
        var higher = Layers.SkipWhile(l => l != layer).Skip(1).SelectMany(DependencyNames).ToArray();
        if (higher.Length == 0)
        {
            return;
        }

        var result = InLayer(layer).ShouldNot().HaveDependencyOnAny(higher).GetResult();

        (result.FailingTypeNames ?? []).Should().BeEmpty($"{layer} may use only the layers below it, not {string.Join(", ", higher)}");
    }

    /// <summary>What a dependency on <paramref name="layer"/> looks like to NetArchTest, which matches by prefix:
    /// the namespace itself, except for the root, whose prefix every namespace shares; it is matched by its types.</summary>
    private static string[] DependencyNames(string layer) =>
        layer == "Maturity"
            ? Library.GetTypes().Where(t => t.Namespace == "Maturity" && !t.IsNested).Select(t => t.FullName!).ToArray()
            : [layer];

    [Fact]
    public void Layers_CoverEveryNamespaceOfTheLibrary()
    {
        var namespaces = Library.GetTypes().Select(t => t.Namespace).Where(n => n is not null && n.StartsWith("Maturity", System.StringComparison.Ordinal)).Distinct();

        namespaces.Should().BeSubsetOf(Layers, "a new namespace needs a place in the layers");
    }

    [Fact]
    public void DependencyCheck_SeesAKnownDownwardDependency()
    {
        // Guards the rule above against passing vacuously: hosting does load rule sets, and the check must see it.
        var result = InLayer("Maturity.Hosting").ShouldNot().HaveDependencyOn("Maturity.Loading").GetResult();

        result.IsSuccessful.Should().BeFalse();
    }

    /// <summary>Types whose namespace is exactly <paramref name="layer"/>: NetArchTest matches prefixes, and
    /// "Maturity" is the prefix of every namespace.</summary>
    private static PredicateList InLayer(string layer) =>
        Types.InAssembly(Library).That().ResideInNamespaceMatching("^" + layer.Replace(".", @"\.", System.StringComparison.Ordinal) + "$");
}
