using BoneBalance.Core.Validation;

namespace BoneBalance.Core.Safety;

/// <summary>
/// The bleeding and healing signs that can point to vitamin K deficiency (StatPearls NBK536983, the seed article's
/// list): each one means "see a clinician promptly".
/// </summary>
public enum Symptom
{
    /// <summary>Bruising easily.</summary>
    EasyBruising,

    /// <summary>Bleeding gums.</summary>
    BleedingGums,

    /// <summary>Nosebleeds.</summary>
    Nosebleeds,

    /// <summary>Heavy menstrual bleeding.</summary>
    HeavyMenstrualBleeding,

    /// <summary>Wounds that heal poorly or keep bleeding.</summary>
    PoorWoundHealing,

    /// <summary>Blood in the urine or stool.</summary>
    BloodInUrineOrStool,
}

/// <summary>Tokens for <see cref="Symptom"/> (the profile's <c>symptoms[]</c> values).</summary>
public static class SymptomTokens
{
    /// <summary>The token table.</summary>
    public static TokenTable<Symptom> Table { get; } = new(
        ("easy_bruising", Symptom.EasyBruising),
        ("bleeding_gums", Symptom.BleedingGums),
        ("nosebleeds", Symptom.Nosebleeds),
        ("heavy_menstrual_bleeding", Symptom.HeavyMenstrualBleeding),
        ("poor_wound_healing", Symptom.PoorWoundHealing),
        ("blood_in_urine_or_stool", Symptom.BloodInUrineOrStool));

    /// <summary>Plain words for a symptom.</summary>
    public static string Describe(Symptom symptom) => symptom switch
    {
        Symptom.EasyBruising => "easy bruising",
        Symptom.BleedingGums => "bleeding gums",
        Symptom.Nosebleeds => "nosebleeds",
        Symptom.HeavyMenstrualBleeding => "heavy menstrual bleeding",
        Symptom.PoorWoundHealing => "poor wound healing",
        Symptom.BloodInUrineOrStool => "blood in urine or stool",
        _ => throw new ArgumentOutOfRangeException(nameof(symptom), symptom, "Not a symptom."),
    };
}
