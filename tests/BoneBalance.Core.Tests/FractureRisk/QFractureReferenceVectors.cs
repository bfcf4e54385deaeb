using System.Globalization;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.People;

namespace BoneBalance.Core.Tests.FractureRisk;

/// <summary>
/// One row of ReferenceData/qfracture2012_reference_vectors.csv: inputs scored by ClinRisk's own QFracture-2012 C
/// code (gcc -O2), see ReferenceData/QFRACTURE-VECTORS.md for the columns.
/// </summary>
public sealed record QFractureReferenceVector(
    int RowId,
    string Case,
    QFractureInput Input,
    bool Valid,
    double MajorOsteoporoticPercent,
    double HipPercent,
    string OracleErrorFields)
{
    public override string ToString() => $"row {RowId} ({Case}, {Input.Sex}, age {Input.AgeYears}, bmi {Input.BodyMassIndex}, surv {Input.Years})";
}

/// <summary>Reads the reference vectors once.</summary>
public static class QFractureReferenceVectors
{
    private static readonly (string Column, RiskFactors Factor)[] FlagColumns =
    [
        ("b_antidepressant", RiskFactors.Antidepressants),
        ("b_anycancer", RiskFactors.Cancer),
        ("b_asthmacopd", RiskFactors.AsthmaOrCopd),
        ("b_carehome", RiskFactors.CareHome),
        ("b_corticosteroids", RiskFactors.Corticosteroids),
        ("b_cvd", RiskFactors.CardiovascularDisease),
        ("b_dementia", RiskFactors.Dementia),
        ("b_endocrine", RiskFactors.EndocrineDisorder),
        ("b_epilepsy2", RiskFactors.EpilepsyOrAnticonvulsants),
        ("b_falls", RiskFactors.Falls),
        ("b_fracture4", RiskFactors.PriorFracture),
        ("b_hrt_oest", RiskFactors.Hrt),
        ("b_liver", RiskFactors.LiverDisease),
        ("b_malabsorption", RiskFactors.Malabsorption),
        ("b_parkinsons", RiskFactors.Parkinsons),
        ("b_ra_sle", RiskFactors.RaOrSle),
        ("b_renal", RiskFactors.KidneyDisease),
        ("b_type1", RiskFactors.Type1Diabetes),
        ("b_type2", RiskFactors.Type2Diabetes),
        ("fh_osteoporosis", RiskFactors.ParentalOsteoporosis),
    ];

    private static readonly Lazy<List<QFractureReferenceVector>> Rows = new(Load);

    public static IReadOnlyList<QFractureReferenceVector> All => Rows.Value;

    private static List<QFractureReferenceVector> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "ReferenceData", "qfracture2012_reference_vectors.csv");
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var column = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index);
        var rows = new List<QFractureReferenceVector>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var cells = line.Split(',');
            string Cell(string name) => cells[column[name]];
            int Int(string name) => int.Parse(Cell(name), CultureInfo.InvariantCulture);
            double Real(string name) => double.Parse(Cell(name), CultureInfo.InvariantCulture);

            var factors = RiskFactors.None;
            foreach (var (name, factor) in FlagColumns)
            {
                factors |= Int(name) switch
                {
                    0 => RiskFactors.None,
                    1 => factor,
                    var other => throw new InvalidDataException($"{name} = {other} on row {Cell("row_id")}"),
                };
            }

            var input = new QFractureInput(
                Cell("sex") switch { "female" => Sex.Female, "male" => Sex.Male, var s => throw new InvalidDataException(s) },
                Int("age"),
                Real("bmi"),
                (Ethnicity)Int("ethrisk"),
                (SmokingStatus)Int("smoke_cat"),
                (AlcoholIntake)Int("alcohol_cat6"),
                factors,
                Int("surv"));
            rows.Add(new(
                Int("row_id"),
                Cell("case"),
                input,
                Int("valid") == 1,
                Real("mof_percent_r17"),
                Real("hip_percent_r17"),
                Cell("oracle_error_fields")));
        }

        return rows;
    }
}
