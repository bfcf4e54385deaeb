namespace BoneBalance.Fhir.CdsHooks;

/// <summary>A service's answer to a hook request: zero or more cards (CDS Hooks 2.0, "CDS Service Response").</summary>
/// <param name="Cards">The cards, possibly none (<c>{"cards": []}</c>).</param>
/// <param name="SystemActions">Actions the client applies without a user's choice; BoneBalance sends none, the member is
/// read so the specification's examples round-trip.</param>
public sealed record CdsHookResponse(IReadOnlyList<CdsCard> Cards, IReadOnlyList<CdsAction>? SystemActions = null);
