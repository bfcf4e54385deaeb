using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;

namespace BoneBalance.Fhir.Bulk;

/// <summary>
/// Checks that a gzip file was read whole: the CRC-32 and length (mod 2³²) of everything decompressed must equal the
/// file's 8-byte trailer (RFC 1952, §2.3.1). .NET's <c>GZipStream</c> ends quietly at the end of a file cut short — in
/// the middle of its compressed data or before its trailer — so without this check a half-downloaded
/// <c>Observation.000.ndjson.gz</c> would screen everyone as if half their observations did not exist.
/// </summary>
/// <remarks>One gzip member a file, as <c>gzip</c> and the Bulk Data servers write; a file of several members joined
/// together fails the check too (its trailer is the last member's) and is reported as such.</remarks>
internal sealed class GzipTrailer
{
    private readonly Crc32 _crc = new();
    private long _length;

    /// <summary>Adds bytes decompressed from the file, in order.</summary>
    public void Append(ReadOnlySpan<byte> decompressed)
    {
        _crc.Append(decompressed);
        _length += decompressed.Length;
    }

    /// <summary>
    /// After the last byte: null when the trailer of <paramref name="file"/> (the compressed file, seekable) matches,
    /// else why not, for a message that names the file.
    /// </summary>
    public string? Mismatch(Stream file)
    {
        ArgumentNullException.ThrowIfNull(file);
        Span<byte> trailer = stackalloc byte[8];
        if (file.Length < 18) // a header (10 bytes) and a trailer at the least
        {
            return "the gzip file is cut short (shorter than a gzip header and trailer); download or copy it again";
        }

        file.Seek(-8, SeekOrigin.End);
        file.ReadExactly(trailer);
        var crc = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        var length = BinaryPrimitives.ReadUInt32LittleEndian(trailer[4..]);
        return crc == _crc.GetCurrentHashAsUInt32() && length == unchecked((uint)_length)
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"the gzip file is cut short or damaged: its {_length:N0} decompressed bytes do not match the length and CRC-32 its last 8 bytes record; download or copy it again (several gzip files joined into one are not read either: decompress it and compress it again as one)");
    }
}
