using BoneBalance.Data.Persistence;
using BoneBalance.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace BoneBalance.Web.Accounts;

/// <summary>Creates an account (email + password) and signs it in.</summary>
[EnableRateLimiting(SignInRateLimit.PolicyName)]
internal sealed partial class RegisterModel(UserManager<BoneBalanceUser> users, SignInManager<BoneBalanceUser> signIn, TimeProvider clock, ILogger<RegisterModel> logger) : PageModel
{
    /// <summary>The email as typed.</summary>
    public string? Email { get; private set; }

    /// <summary>Creates the account.</summary>
    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? confirm)
    {
        Email = email?.Trim();
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError("email", "Enter your email address.");
        }

        ChosenPassword.Check(ModelState, password, confirm, replacing: false);

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new BoneBalanceUser { UserName = Email, Email = Email, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        var result = await users.CreateAsync(user, password!).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email", error.Description);
            }

            return Page();
        }

        Registered(logger, user.Id);
        await signIn.SignInAsync(user, isPersistent: false).ConfigureAwait(false);
        return LocalRedirect("/Diary");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} registered")]
    private static partial void Registered(ILogger logger, string userId);
}
