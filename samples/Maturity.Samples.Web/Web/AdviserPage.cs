using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maturity.Samples.Web.Web;

/// <summary>A page for the signed-in adviser; every store call passes <see cref="Adviser"/>.</summary>
public abstract class AdviserPage : PageModel
{
    /// <summary>The signed-in adviser's login.</summary>
    protected string Adviser => User.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
