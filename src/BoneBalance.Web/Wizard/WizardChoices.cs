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

    /// <summary>Dose units of a medication.</summary>
    public static IReadOnlyList<(string Value, string Text)> DoseUnit { get; } = [("mg", "mg"), ("ug", "µg"), ("g", "g")];

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

    private static (string, string)[] Plain(params string[] tokens) => [.. tokens.Select(t => (t, t.Replace('_', ' ')))];
}
