using System.Text;
using BoneBalance.Data.Persistence;
using BoneBalance.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace BoneBalance.Web.Accounts;

/// <summary>
/// Two-step sign-in with an authenticator app (TOTP, RFC 6238, as ASP.NET Core Identity implements it): set up by
/// scanning the key and confirming one code, which also gives ten one-time recovery codes (shown once, stored hashed by
/// Identity); turned off with the password. Turning it on or off ends every other session.
/// </summary>
[Authorize]
[LimitSignInAttempts]
internal sealed partial class TwoFactorModel(
    UserManager<BoneBalanceUser> users, SignInManager<BoneBalanceUser> signIn, IUserStore<BoneBalanceUser> store, AccountSessions sessions,
    ILogger<TwoFactorModel> logger) : PageModel
{
    /// <summary>Recovery codes made at a time.</summary>
    public const int RecoveryCodeCount = 10;

    /// <summary>True when two-step sign-in is on.</summary>
    public bool Enabled { get; private set; }

    /// <summary>Recovery codes not yet used.</summary>
    public int RecoveryCodesLeft { get; private set; }

    /// <summary>The key in groups of four, for typing.</summary>
    public string FormattedKey { get; private set; } = string.Empty;

    /// <summary>The <c>otpauth://</c> URI as a PNG data URI.</summary>
    public string QrCode { get; private set; } = string.Empty;

    /// <summary>Codes just made (shown once).</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    /// <summary>Shows the state, or the key to set it up.</summary>
    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User).ConfigureAwait(false) is { } user ? await ShowAsync(user).ConfigureAwait(false) : Challenge();

    /// <summary>Turns it on when the code from the app matches the key.</summary>
    public async Task<IActionResult> OnPostEnableAsync(string? code, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Challenge();
        }

        var digits = new string((code ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        if (digits.Length != 6 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits).ConfigureAwait(false))
        {
            ModelState.AddModelError("code", "That code does not match. Enter the 6 digits the app shows now (they change every 30 seconds).");
            return await ShowAsync(user).ConfigureAwait(false);
        }

        await users.SetTwoFactorEnabledAsync(user, true).ConfigureAwait(false);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount).ConfigureAwait(false);
        await EndOtherSessionsAsync(user, cancellationToken).ConfigureAwait(false);
        Changed(logger, user.Id, "on");
        RecoveryCodes = [.. codes ?? []];
        return await ShowAsync(user).ConfigureAwait(false);
    }

    /// <summary>New recovery codes (the old ones stop working).</summary>
    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Challenge();
        }

        if (await users.GetTwoFactorEnabledAsync(user).ConfigureAwait(false))
        {
            RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount).ConfigureAwait(false) ?? []];
        }

        return await ShowAsync(user).ConfigureAwait(false);
    }

    /// <summary>Turns it off once the password is confirmed; the key is replaced, so the app's entry stops working.</summary>
    public async Task<IActionResult> OnPostDisableAsync(string? password, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Challenge();
        }

        var check = string.IsNullOrEmpty(password) ? null : await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true).ConfigureAwait(false);
        if (check is not { Succeeded: true })
        {
            ModelState.AddModelError("password", "The password is not right.");
            return await ShowAsync(user).ConfigureAwait(false);
        }

        await users.SetTwoFactorEnabledAsync(user, false).ConfigureAwait(false);
        await users.ResetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        await EndOtherSessionsAsync(user, cancellationToken).ConfigureAwait(false);
        Changed(logger, user.Id, "off");
        return await ShowAsync(user).ConfigureAwait(false);
    }

    // The security stamp changed (Identity renews it when 2FA is switched): every session ends, then this browser signs in
    // afresh, as it has just proved both factors (or the password) here.
    private async Task EndOtherSessionsAsync(BoneBalanceUser user, CancellationToken cancellationToken)
    {
        await SessionsEnding.EndEverywhereAsync(users, sessions, user, cancellationToken).ConfigureAwait(false);
        await signIn.SignOutAsync().ConfigureAwait(false);
        await signIn.SignInAsync(user, isPersistent: false).ConfigureAwait(false);
    }

    private async Task<IActionResult> ShowAsync(BoneBalanceUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user).ConfigureAwait(false);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user).ConfigureAwait(false);
            return Page();
        }

        var key = await users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        if (string.IsNullOrEmpty(key))
        {
            // A first key is stored without renewing the security stamp (ResetAuthenticatorKeyAsync would): opening this
            // page must not sign the account out everywhere. Turning two-step sign-in on or off does that.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<BoneBalanceUser>)store).SetAuthenticatorKeyAsync(user, key, HttpContext.RequestAborted).ConfigureAwait(false);
            await users.UpdateAsync(user).ConfigureAwait(false);
        }

        FormattedKey = Grouped(key);
        QrCode = "data:image/png;base64," + Convert.ToBase64String(PngByteQRCodeHelper.GetQRCode(AuthenticatorUri(user.Email ?? user.Id, key), QRCodeGenerator.ECCLevel.M, 5));
        return Page();
    }

    /// <summary>The key-URI an authenticator app reads (the Google Authenticator key-URI format).</summary>
    public static string AuthenticatorUri(string account, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString("BoneBalance")}:{Uri.EscapeDataString(account)}?secret={key}&issuer=BoneBalance&digits=6";

    private static string Grouped(string key)
    {
        var text = new StringBuilder(key.Length + key.Length / 4);
        for (var i = 0; i < key.Length; i++)
        {
            text.Append(i > 0 && i % 4 == 0 ? " " : string.Empty).Append(char.ToLowerInvariant(key[i]));
        }

        return text.ToString();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} turned two-step sign-in {State}")]
    private static partial void Changed(ILogger logger, string userId, string state);
}
