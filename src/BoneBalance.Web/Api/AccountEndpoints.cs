using BoneBalance.Data.Persistence;
using BoneBalance.Web.MyData;
using Microsoft.AspNetCore.Identity;

namespace BoneBalance.Web.Api;

/// <summary><c>GET /api/export</c> (all my data as JSON) and <c>DELETE /api/account</c> (the account and every row it owns).</summary>
internal static class AccountEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapAccountEndpoints(this RouteGroupBuilder api)
    {
        var account = api.MapGroup(string.Empty).WithTags("Account");
        account.MapGet("/export", async Task<Results<PushStreamHttpResult, UnauthorizedHttpResult>> (
                HttpContext context, UserManager<BoneBalanceUser> users, BoneBalanceDbContext db, TimeProvider clock, CancellationToken ct) =>
                await users.GetUserAsync(context.User).ConfigureAwait(false) is { } user
                    ? TypedResults.Stream(body => AccountExport.WriteAsync(body, db, user, clock.GetUtcNow().UtcDateTime, ct), "application/json")
                    : TypedResults.Unauthorized())
            .Produces<AccountExport>(StatusCodes.Status200OK, "application/json")
            .WithSummary("Everything BoneBalance holds about you, as JSON (streamed)");
        account.MapDelete("/account", async Task<Results<NoContent, UnauthorizedHttpResult, ProblemHttpResult>> (
                HttpContext context, UserManager<BoneBalanceUser> users, AccountDeletion deletion, SignInManager<BoneBalanceUser> signIn, CancellationToken ct) =>
            {
                if (await users.GetUserAsync(context.User).ConfigureAwait(false) is not { } user)
                {
                    return TypedResults.Unauthorized();
                }

                if (!await deletion.DeleteAsync(user, ct).ConfigureAwait(false))
                {
                    return TypedResults.Problem("The account could not be deleted; nothing was removed.", statusCode: StatusCodes.Status500InternalServerError);
                }

                await signIn.SignOutAsync().ConfigureAwait(false);
                return TypedResults.NoContent();
            })
            .WithSummary("Delete your account and every row it owns (irreversible)");
    }
}
