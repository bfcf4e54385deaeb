using BoneBalance.Core.Evidence;
using BoneBalance.Reporting.Pdf;

namespace BoneBalance.Reporting.Tests.Pdf;

public sealed class ReferenceListTests
{
    [Fact]
    public void Numbers_follow_first_use_and_equal_citations_share_one()
    {
        var a = new Citation("A", "Title A", "J", 2001);
        var b = new Citation("B", "Title B", "J", 2002);
        var list = new ReferenceList();
        Assert.Equal("[1, 2]", list.Cite([b, a]));
        Assert.Equal("[1, 2]", list.Cite([a, b with { }, new Citation("B", "Title B", "J", 2002)]));
        Assert.Equal("", list.Cite([]));
        Assert.Equal([b, a], list.Ordered);
    }
}
