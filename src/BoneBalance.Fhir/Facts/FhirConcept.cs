namespace BoneBalance.Fhir.Facts;

/// <summary>One coding of a CodeableConcept: system, code and display as sent.</summary>
internal readonly record struct FhirCoding(string? System, string? Code, string? Display);

/// <summary>
/// A CodeableConcept as the mapping reads it (text and codings), whichever parser read it: Firely's POCOs for a Bundle
/// (<see cref="FirelyFacts"/>) or the bulk reader's <c>Utf8JsonReader</c> (<see cref="Bulk.NdjsonFacts"/>).
/// </summary>
internal sealed record FhirConcept(string? Text, FhirCoding[] Codings)
{
    /// <summary>The concept's text, else its first display, else its first code, else <c>(no code)</c>.</summary>
    public static string Show(FhirConcept? concept)
    {
        if (concept is null)
        {
            return "(no code)";
        }

        if (concept.Text is { Length: > 0 } text)
        {
            return text;
        }

        foreach (var coding in concept.Codings)
        {
            if (!string.IsNullOrEmpty(coding.Display))
            {
                return coding.Display;
            }
        }

        return concept.Codings.Length > 0 && concept.Codings[0].Code is { } code ? code : "(no code)";
    }

    /// <summary>The code of the first coding in <paramref name="system"/>, or null.</summary>
    public string? CodeIn(string system)
    {
        foreach (var coding in Codings)
        {
            if (coding.System == system)
            {
                return coding.Code;
            }
        }

        return null;
    }

    /// <summary>The code of the first coding in either system, or null.</summary>
    public string? CodeIn(string system, string other)
    {
        foreach (var coding in Codings)
        {
            if (coding.System == system || coding.System == other)
            {
                return coding.Code;
            }
        }

        return null;
    }

    /// <summary>The first coding's entry in <paramref name="list"/> (keyed by <c>system|code</c>), or null.</summary>
    public T? Lookup<T>(IReadOnlyDictionary<string, T> list)
        where T : class
    {
        foreach (var coding in Codings)
        {
            if (list.GetValueOrDefault(FhirCodeLists.Key(coding.System, coding.Code)) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
