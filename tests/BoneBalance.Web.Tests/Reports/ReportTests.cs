using System.Globalization;
using System.Net;
using BoneBalance.Web.Tests.TestSupport;

namespace BoneBalance.Web.Tests.Reports;

/// <summary>The printable report and its PDF.</summary>
public sealed class ReportTests(BoneBalanceFactory factory) : IClassFixture<BoneBalanceFactory>
{
    [Fact]
    public async Task The_report_page_has_the_assessment_and_the_pdf_link_and_the_print_stylesheet()
    {
        using var browser = await DashboardTests.WarfarinAsync(factory);
        var html = await browser.GetPageAsync("/Report");
        Assert.Contains("data-finding-code=\"VKA_VITAMIN_K\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Report/Pdf\" data-testid=\"report-pdf\"", html, StringComparison.Ordinal);
        Assert.Contains("media=\"print\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pdf_downloads_as_an_attachment_named_by_the_date()
    {
        using var browser = await DashboardTests.WarfarinAsync(factory);
        using var response = await browser.Client.GetAsync("/Report/Pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal($"bonebalance-report-{today}.pdf", response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
    }
}
