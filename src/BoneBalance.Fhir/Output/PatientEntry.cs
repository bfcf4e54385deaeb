using System.Globalization;
using BoneBalance.Core.People;
using Hl7.Fhir.Model;

namespace BoneBalance.Fhir.Output;

/// <summary>
/// The patient: with a FHIR record, a reference to its original Patient (not copied: a copy in the bundle would be a
/// second, thinner version of the EHR's own record); without one, a Patient entry built from the profile — gender and,
/// when the profile gave one, the birth date (no name: the assessment document carries none either).
/// </summary>
internal static class PatientEntry
{
    public static void Add(OutputBundle b)
    {
        if (b.Reading is { } reading)
        {
            // FhirReading.PatientId is Patient.id, else the Patient's full URL.
            b.SubjectReference = reading.PatientId.Contains(':', StringComparison.Ordinal) ? reading.PatientId : "Patient/" + reading.PatientId;
            return;
        }

        var patient = new Patient
        {
            Gender = b.Assessment.Person.Sex == Sex.Male ? AdministrativeGender.Male : AdministrativeGender.Female,
            BirthDate = b.Input.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        b.SubjectReference = b.Add("Patient", patient);
    }
}
