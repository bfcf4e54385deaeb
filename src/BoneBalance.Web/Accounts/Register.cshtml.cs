using BoneBalance.Data.Persistence;
using BoneBalance.Web.Accounts.Mail;
using BoneBalance.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace BoneBalance.Web.Accounts;

/// <summary>
/// Creates an account (email + password).
/// <para>With mail configured the answer never tells whether the address already has an account: every accepted form
/// shows "check your email", and the mailbox gets either a link that confirms the new account (the account cannot sign
/// in before) or, when the address is registered already, a note saying so with the ways back in. A registration that
/// was never confirmed holds no data, so registering again replaces its password and sends a new link.</para>
/// <para>Without mail there is no other channel to the owner of an address: the account is created and signed in at
/// once, and a taken address is refused (one message). That form is rate-limited like sign-in; a BoneBalance open to
/// the internet should configure mail (README, "Accounts").</para>
/// </summary>
[LimitSignInAttempts]
internal sealed partial class RegisterModel(
    UserManager<BoneBalanceUser> users,
    SignInManager<BoneBalanceUser> signIn,
    TrustedDevices devices,
    MailOutbox outbox,
    IOptions<MailSettings> mail,
    TimeProvider clock,
    ILogger<RegisterModel> logger) : PageModel
{
    /// <summary>The one refusal of a taken address when mail is not configured.</summary>
    public const string AddressTaken = "An account cannot be created with this address. If it is yours, sign in instead.";

    /// <summary>The email as typed.</summary>
    public string? Email { get; private set; }

    /// <summary>True once a registration was accepted and an email is on its way (mail configured).</summary>
    public bool CheckYourEmail { get; private set; }

    /// <summary>Creates the account.</summary>
    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? confirm)
    {
        Email = email?.Trim();
        var address = EmailAddress.Normalise(email);
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError("email", "Enter your email address.");
        }
        else if (address is null)
        {
            ModelState.AddModelError("email", EmailAddress.Refusal(Email));
        }

        ChosenPassword.Check(ModelState, password, confirm, replacing: false);
        if (ModelState.IsValid)
        {
            // The password rules (length, the common-password list) are checked before the address is looked up, so a
            // refused password reads the same for a new and a taken address.
            var candidate = new BoneBalanceUser { UserName = address, Email = address };
            foreach (var validator in users.PasswordValidators)
            {
                var checkedPassword = await validator.ValidateAsync(users, candidate, password!).ConfigureAwait(false);
                foreach (var error in checkedPassword.Errors)
                {
                    ModelState.AddModelError("password", error.Description);
                }
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        return mail.Value.Enabled
            ? await RegisterByMailAsync(address!, password!).ConfigureAwait(false)
            : await RegisterAndSignInAsync(address!, password!).ConfigureAwait(false);
    }

    private async Task<IActionResult> RegisterAndSignInAsync(string address, string password)
    {
        var user = new BoneBalanceUser { UserName = address, Email = address, EmailConfirmed = true, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        var result = await users.CreateAsync(user, password).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
            {
                ModelState.AddModelError("email", AddressTaken);
            }

            foreach (var error in result.Errors.Where(e => e.Code.StartsWith("Password", StringComparison.Ordinal)))
            {
                ModelState.AddModelError("password", error.Description);
            }

            if (ModelState.IsValid)
            {
                ModelState.AddModelError("email", result.Errors.First().Description);
            }

            return Page();
        }

        Registered(logger, user.Id);
        await signIn.SignInAsync(user, isPersistent: false).ConfigureAwait(false);
        await devices.TrustAsync(HttpContext, user.Id).ConfigureAwait(false);
        return LocalRedirect("/Diary");
    }

    private async Task<IActionResult> RegisterByMailAsync(string address, string password)
    {
        var settings = mail.Value;
        var existing = await users.FindByEmailAsync(address).ConfigureAwait(false);
        if (existing is { EmailConfirmed: true })
        {
            // The same work as creating an account (hashing the password), so the answer takes as long.
            _ = users.PasswordHasher.HashPassword(existing, password);
            outbox.Post(AccountMail.AlreadyRegistered(settings, existing.Email!));
        }
        else
        {
            var user = existing;
            if (user is null)
            {
                user = new BoneBalanceUser { UserName = address, Email = address, CreatedUtc = clock.GetUtcNow().UtcDateTime };
                var created = await users.CreateAsync(user, password).ConfigureAwait(false);
                if (!created.Succeeded)
                {
                    // Another request registered the address a moment ago: answer as for a taken address.
                    CheckYourEmail = true;
                    return Page();
                }

                Registered(logger, user.Id);
            }
            else
            {
                // Never confirmed, so never signed in and holding no data: the newest registration's password wins.
                await users.RemovePasswordAsync(user).ConfigureAwait(false);
                await users.AddPasswordAsync(user, password).ConfigureAwait(false);
            }

            var token = await users.GenerateEmailConfirmationTokenAsync(user).ConfigureAwait(false);
            outbox.Post(AccountMail.ConfirmAddress(settings, user.Email!, AccountMail.Link(settings, "/Accounts/ConfirmEmail", user.Id, token)));
        }

        CheckYourEmail = true;
        return Page();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserId} registered")]
    private static partial void Registered(ILogger logger, string userId);
}
