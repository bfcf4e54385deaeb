using System.Text.Json;

namespace BoneBalance.Cli.Tests.Commands;

public class FaqCommandTests
{
    [Fact]
    public void Lists_the_twelve_questions_in_order_with_grades()
    {
        var (exit, output, _) = CliRunner.Run("faq");
        Assert.Equal(0, exit);
        Assert.Contains("1. How much vitamin K2 should I take for osteoporosis?", output, StringComparison.Ordinal);
        Assert.Contains("12. Which form of vitamin K is best for your bones?", output, StringComparison.Ordinal);
        Assert.True(
            output.IndexOf("3. Should I take D3 and K2 at the same time?", StringComparison.Ordinal)
            < output.IndexOf("4. Who should not take K2 supplements?", StringComparison.Ordinal));
        Assert.Contains("evidence grade", output, StringComparison.Ordinal);
    }

    [Fact]
    public void One_answer_in_json_carries_grade_caveats_and_citations()
    {
        var (exit, output, _) = CliRunner.Run("faq", "4", "--json");
        Assert.Equal(0, exit);
        var e = JsonDocument.Parse(output).RootElement;
        Assert.Equal(4, e.GetProperty("number").GetInt32());
        Assert.Equal("Who should not take K2 supplements?", e.GetProperty("question").GetString());
        Assert.Contains(e.GetProperty("evidenceGrade").GetString(), new[] { "A", "B", "C", "D" });
        Assert.Contains("warfarin", e.GetProperty("answer").GetString()!, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(0, e.GetProperty("citations").GetArrayLength());
        Assert.All(e.GetProperty("citations").EnumerateArray(), c => Assert.True(c.GetProperty("year").GetInt32() > 1900 && c.GetProperty("title").GetString()!.Length > 0, c.ToString()));
    }

    [Fact]
    public void The_claim_check_gives_a_verdict_for_every_claim()
    {
        var (exit, output, _) = CliRunner.Run("faq", "--claims", "--json");
        Assert.Equal(0, exit);
        var claims = JsonDocument.Parse(output).RootElement.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(9, claims.Count);
        Assert.All(claims, c => Assert.NotEqual(0, c.GetProperty("citations").GetArrayLength()));
        var d2 = claims.Single(c => c.GetProperty("id").GetString() == "d2-synthetic");
        Assert.Equal("not_supported", d2.GetProperty("verdict").GetString());
    }

    [Theory]
    [InlineData("13")]
    [InlineData("0")]
    public void A_question_number_out_of_range_is_bad_input(string n)
    {
        var (exit, output, err) = CliRunner.Run("faq", n);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith($"error: number '{n}' is out of range; valid: 1 to 12", err, StringComparison.Ordinal);
    }
}
