using BoneBalance.Core.Evidence;

namespace BoneBalance.Core.Safety;

/// <summary>
/// One safety finding for one person.
/// </summary>
/// <param name="Code">A stable code from <see cref="SafetyFindingCodes"/>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What was found, in plain words for the person.</param>
/// <param name="Advice">What to do about it.</param>
/// <param name="Reason">What in the input triggered it, naming the medication, condition, lab value or supplement.</param>
/// <param name="Citations">The sources behind the rule (never empty).</param>
public sealed record SafetyFinding(
    string Code,
    SafetySeverity Severity,
    string Message,
    string Advice,
    string Reason,
    IReadOnlyList<Citation> Citations);
