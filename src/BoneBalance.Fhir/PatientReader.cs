using BoneBalance.Core.People;
using BoneBalance.Fhir.Facts;

namespace BoneBalance.Fhir;

/// <summary>
/// The Patient: birth date, sex, name, ethnicity (only what maps to one QFracture group), and the refusals — deceased,
/// under 18 at the as-of date, no birth date, no sex QFracture can use.
/// </summary>
internal static class PatientReader
{
    /// <summary>Adds the person's inputs to <paramref name="draft"/>; returns the refusal, or null.</summary>
    public static FhirRefusal? Read(PatientFacts patient, DateOnly asOf, ProfileDraft draft)
    {
        var label = patient.Label;
        if (patient.DeceasedFlag)
        {
            return new("deceased", $"the patient is recorded as deceased ({label} deceasedBoolean true)");
        }

        if (FhirDates.Of(patient.DeceasedDateTime) is { } on)
        {
            if (on <= asOf)
            {
                return new("deceased", $"the patient died on {FhirDates.Show(on)}, before the as-of date {FhirDates.Show(asOf)}");
            }

            draft.Ignore(label, $"deceasedDateTime {FhirDates.Show(on)}", $"after the as-of date {FhirDates.Show(asOf)}: alive on that day");
        }

        var birthText = patient.BirthDate;
        if (string.IsNullOrEmpty(birthText) || FhirDates.Of(birthText) is not { } born)
        {
            return new("no-birth-date", $"{label} has no birth date{(string.IsNullOrEmpty(birthText) ? string.Empty : $" that can be read ('{birthText}')")}: the age is needed");
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

        // A partial birth date is read at its first day, which gives the oldest age the person can be; if the latest
        // day it can mean makes them a minor, they may be one, and a child is not assessed.
        if (FhirDates.LastDayOf(birthText) is { } latest && latest <= asOf && PersonProfile.AgeOn(latest, asOf) is var youngest && youngest < PersonProfile.MinimumAge)
        {
            return new("under-18", $"the patient may be {youngest} on {FhirDates.Show(asOf)} (born '{birthText}', a partial date: between {FhirDates.Show(born)} and {FhirDates.Show(latest)}); BoneBalance is for adults from {PersonProfile.MinimumAge}");
        }

        if (age > PersonProfile.MaximumAge)
        {
            return new("over-120", $"the patient would be {age} on {FhirDates.Show(asOf)} (born {FhirDates.Show(born)}); ages above {PersonProfile.MaximumAge} are not assessed — is the patient alive?");
        }

        if (patient.Gender is not ("male" or "female"))
        {
            return new("no-sex", $"administrative gender '{patient.Gender ?? "none"}': QFracture has models for women and men only, so the sex is needed");
        }

        var sex = patient.Gender;
        draft.Use("person", "sex", sex, label, $"gender {sex}", null);

        // A partial birth date (a year, a month) is read at its first day: the age is then the oldest the person can be
        // (at least the true one; a person who may still be a minor was refused above).
        if (birthText.Length >= 10)
        {
            draft.Use("person", "birthDate", FhirDates.Show(born), label, $"born {FhirDates.Show(born)} (age {age} on {FhirDates.Show(asOf)})", born);
        }
        else
        {
            draft.Use("person", "age", age, label, $"born '{birthText}' (a partial date, read as {FhirDates.Show(born)}): age {age} on {FhirDates.Show(asOf)}", born);
        }

        Name(patient, draft);
        Ethnicity(patient, draft);
        return null;
    }

    private static void Name(PatientFacts patient, ProfileDraft draft)
    {
        if (patient.Name is not { } raw)
        {
            return;
        }

        var text = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim();
        if (text.Length == 0)
        {
            return;
        }

        if (text.Length > 100 || text.Any(char.IsControl))
        {
            draft.Ignore(patient.Label, "name", $"longer than the profile's 100 characters ({text.Length})");
            return;
        }

        draft.Use("person", "name", text, patient.Label, text, null);
    }

    // US Core race (OMB categories) against QFracture's UK groups: only White maps to one group. "Black or African
    // American" is Black Caribbean or Black African, "Asian" is Indian, Pakistani, Bangladeshi, Chinese or other Asian:
    // choosing would invent the answer, so the profile keeps its default (white, which QFracture also uses for "not
    // recorded") and the reading says so.
    private static void Ethnicity(PatientFacts patient, ProfileDraft draft)
    {
        var categories = patient.RaceCategories;
        const string Default = "QFracture's ethnicity is left at the profile's default, white (QFracture's group for 'white or not recorded'); set person.ethnicity in a profile to change it";
        if (categories.Length == 0)
        {
            draft.Ignore(patient.Label, "race/ethnicity: not recorded (no US Core race extension)", Default);
            return;
        }

        var mapped = categories.Select(c => FhirCodeLists.Race.GetValueOrDefault(FhirCodeLists.Key(c.System, c.Code))).Distinct().ToList();
        var shown = "US Core race " + string.Join(" + ", categories.Select(c => $"{c.Display ?? c.Code} ({c.Code})"));
        if (mapped.Count == 1 && mapped[0] is { } token)
        {
            draft.Use("person", "ethnicity", token, patient.Label, shown, null);
            return;
        }

        draft.Ignore(patient.Label, shown, "no single QFracture ethnic group matches a US OMB race category other than White (Black Caribbean or Black African? Indian, Pakistani, Bangladeshi, Chinese or other Asian?); " + Default);
    }
}
