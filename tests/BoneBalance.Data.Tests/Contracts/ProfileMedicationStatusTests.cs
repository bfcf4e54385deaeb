using BoneBalance.Core.People;
using BoneBalance.Core.Validation;

namespace BoneBalance.Data.Tests.Contracts;

/// <summary>
/// The medication fields <c>status</c> (<c>current|stopped</c>) and <c>stoppedMonthsAgo</c> (months since the last dose of a
/// stopped medicine, 0 to 1,200): read, defaulted (no status is current; months alone mean stopped) and refused with the
/// field's path.
/// </summary>
public sealed class ProfileMedicationStatusTests
{
    private static Medication Single(string medication) =>
        Assert.Single(ProfileDocumentTests.Parse($$"""{"person":{"sex":"female","age":67},"medications":[{{medication}}]}""").Medications);

    private static FieldError Refused(string medication, string field)
    {
        var e = Assert.Throws<InvalidInputException>(() => ProfileDocumentTests.Parse($$"""{"person":{"sex":"female","age":67},"medications":[{{medication}}]}"""));
        return Assert.Single(e.Errors, x => x.Field == field);
    }

    [Fact]
    public void A_medication_without_status_is_current()
    {
        var m = Single("""{"name":"alendronate","durationMonths":18}""");
        Assert.Equal(MedicationStatus.Current, m.Status);
        Assert.Null(m.StoppedMonthsAgo);
    }

    [Fact]
    public void A_stopped_medication_with_its_months()
    {
        var m = Single("""{"name":"denosumab","status":"stopped","stoppedMonthsAgo":9,"durationMonths":36}""");
        Assert.True(m.Stopped);
        Assert.Equal(9, m.StoppedMonthsAgo);
        Assert.Equal(36, m.DurationMonths);
    }

    [Fact]
    public void Months_since_stopping_alone_mean_stopped() =>
        Assert.Equal(MedicationStatus.Stopped, Single("""{"name":"alendronate","stoppedMonthsAgo":30}""").Status);

    [Fact]
    public void Stopped_without_months_is_stopped_at_an_unknown_time()
    {
        var m = Single("""{"name":"alendronate","status":"Stopped"}""");
        Assert.True(m.Stopped);
        Assert.Null(m.StoppedMonthsAgo);
    }

    [Fact]
    public void Current_is_accepted_explicitly() =>
        Assert.Equal(MedicationStatus.Current, Single("""{"name":"alendronate","status":"current"}""").Status);

    [Fact]
    public void An_unknown_status_is_refused_with_the_valid_ones()
    {
        var error = Refused("""{"name":"alendronate","status":"paused"}""", "medications[0].status");
        Assert.Equal("paused", error.Value);
        Assert.Equal("current|stopped", error.ValidRange);
    }

    [Fact]
    public void Months_since_stopping_are_refused_for_a_current_medication()
    {
        var error = Refused("""{"name":"alendronate","status":"current","stoppedMonthsAgo":4}""", "medications[0].stoppedMonthsAgo");
        Assert.Equal("4", error.Value);
        Assert.Contains("stopped", error.ValidRange, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1", "-1")]
    [InlineData("1200.5", "1200.5")]
    [InlineData("\"ten\"", "ten")]
    public void Months_since_stopping_out_of_range_or_not_a_number_are_refused(string months, string shown)
    {
        var error = Refused($$"""{"name":"denosumab","status":"stopped","stoppedMonthsAgo":{{months}}}""", "medications[0].stoppedMonthsAgo");
        Assert.Equal(shown, error.Value);
    }

    [Fact]
    public void A_refused_status_is_reported_once()
    {
        var e = Assert.Throws<InvalidInputException>(() => ProfileDocumentTests.Parse(
            """{"person":{"sex":"female","age":67},"medications":[{"name":"denosumab","status":"old","stoppedMonthsAgo":4}]}"""));
        Assert.Equal(["medications[0].status"], e.Errors.Select(x => x.Field));
    }
}
