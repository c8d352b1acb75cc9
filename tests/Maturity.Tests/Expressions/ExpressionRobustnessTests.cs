using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using Maturity.Expressions;
using Maturity.Tests.Fuzz;

namespace Maturity.Tests.Expressions;

public class ExpressionRobustnessTests
{
    [Fact]
    public void Compile_HundredThousandOpeningParentheses_IsTooDeep_NotACrash()
    {
        string text = new string('(', 100_000);
        var limits = new ExpressionLimits(maxLength: int.MaxValue);
        ExpressionError error = Expr.SingleError(text, limits: limits);
        error.Code.Should().Be("MAT056");
        error.Offset.Should().Be(32);
    }

    [Fact]
    public void Compile_HundredThousandOpeningParentheses_WithDefaultLimits_IsTooLong() =>
        Expr.SingleError(new string('(', 100_000)).Code.Should().Be("MAT055");

    [Theory]
    [InlineData("not ")]
    [InlineData("-")]
    [InlineData("count(")]
    [InlineData("1 + (")]
    public void Compile_DeeplyNestedHostileInput_IsTooDeep(string opener)
    {
        string text = string.Concat(Enumerable.Repeat(opener, 20_000));
        var limits = new ExpressionLimits(maxLength: int.MaxValue);
        Expr.SingleError(text, limits: limits).Code.Should().Be("MAT056");
    }

    [Fact]
    public void Compile_LongFlatInputWithinRaisedLimits_DoesNotRecurse()
    {
        var limits = new ExpressionLimits(maxLength: int.MaxValue);
        string text = string.Join(" or ", Enumerable.Repeat("(headcount + 1 > 2)", 20_000));
        var (compiled, errors) = Expr.TryCompile(text, limits: limits);
        errors.Should().BeEmpty();
        compiled!.EvaluateBoolean(new FakeContext()).Should().BeFalse();
    }

    [Fact]
    public void Compile_TooManyBadCharacters_StopsReportingAfterACap()
    {
        var (compiled, errors) = Expr.TryCompile(new string('$', 900));
        compiled.Should().BeNull();
        errors.Should().HaveCountLessThanOrEqualTo(10).And.OnlyContain(e => e.Code == "MAT050");
    }

    [Fact]
    public void Compile_RandomText_NeverThrows_AndEitherCompilesOrReportsErrors()
    {
        FakeScope scope = FakeScope.Health();
        Gen.String.Sample(text => CompilesOrFails(scope, text), iter: 20_000);
    }

    [Fact]
    [Trait("Category", "Fuzz")]
    public void Compile_RandomTokenSoup_NeverThrows_AndEitherCompilesOrReportsErrors()
    {
        string[] pieces =
        [
            "ehr", "tools", "headcount", "secure_messaging", "clinical", "score", "nope", "count", "sum", "min", "max",
            "answered", "points", "and", "or", "not", "in", "true", "false", "'partial'", "'cloud'", "'x'", "12", "0.5",
            "(", ")", "[", "]", ",", "==", "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", " ", "'", "\"",
        ];
        FakeScope scope = FakeScope.Health();
        var soup = Gen.Int[0, pieces.Length - 1].Array[0, 40].Select(indexes => string.Join(" ", indexes.Select(i => pieces[i])));
        FuzzBudget.Run("expression", soup, text => CompilesOrFails(scope, text), ciIterations: 20_000);
    }

    private static bool CompilesOrFails(FakeScope scope, string text)
    {
        foreach (ValueKind expected in new[] { ValueKind.Boolean, ValueKind.Number })
        {
            var errors = new List<ExpressionError>();
            CompiledExpression? compiled = ExpressionCompiler.Compile(text, expected, scope, ExpressionLimits.Default, errors);
            if (compiled is null)
            {
                if (errors.Count == 0 || errors.Any(e => e.Offset < 0 || e.Offset > text.Length || string.IsNullOrEmpty(e.Message)))
                {
                    return false;
                }

                continue;
            }

            if (errors.Count != 0 || compiled.Type != expected)
            {
                return false;
            }

            // Evaluation is total: whatever compiled evaluates without throwing, answered or not.
            compiled.EvaluateBoolean(new FakeContext());
            compiled.EvaluateNumber(new FakeContext().Answer(Slot.Ehr, 99).Answer(Slot.Headcount, double.NaN).Tick(Slot.Tools, 0, 63));
        }

        return true;
    }

    [Fact]
    public void Evaluate_ToleratesOutOfRangeChoiceValues()
    {
        var ctx = new FakeContext().Answer(Slot.Ehr, 1e300);
        Expr.Bool("ehr in ['none', 'full']", ctx).Should().BeFalse();
        Expr.Bool("ehr > 'full'", ctx).Should().BeTrue();
        new FakeContext().Answer(Slot.Ehr, double.NaN).Invoking(c => Expr.Bool("ehr == 'none'", c)).Should().NotThrow();
    }

    [Fact]
    public void Evaluate_FromManyThreads_GivesTheSameResults()
    {
        CompiledExpression condition = Expr.Compile(
            "(ehr >= 'partial' and 'cloud' in tools) or count(secure_messaging, backup_tested) == 2 or headcount / 0 > 1");
        CompiledExpression formula = Expr.Compile("sum(headcount, count(tools)) * 2 - max(clinical, score)", ValueKind.Number);

        var contexts = new FakeContext[64];
        var expectedBool = new bool[contexts.Length];
        var expectedNumber = new double[contexts.Length];
        for (int i = 0; i < contexts.Length; i++)
        {
            var ctx = new FakeContext()
                .Answer(Slot.Ehr, i % 4)
                .Tick(Slot.Tools, i % 2 == 0 ? [Slot.Cloud] : [Slot.Email, Slot.Erp])
                .Answer(Slot.SecureMessaging, i % 3 == 0 ? 1 : 0)
                .Answer(Slot.BackupTested, i % 5 == 0 ? 1 : 0)
                .Answer(Slot.Headcount, i)
                .Node(0, i * 1.5);
            ctx.Score = 40;
            contexts[i] = ctx;
            expectedBool[i] = condition.EvaluateBoolean(ctx);
            expectedNumber[i] = formula.EvaluateNumber(ctx);
        }

        int mismatches = 0;
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            for (int round = 0; round < 2_000; round++)
            {
                for (int i = 0; i < contexts.Length; i++)
                {
                    if (condition.EvaluateBoolean(contexts[i]) != expectedBool[i] || formula.EvaluateNumber(contexts[i]) != expectedNumber[i])
                    {
                        Interlocked.Increment(ref mismatches);
                    }
                }
            }
        });

        mismatches.Should().Be(0);
        expectedBool.Should().Contain(true).And.Contain(false);
    }

    [Fact]
    public void Evaluate_DoesNotAllocate()
    {
        CompiledExpression condition = Expr.Compile(
            "(ehr >= 'partial' and 'cloud' in tools) or count(secure_messaging, backup_tested, ehr == lab) == 2 or headcount in [1, 2, 3]");
        CompiledExpression formula = Expr.Compile("sum(headcount, count(tools), points(ehr)) * 2 / 3 - max(clinical, score, -1)", ValueKind.Number);
        var ctx = new FakeContext().Answer(Slot.Ehr, 2).Tick(Slot.Tools, 1).Answer(Slot.Headcount, 2);

        // The per-thread counter also sees the runtime's one-off work on this thread (tiered JIT, type
        // loading), whose timing depends on what else runs in parallel. Warm up, then keep the smallest of
        // several rounds: an allocation in Evaluate shows in every round (1,000 calls each), a one-off in few.
        double total = 0;
        for (int round = 0; round < 3; round++)
        {
            total += EvaluateMany(condition, formula, ctx);
        }

        long fewest = long.MaxValue;
        for (int round = 0; round < 5; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            total += EvaluateMany(condition, formula, ctx);
            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        fewest.Should().Be(0);
        total.Should().NotBe(0);
    }

    private static double EvaluateMany(CompiledExpression condition, CompiledExpression formula, FakeContext ctx)
    {
        double total = 0;
        for (int i = 0; i < 1000; i++)
        {
            total += condition.EvaluateBoolean(ctx) ? 1 : 0;
            total += formula.EvaluateNumber(ctx);
        }

        return total;
    }

    [Fact]
    public void Compile_ParsesNumbersInvariantly_UnderAFrenchCulture()
    {
        using var french = FrenchCulture.Use();
        Expr.Number("0.5").Should().Be(0.5);
        Expr.Number("1.25 * 4").Should().Be(5);
        Expr.SingleError("0,5", ValueKind.Number).Code.Should().Be("MAT050");
        Expr.SingleError("headcount in [1.5, 'x']").Message.Should().Be("expected a number in the list, got the string 'x'");
        Expr.SingleError("ehr in [1.5]").Message.Should().Be("expected an option of question 'ehr' in quotes, got the number 1.5");
    }

    [Fact]
    public void Compile_MessagesUseInvariantNumbers_UnderAFrenchCulture() =>
        Expr.SingleError(new string(' ', 1234)).Message.Should().Be("the expression is 1234 characters long; the limit is 1000");
}
