using System.Globalization;
using System.Text.Json;
using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using BoneBalance.Data.Contracts;
using FsCheck.Xunit;

namespace BoneBalance.Data.Tests.Contracts;

/// <summary>
/// Any profile written from random valid values reads back to those values: each field lands where it belongs, in its
/// unit, with nothing dropped or invented.
/// </summary>
public sealed class ProfileRoundTripTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Property(MaxTest = 300)]
    public bool Random_valid_profiles_round_trip(int seed)
    {
        var random = new Random(seed);
        var expected = Generated.Profile(random);
        var input = ProfileDocument.Parse(expected.Json(), today: Today);

        var p = input.Person;
        var same = p.Sex == expected.Sex
            && p.AgeYears == expected.Age
            && p.Height?.Centimetres == expected.HeightCm
            && p.Weight?.Kilograms == expected.WeightKg
            && p.Ethnicity == expected.Ethnicity
            && p.Smoking == expected.Smoking
            && p.Alcohol == expected.Alcohol
            && p.RiskFactors == expected.RiskFactors
            && p.MenopausalStatus == (expected.Sex == Sex.Male ? MenopausalStatus.NotApplicable : expected.Menopause)
            && input.Pregnant == expected.Pregnant
            && input.Medications.Count == expected.Medications.Count
            && input.Medications.Zip(expected.Medications).All(x => x.First.Name == x.Second.Name && x.First.RxNormCode == x.Second.RxNorm
                && x.First.DosePerDay == x.Second.Dose && x.First.DoseUnit == x.Second.Unit && x.First.DurationMonths == x.Second.Months
                && x.First.Status == (x.Second.Status ?? (x.Second.StoppedAgo is null ? MedicationStatus.Current : MedicationStatus.Stopped))
                && x.First.StoppedMonthsAgo == x.Second.StoppedAgo)
            && input.Conditions.Select(c => (c.Name, c.SnomedCode)).SequenceEqual(expected.Conditions)
            && input.Symptoms.SequenceEqual(expected.Symptoms)
            && input.Dxa.Count == expected.Dxa.Count
            && input.Dxa.Zip(expected.Dxa).All(x => x.First.Site == x.Second.Site && x.First.Date == x.Second.Date
                && x.First.Bmd?.GramsPerSquareCentimetre == x.Second.Bmd && x.First.ReportedTScore == x.Second.T)
            && input.Labs.VitaminD25OhNgPerMl == expected.VitaminD && input.Labs.Egfr == expected.Egfr
            && input.Labs.CalciumMgPerDl == expected.Calcium && input.Labs.Inr == expected.Inr
            && input.Supplements.Count == expected.Supplements.Count
            && input.Supplements.Zip(expected.Supplements).All(x => x.First.Form == x.Second.Form && x.First.Dose == x.Second.Dose && x.First.Unit == x.Second.Unit
                && Math.Abs(x.First.Amount.Micrograms - ExpectedMicrograms(x.Second)) < 1e-6)
            && input.Frax?.MajorOsteoporoticPercent == expected.Frax?.Mof && input.Frax?.HipPercent == expected.Frax?.Hip;
        return same;
    }

    // The nutrient amount by hand: µg as is, mg × 1000, IU ÷ 40; calcium salts × their elemental fraction.
    private static double ExpectedMicrograms((SupplementForm Form, double Dose, DoseUnit Unit) s)
    {
        var micrograms = s.Unit switch
        {
            DoseUnit.Microgram => s.Dose,
            DoseUnit.Milligram => s.Dose * 1000,
            _ => s.Dose / 40,
        };
        return micrograms * (CalciumSalts.ElementalFraction(s.Form) ?? 1.0);
    }

    internal sealed record Generated(
        Sex Sex,
        int Age,
        double? HeightCm,
        double? WeightKg,
        MenopausalStatus Menopause,
        Ethnicity Ethnicity,
        SmokingStatus Smoking,
        AlcoholIntake Alcohol,
        RiskFactors RiskFactors,
        bool Pregnant,
        List<(string Name, string? RxNorm, double? Dose, MedicationDoseUnit? Unit, double? Months, MedicationStatus? Status, double? StoppedAgo)> Medications,
        List<(string Name, string? Snomed)> Conditions,
        List<Symptom> Symptoms,
        List<(SkeletalSite Site, DateOnly? Date, double? Bmd, double? T)> Dxa,
        double? VitaminD,
        double? Egfr,
        double? Calcium,
        double? Inr,
        List<(SupplementForm Form, double Dose, DoseUnit Unit)> Supplements,
        (double Mof, double Hip)? Frax)
    {
        private static readonly string[] KnownMedications =
            ["warfarin", "Eliquis", "prednisone", "levothyroxine", "alendronate", "hydrochlorothiazide", "omeprazole", "orlistat", "tamoxifen", "ciprofloxacin", "ferrous sulfate", "colestyramine"];

        private static readonly string[] KnownConditions =
            ["kidney stones", "chronic kidney disease", "ckd stage 4", "coeliac disease", "sarcoidosis", "primary hyperparathyroidism", "cirrhosis", "hypercalcaemia"];

        public static Generated Profile(Random r)
        {
            var sex = r.Next(2) == 0 ? Sex.Female : Sex.Male;
            var menopause = sex == Sex.Male ? MenopausalStatus.Unknown : Pick(r, [MenopausalStatus.Unknown, MenopausalStatus.Premenopausal, MenopausalStatus.Perimenopausal, MenopausalStatus.Postmenopausal]);
            // Heights 140.0–200.0 cm and weights 40.0–120.0 kg give BMIs of 10–61 kg/m², inside 5–150.
            double? height = r.Next(3) == 0 ? null : 140 + (r.Next(601) / 10.0);
            double? weight = r.Next(3) == 0 ? null : 40 + (r.Next(801) / 10.0);
            var factors = RiskFactorCatalogue.All.Where(_ => r.Next(4) == 0).Aggregate(RiskFactors.None, (all, f) => all | f.Factor);
            var medications = Enumerable.Range(0, r.Next(4)).Select(i =>
            {
                var dosed = r.Next(2) == 0;
                // A third each: no status, "current", "stopped"; months since stopping only for a medicine not stated current
                // (alone they mean stopped).
                var status = r.Next(3) switch { 0 => (MedicationStatus?)null, 1 => MedicationStatus.Current, _ => MedicationStatus.Stopped };
                double? stoppedAgo = status != MedicationStatus.Current && r.Next(2) == 0 ? r.Next(0, 12_001) / 10.0 : null;
                // Half the names are ones the safety catalogue knows, so the rules behind them run in the assessor test.
                return (r.Next(2) == 0 ? Pick(r, KnownMedications) : $"medicine {i}", r.Next(2) == 0 ? r.Next(1, 999_999).ToString(CultureInfo.InvariantCulture) : null,
                    // Up to 1,000 mg a day: the assessment refuses a glucocorticoid above 2,000 mg/day prednisolone-equivalent
                    // (GlucocorticoidExposure), a check that needs the safety catalogue and so is not the reader's.
                    dosed ? r.Next(1, 10_001) / 10.0 : (double?)null,
                    dosed ? Pick(r, [MedicationDoseUnit.Milligram, MedicationDoseUnit.Microgram]) : (MedicationDoseUnit?)null,
                    r.Next(2) == 0 ? r.Next(0, 1201) : (double?)null,
                    status,
                    stoppedAgo);
            }).ToList();
            var conditions = Enumerable.Range(0, r.Next(3)).Select(i => (r.Next(2) == 0 ? Pick(r, KnownConditions) : $"condition {i}", r.Next(2) == 0 ? r.Next(100_000, 999_999_999).ToString(CultureInfo.InvariantCulture) : null)).ToList();
            var symptoms = Enum.GetValues<Symptom>().Where(_ => r.Next(3) == 0).ToList();
            var sites = Enum.GetValues<SkeletalSite>().Where(_ => r.Next(2) == 0).ToList();
            // BMDs of 0.300–1.500 g/cm² keep every computed hip T-score inside −8 to +8.
            var dxa = sites.Select(site => (site, r.Next(2) == 0 ? new DateOnly(2020, 1, 1).AddDays(r.Next(2000)) : (DateOnly?)null,
                (double?)(0.3 + (r.Next(1201) / 1000.0)), r.Next(2) == 0 ? -8 + (r.Next(1601) / 100.0) : (double?)null)).ToList();
            var supplements = Enumerable.Range(0, r.Next(4)).Select(_ =>
            {
                var form = Pick(r, Enum.GetValues<SupplementForm>());
                var unit = Pick(r, [.. SupplementEntry.UnitsFor(form)]);
                // Doses well inside each form's plausibility limit in any of its units.
                var dose = unit switch
                {
                    DoseUnit.InternationalUnit => r.Next(0, 10_001),
                    DoseUnit.Milligram => r.Next(0, 1001) / (form is SupplementForm.VitaminD3 or SupplementForm.VitaminD2 ? 1000.0 : 10.0),
                    _ => r.Next(0, 1001),
                };
                return (form, (double)dose, unit);
            }).ToList();
            return new Generated(
                sex,
                r.Next(PersonProfile.MinimumAge, PersonProfile.MaximumAge + 1),
                height,
                weight,
                menopause,
                Pick(r, Enum.GetValues<Ethnicity>()),
                Pick(r, Enum.GetValues<SmokingStatus>()),
                Pick(r, Enum.GetValues<AlcoholIntake>()),
                factors,
                sex == Sex.Female && r.Next(5) == 0,
                medications,
                conditions,
                symptoms,
                dxa,
                r.Next(2) == 0 ? r.Next(0, 5001) / 10.0 : null,
                r.Next(2) == 0 ? r.Next(0, 251) : null,
                r.Next(2) == 0 ? r.Next(40, 251) / 10.0 : null,
                r.Next(2) == 0 ? r.Next(5, 251) / 10.0 : null,
                supplements,
                r.Next(2) == 0 ? (r.Next(0, 1001) / 10.0, r.Next(0, 1001) / 10.0) : null);
        }

        public byte[] Json()
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream))
            {
                json.WriteStartObject();
                json.WriteStartObject("person");
                json.WriteString("sex", SexTokens.Table.ToToken(Sex));
                json.WriteNumber("age", Age);
                Number(json, "heightCm", HeightCm);
                Number(json, "weightKg", WeightKg);
                if (Sex == Sex.Female)
                {
                    json.WriteString("menopausalStatus", MenopausalStatusTokens.Table.ToToken(Menopause));
                }

                json.WriteString("ethnicity", EthnicityTokens.Table.ToToken(Ethnicity));
                json.WriteString("smoking", SmokingStatusTokens.Table.ToToken(Smoking));
                json.WriteString("alcohol", AlcoholIntakeTokens.Table.ToToken(Alcohol));
                json.WriteBoolean("pregnant", Pregnant);
                json.WriteEndObject();

                json.WriteStartArray("riskFactors");
                foreach (var f in RiskFactorCatalogue.All.Where(f => RiskFactors.HasFlag(f.Factor)))
                {
                    json.WriteStringValue(f.Token);
                }

                json.WriteEndArray();
                json.WriteStartArray("medications");
                foreach (var m in Medications)
                {
                    json.WriteStartObject();
                    json.WriteString("name", m.Name);
                    if (m.RxNorm is not null)
                    {
                        json.WriteString("rxnorm", m.RxNorm);
                    }

                    Number(json, "dosePerDay", m.Dose);
                    if (m.Unit is { } unit)
                    {
                        json.WriteString("unit", MedicationDoseUnitTokens.Table.ToToken(unit));
                    }

                    Number(json, "durationMonths", m.Months);
                    if (m.Status is { } status)
                    {
                        json.WriteString("status", MedicationStatusTokens.Table.ToToken(status));
                    }

                    Number(json, "stoppedMonthsAgo", m.StoppedAgo);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("conditions");
                foreach (var (name, snomed) in Conditions)
                {
                    json.WriteStartObject();
                    json.WriteString("name", name);
                    json.WriteString("snomed", snomed); // null is written as JSON null: absent
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("symptoms");
                foreach (var s in Symptoms)
                {
                    json.WriteStringValue(SymptomTokens.Table.ToToken(s));
                }

                json.WriteEndArray();
                json.WriteStartArray("dxa");
                foreach (var d in Dxa)
                {
                    json.WriteStartObject();
                    json.WriteString("site", SkeletalSiteTokens.Table.ToToken(d.Site));
                    if (d.Date is { } date)
                    {
                        json.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    }

                    Number(json, "bmd", d.Bmd);
                    Number(json, "tScore", d.T);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartObject("labs");
                Number(json, "vitaminD25ohNgPerMl", VitaminD);
                Number(json, "egfr", Egfr);
                Number(json, "calciumMgPerDl", Calcium);
                Number(json, "inr", Inr);
                json.WriteEndObject();
                json.WriteStartArray("supplements");
                foreach (var (form, dose, unit) in Supplements)
                {
                    json.WriteStartObject();
                    json.WriteString("form", SupplementTokens.Forms.ToToken(form));
                    json.WriteNumber("dose", dose);
                    json.WriteString("unit", SupplementTokens.Units.ToToken(unit));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                if (Frax is { } frax)
                {
                    json.WriteStartObject("frax");
                    json.WriteNumber("mofPercent", frax.Mof);
                    json.WriteNumber("hipPercent", frax.Hip);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            return stream.ToArray();
        }

        private static void Number(Utf8JsonWriter json, string name, double? value)
        {
            if (value is { } v)
            {
                json.WriteNumber(name, v);
            }
            else
            {
                json.WriteNull(name);
            }
        }

        private static T Pick<T>(Random r, T[] values) => values[r.Next(values.Length)];
    }
}
