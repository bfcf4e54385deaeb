using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;

namespace BoneBalance.Web.Profile;

/// <summary>
/// The profile document (issue 4 §6) as the web app stores it, checked only as far as the web app itself reads it:
/// a JSON object whose top-level members are the contract's sections, with <c>person.sex</c> and <c>person.age</c>
/// valid when present. The full contract (<c>ProfileDocument</c>, on branch assess-cli) replaces this check once it
/// is on main.
/// </summary>
internal static class ProfileJson
{
    /// <summary>The sections of the profile contract (issue 4 §6).</summary>
    public static readonly IReadOnlyList<string> Sections =
        ["person", "riskFactors", "medications", "conditions", "symptoms", "dxa", "labs", "supplements", "frax"];

    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    /// <summary>Checks a document and returns it normalised (compact JSON).</summary>
    /// <exception cref="InvalidInputException">Not an object, an unknown section, or a bad sex or age.</exception>
    public static string Validate(JsonNode? document)
    {
        if (document is not JsonObject root)
        {
            throw new InvalidInputException("profile", document?.GetValueKind().ToString() ?? "null", "a JSON object", FieldError.NotAValidValue);
        }

        var errors = new List<FieldError>();
        foreach (var (name, _) in root)
        {
            if (!Sections.Contains(name, StringComparer.Ordinal))
            {
                errors.Add(new FieldError(name, name, string.Join("|", Sections), FieldError.NotAValidValue));
            }
        }

        if (root["person"] is { } person)
        {
            if (person is not JsonObject)
            {
                errors.Add(new FieldError("person", person.ToJsonString(), "a JSON object", FieldError.NotAValidValue));
            }
            else
            {
                ReadBasics(person, errors);
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        return root.ToJsonString(Compact);
    }

    /// <summary>Age and sex from a stored document, when both are there and valid.</summary>
    public static (int Age, Sex Sex)? Basics(string json)
    {
        if (JsonNode.Parse(json) is JsonObject { } root && root["person"] is JsonObject person)
        {
            var errors = new List<FieldError>();
            var (age, sex) = ReadBasics(person, errors);
            if (errors.Count == 0 && age is { } a && sex is { } s)
            {
                return (a, s);
            }
        }

        return null;
    }

    /// <summary>The document with <c>person.age</c> and <c>person.sex</c> set (other members kept).</summary>
    public static string WithBasics(string? json, int age, Sex sex)
    {
        var root = json is null ? new JsonObject() : JsonNode.Parse(json) as JsonObject ?? [];
        if (root["person"] is not JsonObject person)
        {
            person = [];
            root["person"] = person;
        }

        person["age"] = age;
        person["sex"] = sex == Sex.Female ? "female" : "male";
        return Validate(root);
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

    private static (int? Age, Sex? Sex) ReadBasics(JsonNode person, List<FieldError> errors)
    {
        int? age = null;
        Sex? sex = null;
        if (person["age"] is { } ageNode)
        {
            try
            {
                age = ParseAge("person.age", ageNode.GetValueKind() == JsonValueKind.Number ? ageNode.ToJsonString() : ageNode.ToString());
            }
            catch (InvalidInputException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        if (person["sex"] is { } sexNode)
        {
            try
            {
                sex = ParseSex("person.sex", sexNode.GetValueKind() == JsonValueKind.String ? sexNode.GetValue<string>() : sexNode.ToJsonString());
            }
            catch (InvalidInputException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        return (age, sex);
    }
}
