using System.Linq;
using Maturity.Reporting;
using Maturity.Reporting.Portfolio;
using Maturity.Samples.Web.Storage;
using Maturity.Samples.Web.Web;
using Microsoft.AspNetCore.Mvc;

namespace Maturity.Samples.Web.Pages;

/// <summary>The library's portfolio report over the adviser's firms (latest completed campaign of each), with
/// the progress since each firm's previous campaign.</summary>
public sealed class PortfolioReportModel(FirmStore firms, Assessments assessments, Ui ui) : AdviserPage
{
    public IActionResult OnGet()
    {
        var campaigns = firms.List(Adviser).Select(f => firms.Campaigns(Adviser, f.Firm.Id)).ToList();
        var latest = new PortfolioAnalysis(assessments.Entries(campaigns, previous: false));
        var before = assessments.Entries(campaigns, previous: true);
        CampaignProgress? progress = null;
        if (before.Count > 0)
        {
            try
            {
                progress = CampaignComparison.Compare(new PortfolioAnalysis(before), latest);
            }
            catch (IncompatibleCampaignsException)
            {
                // The rules changed too much between campaigns to compare: show the portfolio alone.
            }
        }

        var html = PortfolioHtmlReport.Render(latest, ui.Language, progress);
        return Content(HostNavigation.Insert(html, "/", ui["back.portfolio"]), "text/html; charset=utf-8");
    }
}
