using System.Text.Json;
using BoneBalance.Core.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace BoneBalance.Fhir;

/// <summary>
/// Reads a FHIR R4 Bundle from UTF-8 JSON with Firely's System.Text.Json deserializer (<see cref="FhirJsonDeserializer"/>).
/// Refused, naming the field <c>bundle</c>, the problem and the position (Firely's element path, line and position):
/// malformed JSON, a root that is not a Bundle, an element or resource type R4 does not know (a document of another
/// FHIR version, or not FHIR). Lenient otherwise, as far as the SDK allows it cleanly: the deserializer keeps a value
/// that breaks a rule of the specification (a code outside its value set, a date in the wrong form) where it can, and
/// the reader then drops only the resource that cannot be read, naming it and why.
/// </summary>
internal static class FhirBundleParser
{
    private const string Field = "bundle";
    private const string Valid = "a FHIR R4 Bundle as JSON (resourceType \"Bundle\"; collection, transaction, searchset or $everything output)";

    // Strict, so that every issue is reported; the partial result is used, and only the issues below refuse it. The
    // narrative (text.div) is not read, so its XHTML is not checked.
    private static readonly FhirJsonDeserializer Deserializer = new(new DeserializerSettings().UsingMode(DeserializationMode.Strict, Hl7.Fhir.Validation.NarrativeValidationKind.None));

    // Firely's codes for "unknown element" and "unknown resource type" (CodedValidationException PVAL128, PVAL130).
    private static readonly string[] NotR4Codes = ["PVAL128", "PVAL130"];

    /// <summary>Reads the Bundle; see the class remarks for what is refused.</summary>
    /// <exception cref="InvalidInputException">The document is not a well-formed FHIR R4 Bundle.</exception>
    public static Bundle Parse(ReadOnlySpan<byte> utf8Json)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (utf8Json.StartsWith(bom))
        {
            utf8Json = utf8Json[bom.Length..];
        }

        RootIsBundle(utf8Json);
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        Resource? resource;
        IEnumerable<Hl7.Fhir.Utility.CodedException> issues;
        try
        {
            Deserializer.TryDeserializeResource(ref reader, out resource, out issues);
        }
        catch (JsonException e)
        {
            throw Malformed(e);
        }

        // What the R4 model has no place for (an unknown element or resource type) is another FHIR version, or not
        // FHIR: refused. Firely's message names the element path, line and position.
        if (issues.FirstOrDefault(i => NotR4Codes.Contains(i.ErrorCode)) is { } unknown)
        {
            throw new InvalidInputException(Field, unknown.Message.TrimEnd('.'), Valid, "is not FHIR R4");
        }

        return resource as Bundle
            ?? throw new InvalidInputException(Field, resource?.TypeName ?? "(nothing)", Valid, "is not a Bundle");
    }

    /// <summary>Reads the Bundle from a stream of UTF-8 JSON (read whole: the deserializer needs the bytes).</summary>
    public static Bundle Parse(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var copy = new MemoryStream();
        utf8Json.CopyTo(copy);
        return Parse(copy.GetBuffer().AsSpan(0, (int)copy.Length));
    }

    // The root's resourceType, read before the model is built: a Patient or an OperationOutcome sent instead of a Bundle
    // is refused by name, and malformed JSON by its position.
    private static void RootIsBundle(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new InvalidInputException(Field, reader.TokenType == JsonTokenType.None ? "(empty)" : reader.TokenType.ToString(), Valid, "is not a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isType = reader.ValueTextEquals("resourceType"u8);
                reader.Read();
                if (isType)
                {
                    var type = reader.TokenType == JsonTokenType.String ? reader.GetString() : reader.TokenType.ToString();
                    if (type != "Bundle")
                    {
                        throw new InvalidInputException(Field, $"resourceType '{type}'", Valid, "is not a Bundle");
                    }

                    return;
                }

                reader.Skip();
            }

            throw new InvalidInputException(Field, "(no resourceType)", Valid, "is not a FHIR resource");
        }
        catch (JsonException e)
        {
            throw Malformed(e);
        }
    }

    private static InvalidInputException Malformed(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = (cut < 0 ? message : message[..cut]).Trim().TrimEnd('.');
        var where = e.LineNumber is { } line ? $"line {line + 1}, byte {(e.BytePositionInLine ?? 0) + 1}" : "the document";
        return new InvalidInputException(Field, where, Valid, $"is not well-formed JSON ({message})");
    }
}
