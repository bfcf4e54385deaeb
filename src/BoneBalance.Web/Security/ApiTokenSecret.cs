using System.Security.Cryptography;
using System.Text;

namespace BoneBalance.Web.Security;

/// <summary>
/// The text of an API token and its stored hash. A token is <c>bb_</c> + 32 random bytes in base64url (256 bits,
/// so a fast unsalted SHA-256 is enough: there is nothing to guess, unlike a password); only the hash is stored.
/// </summary>
internal static class ApiTokenSecret
{
    /// <summary>The prefix that marks a BoneBalance token (so a leaked one is recognisable).</summary>
    public const string Prefix = "bb_";

    /// <summary>A new random token.</summary>
    public static string Create() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The SHA-256 of the token's UTF-8 text, as stored.</summary>
    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
