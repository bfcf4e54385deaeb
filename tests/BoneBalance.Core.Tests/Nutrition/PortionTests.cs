using BoneBalance.Core.Nutrition;

namespace BoneBalance.Core.Tests.Nutrition;

public sealed class PortionTests
{
    [Theory]
    [InlineData(1.0, "cup", "1 cup")]
    [InlineData(0.5, "cup, chopped", "0.5 cup, chopped")]
    [InlineData(0.3333333, "cup", "0.333 cup")]
    [InlineData(1250.0, "g", "1250 g")]
    public void Label_is_the_amount_to_three_decimals_then_the_description(double amount, string description, string expected)
    {
        var portion = new Portion(1, amount, description, 100);
        Span<char> buffer = stackalloc char[64];

        Assert.Equal(expected, portion.Label);
        Assert.True(portion.TryFormatLabel(buffer, out var written));
        Assert.Equal(expected, buffer[..written].ToString());
    }

    [Fact]
    public void TryFormatLabel_refuses_a_buffer_too_small()
    {
        var portion = new Portion(1, 0.5, "cup, chopped", 64);
        Span<char> buffer = stackalloc char[5];

        Assert.False(portion.TryFormatLabel(buffer, out _));
    }
}
