using System.Text.Json;
using BoneBalance.Core.Evidence;

namespace BoneBalance.Data.Contracts;

/// <summary>
/// The knowledge base as JSON, the format of <c>bonebalance faq --json</c> and <c>GET /api/faq</c>, <c>/api/faq/{n}</c>,
/// <c>/api/claims</c>: the assessment document's conventions (camelCase, snake tokens, grades <c>"A"</c>…<c>"D"</c>,
/// citation objects). Documented in docs/JSON.md (<c>questions</c>, <c>question</c>, <c>claims</c>).
/// </summary>
public static class KnowledgeDocument
{
    /// <summary>Writes <c>{"questions": [question, …]}</c>.</summary>
    public static void WriteQuestions(Utf8JsonWriter json, IEnumerable<FaqEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(entries);
        json.WriteStartObject();
        json.WriteStartArray("questions"u8);
        foreach (var entry in entries)
        {
            WriteQuestion(json, entry);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes one question with its graded answer, caveats and citations.</summary>
    public static void WriteQuestion(Utf8JsonWriter json, FaqEntry entry)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(entry);
        json.WriteStartObject();
        json.WriteNumber("number"u8, entry.Number);
        json.WriteString("question"u8, entry.Question);
        json.WriteString("shortAnswer"u8, entry.ShortAnswer);
        json.WriteString("answer"u8, entry.Answer);
        json.WriteString("evidenceGrade"u8, Enum.GetName(entry.Grade));
        json.WriteStartArray("caveats"u8);
        foreach (var caveat in entry.Caveats)
        {
            json.WriteStringValue(caveat);
        }

        json.WriteEndArray();
        AssessmentDocument.WriteCitations(json, "citations"u8, entry.Citations);
        json.WriteEndObject();
    }

    /// <summary>Writes <c>{"claims": [claim, …]}</c>: each claim of the seed article with its verdict and the evidence.</summary>
    public static void WriteClaims(Utf8JsonWriter json, IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(claims);
        json.WriteStartObject();
        json.WriteStartArray("claims"u8);
        foreach (var c in claims)
        {
            json.WriteStartObject();
            json.WriteString("id"u8, c.Id);
            json.WriteString("articleSays"u8, c.ArticleSays);
            json.WriteString("verdict"u8, AssessmentDocument.Token(c.Verdict));
            json.WriteString("evidence"u8, c.Evidence);
            AssessmentDocument.WriteCitations(json, "citations"u8, c.Citations);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
