using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Maturity.Samples.Web.Web;

/// <summary>Headers every response carries: scripts only from this site, no framing, no MIME sniffing.
/// Inline styles stay allowed because the library's HTML reports are self-contained pages with inline CSS.</summary>
internal static class SecurityHeaders
{
    public static Task Add(HttpContext context, Func<Task> next)
    {
        var h = context.Response.Headers;
        h["Content-Security-Policy"] = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
        h["X-Content-Type-Options"] = "nosniff";
        h["Referrer-Policy"] = "same-origin";
        h["X-Frame-Options"] = "DENY";
        return next();
    }
}
