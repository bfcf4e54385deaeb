using System.Text.Json;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Validation;

namespace BoneBalance.Data.Contracts;

/// <summary>
/// The profile contract (README, "bonebalance assess"): a person's profile, medications, conditions, symptoms, DXA results, labs,
/// supplements, FRAX result and optionally a food diary as one JSON document, read into a validated
/// <see cref="AssessmentInput"/>. The CLI (<c>bonebalance assess</c>) and the web API read profiles through here, so
/// both accept exactly the same documents. Field names are camelCase and case-sensitive; tokens are those of the
/// <c>screen</c> CSV, the diary and the <c>dxa</c> command. The shape is documented in README.md ("bonebalance
/// assess") with examples in <c>examples/</c>.
/// </summary>
/// <remarks>
/// Reading is strict: an unknown field, a repeated field, a value of the wrong JSON type, malformed JSON, a root that
/// is not an object and every out-of-range value are refused, and every problem of the document is reported in one
/// <see cref="InvalidInputException"/> whose field errors name the JSON path (<c>person.age</c>,
/// <c>medications[0].unit</c>, <c>dxa[1].site</c>), the value and the valid range. A JSON <c>null</c> for an optional
/// field means the field is absent. Ranges are those of the Core factories (<c>PersonProfile.Create</c>,
/// <c>DxaMeasurement.Create</c>, <c>Medication.Create</c>, <c>LabResults.Create</c>, <c>DailySupplement.Create</c>,
/// <c>FraxResult</c>), whose field names are mapped to JSON paths here.
/// </remarks>
public static partial class ProfileDocument
{
    /// <summary>The root object's fields, in documentation order.</summary>
    public static IReadOnlyList<string> Fields { get; } =
    [
        "person", "riskFactors", "medications", "conditions", "symptoms", "dxa", "labs", "supplements", "frax",
        "priorHipOrVertebralFracture", "largeChangeInVitaminKFoods", "diary",
    ];

    private const string RootValid = "a JSON object with person (required) and optionally riskFactors, medications, conditions, symptoms, dxa, labs, supplements, frax, priorHipOrVertebralFracture, largeChangeInVitaminKFoods, diary";

    /// <summary>
    /// Reads a profile document.
    /// </summary>
    /// <param name="utf8Json">The document as UTF-8 (a leading byte-order mark is allowed).</param>
    /// <param name="findFood">Resolves a diary food id (e.g. <c>usda:01001</c>) to a catalogue food, or null when
    /// unknown. Needed only when the profile has a <c>diary</c>; without it a <c>diary</c> is refused.</param>
    /// <param name="today">The date of the assessment, for <c>person.birthDate</c> and scan dates; defaults to
    /// today's UTC date.</param>
    /// <returns>The validated input.</returns>
    /// <exception cref="InvalidInputException">The document is not well-formed JSON, not an object, or has unknown,
    /// repeated, mistyped or out-of-range fields; every problem is listed.</exception>
    public static AssessmentInput Parse(ReadOnlySpan<byte> utf8Json, Func<string, Food?>? findFood = null, DateOnly? today = null)
    {
        var on = today ?? DateOnly.FromDateTime(DateTime.UtcNow);
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (utf8Json.StartsWith(bom))
        {
            utf8Json = utf8Json[bom.Length..];
        }

        using var document = ReadDocument(utf8Json);
        var errors = new List<FieldError>();
        var root = JsonObjectReader.Open(document.RootElement, string.Empty, Fields, errors, RootValid);
        if (root is null)
        {
            throw new InvalidInputException(errors);
        }

        root.Require("person", "an object with at least sex and age (or birthDate)");
        var riskFactors = ProfileClinical.RiskFactors(root, errors);
        var priorHipOrVertebral = root.Boolean("priorHipOrVertebralFracture", "true or false (a prior hip or clinical vertebral fracture; needs prior_fracture in riskFactors)");
        if (priorHipOrVertebral == true && !riskFactors.HasFlag(Core.People.RiskFactors.PriorFracture) && !root.Failed("riskFactors"))
        {
            errors.Add(new(root.Field("priorHipOrVertebralFracture"), "true", "true only with prior_fracture in riskFactors (a hip or vertebral fracture is a prior fracture)", FieldError.ConflictsWith("riskFactors")));
        }

        var person = ProfilePerson.Read(root, riskFactors, on, errors);
        var medications = ProfileClinical.Medications(root, errors);
        var conditions = ProfileClinical.Conditions(root, errors);
        var symptoms = ProfileClinical.Symptoms(root, errors);
        var dxa = ProfileDxa.Read(root, on, errors);
        var labs = ProfileClinical.Labs(root, errors);
        var supplements = ProfileClinical.Supplements(root, errors);
        var frax = ProfileClinical.Frax(root, errors);
        var largeChange = root.Boolean("largeChangeInVitaminKFoods", "true or false (a large change in vitamin K-rich foods is planned or has happened)");
        var diary = ProfileDiary.Read(root, findFood, errors);

        if (person is not null)
        {
            ProfileDxa.NotBeforeBirth(person.BornOnOrAfter, dxa, errors);
            ProfileDxa.Interpretable(person.Profile, dxa, errors);
        }

        if (errors.Count > 0 || person is null)
        {
            throw new InvalidInputException(errors);
        }

        return new AssessmentInput(person.Profile)
        {
            PersonName = person.Name,
            BirthDate = person.BirthDate,
            Pregnant = person.Pregnant,
            Breastfeeding = person.Breastfeeding,
            Medications = medications,
            Conditions = conditions,
            Symptoms = symptoms,
            Dxa = [.. dxa.Select(d => d.Measurement)],
            Labs = labs ?? Core.Safety.LabResults.None,
            Supplements = supplements,
            Diary = diary.Foods,
            DiarySupplements = diary.Supplements,
            Frax = frax,
            PriorHipOrVertebralFracture = priorHipOrVertebral ?? false,
            LargeChangeInVitaminKFoods = largeChange ?? false,
        };
    }

    /// <summary>
    /// Runs a Core factory and, when it refuses its input, adds its field errors to <paramref name="errors"/> with each
    /// Core field name (<c>age</c>, <c>frax_mof</c>) mapped to its JSON path by <paramref name="path"/>.
    /// </summary>
    internal static T? Collect<T>(List<FieldError> errors, Func<T> create, Func<string, string> path)
    {
        try
        {
            return create();
        }
        catch (InvalidInputException e)
        {
            errors.AddRange(e.Errors.Select(error => error with { Field = path(error.Field) }));
            return default;
        }
    }

    /// <summary>
    /// A string escape of half a surrogate pair (<c>"\ud800"</c> alone) is well-formed JSON but not text: reading it
    /// throws InvalidOperationException deep inside the contract (a 500 before). Refused here, naming the field (its JSON
    /// path) — walked only when the document holds a <c>\uD8</c>…<c>\uDF</c> escape at all.
    /// </summary>
    private static void RefuseLoneSurrogates(ReadOnlySpan<byte> utf8Json)
    {
        if (!HasSurrogateEscape(utf8Json))
        {
            return;
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        var frames = new List<(bool IsArray, int Index, string? Name)>();
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.RemoveAt(frames.Count - 1);
                    continue;
                }

                if (token == JsonTokenType.PropertyName)
                {
                    frames[^1] = frames[^1] with { Name = Text(ref reader, frames, "(a field name)") };
                    continue;
                }

                if (frames.Count > 0 && frames[^1].IsArray)
                {
                    frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
                }

                if (token == JsonTokenType.String)
                {
                    _ = Text(ref reader, frames, null);
                }
                else if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add((token == JsonTokenType.StartArray, -1, null));
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON: ReadDocument reports it with its position.
        }

        static string Text(ref Utf8JsonReader reader, List<(bool IsArray, int Index, string? Name)> frames, string? last)
        {
            try
            {
                return reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                var path = new System.Text.StringBuilder();
                for (var i = 0; i < frames.Count; i++)
                {
                    var (isArray, index, name) = frames[i];
                    if (isArray)
                    {
                        path.Append('[').Append(index).Append(']');
                    }
                    else if (i == frames.Count - 1 && last is not null)
                    {
                        path.Append(path.Length == 0 ? string.Empty : ".").Append(last);
                    }
                    else if (name is not null)
                    {
                        path.Append(path.Length == 0 ? string.Empty : ".").Append(name);
                    }
                }

                throw new InvalidInputException(path.Length == 0 ? "profile" : path.ToString(), "(not text)",
                    "text of Unicode characters: a \\uD800–\\uDFFF escape only as a high-low surrogate pair", "holds half a surrogate pair");
            }
        }
    }

    private static bool HasSurrogateEscape(ReadOnlySpan<byte> utf8Json)
    {
        for (var i = utf8Json.IndexOf("\\u"u8); i >= 0 && i + 3 < utf8Json.Length; )
        {
            if (utf8Json[i + 2] is (byte)'d' or (byte)'D' && utf8Json[i + 3] is >= (byte)'8' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F')
            {
                return true;
            }

            var next = utf8Json[(i + 2)..].IndexOf("\\u"u8);
            i = next < 0 ? -1 : i + 2 + next;
        }

        return false;
    }

    private static JsonDocument ReadDocument(ReadOnlySpan<byte> utf8Json)
    {
        const string Valid = "well-formed JSON (RFC 8259): names and strings in double quotes, no comments or trailing commas";

        // The reader checks UTF-8 only when a string is read, and then throws InvalidOperationException; a file saved
        // as Latin-1 or Windows-1252 is refused here instead, at the first byte that is not UTF-8.
        // Checked whole first (vectorised); only a document that is not UTF-8 is walked to find where.
        for (var i = System.Text.Unicode.Utf8.IsValid(utf8Json) ? utf8Json.Length : 0; i < utf8Json.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8Json[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                throw new InvalidInputException("profile", Where(i, utf8Json), "UTF-8 text (save the file as UTF-8)", "is not UTF-8 text");
            }

            i += consumed;
        }

        RefuseLoneSurrogates(utf8Json);
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            var document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
            {
                document.Dispose();
                throw new InvalidInputException("profile", Where(reader.BytesConsumed, utf8Json), Valid, "is followed by more JSON after the profile object");
            }

            return document;
        }
        catch (JsonException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            message = (cut < 0 ? message : message[..cut]).Trim().TrimEnd('.');

            // System.Text.Json speaks to programmers ("Change the reader options"); a person needs only what is wrong.
            message = string.Join(". ", message.Split(". ").Where(sentence =>
                !sentence.Contains("reader options", StringComparison.OrdinalIgnoreCase)
                && !sentence.Contains("JsonCommentHandling", StringComparison.Ordinal)))
                .Replace(" which is not supported in this mode", string.Empty, StringComparison.Ordinal);
            var where = e.LineNumber is { } line
                ? $"line {line + 1}, byte {(e.BytePositionInLine ?? 0) + 1}"
                : "the document";
            throw new InvalidInputException("profile", where, Valid, $"is not well-formed JSON ({message})");
        }
    }

    private static string Where(long offset, ReadOnlySpan<byte> utf8Json)
    {
        var before = utf8Json[..(int)Math.Min(offset, utf8Json.Length)];
        var line = before.Count((byte)'\n') + 1;
        var start = before.LastIndexOf((byte)'\n') + 1;
        return $"line {line}, byte {before.Length - start + 1}";
    }
}
