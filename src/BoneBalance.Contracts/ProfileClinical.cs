using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using BoneBalance.Core.Validation;

namespace BoneBalance.Data.Contracts;

/// <summary>
/// The clinical lists and objects of a profile — <c>riskFactors</c>, <c>medications</c>, <c>conditions</c>,
/// <c>symptoms</c>, <c>labs</c>, <c>supplements</c>, <c>frax</c> — each checked by its Core factory with the errors
/// renamed to JSON paths.
/// </summary>
internal static class ProfileClinical
{
    /// <summary>The fields of a <c>medications[]</c> element.</summary>
    public static IReadOnlyList<string> MedicationFields { get; } = ["name", "rxnorm", "atc", "dosePerDay", "unit", "durationMonths", "status", "stoppedMonthsAgo"];

    /// <summary>The fields of a <c>conditions[]</c> element.</summary>
    public static IReadOnlyList<string> ConditionFields { get; } = ["name", "snomed", "icd10"];

    /// <summary>The fields of <c>labs</c>.</summary>
    public static IReadOnlyList<string> LabFields { get; } = ["vitaminD25ohNgPerMl", "calciumMgPerDl", "inr", "egfr"];

    /// <summary>The fields of a <c>supplements[]</c> element.</summary>
    public static IReadOnlyList<string> SupplementFields { get; } = ["form", "dose", "unit"];

    /// <summary>The fields of <c>frax</c>.</summary>
    public static IReadOnlyList<string> FraxFields { get; } = ["mofPercent", "hipPercent", "glucocorticoidAdjusted"];

    // The valid ranges of the two token arrays, joined once rather than on every profile read.
    private static readonly string RiskFactorsValid = "an array of " + RiskFactorCatalogue.Tokens.ValidValues;
    private static readonly string SymptomsValid = "an array of " + SymptomTokens.Table.ValidValues;

    /// <summary>The risk-factor flags (the <c>screen</c> CSV's flag columns), each at most once.</summary>
    public static RiskFactors RiskFactors(JsonObjectReader root, List<FieldError> errors)
    {
        var factors = Core.People.RiskFactors.None;
        var before = errors.Count;
        foreach (var (element, path) in root.Array("riskFactors", RiskFactorsValid))
        {
            if (JsonObjectReader.TokenAt(element, path, RiskFactorCatalogue.Tokens, errors) is not { } factor)
            {
                continue;
            }

            if (factors.HasFlag(factor))
            {
                errors.Add(new(path, RiskFactorCatalogue.Tokens.ToToken(factor), "each risk factor once", FieldError.Repeated));
            }

            factors |= factor;
        }

        if (errors.Count > before)
        {
            root.Fail("riskFactors");
        }

        return factors;
    }

    /// <summary>The medications (name required; codes, daily dose with unit, duration, and — for a medicine taken in the past —
    /// <c>status</c> <c>stopped</c> with <c>stoppedMonthsAgo</c> optional; <c>stoppedMonthsAgo</c> alone means stopped).</summary>
    public static IReadOnlyList<Medication> Medications(JsonObjectReader root, List<FieldError> errors)
    {
        var list = new List<Medication>();
        foreach (var (element, path) in root.Array("medications", "an array of objects {name, rxnorm, atc, dosePerDay, unit, durationMonths, status, stoppedMonthsAgo}"))
        {
            if (JsonObjectReader.Open(element, path, MedicationFields, errors, "an object {name, rxnorm, atc, dosePerDay, unit, durationMonths, status, stoppedMonthsAgo}") is not { } m)
            {
                continue;
            }

            m.Require("name", "a medication name (generic or brand)");
            var name = m.Text("name", "a medication name (generic or brand)");
            var rxnorm = m.Text("rxnorm", "an RxNorm concept identifier as a string of 1 to 10 digits");
            var atc = m.Text("atc", "a WHO ATC code as a string, such as B01AA03");
            var dose = m.Number("dosePerDay", static () => $"greater than 0 and at most {Medication.MaximumDosePerDay} (in unit)");
            var unit = m.Token("unit", MedicationDoseUnitTokens.Table);
            var months = m.Number("durationMonths", static () => $"0 to {Medication.MaximumDurationMonths} months");
            var status = m.Token("status", MedicationStatusTokens.Table);
            var stoppedAgo = m.Number("stoppedMonthsAgo", static () => $"0 to {Medication.MaximumDurationMonths} months (since the last dose of a stopped medication)");

            // A value already refused above is replaced by a valid stand-in, so the factory reports only the rest
            // (a refused unit must not also read as "dose without a unit").
            var medication = ProfileDocument.Collect(
                errors,
                () => Medication.Create(
                    name ?? "?",
                    m.Failed("rxnorm") ? null : rxnorm,
                    m.Failed("atc") ? null : atc,
                    m.Failed("dosePerDay") ? 1 : dose,
                    m.Failed("unit") ? MedicationDoseUnit.Milligram : unit,
                    m.Failed("durationMonths") ? null : months,
                    path,
                    m.Failed("status") ? MedicationStatus.Stopped : status ?? (stoppedAgo is null ? MedicationStatus.Current : MedicationStatus.Stopped),
                    m.Failed("stoppedMonthsAgo") ? null : stoppedAgo),
                f => f);
            if (medication is not null && !m.Failed("name") && !m.Failed("rxnorm") && !m.Failed("atc") && !m.Failed("dosePerDay") && !m.Failed("unit") && !m.Failed("durationMonths")
                && !m.Failed("status") && !m.Failed("stoppedMonthsAgo"))
            {
                list.Add(medication);
            }
        }

        return list;
    }

    /// <summary>The conditions (name required; SNOMED CT and ICD-10 codes optional).</summary>
    public static IReadOnlyList<Condition> Conditions(JsonObjectReader root, List<FieldError> errors)
    {
        var list = new List<Condition>();
        foreach (var (element, path) in root.Array("conditions", "an array of objects {name, snomed, icd10}"))
        {
            if (JsonObjectReader.Open(element, path, ConditionFields, errors, "an object {name, snomed, icd10}") is not { } c)
            {
                continue;
            }

            c.Require("name", "a condition name");
            var name = c.Text("name", "a condition name");
            var snomed = c.Text("snomed", "a SNOMED CT concept identifier as a string of 6 to 18 digits");
            var icd10 = c.Text("icd10", "an ICD-10 code as a string, such as E21.0 or N18");
            var condition = ProfileDocument.Collect(errors, () => Condition.Create(name ?? "?", c.Failed("snomed") ? null : snomed, c.Failed("icd10") ? null : icd10, path), f => f);
            if (condition is not null && !c.Failed("name") && !c.Failed("snomed") && !c.Failed("icd10"))
            {
                list.Add(condition);
            }
        }

        return list;
    }

    /// <summary>The bleeding and healing signs, each at most once.</summary>
    public static IReadOnlyList<Symptom> Symptoms(JsonObjectReader root, List<FieldError> errors)
    {
        var list = new List<Symptom>();
        foreach (var (element, path) in root.Array("symptoms", SymptomsValid))
        {
            if (JsonObjectReader.TokenAt(element, path, SymptomTokens.Table, errors) is not { } symptom)
            {
                continue;
            }

            if (list.Contains(symptom))
            {
                errors.Add(new(path, SymptomTokens.Table.ToToken(symptom), "each symptom once", FieldError.Repeated));
                continue;
            }

            list.Add(symptom);
        }

        return list;
    }

    /// <summary>The lab values, or null when <c>labs</c> is absent.</summary>
    public static LabResults? Labs(JsonObjectReader root, List<FieldError> errors)
    {
        if (root.Get("labs") is not { } element
            || JsonObjectReader.Open(element, root.Field("labs"), LabFields, errors, "an object {vitaminD25ohNgPerMl, calciumMgPerDl, inr, egfr}") is not { } l)
        {
            return null;
        }

        var vitaminD = l.Number("vitaminD25ohNgPerMl", static () => $"{LabResults.MinimumVitaminD} to {LabResults.MaximumVitaminD} ng/mL");
        var calcium = l.Number("calciumMgPerDl", static () => $"{LabResults.MinimumCalcium} to {LabResults.MaximumCalcium} mg/dL");
        var inr = l.Number("inr", static () => $"{LabResults.MinimumInr} to {LabResults.MaximumInr}");
        var egfr = l.Number("egfr", static () => $"{LabResults.MinimumEgfr} to {LabResults.MaximumEgfr} mL/min/1.73 m²");

        // LabResults names its errors labs.vitaminD25ohNgPerMl etc. already: the profile's own paths.
        return ProfileDocument.Collect(errors, () => LabResults.Create(vitaminD, calcium, inr, egfr), f => f);
    }

    /// <summary>The supplements taken every day (form, dose and unit all required).</summary>
    public static IReadOnlyList<DailySupplement> Supplements(JsonObjectReader root, List<FieldError> errors)
    {
        var list = new List<DailySupplement>();
        foreach (var (element, path) in root.Array("supplements", "an array of objects {form, dose, unit}"))
        {
            if (JsonObjectReader.Open(element, path, SupplementFields, errors, "an object {form, dose, unit}") is not { } s)
            {
                continue;
            }

            s.Require("form", SupplementTokens.Forms.ValidValues);
            s.Require("dose", "the labelled dose per day (a calcium salt's weight), at least 0");
            s.Require("unit", SupplementTokens.Units.ValidValues);
            var form = s.Token("form", SupplementTokens.Forms);
            var dose = s.Number("dose", "the labelled dose per day (a calcium salt's weight), at least 0");
            var unit = s.Token("unit", SupplementTokens.Units);
            if (form is { } f && dose is { } d && unit is { } u
                && ProfileDocument.Collect(errors, () => DailySupplement.Create(f, d, u, path), x => x) is { } supplement)
            {
                list.Add(supplement);
            }
        }

        return list;
    }

    /// <summary>The FRAX result (both probabilities required when <c>frax</c> is given), or null.</summary>
    public static FraxResult? Frax(JsonObjectReader root, List<FieldError> errors)
    {
        if (root.Get("frax") is not { } element
            || JsonObjectReader.Open(element, root.Field("frax"), FraxFields, errors, "an object {mofPercent, hipPercent, glucocorticoidAdjusted}") is not { } x)
        {
            return null;
        }

        const string Percent = "0 to 100 % (a FRAX 10-year probability from the official calculator)";
        x.Require("mofPercent", Percent);
        x.Require("hipPercent", Percent);
        var mof = x.Number("mofPercent", Percent);
        var hip = x.Number("hipPercent", Percent);
        var adjusted = x.Boolean("glucocorticoidAdjusted", "true or false (FRAX run with glucocorticoids = yes and adjusted for dose)") ?? false;
        if (mof is not { } m || hip is not { } h)
        {
            return null;
        }

        return ProfileDocument.Collect(
            errors,
            () => new FraxResult(m, h, adjusted),
            f => f switch
            {
                "frax_mof" => x.Field("mofPercent"),
                "frax_hip" => x.Field("hipPercent"),
                _ => f,
            });
    }
}
