using System.Text.Json;
using BoneBalance.Core.Densitometry;
using BoneBalance.Core.Evidence;
using BoneBalance.Core.FractureRisk;
using BoneBalance.Core.Guidance;
using BoneBalance.Core.Measures;
using BoneBalance.Core.Nutrition;
using BoneBalance.Core.People;
using BoneBalance.Core.Safety;
using BoneBalance.Core.Validation;

namespace BoneBalance.Data.Contracts;

/// <summary>Reading an assessment document back: the saved result a report is laid out from.</summary>
public static partial class AssessmentDocument
{
    /// <summary>
    /// Reads an assessment document (as <see cref="Write"/> writes it, indented or not) into a <see cref="ReportedAssessment"/>:
    /// every value the document holds as written, nothing assessed again. Fields the reports do not show (e.g.
    /// <c>intake.days</c>, a site's reference population) are not read; unknown fields are ignored, so a document
    /// with a <c>fhir</c> section reads too.
    /// </summary>
    /// <param name="utf8Json">The document as UTF-8 JSON.</param>
    /// <exception cref="InvalidInputException">The bytes are not JSON, or a field the reports need is missing or of the
    /// wrong kind (the error names its JSON path, e.g. <c>fractureRisk.qfracture.hipPercent</c>).</exception>
    public static ReportedAssessment Read(ReadOnlySpan<byte> utf8Json)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException e)
        {
            throw new InvalidInputException("result", $"{utf8Json.Length} bytes", "an assessment document (JSON)", $"is not JSON ({e.Message})");
        }

        using (document)
        {
            var root = DocumentNode.Root(document.RootElement);
            return new ReportedAssessment(
                ReadPerson(root["person"]),
                ReadFractureRisk(root["fractureRisk"]),
                root["densitometry"] is { IsNull: false } densitometry ? ReadDensitometry(densitometry) : null,
                root["intake"] is { IsNull: false } intake ? ReadIntake(intake) : null,
                root["findings"].List(static f => new SafetyFinding(
                    f["code"].String(), Enumeration<SafetySeverity>(f["severity"]), f["message"].String(), f["advice"].String(), f["reason"].String(),
                    ReadCitations(f["citations"]))),
                ReadPlan(root["plan"]),
                root["recommendations"].List(static r => new Recommendation(
                    r["code"].String(), Enumeration<RecommendationCategory>(r["category"]), Enumeration<RecommendationPriority>(r["priority"]),
                    r["title"].String(), r["advice"].String(), r["reason"].String(), Grade(r["evidenceGrade"]), ReadCitations(r["citations"]))),
                ReadCitations(root["sources"]),
                root["disclaimer"].String());
        }
    }

    private static ReportedPerson ReadPerson(DocumentNode p) => new(
        p["sex"].Token(SexTokens.Table),
        p["age"].Integer(),
        p["menopausalStatus"].Token(MenopausalStatusTokens.Table),
        p["heightCm"].NumberOrNull(),
        p["weightKg"].NumberOrNull(),
        p["bmi"].NumberOrNull(),
        p["smoking"].Token(SmokingStatusTokens.Table),
        p["alcohol"].Token(AlcoholIntakeTokens.Table),
        p["riskFactors"].Strings());

    private static ReportedFractureRisk ReadFractureRisk(DocumentNode r)
    {
        var q = r["qfracture"];
        var advice = r["screeningAdvice"];
        return new ReportedFractureRisk(
            q.IsNull ? null : new QFractureResult(q["majorOsteoporoticPercent"].Number(0, 100, "%"), q["hipPercent"].Number(0, 100, "%"), q["years"].Integer()),
            r["notApplicable"].List(static e => new ReportedFieldError(e["field"].String(), e["value"].String(), e["validRange"].String(), e["message"].String())),
            r["notes"].Strings(),
            r["frax"] is { IsNull: false } frax ? ReadFrax(frax) : null,
            r["screening"].List(static t => new ScreeningToolResult(
                Enumeration<ScreeningTool>(t["tool"]), t["name"].String(), Enumeration<ScreeningStatus>(t["status"]), t["score"].NumberOrNull(),
                t["referForDxa"].IsNull ? null : t["referForDxa"].Boolean(), t["band"].String(), t["cutOff"].String(), t["population"].String(),
                t["notApplicableReason"].StringOrNull(), t["missingField"].StringOrNull(), t["defaultsUsed"].Strings(), t["notes"].Strings(),
                ReadCitations(t["citations"]), Enumeration<SourceVerification>(t["verification"]))),
            new ReportedScreeningAdvice(
                Enumeration<UspstfRecommendation>(advice["recommendation"]), advice["grade"].StringOrNull(), advice["reason"].String(),
                advice["dxaDone"].Boolean(), advice["followUp"].StringOrNull(), advice["iscdIndications"].Strings(), advice["caveats"].Strings(),
                ReadCitations(advice["citations"])),
            r["thresholds"].List(static f => new GuidelineFinding(
                f["guideline"].String(), f["criterion"].String(), Enumeration<FindingStatus>(f["status"]), f["reason"].String(),
                Enumeration<EvidenceLevel>(f["evidence"]), One(f["citations"]))),
            ReadCitations(r["citations"]));
    }

    private static FraxResult ReadFrax(DocumentNode f)
    {
        try
        {
            return new FraxResult(f["mofPercent"].Number(), f["hipPercent"].Number(), f["glucocorticoidAdjusted"].Boolean());
        }
        catch (InvalidInputException e)
        {
            // FraxResult names the profile's fields (frax_mof); here the document's path is the one to name.
            throw new InvalidInputException(f.Path, e.Errors[0].Value, e.Errors[0].ValidRange, e.Errors[0].Problem);
        }
    }

    private static ReportedDensitometry ReadDensitometry(DocumentNode d) => new(
        d["scanDate"].DateOrNull(),
        Enumeration<ClassificationBasis>(d["basis"]),
        d["summary"].String(),
        d["sites"].List(static s => new ReportedSite(
            s["site"].Token(SkeletalSiteTokens.Table), s["bmd"].NumberOrNull(BoneMineralDensity.Minimum, BoneMineralDensity.Maximum, "g/cm²"), s["tScore"].NumberOrNull(),
            Enumeration<TScoreOrigin>(s["tScoreOrigin"]), s["zScore"].NumberOrNull())),
        d["changes"].List(static c => new ReportedChange(
            c["site"].Token(SkeletalSiteTokens.Table), c["earlierDate"].DateOrNull(), c["laterDate"].DateOrNull(), c["earlierBmd"].Number(BoneMineralDensity.Minimum, BoneMineralDensity.Maximum, "g/cm²"),
            c["laterBmd"].Number(BoneMineralDensity.Minimum, BoneMineralDensity.Maximum, "g/cm²"), c["leastSignificantChange"].Number(0, BoneMineralDensity.Maximum, "g/cm²"), c["significantLoss"].Boolean(), c["summary"].String())),
        d["history"].List(static m => new ReportedMeasurement(
            m["date"].DateOrNull(), m["site"].Token(SkeletalSiteTokens.Table), m["manufacturer"].Token(DxaManufacturerTokens.Table),
            m["bmd"].NumberOrNull(BoneMineralDensity.Minimum, BoneMineralDensity.Maximum, "g/cm²"), m["tScore"].NumberOrNull(DxaMeasurement.MinimumScore, DxaMeasurement.MaximumScore, "(T-score)"))),
        d["notes"].Strings(),
        ReadCitations(d["citations"]));

    private static ReportedIntake ReadIntake(DocumentNode i)
    {
        var nutrients = i["nutrients"];
        var read = ReadNutrients(nutrients);
        // A report looks each nutrient up: every one must be there, once.
        var tokens = IntakeNutrientDefinition.All.Select(d => NutrientToken(d.Nutrient)).ToList();
        if (read.Count != tokens.Count || read.Select(n => n.Nutrient).Distinct().Count() != tokens.Count)
        {
            throw new InvalidInputException(nutrients.Path, string.Join(", ", read.Select(n => NutrientToken(n.Nutrient))), $"one entry for each of {string.Join(", ", tokens)}");
        }

        return new ReportedIntake(i["from"].Date(), i["to"].Date(), i["daysLogged"].Integer(), read);
    }

    private static IReadOnlyList<ReportedNutrient> ReadNutrients(DocumentNode nutrients) =>
        nutrients.List(static n =>
        {
            var gap = n["gap"];
            return new ReportedNutrient(
                Nutrient(n["nutrient"]), n["name"].String(), n["average"].Number(0, double.MaxValue, "(an amount)"), n["isLowerBound"].Boolean(), n["target"].NumberOrNull(0, double.MaxValue, "(an amount)"),
                n["kind"].StringOrNull(), n["upperLimit"].NumberOrNull(0, double.MaxValue, "(an amount)"), n["upperLimitNote"].StringOrNull(), n["aboveUpperLimit"].Boolean(),
                gap.IsNull ? null : new ReportedGap(gap["shortfall"].Number(0, double.MaxValue, "(an amount)"), gap["averageIsLowerBound"].Boolean(), gap["note"].StringOrNull(),
                    gap["foods"].List(static f => new ReportedGapFood(f["name"].String(), f["portion"].String()))),
                n.Optional("citations") is { } citations ? ReadCitations(citations) : []);
        });

    private static SupplementPlan ReadPlan(DocumentNode p) => new(
        p["supplements"].List(static s =>
        {
            var nutrient = IntakeNutrientDefinition.Of(Nutrient(s["nutrient"]));
            var amount = s["amount"]["value"].Number();
            return new PlannedSupplement(
                s["form"].Token(SupplementTokens.Forms), s["dose"].Number(), s["unit"].Token(SupplementTokens.Units),
                nutrient.InMilligrams ? NutrientAmount.FromMilligrams(amount) : NutrientAmount.FromMicrograms(amount),
                s["timing"].String(), s["reason"].String(), Grade(s["evidenceGrade"]), ReadCitations(s["citations"]), s["notes"].Strings());
        }),
        p["withheld"].List(static w => new WithheldSupplement(
            Nutrient(w["nutrient"]), w["reason"].String(), w["findingCode"].StringOrNull(), ReadCitations(w["citations"]))),
        p["notes"].Strings());

    private static IReadOnlyList<Citation> ReadCitations(DocumentNode citations) => citations.List(static c => new Citation(
        c["authors"].String(), c["title"].String(), c["source"].String(), c["year"].Integer(), c["url"].StringOrNull()));

    // A threshold finding has exactly one citation, written as a one-item array.
    private static Citation One(DocumentNode citations) =>
        ReadCitations(citations) is [var only] ? only : throw new InvalidInputException(citations.Path, citations.Element.GetArrayLength().ToString(System.Globalization.CultureInfo.InvariantCulture) + " citations", "exactly one citation");

    private static T Enumeration<T>(DocumentNode node)
        where T : struct, Enum =>
        Tokens<T>.ByToken.TryGetValue(node.String(), out var value)
            ? value
            : throw new InvalidInputException(node.Path, node.String(), Tokens<T>.Valid, FieldError.NotAValidValue);

    private static EvidenceGrade Grade(DocumentNode node) =>
        node.String() is { Length: 1 } text && Enum.TryParse<EvidenceGrade>(text, out var grade) && Enum.IsDefined(grade)
            ? grade
            : throw new InvalidInputException(node.Path, node.String(), "A, B, C or D", FieldError.NotAValidValue);

    private static IntakeNutrient Nutrient(DocumentNode node)
    {
        var token = node.String();
        foreach (var definition in IntakeNutrientDefinition.All)
        {
            if (NutrientToken(definition.Nutrient) == token)
            {
                return definition.Nutrient;
            }
        }

        throw new InvalidInputException(node.Path, token, string.Join(", ", IntakeNutrientDefinition.All.Select(d => NutrientToken(d.Nutrient))), FieldError.NotAValidValue);
    }
}
