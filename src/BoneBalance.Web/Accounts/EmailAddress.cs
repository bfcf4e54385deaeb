using System.Globalization;
using System.Text;

namespace BoneBalance.Web.Accounts;

/// <summary>
/// The email addresses accounts are registered with: internationalised addresses (RFC 6531/6532: <c>jürgen@beispiel.de</c>,
/// <c>名前@例え.jp</c>) are accepted as typed (trimmed; letter case is ignored when looking an account up). Refused: no <c>@</c>, an empty or over-long local part (more than 64 characters) or address
/// (more than 254), spaces and control characters, a domain that is not a valid internationalised host name with at
/// least one dot.
/// <para>Unicode normalisation is not applied: the app runs with invariant globalization, where <see cref="string.Normalize()"/>
/// leaves non-ASCII text as it is, so <c>ü</c> typed as u + combining diaeresis (rare: keyboards and browsers send the
/// precomposed letter) is a different address from the precomposed one.</para>
/// </summary>
internal static class EmailAddress
{
    /// <summary>Longest address accepted (RFC 5321 §4.5.3.1.3 path limit, less the angle brackets).</summary>
    public const int MaximumLength = 254;

    /// <summary>Longest local part accepted (RFC 5321 §4.5.3.1.1).</summary>
    public const int MaximumLocalPartLength = 64;

    private static readonly System.Buffers.SearchValues<char> Specials = System.Buffers.SearchValues.Create("<>()[],;:\\\"");

    private static readonly IdnMapping Idn = new() { AllowUnassigned = false, UseStd3AsciiRules = true };

    /// <summary>The refusal shown next to the email field.</summary>
    public static string Refusal(string typed) =>
        $"'{Shorten(typed)}' is not an email address. Valid: name@example.org, at most {MaximumLength} characters, no spaces "
        + "(international addresses such as jürgen@beispiel.de are fine).";

    /// <summary>The address as stored (trimmed), or null when <paramref name="typed"/> is not an address.</summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var address = typed.Trim();

        var at = address.LastIndexOf('@');
        if (address.Length > MaximumLength || at <= 0 || at > MaximumLocalPartLength || at == address.Length - 1)
        {
            return null;
        }

        var local = address.AsSpan(0, at);
        var domain = address[(at + 1)..];
        for (var rest = address.AsSpan(); !rest.IsEmpty;)
        {
            // Whole characters only: half a surrogate pair, a space, a control or an invisible formatting character is refused.
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) != System.Buffers.OperationStatus.Done
                || Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
            {
                return null;
            }

            rest = rest[used..];
        }

        if (local.Contains('@') || local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal) || local.ContainsAny(Specials))
        {
            return null;
        }

        try
        {
            var ascii = Idn.GetAscii(domain);
            return ascii.Contains('.', StringComparison.Ordinal) && !ascii.EndsWith('.') ? address : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string Shorten(string typed) => typed.Length <= 80 ? typed : typed[..80] + "…";
}
