using Glansrijk.Scan.Core.Scans;

namespace Glansrijk.Scan.Core.Tests.Scans;

public sealed class RetentionTests
{
    private static readonly Retention TwoYears = new(TimeSpan.FromDays(730), TimeSpan.FromDays(30));
    private static readonly DateTime LastActivity = new(2027, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Nothing_happens_until_a_month_before_the_end_of_the_period()
    {
        var decision = TwoYears.Decide(LastActivity, null, null, LastActivity.AddDays(699));

        Assert.Equal(RetentionStep.None, decision.Step);
        Assert.Equal(LastActivity.AddDays(730), decision.RemoveOn);
    }

    [Fact]
    public void A_month_before_the_end_the_initiator_is_told_and_then_not_again()
    {
        var told = LastActivity.AddDays(700);

        Assert.Equal(RetentionStep.Announce, TwoYears.Decide(LastActivity, null, null, told).Step);
        Assert.Equal(RetentionStep.None, TwoYears.Decide(LastActivity, told, null, told.AddDays(1)).Step);
    }

    [Fact]
    public void The_data_goes_at_the_end_of_the_period_once_the_notice_is_a_month_old()
    {
        var told = LastActivity.AddDays(700);

        Assert.Equal(RetentionStep.None, TwoYears.Decide(LastActivity, told, null, LastActivity.AddDays(729)).Step);
        Assert.Equal(RetentionStep.Anonymise, TwoYears.Decide(LastActivity, told, null, LastActivity.AddDays(730)).Step);
    }

    [Fact]
    public void A_notice_sent_late_still_gives_the_initiator_a_full_month()
    {
        var told = LastActivity.AddDays(1000);

        var announce = TwoYears.Decide(LastActivity, null, null, told);

        Assert.Equal(RetentionStep.Announce, announce.Step);
        Assert.Equal(told.AddDays(30), announce.RemoveOn);
        Assert.Equal(RetentionStep.None, TwoYears.Decide(LastActivity, told, null, told.AddDays(29)).Step);
        Assert.Equal(RetentionStep.Anonymise, TwoYears.Decide(LastActivity, told, null, told.AddDays(30)).Step);
    }

    [Fact]
    public void Activity_after_the_notice_starts_the_period_again()
    {
        var told = LastActivity.AddDays(700);
        var activity = told.AddDays(5);

        Assert.Equal(RetentionStep.None, TwoYears.Decide(activity, told, null, LastActivity.AddDays(800)).Step);
        Assert.Equal(RetentionStep.Announce, TwoYears.Decide(activity, told, null, activity.AddDays(700)).Step);
    }

    [Fact]
    public void An_anonymised_scan_is_left_alone()
    {
        Assert.Equal(RetentionStep.None, TwoYears.Decide(LastActivity, LastActivity.AddDays(700), LastActivity.AddDays(730), LastActivity.AddDays(5000)).Step);
    }
}
