using BoneBalance.Core.People;

namespace BoneBalance.Core.FractureRisk;

/// <summary>
/// One QFracture-2012 Cox equation exactly as ClinRisk's C code states it:
/// <c>score = 100 · (1 − S0[surv]^exp(a))</c>, where <c>a</c> sums three category tables, centred fractional
/// polynomial terms in <c>age/10</c> and <c>bmi/10</c>, and one coefficient per yes/no factor.
/// Holds numbers only; <see cref="QFracture2012Reference"/> evaluates it literally and
/// <see cref="QFractureKernel"/> evaluates it fast.
/// </summary>
/// <param name="SourceFile">The ClinRisk C file the numbers were transcribed from.</param>
/// <param name="Survivor">Baseline survivor S0 by whole years, index 0 unused (0), 1..18 as in the C array.</param>
/// <param name="Alcohol">Coefficients by <c>alcohol_cat6</c> 0..5.</param>
/// <param name="Ethnicity">Coefficients by <c>ethrisk</c> 0..9 (0 is never valid).</param>
/// <param name="Smoking">Coefficients by <c>smoke_cat</c> 0..4.</param>
/// <param name="AgeTerms">Fractional polynomial terms in <c>age/10</c>, in C order.</param>
/// <param name="BmiTerms">Fractional polynomial terms in <c>bmi/10</c>, in C order.</param>
/// <param name="Booleans">The yes/no factors the equation takes with their coefficients, in C order.</param>
internal sealed record QFractureEquation(
    string SourceFile,
    double[] Survivor,
    double[] Alcohol,
    double[] Ethnicity,
    double[] Smoking,
    FractionalPolynomialTerm[] AgeTerms,
    FractionalPolynomialTerm[] BmiTerms,
    (RiskFactors Factor, double Coefficient)[] Booleans);

/// <summary>
/// One centred fractional polynomial term: <c>(x^Power · (ln x if TimesLog) − Centre) · Coefficient</c>.
/// </summary>
internal readonly record struct FractionalPolynomialTerm(double Power, bool TimesLog, double Centre, double Coefficient);
