using System.Text.Json.Nodes;
using BoneBalance.Core.Validation;
using BoneBalance.Fhir.Facts;

namespace BoneBalance.Fhir;

/// <summary>
/// Conditions (SNOMED CT, ICD-10): a current one (clinical status active, recurrence or relapse, not abated by the as-of
/// date, not refuted or entered in error, not merely provisional) goes into the profile's <c>conditions</c>, where the
/// Core's safety catalogue derives the condition classes and QFracture factors. A fracture or a fall sets its factor
/// directly (<c>condition_risk_factors.csv</c>), also when resolved: a healed fracture is still a prior fracture.
/// </summary>
internal static class ConditionReader
{
    private static readonly string[] CurrentStatuses = ["active", "recurrence", "relapse"];
    private static readonly string[] NotConfirmed = ["refuted", "entered-in-error", "unconfirmed", "provisional", "differential"];

    /// <summary>Reads the patient's conditions into <paramref name="draft"/>.</summary>
    public static void Read(IReadOnlyList<ConditionFacts> conditions, DateOnly asOf, ProfileDraft draft)
    {
        var kept = new Dictionary<string, (string Label, DateOnly? Date)>(StringComparer.Ordinal);
        var factorsSet = new HashSet<(string Factor, string Code)>();
        foreach (var condition in conditions.OrderByDescending(c => c.Onset ?? DateOnly.MinValue))
        {
            ReadOne(condition, asOf, draft, kept, factorsSet);
        }
    }

    /// <summary>
    /// Whether a condition can matter beyond a note: a confirmed one begun by <paramref name="asOf"/> that is current or
    /// sets a QFracture factor. The bulk reader keeps only these (and of a current one, the newest of its code).
    /// </summary>
    public static bool Matters(ConditionFacts condition, DateOnly asOf, out bool current)
    {
        current = Current(condition, asOf);
        if (condition.Verification is { } v && NotConfirmed.Contains(v))
        {
            return true;
        }

        if (condition.Onset is { } started && started > asOf)
        {
            return true;
        }

        return current || condition.Code?.Lookup(FhirCodeLists.ConditionFactors) is { RiskFactor.Length: > 0 };
    }

    /// <summary>False for a verification status that is not a confirmed diagnosis (refuted, provisional…).</summary>
    public static bool Confirmed(string verification) => !NotConfirmed.Contains(verification);

    /// <summary>The key two conditions are "the same condition" by: SNOMED CT, else ICD-10, else the text in capitals.</summary>
    public static string Key(ConditionFacts condition) =>
        condition.Code?.CodeIn(FhirCodeLists.Snomed) ?? condition.Code?.CodeIn(FhirCodeLists.Icd10, FhirCodeLists.Icd10Cm) ?? FhirConcept.Show(condition.Code).ToUpperInvariant();

    private static bool Current(ConditionFacts condition, DateOnly asOf) =>
        condition.Abated is { } end ? end > asOf : CurrentStatuses.Contains(condition.Clinical ?? "active");

    private static void ReadOne(ConditionFacts condition, DateOnly asOf, ProfileDraft draft, Dictionary<string, (string Label, DateOnly? Date)> kept, HashSet<(string, string)> factorsSet)
    {
        var label = condition.Label;
        var what = FhirConcept.Show(condition.Code);
        var onset = condition.Onset;
        var shown = onset is { } d ? $"{what} (onset {FhirDates.Show(d)})" : what;
        var verification = condition.Verification;
        if (verification is not null && NotConfirmed.Contains(verification))
        {
            draft.Ignore(label, shown, $"verification status '{verification}': not a confirmed diagnosis");
            return;
        }

        if (onset is { } started && started > asOf)
        {
            draft.Ignore(label, shown, $"begins after the as-of date {FhirDates.Show(asOf)}");
            return;
        }

        var clinical = condition.Clinical ?? "active";
        var abated = condition.Abated;
        var current = Current(condition, asOf);
        var snomed = condition.Code?.CodeIn(FhirCodeLists.Snomed);
        var icd10 = condition.Code?.CodeIn(FhirCodeLists.Icd10, FhirCodeLists.Icd10Cm);

        var factor = condition.Code?.Lookup(FhirCodeLists.ConditionFactors);
        if (factor is { RiskFactor.Length: 0 })
        {
            draft.Ignore(label, shown, "not a QFracture risk factor: " + factor.Source[(factor.Source.IndexOf("; ", StringComparison.Ordinal) + 2)..]);
            if (!current)
            {
                return;
            }

            factor = null;
        }

        if (factor is not null && (current || factor.CountsWhenResolved))
        {
            var code = snomed ?? icd10 ?? what;
            if (factorsSet.Add((factor.RiskFactor, code)))
            {
                draft.Use("riskFactors", null, factor.RiskFactor, label, $"{shown}{(current ? string.Empty : $" ({(abated is { } a ? $"resolved {FhirDates.Show(a)}" : clinical)}: history still counts)")}", onset);
                if (factor.HipOrVertebral)
                {
                    draft.Use("priorHipOrVertebralFracture", null, true, label, shown, onset);
                }
            }
        }

        if (!current)
        {
            if (factor is null || !factor.CountsWhenResolved)
            {
                draft.Ignore(label, shown, abated is { } a ? $"resolved on {FhirDates.Show(a)}, before the as-of date" : $"clinical status '{clinical}': not current");
            }

            return;
        }

        var key = snomed ?? icd10 ?? what.ToUpperInvariant();
        if (kept.TryGetValue(key, out var first))
        {
            draft.Ignore(label, shown, $"the same condition as {first.Label}{(first.Date is { } fd ? $" (onset {FhirDates.Show(fd)})" : string.Empty)}, listed once");
            return;
        }

        // Checked by the Core's own factory, so a code the contract would refuse is reported here, naming the resource.
        try
        {
            BoneBalance.Core.People.Condition.Create(what, snomed, icd10);
        }
        catch (InvalidInputException e)
        {
            draft.Ignore(label, shown, e.Message);
            return;
        }

        kept[key] = (label, onset);
        var value = new JsonObject { ["name"] = what };
        if (snomed is not null)
        {
            value["snomed"] = snomed;
        }

        if (icd10 is not null)
        {
            value["icd10"] = icd10;
        }

        draft.Use("conditions", null, value, label, shown, onset);
    }
}
