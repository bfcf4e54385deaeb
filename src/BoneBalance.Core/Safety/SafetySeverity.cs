namespace BoneBalance.Core.Safety;

/// <summary>
/// How serious a safety finding is, in increasing order: the numeric values sort findings, so a caller can ask
/// for "Warning or worse" with <c>severity &gt;= SafetySeverity.Warning</c>.
/// </summary>
public enum SafetySeverity
{
    /// <summary>Good to know; nothing to change (e.g. "apixaban does not interact with vitamin K").</summary>
    Info = 0,

    /// <summary>Take care in how something is done (spacing doses, checking a level, asking at the next visit).</summary>
    Caution = 1,

    /// <summary>A real risk for this person: change the plan or talk to a clinician before going on.</summary>
    Warning = 2,

    /// <summary>Do not do this without the prescriber or clinic supervising (e.g. vitamin K with warfarin).</summary>
    ContraindicatedWithoutSupervision = 3,
}
