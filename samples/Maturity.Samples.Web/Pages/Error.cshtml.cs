using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maturity.Samples.Web.Pages;

/// <summary>The one error page: a plain message, never an exception's details.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public bool IsNotFound { get; private set; }

    public void OnGet(int? code) => IsNotFound = code == 404;

    public void OnPost(int? code) => IsNotFound = code == 404;
}
