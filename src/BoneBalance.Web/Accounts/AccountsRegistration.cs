using BoneBalance.Data.Persistence;
using BoneBalance.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace BoneBalance.Web.Accounts;

/// <summary>
/// Accounts: ASP.NET Core Identity (hashed passwords, lock-out) with a cookie for the browser and hashed bearer
/// tokens for programs, chosen per request by whether it carries <c>Authorization: Bearer</c>.
/// </summary>
internal static class AccountsRegistration
{
    /// <summary>The default scheme: forwards to the bearer handler or the Identity cookie.</summary>
    public const string CookieOrBearer = "CookieOrBearer";

    /// <summary>Failed sign-ins in a row that lock an account.</summary>
    public const int MaxFailedAttempts = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>How long a browser session lasts without use (sliding: each use within it extends it).</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    /// <summary>Shortest password accepted. Length rather than composition rules, as NIST SP 800-63B §5.1.1.2 advises
    /// (it sets 8 as the floor and recommends against character-class rules); 10 gives margin over that floor.</summary>
    public const int MinimumPasswordLength = 10;

    /// <summary>Registers Identity, the cookie, the bearer handler, authorization and the shared security counters.</summary>
    public static void AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieOrBearer;
                options.DefaultChallengeScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", options => options.ForwardDefaultSelector = context =>
                ApiTokenAuthenticationHandler.HasBearer(context.Request) ? ApiTokenAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();

        services.AddIdentityCore<BoneBalanceUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // The user name is the email address, checked by EmailAddress (internationalised addresses included);
                // Identity's default character list would refuse jürgen@beispiel.de.
                options.User.AllowedUserNameCharacters = string.Empty;
                options.Password.RequiredLength = MinimumPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
                options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddSignInManager<DeviceAwareSignInManager>()
            .AddEntityFrameworkStores<BoneBalanceDbContext>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Accounts/SignIn";
            cookie.LogoutPath = "/Accounts/SignOut";
            cookie.AccessDeniedPath = "/Accounts/SignIn";
            cookie.Cookie.Name = "BoneBalance.Session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = SessionLifetime;
            cookie.SlidingExpiration = true;
            // Programs get status codes, not a redirect to a sign-in form.
            cookie.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);
        });

        // Sessions end on the server, not only in the browser. Each sign-in has a session row whose key the cookie carries
        // (AccountSessions): signing out deletes that row, so the cookie and any copy of it stop working at once while the
        // account's other devices stay signed in. "Sign out everywhere", a password change and deleting the account delete
        // every row and renew the security stamp, which every cookie request also checks (ValidationInterval zero).
        AccountSessions.Register(services);
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        // Password reset by email, when an SMTP server is configured (Mail section): one-hour one-time links.
        services.Configure<Mail.MailSettings>(builder.Configuration.GetSection(Mail.MailSettings.Section));
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = Mail.AccountMail.LinkLifetime);
        services.AddSingleton<Mail.MailOutbox>();
        // With mail, a new account signs in only after confirming its address (RegisterModel), so registering tells a
        // stranger nothing about which addresses have accounts.
        services.AddOptions<IdentityOptions>().Configure<Microsoft.Extensions.Options.IOptions<Mail.MailSettings>>(
            (options, mail) => options.SignIn.RequireConfirmedEmail = mail.Value.Enabled);
        services.AddSingleton<SharedCounters>();
        services.AddHostedService<SecurityCounterSweeper>();
        services.AddSingleton<TrustedDevices>();
        services.AddHostedService<Mail.MailSender>();

        services.AddAuthorization();
    }

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            if (status == StatusCodes.Status401Unauthorized)
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
            }
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
