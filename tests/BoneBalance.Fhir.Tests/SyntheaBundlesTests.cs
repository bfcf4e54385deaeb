using System.Text.Json.Nodes;
using BoneBalance.Core.Safety;

namespace BoneBalance.Fhir.Tests;

/// <summary>
/// The 20 vendored Synthea patients read at two dates: 2021-06-01, just after their last visits (fresh data), and
/// 2026-12-07, when every weight is years old. Expectations come from <see cref="RawBundle"/> (the JSON walked by hand)
/// and MANIFEST.csv, not from the reader's code lists.
/// </summary>
public class SyntheaBundlesTests
{
    private static readonly DateOnly Fresh = new(2021, 6, 1);
    private static readonly DateOnly Late = new(2026, 12, 7);

    // QFracture's prior fracture: hip, spine, wrist or shoulder, and a fragility fracture of any site. In this set: the
    // wrist fracture-subluxation, the closed hip fracture and the pathological osteoporotic fracture (not the clavicle).
    private static readonly string[] PriorFractureCodes = ["263102004", "359817006", "443165006"];
    private static readonly string[] HipCodes = ["359817006"];

    public static TheoryData<string> Bundles() => [.. RawBundle.Files().Select(f => Path.GetFileName(f))];

    [Fact]
    public void The_vendored_Synthea_set_holds_twenty_patient_bundles()
    {
        var folder = Repository.File("data", "sources", "fhir", "synthea");
        Assert.Equal(20, Directory.GetFiles(folder, "*.json").Length);
    }

    [Theory]
    [MemberData(nameof(Bundles))]
    public void Each_patient_is_read_with_age_sex_body_measures_factors_and_medicines_of_the_bundle(string file)
    {
        var raw = RawBundle.Load(file);
        var reading = FhirRecordReader.Read(raw.Bytes, Fresh);
        Assert.Equal(raw.PatientId, reading.PatientId);
        if (raw.Died is { } died && died <= Fresh)
        {
            Assert.Equal("deceased", reading.Refusal?.Code);
            Assert.Contains(died.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), reading.Refusal!.Reason, StringComparison.Ordinal);
            return;
        }

        if (raw.AgeOn(Fresh) < 18)
        {
            Assert.Equal("under-18", reading.Refusal?.Code);
            return;
        }

        Assert.Null(reading.Refusal);
        var profile = reading.Profile!;
        var person = profile["person"]!.AsObject();
        Assert.Equal(raw.Gender, (string?)person["sex"]);
        Assert.Equal(raw.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string?)person["birthDate"]);

        var input = reading.ToInput(Fresh);
        Assert.Equal(raw.AgeOn(Fresh), input.Person.AgeYears);

        var weight = raw.Latest("29463-7", Fresh);
        var height = raw.Latest("8302-2", Fresh);
        var bmi = raw.Latest("39156-5", Fresh);
        AssertMeasure(weight, person["weightKg"]);
        AssertMeasure(height, person["heightCm"]);
        AssertMeasure(bmi, person["bmi"]);
        if (bmi is { } b && Fresh.DayNumber - b.Date.DayNumber <= 730)
        {
            Assert.Equal(b.Value, input.Person.BodyMassIndex!.Value.KilogramsPerSquareMetre, 2);
        }

        var factors = (profile["riskFactors"]?.AsArray() ?? []).Select(f => (string?)f).ToList();
        Assert.Equal(raw.HasCondition(PriorFractureCodes, Fresh), factors.Contains("prior_fracture"));
        Assert.Equal(raw.HasCondition(HipCodes, Fresh), (bool?)profile["priorHipOrVertebralFracture"] == true);

        // Current medicines: the active requests, less the two products that act where applied (a topical cream, an
        // inhaler); stopped ones: the stopped requests of medicines not also active.
        var medications = profile["medications"]?.AsArray().Select(m => m!.AsObject()).ToList() ?? [];
        var local = new[] { "Topical Cream", "Inhaler" };
        var active = raw.Medicines("active", Fresh).Where(m => !local.Any(l => m.Contains(l, StringComparison.Ordinal))).Order().ToList();
        var stopped = raw.Medicines("stopped", Fresh).Except(raw.Medicines("active", Fresh)).Order().ToList();
        Assert.Equal(active, medications.Where(m => m["status"] is null).Select(m => (string)m["name"]!).Order());
        Assert.Equal(stopped, medications.Where(m => (string?)m["status"] == "stopped").Select(m => (string)m["name"]!).Order());
    }

    [Theory]
    [MemberData(nameof(Bundles))]
    public void Years_later_every_weight_is_stale_and_reported_not_used(string file)
    {
        var raw = RawBundle.Load(file);
        var reading = FhirRecordReader.Read(raw.Bytes, Late);
        if (reading.Refusal is not null)
        {
            Assert.True(raw.Died is not null, $"{raw.Name}: {reading.Refusal}");
            return;
        }

        var weight = raw.Latest("29463-7", Late)!.Value;
        Assert.True(Late.DayNumber - weight.Date.DayNumber > 730);
        Assert.Null(reading.Profile!["person"]!["weightKg"]);
        var ignored = Assert.Single(reading.Ignored, i => i.Resource == $"Observation/{weight.Id}");
        Assert.StartsWith("stale: dated " + weight.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ignored.Reason, StringComparison.Ordinal);

        // Every other weight is older still and superseded by the stale one, so none is used either.
        foreach (var id in raw.Ids("Observation").Where(id => id != weight.Id && reading.Ignored.Any(i => i.Resource == $"Observation/{id}" && i.What.StartsWith("Body Weight", StringComparison.Ordinal))))
        {
            Assert.StartsWith($"superseded by Observation/{weight.Id}", reading.Ignored.First(i => i.Resource == $"Observation/{id}").Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Keira_Huel_is_refused_as_deceased_on_both_dates()
    {
        var raw = RawBundle.Load("Keira_Huel");
        Assert.NotNull(raw.Died);
        foreach (var day in new[] { Fresh, Late })
        {
            var reading = FhirRecordReader.Read(raw.Bytes, day);
            Assert.Equal("deceased", reading.Refusal!.Code);
            Assert.Null(reading.Profile);
        }
    }

    [Fact]
    public void Tyrell_Towne_is_a_child_in_2021_and_an_adult_who_stopped_prednisone_in_2026()
    {
        var raw = RawBundle.Load("Tyrell_Towne");
        Assert.Equal("under-18", FhirRecordReader.Read(raw.Bytes, Fresh).Refusal!.Code);

        var reading = FhirRecordReader.Read(raw.Bytes, Late);
        Assert.Null(reading.Refusal);
        var prednisone = reading.Profile!["medications"]!.AsArray().Single(m => ((string)m!["name"]!).Contains("predniSONE", StringComparison.Ordinal))!;
        Assert.Equal("312617", (string?)prednisone["rxnorm"]);
        Assert.Equal("stopped", (string?)prednisone["status"]);

        // The Core recognises it as the systemic glucocorticoid (by its RxNorm clinical-drug code).
        var input = reading.ToInput(Late);
        var medication = input.Medications.Single(m => m.RxNormCode == "312617");
        Assert.Contains(GuidanceFixtures.Catalogue.Identify(medication), e => e.Class == DrugClass.Glucocorticoid);
    }

    [Theory]
    [InlineData("Rufus_Kihn", "Hydrocortisone 10 MG/ML Topical Cream", "Topical Cream")]
    [InlineData("Stephen_McLaughlin", "Hydrocortisone 10 MG/ML Topical Cream", "Topical Cream")]
    [InlineData("Cruz_Halvorson", "60 ACTUAT Fluticasone propionate 0.25 MG/ACTUAT / salmeterol 0.05 MG/ACTUAT Dry Powder Inhaler", "Dry Powder Inhaler")]
    public void Topical_and_inhaled_steroids_are_left_out_and_not_counted_as_glucocorticoids(string patient, string product, string form)
    {
        var raw = RawBundle.Load(patient);
        var reading = FhirRecordReader.Read(raw.Bytes, Fresh);
        var medications = reading.Profile!["medications"]?.AsArray().Select(m => (string)m!["name"]!).ToList() ?? [];
        Assert.DoesNotContain(product, medications);
        var ignored = Assert.Single(reading.Ignored, i => i.What.StartsWith(product, StringComparison.Ordinal));
        Assert.Contains($"dose form '{form}'", ignored.Reason, StringComparison.Ordinal);

        var assessment = GuidanceFixtures.Assess(reading.ToInput(Fresh));
        Assert.DoesNotContain(assessment.Findings, f => f.Reason.Contains("hydrocortisone", StringComparison.OrdinalIgnoreCase) || f.Reason.Contains("fluticasone", StringComparison.OrdinalIgnoreCase));
        Assert.False(assessment.Person.Has(Core.People.RiskFactors.Corticosteroids));
    }

    [Theory]
    [InlineData("Max_Dicki")]
    [InlineData("Cruz_Halvorson")]
    [InlineData("Derek_Becker")]
    public void Warfarin_patients_get_the_vitamin_K_antagonist_finding_end_to_end(string patient)
    {
        var raw = RawBundle.Load(patient);
        Assert.Contains("Warfarin Sodium 5 MG Oral Tablet", raw.Medicines("active", Fresh));

        var reading = FhirRecordReader.Read(raw.Bytes, Fresh);
        var assessment = GuidanceFixtures.Assess(reading.ToInput(Fresh));
        Assert.Contains(assessment.Findings, f => f.Code == SafetyFindingCodes.VkaKeepVitaminKSteady);

        // The same record with a vitamin K1 order (a draft, read as an order-sign service reads it): the contraindication.
        var order = new Hl7.Fhir.Model.MedicationRequest
        {
            Id = "draft-k",
            Status = Hl7.Fhir.Model.MedicationRequest.MedicationrequestStatus.Draft,
            Intent = Hl7.Fhir.Model.MedicationRequest.MedicationRequestIntent.Order,
            Medication = new Hl7.Fhir.Model.CodeableConcept { Text = "phytonadione 5 MG Oral Tablet" },
            Subject = new Hl7.Fhir.Model.ResourceReference($"Patient/{raw.PatientId}"),
        };
        var withOrder = FhirRecordReader.Read([FhirRecordReader.Parse(raw.Bytes), order], Fresh, new FhirReadOptions { DraftOrdersAsCurrent = true });
        var supplement = Assert.Single(withOrder.Profile!["supplements"]!.AsArray());
        Assert.Equal("k1", (string?)supplement!["form"]);
        Assert.Equal(5, (double)supplement["dose"]!);
        Assert.Equal("mg", (string?)supplement["unit"]);
        Assert.Contains(GuidanceFixtures.Assess(withOrder.ToInput(Fresh)).Findings, f => f.Code == SafetyFindingCodes.VkaVitaminK);

        // Without the option a draft is not a prescription.
        var without = FhirRecordReader.Read([FhirRecordReader.Parse(raw.Bytes), order], Fresh);
        Assert.Null(without.Profile!["supplements"]);
        Assert.Contains(without.Ignored, i => i.Resource == "MedicationRequest/draft-k" && i.Reason.Contains("draft", StringComparison.Ordinal));
    }

    private static void AssertMeasure((string Id, double Value, DateOnly Date)? expected, JsonNode? actual)
    {
        if (expected is { } e && Fresh.DayNumber - e.Date.DayNumber <= 730)
        {
            Assert.Equal(Math.Round(e.Value, 2), (double)actual!, 6);
        }
        else
        {
            Assert.Null(actual);
        }
    }
}
