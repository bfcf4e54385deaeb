namespace BoneBalance.Web.Security;

/// <summary>
/// Limits sign-in and registration attempts per client IP address (<c>Accounts:SignInAttemptsPerMinute</c>, default
/// 10 a minute), on top of the per-account lock-out: the lock-out stops guessing one password, this stops one
/// address trying many accounts. Only form posts of pages marked <see cref="LimitSignInAttemptsAttribute"/> count;
/// showing the page is free. The count is kept in the database (<see cref="SharedCounters"/>), so the limit is the
/// same whether one instance of the app serves an address or several behind a load balancer share its requests: with
/// a count per process, N instances would have let N times the limit through.
/// </summary>
internal static class SignInRateLimit
{
    /// <summary>The window the limit counts in (from an address's first attempt).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Answers a marked form post beyond the limit with 429 Too Many Requests (after routing, before the page).</summary>
    public static void UseSignInRateLimit(this WebApplication app)
    {
        var limit = app.Configuration.GetValue("Accounts:SignInAttemptsPerMinute", 10);
        if (limit < 1)
        {
            throw new InvalidOperationException($"Accounts:SignInAttemptsPerMinute is {limit}; valid: 1 or more.");
        }

        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && context.GetEndpoint()?.Metadata.GetMetadata<LimitSignInAttemptsAttribute>() is not null)
            {
                var counters = context.RequestServices.GetRequiredService<SharedCounters>();
                var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                if (await counters.IncrementAsync("sign-in:" + address, Window, sliding: false, context.RequestAborted).ConfigureAwait(false) > limit)
                {
                    context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                    context.Response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return;
                }
            }

            await next(context).ConfigureAwait(false);
        });
    }
}

/// <summary>Marks a page whose form posts count towards <see cref="SignInRateLimit"/> (sign-in, registration, password
/// and code forms).</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class LimitSignInAttemptsAttribute : Attribute;
