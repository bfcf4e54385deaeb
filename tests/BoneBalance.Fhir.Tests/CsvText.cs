using System.Text;

namespace BoneBalance.Fhir.Tests;

/// <summary>An RFC 4180 reader for the tests (quoted fields, doubled quotes), independent of the code under test.</summary>
internal static class CsvText
{
    public static List<Dictionary<string, string>> Rows(byte[] utf8)
    {
        var records = Records(Encoding.UTF8.GetString(utf8));
        var header = records[0];
        return [.. records.Skip(1).Select(r =>
        {
            Assert.Equal(header.Count, r.Count);
            return header.Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        })];
    }

    /// <summary>Every record of <paramref name="text"/>, the header included.</summary>
    public static List<List<string>> Records(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }
}
