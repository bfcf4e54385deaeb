using System.Text;
using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using BoneBalance.Core.Validation;
using BoneBalance.Data.Contracts;

namespace BoneBalance.Data.Tests.Contracts;

/// <summary>The profile contract: a full example profile, and every kind of refusal with its JSON path.</summary>
public sealed class ProfileDocumentTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    // A profile with every section but the diary: person, risk factors, medications, conditions, symptoms, DXA, labs,
    // supplements and FRAX.
    internal const string FullExample = """
        {
          "person": { "sex": "female", "age": 67, "heightCm": 160, "weightKg": 55, "postmenopausal": true,
                      "ethnicity": "white", "smoking": "never", "alcohol": "none",
                      "pregnant": false, "breastfeeding": false },
          "riskFactors": ["falls", "parental_osteoporosis"],
          "medications": [ { "name": "prednisone", "rxnorm": "8640", "dosePerDay": 10, "unit": "mg",
                             "durationMonths": 6 } ],
          "conditions": [ { "name": "rheumatoid arthritis", "snomed": "69896004" } ],
          "symptoms": ["easy_bruising", "bleeding_gums", "nosebleeds", "heavy_menstrual_bleeding",
                       "poor_wound_healing", "blood_in_urine_or_stool"],
          "dxa": [ { "date": "2025-01-10", "site": "femoral_neck", "bmd": 0.62, "tScore": null } ],
          "labs": { "vitaminD25ohNgPerMl": 18, "calciumMgPerDl": 9.5, "inr": 2.4, "egfr": 70 },
          "supplements": [ { "form": "k2-mk7", "dose": 180, "unit": "ug" },
                           { "form": "calcium-carbonate", "dose": 1250, "unit": "mg" } ],
          "frax": { "mofPercent": 22.0, "hipPercent": 3.5 }
        }
        """;

    [Fact]
    public void The_full_example_parses_to_the_typed_values_it_states()
    {
        var input = Parse(FullExample);

        var p = input.Person;
        Assert.Equal(Sex.Female, p.Sex);
        Assert.Equal(67, p.AgeYears);
        Assert.Equal(MenopausalStatus.Postmenopausal, p.MenopausalStatus);
        Assert.Equal(160, p.Height!.Value.Centimetres);
        Assert.Equal(55, p.Weight!.Value.Kilograms);
        // BMI = 55 kg / 1.60² m² = 21.484375 kg/m².
        Assert.Equal(21.484375, p.BodyMassIndex!.Value.KilogramsPerSquareMetre, 9);
        Assert.Equal(Ethnicity.White, p.Ethnicity);
        Assert.Equal(SmokingStatus.Never, p.Smoking);
        Assert.Equal(AlcoholIntake.None, p.Alcohol);
        Assert.Equal(RiskFactors.Falls | RiskFactors.ParentalOsteoporosis, p.RiskFactors);
        Assert.False(input.Pregnant);
        Assert.False(input.Breastfeeding);

        var medication = Assert.Single(input.Medications);
        Assert.Equal("prednisone", medication.Name);
        Assert.Equal("8640", medication.RxNormCode);
        Assert.Equal(10, medication.DosePerDay);
        Assert.Equal(MedicationDoseUnit.Milligram, medication.DoseUnit);
        Assert.Equal(6, medication.DurationMonths);

        var condition = Assert.Single(input.Conditions);
        Assert.Equal("rheumatoid arthritis", condition.Name);
        Assert.Equal("69896004", condition.SnomedCode);

        Assert.Equal(
            [Symptom.EasyBruising, Symptom.BleedingGums, Symptom.Nosebleeds, Symptom.HeavyMenstrualBleeding, Symptom.PoorWoundHealing, Symptom.BloodInUrineOrStool],
            input.Symptoms);

        var dxa = Assert.Single(input.Dxa);
        Assert.Equal(new DateOnly(2025, 1, 10), dxa.Date);
        Assert.Equal(SkeletalSite.FemoralNeck, dxa.Site);
        Assert.Equal(0.62, dxa.Bmd!.Value.GramsPerSquareCentimetre);
        Assert.Null(dxa.ReportedTScore); // "tScore": null is absent
        Assert.Null(dxa.Precision);

        Assert.Equal(18, input.Labs.VitaminD25OhNgPerMl);
        Assert.Equal(9.5, input.Labs.CalciumMgPerDl);
        Assert.Equal(2.4, input.Labs.Inr);
        Assert.Equal(70, input.Labs.Egfr);

        Assert.Equal(2, input.Supplements.Count);
        Assert.Equal(SupplementForm.VitaminK2Mk7, input.Supplements[0].Form);
        Assert.Equal(IntakeNutrient.LongChainMenaquinones, input.Supplements[0].Nutrient);
        Assert.Equal(180, input.Supplements[0].Amount.Micrograms, 9);
        // A calcium salt's dose is the salt's weight: 1,250 mg carbonate × 40 % = 500 mg elemental calcium.
        Assert.Equal(SupplementForm.CalciumCarbonate, input.Supplements[1].Form);
        Assert.Equal(1250, input.Supplements[1].Dose);
        Assert.Equal(500, input.Supplements[1].Amount.Milligrams, 9);

        Assert.Equal(22.0, input.Frax!.MajorOsteoporoticPercent);
        Assert.Equal(3.5, input.Frax.HipPercent);
        Assert.False(input.Frax.GlucocorticoidAdjusted);
        Assert.False(input.PriorHipOrVertebralFracture);
        Assert.False(input.LargeChangeInVitaminKFoods);
        Assert.Empty(input.Diary);
    }

    [Fact]
    public void Only_person_sex_and_age_are_required()
    {
        var input = Parse("""{ "person": { "sex": "male", "age": 72 } }""");
        Assert.Equal(Sex.Male, input.Person.Sex);
        Assert.Equal(MenopausalStatus.NotApplicable, input.Person.MenopausalStatus);
        Assert.Null(input.Person.BodyMassIndex);
        Assert.Empty(input.Medications);
        Assert.Same(LabResults.None, input.Labs);
        Assert.Null(input.Frax);
    }

    [Fact]
    public void The_optional_fields_beyond_the_full_example_are_read()
    {
        var input = Parse("""
            {
              "person": { "sex": "f", "birthDate": "1958-11-26", "bmi": 24.1, "menopausalStatus": "peri",
                          "ethnicity": "black_caribbean", "smoking": "ex_smoker", "alcohol": "very_heavy" },
              "riskFactors": ["prior_fracture"],
              "priorHipOrVertebralFracture": true,
              "largeChangeInVitaminKFoods": true,
              "medications": [ { "name": "Warfarin", "atc": "b01aa03" } ],
              "conditions": [ { "name": "primary hyperparathyroidism", "icd10": "e21.0" } ],
              "dxa": [ { "date": "2023-01-10", "site": "spine", "bmd": 0.9, "manufacturer": "ge_lunar", "precisionRmsSd": 0.012 },
                       { "date": "2025-01-10", "site": "lumbar_spine", "bmd": 0.87, "tScore": -2.6, "zScore": -1.1, "manufacturer": "lunar", "precisionRmsSd": 0.012 } ],
              "frax": { "mofPercent": 18, "hipPercent": 2.9, "glucocorticoidAdjusted": true }
            }
            """);
        // Born 26 November 1958: on 25 November 2026 she is still 67.
        Assert.Equal(67, input.Person.AgeYears);
        Assert.Equal(24.1, input.Person.BodyMassIndex!.Value.KilogramsPerSquareMetre);
        Assert.Equal(MenopausalStatus.Perimenopausal, input.Person.MenopausalStatus);
        Assert.Equal(Ethnicity.BlackCaribbean, input.Person.Ethnicity);
        Assert.Equal(SmokingStatus.Former, input.Person.Smoking);
        Assert.Equal(AlcoholIntake.VeryHeavy, input.Person.Alcohol);
        Assert.True(input.PriorHipOrVertebralFracture);
        Assert.True(input.LargeChangeInVitaminKFoods);
        Assert.Equal("B01AA03", input.Medications[0].AtcCode);
        Assert.Equal("E21.0", input.Conditions[0].Icd10Code);
        Assert.Equal(2, input.Dxa.Count);
        Assert.Equal(DxaManufacturer.GeLunar, input.Dxa[1].Manufacturer);
        Assert.Equal(-2.6, input.Dxa[1].ReportedTScore);
        Assert.Equal(-1.1, input.Dxa[1].ReportedZScore);
        Assert.Equal(0.012, input.Dxa[1].Precision!.Value.RmsSdGramsPerSquareCentimetre);
        Assert.True(input.Frax!.GlucocorticoidAdjusted);
    }

    /// <summary>
    /// person.name is optional free text for the clinician report: trimmed, at most 100 characters (101 is refused naming
    /// the field, the length and the range), blank is no name; it reaches the input and never the assessment document.
    /// </summary>
    [Fact]
    public void The_persons_name_is_trimmed_bounded_and_kept_out_of_the_assessment_document()
    {
        var input = Parse("""{"person":{"sex":"female","birthDate":"1958-11-26","name":"  Ada Lovelace-Byron  "}}""");
        Assert.Equal("Ada Lovelace-Byron", input.PersonName);
        Assert.Equal(new DateOnly(1958, 11, 26), input.BirthDate);
        var document = Data.Contracts.AssessmentDocument.ToJson(new Core.Guidance.Assessor(Data.Safety.ShippedSafetyCatalogue.Load(), Data.DietaryReferenceIntakeFile.LoadShipped(), []).Assess(input));
        Assert.DoesNotContain("Lovelace", document, StringComparison.Ordinal);
        Assert.DoesNotContain("1958", document, StringComparison.Ordinal);

        var longest = new string('n', 100);
        Assert.Equal(longest, Parse($$$"""{"person":{"sex":"male","age":70,"name":" {{{longest}}} "}}""").PersonName);
        Assert.Null(Parse("""{"person":{"sex":"male","age":70,"name":"   "}}""").PersonName);
        Assert.Null(Parse("""{"person":{"sex":"male","age":70}}""").PersonName);
        Assert.Null(Parse("""{"person":{"sex":"male","age":70}}""").BirthDate);

        var e = Assert.Throws<InvalidInputException>(() => Parse($$$"""{"person":{"sex":"male","age":70,"name":"{{{longest}}}x"}}"""));
        var error = Assert.Single(e.Errors);
        Assert.Equal("person.name", error.Field);
        Assert.Equal("is longer than 100 characters (101)", error.Problem);
        Assert.Contains("at most 100 characters", error.ValidRange, StringComparison.Ordinal);
    }

    [Theory]
    // person
    [InlineData("""{"person":{"sex":"female","age":12}}""", "person.age", "12", "18 to 120 years")]
    [InlineData("""{"person":{"sex":"female","age":67.5}}""", "person.age", "67.5", FieldError.NotAWholeNumber)]
    [InlineData("""{"person":{"sex":"female","age":"67"}}""", "person.age", "67", "is a string, not a number")]
    [InlineData("""{"person":{"sex":"x","age":67}}""", "person.sex", "x", "female|male")]
    [InlineData("""{"person":{"age":67}}""", "person.sex", "", "female|male")]
    [InlineData("""{"person":{"sex":"female"}}""", "person.age", "", "or person.birthDate")]
    [InlineData("""{"person":{"sex":"female","age":60,"birthDate":"1958-11-26"}}""", "person.age", "60", "67 (the age on 2026-11-25")]
    [InlineData("""{"person":{"sex":"female","birthDate":"2030-01-01"}}""", "person.birthDate", "2030-01-01", "on or before 2026-11-25")]
    [InlineData("""{"person":{"sex":"female","birthDate":"26/11/1958"}}""", "person.birthDate", "26/11/1958", "YYYY-MM-DD")]
    [InlineData("""{"person":{"sex":"female","age":67,"heightCm":-160}}""", "person.heightCm", "-160", "greater than 0 cm")]
    [InlineData("""{"person":{"sex":"female","age":67,"weightKg":0}}""", "person.weightKg", "0", "greater than 0 kg")]
    [InlineData("""{"person":{"sex":"female","age":67,"bmi":200}}""", "person.bmi", "200", "5 to 150 kg/m²")]
    [InlineData("""{"person":{"sex":"female","age":67,"heightCm":160,"weightKg":55,"bmi":30}}""", "person.bmi", "30 (computed 21.5", "within 0.5 kg/m²")]
    [InlineData("""{"person":{"sex":"female","age":67,"ethnicity":"caucasian"}}""", "person.ethnicity", "caucasian", "white|indian|")]
    [InlineData("""{"person":{"sex":"female","age":67,"smoking":"sometimes"}}""", "person.smoking", "sometimes", "never|former|light|moderate|heavy")]
    [InlineData("""{"person":{"sex":"female","age":67,"alcohol":"lots"}}""", "person.alcohol", "lots", "none|trivial|light|moderate|heavy|very_heavy")]
    [InlineData("""{"person":{"sex":"female","age":67,"postmenopausal":"yes"}}""", "person.postmenopausal", "yes", "is a string, not true or false")]
    [InlineData("""{"person":{"sex":"male","age":67,"postmenopausal":true}}""", "person.postmenopausal", "postmenopausal", "not_applicable for men")]
    [InlineData("""{"person":{"sex":"female","age":67,"menopausalStatus":"late"}}""", "person.menopausalStatus", "late", "unknown|premenopausal|")]
    [InlineData("""{"person":{"sex":"female","age":67,"menopausalStatus":"pre","postmenopausal":true}}""", "person.postmenopausal", "true", "false with menopausalStatus premenopausal")]
    [InlineData("""{"person":{"sex":"male","age":40,"pregnant":true}}""", "person.pregnant", "true", "false for men")]
    [InlineData("""{"person":{"sex":"male","age":40,"breastfeeding":true}}""", "person.breastfeeding", "true", "false for men")]
    [InlineData("""{"person":{"sex":"female","age":67,"name":42}}""", "person.name", "42", "is a number, not a string")]
    [InlineData("""{"person":{"sex":"female","age":67,"name":"Ada\nLovelace"}}""", "person.name", "Ada\\u000aLovelace", "contains a control character")]
    [InlineData("""{"person":{"sex":"female","age":67,"name":"Ada\tLovelace"}}""", "person.name", "Ada\\u0009Lovelace", "without control characters")]
    // lists and objects
    [InlineData("""{"person":{"sex":"female","age":67},"riskFactors":["falls","fall"]}""", "riskFactors[1]", "fall", "antidepressants|cancer|")]
    [InlineData("""{"person":{"sex":"female","age":67},"riskFactors":["falls","falls"]}""", "riskFactors[1]", "falls", "each risk factor once")]
    [InlineData("""{"person":{"sex":"female","age":67},"riskFactors":"falls"}""", "riskFactors", "falls", "is a string, not an array")]
    [InlineData("""{"person":{"sex":"female","age":67},"priorHipOrVertebralFracture":true}""", "priorHipOrVertebralFracture", "true", "prior_fracture in riskFactors")]
    [InlineData("""{"person":{"sex":"female","age":67},"medications":[{"name":"prednisone","dosePerDay":10,"unit":"tablets"}]}""", "medications[0].unit", "tablets", "mg|ug|g")]
    [InlineData("""{"person":{"sex":"female","age":67},"medications":[{"name":"prednisone","dosePerDay":10}]}""", "medications[0].unit", "", "mg|ug|g")]
    [InlineData("""{"person":{"sex":"female","age":67},"medications":[{"name":"prednisone","dosePerDay":-5,"unit":"mg"}]}""", "medications[0].dosePerDay", "-5", "greater than 0")]
    [InlineData("""{"person":{"sex":"female","age":67},"medications":[{"name":"prednisone","durationMonths":1300}]}""", "medications[0].durationMonths", "1300", "0 to 1200 months")]
    [InlineData("""{"person":{"sex":"female","age":67},"medications":[{"name":"warfarin","rxnorm":"11289x"}]}""", "medications[0].rxnorm", "11289x", "RxNorm")]
    [InlineData("""{"person":{"sex":"female","age":67},"medications":[{"name":"warfarin","rxnorm":11289}]}""", "medications[0].rxnorm", "11289", "is a number, not a string")]
    [InlineData("""{"person":{"sex":"female","age":67},"medications":[{"name":"warfarin","atc":"B1AA03"}]}""", "medications[0].atc", "B1AA03", "ATC")]
    [InlineData("""{"person":{"sex":"female","age":67},"medications":[{"rxnorm":"11289"}]}""", "medications[0].name", "", "a medication name")]
    [InlineData("""{"person":{"sex":"female","age":67},"conditions":[{"name":"CKD","snomed":"709044"},{"name":"CKD","icd10":"chronic"}]}""", "conditions[1].icd10", "CHRONIC", "ICD-10")]
    [InlineData("""{"person":{"sex":"female","age":67},"conditions":[{"name":"","snomed":"709044004"}]}""", "conditions[0].name", "", "a condition name")]
    [InlineData("""{"person":{"sex":"female","age":67},"symptoms":["bruising"]}""", "symptoms[0]", "bruising", "easy_bruising|bleeding_gums|")]
    [InlineData("""{"person":{"sex":"female","age":67},"dxa":[{"site":"femoral_neck","bmd":0.62},{"site":"hip","bmd":0.7}]}""", "dxa[1].site", "hip", "spine|total_hip|femoral_neck|radius")]
    [InlineData("""{"person":{"sex":"female","age":67},"dxa":[{"site":"femoral_neck","bmd":620}]}""", "dxa[0].bmd", "620", "0.1 to 3 g/cm²")]
    [InlineData("""{"person":{"sex":"female","age":67},"dxa":[{"site":"spine","tScore":-12}]}""", "dxa[0].tScore", "-12", "-8 to 8")]
    [InlineData("""{"person":{"sex":"female","age":67},"dxa":[{"site":"spine","zScore":9}]}""", "dxa[0].zScore", "9", "-8 to 8")]
    [InlineData("""{"person":{"sex":"female","age":67},"dxa":[{"site":"spine"}]}""", "dxa[0].bmd", "", "a BMD in g/cm², a T-score or a Z-score")]
    [InlineData("""{"person":{"sex":"female","age":67},"dxa":[{"site":"spine","bmd":0.9,"manufacturer":"siemens"}]}""", "dxa[0].manufacturer", "siemens", "unknown|hologic|ge_lunar|norland")]
    [InlineData("""{"person":{"sex":"female","age":67},"dxa":[{"site":"spine","bmd":0.9,"precisionRmsSd":1.9}]}""", "dxa[0].precisionRmsSd", "1.9", "at most 0.2 g/cm²")]
    [InlineData("""{"person":{"sex":"female","age":67},"dxa":[{"site":"spine","bmd":0.9,"date":"2027-01-01"}]}""", "dxa[0].date", "2027-01-01", "on or before 2026-11-25")]
    [InlineData("""{"person":{"sex":"female","age":67},"dxa":[{"site":"spine","bmd":0.9,"date":"2025-01-01"},{"site":"lumbar_spine","bmd":0.8,"date":"2025-01-01"}]}""", "dxa[1].site", "spine", "each site once per scan date")]
    // A BMD inside 0.1–3 g/cm² whose computed femoral-neck T-score would lie outside −8 to +8 (NHANES III women's femoral
    // neck, mean 0.858, SD 0.120: (2.9 − 0.858) / 0.120 = 17; T = +8 at 0.858 + 8 × 0.120 = 1.818 g/cm²).
    [InlineData("""{"person":{"sex":"female","age":67},"dxa":[{"site":"spine","bmd":0.9},{"site":"femoral_neck","bmd":2.9}]}""", "dxa[1].bmd", "2.9", "0.1 to 1.818 g/cm²")]
    [InlineData("""{"person":{"sex":"female","age":67},"labs":{"vitaminD25ohNgPerMl":900}}""", "labs.vitaminD25ohNgPerMl", "900", "0 to 500 ng/mL")]
    [InlineData("""{"person":{"sex":"female","age":67},"labs":{"calciumMgPerDl":2.4}}""", "labs.calciumMgPerDl", "2.4", "4 to 25 mg/dL")]
    [InlineData("""{"person":{"sex":"female","age":67},"labs":{"inr":0}}""", "labs.inr", "0", "0.5 to 25")]
    [InlineData("""{"person":{"sex":"female","age":67},"labs":{"egfr":300}}""", "labs.egfr", "300", "0 to 250 mL/min/1.73 m²")]
    [InlineData("""{"person":{"sex":"female","age":67},"supplements":[{"form":"k2","dose":180,"unit":"ug"}]}""", "supplements[0].form", "k2", "k2-mk7|k2-mk4|k1|d3|d2|calcium|")]
    [InlineData("""{"person":{"sex":"female","age":67},"supplements":[{"form":"k2-mk7","dose":180,"unit":"iu"}]}""", "supplements[0].unit", "iu", "ug|mg for k2-mk7")]
    [InlineData("""{"person":{"sex":"female","age":67},"supplements":[{"form":"d3","dose":100000,"unit":"iu"}]}""", "supplements[0].dose", "100000", "0 to 50000 iu for d3")]
    [InlineData("""{"person":{"sex":"female","age":67},"supplements":[{"form":"d3","dose":-1,"unit":"ug"}]}""", "supplements[0].dose", "-1", "at least 0")]
    [InlineData("""{"person":{"sex":"female","age":67},"supplements":[{"form":"d3","unit":"ug"}]}""", "supplements[0].dose", "", "the labelled dose")]
    [InlineData("""{"person":{"sex":"female","age":67},"frax":{"mofPercent":122,"hipPercent":3}}""", "frax.mofPercent", "122", "0 to 100 %")]
    [InlineData("""{"person":{"sex":"female","age":67},"frax":{"mofPercent":12}}""", "frax.hipPercent", "", "0 to 100 %")]
    [InlineData("""{"person":{"sex":"female","age":67},"largeChangeInVitaminKFoods":1}""", "largeChangeInVitaminKFoods", "1", "is a number, not true or false")]
    public void A_bad_value_is_refused_naming_its_path_value_and_range(string json, string path, string value, string valid)
    {
        var e = Assert.Throws<InvalidInputException>(() => Parse(json));
        var error = Assert.Single(e.Errors, x => x.Field == path);
        Assert.Contains(value, error.Value, StringComparison.Ordinal);
        Assert.Contains(valid, error.ValidRange + " " + error.Problem, StringComparison.Ordinal);
    }

    /// <summary>
    /// Half a surrogate pair escaped in any string is well-formed JSON but not text: a 400 naming the field (it was an
    /// unhandled InvalidOperationException, a 500 in the API). A whole pair (an emoji) is text and is read.
    /// </summary>
    [Theory]
    [InlineData("""{"person":{"sex":"female","age":67},"medications":[{"name":"war\ud800farin"}]}""", "medications[0].name")]
    [InlineData("""{"person":{"sex":"female","age":67},"conditions":[{"name":"ok"},{"name":"\uDC00"}]}""", "conditions[1].name")]
    [InlineData("""{"person":{"sex":"\ud800","age":67}}""", "person.sex")]
    [InlineData("""{"person":{"sex":"female","age":67},"\udbff":1}""", "(a field name)")]
    public void Half_a_surrogate_pair_is_refused_naming_the_field(string json, string path)
    {
        var e = Assert.Throws<InvalidInputException>(() => Parse(json));
        var error = Assert.Single(e.Errors);
        Assert.Equal(path, error.Field);
        Assert.Equal("holds half a surrogate pair", error.Problem);

        var emoji = Parse("""{"person":{"sex":"female","age":67},"medications":[{"name":"warfarin \ud83d\ude00"}]}""");
        Assert.Equal("warfarin \U0001F600", emoji.Medications[0].Name);
    }

    [Fact]
    public void A_free_text_field_takes_at_most_300_characters()
    {
        var fits = new string('w', 300);
        Assert.Equal(fits, Parse($$"""{"person":{"sex":"female","age":67},"medications":[{"name":"  {{fits}}  "}]}""").Medications[0].Name);

        var huge = new string('w', 250_000);
        var e = Assert.Throws<InvalidInputException>(() => Parse($$"""{"person":{"sex":"female","age":67},"medications":[{"name":"{{huge}}"}],"conditions":[{"name":"{{fits}}x"}]}"""));
        Assert.Equal(["medications[0].name", "conditions[0].name"], e.Errors.Select(x => x.Field));
        Assert.Equal("is longer than 300 characters (250,000)", e.Errors[0].Problem);
        Assert.Equal("is longer than 300 characters (301)", e.Errors[1].Problem);
        Assert.EndsWith("of at most 300 characters", e.Errors[0].ValidRange, StringComparison.Ordinal);
        Assert.True(e.Message.Length < 1_000, "the message quotes the start of the value, not all of it");
    }

    [Theory]
    [InlineData("""{"person":{"sex":"female","birthDate":"1950-06-01"},"dxa":[{"date":"1950-05-31","site":"spine","tScore":-1}]}""", "is before the person was born", "from 1985-01-01")]
    [InlineData("""{"person":{"sex":"female","age":30},"dxa":[{"date":"1994-11-25","site":"spine","zScore":-1}]}""", "is before the person was born", "from 1995-11-26 (the person's birth)")]
    [InlineData("""{"person":{"sex":"female","age":90},"dxa":[{"date":"1984-12-31","site":"spine","tScore":-1}]}""", "is before DXA existed", "from 1985-01-01 (DXA came into use in 1986–1987)")]
    public void A_scan_before_the_persons_birth_or_before_dxa_existed_is_refused(string json, string problem, string valid)
    {
        // Today is 2026-11-25: a 30-year-old was born between 1995-11-26 and 1996-11-25.
        var e = Assert.Throws<InvalidInputException>(() => Parse(json));
        var error = Assert.Single(e.Errors, x => x.Field == "dxa[0].date");
        Assert.Equal(problem, error.Problem);
        Assert.StartsWith(valid, error.ValidRange, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scan_on_the_earliest_possible_day_is_accepted()
    {
        Assert.Single(Parse("""{"person":{"sex":"female","age":30},"dxa":[{"date":"1995-11-26","site":"spine","zScore":-1}]}""").Dxa);
        Assert.Single(Parse("""{"person":{"sex":"female","age":90},"dxa":[{"date":"1985-01-01","site":"spine","tScore":-1}]}""").Dxa);
    }

    [Fact]
    public void A_list_holds_at_most_100_items()
    {
        string Medications(int n) => string.Join(",", Enumerable.Range(0, n).Select(i => $$"""{"name":"medicine {{i}}"}"""));
        Assert.Equal(100, Parse($$"""{"person":{"sex":"female","age":67},"medications":[{{Medications(100)}}]}""").Medications.Count);
        var e = Assert.Throws<InvalidInputException>(() => Parse($$"""{"person":{"sex":"female","age":67},"medications":[{{Medications(101)}}]}"""));
        var error = Assert.Single(e.Errors);
        Assert.Equal("medications", error.Field);
        Assert.Equal("101 items", error.Value);
        Assert.Equal("has more than 100 items", error.Problem);
    }

    [Fact]
    public void Every_error_of_a_document_is_reported_at_once()
    {
        var e = Assert.Throws<InvalidInputException>(() => Parse("""
            {
              "person": { "sex": "female", "age": 12, "heigth": 160 },
              "medications": [ { "name": "warfarin" }, { "name": "prednisone", "dosePerDay": 10, "unit": "pills" } ],
              "dxa": [ { "site": "hip", "bmd": 0.7 } ],
              "labs": { "egfr": -1 },
              "supplements": [ { "form": "d3", "dose": 1000, "unit": "mg" } ]
            }
            """));
        Assert.Equal(
            ["person.heigth", "person.age", "medications[1].unit", "dxa[0].site", "labs.egfr", "supplements[0].dose"],
            e.Errors.Select(x => x.Field));
    }

    [Fact]
    public void An_unknown_field_is_named_with_the_known_ones()
    {
        var e = Assert.Throws<InvalidInputException>(() => Parse("""{ "person": { "sex": "female", "age": 67, "heigth": 160 } }"""));
        var error = Assert.Single(e.Errors);
        Assert.Equal("person.heigth", error.Field);
        Assert.Equal("160", error.Value);
        Assert.Equal("is not a known field", error.Problem);
        Assert.Contains("heightCm", error.ValidRange, StringComparison.Ordinal);
        Assert.Equal(
            "person.heigth '160' is not a known field; valid: one of sex, age, birthDate, heightCm, weightKg, bmi, postmenopausal, menopausalStatus, ethnicity, smoking, alcohol, pregnant, breastfeeding, name.",
            error.Message);
    }

    [Theory]
    [InlineData("""{ "person": { "sex": "female", "age": 67 }, "lab": {} }""", "lab", "one of person, riskFactors,")]
    [InlineData("""{ "person": { "sex": "female", "age": 67 }, "medications": [ { "name": "x", "dose": 5 } ] }""", "medications[0].dose", "one of name, rxnorm, atc, dosePerDay, unit, durationMonths")]
    [InlineData("""{ "person": { "sex": "female", "age": 67 }, "dxa": [ { "site": "spine", "bmd": 0.9, "t": -1 } ] }""", "dxa[0].t", "tScore")]
    [InlineData("""{ "person": { "sex": "female", "age": 67 }, "labs": { "vitaminD": 30 } }""", "labs.vitaminD", "vitaminD25ohNgPerMl")]
    [InlineData("""{ "person": { "sex": "female", "age": 67 }, "frax": { "mof": 20, "mofPercent": 20, "hipPercent": 3 } }""", "frax.mof", "mofPercent")]
    [InlineData("""{ "person": { "sex": "female", "Age": 67 } }""", "person.Age", "names are case-sensitive: age")]
    public void Unknown_fields_are_refused_everywhere(string json, string path, string valid)
    {
        var e = Assert.Throws<InvalidInputException>(() => Parse(json));
        var error = Assert.Single(e.Errors, x => x.Field == path);
        Assert.Equal("is not a known field", error.Problem);
        Assert.Contains(valid, error.ValidRange, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_key_is_refused()
    {
        var e = Assert.Throws<InvalidInputException>(() => Parse("""{ "person": { "sex": "female", "age": 67, "age": 76 } }"""));
        var error = Assert.Single(e.Errors);
        Assert.Equal("person.age", error.Field);
        Assert.Equal("76", error.Value);
        Assert.Equal(FieldError.Repeated, error.Problem);
    }

    // Positions are 1-based and point at the byte where the reader stopped (for "female" unquoted: its second letter,
    // where it gave up reading the literal false).
    [Theory]
    [InlineData("{ \"person\": { \"sex\": \"female\", \"age\": 67, } }", "line 1, byte 43")]
    [InlineData("{\n  \"person\": {\n    \"sex\": female\n  }\n}", "line 3, byte 13")]
    [InlineData("{ \"person\": { \"sex\": \"female\", \"age\": 67 } // comment\n}", "line 1, byte 44")]
    [InlineData("{ \"person\": { \"sex\": \"female\", \"age\": 67 } } {}", "line 1, byte 46")]
    [InlineData("", "line 1, byte 1")]
    public void Malformed_json_is_refused_with_its_line_and_byte(string json, string where)
    {
        var e = Assert.Throws<InvalidInputException>(() => Parse(json));
        var error = Assert.Single(e.Errors);
        Assert.Equal("profile", error.Field);
        Assert.Equal(where, error.Value);
        Assert.StartsWith("is not well-formed JSON (", error.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("reader options", error.Problem, StringComparison.OrdinalIgnoreCase); // advice for programmers, not people
    }

    [Theory]
    [InlineData("[]", "is an array, not an object")]
    [InlineData("\"person\"", "is a string, not an object")]
    [InlineData("null", "is null, not an object")]
    public void A_root_that_is_not_an_object_is_refused(string json, string problem)
    {
        var e = Assert.Throws<InvalidInputException>(() => Parse(json));
        var error = Assert.Single(e.Errors);
        Assert.Equal("profile", error.Field);
        Assert.Equal(problem, error.Problem);
    }

    [Fact]
    public void Null_means_absent_for_optional_fields_and_missing_for_required_ones()
    {
        var input = Parse("""{ "person": { "sex": "female", "age": 67, "heightCm": null, "ethnicity": null }, "labs": null, "frax": null, "medications": null }""");
        Assert.Null(input.Person.Height);
        Assert.Equal(Ethnicity.White, input.Person.Ethnicity);
        Assert.Same(LabResults.None, input.Labs);

        var e = Assert.Throws<InvalidInputException>(() => Parse("""{ "person": { "sex": null, "age": 67 } }"""));
        Assert.Equal("person.sex", Assert.Single(e.Errors).Field);
        e = Assert.Throws<InvalidInputException>(() => Parse("""{ "person": null }"""));
        Assert.Equal("person", Assert.Single(e.Errors).Field);
    }

    [Fact]
    public void A_number_beyond_double_range_is_not_a_number()
    {
        var e = Assert.Throws<InvalidInputException>(() => Parse("""{ "person": { "sex": "female", "age": 67, "weightKg": 1e400 } }"""));
        var error = Assert.Single(e.Errors);
        Assert.Equal("person.weightKg", error.Field);
        Assert.Equal(FieldError.NotANumber, error.Problem);
    }

    [Fact]
    public void Text_that_is_not_utf8_is_refused_at_its_first_bad_byte()
    {
        // "fem" + 0xFF + "ale": 0xFF never occurs in UTF-8 (it is Latin-1 ÿ); it is byte 26 of the line.
        var bytes = (byte[])[.. Encoding.UTF8.GetBytes("{ \"person\": { \"sex\": \"fem"), 0xFF, .. Encoding.UTF8.GetBytes("ale\", \"age\": 67 } }")];
        var e = Assert.Throws<InvalidInputException>(() => ProfileDocument.Parse(bytes, today: Today));
        var error = Assert.Single(e.Errors);
        Assert.Equal("profile", error.Field);
        Assert.Equal("line 1, byte 26", error.Value);
        Assert.Equal("is not UTF-8 text", error.Problem);
    }

    [Fact]
    public void A_whole_number_beyond_range_is_out_of_range_not_fractional()
    {
        var e = Assert.Throws<InvalidInputException>(() => Parse("""{ "person": { "sex": "female", "age": 1e10 } }"""));
        Assert.Equal(FieldError.OutOfRange, Assert.Single(e.Errors).Problem);
    }

    [Fact]
    public void A_byte_order_mark_is_allowed()
    {
        var bytes = (byte[])[0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{ "person": { "sex": "male", "age": 50 } }""")];
        Assert.Equal(50, ProfileDocument.Parse(bytes, today: Today).Person.AgeYears);
    }

    [Fact]
    public void A_diary_needs_a_food_catalogue()
    {
        var e = Assert.Throws<InvalidInputException>(() => Parse("""{ "person": { "sex": "male", "age": 50 }, "diary": [ { "date": "2026-01-05", "supplement": "d3", "dose": 1000, "unit": "iu" } ] }"""));
        Assert.Equal("diary", Assert.Single(e.Errors).Field);
    }

    [Fact]
    public void Postmenopausal_false_alone_means_premenopausal_and_menopausal_status_agrees()
    {
        Assert.Equal(MenopausalStatus.Premenopausal, Parse("""{ "person": { "sex": "female", "age": 45, "postmenopausal": false } }""").Person.MenopausalStatus);
        Assert.Equal(MenopausalStatus.Perimenopausal, Parse("""{ "person": { "sex": "female", "age": 50, "postmenopausal": false, "menopausalStatus": "perimenopausal" } }""").Person.MenopausalStatus);
        Assert.Equal(MenopausalStatus.NotApplicable, Parse("""{ "person": { "sex": "male", "age": 50, "postmenopausal": false } }""").Person.MenopausalStatus);
    }

    internal static Core.Guidance.AssessmentInput Parse(string json, Func<string, Food?>? findFood = null) =>
        ProfileDocument.Parse(Encoding.UTF8.GetBytes(json), findFood, Today);
}
