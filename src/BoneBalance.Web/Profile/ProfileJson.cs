using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;
using BoneBalance.Data.Contracts;

namespace BoneBalance.Web.Profile;

/// <summary>
/// The profile document (the profile contract) as the web app stores it: checked by the contract's reader
/// (<see cref="ProfileDocument"/>, the same one <c>bonebalance assess</c> uses), stored as compact JSON text.
/// </summary>
internal static class ProfileJson
{
    /// <summary>Checks a document with the contract; returns its compact text and the assessment input it reads as.</summary>
    /// <exception cref="InvalidInputException">Every problem of the document, each naming its JSON path.</exception>
    public static (string Json, AssessmentInput Input) Validate(ReadOnlySpan<byte> utf8Json, Func<string, Food?> findFood, DateOnly today)
    {
        var input = ProfileDocument.Parse(utf8Json, findFood, today);
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        var text = JsonNode.Parse(utf8Json.StartsWith(bom) ? utf8Json[bom.Length..] : utf8Json)!.ToJsonString();
        return (text, input);
    }

    /// <summary>The stored document read as an assessment input, or null when it no longer passes the contract.</summary>
    public static AssessmentInput? TryRead(string json, Func<string, Food?> findFood, DateOnly today)
    {
        try
        {
            return ProfileDocument.Parse(Encoding.UTF8.GetBytes(json), findFood, today);
        }
        catch (InvalidInputException)
        {
            return null;
        }
    }

    /// <summary>The document with <c>person.age</c> and <c>person.sex</c> set (other members kept; a birth date gives way to the age).</summary>
    public static byte[] WithBasics(string? json, int age, Sex sex)
    {
        var root = json is null ? new JsonObject() : JsonNode.Parse(json) as JsonObject ?? [];
        if (root["person"] is not JsonObject person)
        {
            person = [];
            root["person"] = person;
        }

        person.Remove("birthDate");
        person["age"] = age;
        person["sex"] = sex == Sex.Female ? "female" : "male";
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    /// <summary>Parses the sex field as people type it.</summary>
    public static Sex ParseSex(string field, string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "female" => Sex.Female,
        "male" => Sex.Male,
        _ => throw new InvalidInputException(field, text ?? string.Empty, "female|male", FieldError.NotAValidValue),
    };

    /// <summary>Parses an age in whole years, 18 to 120 (<see cref="PersonProfile"/>'s range).</summary>
    public static int ParseAge(string field, string? text)
    {
        var range = $"{PersonProfile.MinimumAge} to {PersonProfile.MaximumAge}";
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidInputException(field, string.Empty, range);
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var age))
        {
            throw new InvalidInputException(field, text, range, FieldError.NotAWholeNumber);
        }

        return age is >= PersonProfile.MinimumAge and <= PersonProfile.MaximumAge ? age : throw new InvalidInputException(field, text, range);
    }
}
