using System.Text.Json.Serialization;

namespace BoneBalance.Fhir.CdsHooks;

/// <summary>
/// One card (CDS Hooks 2.0 "Card Attributes"). The constructor enforces what the specification requires of a card:
/// a summary of at most <see cref="MaxSummaryLength"/> characters, a source with a label, and a
/// <see cref="SelectionBehavior"/> whenever there are suggestions.
/// </summary>
public sealed record CdsCard
{
    /// <summary>The longest summary, in characters (the specification: "&lt;140-character summary").</summary>
    public const int MaxSummaryLength = 140;

    /// <summary>Creates a card, refusing one the specification does not allow.</summary>
    /// <exception cref="ArgumentException">The summary is empty or longer than <see cref="MaxSummaryLength"/>, or there
    /// are suggestions without a selection behaviour.</exception>
    [JsonConstructor]
    public CdsCard(string summary, CdsIndicator indicator, CdsSource source, string? uuid = null, string? detail = null,
        IReadOnlyList<CdsSuggestion>? suggestions = null, string? selectionBehavior = null,
        IReadOnlyList<CdsCoding>? overrideReasons = null, IReadOnlyList<CdsLink>? links = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (string.IsNullOrWhiteSpace(summary) || summary.Length > MaxSummaryLength)
        {
            throw new ArgumentException(
                $"Card summary has {summary?.Length ?? 0} characters; valid: 1 to {MaxSummaryLength}.", nameof(summary));
        }

        if (suggestions is { Count: > 0 } && selectionBehavior is not ("at-most-one" or "any"))
        {
            throw new ArgumentException(
                $"Card selectionBehavior '{selectionBehavior}' with {suggestions.Count} suggestion(s); valid: at-most-one or any.", nameof(selectionBehavior));
        }

        Summary = summary;
        Indicator = indicator;
        Source = source;
        Uuid = uuid;
        Detail = detail;
        Suggestions = suggestions;
        SelectionBehavior = selectionBehavior;
        OverrideReasons = overrideReasons;
        Links = links;
    }

    /// <summary>The card's id, so feedback can name it.</summary>
    public string? Uuid { get; }

    /// <summary>One sentence of at most <see cref="MaxSummaryLength"/> characters.</summary>
    public string Summary { get; }

    /// <summary>Optional detail, GitHub-flavoured Markdown.</summary>
    public string? Detail { get; }

    /// <summary>Urgency.</summary>
    public CdsIndicator Indicator { get; }

    /// <summary>Who provides the card's information.</summary>
    public CdsSource Source { get; }

    /// <summary>Suggested actions.</summary>
    public IReadOnlyList<CdsSuggestion>? Suggestions { get; }

    /// <summary><c>at-most-one</c> or <c>any</c>: required whenever there are suggestions.</summary>
    public string? SelectionBehavior { get; }

    /// <summary>Reasons a user may give for not following the card.</summary>
    public IReadOnlyList<CdsCoding>? OverrideReasons { get; }

    /// <summary>Links to apps or pages.</summary>
    public IReadOnlyList<CdsLink>? Links { get; }
}

/// <summary>The source of a card (<c>Card.source</c>).</summary>
/// <param name="Label">Short name of the source, shown on the card.</param>
/// <param name="Url">An absolute URL a user can open to learn about the source.</param>
/// <param name="Icon">An absolute URL of a 100×100 PNG.</param>
/// <param name="Topic">A coded topic, for analytics.</param>
public sealed record CdsSource(string Label, string? Url = null, string? Icon = null, CdsCoding? Topic = null);

/// <summary>A FHIR Coding as CDS Hooks uses it (override reasons, topics).</summary>
/// <param name="Code">The code.</param>
/// <param name="System">The code system.</param>
/// <param name="Display">Human-readable text.</param>
public sealed record CdsCoding(string Code, string? System = null, string? Display = null);
