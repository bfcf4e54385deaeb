using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.FractureRisk;

/// <summary>
/// What a person or a clinician must know about a risk model or score before trusting its number:
/// what it is, where it comes from, under which licence it is used, the ranges it is valid in and the
/// caution its authors require.
/// </summary>
/// <param name="Name">Short name (e.g. <c>QFracture-2012</c>).</param>
/// <param name="Description">What it estimates, in one or two sentences.</param>
/// <param name="Citations">Primary publications and, for transcribed code, the source file.</param>
/// <param name="Licence">Licence under which BoneBalance uses it (SPDX id and holder), or <c>published formula</c>.</param>
/// <param name="ValidityRanges">Input ranges in words, one entry per input (e.g. <c>age: 30 to 100 years</c>).</param>
/// <param name="Disclaimer">The authors' required caution, verbatim where they require it.</param>
public sealed record ModelDossier(
    string Name,
    string Description,
    IReadOnlyList<Citation> Citations,
    string Licence,
    IReadOnlyList<string> ValidityRanges,
    string Disclaimer);
