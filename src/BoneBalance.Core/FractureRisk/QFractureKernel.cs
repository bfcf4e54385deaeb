using System.Runtime.Intrinsics;

namespace BoneBalance.Core.FractureRisk;

/// <summary>
/// The fast evaluation of QFracture-2012 for already validated input. Same formula as
/// <see cref="QFracture2012Reference"/>, rearranged so that no <c>pow</c> is left:
/// <list type="bullet">
/// <item>everything that depends on age, the three categories and the yes/no factors is read from tables built once
/// from the <see cref="QFractureEquation"/> coefficients (age is a whole number 30..100, so its fractional polynomial
/// terms, including the men's <c>x³·ln x</c>, take 71 entries);</item>
/// <item>the BMI terms use <c>r = 10/bmi</c> (= <c>(bmi/10)^-1</c>), <c>r·r</c> (= <c>^-2</c>) and <c>√r</c>
/// (= <c>^-0.5</c>), with their centring constants folded into the age table;</item>
/// <item><c>S0^exp(a)</c> is computed as <c>exp(exp(a)·ln S0)</c> with <c>ln S0</c> tabulated per horizon.</item>
/// </list>
/// The two equations of a sex travel together as the two lanes of a <see cref="Vector128{T}"/>
/// (lane 0 major osteoporotic, lane 1 hip); the batch path puts two people in a <see cref="Vector256{T}"/>. Both use
/// the same lane-wise operations in the same order, so batch and single results are bit-for-bit equal. The rounding
/// differs from the C code only in the last bits (tests hold it to 1e-9 percentage points against ClinRisk's output).
/// </summary>
internal static class QFractureKernel
{
    /// <summary>The youngest age the tables cover (QFracture's lower validity limit).</summary>
    internal const int MinimumAge = 30;

    /// <summary>The oldest age the tables cover (QFracture's upper validity limit).</summary>
    internal const int MaximumAge = 100;

    /// <summary>The longest horizon ClinRisk's survivor arrays hold.</summary>
    internal const int MaximumSurvivorYear = 18;

    private static readonly SexTables[] Tables =
    [
        new(QFracture2012Female.MajorOsteoporotic, QFracture2012Female.Hip),
        new(QFracture2012Male.MajorOsteoporotic, QFracture2012Male.Hip),
    ];

    /// <summary>Both risks for one valid input (years 1..18).</summary>
    internal static QFractureResult Evaluate(in QFractureInput input)
    {
        var t = Tables[(int)input.Sex];
        var r = Vector128.Create(10.0 / input.BodyMassIndex);
        var a = t.LinearPredictorWithoutBmi(input)
            + (t.InverseWeight * r)
            + (t.InverseSquareWeight * (r * r))
            + (t.InverseRootWeight * Vector128.Sqrt(r));
        var risk = Vector128.Create(100.0) * (Vector128<double>.One - Vector128.Exp(Vector128.Exp(a) * t.LogSurvivor[input.Years]));
        return new(risk.GetElement(0), risk.GetElement(1), input.Years);
    }

    /// <summary>Both risks for each valid input (years 1..18), two people per vector.</summary>
    internal static void Evaluate(ReadOnlySpan<QFractureInput> inputs, Span<QFractureResult> results)
    {
        var i = 0;
        for (; i + 1 < inputs.Length; i += 2)
        {
            ref readonly var p = ref inputs[i];
            ref readonly var q = ref inputs[i + 1];
            var tp = Tables[(int)p.Sex];
            var tq = Tables[(int)q.Sex];
            var r = Vector256.Create(Vector128.Create(10.0 / p.BodyMassIndex), Vector128.Create(10.0 / q.BodyMassIndex));
            var a = Vector256.Create(tp.LinearPredictorWithoutBmi(p), tq.LinearPredictorWithoutBmi(q))
                + (Vector256.Create(tp.InverseWeight, tq.InverseWeight) * r)
                + (Vector256.Create(tp.InverseSquareWeight, tq.InverseSquareWeight) * (r * r))
                + (Vector256.Create(tp.InverseRootWeight, tq.InverseRootWeight) * Vector256.Sqrt(r));
            var logSurvivor = Vector256.Create(tp.LogSurvivor[p.Years], tq.LogSurvivor[q.Years]);
            var risk = Vector256.Create(100.0) * (Vector256<double>.One - Vector256.Exp(Vector256.Exp(a) * logSurvivor));
            results[i] = new(risk.GetElement(0), risk.GetElement(1), p.Years);
            results[i + 1] = new(risk.GetElement(2), risk.GetElement(3), q.Years);
        }

        if (i < inputs.Length)
        {
            results[i] = Evaluate(inputs[i]);
        }
    }

    /// <summary>One sex's two equations, precomputed; lane 0 major osteoporotic, lane 1 hip.</summary>
    private sealed class SexTables
    {
        private const int AlcoholLevels = 6;
        private const int SmokingLevels = 5;
        private const int EthnicityCodes = 10;

        private readonly Vector128<double>[] _age;
        private readonly Vector128<double>[] _categories;
        private readonly Vector128<double>[] _flagsLow;
        private readonly Vector128<double>[] _flagsMiddle;
        private readonly Vector128<double>[] _flagsHigh;

        internal SexTables(QFractureEquation majorOsteoporotic, QFractureEquation hip)
        {
            QFractureEquation[] equations = [majorOsteoporotic, hip];
            _age = Build(MaximumAge - MinimumAge + 1, (e, i) => AgePart(e, MinimumAge + i));
            _categories = Build(EthnicityCodes * AlcoholLevels * SmokingLevels, (e, i) =>
                e.Alcohol[i / SmokingLevels % AlcoholLevels] + e.Ethnicity[i / (SmokingLevels * AlcoholLevels)] + e.Smoking[i % SmokingLevels]);
            _flagsLow = Build(256, (e, i) => FlagsPart(e, i));
            _flagsMiddle = Build(256, (e, i) => FlagsPart(e, i << 8));
            _flagsHigh = Build(256, (e, i) => FlagsPart(e, i << 16));
            InverseWeight = Pair(e => BmiWeight(e, -1));
            InverseSquareWeight = Pair(e => BmiWeight(e, -2));
            InverseRootWeight = Pair(e => BmiWeight(e, -0.5));
            LogSurvivor = Build(MaximumSurvivorYear + 1, (e, i) => Math.Log(e.Survivor[i]));

            foreach (var e in equations)
            {
                if (e.BmiTerms.Any(t => t.TimesLog || t.Power is not (-1 or -2 or -0.5)))
                {
                    throw new InvalidOperationException($"{e.SourceFile}: a BMI term the fast path does not know.");
                }
            }

            Vector128<double>[] Build(int length, Func<QFractureEquation, int, double> value)
            {
                var table = new Vector128<double>[length];
                for (var i = 0; i < length; i++)
                {
                    table[i] = Vector128.Create(value(majorOsteoporotic, i), value(hip, i));
                }

                return table;
            }

            Vector128<double> Pair(Func<QFractureEquation, double> value) =>
                Vector128.Create(value(majorOsteoporotic), value(hip));
        }

        /// <summary>Coefficient of <c>r^(−power)</c>, summed over the equation's BMI terms.</summary>
        internal Vector128<double> InverseWeight { get; }

        internal Vector128<double> InverseSquareWeight { get; }

        internal Vector128<double> InverseRootWeight { get; }

        /// <summary><c>ln S0[surv]</c> by horizon; index 0 (S0 = 0) is never used.</summary>
        internal Vector128<double>[] LogSurvivor { get; }

        internal Vector128<double> LinearPredictorWithoutBmi(in QFractureInput input)
        {
            var flags = (int)input.Factors;
            return _age[input.AgeYears - MinimumAge]
                + _categories[((((int)input.Ethnicity * AlcoholLevels) + (int)input.Alcohol) * SmokingLevels) + (int)input.Smoking]
                + _flagsLow[flags & 0xFF]
                + _flagsMiddle[(flags >> 8) & 0xFF]
                + _flagsHigh[(flags >> 16) & 0xFF];
        }

        /// <summary>The centred age terms, minus the BMI centring constants (which do not depend on the person).</summary>
        private static double AgePart(QFractureEquation e, int age)
        {
            var x = age / 10.0;
            var sum = 0.0;
            foreach (var term in e.AgeTerms)
            {
                var value = Power(x, term.Power);
                if (term.TimesLog)
                {
                    value *= Math.Log(x);
                }

                sum += (value - term.Centre) * term.Coefficient;
            }

            foreach (var term in e.BmiTerms)
            {
                sum -= term.Centre * term.Coefficient;
            }

            return sum;
        }

        private static double FlagsPart(QFractureEquation e, int flags)
        {
            var sum = 0.0;
            foreach (var (factor, coefficient) in e.Booleans)
            {
                if ((flags & (int)factor) != 0)
                {
                    sum += coefficient;
                }
            }

            return sum;
        }

        private static double BmiWeight(QFractureEquation e, double power) =>
            e.BmiTerms.Where(t => t.Power == power).Sum(t => t.Coefficient);

        /// <summary>The fractional polynomial powers QFracture uses, by exact algebra rather than <c>pow</c>.</summary>
        private static double Power(double x, double power) => power switch
        {
            0.5 => Math.Sqrt(x),
            1 => x,
            2 => x * x,
            3 => x * x * x,
            _ => throw new InvalidOperationException($"Fractional polynomial power {power} is not used by QFracture-2012."),
        };
    }
}
