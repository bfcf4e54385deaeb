using System.Security.Claims;

namespace BoneBalance.Web.Accounts;

/// <summary>Reads the account id from a signed-in principal (cookie or bearer token alike).</summary>
internal static class ClaimsPrincipalExtensions
{
    /// <summary>The user id, or null when not signed in.</summary>
    public static string? UserId(this ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true ? principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
