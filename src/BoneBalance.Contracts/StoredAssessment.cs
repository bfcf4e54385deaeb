using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.Validation;

namespace BoneBalance.Data.Contracts;

/// <summary>
/// A saved assessment as it is kept (README, "Saved assessments"): the person's date it was made on, the profile
/// document it was computed from, in the profile contract's own form (a diary taken from elsewhere, such as the web
/// diary, written into the profile as its <c>diary</c> rows), and the assessment document it gave. The envelope is
/// <c>{"format": 2, "today": "YYYY-MM-DD", "profile": {…}, "result": {…}}</c>.
/// </summary>
/// <remarks>
/// <para>Two forms, one type: <see cref="Write"/>/<see cref="Read"/> give and take the envelope as one JSON document
/// (the API's and the export's form), and <see cref="InputJson"/>/<see cref="CompressedResult"/> with
/// <see cref="FromRow"/> are the database's form: the envelope without its result as text, and the result
/// Brotli-compressed (a ~60 kB document repeats its citations and shrinks to about a fifth of its size).</para>
/// <para>Rows kept before this form (format 1, no <c>format</c> field) are read too: their input was
/// <c>{"profile": …, "today": …, "diary": {"from", "to", "foods": [{date, foodId, grams}], "supplements": [{date,
/// form, dose, unit}]}}</c> (no <c>today</c> in the oldest rows: the creation date is used) and their result plain
/// UTF-8 JSON; they read as the same envelope, the diary rows turned into the profile's <c>diary</c>.</para>
/// <para>Replaying <see cref="Profile"/> on <see cref="Today"/> (<see cref="Input"/>) gives the input the assessment
/// was computed from; <see cref="Result"/> is what was said then, whatever today's rules say.</para>
/// </remarks>
/// <param name="Today">The person's date the assessment was made on (ages and scan dates count from it).</param>
/// <param name="Profile">The profile document as UTF-8 JSON, with the diary that was assessed.</param>
/// <param name="Result">The assessment document (<c>bonebalance assess --json</c>, unindented) as UTF-8 JSON.</param>
public sealed record StoredAssessment(DateOnly Today, ReadOnlyMemory<byte> Profile, ReadOnlyMemory<byte> Result)
{
    /// <summary>The envelope's format number: 2 (format 1 is the form of rows kept before it).</summary>
    public const int Format = 2;

    /// <summary>The envelope's fields, in order.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["format", "today", "profile", "result"];

    /// <summary>The input the assessment was computed from: <see cref="Profile"/> read by the contract on <see cref="Today"/>.</summary>
    /// <exception cref="InvalidInputException">The kept profile no longer passes the contract.</exception>
    public AssessmentInput Input(Func<string, Food?> findFood) => ProfileDocument.Parse(Profile.Span, findFood, Today);

    /// <summary>Writes the envelope <c>{"format", "today", "profile", "result"}</c>.</summary>
    public void Write(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteFields(writer);
        writer.WriteEndObject();
    }

    /// <summary>Writes the envelope's fields into an object the caller has opened (the API adds <c>id</c> and <c>createdUtc</c>).</summary>
    public void WriteFields(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteInputFields(writer);
        writer.WritePropertyName("result");
        writer.WriteRawValue(Result.Span, skipInputValidation: true); // written by AssessmentDocument, or checked by Read
    }

    /// <summary>The envelope as compact UTF-8 JSON.</summary>
    public byte[] ToUtf8Json()
    {
        var output = new ArrayBufferWriter<byte>(Profile.Length + Result.Length + 64);
        using (var json = new Utf8JsonWriter(output))
        {
            Write(json);
        }

        return output.WrittenSpan.ToArray();
    }

    /// <summary>Reads an envelope written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidInputException">Not such an envelope: malformed JSON, an unknown or missing field, another format.</exception>
    public static StoredAssessment Read(ReadOnlySpan<byte> utf8Json)
    {
        using var document = Parse(utf8Json, string.Empty);
        var root = document.RootElement;
        var (today, profile) = ReadInput(root, null);
        if (!root.TryGetProperty("result", out var result) || result.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidInputException("result", Show(root, "result"), "the assessment document (an object)");
        }

        return new(today, profile, Encoding.UTF8.GetBytes(result.GetRawText()));
    }

    /// <summary>
    /// The database's input column: the envelope without its result, <c>{"format": 2, "today", "profile"}</c>.
    /// </summary>
    public string InputJson()
    {
        var output = new ArrayBufferWriter<byte>(Profile.Length + 48);
        using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            WriteInputFields(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>
    /// The database's result column: <see cref="Result"/> Brotli-compressed (quality 0, 4 MiB window). Quality 0, the
    /// fastest: it is done once per stored assessment on the request's thread, and for the load benchmark's ~65 kB
    /// document it took ~70 µs against ~110 µs at quality 1 (the most expensive step of a stored assessment then) for
    /// ~4 % more bytes (15.0 kB against 14.4 kB; <c>bench/BoneBalance.Benchmarks</c>, <c>StoredFormBenchmarks</c>).
    /// </summary>
    public byte[] CompressedResult()
    {
        var source = Result.Span;
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(source.Length));
        try
        {
            using var encoder = new BrotliEncoder(quality: 0, window: 22);
            var status = encoder.Compress(source, buffer, out _, out var written, isFinalBlock: true);
            if (status != OperationStatus.Done)
            {
                throw new InvalidOperationException($"Brotli stopped with {status} compressing a {source.Length}-byte document.");
            }

            return buffer.AsSpan(0, written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Reads a database row: its input column (format 2, or the format-1 input of older rows) and its result column
    /// (Brotli-compressed for format 2, plain UTF-8 JSON for format 1).
    /// </summary>
    /// <param name="inputJson">The input column.</param>
    /// <param name="result">The result column.</param>
    /// <param name="createdUtc">When the row was kept: the date of format-1 rows that have no <c>today</c>.</param>
    /// <exception cref="InvalidInputException">The row is in neither form.</exception>
    public static StoredAssessment FromRow(string inputJson, ReadOnlySpan<byte> result, DateTime createdUtc)
    {
        ArgumentNullException.ThrowIfNull(inputJson);
        using var document = Parse(Encoding.UTF8.GetBytes(inputJson), "input");
        var root = document.RootElement;
        if (root.TryGetProperty("format", out _))
        {
            var (today, profile) = ReadInput(root, null);
            return new(today, profile, WellFormed(Decompress(result)));
        }

        var (day, merged) = ReadInput(root, DateOnly.FromDateTime(createdUtc));
        return new(day, merged, WellFormed(result.ToArray()));
    }

    /// <summary>
    /// The profile document with <paramref name="foods"/> and <paramref name="supplements"/> as its <c>diary</c> rows
    /// (<c>{date, food, grams}</c> and <c>{date, supplement, dose, unit}</c>), replacing any <c>diary</c> it had; the
    /// other fields are copied as they are.
    /// </summary>
    public static byte[] WithDiary(ReadOnlySpan<byte> profile, IReadOnlyList<DiaryEntry> foods, IReadOnlyList<SupplementEntry> supplements)
    {
        ArgumentNullException.ThrowIfNull(foods);
        ArgumentNullException.ThrowIfNull(supplements);
        using var document = Parse(profile, "profile");
        var output = new ArrayBufferWriter<byte>(profile.Length + 64 * (foods.Count + supplements.Count) + 16);
        using (var json = new Utf8JsonWriter(output))
        {
            WithDiary(json, document.RootElement, foods.Select(f => (f.Date, f.Food.Id, f.Grams)),
                supplements.Select(s => (s.Date, SupplementTokens.Forms.ToToken(s.Form), s.Dose, SupplementTokens.Units.ToToken(s.Unit))));
        }

        return output.WrittenSpan.ToArray();
    }

    private static void WithDiary(
        Utf8JsonWriter json, JsonElement profile, IEnumerable<(DateOnly Date, string Food, double Grams)> foods,
        IEnumerable<(DateOnly Date, string Form, double Dose, string Unit)> supplements)
    {
        json.WriteStartObject();
        foreach (var field in profile.EnumerateObject())
        {
            if (!field.NameEquals("diary"))
            {
                field.WriteTo(json);
            }
        }

        json.WriteStartArray("diary");
        foreach (var (date, food, grams) in foods)
        {
            json.WriteStartObject();
            json.WriteString("date", Date(date));
            json.WriteString("food", food);
            json.WriteNumber("grams", grams);
            json.WriteEndObject();
        }

        foreach (var (date, form, dose, unit) in supplements)
        {
            json.WriteStartObject();
            json.WriteString("date", Date(date));
            json.WriteString("supplement", form);
            json.WriteNumber("dose", dose);
            json.WriteString("unit", unit);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteInputFields(Utf8JsonWriter writer)
    {
        writer.WriteNumber("format", Format);
        writer.WriteString("today", Date(Today));
        writer.WritePropertyName("profile");
        writer.WriteRawValue(Profile.Span, skipInputValidation: true); // passed the contract when it was assessed
    }

    // The input of an envelope (format 2), or of a format-1 row when olderDay is given (its diary moved into the profile).
    private static (DateOnly Today, byte[] Profile) ReadInput(JsonElement root, DateOnly? olderDay)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidInputException(string.Empty, root.ValueKind.ToString(), "an object {format, today, profile, result}");
        }

        var known = olderDay is null ? Fields : ["profile", "today", "diary"];
        foreach (var field in root.EnumerateObject())
        {
            if (!known.Contains(field.Name))
            {
                throw new InvalidInputException(field.Name, Show(root, field.Name), "no such field; the fields are " + string.Join(", ", known));
            }
        }

        if (olderDay is null && (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.Number || !format.TryGetInt32(out var f) || f != Format))
        {
            throw new InvalidInputException("format", Show(root, "format"), $"{Format} (this version reads format {Format} envelopes and the rows kept before them)");
        }

        DateOnly today;
        if (root.TryGetProperty("today", out var day))
        {
            if (day.ValueKind != JsonValueKind.String
                || !DateOnly.TryParseExact(day.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
            {
                throw new InvalidInputException("today", Show(root, "today"), "a date YYYY-MM-DD");
            }
        }
        else
        {
            today = olderDay ?? throw new InvalidInputException("today", string.Empty, "a date YYYY-MM-DD (required)");
        }

        if (!root.TryGetProperty("profile", out var profile) || profile.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidInputException("profile", Show(root, "profile"), "the profile document (an object)");
        }

        if (olderDay is null || !root.TryGetProperty("diary", out var diary) || diary.ValueKind != JsonValueKind.Object)
        {
            return (today, Encoding.UTF8.GetBytes(profile.GetRawText()));
        }

        // Format 1: the web diary's rows beside the profile, with the catalogue's field names.
        var foods = Rows(diary, "foods").Select(r => (Day(r), r.GetProperty("foodId").GetString()!, r.GetProperty("grams").GetDouble())).ToList();
        var supplements = Rows(diary, "supplements")
            .Select(r => (Day(r), r.GetProperty("form").GetString()!, r.GetProperty("dose").GetDouble(), r.GetProperty("unit").GetString()!)).ToList();
        if (foods.Count == 0 && supplements.Count == 0)
        {
            return (today, Encoding.UTF8.GetBytes(profile.GetRawText()));
        }

        var output = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(output))
        {
            WithDiary(json, profile, foods, supplements);
        }

        return (today, output.WrittenSpan.ToArray());

        static IEnumerable<JsonElement> Rows(JsonElement diary, string name) =>
            diary.TryGetProperty(name, out var rows) && rows.ValueKind == JsonValueKind.Array ? rows.EnumerateArray() : [];

        static DateOnly Day(JsonElement row) => DateOnly.ParseExact(row.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static byte[] Decompress(ReadOnlySpan<byte> compressed)
    {
        using var input = new MemoryStream(compressed.ToArray(), writable: false);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream(compressed.Length * 6);
        try
        {
            brotli.CopyTo(output);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidInputException("result", $"{compressed.Length} bytes", "the Brotli-compressed assessment document of a format-2 row", e.Message);
        }

        return output.ToArray();
    }

    // A stored result is written out as it is (WriteFields writes it raw), so a row damaged after it was saved must be
    // refused here, not sent on as broken JSON.
    private static byte[] WellFormed(byte[] result)
    {
        var reader = new Utf8JsonReader(result);
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (JsonException e)
        {
            throw new InvalidInputException("result", $"{result.Length} bytes", "the assessment document (well-formed JSON)", e.Message);
        }

        return result;
    }

    private static JsonDocument Parse(ReadOnlySpan<byte> utf8Json, string field)
    {
        try
        {
            return JsonDocument.Parse(utf8Json.ToArray());
        }
        catch (JsonException e)
        {
            throw new InvalidInputException(field, $"{utf8Json.Length} bytes", "well-formed JSON", e.Message);
        }
    }

    private static string Show(JsonElement root, string field) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(field, out var value) ? value.GetRawText() : string.Empty;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
