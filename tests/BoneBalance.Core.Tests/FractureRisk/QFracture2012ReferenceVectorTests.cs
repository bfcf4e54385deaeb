using System.Text;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Validation;
using Xunit.Abstractions;

namespace BoneBalance.Core.Tests.FractureRisk;

/// <summary>
/// Every one of the 1,372 rows scored by ClinRisk's QFracture-2012 C code must be reproduced: valid rows within
/// 1e-9 percentage points (the tolerance the vectors' README recommends), invalid rows refused with the same fields.
/// Each fact collects all mismatches so that a failure lists every bad row at once.
/// </summary>
public sealed class QFracture2012ReferenceVectorTests(ITestOutputHelper output)
{
    /// <summary>Absolute tolerance in percentage points.</summary>
    private const double Tolerance = 1e-9;

    private static IEnumerable<QFractureReferenceVector> ValidRows => QFractureReferenceVectors.All.Where(v => v.Valid);

    private static IEnumerable<QFractureReferenceVector> InvalidRows => QFractureReferenceVectors.All.Where(v => !v.Valid);

    [Fact]
    public void The_file_holds_all_rows_of_every_case()
    {
        var counts = QFractureReferenceVectors.All.GroupBy(v => v.Case).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(1372, QFractureReferenceVectors.All.Count);
        Assert.Equal(800, counts["in_range"]);
        Assert.Equal(20, counts["boundary"]);
        Assert.Equal(30, counts["ignored_flags"]);
        Assert.Equal(100, counts["bmi_out_of_range"]);
        Assert.Equal(50, counts["age_out_of_range"]);
        Assert.Equal(300, counts["surv5_subset"]);
        Assert.Equal(72, counts["surv_sweep"]);
        Assert.Contains(ValidRows, v => v.Input.Years > QFracture2012.MaximumYears);
    }

    [Fact]
    public void Valid_rows_match_through_the_single_entry_points()
    {
        var mismatches = new Mismatches(output);
        foreach (var v in ValidRows)
        {
            var result = v.Input.Years <= QFracture2012.MaximumYears
                ? QFracture2012.Calculate(v.Input)
                : QFracture2012.CalculateUpToSurvivorYear18(v.Input);
            mismatches.Check(v, result);
        }

        mismatches.AssertNone();
    }

    [Fact]
    public void Valid_rows_match_through_the_batch_path()
    {
        var rows = ValidRows.ToArray();
        var inputs = rows.Select(v => v.Input).ToArray();
        var results = new QFractureResult[inputs.Length];
        QFracture2012.CalculateBatchUpToSurvivorYear18(inputs, results);

        var mismatches = new Mismatches(output);
        for (var i = 0; i < rows.Length; i++)
        {
            mismatches.Check(rows[i], results[i]);
        }

        mismatches.AssertNone();
    }

    [Fact]
    public void Valid_rows_up_to_10_years_match_through_the_public_batch_paths()
    {
        var rows = ValidRows.Where(v => v.Input.Years <= QFracture2012.MaximumYears).ToArray();
        var inputs = rows.Select(v => v.Input).ToArray();
        var results = new QFractureResult[inputs.Length];
        var tried = new QFractureResult[inputs.Length];
        QFracture2012.CalculateBatch(inputs, results);
        Assert.Equal(0, QFracture2012.TryCalculateBatch(inputs, tried));

        var mismatches = new Mismatches(output);
        for (var i = 0; i < rows.Length; i++)
        {
            mismatches.Check(rows[i], results[i]);
            mismatches.Check(rows[i], tried[i]);
        }

        mismatches.AssertNone();
    }

    [Fact]
    public void Valid_rows_match_through_the_literal_pow_transcription()
    {
        var mismatches = new Mismatches(output);
        foreach (var v in ValidRows)
        {
            mismatches.Check(v, QFracture2012Reference.Calculate(v.Input, v.Input.Years));
        }

        mismatches.AssertNone();
    }

    [Fact]
    public void Invalid_rows_are_refused_naming_the_fields_the_oracle_names()
    {
        var problems = new StringBuilder();
        var rows = InvalidRows.ToArray();
        Assert.NotEmpty(rows);
        foreach (var v in rows)
        {
            var expected = v.OracleErrorFields.Split(';');
            var validated = QFracture2012.Validate(v.Input).Select(e => e.Field).ToArray();
            var thrown = Assert.Throws<InvalidInputException>(() => QFracture2012.Calculate(v.Input)).Errors.Select(e => e.Field).ToArray();
            if (!expected.SequenceEqual(validated) || !expected.SequenceEqual(thrown))
            {
                problems.AppendLine($"{v}: oracle [{v.OracleErrorFields}], Validate [{string.Join(';', validated)}], Calculate [{string.Join(';', thrown)}]");
            }
        }

        Assert.True(problems.Length == 0, problems.ToString());
    }

    [Fact]
    public void Invalid_rows_are_refused_by_the_batch_paths()
    {
        var all = QFractureReferenceVectors.All.Where(v => v.Input.Years <= QFracture2012.MaximumYears).ToArray();
        var inputs = all.Select(v => v.Input).ToArray();
        var results = new QFractureResult[inputs.Length];

        var error = Assert.Throws<InvalidInputException>(() => QFracture2012.CalculateBatch(inputs, results));
        var expectedFields = all
            .Select((v, i) => (v, i))
            .Where(x => !x.v.Valid)
            .SelectMany(x => x.v.OracleErrorFields.Split(';').Select(f => $"inputs[{x.i}].{f}"));
        Assert.Equal(expectedFields, error.Errors.Select(e => e.Field));

        var invalid = QFracture2012.TryCalculateBatch(inputs, results);
        Assert.Equal(all.Count(v => !v.Valid), invalid);
        var mismatches = new Mismatches(output);
        for (var i = 0; i < all.Length; i++)
        {
            if (all[i].Valid)
            {
                mismatches.Check(all[i], results[i]);
            }
            else if (!double.IsNaN(results[i].MajorOsteoporoticPercent) || !double.IsNaN(results[i].HipPercent))
            {
                mismatches.Add($"{all[i]}: invalid row scored {results[i]}");
            }
        }

        mismatches.AssertNone();
    }

    /// <summary>Collects readable mismatch lines.</summary>
    private sealed class Mismatches(ITestOutputHelper output)
    {
        private readonly List<string> _lines = [];
        private double _largest;
        private int _compared;

        public void Check(QFractureReferenceVector v, QFractureResult result)
        {
            if (result.Years != v.Input.Years)
            {
                Add($"{v}: horizon {result.Years}");
            }

            Compare(v, "major osteoporotic", v.MajorOsteoporoticPercent, result.MajorOsteoporoticPercent);
            Compare(v, "hip", v.HipPercent, result.HipPercent);
        }

        public void Add(string line) => _lines.Add(line);

        public void AssertNone()
        {
            output.WriteLine($"{_compared} values compared; largest absolute difference {_largest:E2} percentage points.");
            Assert.True(_lines.Count == 0, $"{_lines.Count} mismatches:{Environment.NewLine}{string.Join(Environment.NewLine, _lines.Take(50))}");
        }

        private void Compare(QFractureReferenceVector v, string outcome, double expected, double actual)
        {
            _compared++;
            _largest = Math.Max(_largest, Math.Abs(expected - actual));
            if (!(Math.Abs(expected - actual) <= Tolerance))
            {
                Add($"{v}: {outcome} expected {expected:R}, got {actual:R} (difference {actual - expected:E2})");
            }
        }
    }
}
