namespace BoneBalance.Web.Hosting;

/// <summary>
/// How errors are answered: programs (<c>/api</c>) get RFC 9457 problem documents; people (pages, forms, the PDF links) get
/// the error page in the site's layout (<c>Home/Error.cshtml</c>), with the same status code. Neither ever shows exception
/// details.
/// </summary>
internal static class ErrorPages
{
    /// <summary>True for requests answered with problem documents.</summary>
    public static bool ForPrograms(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds both error pipelines; call it where <c>UseExceptionHandler</c> would go.</summary>
    public static void UseErrorPages(this WebApplication app)
    {
        app.UseWhen(ForPrograms, programs =>
        {
            programs.UseExceptionHandler();
            programs.UseStatusCodePages();
        });
        app.UseWhen(context => !ForPrograms(context), people =>
        {
            people.UseExceptionHandler("/Error/500");
            people.UseStatusCodePagesWithReExecute("/Error/{0}");
        });
    }
}
