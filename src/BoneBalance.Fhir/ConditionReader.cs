using System.Text.Json.Nodes;
using BoneBalance.Core.Validation;
using Hl7.Fhir.Model;

namespace BoneBalance.Fhir;

/// <summary>
/// Conditions (SNOMED CT, ICD-10): a current one (clinical status active, recurrence or relapse, not abated by the as-of
/// date, not refuted or entered in error, not merely provisional) goes into the profile's <c>conditions</c>, where the
/// Core's safety catalogue derives the condition classes and QFracture factors. A fracture or a fall sets its factor
/// directly (<c>condition_risk_factors.csv</c>), also when resolved: a healed fracture is still a prior fracture.
/// </summary>
internal static class ConditionReader
{
    private static readonly string[] Current = ["active", "recurrence", "relapse"];
    private static readonly string[] NotConfirmed = ["refuted", "entered-in-error", "unconfirmed", "provisional", "differential"];

    /// <summary>Reads the patient's conditions into <paramref name="draft"/>.</summary>
    public static void Read(IReadOnlyList<FhirEntry> conditions, DateOnly asOf, ProfileDraft draft)
    {
        var kept = new Dictionary<string, (FhirEntry Entry, DateOnly? Date)>(StringComparer.Ordinal);
        var factorsSet = new HashSet<(string Factor, string Code)>();
        var dated = new List<(FhirEntry Entry, DateOnly? Onset)>();
        foreach (var entry in conditions)
        {
            FhirRecord.Guard(entry, draft, () => dated.Add((entry, Onset((Condition)entry.Resource))));
        }

        foreach (var (entry, _) in dated.OrderByDescending(d => d.Onset ?? DateOnly.MinValue))
        {
            FhirRecord.Guard(entry, draft, () => ReadOne(entry, asOf, draft, kept, factorsSet));
        }
    }

    private static DateOnly? Onset(Condition c) => (c.Onset is Period p ? FhirDates.Of(p.Start) : FhirDates.Of(c.Onset)) ?? FhirDates.Of(c.RecordedDate);

    private static void ReadOne(FhirEntry entry, DateOnly asOf, ProfileDraft draft, Dictionary<string, (FhirEntry Entry, DateOnly? Date)> kept, HashSet<(string, string)> factorsSet)
    {
        var condition = (Condition)entry.Resource;
        var what = FhirRecord.Text(condition.Code);
        var onset = Onset(condition);
        var shown = onset is { } d ? $"{what} (onset {FhirDates.Show(d)})" : what;
        var verification = condition.VerificationStatus?.Coding.FirstOrDefault()?.Code;
        if (verification is not null && NotConfirmed.Contains(verification))
        {
            draft.Ignore(entry, shown, $"verification status '{verification}': not a confirmed diagnosis");
            return;
        }

        if (onset is { } started && started > asOf)
        {
            draft.Ignore(entry, shown, $"begins after the as-of date {FhirDates.Show(asOf)}");
            return;
        }

        var clinical = condition.ClinicalStatus?.Coding.FirstOrDefault()?.Code ?? "active";
        var abated = FhirDates.Of(condition.Abatement);
        var current = abated is { } end ? end > asOf : Current.Contains(clinical);
        var snomed = condition.Code?.Coding.FirstOrDefault(c => c.System == FhirCodeLists.Snomed)?.Code;
        var icd10 = condition.Code?.Coding.FirstOrDefault(c => c.System is FhirCodeLists.Icd10 or FhirCodeLists.Icd10Cm)?.Code;

        var factor = condition.Code?.Coding.Select(c => FhirCodeLists.ConditionFactors.GetValueOrDefault(FhirCodeLists.Key(c.System, c.Code))).FirstOrDefault(f => f is not null);
        if (factor is { RiskFactor.Length: 0 })
        {
            draft.Ignore(entry, shown, "not a QFracture risk factor: " + factor.Source[(factor.Source.IndexOf("; ", StringComparison.Ordinal) + 2)..]);
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
                draft.Use("riskFactors", null, factor.RiskFactor, entry, $"{shown}{(current ? string.Empty : $" ({(abated is { } a ? $"resolved {FhirDates.Show(a)}" : clinical)}: history still counts)")}", onset);
                if (factor.HipOrVertebral)
                {
                    draft.Use("priorHipOrVertebralFracture", null, true, entry, shown, onset);
                }
            }
        }

        if (!current)
        {
            if (factor is null || !factor.CountsWhenResolved)
            {
                draft.Ignore(entry, shown, abated is { } a ? $"resolved on {FhirDates.Show(a)}, before the as-of date" : $"clinical status '{clinical}': not current");
            }

            return;
        }

        var key = snomed ?? icd10 ?? what.ToUpperInvariant();
        if (kept.TryGetValue(key, out var first))
        {
            draft.Ignore(entry, shown, $"the same condition as {first.Entry.Label}{(first.Date is { } fd ? $" (onset {FhirDates.Show(fd)})" : string.Empty)}, listed once");
            return;
        }

        // Checked by the Core's own factory, so a code the contract would refuse is reported here, naming the resource.
        try
        {
            BoneBalance.Core.People.Condition.Create(what, snomed, icd10);
        }
        catch (InvalidInputException e)
        {
            draft.Ignore(entry, shown, e.Message);
            return;
        }

        kept[key] = (entry, onset);
        var value = new JsonObject { ["name"] = what };
        if (snomed is not null)
        {
            value["snomed"] = snomed;
        }

        if (icd10 is not null)
        {
            value["icd10"] = icd10;
        }

        draft.Use("conditions", null, value, entry, shown, onset);
    }
}
