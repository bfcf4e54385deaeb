using System.Text;
using System.Text.Json.Nodes;
using BoneBalance.Core.Validation;

namespace BoneBalance.Fhir.Tests;

/// <summary>Hand-built records: each mapping rule and refusal with the smallest record that shows it.</summary>
public class FhirRecordReaderTests
{
    private static readonly DateOnly AsOf = new(2026, 12, 7);

    private static FhirReading Read(params string[] resources) => FhirRecordReader.Read(Records.Bundle(resources), AsOf);

    private static JsonObject Person(FhirReading reading) => reading.Profile!["person"]!.AsObject();

    [Fact]
    public void Weight_in_pounds_and_height_in_inches_are_converted_and_the_newest_wins()
    {
        var reading = Read(
            Records.Observation("w-old", "29463-7", Records.Quantity(80, "kg"), "2026-01-01"),
            Records.Observation("w-new", "29463-7", Records.Quantity(165, "[lb_av]"), "2026-10-01"),
            Records.Observation("h", "8302-2", Records.Quantity(64, "[in_i]")));
        Assert.Equal(Math.Round(165 * 0.45359237, 2), (double)Person(reading)["weightKg"]!);
        Assert.Equal(Math.Round(64 * 2.54, 2), (double)Person(reading)["heightCm"]!);
        Assert.Equal("superseded by Observation/w-new of 2026-10-01", reading.Ignored.Single(i => i.Resource == "Observation/w-old").Reason);
        Assert.Contains(reading.Sources, s => s.Input == "person.weightKg" && s.Resource == "Observation/w-new");
    }

    [Fact]
    public void A_weight_out_of_range_is_ignored_naming_the_resource_and_the_next_one_is_used()
    {
        var reading = Read(
            Records.Observation("w-typo", "29463-7", Records.Quantity(7800, "kg"), "2026-10-01"),
            Records.Observation("w-ok", "29463-7", Records.Quantity(78, "kg"), "2026-09-01"));
        Assert.Equal(78, (double)Person(reading)["weightKg"]!);
        Assert.StartsWith("out of range: 7800 kg", reading.Ignored.Single(i => i.Resource == "Observation/w-typo").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Entered_in_error_and_preliminary_results_are_not_used()
    {
        var reading = Read(
            Records.Observation("w-error", "29463-7", Records.Quantity(95, "kg"), "2026-11-01", status: "entered-in-error"),
            Records.Observation("w-pre", "29463-7", Records.Quantity(94, "kg"), "2026-10-15", status: "preliminary"),
            Records.Observation("w-final", "29463-7", Records.Quantity(70, "kg"), "2026-10-01"));
        Assert.Equal(70, (double)Person(reading)["weightKg"]!);
        Assert.Contains("entered-in-error", reading.Ignored.Single(i => i.Resource == "Observation/w-error").Reason, StringComparison.Ordinal);
        Assert.Contains("preliminary", reading.Ignored.Single(i => i.Resource == "Observation/w-pre").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Vitamin_D_in_nmol_per_litre_and_calcium_in_mmol_per_litre_are_converted()
    {
        var reading = Read(
            Records.Observation("d", "14635-7", Records.Quantity(50, "nmol/L")),
            Records.Observation("ca", "17861-6", Records.Quantity(2.5, "mmol/L")),
            Records.Observation("inr", "6301-6", Records.Quantity(2.4, "{INR}"), "2026-11-20"),
            Records.Observation("gfr", "98979-8", Records.Quantity(55, "mL/min/{1.73_m2}")));
        var labs = reading.Profile!["labs"]!;
        Assert.Equal(Math.Round(50 / 2.496, 1), (double)labs["vitaminD25ohNgPerMl"]!, 1);
        Assert.Equal(Math.Round(2.5 * 40.078 / 10, 2), (double)labs["calciumMgPerDl"]!, 2);
        Assert.Equal(2.4, (double)labs["inr"]!);
        Assert.Equal(55, (double)labs["egfr"]!);
    }

    [Fact]
    public void A_bound_is_used_one_step_past_it_and_the_reading_says_it_is_a_bound()
    {
        static string Bound(string comparator, double value, string code) =>
            Records.Quantity(value, code).Replace("{\"value\"", $"{{\"comparator\":\"{comparator}\",\"value\"", StringComparison.Ordinal);
        var reading = Read(
            Records.Observation("d", "62292-8", Bound("<", 20, "ng/mL")), // a laboratory's "<20 ng/mL": below 20
            Records.Observation("gfr", "98979-8", Bound(">", 90, "mL/min/{1.73_m2}")), // "> 90": above 90
            Records.Observation("ca", "17861-6", Bound("<=", 2.2, "mmol/L")), // "≤ 2.2 mmol/L": may be the bound itself
            Records.Observation("inr", "6301-6", Bound("ad", 2, "{INR}"), "2026-11-20"));
        var labs = reading.Profile!["labs"]!;
        Assert.Equal(19.99, (double)labs["vitaminD25ohNgPerMl"]!);
        Assert.Equal(90.01, (double)labs["egfr"]!);
        Assert.Equal(Math.Round(2.2 * 40.078 / 10, 2), (double)labs["calciumMgPerDl"]!);
        Assert.Null(labs["inr"]);
        Assert.Equal("comparator 'ad': not a measured value (read: <, <=, >=, >)", reading.Ignored.Single(i => i.Resource == "Observation/inr").Reason);

        string Shown(string id) => reading.Sources.Single(u => u.Resource == $"Observation/{id}").Value;
        Assert.Contains("<20 ng/mL → 19.99 ng/mL (a bound, not a measurement: the value is below it; used as 19.99 ng/mL)", Shown("d"), StringComparison.Ordinal);
        Assert.Contains(">90 mL/min/{1.73_m2} → 90.01 mL/min/1.73 m² (a bound, not a measurement: the value is above it;", Shown("gfr"), StringComparison.Ordinal);
        Assert.Contains("the value is at most it; used as 8.82 mg/dL", Shown("ca"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_INR_older_than_twelve_weeks_is_stale()
    {
        var reading = Read(Records.Observation("inr", "6301-6", Records.Quantity(2.4, "1"), "2026-09-01"));
        Assert.Null(reading.Profile!["labs"]);
        Assert.StartsWith("stale: dated 2026-09-01, more than 12 weeks", reading.Ignored.Single(i => i.Resource == "Observation/inr").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_dated_after_the_as_of_date_is_left_out()
    {
        var reading = Read(Records.Observation("w", "29463-7", Records.Quantity(70, "kg"), "2027-01-01"));
        Assert.Null(Person(reading)["weightKg"]);
        Assert.Equal("dated after the as-of date 2026-12-07", reading.Ignored.Single(i => i.Resource == "Observation/w").Reason);
    }

    [Fact]
    public void A_BMI_that_disagrees_with_height_and_weight_is_refused_by_the_contract_and_reported()
    {
        var reading = Read(
            Records.Observation("w", "29463-7", Records.Quantity(70, "kg")),
            Records.Observation("h", "8302-2", Records.Quantity(170, "cm")),
            Records.Observation("bmi", "39156-5", Records.Quantity(31, "kg/m2")));
        Assert.Null(Person(reading)["bmi"]);
        Assert.Contains("person.bmi", reading.Ignored.Single(i => i.Resource == "Observation/bmi").Reason, StringComparison.Ordinal);
        Assert.Equal(Math.Round(70 / (1.7 * 1.7), 1), reading.ToInput(AsOf).Person.BodyMassIndex!.Value.KilogramsPerSquareMetre, 1);
    }

    [Fact]
    public void A_daily_smoker_is_read_as_a_light_smoker_and_says_why()
    {
        var smoking = """{"resourceType":"Observation","id":"s","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"72166-2"}]},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2026-06-01","valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"449868002","display":"Smokes tobacco daily"}]}}""";
        var reading = Read(smoking);
        Assert.Equal("light", (string?)Person(reading)["smoking"]);
        Assert.Contains("the least a daily smoker smokes", reading.Sources.Single(s => s.Input == "person.smoking").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_smoking_record_keeps_an_ex_smoker_an_ex_smoker_and_a_missing_one_says_the_default()
    {
        static string Smoking(string code) => $$$"""{"resourceType":"Observation","id":"s{{{code}}}","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"72166-2"}]},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2019-06-01","valueCodeableConcept":{"coding":[{"system":"http://snomed.info/sct","code":"{{{code}}}"}]}}""";
        var daily = Read(Smoking("449868002"));
        Assert.Equal("former", (string?)Person(daily)["smoking"]);
        Assert.Contains("at least an ex-smoker", daily.Sources.Single(s => s.Input == "person.smoking").Value, StringComparison.Ordinal);

        var never = Read(Smoking("266919005"));
        Assert.Null(Person(never)["smoking"]);
        Assert.StartsWith("stale: dated 2019-06-01", never.Ignored.Single(i => i.Resource == "Observation/s266919005").Reason, StringComparison.Ordinal);
        Assert.Contains("default, never", never.Ignored.Single(i => i.What.StartsWith("smoking status", StringComparison.Ordinal)).Reason, StringComparison.Ordinal);
        Assert.Contains(never.Ignored, i => i.What.StartsWith("alcohol", StringComparison.Ordinal) && i.Reason.Contains("default, none", StringComparison.Ordinal));
    }

    [Fact]
    public void The_US_Core_DXA_examples_give_site_T_and_Z_scores_and_BMD()
    {
        var folder = Repository.File("data", "sources", "fhir", "us-core-dxa");
        var observations = Directory.GetFiles(folder, "dxa-*.json").Select(File.ReadAllText)
            .Select(json => json.Replace("\"Patient/example\"", "\"Patient/p1\"", StringComparison.Ordinal));
        var reading = FhirRecordReader.Read(Records.Bundle("collection", [Records.Patient(birthDate: "1950-03-15"), .. observations]), new DateOnly(2022, 1, 1));
        var dxa = reading.Profile!["dxa"]!.AsArray().Select(d => d!.AsObject()).ToDictionary(d => (string)d["site"]!);
        Assert.Equal(["femoral_neck", "total_hip"], dxa.Keys.Order());
        Assert.Equal((0.734, -1.62, -0.19), ((double)dxa["total_hip"]["bmd"]!, (double)dxa["total_hip"]["tScore"]!, (double)dxa["total_hip"]["zScore"]!));
        Assert.Equal((0.631, -1.48, 0.05), ((double)dxa["femoral_neck"]["bmd"]!, (double)dxa["femoral_neck"]["tScore"]!, (double)dxa["femoral_neck"]["zScore"]!));
        Assert.All(dxa.Values, d => Assert.Equal("2021-11-10", (string?)d["date"]));
        Assert.Equal(2, reading.ToInput(new DateOnly(2022, 1, 1)).Dxa.Count);
    }

    [Fact]
    public void Several_patients_no_patient_and_a_resource_about_another_patient()
    {
        Assert.Equal("several-patients", FhirRecordReader.Read(Records.Bundle("collection", [Records.Patient(), Records.Patient().Replace("\"p1\"", "\"p2\"", StringComparison.Ordinal)]), AsOf).Refusal!.Code);
        Assert.Equal("no-patient", FhirRecordReader.Read(Records.Bundle("collection", [Records.Observation("w", "29463-7", Records.Quantity(70, "kg"))]), AsOf).Refusal!.Code);

        var reading = FhirRecordReader.Read(Records.Bundle("searchset", [
            Records.Patient(),
            Records.Observation("mine", "29463-7", Records.Quantity(70, "kg")),
            Records.Observation("theirs", "29463-7", Records.Quantity(99, "kg"), "2026-11-01", subject: "Patient/other")]), AsOf);
        Assert.Equal(70, (double)Person(reading)["weightKg"]!);
        Assert.Equal("about another patient (Patient/other), not Patient/p1", reading.Ignored.Single(i => i.Resource == "Observation/theirs").Reason);
    }

    [Theory]
    [InlineData("other", "no-sex")]
    [InlineData("unknown", "no-sex")]
    public void A_sex_QFracture_cannot_use_is_refused(string gender, string code) =>
        Assert.Equal(code, FhirRecordReader.Read(Records.Bundle("collection", [Records.Patient(gender: gender)]), AsOf).Refusal!.Code);

    [Fact]
    public void Deceased_and_under_18_are_refused_with_the_date()
    {
        var dead = FhirRecordReader.Read(Records.Bundle("collection", [Records.Patient(extra: ",\"deceasedDateTime\":\"2024-02-03\"")]), AsOf).Refusal!;
        Assert.Equal(("deceased", true), (dead.Code, dead.Reason.Contains("2024-02-03", StringComparison.Ordinal)));
        Assert.Equal("deceased", FhirRecordReader.Read(Records.Bundle("collection", [Records.Patient(extra: ",\"deceasedBoolean\":true")]), AsOf).Refusal!.Code);

        // Died after the as-of date: alive then.
        Assert.Null(FhirRecordReader.Read(Records.Bundle("collection", [Records.Patient(extra: ",\"deceasedDateTime\":\"2027-02-03\"")]), AsOf).Refusal);
        var child = FhirRecordReader.Read(Records.Bundle("collection", [Records.Patient(birthDate: "2008-12-08")]), AsOf).Refusal!;
        Assert.Equal("under-18", child.Code);
        Assert.Contains("17", child.Reason, StringComparison.Ordinal);
        Assert.Null(FhirRecordReader.Read(Records.Bundle("collection", [Records.Patient(birthDate: "2008-12-07")]), AsOf).Refusal);
    }

    [Theory]
    [InlineData("2008", "under-18", null)] // 1 January 2008 gives 18 on 2026-12-07, 31 December 2008 gives 17
    [InlineData("2008-12", "under-18", null)] // 18 if born on the 1st, 17 if born after the 7th
    [InlineData("2008-11", null, 18)] // 18 whichever day of November
    [InlineData("2007", null, 19)] // 18 or 19: read at its first day, the oldest the person can be
    public void A_partial_birth_date_that_may_mean_a_minor_is_refused(string birthDate, string? refusal, int? age)
    {
        var reading = FhirRecordReader.Read(Records.Bundle("collection", [Records.Patient(birthDate: birthDate)]), AsOf);
        Assert.Equal(refusal, reading.Refusal?.Code);
        if (refusal is not null)
        {
            Assert.Contains($"may be 17 on 2026-12-07 (born '{birthDate}', a partial date", reading.Refusal!.Reason, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(age, (int)Person(reading)["age"]!);
        }
    }

    [Fact]
    public void Ethnicity_maps_only_White_and_says_when_the_default_is_used()
    {
        string Race(string code, string display) => $$$""","extension":[{"url":"http://hl7.org/fhir/us/core/StructureDefinition/us-core-race","extension":[{"url":"ombCategory","valueCoding":{"system":"urn:oid:2.16.840.1.113883.6.238","code":"{{{code}}}","display":"{{{display}}}"}}]}]""";
        var white = FhirRecordReader.Read(Records.Bundle("collection", [Records.Patient(extra: Race("2106-3", "White"))]), AsOf);
        Assert.Equal("white", (string?)Person(white)["ethnicity"]);

        var black = FhirRecordReader.Read(Records.Bundle("collection", [Records.Patient(extra: Race("2054-5", "Black or African American"))]), AsOf);
        Assert.Null(Person(black)["ethnicity"]);
        Assert.Contains("default, white", black.Ignored.Single(i => i.What.Contains("Black or African American", StringComparison.Ordinal)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Conditions_active_resolved_refuted_and_fractures()
    {
        var reading = Read(
            Records.Condition("ra", "69896004", "Rheumatoid arthritis"),
            Records.Condition("ra-again", "69896004", "Rheumatoid arthritis", onset: "2019-01-01"),
            Records.Condition("sinus", "36971009", "Sinusitis", clinical: "resolved"),
            Records.Condition("refuted", "44054006", "Diabetes mellitus type 2", verification: "refuted"),
            Records.Condition("error", "46635009", "Diabetes mellitus type 1", verification: "entered-in-error"),
            Records.Condition("hip", "359817006", "Closed fracture of hip", clinical: "resolved", onset: "2015-05-05"),
            Records.Condition("later", "84757009", "Epilepsy", onset: "2027-01-01"));
        var conditions = reading.Profile!["conditions"]!.AsArray();
        var ra = Assert.Single(conditions);
        Assert.Equal(("Rheumatoid arthritis", "69896004"), ((string)ra!["name"]!, (string)ra["snomed"]!));
        Assert.Equal(["prior_fracture"], reading.Profile["riskFactors"]!.AsArray().Select(f => (string)f!));
        Assert.True((bool)reading.Profile["priorHipOrVertebralFracture"]!);
        Assert.Contains("same condition", reading.Ignored.Single(i => i.Resource == "Condition/ra-again").Reason, StringComparison.Ordinal);
        Assert.Contains("'resolved'", reading.Ignored.Single(i => i.Resource == "Condition/sinus").Reason, StringComparison.Ordinal);
        Assert.Contains("'refuted'", reading.Ignored.Single(i => i.Resource == "Condition/refuted").Reason, StringComparison.Ordinal);
        Assert.Contains("'entered-in-error'", reading.Ignored.Single(i => i.Resource == "Condition/error").Reason, StringComparison.Ordinal);
        Assert.Contains("after the as-of date", reading.Ignored.Single(i => i.Resource == "Condition/later").Reason, StringComparison.Ordinal);

        // The catalogue derives QFracture's RA factor from the condition.
        Assert.Contains(GuidanceFixtures.Assess(reading.ToInput(AsOf)).FractureRisk.Notes, n => n.Contains("Rheumatoid", StringComparison.Ordinal));
    }

    [Fact]
    public void Prediabetes_is_not_type_2_diabetes_in_the_shipped_catalogue()
    {
        var catalogue = BoneBalance.Data.Safety.ShippedSafetyCatalogue.Load();
        var input = Read(Records.Condition("pre", "15777000", "Prediabetes"), Records.Condition("t2", "44054006", "Diabetes mellitus type 2")).ToInput(AsOf);
        var factors = input.Conditions.ToDictionary(c => c.SnomedCode!, c => catalogue.Identify(c).Select(e => e.QFractureFactor).SingleOrDefault());
        Assert.Equal(Core.People.RiskFactors.Type2Diabetes, factors["44054006"]);
        Assert.Equal(Core.People.RiskFactors.None, factors["15777000"]);
    }

    [Fact]
    public void Medicines_current_stopped_cancelled_with_a_daily_dose_from_the_dosage()
    {
        var reading = Read(
            Records.Request("warfarin", "Warfarin Sodium 5 MG Oral Tablet", dosage: Records.Dosage(1.5), rxnorm: "855332"),
            Records.Request("pred", "predniSONE 5 MG Oral Tablet", status: "stopped", authored: "2024-03-01", dosage: Records.Dosage(2, frequency: 2), rxnorm: "312617"),
            Records.Request("cancelled", "Alendronic acid 10 MG Oral Tablet", status: "cancelled"),
            Records.Request("plan", "Sertraline 50 MG Oral Tablet", intent: "proposal"));
        var medications = reading.Profile!["medications"]!.AsArray().Select(m => m!.AsObject()).ToDictionary(m => (string)m["rxnorm"]!);
        Assert.Equal(7.5, (double)medications["855332"]["dosePerDay"]!);
        Assert.Equal("mg", (string?)medications["855332"]["unit"]);
        Assert.Equal(22, (int)medications["855332"]["durationMonths"]!);
        Assert.Equal("stopped", (string?)medications["312617"]["status"]);
        Assert.Equal(20, (double)medications["312617"]["dosePerDay"]!);
        Assert.Contains("'cancelled'", reading.Ignored.Single(i => i.Resource == "MedicationRequest/cancelled").Reason, StringComparison.Ordinal);
        Assert.Contains("'proposal'", reading.Ignored.Single(i => i.Resource == "MedicationRequest/plan").Reason, StringComparison.Ordinal);
        Assert.Null(reading.Profile["riskFactors"]);
    }

    [Fact]
    public void A_MedicationStatement_that_ended_is_stopped_with_the_months_since()
    {
        var statement = """{"resourceType":"MedicationStatement","id":"ms","status":"active","medicationCodeableConcept":{"text":"Sertraline 50 MG Oral Tablet"},"subject":{"reference":"Patient/p1"},"effectivePeriod":{"start":"2023-01-01","end":"2026-03-20"}}""";
        var current = """{"resourceType":"MedicationStatement","id":"ms2","status":"active","medicationReference":{"reference":"#med"},"contained":[{"resourceType":"Medication","id":"med","code":{"text":"Carbamazepine 200 MG Oral Tablet"}}],"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2025-06-01"}""";
        var reading = Read(statement, current);
        var medications = reading.Profile!["medications"]!.AsArray().Select(m => m!.AsObject()).ToDictionary(m => (string)m["name"]!);
        Assert.Equal("stopped", (string?)medications["Sertraline 50 MG Oral Tablet"]["status"]);
        Assert.Equal(8, (int)medications["Sertraline 50 MG Oral Tablet"]["stoppedMonthsAgo"]!);
        Assert.Null(medications["Carbamazepine 200 MG Oral Tablet"]["status"]);

        // A current anticonvulsant sets QFracture's factor; the stopped antidepressant does not.
        Assert.Equal(["epilepsy_or_anticonvulsants"], reading.Profile["riskFactors"]!.AsArray().Select(f => (string)f!));
    }

    [Fact]
    public void A_combination_product_gives_its_supplements_from_the_RxNorm_strengths()
    {
        var reading = Read(Records.Request("cad", "calcium carbonate 600 MG / cholecalciferol 400 UNT Oral Tablet", dosage: Records.Dosage(1, frequency: 2)));
        Assert.Null(reading.Profile!["medications"]);
        var supplements = reading.Profile["supplements"]!.AsArray().Select(s => s!.AsObject()).ToDictionary(s => (string)s["form"]!);
        Assert.Equal((1200.0, "mg"), ((double)supplements["calcium-carbonate"]["dose"]!, (string)supplements["calcium-carbonate"]["unit"]!));
        Assert.Equal((800.0, "iu"), ((double)supplements["d3"]["dose"]!, (string)supplements["d3"]["unit"]!));
        Assert.Equal(800, reading.ToInput(AsOf).Supplements.Single(s => s.Form == Core.Nutrition.SupplementForm.VitaminD3).Dose);
    }

    [Fact]
    public void Oestrogen_alone_is_HRT_for_a_woman_and_the_contraceptive_patch_is_not()
    {
        var reading = Read(
            Records.Request("e2", "Estradiol 1 MG Oral Tablet"),
            Records.Request("patch", "168 HR Ethinyl Estradiol 0.00146 MG/HR / norelgestromin 0.00625 MG/HR Transdermal System"));
        Assert.Equal(["hrt"], reading.Profile!["riskFactors"]!.AsArray().Select(f => (string)f!));
        Assert.Single(reading.Sources, s => s.Input == "riskFactors[0]" && s.Resource == "MedicationRequest/e2");
    }

    [Fact]
    public void A_value_that_breaks_the_specification_leaves_out_only_its_resource()
    {
        var reading = Read(
            Records.Observation("bad-status", "29463-7", Records.Quantity(90, "kg"), "2026-11-01", status: "done"),
            Records.Observation("text-value", "29463-7", """{"value":"88","unit":"kg","code":"kg"}""", "2026-10-15"),
            Records.Observation("good", "29463-7", Records.Quantity(70, "kg"), "2026-10-01"));
        Assert.Equal(70, (double)Person(reading)["weightKg"]!);
        Assert.StartsWith("cannot be read: Value 'done'", reading.Ignored.Single(i => i.Resource == "Observation/bad-status").Reason, StringComparison.Ordinal);
        Assert.StartsWith("cannot be read:", reading.Ignored.Single(i => i.Resource == "Observation/text-value").Reason, StringComparison.Ordinal);

        var patient = FhirRecordReader.Read(Records.Bundle("collection", [Records.Patient(gender: "F")]), AsOf).Refusal!;
        Assert.Equal("unreadable-patient", patient.Code);
        Assert.Contains("'F'", patient.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bundle_read_from_a_stream_is_the_bundle_read_from_bytes()
    {
        var path = RawBundle.Files().First();
        using var stream = File.OpenRead(path);
        var fromStream = FhirRecordReader.Parse(stream);
        var fromBytes = FhirRecordReader.Parse(File.ReadAllBytes(path));
        Assert.Equal(fromBytes.Entry.Select(e => e.FullUrl), fromStream.Entry.Select(e => e.FullUrl));
        Assert.Equal(FhirRecordReader.Read(fromBytes, AsOf).Sources, FhirRecordReader.Read(fromStream, AsOf).Sources);
    }

    [Fact]
    public void Malformed_JSON_not_a_Bundle_and_not_R4_are_refused_naming_the_bundle()
    {
        var malformed = Assert.Throws<InvalidInputException>(() => FhirRecordReader.Parse("{\"resourceType\":\"Bundle\",\"type\":"u8));
        Assert.Equal("bundle", malformed.Errors[0].Field);
        Assert.StartsWith("line 1, byte", malformed.Errors[0].Value, StringComparison.Ordinal);
        Assert.Contains("not well-formed JSON", malformed.Errors[0].Problem, StringComparison.Ordinal);

        var patient = Assert.Throws<InvalidInputException>(() => FhirRecordReader.Parse(Encoding.UTF8.GetBytes(Records.Patient())));
        Assert.Equal(("bundle", "resourceType 'Patient'", "is not a Bundle"), (patient.Errors[0].Field, patient.Errors[0].Value, patient.Errors[0].Problem));

        // An element R4 does not have (R5's Observation.instantiatesCanonical).
        var r5 = Records.Bundle(Records.Observation("w", "29463-7", Records.Quantity(70, "kg")).Replace("\"status\"", "\"instantiatesCanonical\":\"x\",\"status\"", StringComparison.Ordinal));
        var notR4 = Assert.Throws<InvalidInputException>(() => FhirRecordReader.Parse(r5));
        Assert.Equal(("bundle", "is not FHIR R4"), (notR4.Errors[0].Field, notR4.Errors[0].Problem));
        Assert.Contains("instantiatesCanonical", notR4.Errors[0].Value, StringComparison.Ordinal);
    }
}
