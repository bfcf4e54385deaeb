namespace BoneBalance.Reporting.Pdf;

/// <summary>A notice the clinician report prints under its title (<see cref="ReportOptions.Notice"/>).</summary>
/// <param name="Text">The words.</param>
/// <param name="Warning">True to print it in bold with a loud margin bar (something the reader must not miss).</param>
public sealed record ReportNotice(string Text, bool Warning);
