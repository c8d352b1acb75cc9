using System;
using System.Linq;
using System.Threading;
using CsCheck;
using FluentAssertions;
using Maturity.Diagnostics;
using Maturity.Tests.Fuzz;
using Maturity.Yaml;

namespace Maturity.Tests.Yaml;

/// <summary>Differential test of the fast reader against YamlDotNet's path: whenever the fast reader accepts a
/// text, YamlDotNet reads it without any diagnostic into the identical tree; so whenever YamlDotNet reports an
/// error, the fast reader has declined.</summary>
public class YamlSubsetReaderDifferentialTests
{
    private const string Path = "fuzz.yaml";

    private enum Outcome
    {
        Accepted,
        DeclinedValid,
        DeclinedInvalid,
    }

    [Fact]
    public void TryRead_ThousandsOfMutatedAndGeneratedTexts_AcceptsOnlyWhatYamlDotNetReadsIdentically()
    {
        var outcomes = Enumerable.Range(0, 4000).Select(Compare).ToList();

        // Both sides of the property were exercised, not only declines.
        outcomes.Count(o => o == Outcome.Accepted).Should().BeGreaterThan(800);
        outcomes.Count(o => o == Outcome.DeclinedInvalid).Should().BeGreaterThan(500);
        outcomes.Count(o => o == Outcome.DeclinedValid).Should().BeGreaterThan(100);
    }

    [Fact]
    [Trait("Category", "Fuzz")]
    public void FuzzTarget_YamlSubsetReader_AcceptsOnlyWhatYamlDotNetReadsIdentically()
    {
        var accepted = 0;
        FuzzBudget.Run("yaml-subset", Gen.Int, seed =>
        {
            if (Compare(seed) == Outcome.Accepted)
            {
                Interlocked.Increment(ref accepted);
            }

            return true;
        }, ciIterations: 1_000);

        accepted.Should().BePositive();
    }

    [Theory]
    [InlineData("a: 1\nb:\n  - x\n  - { c: d, e: [f, 'g'] }\n")]
    [InlineData("a: value # comment\nb: a:b\nc: 'it''s'\nd: \"\\\"\\n\\u00e9\"\n")]
    [InlineData("- id: x\n  name: y\n-   id: z\n    deep:\n      k: v\n")]
    [InlineData("a: \"x: y # z\"\nb: 'p, [q]'\nc: x, [y] {z}\n")]
    [InlineData("a: b\n\n# comment\n   # indented comment\nc:   d   \ne: f")]
    [InlineData("k: {}\nl: []\nm: [ ]\nn: { }\n")]
    [InlineData("\"quoted key\": 1\n'single': 2\n")]
    [InlineData("- \"a\": 1\n  b: 2\n- x\n")]
    public void TryRead_SubsetText_BuildsTheYamlDotNetTree(string text)
    {
        var bag = new DiagnosticBag();
        var reference = YamlReader.ReadWithYamlDotNet(Path, text, 64, bag);
        var fast = YamlSubsetReader.TryRead(Path, text, 64);

        bag.Items.Should().BeEmpty();
        fast.Should().NotBeNull();
        YamlTreeDiff.First(reference!, fast!).Should().BeNull();
    }

    [Theory]
    [InlineData("a:\tb\n")]
    [InlineData("a: b\r\nc: d\r\n")]
    [InlineData("a: |\n  text\n")]
    [InlineData("a: >\n  text\n")]
    [InlineData("a: plain\n  continued\n")]
    [InlineData("a: 'quoted\n  continued'\n")]
    [InlineData("a: &x b\nc: *x\n")]
    [InlineData("a: !!str b\n")]
    [InlineData("%YAML 1.2\n---\na: b\n")]
    [InlineData("---\na: b\n")]
    [InlineData("a: b\n...\n")]
    [InlineData("? a\n: b\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("a:\nb: c\n")]
    [InlineData("a:\n- b\n")]
    [InlineData("a: \"\\q\"\n")]
    [InlineData("a: \"\\U0001F600\"\n")]
    [InlineData("\uFEFFa: b\n")]
    [InlineData("a: [b,\n  c]\n")]
    [InlineData("a: {b: c,}\n")]
    [InlineData("a: [b: c]\n")]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("scalar\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: \"x\"y\n")]
    [InlineData("x y *z: w\n")]
    [InlineData("a: b *c: d\n")]
    public void TryRead_TextOutsideTheSubset_Declines(string text)
    {
        YamlSubsetReader.TryRead(Path, text, 64).Should().BeNull();
    }

    [Fact]
    public void TryRead_NestingAtTheLimit_AcceptsAndOverTheLimit_Declines()
    {
        const string Text = "a:\n  b:\n    c: [d, { e: f }]\n";

        YamlSubsetReader.TryRead(Path, Text, 5).Should().NotBeNull();
        YamlSubsetReader.TryRead(Path, Text, 4).Should().BeNull();
        YamlReader.ReadWithYamlDotNet(Path, Text, 4, new DiagnosticBag()).Should().BeNull();
    }

    [Fact]
    public void TryRead_HugeOrBinaryText_DeclinesOrReadsWithoutThrowing()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 100_000));
        var binary = new string(Enumerable.Range(0, 100_000).Select(i => (char)((i * 7919) % 0x10000)).ToArray());
        var longLine = "a: " + new string('x', 2_000_000) + "\n";
        var longKey = new string('k', 1_100) + ": v\n";

        YamlSubsetReader.TryRead(Path, deep, 64).Should().BeNull();
        YamlSubsetReader.TryRead(Path, binary, 64).Should().BeNull();
        YamlSubsetReader.TryRead(Path, longKey, 64).Should().BeNull();
        var read = YamlSubsetReader.TryRead(Path, longLine, 64).Should().BeOfType<YMapping>().Subject;
        ((YScalar)read.Entries[0].Value).Value.Should().HaveLength(2_000_000);
    }

    private static Outcome Compare(int seed)
    {
        var (text, maxDepth) = YamlDifferentialCases.Case(seed);
        var bag = new DiagnosticBag();
        var reference = YamlReader.ReadWithYamlDotNet(Path, text, maxDepth, bag);
        var fast = YamlSubsetReader.TryRead(Path, text, maxDepth);
        if (fast is null)
        {
            return bag.HasErrors ? Outcome.DeclinedInvalid : Outcome.DeclinedValid;
        }

        if (bag.Items.Count > 0 || reference is null)
        {
            throw new InvalidOperationException($"seed {seed}: the fast reader accepted a text YamlDotNet refuses ({string.Join("; ", bag.Items.Select(d => d.Message))}):\n{text}");
        }

        var difference = YamlTreeDiff.First(reference, fast);
        return difference is null
            ? Outcome.Accepted
            : throw new InvalidOperationException($"seed {seed}: {difference}, in:\n{text}");
    }
}
