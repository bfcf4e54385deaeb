using System.Globalization;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Validation;

namespace BoneBalance.Core.People;

/// <summary>
/// A person as the risk models and reference populations see them. Created only through
/// <see cref="Create"/>, which checks every field once and reports all problems together; after that the
/// core trusts it. Model-specific limits (QFracture's age 30–100, BMI 20–40) are checked by each model.
/// </summary>
public sealed record PersonProfile
{
    /// <summary>Youngest age accepted (years): BoneBalance is for adults.</summary>
    public const int MinimumAge = 18;

    /// <summary>Oldest age accepted (years).</summary>
    public const int MaximumAge = 120;

    /// <summary>
    /// Largest difference (kg/m²) allowed between a given BMI and the BMI computed from the height and weight given
    /// with it. Why 0.5: reported heights and weights are rounded, and rounding alone moves the computed BMI. BMI
    /// goes with 1/height², so rounding to the nearest centimetre at 160 cm changes it by up to ±1.25 % (±0.31 kg/m²
    /// at BMI 25), to the nearest half inch at 63 in by up to ±1.6 % (±0.4); rounding weight to the nearest kilogram
    /// at 64 kg adds up to ±0.8 % (±0.2). 0.5 kg/m² lets such rounding through and still catches a BMI that belongs
    /// to another person or another time. A data-consistency rule of BoneBalance's own, not a clinical threshold.
    /// </summary>
    public const double BmiAgreementTolerance = 0.5;

    private PersonProfile(
        int ageYears,
        Sex sex,
        MenopausalStatus menopausalStatus,
        Length? height,
        Mass? weight,
        BodyMassIndex? bodyMassIndex,
        Ethnicity ethnicity,
        SmokingStatus smoking,
        AlcoholIntake alcohol,
        RiskFactors riskFactors)
    {
        AgeYears = ageYears;
        Sex = sex;
        MenopausalStatus = menopausalStatus;
        Height = height;
        Weight = weight;
        BodyMassIndex = bodyMassIndex;
        Ethnicity = ethnicity;
        Smoking = smoking;
        Alcohol = alcohol;
        RiskFactors = riskFactors;
    }

    /// <summary>Age in completed years.</summary>
    public int AgeYears { get; }

    /// <summary>Sex.</summary>
    public Sex Sex { get; }

    /// <summary>Menopausal status as stated (<see cref="MenopausalStatus.NotApplicable"/> for men).</summary>
    public MenopausalStatus MenopausalStatus { get; }

    /// <summary>Height, when known.</summary>
    public Length? Height { get; }

    /// <summary>Weight, when known.</summary>
    public Mass? Weight { get; }

    /// <summary>BMI: as given, or computed from height and weight; null when neither was given.</summary>
    public BodyMassIndex? BodyMassIndex { get; }

    /// <summary>Ethnic group.</summary>
    public Ethnicity Ethnicity { get; }

    /// <summary>Smoking status.</summary>
    public SmokingStatus Smoking { get; }

    /// <summary>Alcohol intake.</summary>
    public AlcoholIntake Alcohol { get; }

    /// <summary>Risk factors present.</summary>
    public RiskFactors RiskFactors { get; }

    /// <summary>
    /// True when DXA results should be read with T-scores and the WHO categories: postmenopausal or
    /// perimenopausal women, and men aged 50 or over (ISCD 2019/2023). When a woman's status is unknown,
    /// age 50 or over is taken as postmenopausal.
    /// </summary>
    public bool UsesTScores => Sex switch
    {
        Sex.Male => AgeYears >= 50,
        _ => MenopausalStatus switch
        {
            MenopausalStatus.Postmenopausal or MenopausalStatus.Perimenopausal => true,
            MenopausalStatus.Premenopausal => false,
            _ => AgeYears >= 50,
        },
    };

    /// <summary>True when the flag is set.</summary>
    public bool Has(RiskFactors factor) => (RiskFactors & factor) == factor;

    /// <summary>
    /// Checks and creates a profile. BMI is taken as given when <paramref name="bodyMassIndex"/> is set,
    /// otherwise computed from height and weight when both are known. When all three are given, the BMI must agree
    /// with height and weight within <see cref="BmiAgreementTolerance"/>. Every problem found is reported in one
    /// <see cref="InvalidInputException"/>.
    /// </summary>
    /// <exception cref="InvalidInputException">A field is out of range or the fields contradict each other.</exception>
    public static PersonProfile Create(
        int ageYears,
        Sex sex,
        MenopausalStatus menopausalStatus = MenopausalStatus.Unknown,
        Length? height = null,
        Mass? weight = null,
        BodyMassIndex? bodyMassIndex = null,
        Ethnicity ethnicity = Ethnicity.White,
        SmokingStatus smoking = SmokingStatus.Never,
        AlcoholIntake alcohol = AlcoholIntake.None,
        RiskFactors riskFactors = RiskFactors.None)
    {
        var errors = new List<FieldError>();
        if (ageYears is < MinimumAge or > MaximumAge)
        {
            errors.Add(new("age", ageYears.ToString(), $"{MinimumAge} to {MaximumAge} years"));
        }

        if (!Enum.IsDefined(sex))
        {
            errors.Add(new("sex", sex.ToString(), SexTokens.Table.ValidValues, FieldError.NotAValidValue));
        }

        if (sex == Sex.Male && menopausalStatus is not (MenopausalStatus.NotApplicable or MenopausalStatus.Unknown))
        {
            errors.Add(new("menopausal_status", MenopausalStatusTokens.Table.ToToken(menopausalStatus), "not_applicable for men", FieldError.ConflictsWith("sex male")));
        }

        if (sex == Sex.Female && menopausalStatus == MenopausalStatus.NotApplicable)
        {
            errors.Add(new("menopausal_status", "not_applicable", "unknown|premenopausal|perimenopausal|postmenopausal for women", FieldError.ConflictsWith("sex female")));
        }

        CheckDefined(errors, "ethnicity", ethnicity, EthnicityTokens.Table);
        CheckDefined(errors, "smoking", smoking, SmokingStatusTokens.Table);
        CheckDefined(errors, "alcohol", alcohol, AlcoholIntakeTokens.Table);

        var allFactors = RiskFactorCatalogue.All.Aggregate(RiskFactors.None, (all, f) => all | f.Factor);
        if ((riskFactors & ~allFactors) != 0)
        {
            errors.Add(new("risk_factors", riskFactors.ToString(), string.Join("|", RiskFactorCatalogue.Tokens.Tokens), FieldError.NotAValidValue));
        }

        var bmi = bodyMassIndex;
        if (height is { } h && weight is { } w)
        {
            try
            {
                var computed = Measures.BodyMassIndex.FromMassAndHeight(w, h);
                if (bmi is { } given && !Agrees(given.KilogramsPerSquareMetre, computed.KilogramsPerSquareMetre))
                {
                    errors.Add(BmiDisagreement(
                        given.KilogramsPerSquareMetre, computed.KilogramsPerSquareMetre,
                        // One decimal: a height given in inches is 160.02 cm, not a number to show to the tenth digit.
                        string.Create(CultureInfo.InvariantCulture, $"weight {w.Kilograms:0.#} kg and height {h.Centimetres:0.#} cm")));
                }

                bmi ??= computed;
            }
            catch (InvalidInputException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        var status = sex == Sex.Male ? MenopausalStatus.NotApplicable : menopausalStatus;
        return new PersonProfile(ageYears, sex, status, height, weight, bmi, ethnicity, smoking, alcohol, riskFactors);
    }

    /// <summary>
    /// True when a given BMI and the BMI computed from height and weight differ by at most
    /// <see cref="BmiAgreementTolerance"/> kg/m².
    /// </summary>
    public static bool Agrees(double givenBmi, double computedBmi) =>
        Math.Abs(givenBmi - computedBmi) <= BmiAgreementTolerance;

    /// <summary>
    /// The error for a given BMI that disagrees with height and weight (field <c>bmi</c>); <paramref name="source"/>
    /// names the height and weight as the person gave them (e.g. <c>height_cm 160 and weight_kg 90</c>).
    /// </summary>
    public static FieldError BmiDisagreement(double givenBmi, double computedBmi, string source) =>
        new(
            "bmi",
            $"{Check.Show(givenBmi)} (computed {computedBmi.ToString("0.0", CultureInfo.InvariantCulture)} from {source})",
            $"agree with height and weight within {Check.Show(BmiAgreementTolerance)} kg/m², or give only one of them",
            FieldError.ConflictsWith("height and weight"));

    /// <summary>Age in completed years on <paramref name="onDate"/> of someone born on <paramref name="birthDate"/>.</summary>
    /// <exception cref="InvalidInputException">The birth date is after the date of assessment.</exception>
    public static int AgeOn(DateOnly birthDate, DateOnly onDate)
    {
        if (birthDate > onDate)
        {
            throw new InvalidInputException("birth_date", birthDate.ToString("yyyy-MM-dd"), $"on or before {onDate:yyyy-MM-dd}");
        }

        // Compare month and day rather than adding years, so that someone born on 29 February turns a year
        // older on 1 March in common years (DateOnly.AddYears would move the birthday to 28 February).
        var age = onDate.Year - birthDate.Year;
        if (onDate.Month < birthDate.Month || (onDate.Month == birthDate.Month && onDate.Day < birthDate.Day))
        {
            age--;
        }

        return age;
    }

    private static void CheckDefined<T>(List<FieldError> errors, string field, T value, TokenTable<T> table)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            errors.Add(new(field, value.ToString(), table.ValidValues, FieldError.NotAValidValue));
        }
    }
}
