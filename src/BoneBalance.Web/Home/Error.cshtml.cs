using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BoneBalance.Web.Home;

/// <summary>
/// The page people see for an error status (400, 403, 404, 405, 413, 429, 500…), inside the site's layout. It is reached
/// only by re-execution from <see cref="Hosting.ErrorPages"/> (pages and forms); programs calling <c>/api</c> get problem
/// documents instead. It says what happened in plain words and never shows exception details.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    /// <summary>The heading.</summary>
    public string Title { get; private set; } = "Something went wrong";

    /// <summary>One or two sentences for the person.</summary>
    public string Explanation { get; private set; } = string.Empty;

    /// <summary>Runs for every method (a failed form post or a refused DELETE is re-executed with its own method, which no
    /// handler names), before the page renders.</summary>
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _ = int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code);

        // Reached directly (not re-executed), the page answers 404: /Error/500 typed into the address bar is not an error.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        var status = reExecuted && code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        (Title, Explanation) = Words(status);
        Response.StatusCode = status;
    }

    /// <summary>The heading and explanation for a status code.</summary>
    public static (string Title, string Explanation) Words(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ("The request could not be read",
            "Something in what was sent could not be understood, or the form had expired. Go back, reload the page and try again."),
        StatusCodes.Status403Forbidden => ("This is not yours to see",
            "This page or record belongs to another account, or your session does not allow it."),
        StatusCodes.Status404NotFound => ("Page not found",
            "There is nothing at this address. It may have been deleted, or the link may be mistyped."),
        StatusCodes.Status405MethodNotAllowed => ("That cannot be done here",
            "This address does not accept that kind of request. Use the page's own links and buttons."),
        StatusCodes.Status413PayloadTooLarge => ("Too much was sent",
            "What was sent is larger than BoneBalance accepts. Send less at a time."),
        StatusCodes.Status429TooManyRequests => ("Too many requests",
            "Too many requests came in a short time. Wait a minute and try again."),
        >= 500 => ("Something went wrong on our side",
            "BoneBalance could not complete this. Nothing you entered was shown to anyone. Try again in a moment; if it keeps happening, "
                + "tell whoever runs this BoneBalance."),
        _ => ("The request could not be completed", "Go back and try again."),
    };
}
