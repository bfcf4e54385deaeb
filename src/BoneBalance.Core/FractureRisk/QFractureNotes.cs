using System.Globalization;
using BoneBalance.Core.People;

namespace BoneBalance.Core.FractureRisk;

/// <summary>Notes that go with a QFracture-2012 result wherever it is shown (assessment, <c>risk</c>, web, PDF).</summary>
public static class QFractureNotes
{
    /// <summary>
    /// True when the hip-fracture risk is not below the major-osteoporotic-fracture risk. A hip fracture is one of the
    /// major osteoporotic fractures, so this cannot be true of real risks; it happens because QFracture estimates the two
    /// with separate published equations (Hippisley-Cox and Coupland, BMJ 2012;344:e3427: one Cox model per outcome and
    /// sex), which can cross at the extremes of age and risk factors.
    /// </summary>
    public static bool HipAtLeastMajor(in QFractureResult result) => result.HipPercent >= result.MajorOsteoporoticPercent;

    /// <summary>The short note for <see cref="HipAtLeastMajor"/>, or null when the hip risk is below the major risk.</summary>
    public static string? HipAtLeastMajorNote(in QFractureResult result) =>
        HipAtLeastMajor(result)
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"The hip-fracture risk ({result.HipPercent:0.0} %) is not below the risk of any major osteoporotic fracture ({result.MajorOsteoporoticPercent:0.0} %), although a hip fracture is one of them: QFracture estimates the two with separate equations, which can cross at the extremes. Read them as two separate estimates; the gap between them means nothing.")
            : null;

    /// <summary>Oldest age of the population QFracture-2012 was derived in (NICE CG146 gives 30–84).</summary>
    public const int DerivedUpToAge = 84;

    /// <summary>
    /// What the reader must know about the person's own inputs: each ticked risk factor that is not in the equations
    /// of the person's sex (accepted, not used), and an age above the derivation range (extrapolated).
    /// </summary>
    public static IReadOnlyList<string> ForPerson(PersonProfile person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var notes = new List<string>();
        foreach (var info in RiskFactorCatalogue.All)
        {
            if (person.Has(info.Factor) && info.AppliesTo is { } sex && sex != person.Sex)
            {
                notes.Add($"'{info.Token}' is not part of QFracture's {(person.Sex == Sex.Female ? "women's" : "men's")} equations and was not used.");
            }
        }

        if (person.AgeYears > DerivedUpToAge)
        {
            notes.Add("QFracture-2012 was derived in people aged 30 to 84 (NICE CG146 lists 30–84 as its range); results above 84 are extrapolated and should be read with caution.");
        }

        return notes;
    }
}
