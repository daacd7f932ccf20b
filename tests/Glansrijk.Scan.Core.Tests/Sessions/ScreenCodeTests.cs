using Glansrijk.Scan.Core.Sessions;

namespace Glansrijk.Scan.Core.Tests.Sessions;

public sealed class ScreenCodeTests
{
    [Fact]
    public void A_code_is_six_characters_without_look_alikes()
    {
        var random = new Random(42);

        for (var i = 0; i < 200; i++)
        {
            var code = ScreenCode.New(random);
            Assert.Equal(6, code.Length);
            Assert.All(code, c => Assert.Contains(c, ScreenCode.Alphabet));
        }

        Assert.DoesNotContain(ScreenCode.Alphabet, c => c is '0' or 'O' or '1' or 'I' or 'L');
    }

    [Fact]
    public void The_code_comes_from_the_random_source_passed_in()
    {
        Assert.Equal(ScreenCode.New(new Random(5)), ScreenCode.New(new Random(5)));
        Assert.Equal(ScreenCode.New(new Random(7)), LiveSessionBuilder.Start().Session.Code);
    }

    [Theory]
    [InlineData("ab3 k7m", "AB3K7M")]
    [InlineData("AB3-K7M", "AB3K7M")]
    [InlineData(" ab3k7m ", "AB3K7M")]
    public void A_typed_code_is_read_whatever_its_case_spaces_or_dash(string typed, string code)
    {
        Assert.Equal(code, ScreenCode.Normalise(typed));
    }

    [Theory]
    [InlineData("AB3K7")]
    [InlineData("AB3K7MM")]
    [InlineData("AB3K0M")]
    [InlineData("ABIK7M")]
    [InlineData("")]
    [InlineData(null)]
    public void Something_that_cannot_be_a_code_reads_as_nothing(string? typed)
    {
        Assert.Null(ScreenCode.Normalise(typed));
    }

    [Fact]
    public void A_session_can_get_a_new_code_and_that_is_a_change()
    {
        var session = LiveSessionBuilder.Start().Session;
        var version = session.Version;

        session.RenewCode(new Random(8));

        Assert.Equal(ScreenCode.New(new Random(8)), session.Code);
        Assert.Equal(version + 1, session.Version);
    }
}
