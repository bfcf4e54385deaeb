// A CDS client for trying the CDS Hooks endpoints by hand: makes an ES384 key pair and signs JWTs as an EHR would.
//
//   dotnet run tools/cds-hooks-token.cs -- keys DIR                  writes DIR/client-es384.pem (private) and DIR/jwks.json (public)
//   dotnet run tools/cds-hooks-token.cs -- token DIR ISSUER AUDIENCE  prints a JWT (5 minutes, fresh jti) signed with that key
//
// Configure the app with CdsHooks:Clients:0:Issuer=ISSUER and CdsHooks:Clients:0:JwksFile=DIR/jwks.json; AUDIENCE is the
// exact URL called, e.g. http://localhost:5000/cds-services/bonebalance-patient-view. README, "CDS Hooks".
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

if (args is ["keys", var dir])
{
    Directory.CreateDirectory(dir);
    using var key = ECDsa.Create(ECCurve.NamedCurves.nistP384);
    File.WriteAllText(Path.Combine(dir, "client-es384.pem"), key.ExportECPrivateKeyPem());
    var q = key.ExportParameters(false).Q;
    var jwks = new JsonObject
    {
        ["keys"] = new JsonArray(new JsonObject { ["kty"] = "EC", ["crv"] = "P-384", ["x"] = B64(q.X!), ["y"] = B64(q.Y!), ["kid"] = Kid(q), ["use"] = "sig", ["alg"] = "ES384" }),
    };
    File.WriteAllText(Path.Combine(dir, "jwks.json"), jwks.ToJsonString());
    Console.WriteLine($"wrote {Path.Combine(dir, "client-es384.pem")} and {Path.Combine(dir, "jwks.json")}");
    return 0;
}

if (args is ["token", var keys, var issuer, var audience])
{
    using var key = ECDsa.Create();
    key.ImportFromPem(File.ReadAllText(Path.Combine(keys, "client-es384.pem")));
    var now = DateTimeOffset.UtcNow;
    var header = new JsonObject { ["alg"] = "ES384", ["typ"] = "JWT", ["kid"] = Kid(key.ExportParameters(false).Q) };
    var payload = new JsonObject
    {
        ["iss"] = issuer, ["aud"] = audience, ["iat"] = now.ToUnixTimeSeconds(), ["exp"] = now.AddMinutes(5).ToUnixTimeSeconds(), ["jti"] = Guid.NewGuid().ToString(),
    };
    var input = $"{B64(Encoding.UTF8.GetBytes(header.ToJsonString()))}.{B64(Encoding.UTF8.GetBytes(payload.ToJsonString()))}";
    var signature = key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA384, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    Console.WriteLine($"{input}.{B64(signature)}");
    return 0;
}

Console.Error.WriteLine("usage: keys DIR | token DIR ISSUER AUDIENCE");
return 2;

static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

// The key id: the first 8 bytes of the SHA-256 of the public point, so the same key always has the same kid.
static string Kid(ECPoint q) => B64(SHA256.HashData([.. q.X!, .. q.Y!])[..8]);
