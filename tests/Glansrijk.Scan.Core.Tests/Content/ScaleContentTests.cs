namespace Glansrijk.Scan.Core.Tests.Content;

public sealed class ScaleContentTests
{
    [Fact]
    public void An_answer_code_used_twice_in_one_scale_is_refused_with_the_scale_named()
    {
        var files = ContentFiles.Valid().Replace(ContentFiles.Scales, "code: nog-niet", "code: klaar");

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Scales, "schaal 'status'", "antwoordcode 'klaar'", "twee keer");
    }

    [Fact]
    public void A_scale_without_an_answer_that_counts_is_refused()
    {
        var files = ContentFiles.Valid().Replace(
            ContentFiles.Scales,
            "score: 2\n      - code: nog-niet\n        label: Nog niet\n        score: 1",
            "score: null\n      - code: nog-niet\n        label: Nog niet\n        score: null");

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Scales, "schaal 'status'", "geen antwoord met een score");
    }

    [Fact]
    public void A_missing_scales_file_is_refused_with_the_file_named()
    {
        var files = ContentFiles.Valid().Without(ContentFiles.Scales);

        ContentAssert.RefusedWithOneProblem(files, ContentFiles.Scales, "ontbreekt");
    }
}
