using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Maturity.Catalog;
using Maturity.Diagnostics;
using Maturity.Internal;
using Maturity.Loading;
using Maturity.Model;
using Maturity.Reporting;
using Maturity.Reporting.Portfolio;
using Maturity.Scoring;
using Maturity.Yaml;

namespace Maturity.Cli;

/// <summary><c>maturity report</c>: a self-contained HTML report, either of one company
/// (<c>--answers</c>, with the sector median from <c>--peers</c>) or of a portfolio (<c>--portfolio</c>,
/// with movers from <c>--previous</c>).</summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var answers = new Option<string?>("--answers", "-a") { Description = CliMessages.Text(CliMessages.HelpReportAnswers()) };
        var portfolio = new Option<string?>("--portfolio", "-p") { Description = CliMessages.Text(CliMessages.HelpReportPortfolio()) };
        var previous = new Option<string?>("--previous") { Description = CliMessages.Text(CliMessages.HelpReportPrevious()) };
        var peers = new Option<string?>("--peers") { Description = CliMessages.Text(CliMessages.HelpReportPeers()) };
        var rules = RulesOption.Create();
        var output = new Option<string>("--out", "-o") { Description = CliMessages.Text(CliMessages.HelpReportOut()), Required = true };
        var lenient = new Option<bool>("--lenient") { Description = CliMessages.Text(CliMessages.HelpLenient()) };
        var command = new Command("report", CliMessages.Text(CliMessages.HelpReport()))
        {
            answers, portfolio, previous, peers, rules, output, lenient,
        };
        command.SetAction(parse => Execute(
            new Request(parse.GetValue(answers), parse.GetValue(portfolio), parse.GetValue(previous), parse.GetValue(peers), parse.GetValue(rules), CliLanguage.Current, parse.GetValue(output)!, parse.GetValue(lenient)),
            stdout,
            stderr));
        return command;
    }

    private static int Execute(Request r, TextWriter stdout, TextWriter stderr)
    {
        if ((r.Answers is null) == (r.Portfolio is null))
        {
            CliMessages.Fail(stderr, CliMessages.ReportNeedsOneInput());
            return ExitCodes.Usage;
        }

        if (r.Answers is not null && r.Previous is not null)
        {
            CliMessages.Fail(stderr, CliMessages.PreviousGoesWithPortfolio());
            return ExitCodes.Usage;
        }

        if (r.Portfolio is not null && r.Peers is not null)
        {
            CliMessages.Fail(stderr, CliMessages.PeersGoWithAnswers());
            return ExitCodes.Usage;
        }

        foreach (var (path, notFound, folder) in new (string?, Func<string, LocalizedMessage>, bool)[]
        {
            (r.Answers, CliMessages.AnswersFileNotFound, false), (r.Portfolio, CliMessages.PortfolioFolderNotFound, true),
            (r.Previous, CliMessages.PreviousFolderNotFound, true), (r.Peers, CliMessages.PeersFolderNotFound, true),
        })
        {
            if (path is not null && !(folder ? Directory.Exists(path) : File.Exists(path)))
            {
                CliMessages.Fail(stderr, notFound(path));
                return ExitCodes.Usage;
            }
        }

        if (RulesOption.LoadForAssessment(r.Rules, stderr, out var exit) is not var (catalog, single))
        {
            return exit;
        }

        string html;
        if (r.Answers is not null)
        {
            var result = CliAssessment.AssessFile(r.Answers, catalog, single, r.Lenient, stderr);
            if (result is null)
            {
                return ExitCodes.InvalidInput;
            }

            IReadOnlyDictionary<string, double>? medians = null;
            if (r.Peers is not null)
            {
                var peers = AssessFolder(r.Peers, catalog, single, r.Lenient, stderr);
                if (peers is null)
                {
                    return ExitCodes.InvalidInput;
                }

                var self = PortfolioEntry.FromResult(result);
                var sameRules = peers.Where(p => p.RuleSetId == self.RuleSetId && p.MajorVersion == self.MajorVersion).ToList();
                if (sameRules.Count == 0)
                {
                    CliMessages.Fail(stderr, CliMessages.NoPeerWithRuleSet(r.Peers, result.RuleSetId));
                }
                else
                {
                    medians = new PortfolioAnalysis(sameRules).SectorMedians(result.RuleSetId);
                }
            }

            html = FirmHtmlReport.Render(result, r.Lang, medians);
        }
        else
        {
            var current = AssessFolder(r.Portfolio!, catalog, single, r.Lenient, stderr);
            if (current is null)
            {
                return ExitCodes.InvalidInput;
            }

            CampaignProgress? progress = null;
            PortfolioAnalysis analysis;
            try
            {
                analysis = new PortfolioAnalysis(current);
                if (r.Previous is not null)
                {
                    var before = AssessFolder(r.Previous, catalog, single, r.Lenient, stderr);
                    if (before is null)
                    {
                        return ExitCodes.InvalidInput;
                    }

                    progress = CampaignComparison.Compare(new PortfolioAnalysis(before), analysis);
                }
            }
            catch (ArgumentException ex)
            {
                stderr.WriteLine("maturity: " + ex.Message);
                return ExitCodes.InvalidInput;
            }
            catch (IncompatibleCampaignsException ex)
            {
                stderr.WriteLine("maturity: " + ex.Message);
                return ExitCodes.InvalidInput;
            }

            html = PortfolioHtmlReport.Render(analysis, r.Lang, progress);
        }

        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(r.Out)) is { } dir)
            {
                Directory.CreateDirectory(dir);
            }

            if (OutputFile.Problem(r.Answers is null ? [] : [r.Answers], [r.Out]) is { } problem)
            {
                CliMessages.Fail(stderr, problem);
                return ExitCodes.Usage;
            }

            using var file = OutputFile.Create(r.Out);
            var bytes = new System.Text.UTF8Encoding(false).GetBytes(html);
            file.Stream.Write(bytes, 0, bytes.Length);
            file.Commit();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            CliMessages.Fail(stderr, CliMessages.CannotWrite(r.Out, ex.Message));
            return ExitCodes.Usage;
        }

        CliMessages.Fail(stdout, CliMessages.Wrote(r.Out));
        return ExitCodes.Success;
    }

    private static List<PortfolioEntry>? AssessFolder(string folder, RuleSetCatalog catalog, RuleSet? single, bool lenient, TextWriter stderr)
    {
        var files = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => RuleSetLoader.IsRuleFileName(f) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var entries = new List<PortfolioEntry>();
        var ok = true;
        foreach (var f in files)
        {
            if (FileFacts.Of(f).Kind == FileKind.Special)
            {
                // A FIFO would block and /dev/zero never end: only regular files are answers files.
                stderr.WriteLine(SourceText.SpecialFileSkipped(f));
                continue;
            }

            if (CliAssessment.AssessFile(f, catalog, single, lenient, stderr) is { } result)
            {
                entries.Add(PortfolioEntry.FromResult(result));
            }
            else
            {
                ok = false;
            }
        }

        return ok ? entries : null;
    }

    private sealed record Request(string? Answers, string? Portfolio, string? Previous, string? Peers, string? Rules, string Lang, string Out, bool Lenient);
}
