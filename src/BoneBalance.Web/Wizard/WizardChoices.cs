using BoneBalance.Core.Nutrition;

namespace BoneBalance.Web.Wizard;

/// <summary>
/// The wizard's closed answers: each profile token with the words a person sees. The form's select boxes and the
/// review step's summary both read them, so an answer reads the same where it is given and where it is checked.
/// </summary>
internal static class WizardChoices
{
    /// <summary>Sex.</summary>
    public static IReadOnlyList<(string Value, string Text)> Sex { get; } = Plain("female", "male");

    /// <summary>Menopausal status.</summary>
    public static IReadOnlyList<(string Value, string Text)> MenopausalStatus { get; } =
        Plain("premenopausal", "perimenopausal", "postmenopausal", "unknown", "not_applicable");

    /// <summary>Ethnicity (QFracture's groups).</summary>
    public static IReadOnlyList<(string Value, string Text)> Ethnicity { get; } =
        Plain("white", "indian", "pakistani", "bangladeshi", "other_asian", "black_caribbean", "black_african", "chinese", "other", "not_recorded");

    /// <summary>Smoking (QFracture's categories).</summary>
    public static IReadOnlyList<(string Value, string Text)> Smoking { get; } =
    [
        ("never", "never smoked"), ("former", "ex-smoker"), ("light", "light (under 10 a day)"),
        ("moderate", "moderate (10 to 19 a day)"), ("heavy", "heavy (20 or more a day)"),
    ];

    /// <summary>Alcohol (QFracture's categories).</summary>
    public static IReadOnlyList<(string Value, string Text)> Alcohol { get; } =
    [
        ("none", "none"), ("trivial", "under 1 unit a day"), ("light", "1 to 2 units a day"),
        ("moderate", "3 to 6 units a day"), ("heavy", "7 to 9 units a day"), ("very_heavy", "more than 9 units a day"),
    ];

    /// <summary>Whether a medication is taken now or was stopped (the contract's <c>status</c>).</summary>
    public static IReadOnlyList<(string Value, string Text)> MedicationStatus { get; } = [("current", "I take it now"), ("stopped", "I have stopped it")];

    /// <summary>Dose units of a medication.</summary>
    public static IReadOnlyList<(string Value, string Text)> DoseUnit { get; } = [("mg", "mg"), ("ug", "µg"), ("g", "g")];

    /// <summary>
    /// Supplement forms: every canonical token of <see cref="SupplementTokens.Forms"/>, in its order, with the name a label
    /// uses. A calcium salt is dosed as the salt's weight (the profile contract derives the elemental calcium), so the
    /// words say which number to copy from the label.
    /// </summary>
    public static IReadOnlyList<(string Value, string Text)> SupplementForms { get; } =
        [.. SupplementTokens.Forms.Tokens.Select(token => (token, SupplementFormText(SupplementTokens.Forms.Parse("form", token)) ?? token))];

    /// <summary>Supplement dose units: every canonical token of <see cref="SupplementTokens.Units"/>, in its order.</summary>
    public static IReadOnlyList<(string Value, string Text)> SupplementUnits { get; } =
        [.. SupplementTokens.Units.Tokens.Select(token => (token, SupplementTokens.Units.Parse("unit", token) switch
        {
            Core.Nutrition.DoseUnit.Microgram => "µg (micrograms, mcg)",
            Core.Nutrition.DoseUnit.Milligram => "mg (milligrams)",
            Core.Nutrition.DoseUnit.InternationalUnit => "IU (international units, vitamin D only)",
            _ => token,
        }))];

    /// <summary>Measured skeletal sites.</summary>
    public static IReadOnlyList<(string Value, string Text)> DxaSite { get; } =
        [("spine", "lumbar spine"), ("total_hip", "total hip"), ("femoral_neck", "femoral neck"), ("radius", "one-third radius")];

    /// <summary>DXA machine makers.</summary>
    public static IReadOnlyList<(string Value, string Text)> DxaMachine { get; } =
        [("hologic", "Hologic"), ("ge_lunar", "GE Lunar"), ("norland", "Norland"), ("unknown", "not known")];

    /// <summary>The words for <paramref name="value"/> among <paramref name="choices"/>; the token itself when unknown.</summary>
    public static string Text(IReadOnlyList<(string Value, string Text)> choices, string value)
    {
        ArgumentNullException.ThrowIfNull(choices);
        foreach (var (token, text) in choices)
        {
            if (token == value)
            {
                return text;
            }
        }

        return value;
    }

    /// <summary>
    /// The choice to select for a stored answer: the contract also accepts other spellings (any case, '-' for '_') and
    /// aliases (<c>MK7</c>, <c>mcg</c>, <c>post</c>, <c>lunar</c>), and a select box that showed none of its choices for
    /// them would drop the answer when the step is saved. The choice spelled the same wins (<c>not_recorded</c> is its
    /// own choice though the table reads it as white); else the choice the table reads as the same value; else the text.
    /// </summary>
    public static string Shown<T>(IReadOnlyList<(string Value, string Text)> choices, Core.Validation.TokenTable<T> table, string stored)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(stored);
        var folded = stored.Trim().Replace('-', '_');
        foreach (var (value, _) in choices)
        {
            if (string.Equals(value.Replace('-', '_'), folded, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        if (table.TryParse(stored, out var parsed))
        {
            foreach (var (value, _) in choices)
            {
                if (table.TryParse(value, out var choice) && EqualityComparer<T>.Default.Equals(choice, parsed))
                {
                    return value;
                }
            }
        }

        return stored;
    }

    private static string? SupplementFormText(SupplementForm form) => form switch
    {
        SupplementForm.VitaminK2Mk7 => "Vitamin K2 as MK-7 (menaquinone-7)",
        SupplementForm.VitaminK2Mk4 => "Vitamin K2 as MK-4 (menatetrenone)",
        SupplementForm.VitaminK1 => "Vitamin K1 (phylloquinone)",
        SupplementForm.VitaminD3 => "Vitamin D3 (cholecalciferol)",
        SupplementForm.VitaminD2 => "Vitamin D2 (ergocalciferol)",
        SupplementForm.CalciumElemental => "Calcium, as elemental calcium on the label",
        SupplementForm.CalciumCarbonate => "Calcium carbonate (weight of the salt)",
        SupplementForm.CalciumCitrate => "Calcium citrate (weight of the salt)",
        SupplementForm.CalciumLactate => "Calcium lactate (weight of the salt)",
        SupplementForm.CalciumGluconate => "Calcium gluconate (weight of the salt)",
        SupplementForm.CalciumPhosphate => "Tricalcium phosphate (weight of the salt)",
        _ => null,
    };

    private static (string, string)[] Plain(params string[] tokens) => [.. tokens.Select(t => (t, t.Replace('_', ' ')))];
}
