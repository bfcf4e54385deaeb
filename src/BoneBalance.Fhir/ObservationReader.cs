using System.Globalization;
using System.Text.Json.Nodes;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Safety;
using BoneBalance.Fhir.Facts;

namespace BoneBalance.Fhir;

/// <summary>
/// Observations: body weight, height, BMI, smoking status, DXA BMD / T-score / Z-score per site, 25-OH vitamin D,
/// calcium, INR and eGFR, by the LOINC codes of <c>observation_codes.csv</c>. Of each kind (and DXA site) the most recent
/// usable value wins: final, amended or corrected; dated; on or before the as-of date; in a unit of
/// <c>observation_units.csv</c>; in range. Older values are reported as superseded; the winner is reported as stale
/// instead of used when it is older than its kind's age in <c>observation_ages.csv</c>.
/// </summary>
internal static class ObservationReader
{
    /// <summary>Plausible adult body weights accepted from a record (kg): outside, a unit or typing slip. Not clinical limits.</summary>
    public const double MinimumWeightKg = 20, MaximumWeightKg = 350;

    /// <summary>Plausible adult heights accepted from a record (cm): outside, a unit or typing slip. Not clinical limits.</summary>
    public const double MinimumHeightCm = 100, MaximumHeightCm = 250;

    /// <summary>DXA T- and Z-scores accepted (as the profile contract: −8 to 8).</summary>
    public const double MaximumScore = 8;

    private static readonly IReadOnlyDictionary<string, int> MaxAgeDays =
        FhirCodeLists.ObservationAges;

    private static readonly Dictionary<string, (string Section, string Field)> Targets = new(StringComparer.Ordinal)
    {
        ["weight"] = ("person", "weightKg"),
        ["height"] = ("person", "heightCm"),
        ["bmi"] = ("person", "bmi"),
        ["smoking"] = ("person", "smoking"),
        ["vitamin_d"] = ("labs", "vitaminD25ohNgPerMl"),
        ["calcium"] = ("labs", "calciumMgPerDl"),
        ["inr"] = ("labs", "inr"),
        ["egfr"] = ("labs", "egfr"),
        ["bmd"] = ("dxa", "bmd"),
        ["t_score"] = ("dxa", "tScore"),
        ["z_score"] = ("dxa", "zScore"),
    };

    /// <summary>The kind (and DXA site) of an observation's code, or null when no list maps it.</summary>
    public static ObservationCode? CodeOf(ObservationFacts observation) => observation.Code?.Lookup(FhirCodeLists.Observations);

    /// <summary>
    /// Whether an observation of a mapped code could be used on <paramref name="asOf"/> (its status, date, unit and
    /// range); the bulk reader keeps only the newest usable value of each kind, and the unusable ones newer than it.
    /// </summary>
    public static bool Usable(ObservationFacts observation, ObservationCode code, DateOnly asOf) => Refusal(Candidate.Of(observation, code), asOf) is null;

    /// <summary>Reads the patient's observations into <paramref name="draft"/>.</summary>
    public static void Read(IReadOnlyList<ObservationFacts> observations, DateOnly asOf, ProfileDraft draft)
    {
        var candidates = new List<Candidate>();
        foreach (var observation in observations)
        {
            if (CodeOf(observation) is { } code)
            {
                candidates.Add(Candidate.Of(observation, code));
            }
        }

        // Kinds in a fixed order (that of Targets, then the DXA site), not the order first met: the reading does not
        // depend on how the record orders its resources.
        var kinds = Targets.Keys.ToList();
        foreach (var group in candidates.GroupBy(c => (c.Code.Kind, c.Code.Site)).OrderBy(g => kinds.IndexOf(g.Key.Kind)).ThenBy(g => g.Key.Site, StringComparer.Ordinal))
        {
            Candidate? winner = null;
            foreach (var candidate in group.OrderByDescending(c => c.Date ?? DateOnly.MinValue))
            {
                var what = candidate.Described;
                if (winner is not null)
                {
                    draft.Ignore(candidate.Label, Shown(candidate, what), $"superseded by {winner.Label} of {Show(winner.Date)}");
                    continue;
                }

                if (Refusal(candidate, asOf) is { } reason)
                {
                    draft.Ignore(candidate.Label, Shown(candidate, what), reason);
                    continue;
                }

                winner = candidate;
                var maxAge = MaxAgeDays[candidate.Code.Kind];
                if (candidate.Date!.Value.AddDays(maxAge) < asOf && candidate.Code.Kind == "smoking" && candidate.Token is not "never")
                {
                    // Smoking is a history: an ex-smoker stays one, and a smoker then is at least an ex-smoker now. The
                    // stale record is used as "former" rather than left to the profile's default, never.
                    candidate.Token = "former";
                    Use(candidate, draft, $" (recorded {Show(candidate.Date)}, more than {Age(maxAge)} before the as-of date: whether still smoking is not recorded, so at least an ex-smoker)");
                    continue;
                }

                if (candidate.Date!.Value.AddDays(maxAge) < asOf)
                {
                    draft.Ignore(candidate.Label, Shown(candidate, what),
                        $"stale: dated {Show(candidate.Date)}, more than {Age(maxAge)} before the as-of date {FhirDates.Show(asOf)} ({Kind(candidate.Code.Kind)} is used for up to {Age(maxAge)})");
                    continue;
                }

                Use(candidate, draft);
            }
        }
    }

    private static string Shown(Candidate c, string what) => c.Date is { } d ? $"{what} ({FhirDates.Show(d)})" : what;

    private static string Show(DateOnly? date) => date is { } d ? FhirDates.Show(d) : "(no date)";

    private static string Age(int days) => days % 365 == 0 ? $"{days / 365} year{(days == 365 ? string.Empty : "s")}" : days % 7 == 0 ? $"{days / 7} weeks" : $"{days} days";

    private static string Kind(string kind) => kind switch
    {
        "bmi" => "BMI",
        "t_score" => "T-score",
        "z_score" => "Z-score",
        "bmd" => "BMD",
        "vitamin_d" => "25-OH vitamin D",
        "inr" => "INR",
        "egfr" => "eGFR",
        "smoking" => "smoking status",
        _ => kind.Replace('_', ' '),
    };

    // Why a value cannot be used (null when it can); sets the candidate's converted value.
    private static string? Refusal(Candidate c, DateOnly asOf)
    {
        var status = c.Status;
        if (status is not ("final" or "amended" or "corrected"))
        {
            return $"status '{status}': only final, amended and corrected results are used";
        }

        if (c.Date is not { } date)
        {
            return "no effective date: whether it is current cannot be told";
        }

        if (date > asOf)
        {
            return $"dated after the as-of date {FhirDates.Show(asOf)}";
        }

        if (c.Code.Kind == "smoking")
        {
            var concept = c.Concept;
            var token = concept?.Lookup(FhirCodeLists.Smoking);
            if (token is null)
            {
                return $"smoking status '{FhirConcept.Show(concept)}' is not one of the codes read (never, ex-smoker, smokes daily, smoker)";
            }

            c.Token = token;
            return null;
        }

        if (c.Amount is not { } raw)
        {
            return "no numeric value (valueQuantity)";
        }

        if (c.Comparator is not (null or "<" or "<=" or ">=" or ">"))
        {
            return $"comparator '{c.Comparator}': not a measured value (read: <, <=, >=, >)";
        }

        var unit = c.UnitCode ?? c.UnitText ?? string.Empty;
        if (!FhirCodeLists.Units.TryGetValue((c.Code.Kind, unit), out var conversion)
            && !FhirCodeLists.Units.TryGetValue((c.Code.Kind, c.UnitText ?? string.Empty), out conversion))
        {
            var valid = string.Join(", ", FhirCodeLists.Units.Keys.Where(k => k.Kind == c.Code.Kind && k.Unit.Length > 0).Select(k => k.Unit));
            return $"unit '{unit}' is not one read for a {Kind(c.Code.Kind)} ({valid})";
        }

        var value = raw * conversion.Factor;
        var (min, max, unitShown) = c.Code.Kind switch
        {
            "weight" => (MinimumWeightKg, MaximumWeightKg, "kg"),
            "height" => (MinimumHeightCm, MaximumHeightCm, "cm"),
            "bmi" => (BodyMassIndex.PlausibleMinimum, BodyMassIndex.PlausibleMaximum, "kg/m²"),
            "bmd" => (BoneMineralDensity.Minimum, BoneMineralDensity.Maximum, "g/cm²"),
            "t_score" or "z_score" => (-MaximumScore, MaximumScore, string.Empty),
            "vitamin_d" => (LabResults.MinimumVitaminD, LabResults.MaximumVitaminD, "ng/mL"),
            "calcium" => (LabResults.MinimumCalcium, LabResults.MaximumCalcium, "mg/dL"),
            "inr" => (LabResults.MinimumInr, LabResults.MaximumInr, string.Empty),
            _ => (LabResults.MinimumEgfr, LabResults.MaximumEgfr, "mL/min/1.73 m²"),
        };
        if (!double.IsFinite(value) || value < min || value > max || (c.Code.Kind is "weight" or "height" or "bmd" && value <= 0))
        {
            return string.Create(CultureInfo.InvariantCulture, $"out of range: {value:0.###} {unitShown} (read: {min:0.###} to {max:0.###} {unitShown})").Replace("  ", " ", StringComparison.Ordinal);
        }

        // Rounded as a person would write it: a converted pound or nmol/L value carries no false digits. A bound ("<10
        // ng/mL", ">90 mL/min": a laboratory's limit of detection or reporting) is not a measurement: a strict bound is
        // used one step beyond it, so that every threshold at or past the bound is judged on the side the laboratory
        // vouches for (vitamin D "<20 ng/mL" is below 20), and the reading says it is a bound.
        var decimals = c.Code.Kind is "bmd" ? 3 : 2;
        var step = Math.Pow(10, -decimals);
        var rounded = Math.Round(value, decimals);
        c.Value = c.Comparator switch
        {
            "<" => Math.Round(rounded - step, decimals),
            ">" => Math.Round(rounded + step, decimals),
            _ => rounded,
        };
        c.Unit = unitShown;
        return null;
    }

    private static void Use(Candidate c, ProfileDraft draft, string note = "")
    {
        var (section, field) = Targets[c.Code.Kind];
        var date = c.Date!.Value;
        var sent = c.Sent;
        var converted = c.Token ?? string.Create(CultureInfo.InvariantCulture, $"{c.Value} {c.Unit}").TrimEnd();
        var shown = $"{c.Title}: {sent}" + (converted == sent ? string.Empty : $" → {converted}");
        shown += note;
        if (c.Comparator is { } bound)
        {
            var side = bound switch { "<" => "below", "<=" => "at most", ">=" => "at least", _ => "above" };
            shown += $" (a bound, not a measurement: the value is {side} it; used as {converted})";
        }

        if (c.Code.Kind == "smoking" && c.Token is "light" && c.Concept is not null)
        {
            shown += " (amount not recorded: light, 1–9 a day, the least a daily smoker smokes)";
        }

        if (c.Code.Kind == "t_score" && c.Code.Code == "38265-5")
        {
            shown += " (LOINC 38265-5 is the radius and ulna T-score, whatever the display says)";
        }

        if (section == "dxa")
        {
            var site = c.Code.Site!;
            var scan = new JsonObject { ["date"] = FhirDates.Show(date), ["site"] = site, [field] = c.Value };
            draft.Use("dxa", $"{site}|{FhirDates.Show(date)}", scan, c.Label, shown, date, field);
            return;
        }

        JsonNode value = c.Token is { } token ? token : FhirRecord.Number(c.Value);
        draft.Use(section, field, value, c.Label, shown, date);
    }

    // What the rules read of one observation; the texts for people are made only when a value is used or reported.
    private sealed class Candidate(ObservationFacts facts, ObservationCode code)
    {
        public string Label => facts.Label;

        public ObservationCode Code { get; } = code;

        public DateOnly? Date => facts.Date;

        public double Value { get; set; }

        public string Unit { get; set; } = string.Empty;

        public string? Token { get; set; }

        public string Status => facts.Status;

        public string Title => FhirConcept.Show(facts.Code);

        public string Described => Quantity is { } quantity ? $"{Title} {quantity}" : facts.ValueConcept is { } c ? $"{Title}: {FhirConcept.Show(c)}" : Title;

        public string Sent => Quantity ?? FhirConcept.Show(facts.ValueConcept);

        public double? Amount => facts.HasQuantity && facts.Amount is { } amount ? (double)amount : null;

        public string? Comparator => facts.HasQuantity ? facts.Comparator : null;

        public string? UnitCode => facts.HasQuantity ? facts.UnitCode : null;

        public string? UnitText => facts.HasQuantity ? facts.UnitText : null;

        public FhirConcept? Concept => facts.ValueConcept;

        public static Candidate Of(ObservationFacts o, ObservationCode code) => new(o, code);

        // A quantity as sent: value and unit.
        private string? Quantity => facts.HasQuantity
            ? $"{facts.Comparator}{facts.Amount?.ToString(CultureInfo.InvariantCulture) ?? "(no value)"} {facts.UnitText ?? facts.UnitCode}".TrimEnd()
            : null;
    }
}
