using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace BoneBalance.Web.Accounts;

/// <summary>The first check of a password being chosen (register, change, reset): given, and typed the same twice. Length
/// and the common-password list are Identity's validators, run when the password is set.</summary>
internal static class ChosenPassword
{
    /// <summary>Adds errors on <c>password</c> or <c>confirm</c>; <paramref name="replacing"/> says "new password".</summary>
    public static void Check(ModelStateDictionary modelState, string? password, string? confirm, bool replacing)
    {
        var what = replacing ? "new password" : "password";
        if (string.IsNullOrEmpty(password))
        {
            modelState.AddModelError("password", $"Choose a {what} of at least {AccountsRegistration.MinimumPasswordLength} characters.");
        }
        else if (!string.Equals(password, confirm, StringComparison.Ordinal))
        {
            modelState.AddModelError("confirm", $"The two {what}s differ.");
        }
    }
}
