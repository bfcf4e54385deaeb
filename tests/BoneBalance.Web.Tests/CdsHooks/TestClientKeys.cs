using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BoneBalance.Web.Tests.CdsHooks;

/// <summary>
/// A CDS client's signing keys, made in the test (ECDSA P-384 and RSA 2048), its public JWK Set written to a temporary
/// file, and JWTs built by hand — header and payload as JSON, base64url, signed with the framework's own ECDsa/RSA — so
/// the tokens do not come from the library the service verifies them with.
/// </summary>
public sealed class TestClientKeys : IDisposable
{
    public const string Issuer = "https://ehr.test/";
    public const string EcKid = "ec-384";
    public const string RsaKid = "rsa-384";

    private readonly ECDsa _ec = ECDsa.Create(ECCurve.NamedCurves.nistP384);
    private readonly RSA _rsa = RSA.Create(2048);

    public TestClientKeys()
    {
        JwksFile = Path.Combine(Path.GetTempPath(), $"bonebalance-jwks-{Guid.NewGuid():N}.json");
        var ec = _ec.ExportParameters(false);
        var rsa = _rsa.ExportParameters(false);
        var jwks = new JsonObject
        {
            ["keys"] = new JsonArray(
                new JsonObject { ["kty"] = "EC", ["crv"] = "P-384", ["x"] = B64(ec.Q.X!), ["y"] = B64(ec.Q.Y!), ["kid"] = EcKid, ["use"] = "sig", ["alg"] = "ES384" },
                new JsonObject { ["kty"] = "RSA", ["n"] = B64(rsa.Modulus!), ["e"] = B64(rsa.Exponent!), ["kid"] = RsaKid, ["use"] = "sig", ["alg"] = "RS384" },
                // A symmetric key in the set must never be used: an HS256 token "signed" with it is still refused.
                new JsonObject { ["kty"] = "oct", ["k"] = B64(HmacSecret), ["kid"] = "hmac" }),
        };
        File.WriteAllText(JwksFile, jwks.ToJsonString());
    }

    /// <summary>The shared secret of the HS256 tokens (also published in the JWK Set, as a careless EHR might).</summary>
    public static byte[] HmacSecret { get; } = Encoding.UTF8.GetBytes("a shared secret of thirty-two bytes!");

    public string JwksFile { get; }

    /// <summary>A token; every claim can be changed or left out (null) to test the refusals.</summary>
    public string Token(
        string audience, string alg = "ES384", string? kid = null, string? issuer = Issuer, DateTimeOffset? expires = null,
        DateTimeOffset? issued = null, string? jti = "", string? typ = "JWT", ECDsa? otherEcKey = null)
    {
        var now = DateTimeOffset.UtcNow;
        var header = new JsonObject { ["alg"] = alg, ["kid"] = kid ?? (alg.StartsWith("RS", StringComparison.Ordinal) ? RsaKid : alg == "HS256" ? "hmac" : EcKid) };
        if (typ is not null)
        {
            header["typ"] = typ;
        }

        var payload = new JsonObject { ["aud"] = audience, ["exp"] = (expires ?? now.AddMinutes(5)).ToUnixTimeSeconds(), ["iat"] = (issued ?? now).ToUnixTimeSeconds() };
        if (issuer is not null)
        {
            payload["iss"] = issuer;
        }

        if (jti is not null)
        {
            payload["jti"] = jti.Length == 0 ? Guid.NewGuid().ToString() : jti;
        }

        var signingInput = $"{B64(Encoding.UTF8.GetBytes(header.ToJsonString()))}.{B64(Encoding.UTF8.GetBytes(payload.ToJsonString()))}";
        var data = Encoding.ASCII.GetBytes(signingInput);
        var signature = alg switch
        {
            "ES384" => (otherEcKey ?? _ec).SignData(data, HashAlgorithmName.SHA384, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
            "RS384" => _rsa.SignData(data, HashAlgorithmName.SHA384, RSASignaturePadding.Pkcs1),
            "HS256" => HMACSHA256.HashData(HmacSecret, data),
            "none" => [],
            _ => throw new ArgumentOutOfRangeException(nameof(alg), alg, "ES384, RS384, HS256 or none"),
        };
        return $"{signingInput}.{B64(signature)}";
    }

    public static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The payload of a token, decoded.</summary>
    public static JsonElement Payload(string token)
    {
        var part = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        return JsonDocument.Parse(Convert.FromBase64String(part.PadRight(part.Length + ((4 - (part.Length % 4)) % 4), '='))).RootElement;
    }

    public void Dispose()
    {
        _ec.Dispose();
        _rsa.Dispose();
        File.Delete(JwksFile);
    }
}
