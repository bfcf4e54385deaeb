using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BoneBalance.Cli.Csv;
using BoneBalance.Cli.Screening;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.People;
using BoneBalance.Core.Validation;

namespace BoneBalance.Benchmarks;

/// <summary>
/// The hand-written routines of <c>screen</c>'s plain-row path beside the library routines they replace, in one run,
/// per item (OperationsPerInvoke): the shortest round-trip text of 1,024 QFracture risks (framework "R" vs
/// <see cref="ShortestRoundTrip"/>), the digits of 1,024 integers (framework vs <see cref="DecimalDigits"/>), splitting
/// 1,024 generated lines into fields (<see cref="Utf8CsvReader"/> vs <see cref="Utf8LineSplitter"/>) and reading them
/// into rows (<see cref="ScreenRowParser"/>, on <c>Utf8Parser</c> and the token tables, vs <see cref="PlainRowParser"/>).
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ScreenFormatBenchmarks
{
    private const int Items = 1024;

    private readonly double[] _risks = new double[Items];
    private readonly ulong[] _integers = new ulong[Items];
    private readonly byte[] _output = new byte[64];
    private readonly int[] _starts = new int[64];
    private readonly int[] _lengths = new int[64];
    private readonly int[] _lineStarts = new int[Items + 1];
    private readonly List<FieldError> _errors = [];
    private byte[] _lines = [];
    private byte[] _file = [];
    private ScreenColumns _columns = null!;
    private PlainRowParser _plain = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bonebalance-format-bench-{Environment.ProcessId}.csv");
        PopulationGenerator.Write(path, Items);
        _file = File.ReadAllBytes(path);
        File.Delete(path);

        var headerEnd = Array.IndexOf(_file, (byte)'\n') + 1;
        _lines = new byte[_file.Length - headerEnd + 64];
        _file.AsSpan(headerEnd).CopyTo(_lines);
        for (int i = 0, at = 0; i < Items; i++)
        {
            _lineStarts[i] = at;
            at += Array.IndexOf(_lines, (byte)'\n', at) - at + 1;
            _lineStarts[i + 1] = at;
        }

        using (var reader = new Utf8CsvReader(new MemoryStream(_file)))
        {
            _columns = ScreenColumns.FromHeader(reader, allowUnknownColumns: false);
        }

        _plain = new PlainRowParser(_columns);
        var random = new Random(20261207);
        var inputs = new QFractureInput[Items];
        for (var i = 0; i < Items; i++)
        {
            inputs[i] = new((Sex)random.Next(2), random.Next(30, 101), 20 + (random.NextDouble() * 20), (Ethnicity)random.Next(1, 10),
                (SmokingStatus)random.Next(5), (AlcoholIntake)random.Next(6), (RiskFactors)(random.Next(1 << 20) & random.Next(1 << 20)));
            _integers[i] = (ulong)random.NextInt64(1, 100_000_000_000_000_000);
        }

        var results = new QFractureResult[Items];
        QFracture2012.CalculateBatch(inputs, results);
        for (var i = 0; i < Items; i++)
        {
            _risks[i] = i % 2 == 0 ? results[i].MajorOsteoporoticPercent : results[i].HipPercent;
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Items)]
    [BenchmarkCategory("risk as shortest round-trip text")]
    public int Framework_R_format()
    {
        var total = 0;
        foreach (var risk in _risks)
        {
            risk.TryFormat(_output, out var written, "R", CultureInfo.InvariantCulture);
            total += written;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Items)]
    [BenchmarkCategory("risk as shortest round-trip text")]
    public int ShortestRoundTrip_format()
    {
        var total = 0;
        foreach (var risk in _risks)
        {
            ShortestRoundTrip.TryFormat(risk, _output, out var written);
            total += written;
        }

        return total;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Items)]
    [BenchmarkCategory("integer digits")]
    public int Framework_integer_format()
    {
        var total = 0;
        foreach (var value in _integers)
        {
            value.TryFormat(_output, out var written, default, CultureInfo.InvariantCulture);
            total += written;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Items)]
    [BenchmarkCategory("integer digits")]
    public int DecimalDigits_write()
    {
        var total = 0;
        foreach (var value in _integers)
        {
            var count = DecimalDigits.Count(value);
            DecimalDigits.Write(value, _output.AsSpan(0, count));
            total += count;
        }

        return total;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Items)]
    [BenchmarkCategory("split lines into fields")]
    public int Reader_records()
    {
        using var reader = new Utf8CsvReader(new MemoryStream(_file));
        var fields = 0;
        while (reader.Read())
        {
            fields += reader.FieldCount;
        }

        return fields;
    }

    [Benchmark(OperationsPerInvoke = Items)]
    [BenchmarkCategory("split lines into fields")]
    public int LineSplitter_lines()
    {
        var fields = 0;
        var end = _lineStarts[Items];
        for (var at = 0; at < end;)
        {
            fields += Utf8LineSplitter.Split(_lines, at, end, _starts, _lengths, out at);
        }

        return fields;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Items)]
    [BenchmarkCategory("read fields into a row")]
    public int ScreenRowParser_rows()
    {
        var valid = 0;
        for (var i = 0; i < Items; i++)
        {
            var count = Utf8LineSplitter.Split(_lines, _lineStarts[i], _lineStarts[Items], _starts, _lengths, out _);
            _errors.Clear();
            if (ScreenRowParser.TryParse(new Utf8CsvRecord(_lines, _starts.AsSpan(0, count), _lengths.AsSpan(0, count)), _columns, out _, _errors))
            {
                valid++;
            }
        }

        return valid;
    }

    [Benchmark(OperationsPerInvoke = Items)]
    [BenchmarkCategory("read fields into a row")]
    public int PlainRowParser_rows()
    {
        var valid = 0;
        for (var i = 0; i < Items; i++)
        {
            var count = Utf8LineSplitter.Split(_lines, _lineStarts[i], _lineStarts[Items], _starts, _lengths, out _);
            if (_plain.TryParse(_lines, _starts.AsSpan(0, count), _lengths.AsSpan(0, count), out _))
            {
                valid++;
            }
        }

        return valid;
    }
}
