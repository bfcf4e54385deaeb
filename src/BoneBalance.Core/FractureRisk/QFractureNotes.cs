using System.Globalization;

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
}
