using BoneBalance.Core.People;
using Hl7.Fhir.Model;

namespace BoneBalance.Fhir;

/// <summary>
/// The Patient: birth date, sex, name, ethnicity (only what maps to one QFracture group), and the refusals — deceased,
/// under 18 at the as-of date, no birth date, no sex QFracture can use.
/// </summary>
internal static class PatientReader
{
    private const string UsCoreRace = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race";

    /// <summary>Adds the person's inputs to <paramref name="draft"/>; returns the refusal, or null.</summary>
    public static FhirRefusal? Read(FhirEntry entry, DateOnly asOf, ProfileDraft draft)
    {
        var patient = (Patient)entry.Resource;
        FhirRefusal? refusal = null;
        FhirRecord.Guard(entry, draft, () => refusal = ReadPatient(entry, patient, asOf, draft));
        return refusal ?? (draft.Has("person", "sex") ? null
            : new FhirRefusal("unreadable-patient", draft.Ignored.LastOrDefault(i => i.Resource == entry.Label)?.Reason is { } why ? $"{entry.Label} {why}" : $"{entry.Label} cannot be read"));
    }

    private static FhirRefusal? ReadPatient(FhirEntry entry, Patient patient, DateOnly asOf, ProfileDraft draft)
    {
        switch (patient.Deceased)
        {
            case FhirBoolean { Value: true }:
                return new("deceased", $"the patient is recorded as deceased ({entry.Label} deceasedBoolean true)");
            case FhirDateTime died when FhirDates.Of(died.Value) is { } on && on <= asOf:
                return new("deceased", $"the patient died on {FhirDates.Show(on)}, before the as-of date {FhirDates.Show(asOf)}");
            case FhirDateTime died when FhirDates.Of(died.Value) is { } on:
                draft.Ignore(entry, $"deceasedDateTime {FhirDates.Show(on)}", $"after the as-of date {FhirDates.Show(asOf)}: alive on that day");
                break;
        }

        var birthText = patient.BirthDate;
        if (string.IsNullOrEmpty(birthText) || FhirDates.Of(birthText) is not { } born)
        {
            return new("no-birth-date", $"{entry.Label} has no birth date{(string.IsNullOrEmpty(birthText) ? string.Empty : $" that can be read ('{birthText}')")}: the age is needed");
        }

        if (born > asOf)
        {
            return new("no-birth-date", $"the birth date {FhirDates.Show(born)} is after the as-of date {FhirDates.Show(asOf)}");
        }

        var age = PersonProfile.AgeOn(born, asOf);
        if (age < PersonProfile.MinimumAge)
        {
            return new("under-18", $"the patient is {age} on {FhirDates.Show(asOf)} (born {FhirDates.Show(born)}); BoneBalance is for adults from {PersonProfile.MinimumAge}");
        }

        if (age > PersonProfile.MaximumAge)
        {
            return new("over-120", $"the patient would be {age} on {FhirDates.Show(asOf)} (born {FhirDates.Show(born)}); ages above {PersonProfile.MaximumAge} are not assessed — is the patient alive?");
        }

        var sex = patient.Gender?.ToString() switch
        {
            "Male" => "male",
            "Female" => "female",
            _ => null,
        };
        if (sex is null)
        {
            var given = patient.Gender is { } g ? Hl7.Fhir.Utility.EnumUtility.GetLiteral(g) : "none";
            return new("no-sex", $"administrative gender '{given}': QFracture has models for women and men only, so the sex is needed");
        }

        draft.Use("person", "sex", sex, entry, $"gender {sex}", null);

        // A partial birth date (a year, a month) is read at its first day: the age is then at most the true one.
        if (birthText.Length >= 10)
        {
            draft.Use("person", "birthDate", FhirDates.Show(born), entry, $"born {FhirDates.Show(born)} (age {age} on {FhirDates.Show(asOf)})", born);
        }
        else
        {
            draft.Use("person", "age", age, entry, $"born '{birthText}' (a partial date, read as {FhirDates.Show(born)}): age {age} on {FhirDates.Show(asOf)}", born);
        }

        Name(entry, patient, draft);
        Ethnicity(entry, patient, draft);
        return null;
    }

    private static void Name(FhirEntry entry, Patient patient, ProfileDraft draft)
    {
        var name = patient.Name.FirstOrDefault(n => n.Use == HumanName.NameUse.Official) ?? patient.Name.FirstOrDefault();
        if (name is null)
        {
            return;
        }

        var text = name.Text is { Length: > 0 } t ? t : string.Join(' ', name.Given.Append(name.Family).Where(p => !string.IsNullOrWhiteSpace(p)));
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim();
        if (text.Length == 0)
        {
            return;
        }

        if (text.Length > 100 || text.Any(char.IsControl))
        {
            draft.Ignore(entry, "name", $"longer than the profile's 100 characters ({text.Length})");
            return;
        }

        draft.Use("person", "name", text, entry, text, null);
    }

    // US Core race (OMB categories) against QFracture's UK groups: only White maps to one group. "Black or African
    // American" is Black Caribbean or Black African, "Asian" is Indian, Pakistani, Bangladeshi, Chinese or other Asian:
    // choosing would invent the answer, so the profile keeps its default (white, which QFracture also uses for "not
    // recorded") and the reading says so.
    private static void Ethnicity(FhirEntry entry, Patient patient, ProfileDraft draft)
    {
        var race = patient.Extension.FirstOrDefault(e => e.Url == UsCoreRace);
        var categories = race?.Extension.Where(e => e.Url == "ombCategory").Select(e => e.Value).OfType<Coding>().ToList() ?? [];
        const string Default = "QFracture's ethnicity is left at the profile's default, white (QFracture's group for 'white or not recorded'); set person.ethnicity in a profile to change it";
        if (categories.Count == 0)
        {
            draft.Ignore(entry, "race/ethnicity: not recorded (no US Core race extension)", Default);
            return;
        }

        var mapped = categories.Select(c => FhirCodeLists.Race.GetValueOrDefault(FhirCodeLists.Key(c.System, c.Code))).Distinct().ToList();
        var shown = "US Core race " + string.Join(" + ", categories.Select(c => $"{c.Display ?? c.Code} ({c.Code})"));
        if (mapped.Count == 1 && mapped[0] is { } token)
        {
            draft.Use("person", "ethnicity", token, entry, shown, null);
            return;
        }

        draft.Ignore(entry, shown, "no single QFracture ethnic group matches a US OMB race category other than White (Black Caribbean or Black African? Indian, Pakistani, Bangladeshi, Chinese or other Asian?); " + Default);
    }
}
