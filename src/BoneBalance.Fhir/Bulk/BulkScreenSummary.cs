namespace BoneBalance.Fhir.Bulk;

/// <summary>How a <c>screen --fhir</c> run went: the figures of the summary printed at its end.</summary>
public sealed class BulkScreenSummary
{
    /// <summary>Rows written (one per Patient).</summary>
    public long Patients { get; internal set; }

    /// <summary>Patients assessed.</summary>
    public long Assessed { get; internal set; }

    /// <summary>Patients refused, by refusal code (deceased, under-18…).</summary>
    public SortedDictionary<string, long> Refused { get; } = new(StringComparer.Ordinal);

    /// <summary>Patients meeting each treatment threshold (<c>guideline: criterion</c>).</summary>
    public SortedDictionary<string, long> ThresholdsMet { get; } = new(StringComparer.Ordinal);

    /// <summary>Patients taking a vitamin K antagonist (a VKA_ finding).</summary>
    public long VitaminKAntagonistUsers { get; internal set; }

    /// <summary>Malformed lines skipped, and the first ones (file:line: reason).</summary>
    public long MalformedLines { get; internal set; }

    /// <summary>The first malformed lines.</summary>
    public IReadOnlyList<BulkMalformedLine> Malformed { get; internal set; } = [];

    /// <summary>Files read.</summary>
    public int FilesRead { get; internal set; }

    /// <summary>Bytes of the files read, as stored (compressed for .gz).</summary>
    public long BytesRead { get; internal set; }

    /// <summary>Files not opened (resource types the mapping does not read).</summary>
    public IReadOnlyList<string> FilesSkipped { get; internal set; } = [];

    /// <summary>Resources about an id that has no Patient in the export (no row: nobody to assess).</summary>
    public long WithoutPatient { get; internal set; }

    /// <summary>Resources without a subject that names a Patient.</summary>
    public long WithoutSubject { get; internal set; }

    /// <summary>Patient resources with an id read before (the first one is used).</summary>
    public long RepeatedPatients { get; internal set; }

    /// <summary>Bytes of every patient's facts kept until assessed, packed (<c>PackedFacts</c>), at the end of reading.</summary>
    public long PackedFactBytes { get; internal set; }

    /// <summary>Bytes held for the packed facts, with each patient's room to grow.</summary>
    public long HeldFactBytes { get; internal set; }

    /// <summary>Distinct strings and concepts (codes with their displays) of the export held once for every patient.</summary>
    public int SharedCodes { get; internal set; }
}
