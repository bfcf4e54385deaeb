using System.Globalization;
using System.Text.Json.Nodes;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using CoreMedication = BoneBalance.Core.People.Medication;
using BoneBalance.Core.Validation;
using BoneBalance.Fhir.Facts;

namespace BoneBalance.Fhir;

/// <summary>
/// MedicationRequests and MedicationStatements into the profile's <c>medications</c> (name, RxNorm, ATC, dose per day,
/// duration, current or stopped) and <c>supplements</c> (vitamin D, K and calcium, also inside combination products,
/// from the RxNorm clinical-drug strengths), plus the QFracture factors a medicine sets (<c>medication_risk_factors.csv</c>:
/// antidepressants, anticonvulsants, oestrogen-only HRT). A product whose RxNorm dose form acts where it is applied
/// (<c>medication_dose_forms.csv</c>: a topical cream, an inhaler) is left out, because the Core matches medicines by
/// name and hydrocortisone cream or an inhaled steroid is not a systemic glucocorticoid.
/// </summary>
internal sealed class MedicationReader(Func<string, FhirConcept?> findMedication, DateOnly asOf, FhirReadOptions options, ProfileDraft draft)
{
    private readonly List<Found> _found = [];

    /// <summary>Reads one MedicationRequest or MedicationStatement (kept until <see cref="Finish"/>).</summary>
    public void Add(MedicationFacts medication)
    {
        if (Judge(medication, out var reason) is { } found)
        {
            _found.Add(found);
        }
        else if (reason is not null)
        {
            draft.Ignore(medication.Label, reason.Value.Shown, reason.Value.Why);
        }
    }

    /// <summary>Adds the medicines and supplements found, each medicine once, to the draft.</summary>
    public void Finish()
    {
        var kept = new Dictionary<string, Found>(StringComparer.Ordinal);
        foreach (var found in _found.OrderBy(f => f.Stopped).ThenByDescending(f => f.Date ?? DateOnly.MinValue))
        {
            var key = found.Key;
            if (kept.TryGetValue(key, out var first))
            {
                draft.Ignore(found.Label, found.Shown, $"the same medicine as {first.Label}{(first.Date is { } d ? $" ({FhirDates.Show(d)}, {(first.Stopped ? "stopped" : "current")})" : string.Empty)}, listed once");
                continue;
            }

            kept[key] = found;
            Use(found);
        }
    }

    /// <summary>
    /// A medicine as the rules see it (name, codes, current or stopped, date), or null with the reason it is not read
    /// (a suggestion, a draft, a status not taken, dated after the as-of date, no code). The bulk reader keeps, of each
    /// medicine, only the one <see cref="Finish"/> would list.
    /// </summary>
    public Found? Judge(MedicationFacts medication, out (string Shown, string Why)? ignored)
    {
        ignored = null;
        var status = medication.Status;
        if (medication.Intent is "proposal" or "plan" or "option")
        {
            var described = medication.Concept is { } inline ? FhirConcept.Show(inline) : "medication " + medication.Reference;
            ignored = (described, $"intent '{medication.Intent}': a suggestion, not an order");
            return null;
        }

        var date = medication.Date;
        var concept = medication.Concept
            ?? (medication.Reference is { } reference ? reference.StartsWith('#') ? medication.ContainedConcept : findMedication(reference) : null);
        var name = FhirConcept.Show(concept);
        var shown = date is { } on ? $"{name} ({medication.TypeName} {status}, {FhirDates.Show(on)})" : $"{name} ({medication.TypeName} {status})";
        if (concept is null)
        {
            ignored = (shown, "no medication code, and its medicationReference cannot be found in the record");
            return null;
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
                ignored = (shown, "status 'draft': an order not yet signed");
                return null;
            default:
                ignored = (shown, $"status '{status}': not taken (only active, on-hold, completed and stopped are read)");
                return null;
        }

        if (date is { } start && start > asOf)
        {
            ignored = (shown, $"dated after the as-of date {FhirDates.Show(asOf)}");
            return null;
        }

        int? stoppedMonthsAgo = null;
        if (medication.Ended is { } end && end <= asOf)
        {
            stopped = true;
            stoppedMonthsAgo = FhirDates.MonthsBetween(end, asOf);
        }

        return new(medication.Label, name, concept.CodeIn(FhirCodeLists.RxNorm), concept.CodeIn(FhirCodeLists.Atc), stopped, date, stoppedMonthsAgo, medication.Dosage, shown);
    }

    private void Use(Found found)
    {
        if (FhirCodeLists.LocalDoseForms.FirstOrDefault(form => found.Name.Contains(form, StringComparison.OrdinalIgnoreCase)) is { } local)
        {
            draft.Ignore(found.Label, found.Shown, $"dose form '{local}' acts where it is applied, not a systemic medicine: left out, so that (for one) a topical or inhaled corticosteroid is not counted as the glucocorticoid of the fracture-risk and safety rules");
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
            draft.Ignore(found.Label, found.Shown, e.Message);
            return;
        }

        draft.Use("medications", null, value, found.Label, found.Shown + doseShown, found.Date);
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

            draft.Use("riskFactors", null, factor.RiskFactor, found.Label, $"{found.Name} ({factor.Ingredient})", found.Date);
        }
    }

    private void Supplement(Found found, Ingredient ingredient, string form, double? dosesPerDay, double? perDose, string? perDoseUnit, bool frequencyKnown, bool alone)
    {
        if (found.Stopped)
        {
            draft.Ignore(found.Label, $"{ingredient.Text} in {found.Shown}", "stopped: the profile's supplements are those taken now");
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
            draft.Ignore(found.Label, $"{ingredient.Text} in {found.Shown}", $"a {form} supplement whose amount cannot be read from the record (strength and dose); add it to a profile by hand");
            return;
        }

        try
        {
            DailySupplement.Create(SupplementTokens.Forms.Parse("form", form), dose, SupplementTokens.Units.Parse("unit", unit));
        }
        catch (InvalidInputException e)
        {
            draft.Ignore(found.Label, $"{ingredient.Text} in {found.Shown}", e.Message);
            return;
        }

        draft.Use("supplements", null, new JsonObject { ["form"] = form, ["dose"] = dose, ["unit"] = unit }, found.Label,
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
    private static (double? DosesPerDay, double? PerDose, string? PerDoseUnit, bool FrequencyKnown) Dosing(DosageFacts? dosage)
    {
        if (dosage is null || dosage.AsNeeded)
        {
            return (null, null, null, false);
        }

        var perDose = dosage.Dose is { } v ? (double)v : (double?)null;
        var unit = dosage.DoseUnit;
        if (dosage.PeriodUnit is not { } periodUnit)
        {
            return (null, perDose, unit, false);
        }

        var days = periodUnit switch
        {
            "s" => 1 / 86400.0,
            "min" => 1 / 1440.0,
            "h" => 1 / 24.0,
            "d" => 1,
            "wk" => 7,
            "mo" => 365.25 / 12,
            _ => 365.25,
        };
        var perDay = (dosage.Frequency ?? 1) / ((double)(dosage.Period ?? 1) * days);
        return (perDay, perDose, unit, true);
    }

    /// <summary>A medicine as read, before it is listed.</summary>
    internal sealed record Found(ResourceLabel Label, string Name, string? RxNorm, string? Atc, bool Stopped, DateOnly? Date, int? StoppedMonthsAgo, DosageFacts? Dosage, string Shown)
    {
        /// <summary>The key two medicines are "the same medicine" by: RxNorm, else the name in capitals.</summary>
        public string Key => RxNorm ?? Name.ToUpperInvariant();
    }
}
