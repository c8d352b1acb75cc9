using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Maturity.Loading;
using static Maturity.Tests.Loading.LoaderAssert;

namespace Maturity.Tests.Loading;

/// <summary>The loader reads files and compiles rule sets in parallel: what it reports and builds must not depend on
/// the scheduling, and the content hash, fed piece by piece, must stay the hash of the chain's texts.</summary>
public class LoaderParallelTests
{
    private static readonly (string Path, string Text)[] Files =
    [
        ("base.yaml", Sector("base", extra: "colour: red\n")),
        ("a.yaml", Sector("a", extends: "base", extra: "fallback: maybe\n")),
        ("b.yaml", Sector("b", extends: "missing")),
        ("c.yaml", Sector("c", extends: "base")),
        ("d.yaml", Sector("d").Replace("type: boolean", "type: yesno", StringComparison.Ordinal)),
        ("e.yaml", "ruleset: e\nversion: [1]\n"),
        ("f.yaml", Sector("f", extra: "levels:\n  - { id: l, min: x }\n")),
        ("g.yaml", Sector("c", extends: "base")),
        ("h.yaml", Sector("h")),
        ("i.yaml", "ruleset: i\n  bad: indentation\n"),
    ];

    [Fact]
    public void Load_ManyFilesWithProblems_SameDiagnosticsAndRuleSetsEveryTime()
    {
        var first = LoadMany(Files);
        first.Diagnostics.Select(d => d.Location.Path).Distinct().Should().HaveCountGreaterThan(6, Describe(first));
        first.RuleSets.Should().NotBeEmpty();

        for (var run = 0; run < 25; run++)
        {
            var again = LoadMany(Files);
            again.Diagnostics.Select(d => d.ToString()).Should().Equal(first.Diagnostics.Select(d => d.ToString()));
            again.RuleSets.Select(r => (r.Id, r.Hash)).Should().Equal(first.RuleSets.Select(r => (r.Id, r.Hash)));
        }
    }

    [Fact]
    public void Load_IndependentFilesTogether_ReportsWhatEachFileReportsAlone()
    {
        var independent = Files.Where(f => f.Path is "d.yaml" or "e.yaml" or "f.yaml" or "h.yaml" or "i.yaml").ToArray();
        var together = LoadMany(independent);
        var alone = independent.SelectMany(f => LoadMany(f).Diagnostics).Select(d => d.ToString()).ToList();

        together.Diagnostics.Select(d => d.ToString()).Should().Equal(alone);
        together.RuleSets.Select(r => r.Id).Should().Equal("h");
    }

    [Fact]
    public void WorkSharingFor_ManyItems_RunsEachOnce()
    {
        var runs = new int[1000];
        WorkSharing.For(runs.Length, i => System.Threading.Interlocked.Increment(ref runs[i]));
        runs.Should().OnlyContain(n => n == 1);
    }

    [Fact]
    public void WorkSharingFor_ItemThrows_RethrowsOnTheCallerAfterTheOthersRan()
    {
        var runs = new int[200];
        var act = () => WorkSharing.For(runs.Length, i =>
        {
            System.Threading.Interlocked.Increment(ref runs[i]);
            if (i == 7)
            {
                throw new InvalidOperationException("item 7");
            }
        });

        act.Should().Throw<InvalidOperationException>().WithMessage("item 7");
        runs.Should().OnlyContain(n => n == 1);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Hash_LongExtendsChain_IsSha256OfTheNormalisedChainTexts(int padding)
    {
        // Long enough to be hashed in several pieces; "é🙂a" repeated puts a surrogate pair across a piece boundary for
        // one of the four paddings.
        var description = "description: \"" + new string('x', padding) + string.Concat(Enumerable.Repeat("é🙂a", 3000)) + "\"\n";
        var baseText = Sector("base", extra: description).Replace("\n", "\r\n", StringComparison.Ordinal);
        var leafText = Sector("leaf", extends: "base", extra: "description: \"ß🙂\"\n");

        var loaded = LoadMany(("base.yaml", baseText), ("leaf.yaml", leafText));

        loaded.Diagnostics.Should().BeEmpty(Describe(loaded));
        loaded.RuleSets.Single(r => r.Id == "base").Hash.Should().Be(ChainHash(baseText));
        loaded.RuleSets.Single(r => r.Id == "leaf").Hash.Should().Be(ChainHash(baseText, leafText));
    }

    /// <summary>The hash as it always was: SHA-256 of the chain's texts, base first, line endings normalised, each followed
    /// by "\n\u001e\n", in UTF-8, as lower-case hex.</summary>
    private static string ChainHash(params string[] texts) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(texts.Select(t => t.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n\u001e\n")))))
            .ToLowerInvariant();
}
