using System.Threading.RateLimiting;

namespace BoneBalance.Web.Security;

/// <summary>
/// Limits sign-in and registration attempts per client IP address (<c>Accounts:SignInAttemptsPerMinute</c>, default
/// 10 a minute), on top of the per-account lock-out: the lock-out stops guessing one password, this stops one
/// address trying many accounts. Only form posts count; showing the page is free.
/// </summary>
internal static class SignInRateLimit
{
    /// <summary>The policy's name, for <c>[EnableRateLimiting]</c>.</summary>
    public const string PolicyName = "sign-in";

    /// <summary>Registers the policy; rejected requests get 429 Too Many Requests.</summary>
    public static void AddSignInRateLimit(this IServiceCollection services, int attemptsPerMinute)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PolicyName, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = attemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
        });
    }
}
