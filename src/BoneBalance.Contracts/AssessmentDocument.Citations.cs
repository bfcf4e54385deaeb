using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using BoneBalance.Core.Evidence;

namespace BoneBalance.Data.Contracts;

/// <summary>
/// Citations and enumeration tokens, written fast: citations are most of the document (about 36 kB for one person) and
/// are nearly always the same static <see cref="Citation"/> instances of the guidance and safety sources, so each is
/// encoded once and its encoding reused by every document.
/// </summary>
public static partial class AssessmentDocument
{
    // Per citation instance; a ConditionalWeakTable is thread-safe and lets an entry go with its citation, so citations
    // made per request (none today) would not make it grow.
    private static readonly ConditionalWeakTable<Citation, EncodedCitation> Encoded = [];

    /// <summary>Writes <paramref name="citations"/> as an array named <paramref name="name"/> of citation objects
    /// <c>{authors, title, source, year, url}</c>: the one shape of a citation in every JSON BoneBalance writes.</summary>
    public static void WriteCitations(Utf8JsonWriter json, ReadOnlySpan<byte> name, IReadOnlyList<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(citations);
        json.WriteStartArray(name);
        if (Encodable(json))
        {
            for (var i = 0; i < citations.Count; i++)
            {
                Encoded.GetValue(citations[i], EncodedCitation.Of).Write(json);
            }
        }
        else
        {
            for (var i = 0; i < citations.Count; i++)
            {
                WriteCitation(json, citations[i]);
            }
        }

        json.WriteEndArray();
    }

    private static void WriteCitation(Utf8JsonWriter json, Citation c)
    {
        json.WriteStartObject();
        json.WriteString(EncodedCitation.Authors, c.Authors);
        json.WriteString(EncodedCitation.Title, c.Title);
        json.WriteString(EncodedCitation.Source, c.Source);
        json.WriteNumber(EncodedCitation.Year, c.Year);
        json.WriteString(EncodedCitation.Url, c.Url);
        json.WriteEndObject();
    }

    // Pre-encoded text is only what this writer would write itself when it escapes with the encoder the text was encoded
    // with: the relaxed one of WriterOptions and CompactWriterOptions. A writer with another encoder gets the plain path.
    private static bool Encodable(Utf8JsonWriter json) => ReferenceEquals(json.Options.Encoder, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    /// <summary>One citation encoded for the relaxed encoder: each value for an indented writer, and the whole compact
    /// object for a writer without indentation (written as it stands, since it is exactly what the writer would write).</summary>
    private sealed class EncodedCitation
    {
        public static readonly JsonEncodedText Authors = JsonEncodedText.Encode("authors");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText Year = JsonEncodedText.Encode("year");
        public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");

        private readonly Citation _citation;
        private readonly JsonEncodedText _authors;
        private readonly JsonEncodedText _title;
        private readonly JsonEncodedText _source;
        private readonly JsonEncodedText? _url;
        private readonly byte[] _compact;

        private EncodedCitation(Citation citation)
        {
            var encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            _citation = citation;
            _authors = JsonEncodedText.Encode(citation.Authors, encoder);
            _title = JsonEncodedText.Encode(citation.Title, encoder);
            _source = JsonEncodedText.Encode(citation.Source, encoder);
            _url = citation.Url is null ? null : JsonEncodedText.Encode(citation.Url, encoder);
            var buffer = new ArrayBufferWriter<byte>(256);
            using (var json = new Utf8JsonWriter(buffer, CompactWriterOptions))
            {
                WriteCitation(json, citation);
            }

            _compact = buffer.WrittenSpan.ToArray();
        }

        public static EncodedCitation Of(Citation citation) => new(citation);

        public void Write(Utf8JsonWriter json)
        {
            if (!json.Options.Indented)
            {
                json.WriteRawValue(_compact, skipInputValidation: true);
                return;
            }

            json.WriteStartObject();
            json.WriteString(Authors, _authors);
            json.WriteString(Title, _title);
            json.WriteString(Source, _source);
            json.WriteNumber(Year, _citation.Year);
            if (_url is { } url)
            {
                json.WriteString(Url, url);
            }
            else
            {
                json.WriteNull(Url);
            }

            json.WriteEndObject();
        }
    }

    /// <summary>The tokens of one enumeration's values, converted once (the conversion allocates and is not cheap).</summary>
    private static class Tokens<T>
        where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> Of = Enum.GetValues<T>().Distinct().ToFrozenDictionary(v => v, Convert);

        public static readonly FrozenDictionary<string, T> ByToken = Of.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        public static readonly string Valid = string.Join(", ", Of.Values.Order(StringComparer.Ordinal));

        public static string Convert(T value) => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
    }
}
