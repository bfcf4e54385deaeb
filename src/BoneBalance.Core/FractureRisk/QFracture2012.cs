using System.Globalization;
using BoneBalance.Core.Evidence;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.FractureRisk;

/// <summary>
/// QFracture-2012 (ClinRisk Ltd; Hippisley-Cox and Coupland, BMJ 2012;344:e3427): the risk of a major osteoporotic
/// fracture and of a hip fracture over 1 to 10 years. The numbers reproduce ClinRisk's reference C code to within
/// 1e-9 percentage points (checked against vectors from that code). Unlike the C code, a NaN BMI is refused.
/// Show <see cref="Dossier"/>'s disclaimer with every score, as ClinRisk's licence terms require.
/// </summary>
public static class QFracture2012
{
    /// <summary>Youngest age accepted (years).</summary>
    public const int MinimumAge = QFractureKernel.MinimumAge;

    /// <summary>Oldest age accepted (years; 100 itself is valid).</summary>
    public const int MaximumAge = QFractureKernel.MaximumAge;

    /// <summary>Lowest BMI accepted (kg/m²).</summary>
    public const double MinimumBodyMassIndex = 20;

    /// <summary>Highest BMI accepted (kg/m²).</summary>
    public const double MaximumBodyMassIndex = 40;

    /// <summary>Longest horizon accepted (years); QFracture is published for up to 10 years.</summary>
    public const int MaximumYears = 10;

    private const RiskFactors AllFactors = (RiskFactors)((1 << 20) - 1);

    /// <summary>Name, sources, licence, validity ranges and ClinRisk's disclaimer.</summary>
    public static ModelDossier Dossier => QFracture2012Dossier.Value;

    /// <summary>
    /// The sources of the equations used for one sex: the paper and ClinRisk's two C files for that sex (the
    /// <see cref="Dossier"/> lists all four files).
    /// </summary>
    public static IReadOnlyList<Citation> CitationsFor(Sex sex) => QFracture2012Dossier.CitationsFor(sex);

    /// <summary>
    /// Checks an input against QFracture's ranges. Returns every failing field (empty when valid): <c>sex</c>,
    /// <c>age</c> (30 to 100), <c>bmi</c> (20 to 40 kg/m²; NaN and infinities refused), <c>ethnicity</c>,
    /// <c>smoking</c>, <c>alcohol</c>, <c>risk_factors</c> (undefined flags) and <c>years</c> (1 to 10), in that order.
    /// </summary>
    public static IReadOnlyList<FieldError> Validate(in QFractureInput input) => Validate(input, MaximumYears, string.Empty);

    /// <summary>Both risks for one person over <see cref="QFractureInput.Years"/> years.</summary>
    /// <exception cref="InvalidInputException">Any field is out of range; all failing fields are listed.</exception>
    public static QFractureResult Calculate(in QFractureInput input)
    {
        ThrowIfInvalid(input, MaximumYears);
        return QFractureKernel.Evaluate(input);
    }

    /// <summary>Both risks for a profile over <paramref name="years"/> years, using the profile's BMI.</summary>
    /// <exception cref="InvalidInputException">
    /// A field is out of QFracture's ranges, or the profile has no BMI (field <c>bmi</c>, required).
    /// </exception>
    public static QFractureResult Calculate(PersonProfile person, int years = MaximumYears) => Calculate(person, years, null);

    /// <summary>
    /// As <see cref="Calculate(PersonProfile, int)"/>, but a BMI outside 20–40 kg/m² is computed at the nearest bound
    /// instead of refused, and <paramref name="bound"/> says so (null when the BMI is inside the range). Show
    /// <see cref="QFractureBmiBound.Note"/> with the result.
    /// </summary>
    /// <exception cref="InvalidInputException">Another field is out of range, or the profile has no BMI.</exception>
    public static QFractureResult CalculateAtNearestBmi(PersonProfile person, int years, out QFractureBmiBound? bound)
    {
        ArgumentNullException.ThrowIfNull(person);
        bound = person.BodyMassIndex is { } given ? QFractureBmiBound.For(given.KilogramsPerSquareMetre, person.Sex) : null;
        return Calculate(person, years, bound?.ComputedAtBodyMassIndex);
    }

    private static QFractureResult Calculate(PersonProfile person, int years, double? atBmi)
    {
        ArgumentNullException.ThrowIfNull(person);
        var bmi = atBmi ?? person.BodyMassIndex?.KilogramsPerSquareMetre;
        var input = new QFractureInput(
            person.Sex, person.AgeYears, bmi ?? MinimumBodyMassIndex, person.Ethnicity, person.Smoking, person.Alcohol, person.RiskFactors, years);
        var errors = Validate(input, MaximumYears, string.Empty);
        if (bmi is null)
        {
            var withBmi = new List<FieldError>(errors);
            withBmi.Insert(
                errors.Count(e => e.Field is "sex" or "age"),
                new FieldError("bmi", string.Empty, $"{BmiRange}; give bmi, or height and weight"));
            errors = withBmi;
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        return QFractureKernel.Evaluate(input);
    }

    /// <summary>
    /// Both risks for every input, for population screening (vectorised; results agree with
    /// <see cref="Calculate(in QFractureInput)"/> to within 1e-12 percentage points, and both match ClinRisk's C code to 1e-9). All inputs are checked first: if any is invalid, nothing is
    /// computed and one <see cref="InvalidInputException"/> lists every failing field of every invalid row, with the
    /// field named after its row (<c>inputs[17].age</c>). Use <see cref="TryCalculateBatch(ReadOnlySpan{QFractureInput}, Span{QFractureResult})"/> to score the valid rows
    /// of a batch that may hold invalid ones.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <paramref name="inputs"/>.</exception>
    /// <exception cref="InvalidInputException">At least one input is out of range.</exception>
    public static void CalculateBatch(ReadOnlySpan<QFractureInput> inputs, Span<QFractureResult> results) =>
        CalculateBatch(inputs, results, MaximumYears);

    /// <summary>
    /// Scores the valid inputs of a batch and marks the invalid ones instead of throwing: the result of an invalid row
    /// has NaN percentages (never a number that could pass for a risk) and the row's <see cref="QFractureInput.Years"/>;
    /// call <see cref="Validate(in QFractureInput)"/> on that row for the reasons. Valid rows get exactly the values of
    /// <see cref="Calculate(in QFractureInput)"/>.
    /// </summary>
    /// <returns>The number of invalid rows (0 when all were scored).</returns>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <paramref name="inputs"/>.</exception>
    public static int TryCalculateBatch(ReadOnlySpan<QFractureInput> inputs, Span<QFractureResult> results) =>
        TryCalculateBatch(inputs, results, MaximumYears);

    /// <summary>
    /// As <see cref="Calculate(in QFractureInput)"/> but accepting every horizon of ClinRisk's survivor arrays
    /// (1 to 18 years, the C code's <c>surv</c>), so tests can check the reference vectors beyond 10 years.
    /// </summary>
    internal static QFractureResult CalculateUpToSurvivorYear18(in QFractureInput input)
    {
        ThrowIfInvalid(input, QFractureKernel.MaximumSurvivorYear);
        return QFractureKernel.Evaluate(input);
    }

    /// <summary>Batch counterpart of <see cref="CalculateUpToSurvivorYear18"/>.</summary>
    internal static void CalculateBatchUpToSurvivorYear18(ReadOnlySpan<QFractureInput> inputs, Span<QFractureResult> results) =>
        CalculateBatch(inputs, results, QFractureKernel.MaximumSurvivorYear);

    /// <summary>Validation with a chosen longest horizon and a prefix for field names (batch rows).</summary>
    internal static IReadOnlyList<FieldError> Validate(in QFractureInput input, int maximumYears, string prefix)
    {
        if (IsValid(input, maximumYears))
        {
            return [];
        }

        var errors = new List<FieldError>();
        if (!Enum.IsDefined(input.Sex))
        {
            errors.Add(new(prefix + "sex", input.Sex.ToString(), SexTokens.Table.ValidValues, FieldError.NotAValidValue));
        }

        if (input.AgeYears is < MinimumAge or > MaximumAge)
        {
            errors.Add(new(prefix + "age", input.AgeYears.ToString(CultureInfo.InvariantCulture), $"{MinimumAge} to {MaximumAge} years"));
        }

        if (!Check.InRange(input.BodyMassIndex, MinimumBodyMassIndex, MaximumBodyMassIndex))
        {
            errors.Add(new(prefix + "bmi", Check.Show(input.BodyMassIndex), BmiRange, Check.Problem(input.BodyMassIndex)));
        }

        if (!Enum.IsDefined(input.Ethnicity))
        {
            errors.Add(new(prefix + "ethnicity", input.Ethnicity.ToString(), EthnicityTokens.Table.ValidValues, FieldError.NotAValidValue));
        }

        if (!Enum.IsDefined(input.Smoking))
        {
            errors.Add(new(prefix + "smoking", input.Smoking.ToString(), SmokingStatusTokens.Table.ValidValues, FieldError.NotAValidValue));
        }

        if (!Enum.IsDefined(input.Alcohol))
        {
            errors.Add(new(prefix + "alcohol", input.Alcohol.ToString(), AlcoholIntakeTokens.Table.ValidValues, FieldError.NotAValidValue));
        }

        if ((input.Factors & ~AllFactors) != 0)
        {
            errors.Add(new(prefix + "risk_factors", input.Factors.ToString(), RiskFactorCatalogue.Tokens.ValidValues, FieldError.NotAValidValue));
        }

        if (input.Years < 1 || input.Years > maximumYears)
        {
            errors.Add(new(prefix + "years", input.Years.ToString(CultureInfo.InvariantCulture), $"1 to {maximumYears}"));
        }

        return errors;
    }

    private static string BmiRange => Check.Range(MinimumBodyMassIndex, MaximumBodyMassIndex, "kg/m²");

    /// <summary>The allocation-free check the batch path runs on every row; <see cref="Validate(in QFractureInput, int, string)"/> explains failures.</summary>
    private static bool IsValid(in QFractureInput input, int maximumYears) =>
        (uint)input.Sex <= (uint)Sex.Male
        && (uint)(input.AgeYears - MinimumAge) <= MaximumAge - MinimumAge
        && input.BodyMassIndex >= MinimumBodyMassIndex && input.BodyMassIndex <= MaximumBodyMassIndex
        && (uint)(input.Ethnicity - Ethnicity.White) <= Ethnicity.Other - Ethnicity.White
        && (uint)input.Smoking <= (uint)SmokingStatus.Heavy
        && (uint)input.Alcohol <= (uint)AlcoholIntake.VeryHeavy
        && (input.Factors & ~AllFactors) == 0
        && (uint)(input.Years - 1) < (uint)maximumYears;

    private static void ThrowIfInvalid(in QFractureInput input, int maximumYears)
    {
        if (!IsValid(input, maximumYears))
        {
            throw new InvalidInputException(Validate(input, maximumYears, string.Empty));
        }
    }

    private static void CalculateBatch(ReadOnlySpan<QFractureInput> inputs, Span<QFractureResult> results, int maximumYears)
    {
        CheckLengths(inputs, results);
        List<FieldError>? errors = null;
        for (var i = 0; i < inputs.Length; i++)
        {
            if (!IsValid(inputs[i], maximumYears))
            {
                (errors ??= []).AddRange(Validate(inputs[i], maximumYears, $"inputs[{i.ToString(CultureInfo.InvariantCulture)}]."));
            }
        }

        if (errors is not null)
        {
            throw new InvalidInputException(errors);
        }

        QFractureKernel.Evaluate(inputs, results);
    }

    private static int TryCalculateBatch(ReadOnlySpan<QFractureInput> inputs, Span<QFractureResult> results, int maximumYears)
    {
        CheckLengths(inputs, results);
        var invalid = 0;
        var i = 0;
        while (i < inputs.Length)
        {
            var start = i;
            while (i < inputs.Length && IsValid(inputs[i], maximumYears))
            {
                i++;
            }

            QFractureKernel.Evaluate(inputs[start..i], results[start..i]);
            if (i < inputs.Length)
            {
                results[i] = new(double.NaN, double.NaN, inputs[i].Years);
                invalid++;
                i++;
            }
        }

        return invalid;
    }

    private static void CheckLengths(ReadOnlySpan<QFractureInput> inputs, Span<QFractureResult> results)
    {
        if (results.Length < inputs.Length)
        {
            throw new ArgumentException(
                $"results holds {results.Length} entries but inputs holds {inputs.Length}; give at least one result per input.",
                nameof(results));
        }
    }
}
