using System.Security.Cryptography;
using System.Text;

namespace BoneBalance.Fhir.Output;

/// <summary>
/// Deterministic entry ids: a name-based UUID (RFC 9562 version 5 layout: SHA-1 of a namespace and a name) per entry,
/// whose namespace is derived from everything the bundle says. The same assessment of the same person on the same day
/// gives byte-identical bundles (golden tests, idempotent loads into an EHR), while two different assessments never share
/// a <c>urn:uuid</c>, so bundles from different runs can sit in one server without colliding.
/// </summary>
internal sealed class EntryIds
{
    private readonly byte[] _namespace;

    /// <summary>Ids in the namespace of <paramref name="content"/> (the assessment document, the as-of date and the patient).</summary>
    public EntryIds(string content) => _namespace = SHA256.HashData(Encoding.UTF8.GetBytes(content))[..16];

    /// <summary>The UUID of the entry named <paramref name="name"/> (e.g. <c>RiskAssessment/qfracture</c>), lower-case hex with hyphens.</summary>
    public string Of(string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[_namespace.Length + nameBytes.Length];
        _namespace.CopyTo(input, 0);
        nameBytes.CopyTo(input, _namespace.Length);
#pragma warning disable CA5350 // SHA-1 is what a version-5 UUID is defined with; it names entries, it protects nothing.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50); // version 5
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 4122/9562 variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }
}
