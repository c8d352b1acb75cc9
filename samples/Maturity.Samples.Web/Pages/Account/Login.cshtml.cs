using System.Collections.Generic;
using System.Security.Claims;
using System.Threading.Tasks;
using Maturity.Samples.Web.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Maturity.Samples.Web.Pages.Account;

/// <summary>Cookie sign-in against the advisers table.</summary>
public sealed class LoginModel(AdviserStore advisers) : PageModel
{
    public string? ReturnUrl { get; private set; }

    public string? Login { get; private set; }

    public bool Failed { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? login, string? password, string? returnUrl)
    {
        var name = login is { Length: <= 64 } && password is { Length: <= 128 } ? advisers.Verify(login, password) : null;
        if (name is null)
        {
            (Login, ReturnUrl, Failed) = (login, returnUrl, true);
            return Page();
        }

        var identity = new ClaimsIdentity(
            new List<Claim> { new(ClaimTypes.NameIdentifier, login!), new(ClaimTypes.Name, name) },
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
