using System.Linq;
using Maturity.Reporting;
using Maturity.Reporting.Portfolio;
using Maturity.Samples.Web.Storage;
using Maturity.Samples.Web.Web;
using Microsoft.AspNetCore.Mvc;

namespace Maturity.Samples.Web.Pages.Firms;

/// <summary>A completed campaign's result: the library's HTML firm report (radar against the median of the
/// adviser's firms under the same rule set, gap to the next level, recommendations), with a way back.</summary>
public sealed class FirmReportModel(FirmStore firms, Assessments assessments, Ui ui) : AdviserPage
{
    public IActionResult OnGet(long id, int campaign)
    {
        var record = firms.Find(Adviser, id) is null ? null : firms.Campaigns(Adviser, id).FirstOrDefault(c => c.Campaign == campaign);
        if (record is null || assessments.Result(record) is not { } result)
        {
            return NotFound();
        }

        var self = PortfolioEntry.FromResult(result);
        var peers = assessments.Entries(firms.List(Adviser).Select(f => firms.Campaigns(Adviser, f.Firm.Id)), previous: false)
            .Where(p => p.RuleSetId == self.RuleSetId && p.MajorVersion == self.MajorVersion)
            .ToList();
        var medians = peers.Count > 0 ? new PortfolioAnalysis(peers).SectorMedians(self.RuleSetId) : null;
        var html = FirmHtmlReport.Render(result, ui.Language, medians);
        return Content(HostNavigation.Insert(html, "/firms/" + id, ui["back.firm"]), "text/html; charset=utf-8");
    }
}
