using Glansrijk.Scan.Core.Content;

namespace Glansrijk.Scan.Core.Tests.Content;

public sealed class FrontMatterTests
{
    [Fact]
    public void Front_matter_and_body_are_split_at_the_closing_marker()
    {
        Assert.True(FrontMatter.TrySplit("---\nid: a\ntitle: A\n---\n\nDe tekst.\n", out var yaml, out var body));

        Assert.Equal("id: a\ntitle: A\n", yaml);
        Assert.Equal("De tekst.", body);
    }

    [Fact]
    public void A_file_with_windows_line_endings_is_split_without_carriage_returns()
    {
        Assert.True(FrontMatter.TrySplit("---\r\nid: a\r\n---\r\nRegel een.\r\nRegel twee.\r\n", out var yaml, out var body));

        Assert.Equal("id: a\n", yaml);
        Assert.Equal("Regel een.\nRegel twee.", body);
    }

    [Fact]
    public void A_file_that_starts_with_a_byte_order_mark_is_split()
    {
        Assert.True(FrontMatter.TrySplit("\uFEFF---\nid: a\n---\nDe tekst.", out var yaml, out var body));

        Assert.Equal("id: a\n", yaml);
        Assert.Equal("De tekst.", body);
    }

    [Fact]
    public void A_file_that_ends_at_the_closing_marker_has_an_empty_body()
    {
        Assert.True(FrontMatter.TrySplit("---\nid: a\n---", out var yaml, out var body));

        Assert.Equal("id: a\n", yaml);
        Assert.Equal("", body);
    }

    [Fact]
    public void A_horizontal_rule_in_the_body_stays_in_the_body()
    {
        Assert.True(FrontMatter.TrySplit("---\nid: a\n---\nBoven.\n\n---\n\nOnder.", out _, out var body));

        Assert.Equal("Boven.\n\n---\n\nOnder.", body);
    }

    [Theory]
    [InlineData("---\nid: a\ntitle: A\n")]
    [InlineData("---\nid: a\n--")]
    public void A_file_without_a_closing_marker_is_not_split(string text)
    {
        Assert.False(FrontMatter.TrySplit(text, out _, out _));
    }

    [Theory]
    [InlineData("id: a\n---\nDe tekst.")]
    [InlineData("\n---\nid: a\n---\nDe tekst.")]
    [InlineData("--- \nid: a\n---\n")]
    [InlineData("")]
    public void A_file_that_does_not_open_with_a_marker_line_is_not_split(string text)
    {
        Assert.False(FrontMatter.TrySplit(text, out _, out _));
    }
}
