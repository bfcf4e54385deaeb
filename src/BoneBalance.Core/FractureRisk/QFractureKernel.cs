using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using BoneBalance.Core.People;

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
/// The two equations of a sex travel together as two lanes (major osteoporotic, hip) and two people share a
/// <see cref="Vector256{T}"/>, so one vector <c>exp</c> serves four equations. A single person goes through the same
/// code with both halves filled by them; batch and single results agree to about 1e-13 percentage points (the
/// vector <c>exp</c> may round a lane's last bit differently depending on its neighbour). The rounding
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
        // The same code as the batch path, with the person in both halves, so that single and batch results agree on
        // every machine (Vector128 and Vector256 maths could take different routes where one is not accelerated).
        var risk = Risks(input, input);
        return new(risk.GetElement(0), risk.GetElement(1), input.Years);
    }

    /// <summary>Both risks for each valid input (years 1..18), two people per vector.</summary>
    internal static void Evaluate(ReadOnlySpan<QFractureInput> inputs, Span<QFractureResult> results)
    {
        ref var first = ref MemoryMarshal.GetReference(inputs);
        ref var output = ref MemoryMarshal.GetReference(results[..inputs.Length]);
        var i = 0;
        for (; i + 1 < inputs.Length; i += 2)
        {
            ref readonly var p = ref Unsafe.Add(ref first, i);
            ref readonly var q = ref Unsafe.Add(ref first, i + 1);
            var risk = Risks(p, q);
            Unsafe.Add(ref output, i) = new(risk.GetElement(0), risk.GetElement(1), p.Years);
            Unsafe.Add(ref output, i + 1) = new(risk.GetElement(2), risk.GetElement(3), q.Years);
        }

        if (i < inputs.Length)
        {
            Unsafe.Add(ref output, i) = Evaluate(Unsafe.Add(ref first, i));
        }
    }

    /// <summary>Risks in percent: lanes 0–1 major osteoporotic and hip for <paramref name="p"/>, lanes 2–3 for <paramref name="q"/>.</summary>
    /// <remarks>
    /// Optimised from the first call (unoptimised vector maths is many times slower, and a screening run is over
    /// before the JIT would tier it up); one compiled body serves every caller.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static Vector256<double> Risks(in QFractureInput p, in QFractureInput q)
    {
        var tp = TablesFor(p.Sex);
        var tq = TablesFor(q.Sex);
        var r = Vector256.Create(Vector128.Create(10.0 / p.BodyMassIndex), Vector128.Create(10.0 / q.BodyMassIndex));
        var a = Vector256.Create(tp.LinearPredictorWithoutBmi(p), tq.LinearPredictorWithoutBmi(q))
            + (Vector256.Create(tp.InverseWeight, tq.InverseWeight) * r)
            + (Vector256.Create(tp.InverseSquareWeight, tq.InverseSquareWeight) * (r * r))
            + (Vector256.Create(tp.InverseRootWeight, tq.InverseRootWeight) * Vector256.Sqrt(r));
        var logSurvivor = Vector256.Create(tp.LogSurvivorAt(p.Years), tq.LogSurvivorAt(q.Years));
        return Vector256.Create(100.0) * (Vector256<double>.One - Vector256.Exp(Vector256.Exp(a) * logSurvivor));
    }

    /// <summary>The caller has validated <paramref name="sex"/>, so the index is not checked again.</summary>
    private static SexTables TablesFor(Sex sex) =>
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Tables), (int)sex);

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

        /// <summary>ln S0 for a validated horizon (1..18).</summary>
        internal Vector128<double> LogSurvivorAt(int years) => At(LogSurvivor, years);

        /// <summary>
        /// Everything but the BMI terms, for a validated input. Indices are not checked again: validation guarantees
        /// them, and the batch path is where the time goes.
        /// </summary>
        internal Vector128<double> LinearPredictorWithoutBmi(in QFractureInput input)
        {
            var flags = (int)input.Factors;
            return At(_age, input.AgeYears - MinimumAge)
                + At(_categories, ((((int)input.Ethnicity * AlcoholLevels) + (int)input.Alcohol) * SmokingLevels) + (int)input.Smoking)
                + At(_flagsLow, flags & 0xFF)
                + At(_flagsMiddle, (flags >> 8) & 0xFF)
                + At(_flagsHigh, (flags >> 16) & 0xFF);
        }

        private static Vector128<double> At(Vector128<double>[] table, int index)
        {
            Debug.Assert((uint)index < (uint)table.Length, "validated input");
            return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(table), index);
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
