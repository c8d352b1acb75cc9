using System.Linq;
using Maturity.Loading;
using Maturity.Tests.Scoring;

namespace Maturity.Tests.Loading;

/// <summary>Loader options are immutable values: no caller can change another's limits through a shared instance.</summary>
public class LoaderOptionsTests
{
    [Fact]
    public void Default_DerivedWithOtherLimits_LeavesTheDocumentedLimitsForEveryLaterLoad()
    {
        // issue 13: Default was one shared mutable instance, so `Default.MaxItems = 1` broke every later load
        var tight = RuleSetLoaderOptions.Default with { MaxItems = 1 };

        tight.MaxItems.Should().Be(1);
        RuleSetLoaderOptions.Default.MaxItems.Should().Be(10_000);
        var rs = ScoringKit.Rules("dimensions:\n  - id: d\n    title: D\n    questions:\n      - { id: a, type: boolean, text: A }\n      - { id: b, type: boolean, text: B }\n");
        rs.Questions.Should().HaveCount(2);
    }

    [Fact]
    public void Default_Properties_HaveNoPublicSetter()
    {
        var setters = typeof(RuleSetLoaderOptions).GetProperties()
            .Where(p => p.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(p => p.Name);

        setters.Should().BeEmpty("options are changed with `with`, never in place");
    }

    [Fact]
    public void Validate_SeveralBadLimits_ReportsEveryProblemAtOnce()
    {
        var bad = RuleSetLoaderOptions.Default with { MaxFileBytes = 0, MaxYamlDepth = 2, MaxExtendsDepth = 0 };

        bad.Validate().Should().HaveCount(3);
    }
}
