using System.Text.Json;

namespace BoneBalance.Data.Contracts;

/// <summary>The one writer of a profile document from its typed values.</summary>
public static partial class ProfileDocument
{
    /// <summary>
    /// Writes <paramref name="profile"/> as a profile document in the contract's field names and documentation order
    /// (<see cref="Fields"/>, <c>ProfilePerson.Fields</c>, …); a null value is left out, an empty list written as
    /// <c>[]</c>. The values are not judged here: <see cref="Parse"/> does that.
    /// </summary>
    /// <param name="profile">The values.</param>
    /// <param name="indented">Indented (for people) rather than compact (for storage).</param>
    /// <returns>The document as UTF-8.</returns>
    public static byte[] Write(ProfileValues profile, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, indented ? AssessmentDocument.WriterOptions : AssessmentDocument.CompactWriterOptions))
        {
            Write(json, profile);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes <paramref name="profile"/> as one JSON object to <paramref name="json"/> (see <see cref="Write(ProfileValues, bool)"/>).</summary>
    public static void Write(Utf8JsonWriter json, ProfileValues profile)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(profile);
        json.WriteStartObject();
        if (profile.Person is { } p)
        {
            json.WriteStartObject("person");
            Text(json, "sex", p.Sex);
            Number(json, "age", p.Age);
            Text(json, "birthDate", p.BirthDate);
            Number(json, "heightCm", p.HeightCm);
            Number(json, "weightKg", p.WeightKg);
            Number(json, "bmi", p.Bmi);
            Flag(json, "postmenopausal", p.Postmenopausal);
            Text(json, "menopausalStatus", p.MenopausalStatus);
            Text(json, "ethnicity", p.Ethnicity);
            Text(json, "smoking", p.Smoking);
            Text(json, "alcohol", p.Alcohol);
            Flag(json, "pregnant", p.Pregnant);
            Flag(json, "breastfeeding", p.Breastfeeding);
            Text(json, "name", p.Name);
            json.WriteEndObject();
        }

        Texts(json, "riskFactors", profile.RiskFactors);
        Objects(json, "medications", profile.Medications, static (json, m) =>
        {
            Text(json, "name", m.Name);
            Text(json, "rxnorm", m.Rxnorm);
            Text(json, "atc", m.Atc);
            Number(json, "dosePerDay", m.DosePerDay);
            Text(json, "unit", m.Unit);
            Number(json, "durationMonths", m.DurationMonths);
            Text(json, "status", m.Status);
            Number(json, "stoppedMonthsAgo", m.StoppedMonthsAgo);
        });
        Objects(json, "conditions", profile.Conditions, static (json, c) =>
        {
            Text(json, "name", c.Name);
            Text(json, "snomed", c.Snomed);
            Text(json, "icd10", c.Icd10);
        });
        Texts(json, "symptoms", profile.Symptoms);
        Objects(json, "dxa", profile.Dxa, static (json, d) =>
        {
            Text(json, "date", d.Date);
            Text(json, "site", d.Site);
            Number(json, "bmd", d.Bmd);
            Number(json, "tScore", d.TScore);
            Number(json, "zScore", d.ZScore);
            Text(json, "manufacturer", d.Manufacturer);
            Number(json, "precisionRmsSd", d.PrecisionRmsSd);
        });
        if (profile.Labs is { } l)
        {
            json.WriteStartObject("labs");
            Number(json, "vitaminD25ohNgPerMl", l.VitaminD25ohNgPerMl);
            Number(json, "calciumMgPerDl", l.CalciumMgPerDl);
            Number(json, "inr", l.Inr);
            Number(json, "egfr", l.Egfr);
            json.WriteEndObject();
        }

        Objects(json, "supplements", profile.Supplements, static (json, s) =>
        {
            Text(json, "form", s.Form);
            Number(json, "dose", s.Dose);
            Text(json, "unit", s.Unit);
        });
        if (profile.Frax is { } x)
        {
            json.WriteStartObject("frax");
            Number(json, "mofPercent", x.MofPercent);
            Number(json, "hipPercent", x.HipPercent);
            Flag(json, "glucocorticoidAdjusted", x.GlucocorticoidAdjusted);
            json.WriteEndObject();
        }

        Flag(json, "priorHipOrVertebralFracture", profile.PriorHipOrVertebralFracture);
        Flag(json, "largeChangeInVitaminKFoods", profile.LargeChangeInVitaminKFoods);
        Objects(json, "diary", profile.Diary, static (json, d) =>
        {
            Text(json, "date", d.Date);
            Text(json, "food", d.Food);
            Number(json, "grams", d.Grams);
            Number(json, "quantity", d.Quantity);
            Text(json, "measure", d.Measure);
            Text(json, "supplement", d.Supplement);
            Number(json, "dose", d.Dose);
            Text(json, "unit", d.Unit);
        });
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
    }

    private static void Flag(Utf8JsonWriter json, string name, bool? value)
    {
        if (value is { } flag)
        {
            json.WriteBoolean(name, flag);
        }
    }

    private static void Texts(Utf8JsonWriter json, string name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Objects<T>(Utf8JsonWriter json, string name, IReadOnlyList<T>? values, Action<Utf8JsonWriter, T> fields)
    {
        if (values is null)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStartObject();
            fields(json, value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
