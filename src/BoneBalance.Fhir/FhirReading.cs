using System.Text.Json;
using System.Text.Json.Nodes;
using BoneBalance.Core.Guidance;
using BoneBalance.Data.Contracts;

namespace BoneBalance.Fhir;

/// <summary>
/// What one patient's FHIR record gave an assessment: the profile contract document built from it (read by
/// <c>ProfileDocument.Parse</c> like any profile, so a FHIR record and a profile file go through the same contract and
/// the same <c>Assessor.Assess</c>), which resource gave each input, and what was left out and why.
/// </summary>
public sealed record FhirReading
{
    /// <summary>The Patient resource's id (<c>Patient.id</c>, else its full URL).</summary>
    public required string PatientId { get; init; }

    /// <summary>The date the record was read at: ages, staleness and what had happened by then.</summary>
    public DateOnly AsOf { get; init; }

    /// <summary>The profile document (the contract of <c>bonebalance assess PROFILE.json</c>); null when refused.</summary>
    public JsonObject? Profile { get; init; }

    /// <summary>Why no assessment is made (deceased, under 18 at the as-of date, no birth date or sex…); null when assessed.</summary>
    public FhirRefusal? Refusal { get; init; }

    /// <summary>Which resource gave each input, in profile order.</summary>
    public IReadOnlyList<FhirSource> Sources { get; init; } = [];

    /// <summary>Resources (or parts of them) that were read but not used, each with its reason.</summary>
    public IReadOnlyList<FhirIgnored> Ignored { get; init; } = [];

    /// <summary>The input the contract read from <see cref="Profile"/> on <see cref="AsOf"/> while the reading was
    /// checked (what <see cref="ToInput"/> gives for that date), so a caller assessing on that date need not read it again.</summary>
    internal AssessmentInput? Input { get; init; }

    /// <summary>The profile as UTF-8 JSON (indented), the bytes <see cref="ToInput"/> reads.</summary>
    /// <exception cref="InvalidOperationException">The patient was refused (<see cref="Refusal"/>).</exception>
    public byte[] ProfileUtf8(bool indented = false) =>
        Profile is { } profile
            ? JsonSerializer.SerializeToUtf8Bytes(profile, indented ? IndentedOptions : JsonSerializerOptions.Default)
            : throw new InvalidOperationException($"The patient was refused ({Refusal?.Code}): {Refusal?.Reason}");

    /// <summary>
    /// The assessment input: <see cref="Profile"/> read by <see cref="ProfileDocument.Parse"/> on <paramref name="asOf"/>
    /// (the date the record was read at), exactly as <c>bonebalance assess PROFILE.json</c> reads a profile file.
    /// </summary>
    /// <exception cref="InvalidOperationException">The patient was refused (<see cref="Refusal"/>).</exception>
    public AssessmentInput ToInput(DateOnly asOf) => ProfileDocument.Parse(ProfileUtf8(), null, asOf);

    private static readonly JsonSerializerOptions IndentedOptions = new() { WriteIndented = true };
}

/// <summary>One input of the profile and the resource it came from.</summary>
/// <param name="Input">The profile field it set, as a JSON path of the profile (<c>person.weightKg</c>, <c>medications[0]</c>, <c>riskFactors[2]</c>).</param>
/// <param name="Resource">The resource as a relative reference (<c>Observation/5f3…</c>), else its full URL.</param>
/// <param name="Value">The value as read, for people (<c>78.2 kg</c>, <c>Warfarin Sodium 5 MG Oral Tablet</c>).</param>
/// <param name="Date">The clinical date of the value (effective, onset, authored), when the resource has one.</param>
public sealed record FhirSource(string Input, string Resource, string Value, DateOnly? Date);

/// <summary>A resource, or part of one, that was read but not used.</summary>
/// <param name="Resource">The resource as a relative reference, else its full URL.</param>
/// <param name="What">What it says, for people (<c>Body Weight 81 kg</c>).</param>
/// <param name="Reason">Why it was not used (stale: older than the documented age; stopped; superseded by a newer value; a code no list maps; out of range).</param>
public sealed record FhirIgnored(string Resource, string What, string Reason);

/// <summary>Why a patient is not assessed.</summary>
/// <param name="Code">A stable token: <c>deceased</c>, <c>under-18</c>, <c>no-birth-date</c>, <c>no-sex</c>, <c>no-patient</c>, <c>several-patients</c>.</param>
/// <param name="Reason">One line for people, naming the value (<c>the patient died on 2019-04-02</c>).</param>
public sealed record FhirRefusal(string Code, string Reason);
