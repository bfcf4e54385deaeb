using System.Text;

namespace BoneBalance.Fhir.Tests;

/// <summary>Hand-built FHIR R4 JSON for the edge cases: a Bundle of one patient and the resources given.</summary>
internal static class Records
{
    public const string PatientId = "p1";

    public static string Patient(string gender = "female", string birthDate = "1950-03-15", string extra = "") =>
        $$"""{"resourceType":"Patient","id":"{{PatientId}}","gender":"{{gender}}","birthDate":"{{birthDate}}","name":[{"use":"official","family":"Example","given":["Ann"]}]{{extra}}}""";

    public static byte[] Bundle(params string[] resources) => Bundle("collection", [Patient(), .. resources]);

    public static byte[] Bundle(string type, IEnumerable<string> resources) =>
        Encoding.UTF8.GetBytes($$"""{"resourceType":"Bundle","type":"{{type}}","entry":[{{string.Join(",", resources.Select(r => $$"""{"resource":{{r}}}"""))}}]}""");

    public static string Observation(string id, string loinc, string value, string date = "2026-10-01", string status = "final", string subject = $"Patient/{PatientId}") =>
        $$"""{"resourceType":"Observation","id":"{{id}}","status":"{{status}}","code":{"coding":[{"system":"http://loinc.org","code":"{{loinc}}"}],"text":"{{loinc}}"},"subject":{"reference":"{{subject}}"},"effectiveDateTime":"{{date}}","valueQuantity":{{value}}}""";

    public static string Quantity(double value, string code) =>
        $$"""{"value":{{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"unit":"{{code}}","system":"http://unitsofmeasure.org","code":"{{code}}"}""";

    public static string Condition(string id, string snomed, string display, string clinical = "active", string verification = "confirmed", string onset = "2020-01-01", string subject = $"Patient/{PatientId}") =>
        $$"""{"resourceType":"Condition","id":"{{id}}","clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"{{clinical}}"}]},"verificationStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-ver-status","code":"{{verification}}"}]},"code":{"coding":[{"system":"http://snomed.info/sct","code":"{{snomed}}","display":"{{display}}"}],"text":"{{display}}"},"subject":{"reference":"{{subject}}"},"onsetDateTime":"{{onset}}"}""";

    public static string Request(string id, string display, string status = "active", string authored = "2025-01-10", string dosage = "", string rxnorm = "", string intent = "order") =>
        $$"""{"resourceType":"MedicationRequest","id":"{{id}}","status":"{{status}}","intent":"{{intent}}","medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"{{(rxnorm.Length == 0 ? "1" : rxnorm)}}","display":"{{display}}"}],"text":"{{display}}"},"subject":{"reference":"Patient/{{PatientId}}"},"authoredOn":"{{authored}}"{{(dosage.Length == 0 ? string.Empty : $",\"dosageInstruction\":[{dosage}]")}}}""";

    /// <summary>A dosage of <paramref name="count"/> unit doses <paramref name="frequency"/> times per <paramref name="period"/> <paramref name="unit"/>.</summary>
    public static string Dosage(double count, int frequency = 1, int period = 1, string unit = "d") =>
        $$$"""{"timing":{"repeat":{"frequency":{{{frequency}}},"period":{{{period}}},"periodUnit":"{{{unit}}}"}},"doseAndRate":[{"doseQuantity":{"value":{{{count.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}}}]}""";
}
