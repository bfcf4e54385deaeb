using System.Globalization;
using System.Text.Json.Nodes;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using Medication = Hl7.Fhir.Model.Medication;
using CoreMedication = BoneBalance.Core.People.Medication;
using BoneBalance.Core.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace BoneBalance.Fhir;

/// <summary>
/// MedicationRequests and MedicationStatements into the profile's <c>medications</c> (name, RxNorm, ATC, dose per day,
/// duration, current or stopped) and <c>supplements</c> (vitamin D, K and calcium, also inside combination products,
/// from the RxNorm clinical-drug strengths), plus the QFracture factors a medicine sets (<c>medication_risk_factors.csv</c>:
/// antidepressants, anticonvulsants, oestrogen-only HRT). A product whose RxNorm dose form acts where it is applied
/// (<c>medication_dose_forms.csv</c>: a topical cream, an inhaler) is left out, because the Core matches medicines by
/// name and hydrocortisone cream or an inhaled steroid is not a systemic glucocorticoid.
/// </summary>
internal sealed class MedicationReader(List<FhirEntry> record, DateOnly asOf, FhirReadOptions options, ProfileDraft draft)
{
    private readonly List<Found> _found = [];

    /// <summary>Reads one MedicationRequest or MedicationStatement (kept until <see cref="Finish"/>).</summary>
    public void Add(FhirEntry entry) => FhirRecord.Guard(entry, draft, () => Read(entry));

    /// <summary>Adds the medicines and supplements found, each medicine once, to the draft.</summary>
    public void Finish()
    {
        var kept = new Dictionary<string, Found>(StringComparer.Ordinal);
        foreach (var found in _found.OrderBy(f => f.Stopped).ThenByDescending(f => f.Date ?? DateOnly.MinValue))
        {
            var key = found.RxNorm ?? found.Name.ToUpperInvariant();
            if (kept.TryGetValue(key, out var first))
            {
                draft.Ignore(found.Entry, found.Shown, $"the same medicine as {first.Entry.Label}{(first.Date is { } d ? $" ({FhirDates.Show(d)}, {(first.Stopped ? "stopped" : "current")})" : string.Empty)}, listed once");
                continue;
            }

            kept[key] = found;
            FhirRecord.Guard(found.Entry, draft, () => Use(found));
        }
    }

    private void Read(FhirEntry entry)
    {
        string status;
        DataType? medication;
        DateOnly? date;
        DateOnly? ended = null;
        Dosage? dosage;
        switch (entry.Resource)
        {
            case MedicationRequest request:
                status = request.Status is { } rs ? rs.GetLiteral() : "(none)";
                var intent = request.Intent is { } ri ? ri.GetLiteral() : "order";
                if (intent is "proposal" or "plan" or "option")
                {
                    draft.Ignore(entry, FhirRecord.Describe(request), $"intent '{intent}': a suggestion, not an order");
                    return;
                }

                medication = request.Medication;
                date = FhirDates.Of(request.AuthoredOn);
                dosage = request.DosageInstruction.FirstOrDefault();
                break;
            case MedicationStatement statement:
                status = statement.Status is { } ss ? ss.GetLiteral() : "(none)";
                medication = statement.Medication;
                date = statement.Effective is Period p ? FhirDates.Of(p.Start) : FhirDates.Of(statement.Effective);
                date ??= FhirDates.Of(statement.DateAsserted);
                ended = statement.Effective is Period q ? FhirDates.Of(q.End) : null;
                dosage = statement.Dosage.FirstOrDefault();
                break;
            default:
                return;
        }

        var concept = Concept(entry, medication);
        var name = FhirRecord.Text(concept);
        var shown = date is { } on ? $"{name} ({entry.Resource.TypeName} {status}, {FhirDates.Show(on)})" : $"{name} ({entry.Resource.TypeName} {status})";
        if (concept is null)
        {
            draft.Ignore(entry, shown, "no medication code, and its medicationReference cannot be found in the record");
            return;
        }

        bool stopped;
        switch (status)
        {
            case "active" or "on-hold":
                stopped = false;
                break;
            case "completed" or "stopped":
                stopped = true;
                break;
            case "draft" when options.DraftOrdersAsCurrent:
                stopped = false;
                break;
            case "draft":
                draft.Ignore(entry, shown, "status 'draft': an order not yet signed");
                return;
            default:
                draft.Ignore(entry, shown, $"status '{status}': not taken (only active, on-hold, completed and stopped are read)");
                return;
        }

        if (date is { } start && start > asOf)
        {
            draft.Ignore(entry, shown, $"dated after the as-of date {FhirDates.Show(asOf)}");
            return;
        }

        int? stoppedMonthsAgo = null;
        if (ended is { } end && end <= asOf)
        {
            stopped = true;
            stoppedMonthsAgo = FhirDates.MonthsBetween(end, asOf);
        }

        var rxnorm = concept.Coding.FirstOrDefault(c => c.System == FhirCodeLists.RxNorm)?.Code;
        var atc = concept.Coding.FirstOrDefault(c => c.System == FhirCodeLists.Atc)?.Code;
        _found.Add(new(entry, name, rxnorm, atc, stopped, date, stoppedMonthsAgo, dosage, shown));
    }

    // The medicine's concept: medicationCodeableConcept, or the code of the Medication a medicationReference points at
    // (contained "#id", or in the record by relative reference or full URL).
    private CodeableConcept? Concept(FhirEntry entry, DataType? medication)
    {
        if (medication is CodeableConcept concept)
        {
            return concept;
        }

        if (medication is not ResourceReference { Reference: { Length: > 0 } reference })
        {
            return null;
        }

        if (reference.StartsWith('#'))
        {
            return (entry.Resource as DomainResource)?.Contained.OfType<Medication>().FirstOrDefault(m => m.Id == reference[1..])?.Code;
        }

        return record.FirstOrDefault(e => e.Resource is Medication && (e.Label == reference || e.FullUrl == reference || (e.Resource.Id is { } id && reference.EndsWith("Medication/" + id, StringComparison.Ordinal))))?.Resource is Medication m ? m.Code : null;
    }

    private void Use(Found found)
    {
        if (FhirCodeLists.LocalDoseForms.FirstOrDefault(form => found.Name.Contains(form, StringComparison.OrdinalIgnoreCase)) is { } local)
        {
            draft.Ignore(found.Entry, found.Shown, $"dose form '{local}' acts where it is applied, not a systemic medicine: left out, so that (for one) a topical or inhaled corticosteroid is not counted as the glucocorticoid of the fracture-risk and safety rules");
            return;
        }

        var ingredients = RxNormName.Parse(found.Name);
        var (dosesPerDay, perDose, perDoseUnit, frequencyKnown) = Dosing(found.Dosage);
        var others = new List<Ingredient>();
        foreach (var ingredient in ingredients)
        {
            if (SupplementForm(ingredient.Text) is { } form)
            {
                Supplement(found, ingredient, form, dosesPerDay, perDose, perDoseUnit, frequencyKnown, ingredients.Count == 1);
            }
            else
            {
                others.Add(ingredient);
            }
        }

        if (others.Count == 0)
        {
            return;
        }

        var value = new JsonObject { ["name"] = found.Name };
        if (found.RxNorm is { } rx)
        {
            value["rxnorm"] = rx;
        }

        if (found.Atc is { } atc)
        {
            value["atc"] = atc;
        }

        var doseShown = string.Empty;
        if (ingredients.Count == 1 && Amount(ingredients[0], perDose, perDoseUnit) is { } amount && dosesPerDay is { } perDay && MedicationUnit(ingredients[0].Unit!) is { } unit)
        {
            var daily = Math.Round(amount * perDay, 4);
            if (daily > 0 && daily <= CoreMedication.MaximumDosePerDay)
            {
                value["dosePerDay"] = daily;
                value["unit"] = unit;
                doseShown = string.Create(CultureInfo.InvariantCulture, $"; {daily} {unit}/day");
            }
        }

        if (!found.Stopped && found.Date is { } started)
        {
            value["durationMonths"] = FhirDates.MonthsBetween(started, asOf);
        }

        if (found.Stopped)
        {
            value["status"] = "stopped";
            if (found.StoppedMonthsAgo is { } ago)
            {
                value["stoppedMonthsAgo"] = ago;
            }
        }

        try
        {
            CoreMedication.Create(
                found.Name, found.RxNorm, found.Atc,
                value["dosePerDay"]?.GetValue<double>(), value["unit"] is null ? (MedicationDoseUnit?)null : MedicationDoseUnitTokens.Table.Parse("unit", value["unit"]!.GetValue<string>()),
                value["durationMonths"]?.GetValue<int>(), "medication", found.Stopped ? MedicationStatus.Stopped : MedicationStatus.Current, found.StoppedMonthsAgo);
        }
        catch (InvalidInputException e)
        {
            draft.Ignore(found.Entry, found.Shown, e.Message);
            return;
        }

        draft.Use("medications", null, value, found.Entry, found.Shown + doseShown, found.Date);
        if (!found.Stopped)
        {
            Factors(found, ingredients);
        }
    }

    // QFracture factors of current medicines: the longest listed ingredient name in each part decides (ethinyl
    // estradiol before estradiol); oestrogen-only HRT only as a product of the oestrogen alone, and only for women.
    private void Factors(Found found, IReadOnlyList<Ingredient> ingredients)
    {
        foreach (var ingredient in ingredients)
        {
            var factor = FhirCodeLists.MedicationFactors.FirstOrDefault(f => ContainsWords(ingredient.Text, f.Ingredient));
            if (factor is null || factor.RiskFactor.Length == 0 || (factor.SingleIngredientOnly && ingredients.Count > 1))
            {
                continue;
            }

            if (factor.RiskFactor == "hrt" && !draft.HasValue("person", "sex", "female"))
            {
                continue;
            }

            draft.Use("riskFactors", null, factor.RiskFactor, found.Entry, $"{found.Name} ({factor.Ingredient})", found.Date);
        }
    }

    private void Supplement(Found found, Ingredient ingredient, string form, double? dosesPerDay, double? perDose, string? perDoseUnit, bool frequencyKnown, bool alone)
    {
        if (found.Stopped)
        {
            draft.Ignore(found.Entry, $"{ingredient.Text} in {found.Shown}", "stopped: the profile's supplements are those taken now");
            return;
        }

        var isVitaminK = form.StartsWith('k');
        var unit = ingredient.Unit switch
        {
            "MG" => "mg",
            "MCG" or "UG" => "ug",
            "UNT" when form is "d3" or "d2" => "iu",
            _ => null,
        };
        var amount = unit is null ? null : Amount(ingredient, alone ? perDose : null, alone ? perDoseUnit : null) ?? (ingredient.Per is null ? ingredient.Amount : null);
        string note;
        double dose;
        if (amount is { } a)
        {
            dose = Math.Round(a * (dosesPerDay ?? 1), 4);
            note = frequencyKnown ? string.Empty : " (how often is not recorded: one dose a day assumed)";
        }
        else if (isVitaminK)
        {
            // The anticoagulant check needs to know vitamin K is taken, whatever the amount.
            (dose, unit) = (0, "ug");
            note = " (amount not readable from the record: entered as 0 µg; the vitamin K checks still see it)";
        }
        else
        {
            draft.Ignore(found.Entry, $"{ingredient.Text} in {found.Shown}", $"a {form} supplement whose amount cannot be read from the record (strength and dose); add it to a profile by hand");
            return;
        }

        try
        {
            DailySupplement.Create(SupplementTokens.Forms.Parse("form", form), dose, SupplementTokens.Units.Parse("unit", unit));
        }
        catch (InvalidInputException e)
        {
            draft.Ignore(found.Entry, $"{ingredient.Text} in {found.Shown}", e.Message);
            return;
        }

        draft.Use("supplements", null, new JsonObject { ["form"] = form, ["dose"] = dose, ["unit"] = unit }, found.Entry,
            string.Create(CultureInfo.InvariantCulture, $"{ingredient.Text} in {found.Name}: {dose} {unit}/day{note}"), found.Date);
    }

    private static string? SupplementForm(string ingredient) =>
        FhirCodeLists.SupplementIngredients.FirstOrDefault(s => ContainsWords(ingredient, s.Ingredient)).Form;

    private static bool ContainsWords(string text, string words)
    {
        for (var at = text.IndexOf(words, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + words.Length;
            var after = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    private static string? MedicationUnit(string unit) => unit switch
    {
        "MG" => "mg",
        "MCG" or "UG" => "ug",
        "G" => "g",
        _ => null,
    };

    // The amount of one ingredient in one dose: the dose quantity itself when it is in a mass unit, the dose volume
    // times a per-mL strength, or a count of unit doses (tablets) times the strength.
    private static double? Amount(Ingredient ingredient, double? perDose, string? perDoseUnit)
    {
        if (ingredient.Amount is not { } strength)
        {
            return null;
        }

        var count = perDose ?? 1;
        return (perDoseUnit?.ToUpperInvariant(), ingredient.Per) switch
        {
            ("MG" or "UG" or "MCG" or "G", _) when perDose is not null && perDoseUnit!.Equals(ingredient.Unit, StringComparison.OrdinalIgnoreCase) => count,
            ("ML", "ML") => count * strength,
            (null or "1" or "{TBL}" or "TABLET" or "TAB" or "CAPSULE" or "{CAPSULE}" or "{TABLET}", null) => count * strength,
            (_, "ACTUAT") when perDoseUnit is null or "1" or "{ACTUAT}" or "PUFF" => count * strength,
            _ => null,
        };
    }

    // Doses a day from the first dosage instruction's timing (frequency per period), the amount per dose and its unit;
    // "as needed" has no daily dose.
    private static (double? DosesPerDay, double? PerDose, string? PerDoseUnit, bool FrequencyKnown) Dosing(Dosage? dosage)
    {
        if (dosage is null || dosage.AsNeeded is FhirBoolean { Value: true } || dosage.AsNeeded is CodeableConcept)
        {
            return (null, null, null, false);
        }

        var quantity = dosage.DoseAndRate.Select(d => d.Dose).OfType<Quantity>().FirstOrDefault();
        var perDose = quantity?.Value is { } v ? (double)v : (double?)null;
        var unit = quantity is null ? null : quantity.Code ?? quantity.Unit;
        var repeat = dosage.Timing?.Repeat;
        if (repeat?.PeriodUnit is not { } periodUnit)
        {
            return (null, perDose, unit, false);
        }

        var days = periodUnit.GetLiteral() switch
        {
            "s" => 1 / 86400.0,
            "min" => 1 / 1440.0,
            "h" => 1 / 24.0,
            "d" => 1,
            "wk" => 7,
            "mo" => 365.25 / 12,
            _ => 365.25,
        };
        var perDay = (repeat.Frequency ?? 1) / ((double)(repeat.Period ?? 1) * days);
        return (perDay, perDose, unit, true);
    }

    private sealed record Found(FhirEntry Entry, string Name, string? RxNorm, string? Atc, bool Stopped, DateOnly? Date, int? StoppedMonthsAgo, Dosage? Dosage, string Shown);
}
