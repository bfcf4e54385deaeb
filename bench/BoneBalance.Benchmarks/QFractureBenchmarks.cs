using BenchmarkDotNet.Attributes;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.People;

namespace BoneBalance.Benchmarks;

/// <summary>
/// QFracture-2012, all four equations (both outcomes for each person) over 10 years for 10,000 pre-generated in-range
/// people. Times are per person (OperationsPerInvoke). Baseline: the literal <c>Math.Pow</c> transcription of
/// ClinRisk's C code, without validation; the other two validate every person.
/// </summary>
[MemoryDiagnoser]
public class QFractureBenchmarks
{
    private const int People = 10_000;

    private readonly QFractureInput[] _inputs = new QFractureInput[People];
    private readonly QFractureResult[] _results = new QFractureResult[People];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20120522);
        for (var i = 0; i < People; i++)
        {
            var factors = RiskFactors.None;
            for (var bit = 0; bit < 20; bit++)
            {
                if (random.NextDouble() < 0.15)
                {
                    factors |= (RiskFactors)(1 << bit);
                }
            }

            _inputs[i] = new(
                random.Next(2) == 0 ? Sex.Female : Sex.Male,
                random.Next(30, 101),
                20 + (random.Next(20_001) / 1000.0),
                (Ethnicity)random.Next(1, 10),
                (SmokingStatus)random.Next(0, 5),
                (AlcoholIntake)random.Next(0, 6),
                factors);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = People)]
    public double LiteralPowTranscription()
    {
        var sum = 0.0;
        foreach (ref readonly var input in _inputs.AsSpan())
        {
            var r = QFracture2012Reference.Calculate(input, 10);
            sum += r.MajorOsteoporoticPercent + r.HipPercent;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = People)]
    public double FastScalar()
    {
        var sum = 0.0;
        foreach (ref readonly var input in _inputs.AsSpan())
        {
            var r = QFracture2012.Calculate(input);
            sum += r.MajorOsteoporoticPercent + r.HipPercent;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = People)]
    public QFractureResult Batch()
    {
        QFracture2012.CalculateBatch(_inputs, _results);
        return _results[^1];
    }

    /// <summary>The batch kernel alone, without the validation pass, to show what validation costs.</summary>
    [Benchmark(OperationsPerInvoke = People)]
    public QFractureResult BatchKernelWithoutValidation()
    {
        QFractureKernel.Evaluate(_inputs, _results);
        return _results[^1];
    }

    [Benchmark(OperationsPerInvoke = People)]
    public int TryBatch() => QFracture2012.TryCalculateBatch(_inputs, _results);
}
