namespace BoneBalance.Web.Api;

/// <summary>UTF-8 JSON already written, sent as it is with a status and an optional <c>Location</c>.</summary>
internal sealed class Utf8JsonResult(int status, ReadOnlyMemory<byte> json, string? location) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => status;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = json.Length;
        if (location is not null)
        {
            response.Headers.Location = location;
        }

        await response.Body.WriteAsync(json, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
